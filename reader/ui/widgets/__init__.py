"""Provides the widgets of the main view: article list, article view, related panel."""
