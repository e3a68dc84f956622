"""Errors that are the user's to fix: the CLI prints them without a traceback."""


class KbError(Exception):
    """Something the user can fix; the message says what is wrong and how to fix it."""


class InvalidEvent(KbError):
    """An event payload or file that is not a valid event."""
