"""Provides the modal dialogs: search by name, full-text search."""
