"""The names a user or a file may give things, in one place.

Every name that ends up in a path, a TOML key or a binding is checked by one
of these rules, so a name that one part of the program accepts is never one
another part rejects (issue 14: the same rule was written out five times).

======================  =====================================  ==========================
rule                    what it names                          example
======================  =====================================  ==========================
:data:`FILE_ID`         edition and article ids                ``2024-11-15``, ``a05``
:data:`THEME`           theme names (``<name>.toml``)          ``newsprint``
:data:`SECTION_ID`      section ids in ``sections.toml``       ``hightech``
:data:`BINDING_ID`      key-binding ids in ``[keymap]``        ``section_1``, ``search``
:data:`TERM`            terminal types the kiosk passes on     ``xterm-256color``
======================  =====================================  ==========================

All are ASCII (a file name that is safe on every file system and in a URL),
start with a letter or digit and are at most 64 characters (32 for sections,
which are also shown in narrow panes).
"""

from __future__ import annotations

import re

__all__ = ["FILE_ID", "THEME", "SECTION_ID", "BINDING_ID", "TERM"]

FILE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
THEME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")
SECTION_ID = re.compile(r"^[a-z][a-z0-9_-]{0,31}$")
BINDING_ID = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}$")
TERM = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$")
