"""``reader state export|import``: the user's read marks, bookmarks and place,
out to a file and back (a backup, or moving to another machine).

The export names every record by edition and article id and, where the
library still has the article, its headline, so a person can read it. Import
merges: marks and bookmarks are added to what is there (nothing is removed),
and the place is taken only when there is none yet; it goes through
:class:`reader.store.state.StateStore`, so a reader open meanwhile loses
nothing either.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from reader.errors import InputError

FORMAT = "reader-state"
VERSION = 1
MAX_EXPORT_BYTES = 16 * 1024 * 1024


def _headlines(content: str | None, edition_ids: set[str]) -> dict[tuple[str, str], str]:
    """(edition id, article id) -> headline for the editions named (only those
    are read; one the library no longer has, or cannot read, gives none)."""
    from reader.errors import ReaderError
    from reader.store.library import Library

    out: dict[tuple[str, str], str] = {}
    library = Library.open(content)
    for edition_id in sorted(edition_ids):
        try:
            edition = library.load(edition_id)
        except (ReaderError, OSError):
            continue
        for a in edition.articles:
            out[(edition.id, a.id)] = a.headline
    return out


def export_document(state: Any, content: str | None) -> dict[str, Any]:
    """The export as a JSON-able document."""
    wanted = set(state.read) | {b.edition for b in state.bookmarks if not b.headline}
    if state.edition:
        wanted.add(state.edition)
    heads = _headlines(content, wanted)
    read = [{"edition": ed, "article": art, "headline": heads.get((ed, art), "")}
            for ed, arts in state.read.items() for art in sorted(arts)]
    bookmarks = [{"edition": b.edition, "article": b.article,
                  "headline": b.headline or heads.get((b.edition, b.article), ""), "section": b.section}
                 for b in state.bookmarks]
    place = None
    if state.edition:
        place = {"edition": state.edition, "section": state.section, "article": state.article,
                 "headline": heads.get((state.edition, state.article or ""), "")}
    return {"format": FORMAT, "version": VERSION, "place": place, "read": read, "bookmarks": bookmarks}


def cmd_export(args: Any) -> int:
    from reader.store.state import StateStore

    state, notices = StateStore().load()
    for n in notices:
        print(f"reader: {n}", file=sys.stderr)
    doc = export_document(state, getattr(args, "content", None))
    if args.format == "json":
        json.dump(doc, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    place = doc["place"]
    if place:
        print(f"place: {place['edition']} {place['article'] or '-'}  {place['headline']}")
    print(f"read: {len(doc['read'])} article(s)")
    for r in doc["read"]:
        print(f"  {r['edition']} {r['article']}  {r['headline']}")
    print(f"bookmarks: {len(doc['bookmarks'])}")
    for b in doc["bookmarks"]:
        print(f"  {b['edition']} {b['article']}  {b['headline']}")
    return 0


def _records(doc: dict[str, Any], key: str, where: str) -> list[dict[str, Any]]:
    rows = doc.get(key, [])
    if not isinstance(rows, list):
        raise InputError(f"{where}: '{key}' must be a list; give a file written by `reader state export --format json`")
    for i, r in enumerate(rows):
        if not isinstance(r, dict) or not isinstance(r.get("edition"), str) or not isinstance(r.get("article"), str):
            raise InputError(f"{where}: {key}[{i}] needs \"edition\" and \"article\" strings; "
                             "give a file written by `reader state export --format json`")
    return rows


def read_export(path: str) -> dict[str, Any]:
    """A state export file, checked; or InputError (one line)."""
    from reader import files
    from reader.errors import ContentError
    from reader.sanitize import clean

    try:
        doc = files.parse_json(files.read_bytes(path, MAX_EXPORT_BYTES), path)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file; give a file written by `reader state export --format json`") from None
    except ContentError as exc:
        raise InputError(f"{exc}; give a file written by `reader state export --format json`") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise InputError(f"{path}: not a reader state export; write one with `reader state export --format json`")
    if doc.get("version") != VERSION:
        raise InputError(f"{path}: state export version {doc.get('version')!r} is not one this reader knows ({VERSION})")
    for key in ("read", "bookmarks"):
        for r in _records(doc, key, path):
            for field in ("edition", "article", "headline", "section"):
                if isinstance(r.get(field), str):
                    r[field] = clean(r[field])
    place = doc.get("place")
    if place is not None and not (isinstance(place, dict) and isinstance(place.get("edition"), str)):
        raise InputError(f"{path}: 'place' must be null or have an \"edition\"")
    return doc


def cmd_import(args: Any) -> int:
    from reader.store.state import Bookmark, StateStore

    doc = read_export(args.file)
    store = StateStore()
    state, notices = store.load()
    for n in notices:
        print(f"reader: {n}", file=sys.stderr)
    new_read = sum(state.set_read(r["edition"], r["article"], True) for r in doc["read"])
    new_marks = 0
    for b in doc["bookmarks"]:
        if not state.is_bookmarked(b["edition"], b["article"]):
            state.toggle_bookmark(Bookmark(b["edition"], b["article"], str(b.get("headline") or ""),
                                           str(b.get("section") or "")))
            new_marks += 1
    place = doc.get("place")
    took_place = False
    if place and not state.edition:
        state.edition = place["edition"]
        state.section = place.get("section") if isinstance(place.get("section"), str) else None
        state.article = place.get("article") if isinstance(place.get("article"), str) else None
        took_place = True
    if not store.save(state):
        raise InputError(f"{Path(store.path)}: could not write the reading state; check that its folder is writable")
    print(f"merged {args.file}: {new_read} new read mark(s) of {len(doc['read'])}, "
          f"{new_marks} new bookmark(s) of {len(doc['bookmarks'])}"
          + ("; place taken from the file" if took_place else ""))
    return 0
