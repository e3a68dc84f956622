"""The read side's database: ``kb build`` projects the event files into kb.db.

Planning a full or an incremental build (``build``, ``incremental``), reading the files in
worker processes (``load``, ``workers``), the tables and rows of each kind (``projection``),
what is checked once every row is in (``finish``, ``excerpts``, ``problems``,
``duplicates``, ``summaries``, ``temp_tables``), where kb.db may be written (``dbpath``), how
Datasette describes its tables (``metadata``) and CSV out of it (``export``).

May import: ``kb.events``, ``kb.kinds``, ``kb.model``, ``kb.errors``. Never citations,
drafts, the site or the command line."""
