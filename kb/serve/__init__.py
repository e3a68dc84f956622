"""Running the site: ``kb serve`` (``runner``, kept up to date while it runs by ``live``), the
ASGI app of its workers (``asgi``), ``kb package``, the folder a container host runs
(``package``), and ``kb review``'s local page for reviewing a draft (``review``, its server
``review_server``, with ``templates/`` and ``static/``), which no published site holds. The
site's pages are the Datasette plugin's, ``kb.publish``, which Datasette loads by its entry point.

May import: ``kb.builder``, ``kb.draft``, ``kb.events``, ``kb.model``, ``kb.errors``. Never the plugin
(Datasette loads it) nor the command line."""
