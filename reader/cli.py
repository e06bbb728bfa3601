"""The `reader` command line.

``reader`` alone opens the newest edition in the terminal reader; the
subcommands import, export, check, analyse and search editions for scripts.
Errors are one line on stderr (what, where, what to do) with a non-zero exit
code: 2 for bad input, 1 for invalid content or "nothing found".

This module imports nothing heavy at load time: textual only when the reader
starts, jieba only when a page is analysed.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.errors import ContentError, InputError, ReaderError

if TYPE_CHECKING:
    import argparse

    from reader.store.catalogue import EditionEntry
    from reader.store.library import Library


def _content(args: argparse.Namespace) -> str | None:
    return getattr(args, "content", None)


def _plain_reader_args(argv: list[str]) -> argparse.Namespace | None:
    """``reader`` with no arguments, the everyday start, without argparse.

    Importing argparse and building the parser with its six subcommands
    costs ~5 ms of a ~210 ms start; the answer for no arguments is known. A
    test checks it equals what the parser gives.
    """
    if argv:
        return None
    from types import SimpleNamespace

    return SimpleNamespace(command=None, content=None, theme=None, lang=None, animations=None, cjk_width=None)  # type: ignore[return-value]


class _VisibleStream:
    """A text stream that shows control characters as escapes (``\\x1b``).

    Every line the command line prints can carry untrusted text: page and
    folder names, edition titles and ids, catalogue fields, config values in
    a notice. Wrapping stdout and stderr once, here, covers every print and
    ``json.dump`` in the commands, so an OSC 2 or OSC 52 sequence in a file
    name is shown, not obeyed (it would retitle the terminal or write its
    clipboard). See :func:`reader.sanitize.visible`.
    """

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        from reader.sanitize import visible

        return self._stream.write(visible(text))

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def main(argv: list[str] | None = None) -> int:
    if argv is None:
        argv = sys.argv[1:]
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _VisibleStream(out), _VisibleStream(err)  # argparse's errors echo arguments too
    try:
        args = _plain_reader_args(argv)
        if args is None:
            from reader.cli_parser import build_parser

            args = build_parser().parse_args(argv)
        if args.command is None:  # the reader itself: the terminal is Textual's
            sys.stdout, sys.stderr = out, err
        return _run(args)
    finally:
        if isinstance(sys.stdout, _VisibleStream):
            sys.stdout = out
        if isinstance(sys.stderr, _VisibleStream):
            sys.stderr = err


def _run(args: argparse.Namespace) -> int:
    try:
        if args.command is None:
            return _cmd_read(args)
        handler = {
            "import": _cmd_import,
            "export": _cmd_export,
            "check": _cmd_check,
            "analyze": _cmd_analyze,
            "search": _cmd_search,
            "index": _cmd_index,
            "completion": _cmd_completion,
            "manpage": _cmd_manpage,
            "sections": _cmd_sections,
            "state": _cmd_state,
        }[args.command]
        return handler(args)
    except ReaderError as exc:
        from reader.redact import for_environ  # under reader-kiosk: no path, no account name

        print(f"reader: {for_environ()(str(exc))}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("reader: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # e.g. `reader export | head`: the reader of our output went away.
        try:
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115
        except OSError:
            pass
        return 0


# --------------------------------------------------------------------------


def _cmd_read(args: argparse.Namespace) -> int:
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        print(
            "reader: reader needs an interactive terminal (try ssh -t); "
            "for scripts use `reader export` or `reader search`",
            file=sys.stderr,
        )
        return 2
    # Importing Textual and the reader's UI allocates ~100,000 objects that
    # live as long as the process; the garbage collector, triggered by the
    # count, scanned them again and again (~10 ms of the start). ReaderApp
    # pauses it again while it builds the first screen.
    import gc

    enabled = gc.isenabled()
    gc.disable()
    try:
        from reader.ui.app import run
    finally:
        if enabled:
            gc.enable()
    return run(args)


def _writable_dir(d: Path) -> None:
    probe = d
    while not probe.exists():
        if probe.parent == probe:
            break
        probe = probe.parent
    if not probe.is_dir() or not os.access(probe, os.W_OK | os.X_OK):
        raise InputError(f"--content {d}: not a writable directory; choose another with --content DIR")


_PAGE_SUFFIXES = (".txt", ".text", ".htm", ".html")


def _folder_pages(folder: Path) -> tuple[list[str], list[str]]:
    """The page files in ``folder`` and a warning for each one skipped.

    Only regular files inside the folder are taken: a symbolic link that
    leads out of it (``x.txt -> /etc/shadow``, ``-> ~/.ssh/id_rsa``) or to
    something that is not a regular file (a FIFO, ``/dev/zero``) is skipped
    with a warning, so importing a folder someone else filled reads only
    what is in it.
    """
    import stat

    root = folder.resolve()
    found, warnings = [], []
    for f in sorted(folder.iterdir()):
        if f.suffix.lower() not in _PAGE_SUFFIXES:
            continue
        try:
            mode = f.stat().st_mode  # follows a link
        except OSError:
            warnings.append(f"{f}: a broken link or unreadable entry; skipped")
            continue
        if f.is_symlink() and not f.resolve().is_relative_to(root):
            warnings.append(
                f"{f}: a link to {f.resolve()}, outside the folder; skipped "
                "(import that file by its own path if you mean it)"
            )
        elif stat.S_ISREG(mode):
            found.append(str(f))
        elif not stat.S_ISDIR(mode):
            warnings.append(f"{f}: not a regular file (a pipe or a device?); skipped")
    return found, warnings


def _expand_pages(items: list[str]) -> list[str]:
    out: list[str] = []
    for item in items:
        p = Path(item)
        if item != "-" and p.is_dir():
            found, warnings = _folder_pages(p)
            for w in warnings:
                print(f"reader: {w}", file=sys.stderr)
            if not found:
                raise InputError(f"{item}: folder holds no .txt or .html pages")
            out.extend(found)
        else:
            out.append(item)
    return out


def _cmd_import(args: argparse.Namespace) -> int:
    from reader.importer import parse_date
    from reader.store.library import Library

    date = parse_date(args.date)
    pages = _expand_pages(args.pages)
    library = Library.open(_content(args))
    if not args.dry_run:
        _writable_dir(library.write_dir.root)
    from reader.cli_import import import_pages

    return import_pages(
        pages, library, date=date, title=args.title, dry_run=args.dry_run, fmt=args.format, jobs=args.jobs
    )


def _select_edition(args: argparse.Namespace) -> tuple[Library, list[EditionEntry], EditionEntry]:
    from reader.store.library import Library

    library = Library.open(_content(args))
    entries = library.editions()
    for prob in library.problems:
        print(f"reader: {prob} (skipped)", file=sys.stderr)
    if not entries:
        raise InputError("no editions yet; import a page with `reader import PAGE`")
    if args.edition:
        entry = library.entry(args.edition)
        if entry is None:
            raise InputError(f"--edition {args.edition}: no such edition; `reader export --list` lists them")
    else:
        entry = entries[-1]
    return library, entries, entry


def _cmd_export(args: argparse.Namespace) -> int:
    from reader.export import to_markdown
    from reader.store.editions import read_edition

    library, entries, entry = _select_edition(args)
    if args.list:
        for e in reversed(entries):
            print(f"{e.id}\t{e.date or '-'}\t{e.article_count}\t{e.title}")
        return 0
    edition = read_edition(entry.path)
    if args.format == "json":
        json.dump(edition.to_json(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(to_markdown(edition, library.sections().sections))
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    from reader.sections import Definition, load_sections, sections_file
    from reader.store.editions import read_edition
    from reader.store.library import Library

    library = Library.open(_content(args))
    problems: list[str] = []
    count = 0
    # The sections file in use is checked itself (no quiet fallback here), and
    # every article's section must be one it defines.
    path, origin = sections_file([cd.root for cd in library.read_dirs])
    try:
        definition = Definition(load_sections(path), path, origin)
    except ContentError as exc:
        problems.append(str(exc))
        definition = library.sections()
    for cd in library.read_dirs:
        for path in cd.edition_files():
            try:
                read_edition(path, definition)
                count += 1
            except ContentError as exc:
                problems.append(str(exc))
    for line in problems:
        print(line, file=sys.stderr)
    print(f"checked {count + len(problems)} edition file(s): {len(problems)} problem(s)")
    return 1 if problems else 0


def _read_input(path: str) -> tuple[bytes, str]:
    if path == "-":
        if sys.stdin.isatty():
            print(
                "reader analyze: reading the article from standard input; end it with Ctrl-D "
                "(or give a FILE; `reader analyze --help`)",
                file=sys.stderr,
            )
        return sys.stdin.buffer.read(), "<stdin>"
    try:
        return Path(path).read_bytes(), path
    except FileNotFoundError:
        raise InputError(f"{path}: no such file; give a text file or - for stdin") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder; give a text file or - for stdin") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None


def _cmd_analyze(args: argparse.Namespace) -> int:
    from reader.ingest.decode import decode_text
    from reader.sanitize import sanitize

    data, where = _read_input(args.file)
    text, _encoding = decode_text(data, where)
    text, _removed = sanitize(text)
    if args.jsonl:
        return _analyze_jsonl(text, args.jobs)
    from reader.analysis.run import analyze_text
    from reader.model import format_value

    if not text.strip():
        raise InputError(f"{where}: no text to analyse")
    result = analyze_text(text, headline=sanitize(args.headline)[0] if args.headline else None)
    if args.format == "json":
        json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print("summary:")
        for s in result["summary"]:
            print(f"  {s}")
        print("keywords: " + " ".join(result["keywords"]))
        print("figures:")
        for f in result["figures"]:
            q = f" ({f['qualifier']})" if f["qualifier"] else ""
            print(f"  {f['text']}\t{format_value(f['value'])}{f['unit']}{q}\t{f['label']}")
    return 0


def _analyze_jsonl(text: str, jobs: int | None) -> int:
    """One article per line in, one result per line out, in order (see --help)."""
    from reader.analysis.run import analyze_records

    if jobs is not None and jobs < 1:
        raise InputError(f"--jobs {jobs}: give 1 or more worker processes")
    lines = [ln for ln in text.split("\n") if ln.strip()]
    bad = 0
    for out in analyze_records(lines, jobs=jobs or os.cpu_count() or 1):
        bad += "error" in out
        sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
    if bad:
        print(f'reader: {bad} of {len(lines)} line(s) could not be analysed (see their "error")', file=sys.stderr)
    return 1 if bad else 0


def _cmd_search(args: argparse.Namespace) -> int:
    from reader.cli_search import cli_search

    return cli_search(args)


def _cmd_state(args: argparse.Namespace) -> int:
    from reader import cli_state

    return cli_state.cmd_export(args) if args.state_command == "export" else cli_state.cmd_import(args)


def _cmd_index(args: argparse.Namespace) -> int:
    from reader.cli_search import cli_index

    return cli_index(args)


def _cmd_completion(args: argparse.Namespace) -> int:
    from reader.cli_completion import completion

    sys.stdout.write(completion(args.shell))
    return 0


def _cmd_manpage(args: argparse.Namespace) -> int:
    from reader.cli_completion import manpage

    sys.stdout.write(manpage())
    return 0


_ORIGINS = {
    "user": "your own; it replaces the bundled sections",
    "content": "this library's own",
    "bundled": "the bundled default",
    "given": "given",
}


def _cmd_sections(args: argparse.Namespace) -> int:
    from reader.sections import Definition, bundled_sections_file, load_sections, sections_file, user_sections_file
    from reader.store.library import Library

    library = Library.open(_content(args))
    if args.sections_command == "list":
        if args.path:
            path = {
                "used": lambda: library.sections_file(),
                "user": user_sections_file,
                "bundled": bundled_sections_file,
            }[args.path]()
            print(path)
            return 0
        definition = library.sections()
        for notice in definition.notices:
            print(f"reader: {notice}", file=sys.stderr)
        if args.format == "json":
            json.dump(
                {
                    "path": str(definition.path),
                    "origin": definition.origin,
                    "notices": definition.notices,
                    "sections": [
                        {
                            "id": s.id,
                            "name_zh": s.name_zh,
                            "name_en": s.name_en,
                            "hotkey": s.hotkey,
                            "catch_all": s.is_catch_all,
                            "threshold": s.threshold,
                            "terms": s.terms,
                        }
                        for s in definition.sections
                    ],
                },
                sys.stdout,
                ensure_ascii=False,
                indent=2,
            )
            sys.stdout.write("\n")
            return 0
        print(f"sections from {definition.path} ({_ORIGINS.get(definition.origin, definition.origin)})")
        for s in definition.sections:
            if s.is_catch_all:
                what = "catch-all: articles no other section claims"
            else:
                top = sorted(s.terms, key=lambda t: (-s.terms[t], t))
                what = (
                    f"{len(s.terms)} terms, threshold {s.threshold:g}: "
                    + " ".join(f"{t}×{s.terms[t]:g}" for t in top[:6])
                    + (" …" if len(top) > 6 else "")
                )
            print(f"  {s.hotkey}  {s.id:<12} {s.name_zh}  {s.name_en}  — {what}")
        if definition.origin != "user":
            print(
                f"your own goes in {user_sections_file()} (copy the file above and edit it; "
                "then `reader sections apply`)"
            )
        return 0

    if args.sections_command == "init":
        from reader.store import atomic

        target = user_sections_file()
        if target.exists():
            raise InputError(f"{target}: you already have your own sections file; edit it, or move it away first")
        atomic.write_bytes(target, bundled_sections_file().read_bytes())
        print(target)
        return 0

    # apply: only with a definition that validates (no quiet fallback to the bundled sections)
    path, origin = sections_file([cd.root for cd in library.read_dirs])
    definition = Definition(load_sections(path), path, origin)
    if not args.dry_run:
        _writable_dir(library.write_dir.root)
    from reader.store.reclassify import apply_sections

    report = apply_sections(library, definition, dry_run=args.dry_run)
    for line in report.problems:
        print(f"reader: {line}", file=sys.stderr)
    for m in report.moves:
        why = f" ({', '.join(m.terms)})" if m.terms else ""
        print(f"  {m.edition_id} {m.article_id}: {m.old} -> {m.new}{why}  {m.headline}")
    verb = "would rewrite" if args.dry_run else "rewrote"
    print(
        f"sections from {path}: {report.editions} edition(s), {report.articles} article(s); "
        f"{len(report.moves)} moved, {report.pinned} pinned kept; {verb} {report.rewritten} file(s)"
    )
    for root, n in report.skipped_dirs:
        print(f"left as they are: {n} read-only edition(s) in {root}")
    return 1 if report.problems else 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
