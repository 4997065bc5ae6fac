"""Provides the names of the languages an article can be assumed to be in (no imports)."""

from __future__ import annotations

# Names for the article head; any other language is shown by its ISO 639-1 code.
NAMES = {"en": "English", "de": "German", "lb": "Luxembourgish", "fr": "French",
         "es": "Spanish", "it": "Italian", "nl": "Dutch", "pt": "Portuguese", "sv": "Swedish",
         "da": "Danish", "no": "Norwegian", "pl": "Polish", "ru": "Russian", "tr": "Turkish"}


def language_name(code: str) -> str:
    """A language's English name ("de" -> "German"), or its code if not listed."""
    return NAMES.get(code, code)
