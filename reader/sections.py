"""Sections (栏目) and the term-based classifier that files articles into them.

This module is the one home of the sections: the importer, ``reader check``,
``reader sections``, the UI's section list and hotkeys all read the
:class:`Definition` that :func:`load_definition` returns. A sections file
lists the sections in display order; each has an ``id``, ``name_zh``,
``name_en``, a one-character ``hotkey`` and weighted ``terms``. Exactly one
section has no terms: the catch-all (``general`` in the bundled file).

Which file is used (the first that exists)::

    <config dir>/sections.toml     the user's own (``reader sections list`` says where)
    <content dir>/sections.toml    one shipped with a library (``--content DIR``)
    content/sections.toml          the bundled default

A file that does not validate is reported (``file:line: problem``) and the
bundled default is used instead, so a typo never stops the reader.

:func:`classify` scores every section over an article's fields::

    score = Σ_field field_weight × Σ_term term_weight × (1 + ln(count))

counting terms longest-first without overlap (``人大代表`` is not also
``人大``), with captions counted as body. The best score wins if it reaches
the section's ``threshold``; otherwise the article goes to the catch-all.
The sublinear count keeps a long article that mentions a topic in passing
(a 职业教育 forum where one speaker talks about 养老) from being pulled
away from what its headline, kicker and subtitle say.

Headless: no textual, no jieba. Content files are untrusted: every value is
validated and sanitised, and a problem is a :class:`reader.errors.ContentError`
``file:line: what is wrong``.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reader import names
from reader.model import FALLBACK_SECTION, Article
from reader.sanitize import clean


__all__ = [
    "Section",
    "Definition",
    "load_sections",
    "load_definition",
    "sections_file",
    "classify",
    "explain",
    "score",
    "DEFAULTS",
]

# Used when sections.toml has no [classifier] table (or lacks a key).
DEFAULTS: dict[str, float] = {
    "headline_weight": 4.0,
    "kicker_weight": 3.0,
    "subtitle_weight": 3.0,
    "body_weight": 1.0,
    "threshold": 6.0,
}
_SECTION_KEYS = {"id", "name_zh", "name_en", "hotkey", "terms", *DEFAULTS}
_ID = names.SECTION_ID


@dataclass
class Section:
    id: str
    name_zh: str
    name_en: str
    hotkey: str
    terms: dict[str, float] = field(default_factory=dict)
    headline_weight: float = DEFAULTS["headline_weight"]
    kicker_weight: float = DEFAULTS["kicker_weight"]
    subtitle_weight: float = DEFAULTS["subtitle_weight"]
    body_weight: float = DEFAULTS["body_weight"]
    threshold: float = DEFAULTS["threshold"]
    _pattern: re.Pattern[str] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def is_catch_all(self) -> bool:
        return not self.terms

    def pattern(self) -> re.Pattern[str] | None:
        """One alternation of all terms, longest first (so matches don't overlap)."""
        if self._pattern is None and self.terms:
            alts = []
            for term in sorted(self.terms, key=lambda t: (-len(t), t)):
                alt = re.escape(term)
                if term.isascii():  # "AI" must not match inside "MAIL"
                    alt = rf"(?<![A-Za-z0-9]){alt}(?![A-Za-z0-9])"
                alts.append(alt)
            self._pattern = re.compile("|".join(alts), re.IGNORECASE)
        return self._pattern


# --------------------------------------------------------------------------
# Loading and validation


#: A sections file is a few KB (the bundled one: 3 KB); 256 KiB leaves room for many sections.
MAX_SECTIONS_BYTES = 256 * 1024


def _error(path: Path, line: int | None, message: str) -> Exception:
    from reader.errors import ContentError  # lazy: keeps this module importable alone

    return ContentError(path, line, message)


class _Lines:
    """Find the line of a table or key in the raw TOML text (tomllib has no positions)."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()
        self.headers = [i for i, ln in enumerate(self.lines) if re.match(r"^\s*\[\[\s*section\s*\]\]", ln)]
        self.classifier = next(
            (i for i, ln in enumerate(self.lines) if re.match(r"^\s*\[\s*classifier\s*\]", ln)), None
        )

    def _find_key(self, start: int, end: int, key: str) -> int | None:
        pat = re.compile(
            r'(^|[\s{,])("' + re.escape(key) + r'"|\'' + re.escape(key) + r"'|" + re.escape(key) + r")\s*="
        )
        for i in range(start, min(end, len(self.lines))):
            if pat.search(self.lines[i]):
                return i + 1
        return None

    def section_text(self, index: int, needle: str) -> int | None:
        """The first line of section ``index`` that contains ``needle`` (a list item)."""
        if index >= len(self.headers):
            return None
        start = self.headers[index]
        end = self.headers[index + 1] if index + 1 < len(self.headers) else len(self.lines)
        for i in range(start, end):
            if needle in self.lines[i]:
                return i + 1
        return self.section(index, "terms")

    def section(self, index: int, key: str | None = None) -> int | None:
        if index >= len(self.headers):
            return None
        start = self.headers[index]
        if key is None:
            return start + 1
        end = self.headers[index + 1] if index + 1 < len(self.headers) else len(self.lines)
        if self.classifier is not None and start < self.classifier < end:
            end = self.classifier
        return self._find_key(start, end, key) or start + 1

    def top(self, key: str) -> int | None:
        return self._find_key(0, len(self.lines), key)

    def in_classifier(self, key: str) -> int | None:
        if self.classifier is None:
            return None
        end = min([h for h in self.headers if h > self.classifier], default=len(self.lines))
        return self._find_key(self.classifier, end, key) or self.classifier + 1


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    value = float(value)
    return value if math.isfinite(value) else None


def _text(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    value = clean(value).strip()
    return value or None


def load_sections(path: Path | str | None = None) -> list[Section]:
    """Read and validate a sections file (default: the bundled one)."""
    if path is None:
        from reader.paths import bundled_content_dir

        path = bundled_content_dir() / "sections.toml"
    path = Path(path)
    from reader import files

    try:
        data, raw = files.read_toml(path, MAX_SECTIONS_BYTES)
    except FileNotFoundError:
        raise _error(path, None, "cannot read the sections file: no such file") from None
    return _validate(path, raw, data)


def _validate(path: Path, raw: str, data: dict[str, Any]) -> list[Section]:
    where = _Lines(raw)
    for key in data:
        if key not in ("classifier", "section"):
            raise _error(path, where.top(key), f"unknown key {key!r} (expected [classifier] and [[section]] tables)")

    defaults = dict(DEFAULTS)
    clf = data.get("classifier", {})
    if not isinstance(clf, dict):
        raise _error(path, where.top("classifier"), "'classifier' must be a table")
    for key, value in clf.items():
        if key not in DEFAULTS:
            raise _error(
                path, where.in_classifier(key), f"unknown classifier key {key!r}; known: {', '.join(DEFAULTS)}"
            )
        num = _number(value)
        if num is None or num < 0:
            raise _error(path, where.in_classifier(key), f"{key} must be a number ≥ 0, not {value!r}")
        defaults[key] = num

    tables = data.get("section")
    if not isinstance(tables, list) or not tables:
        raise _error(path, where.top("section"), "no sections: add [[section]] tables")
    sections: list[Section] = []
    seen_ids: dict[str, int] = {}
    seen_keys: dict[str, str] = {}
    for n, table in enumerate(tables):
        line = where.section(n)
        if not isinstance(table, dict):
            raise _error(path, line, "each section must be a [[section]] table")
        for key in table:
            if key not in _SECTION_KEYS:
                raise _error(
                    path,
                    where.section(n, key),
                    f"unknown key {key!r} in section #{n + 1}; known: {', '.join(sorted(_SECTION_KEYS))}",
                )
        for key in ("id", "name_zh", "name_en", "hotkey"):
            if key not in table:
                raise _error(path, line, f"section #{n + 1} has no {key!r}")
        sid = table["id"]
        if not isinstance(sid, str) or not _ID.match(sid):
            raise _error(
                path,
                where.section(n, "id"),
                f"id must be lowercase letters, digits, '-' or '_' (at most 32), not {sid!r}",
            )
        if sid in seen_ids:
            raise _error(
                path, where.section(n, "id"), f"duplicate section id {sid!r} (also section #{seen_ids[sid] + 1})"
            )
        seen_ids[sid] = n
        labels: dict[str, str] = {}
        for key in ("name_zh", "name_en"):
            value = _text(table[key])
            if value is None or len(value) > 40:
                raise _error(
                    path,
                    where.section(n, key),
                    f"{key} of section {sid!r} must be a non-empty string of at most 40 characters",
                )
            labels[key] = value
        hotkey = table["hotkey"]
        if not isinstance(hotkey, str) or len(hotkey) != 1 or not hotkey.isprintable() or hotkey.isspace():
            raise _error(
                path,
                where.section(n, "hotkey"),
                f"hotkey of section {sid!r} must be one printable character, not {hotkey!r}",
            )
        if hotkey in seen_keys:
            raise _error(
                path,
                where.section(n, "hotkey"),
                f"hotkey {hotkey!r} of section {sid!r} is already used by {seen_keys[hotkey]!r}",
            )
        seen_keys[hotkey] = sid
        terms = _terms(path, where, n, sid, table.get("terms", {}))
        weights = dict(defaults)
        for key in DEFAULTS:
            if key in table:
                num = _number(table[key])
                if num is None or num < 0:
                    raise _error(
                        path,
                        where.section(n, key),
                        f"{key} of section {sid!r} must be a number ≥ 0, not {table[key]!r}",
                    )
                weights[key] = num
        sections.append(
            Section(id=sid, name_zh=labels["name_zh"], name_en=labels["name_en"], hotkey=hotkey, terms=terms, **weights)
        )

    catch_all = [s for s in sections if s.is_catch_all]
    if len(catch_all) != 1:
        if not catch_all:
            raise _error(
                path, where.section(len(tables) - 1), "no catch-all section: exactly one section must have no terms"
            )
        second = sections.index(catch_all[1])
        raise _error(
            path,
            where.section(second),
            f"two sections without terms ({catch_all[0].id!r}, {catch_all[1].id!r}): exactly one may be the catch-all",
        )
    return sections


def _terms(path: Path, where: _Lines, n: int, sid: str, value: Any) -> dict[str, float]:
    terms: dict[str, float] = {}
    listed = isinstance(value, list)
    if listed:
        items: list[tuple[Any, Any]] = [(t, 1.0) for t in value]
    elif isinstance(value, dict):
        items = list(value.items())
    else:
        raise _error(
            path,
            where.section(n, "terms"),
            f"terms of section {sid!r} must be a table of term = weight or a list of terms",
        )
    for term, weight in items:
        text = _text(term)
        if listed:
            line = where.section_text(n, f'"{term}"' if isinstance(term, str) else "terms")
        else:
            line = where.section(n, term)
        if text is None or len(text) > 30:
            raise _error(
                path,
                line,
                f"a term of section {sid!r} must be a non-empty string of at most 30 characters, not {term!r}",
            )
        num = _number(weight)
        if num is None or num <= 0:
            raise _error(path, line, f"weight of term {text!r} in section {sid!r} must be a number > 0, not {weight!r}")
        if text in terms:
            raise _error(path, line, f"term {text!r} appears twice in section {sid!r}")
        terms[text] = num
    return terms


# --------------------------------------------------------------------------
# The definition in use


def bundled_sections_file() -> Path:
    from reader.paths import bundled_content_dir

    return bundled_content_dir() / "sections.toml"


def user_sections_file() -> Path:
    """Where a user's own sections file lives: ``<config dir>/sections.toml``."""
    from reader.paths import config_dir

    return config_dir() / "sections.toml"


def sections_file(content_dirs: list[Path] | tuple[Path, ...] = ()) -> tuple[Path, str]:
    """The sections file in use and where it comes from (``user``, ``content`` or ``bundled``)."""
    user = user_sections_file()
    if user.is_file():
        return user, "user"
    bundled = bundled_sections_file()
    for d in content_dirs:
        p = Path(d) / "sections.toml"
        if p.is_file():
            try:
                same = p.resolve() == bundled.resolve()
            except OSError:
                same = False
            return p, "bundled" if same else "content"
    return bundled, "bundled"


@dataclass
class Definition:
    """The sections in use: in display order, the file they came from, and
    any notice (a user's file that did not validate, replaced by the bundled one)."""

    sections: list[Section]
    path: Path
    origin: str  # "user", "content" or "bundled"
    notices: list[str] = field(default_factory=list)

    @property
    def ids(self) -> list[str]:
        return [s.id for s in self.sections]

    @property
    def catch_all(self) -> Section:
        return next(s for s in self.sections if s.is_catch_all)

    def get(self, section_id: str) -> Section | None:
        return next((s for s in self.sections if s.id == section_id), None)


def load_definition(content_dirs: list[Path] | tuple[Path, ...] = (), *, path: Path | None = None) -> Definition:
    """The sections in use (see the module docstring for which file).

    A file that does not validate falls back to the bundled default with a
    one-line notice ``file:line: problem (using the bundled sections)``; only
    a broken bundled file raises.
    """
    origin = "given"
    if path is None:
        path, origin = sections_file(content_dirs)
    try:
        return Definition(load_sections(path), Path(path), origin)
    except Exception as exc:
        bundled = bundled_sections_file()
        if Path(path) == bundled:
            raise
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        return Definition(load_sections(bundled), bundled, "bundled", [f"{first} (using the bundled sections instead)"])


# --------------------------------------------------------------------------
# Classification


def _field_terms(text: str | None, section: Section) -> dict[str, float]:
    """Each term found in ``text`` and what it adds: weight × (1 + ln(count))."""
    pat = section.pattern()
    if not text or pat is None:
        return {}
    counts: dict[str, int] = {}
    lowered = {t.lower(): t for t in section.terms}
    for m in pat.finditer(text):
        key = lowered.get(m.group(0).lower(), m.group(0))
        counts[key] = counts.get(key, 0) + 1
    return {t: section.terms.get(t, 0.0) * (1.0 + math.log(c)) for t, c in counts.items()}


def _scored(article: Article, section: Section) -> tuple[float, dict[str, float]]:
    """The section's score and each matched term's share of it, over all fields."""
    if section.is_catch_all:
        return 0.0, {}
    body = "\n".join([*article.paragraphs, *(c.text for c in article.captions)])
    total = 0.0
    out: dict[str, float] = {}
    for weight, text in (
        (section.headline_weight, article.headline),
        (section.kicker_weight, article.kicker),
        (section.subtitle_weight, article.subtitle),
        (section.body_weight, body),
    ):
        found = _field_terms(text, section)
        total += weight * sum(found.values())
        for term, sc in found.items():
            out[term] = out.get(term, 0.0) + weight * sc
    return total, out


def score(article: Article, section: Section) -> float:
    """The section's score for an article (0 for the catch-all)."""
    return _scored(article, section)[0]


#: at most this many matched terms are kept as an article's reason
MAX_REASON_TERMS = 8


def explain(article: Article, sections: list[Section]) -> tuple[str, list[str]]:
    """The best section for ``article`` and the terms that put it there.

    The terms are the winning section's matches, the heaviest first (at most
    :data:`MAX_REASON_TERMS`); the catch-all has none.
    """
    best_id: str | None = None
    best = 0.0
    best_terms: dict[str, float] = {}
    for s in sections:
        if s.is_catch_all:
            continue
        sc, terms = _scored(article, s)
        if sc >= s.threshold and sc > best:
            best_id, best, best_terms = s.id, sc, terms
    if best_id is not None:
        ranked = sorted(best_terms, key=lambda t: (-best_terms[t], t))
        return best_id, ranked[:MAX_REASON_TERMS]
    return next((s.id for s in sections if s.is_catch_all), FALLBACK_SECTION), []


def classify(article: Article, sections: list[Section]) -> str:
    """The id of the best section for ``article`` (the catch-all below threshold)."""
    return explain(article, sections)[0]
