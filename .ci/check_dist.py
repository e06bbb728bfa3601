"""Check what the built packages carry: only our own files, no newspaper text.

    python -m build --outdir DIST . && python .ci/check_dist.py DIST

The sdist may hold only what builds the wheel and the docs; the wheel only
the package, its sections.toml and themes. Neither may hold the seed page
(tests/data/, content/editions/: its licence for redistribution is unknown)
nor the text of the corpus pages whose labels live in bench/corpus_labels/
(not redistributable, see bench/corpus.md). Besides the file lists, every
file in both is searched for each long line of those texts (80 characters
or more, whitespace ignored), so a copy under another name is caught too;
the docs' short quotations are not long lines. Standard library only.
"""

from __future__ import annotations

import json
import re
import sys
import tarfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LONG = 80  # characters: a whole paragraph, not a quotation

# paths inside the sdist's top folder (baozhi-X.Y/), and inside the wheel
SDIST_ALLOWED = re.compile(
    r"^(reader/.+|content/sections\.toml|themes/[^/]+\.toml|docs/[^/]+\.md"
    r"|pyproject\.toml|README\.md|LICENSE|PKG-INFO|\.gitignore)$"
)
WHEEL_ALLOWED = re.compile(
    r"^(reader/(?!_bundled/).+|reader/_bundled/content/sections\.toml|reader/_bundled/themes/[^/]+\.toml"
    r"|[^/]+\.dist-info/.+)$"
)
_SPACE = re.compile(r"\s+")


def _squash(text: str) -> str:
    return _SPACE.sub("", text)


def forbidden_texts() -> list[str]:
    """Long lines of the seed page and of the corpus pages we hold labels of."""
    lines: list[str] = []
    for page in (ROOT / "tests" / "data").glob("*.txt"):
        lines += page.read_text(encoding="utf-8").splitlines()
    for labels in (ROOT / "bench" / "corpus_labels").glob("*.json"):
        doc = json.loads(labels.read_text(encoding="utf-8"))
        lines += [b.get("text") or "" for b in doc.get("blocks", [])]
    return sorted({s for s in map(_squash, lines) if len(s) >= LONG})


def members(path: Path) -> dict[str, bytes]:
    if path.suffix == ".whl":
        with zipfile.ZipFile(path) as z:
            return {n: z.read(n) for n in z.namelist() if not n.endswith("/")}
    with tarfile.open(path) as t:
        out = {}
        for m in t.getmembers():
            if m.isfile():
                f = t.extractfile(m)
                assert f is not None
                out[m.name.split("/", 1)[1]] = f.read()
        return out


def problems(path: Path, allowed: re.Pattern[str], texts: list[str]) -> list[str]:
    found = []
    for name, data in sorted(members(path).items()):
        if not allowed.match(name):
            found.append(f"{path.name}: {name} should not be in it")
            continue
        try:
            text = _squash(data.decode("utf-8"))
        except UnicodeDecodeError:
            continue
        hits = [t for t in texts if t in text]
        if hits:
            found.append(f"{path.name}: {name} holds {len(hits)} line(s) of newspaper text, e.g. {hits[0][:30]}…")
    return found


def main(dist: Path) -> int:
    sdists, wheels = sorted(dist.glob("*.tar.gz")), sorted(dist.glob("*.whl"))
    if len(sdists) != 1 or len(wheels) != 1:
        print(
            f"check_dist: want one sdist and one wheel in {dist}, found {len(sdists)} and {len(wheels)}",
            file=sys.stderr,
        )
        return 1
    texts = forbidden_texts()
    if not texts:
        print("check_dist: no seed page or corpus labels to check against", file=sys.stderr)
        return 1
    found = problems(sdists[0], SDIST_ALLOWED, texts) + problems(wheels[0], WHEEL_ALLOWED, texts)
    for line in found:
        print(f"check_dist: {line}", file=sys.stderr)
    if found:
        return 1
    print(
        f"check_dist: {sdists[0].name} and {wheels[0].name} hold only our files "
        f"(none of {len(texts)} long lines of newspaper text)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist"))
