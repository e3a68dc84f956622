"""One module per kind of event. kb finds every module here and each registers its kind with
``@kb.model.kind.register``: adding a kind is adding a file (see docs/extending.md)."""
