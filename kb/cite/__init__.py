"""Citing claims and sources by event ID: ``kb cite`` and ``kb bib`` (``citations``), CSL-JSON
(``csl``), BibTeX (``bibtex``), citation keys (``keys``), the plain-text and Markdown formats
(``formats``) and people's names (``names``).

May import: ``kb.events``, ``kb.kinds``, ``kb.model``, ``kb.errors``. Never the build's
modules, drafts, the site or the command line: a citation reads a built kb.db through SQL."""
