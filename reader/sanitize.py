"""Strip terminal control sequences from untrusted text.

Every page and every content file is untrusted. We remove ESC-introduced
sequences (CSI, OSC, DCS, SOS/PM/APC and two-byte escapes), 8-bit C1
controls (and the sequences they introduce), every other C0 control except
newline and tab, DEL, and Unicode bidi overrides/isolates (which can reorder
what the reader sees). Markup such as ``[bold]`` is *not* touched: it is
text, and the UI renders it literally.
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
# Remaining C0 (but \t \n), DEL, C1, bidi embedding/override/isolate controls.
_CTRL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def sanitize(text: str) -> tuple[str, int]:
    """Return ``(clean_text, removed)``; ``removed`` counts sequences and lone controls.

    ``\\r\\n`` and lone ``\\r`` become ``\\n`` first (they are line ends, not
    attacks), so Windows pages keep their paragraphs.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
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
