"""kb: an event-sourced knowledge base for international negotiations."""

__version__ = "0.1.0"
# The distribution's name (pyproject.toml): the command is kb, but on PyPI the name kb is another
# project's, so kb is never installed by that name.
DISTRIBUTION = "negotiation-kb"
