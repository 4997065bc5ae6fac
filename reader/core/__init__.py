"""Provides the headless core: loading, passages, actors, the store and queries.

Nothing under `reader.core` may import Textual or Rich.
"""
