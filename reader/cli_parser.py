"""The `reader` command line's arguments: every subcommand, option and help text.

Kept apart from :mod:`reader.cli` (what each command does) so the help a user
reads is in one place. ``reader`` alone never builds this parser (see
``reader.cli._plain_reader_args``): argparse costs ~5 ms of the start.
"""

from __future__ import annotations

import argparse

from reader import __version__

EPILOG = """\
examples:
  reader                                   open the newest edition
  reader import page.txt --date 2025-11-15 import a raw page (UTF-8 text)
  reader import page.txt --dry-run --format json
                                           show what would be imported
  reader export --format markdown          print the newest edition
  reader search 碳配额                      find articles in every edition
  reader analyze article.txt               figures, summary, keywords of a text
  reader check                             validate the content files
  reader sections list                     the sections in use, and where they come from
  reader sections apply                    re-classify the library after editing sections.toml
  reader completion bash                   tab completion for bash (zsh, fish): see `reader completion -h`
  reader manpage                           this help as a manual page, reader(1)

where things live:
  editions      --content DIR or $READER_CONTENT; otherwise your library
                (~/.local/share/reader/content) plus the bundled editions
  settings      ~/.config/reader/config.toml, themes in ~/.config/reader/themes/,
                your own sections in ~/.config/reader/sections.toml
  reading state ~/.local/state/reader/
"""


