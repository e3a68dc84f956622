"""kb: an event-sourced knowledge base for international negotiations."""

__version__ = "0.1.0"
