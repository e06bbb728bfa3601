"""Strip terminal control sequences from untrusted text.

Every page and every content file is untrusted. We remove ESC-introduced
sequences (CSI, OSC, DCS, SOS/PM/APC and two-byte escapes), 8-bit C1
controls (and the sequences they introduce), every other C0 control except
newline and tab, DEL, and Unicode bidi overrides/isolates (which can reorder
what the reader sees). Markup such as ``[bold]`` is *not* touched: it is
text, and the UI renders it literally.

Invisible format characters go too: left-to-right/right-to-left marks, the
Arabic letter mark, zero-width space and non-joiner, word joiner and the
invisible operators, a byte-order mark inside the text and the deprecated
format controls. Chinese text needs none of them, and they hide a word from
search (``能\u200b源`` is not ``能源``) or shift what a line appears to say.
The zero-width joiner stays: emoji sequences need it. The Unicode line and
paragraph separators (U+2028, U+2029) become newlines, which they mean.
:func:`visible` is the other half: it shows a control character as an escape
(``\x1b``) where text is printed for a terminal rather than shown as a page.
"""

from __future__ import annotations

import re

# ESC [ ... final byte  (CSI)
_CSI = r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"
# OSC / DCS / SOS / PM / APC strings, terminated by BEL or ST (ESC \ or 0x9c),
# or unterminated up to the end of the line.
_STR = r"(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?"
# Other two/three-byte escapes: ESC followed by intermediates and a final byte.
_ESC2 = r"\x1b[ -/]*[0-~]?"
_SEQ = re.compile(f"{_STR}|{_CSI}|{_ESC2}")
# Remaining C0 (but \t \n), DEL, C1, bidi embedding/override/isolate controls,
# and the invisible format characters (see the module docstring; not U+200D).
_INVISIBLE = "\u061c\u200b\u200c\u200e\u200f\u2060-\u2064\u206a-\u206f\ufeff"
_CTRL = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069{_INVISIBLE}]")


def sanitize(text: str) -> tuple[str, int]:
    """Return ``(clean_text, removed)``; ``removed`` counts sequences and lone controls.

    ``\\r\\n`` and lone ``\\r`` become ``\\n`` first (they are line ends, not
    attacks), so Windows pages keep their paragraphs.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\u2028" in text or "\u2029" in text:
        text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    count = 0

    def _drop(_m: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return ""

    text = _SEQ.sub(_drop, text)
    text = _CTRL.sub(_drop, text)
    return text, count


def clean(text: str) -> str:
    """Sanitise and return only the text (for render-time use)."""
    return sanitize(text)[0]


# What visible() escapes: every C0 control but newline and tab, DEL, C1, the
# bidi controls and the invisible format characters, and the line separators.
_SHOW = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069{_INVISIBLE}\u2028\u2029]")


def _escape(m: re.Match[str]) -> str:
    c = ord(m.group())
    # C0 as \x1b; the rest as \u009b, which is also a valid escape inside a
    # JSON string (json.dumps escapes C0 itself but prints DEL, C1 and the
    # format characters raw), so printed JSON stays JSON
    return f"\\x{c:02x}" if c < 0x20 else f"\\u{c:04x}"


def visible(text: str) -> str:
    """``text`` with every control character shown as an escape (ESC as ``\\x1b``).

    For what the command line prints: a file name or an edition title that
    carries an OSC sequence must not retitle the terminal or write its
    clipboard, and the user should see that the name is odd, not a cleaned
    name that matches no file. Newlines and tabs pass.
    """
    return _SHOW.sub(_escape, text)