def _content_arg(p: argparse.ArgumentParser, *, sub: bool = True) -> None:
    """``--content DIR``, on the program and on each subcommand. A subcommand's
    default is SUPPRESS: argparse would otherwise set None over the value given
    before the subcommand (``reader --content DIR import …`` used to ignore DIR)."""
    p.add_argument(
        "--content",
        metavar="DIR",
        default=argparse.SUPPRESS if sub else None,
        help="content directory to read and write (default: $READER_CONTENT, else your library + bundled editions)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reader",
        description="Read a Chinese newspaper in the terminal: sections, summaries, highlighted figures, search.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"reader {__version__}")
    _content_arg(parser, sub=False)
    parser.add_argument(
        "--theme", metavar="NAME", help="colour theme (newsprint, dark, high-contrast, ansi, or your own)"
    )
    parser.add_argument("--lang", choices=["zh", "en"], help="interface language (default: from your locale)")
    parser.add_argument(
        "--cjk-width",
        type=lambda v: v if v == "auto" else int(v),
        choices=[1, 2, "auto"],
        metavar="{1,2,auto}",
        help="cells your terminal draws “”—…·●★ in: 2 for terminals set up for CJK "
        "(ambiwidth=double), so no line runs over; auto asks the terminal (default: "
        "ambiguous_width in config.toml, else auto in a zh/ja/ko locale, else 1)",
    )
    anim = parser.add_mutually_exclusive_group()
    anim.add_argument(
        "--animations",
        dest="animations",
        action="store_true",
        default=None,
        help="smooth scrolling and transitions (default: on, off over SSH)",
    )
    anim.add_argument(
        "--no-animations", dest="animations", action="store_false", help="no animations: fewer bytes over slow links"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser(
        "import",
        help="import raw page(s) into editions",
        description="Read raw newspaper page(s) into articles: kicker, headline, subtitle, bylines,\n"
        "datelines, editor's boxes, crossheads, captions and credits, picture items; classify\n"
        "them into sections; compute figures, summaries and keywords; store the edition as a\n"
        "TOML file. A page is plain text (paragraphs on their own lines, with or without blank\n"
        "lines between) or an HTML page saved from a paper's e-paper site. Importing the same\n"
        "page again replaces it and keeps its edition and article ids (also with a new --date\n"
        "or --title), so bookmarks and read marks stay. Writes are atomic; imports may run at\n"
        "the same time.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="examples:\n"
        "  reader import ../shared/seed/000_6445cb2987957b36.txt --content content\n"
        "  reader import 20240115-08.txt          date and page number from the file name\n"
        "  reader import saved-page.html          an e-paper page saved from the browser\n"
        "  reader import page.txt --dry-run --format json\n"
        "                                         every line with the role it was given, and why",
    )
    p.add_argument(
        "pages",
        nargs="+",
        metavar="PAGE",
        help="page file(s): text (UTF-8, UTF-16 or GB18030) or HTML saved from an e-paper site; "
        "a folder of .txt/.html pages; or - for stdin",
    )
    p.add_argument(
        "--date",
        metavar="YYYY-MM-DD",
        help="the edition's date (default: the date the page prints, else one in the file name, "
        "e.g. 20240115-08.txt; none is invented)",
    )
    p.add_argument("--title", metavar="T", help="the edition's title (default: its lead headline)")
    _content_arg(p)
    p.add_argument("--dry-run", action="store_true", help="write nothing; print what would be imported")
    p.add_argument("--format", choices=["text", "json"], default="text", help="report format (default: text)")
    p.add_argument("--jobs", "-j", type=int, default=None, metavar="N", help="worker processes for many pages")

    p = sub.add_parser(
        "export",
        help="print an edition as JSON or Markdown",
        description="Print an edition (default: the newest) as JSON or Markdown.",
    )
    p.add_argument("--format", choices=["json", "markdown"], default="markdown")
    p.add_argument("--edition", metavar="ID", help="edition id (default: the newest; see --list)")
    p.add_argument("--list", action="store_true", help="list editions (id, date, articles, title)")
    _content_arg(p)

    p = sub.add_parser(
        "check",
        help="validate content files (exit 1 with file:line messages)",
        description="Validate every edition file and sections.toml; print file:line: problem lines.",
    )
    _content_arg(p)

    p = sub.add_parser(
        "analyze",
        help="figures, summary and keywords of one article's text",
        description="Read one article's text (paragraphs separated by blank lines) and print its "
        "summary, keywords and highlighted figures.",
    )
    p.add_argument(
        "file", nargs="?", default="-", metavar="FILE|-", help="text file, UTF-8 or GB18030 (default: stdin)"
    )
    p.add_argument("--format", choices=["json", "text"], default="json")
    p.add_argument("--headline", metavar="TEXT", help="the article's headline, used as the importer uses it")
    p.add_argument(
        "--jsonl",
        action="store_true",
        help='one JSON object per input line ({"id", "headline", "text"}, paragraphs of text '
        'separated by blank lines) -> one per output line ({"id", "summary", "keywords", '
        '"figures"}, or {"id", "error"} for a bad line); the dictionary is loaded once',
    )
    p.add_argument(
        "--jobs", "-j", type=int, default=None, metavar="N", help="worker processes for --jsonl (default: every core)"
    )

    p = sub.add_parser(
        "search",
        help="full-text search across every edition",
        description="Search headlines, bodies and captions of every edition. Words are ANDed; "
        '"quoted phrases" match exactly; one Chinese character is a query (碳); traditional and '
        "simplified find each other (臺灣 = 台湾); pinyin or its initials find headlines "
        "(nengyuan, nyj). Exit 1 when nothing is found.",
    )
    p.add_argument("query", metavar="QUERY", nargs="+")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.add_argument("--limit", type=int, default=20, metavar="N")
    _content_arg(p)

    p = sub.add_parser(
        "sections",
        help="the sections in use; re-classify the library after changing them",
        description="Sections (栏目) are data: one sections.toml names each section, its hotkey in the\n"
        "reader, and the terms (with weights) that file an article into it. The bundled file is\n"
        "the default; your own <config dir>/sections.toml (`reader sections list` prints where)\n"
        "replaces it for import, check, apply and the reader. A file that does not validate is\n"
        "reported as file:line: problem and the bundled sections are used instead.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="to add a section (say 体育 for a paper with a sports page):\n"
        "  reader sections init                     copy the bundled file to your config dir\n"
        '  $EDITOR "$(reader sections list --path user)"\n'
        "                                           add a [[section]]: id, name_zh, name_en,\n"
        '                                           hotkey, [section.terms] "term" = weight\n'
        "  reader check                             is the file valid?\n"
        "  reader sections apply --dry-run          which articles would move, and why\n"
        "  reader sections apply                    re-classify every edition in your library\n"
        "\n"
        "An article whose section you pinned (section_pinned = true in its edition file) keeps it.",
    )
    ssub = p.add_subparsers(dest="sections_command", metavar="ACTION", required=True)
    sp = ssub.add_parser(
        "list",
        help="show the sections in use and the file they come from",
        description="Show the sections in use (key, id, names, terms) and the file they come from.",
    )
    sp.add_argument("--format", choices=["text", "json"], default="text")
    sp.add_argument(
        "--path",
        choices=["used", "user", "bundled"],
        help="print only a path: the file in use, where your own goes, or the bundled default",
    )
    _content_arg(sp)
    sp = ssub.add_parser(
        "init",
        help="copy the bundled sections.toml to your config dir, to edit",
        description="Copy the bundled sections.toml to <config dir>/sections.toml (never over "
        "an existing one) and print its path.",
    )
    sp = ssub.add_parser(
        "apply",
        help="re-classify every edition in the library with the sections in use",
        description="File every article of every edition in your library again with the sections in use,\n"
        "and record the terms that put it there. Pinned sections are kept; a file is rewritten\n"
        "only if something in it changed, atomically. Bundled (read-only) editions are left as\n"
        "they are. Refuses (exit 1) if your sections.toml does not validate.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sp.add_argument("--dry-run", action="store_true", help="write nothing; print which articles would move")
    _content_arg(sp)

    p = sub.add_parser(
        "state",
        help="your read marks, bookmarks and place: export them, or merge an export in",
        description="Your reading state (what you read, your bookmarks, where you left off) lives in\n"
        "the state dir (READER_STATE_DIR). Export it to keep a backup or to move to another\n"
        "machine; import merges such a file into yours: marks and bookmarks are added, nothing\n"
        "is removed, and the place is taken only if you have none.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="examples:\n"
        "  reader state export                      what you read and bookmarked, with headlines\n"
        "  reader state export --format json > reading.json\n"
        "  reader state import reading.json         on the other machine",
    )
    ssub = p.add_subparsers(dest="state_command", metavar="ACTION", required=True)
    sp = ssub.add_parser(
        "export",
        help="print read marks, bookmarks and place (each with its headline)",
        description="Print your read marks, bookmarks and place; each with edition, article id "
        "and headline (where the library still has the article).",
    )
    sp.add_argument(
        "--format",
        choices=["text", "json"],
        default="text",
        help="json is what `reader state import` reads (default: text)",
    )
    _content_arg(sp)
    sp = ssub.add_parser(
        "import",
        help="merge an export into your reading state",
        description="Merge a file written by `reader state export --format json` into your "
        "reading state: marks and bookmarks are added, nothing is removed.",
    )
    sp.add_argument("file", metavar="FILE")

    p = sub.add_parser(
        "index",
        help="rebuild the search index",
        description="Rebuild the search index from the content files (normally kept up to date by import).",
    )
    _content_arg(p)

    p = sub.add_parser(
        "completion",
        help="print a tab-completion script for bash, zsh or fish",
        description="Print the shell's completion script for reader: every command, option and choice,\n"
        "with file and folder names where an argument names one. Made from this parser, so it\n"
        "is never out of date with the version that printed it.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="to install it:\n"
        "  bash  reader completion bash > ~/.local/share/bash-completion/completions/reader\n"
        "  zsh   reader completion zsh > ~/.zfunc/_reader\n"
        "        (and in ~/.zshrc, before compinit: fpath+=(~/.zfunc))\n"
        "  fish  reader completion fish > ~/.config/fish/completions/reader.fish\n"
        "then open a new shell.",
    )
    p.add_argument("shell", choices=["bash", "zsh", "fish"], help="the shell to complete in")

    sub.add_parser(
        "manpage",
        help="print the manual page, reader(1), in roff",
        description="Print reader's manual page (every command and option, as in --help) in roff.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="to install it:\n"
        "  mkdir -p ~/.local/share/man/man1\n"
        "  reader manpage > ~/.local/share/man/man1/reader.1\n"
        "  man reader\n"
        "or read it once: reader manpage | man -l -",
    )
    return parser
