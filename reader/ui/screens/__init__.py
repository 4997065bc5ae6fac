"""Provides the app's full screens: main view, actors list, actor view, help."""
