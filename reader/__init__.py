"""newsreader: a terminal news reader that follows who did what across many stories."""

__version__ = "0.1.0"
