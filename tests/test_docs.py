"""The README and docs as a newcomer reads them: every picture shows, every
link goes somewhere."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)\)")


def github_anchor(heading: str) -> str:
    """The anchor GitHub gives a heading: lower case, punctuation dropped, spaces to '-'."""
    text = re.sub(r"[`*_]", "", heading.strip().lower())
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def anchors(doc: Path) -> set[str]:
    body = re.sub(r"```.*?```", "", doc.read_text("utf-8"), flags=re.S)
    return {github_anchor(m.group(1)) for m in re.finditer(r"^#{1,6}\s+(.+)$", body, re.M)}


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.name)
def test_every_relative_link_and_picture_exists(doc: Path) -> None:
    text = re.sub(r"```.*?```", "", doc.read_text("utf-8"), flags=re.S)
    broken = []
    for target in LINK.findall(text):
        if re.match(r"[a-z]+:", target):
            continue  # a web address
        path, _, anchor = target.partition("#")
        dest = (doc.parent / path).resolve() if path else doc
        if not dest.exists():
            broken.append(target)
        elif anchor and dest.suffix == ".md" and anchor not in anchors(dest):
            broken.append(target)
    assert not broken, f"{doc.name}: {broken}"


def test_the_readme_shows_the_three_screenshots() -> None:
    """Main screen, figures pane and search, as Textual drew them from the
    bundled edition (docs/screenshots/make.py)."""
    readme = (ROOT / "README.md").read_text("utf-8")
    headline = "奇台县在全州率先完成碳配额清缴"  # an article of the bundled edition
    for name in ("main", "figures", "search"):
        svg = ROOT / "docs" / "screenshots" / f"{name}.svg"
        assert f"(docs/screenshots/{name}.svg)" in readme
        text = svg.read_text("utf-8")
        assert text.lstrip().startswith("<svg") and "Generated with Rich" in text, name
    assert headline in (ROOT / "docs" / "screenshots" / "figures.svg").read_text("utf-8")
