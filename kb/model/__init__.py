"""What an event is, before any kind: the fields every event and every claim shares
(``fields``), the registry of kinds and the parts a kind is made of (``kind``), the claim
every kind of claim builds on (``claim``), how events read in words (``render``,
``reporting``), and the dates and quoted words they hold (``dates``, ``quotes``).

May import: ``kb.errors`` only. The registry finds the kinds of ``kb.kinds`` by name, at run
time; no module here imports them."""
