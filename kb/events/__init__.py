"""The write side: event files and how they are made, checked, read and verified.

IDs and canonical bytes (``ids``), strict JSON (``strictjson``), files created exclusively
(``safefile``), source texts (``snapshots``, ``anchors``; from a saved page or a PDF:
``extract``), the knowledge base's folders (``store``), what is already recorded (``catalog``),
every event's model (``models``), what a write checks and does (``payload``, ``batch``,
``claim_checks``, ``repeats``, ``append``, ``amend``, ``import_csv``), finding events
(``query``), ``kb verify`` (``verify``) and the JSON Schemas (``schema``).

May import: ``kb.kinds``, ``kb.model``, ``kb.errors``. Never the build, citations, drafts or
the site."""
