"""Ask the terminal how wide it draws East Asian "ambiguous" characters.

``“”—…·●★`` are one cell in most terminals and two in terminals set up for
CJK (iTerm2's "ambiguous characters are double-width", xterm ``-cjk_width``,
Vim users' ``ambiwidth=double`` setups). Nothing in the environment says
which; the terminal itself does: print ``“`` at the start of a line and ask
where the cursor went (the cursor position report, ``ESC [ 6 n``, which
every VT100 descendant answers with ``ESC [ row ; col R``). Column 2: one
cell; column 3: two. The probe is erased before anything else is drawn.

Standard library only, no Textual: it runs before the app takes the terminal.
"""

from __future__ import annotations

import os
import re
import select
import time

__all__ = ["CJK_LOCALE", "probe_ambiguous_width", "wants_probe"]

_REPORT = re.compile(rb"\x1b\[(\d+);(\d+)R")
#: locales whose users' terminals are the ones that draw ambiguous characters wide
CJK_LOCALE = re.compile(r"^(zh|ja|ko)([_.@-]|$)", re.IGNORECASE)


def wants_probe(setting: int | str | None, env: dict[str, str]) -> bool:
    """Probe when asked to (``auto``), and by default in a Chinese, Japanese or
    Korean locale, where wide ambiguous characters are common; elsewhere the
    default is 1 and no time is spent asking."""
    if setting == "auto":
        return True
    if setting is not None:
        return False
    locale = env.get("LC_ALL") or env.get("LC_CTYPE") or env.get("LANG") or ""
    return bool(CJK_LOCALE.match(locale))


def probe_ambiguous_width(fd_in: int, fd_out: int, timeout: float = 0.25) -> int | None:
    """1 or 2 as the terminal on ``fd_in``/``fd_out`` draws ``“``; None when it
    is not a terminal or does not answer within ``timeout`` seconds (over SSH
    the answer takes one round trip). Keys typed meanwhile are lost."""
    if not (os.isatty(fd_in) and os.isatty(fd_out)):
        return None
    import termios
    import tty

    saved = termios.tcgetattr(fd_in)
    reply = b""
    try:
        tty.setcbreak(fd_in, termios.TCSANOW)  # no echo of the answer, no waiting for Enter
        os.write(fd_out, "\r\u201c\x1b[6n".encode())
        deadline = time.monotonic() + timeout
        while not _REPORT.search(reply):
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([fd_in], [], [], left)[0]:
                break
            chunk = os.read(fd_in, 64)
            if not chunk:
                break
            reply += chunk
    finally:
        os.write(fd_out, b"\r\x1b[K")  # the probe character erased
        termios.tcsetattr(fd_in, termios.TCSADRAIN, saved)
    m = _REPORT.search(reply)
    if m is None:
        return None
    return {2: 1, 3: 2}.get(int(m.group(2)))
