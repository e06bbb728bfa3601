"""``reader state export|import``: the user's read marks, bookmarks and place,
out to a file and back (a backup, or moving to another machine).

The export names every record by edition and article id and, where the
library still has the article, its headline, so a person can read it. Import
merges: marks and bookmarks are added to what is there (nothing is removed),
and the place is taken only when there is none yet. Both go through
:class:`reader.session.Session`, the one owner of the reading state, whose
saves merge with other readers' (a reader open meanwhile loses nothing).
"""

from __future__ import annotations

import json
import sys
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


def _session(content: str | None) -> Any:
    from reader.session import Session

    session = Session(content)
    for n in session.notices:
        print(f"reader: {n}", file=sys.stderr)
    return session


def export_document(session: Any, content: str | None) -> dict[str, Any]:
    """The export of ``session``'s reading state as a JSON-able document."""
    marks, bookmarks, place = session.read_marks(), session.bookmarks, session.place
    wanted = set(marks) | {b.edition for b in bookmarks if not b.headline}
    if place.edition:
        wanted.add(place.edition)
    heads = _headlines(content, wanted)
    return {
        "format": FORMAT,
        "version": VERSION,
        "place": None
        if not place.edition
        else {
            "edition": place.edition,
            "section": place.section,
            "article": place.article,
            "headline": heads.get((place.edition, place.article or ""), ""),
        },
        "read": [
            {"edition": ed, "article": art, "headline": heads.get((ed, art), "")}
            for ed, arts in marks.items()
            for art in arts
        ],
        "bookmarks": [
            {
                "edition": b.edition,
                "article": b.article,
                "headline": b.headline or heads.get((b.edition, b.article), ""),
                "section": b.section,
            }
            for b in bookmarks
        ],
    }


def cmd_export(args: Any) -> int:
    content = getattr(args, "content", None)
    doc = export_document(_session(content), content)
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
            raise InputError(
                f'{where}: {key}[{i}] needs "edition" and "article" strings; '
                "give a file written by `reader state export --format json`"
            )
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
        raise InputError(
            f"{path}: state export version {doc.get('version')!r} is not one this reader knows ({VERSION})"
        )
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
    from reader.session import Place
    from reader.store.state import Bookmark

    doc = read_export(args.file)
    session = _session(getattr(args, "content", None))
    place = doc.get("place")
    new_read, new_marks, took_place = session.merge_records(
        [(r["edition"], r["article"]) for r in doc["read"]],
        [
            Bookmark(b["edition"], b["article"], str(b.get("headline") or ""), str(b.get("section") or ""))
            for b in doc["bookmarks"]
        ],
        None
        if not place
        else Place(place["edition"], _opt_str(place.get("section")), _opt_str(place.get("article")), 0, None),
    )
    if not session.save():
        raise InputError(f"{session.state_path}: could not write the reading state; check that its folder is writable")
    print(
        f"merged {args.file}: {new_read} new read mark(s) of {len(doc['read'])}, "
        f"{new_marks} new bookmark(s) of {len(doc['bookmarks'])}"
        + ("; place taken from the file" if took_place else "")
    )
    return 0


def _opt_str(v: Any) -> str | None:
    return v if isinstance(v, str) else None
