"""Provides the Textual reader app (imported only when the app is launched)."""
