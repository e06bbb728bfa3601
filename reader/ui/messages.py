"""What the screens and the app tell each other, as Textual messages.

Imports point one way, app → screens → widgets (tests/test_hygiene.py checks
it): a screen never imports the app. It posts one of these to ``self.app``
instead, and the app's handler acts (the app posts :class:`LanguageChanged`
to its screens the same way).
"""

from __future__ import annotations

from textual.message import Message


class FirstFrame(Message):
    """The reading screen's first frame is on the terminal: the start-up is over."""


class ReadyForNotices(Message):
    """The reading screen is up: notices raised during the start may show now
    (toasts raised before it never show)."""


class PickTheme(Message):
    """The user asked for the theme picker (the app owns the themes)."""


class LanguageChanged(Message):
    """The interface language is now ``lang``: relabel what is shown."""

    bubble = False  # each screen gets its own

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang
