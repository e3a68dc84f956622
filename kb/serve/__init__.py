"""Running the site: ``kb serve`` (``runner``), the ASGI app of its workers (``asgi``) and
``kb package``, the folder a container host runs (``package``). The pages themselves are the
Datasette plugin's, ``kb.publish``, which Datasette loads by its entry point.

May import: ``kb.builder``, ``kb.events``, ``kb.model``, ``kb.errors``. Never the plugin
(Datasette loads it) nor the command line."""
