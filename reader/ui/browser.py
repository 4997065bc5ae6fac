"""Provides `open_url`: a web page opened without the browser writing over the app.

A browser that runs in the terminal (lynx, w3m, a `BROWSER` command) gets the terminal:
the app is suspended until it exits. A browser started in the background (a desktop
browser, xdg-open) gets no terminal at all, so nothing it prints lands on the screen.
"""

from __future__ import annotations

import subprocess
import webbrowser

from textual.app import App, SuspendNotSupported


def open_url(app: App, url: str) -> bool:
    """Open `url` in the user's browser; False (with a notice) if none could be."""
    try:
        browser = webbrowser.get()
    except webbrowser.Error:
        app.notify("No web browser found: set BROWSER.", severity="warning")
        return False
    if isinstance(browser, webbrowser.BackgroundBrowser):
        command = [browser.name, *(arg.replace("%s", url) for arg in browser.args)]
        try:
            subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,
            )
        except OSError as exc:
            app.notify(f"The browser could not start: {exc}", severity="warning", markup=False)
            return False
        return True
    if type(browser) is webbrowser.GenericBrowser:  # runs in this terminal, in front
        try:
            with app.suspend():
                return browser.open(url)
        except SuspendNotSupported:
            app.notify("A terminal browser cannot be opened from here.", severity="warning")
            return False
    return browser.open(url)
