"""Stat-keyed JSON caches: one helper for every "parse once, keep a JSON copy" on the start path.

The reader keeps JSON copies of what is slow to read or derive — a parsed and
validated edition, a validated theme, the CSS variables generated from it, the
section names — in the cache dir. Each entry records the *key* it was made
from (the source file's resolved path, size and mtime, and a version of the
cache's format), and is served only while the key still matches; a stale,
unreadable or foreign entry is ignored and simply made again. Nothing here ever
raises: a missing or read-only cache dir only costs the parse next time.

Entry format: ``{"key": <key>, "value": <value>}``.

A cache file is read like every other file (:mod:`reader.files`: regular
files only, a size cap, a nesting cap), and what comes out of it is checked
against the type it is meant to hold (:func:`typed`): a cache file with a
number where a headline goes is an entry of another shape, made again, not a
crash at start-up.
"""

from __future__ import annotations

import dataclasses
import json
import os
import types
import typing
from pathlib import Path
from typing import Any

__all__ = ["file_key", "load", "save", "typed", "MAX_CACHE_BYTES"]

#: The largest cache entry read (an edition's JSON copy is 10-200 KB).
MAX_CACHE_BYTES = 32 * 1024 * 1024


def file_key(path: Path | str, version: int | str, *, resolve: bool = True) -> list[Any] | None:
    """``[version, path, size, mtime_ns]`` of ``path`` (resolved unless told not to: the
    edition cache is keyed by the path as the catalogue lists it), or ``None`` when it
    cannot be statted."""
    try:
        st = os.stat(path)
        where = str(Path(path).resolve()) if resolve else str(path)
    except OSError:
        return None
    return [version, where, st.st_size, st.st_mtime_ns]


def load(cache: Path, key: Any) -> Any | None:
    """The value cached under ``key`` in ``cache``, or ``None`` (absent, stale, unreadable)."""
    if key is None:
        return None
    from reader import files
    from reader.errors import ContentError

    try:
        raw = files.parse_json(files.read_bytes(cache, MAX_CACHE_BYTES), cache)
        if raw["key"] == key:
            return raw["value"]
    except (OSError, ContentError, ValueError, KeyError, TypeError):
        pass
    return None


def save(cache: Path, key: Any, value: Any) -> None:
    """Keep ``value`` under ``key`` (atomically; silently not, when the cache dir cannot be written)."""
    if key is None:
        return
    from reader.store import atomic

    try:
        atomic.write_text(cache, json.dumps({"key": key, "value": value}, ensure_ascii=False, separators=(",", ":")))
    except (OSError, TypeError, ValueError):
        pass


Check = typing.Callable[[Any], Any]
_CHECKS: dict[Any, Check] = {}


def typed(tp: Any, value: Any) -> Any:
    """``value`` (parsed JSON) as a ``tp``, every field checked; or ``TypeError``.

    ``tp`` may be a dataclass or NamedTuple (built from an object or a list,
    nested ones too), ``list[X]``, ``tuple[X, Y]`` / ``tuple[X, ...]``,
    ``dict[str, X]``, a union such as ``X | None``, ``str``, ``int``,
    ``float`` (an int is accepted), ``bool`` or ``Any``: what the caches hold
    (the model's dataclasses, themes, section names). The check for a type is
    made once and kept: an edition's JSON copy is checked in about a third of
    the time it takes to parse.
    """
    return _check(tp)(value)


def _check(tp: Any) -> Check:
    check = _CHECKS.get(tp)
    if check is None:
        check = _CHECKS[tp] = _make_check(tp)
    return check


def _fail(what: str, value: Any) -> typing.NoReturn:
    raise TypeError(f"{value!r:.40} is not {what}")


def _make_check(tp: Any) -> Check:  # noqa: C901 - one branch per kind of type
    if tp is Any:
        return lambda v: v
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin is typing.Union or origin is types.UnionType:
        if len(args) == 2 and type(None) in args:  # X | None: the common case, fast
            inner = _check(args[0] if args[1] is type(None) else args[1])
            return lambda v: None if v is None else inner(v)
        arms = [_check(a) for a in args]

        def union(v: Any) -> Any:
            for arm in arms:
                try:
                    return arm(v)
                except TypeError:
                    continue
            _fail(str(tp), v)

        return union
    if tp is type(None):
        return lambda v: None if v is None else _fail("null", v)
    if origin is list:
        (arg,) = args
        if arg in (str, int, bool):
            want = {arg}

            def simple_list(v: Any) -> Any:  # the types of its items as a set: C speed, 10,000 in 0.1 ms
                if type(v) is not list or (v and set(map(type, v)) != want):
                    _fail(f"a list of {arg.__name__}", v)
                return v

            return simple_list
        item = _check(arg)
        return lambda v: [item(x) for x in v] if type(v) is list else _fail("a list", v)
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            item = _check(args[0])
            return lambda v: tuple(item(x) for x in v) if type(v) in (list, tuple) else _fail("a list", v)
        items = [_check(a) for a in args]

        def fixed(v: Any) -> Any:
            if type(v) not in (list, tuple) or len(v) != len(items):
                _fail(f"a list of {len(items)}", v)
            return tuple(c(x) for c, x in zip(items, v))

        return fixed
    if origin is dict:
        key, val = _check(args[0]), _check(args[1])
        return lambda v: {key(k): val(x) for k, x in v.items()} if type(v) is dict else _fail("an object", v)
    if not isinstance(tp, type):
        raise TypeError(f"cannot check values of type {tp}")
    if dataclasses.is_dataclass(tp):
        hints = typing.get_type_hints(tp)
        fields = {f.name: _check(hints[f.name]) for f in dataclasses.fields(tp) if f.init}
        name = tp.__name__

        def build(v: Any) -> Any:
            if type(v) is not dict:
                _fail(f"a {name} object", v)
            try:
                return tp(**{k: fields[k](x) for k, x in v.items()})
            except KeyError as exc:
                raise TypeError(f"{name}: unknown field {exc}") from None

        return build
    if issubclass(tp, tuple) and hasattr(tp, "_fields"):  # a NamedTuple
        hints = typing.get_type_hints(tp)
        parts = [_check(hints[f]) for f in tp._fields]

        def named(v: Any) -> Any:
            if type(v) not in (list, tuple) or len(v) > len(parts):
                _fail(f"a list of {tp.__name__}'s fields", v)
            return tp(*(c(x) for c, x in zip(parts, v)))

        return named
    if tp is float:
        return lambda v: v if type(v) in (float, int) else _fail("a number", v)
    return lambda v: v if type(v) is tp else _fail(f"a {tp.__name__}", v)
