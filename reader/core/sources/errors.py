"""Provides the error raised for an unreadable source."""


class LoadError(Exception):
    """A source file could not be read; the message is one clear line."""
