"""Import benchmark: N synthetic raw pages through `reader import`, --jobs 1 vs 2.

    python bench/import_bench.py [--pages 365] [--jobs 1 2] [--seed-page PATH] [--keep DIR]

SYNTHETIC: there is one real seed page. Each synthetic page keeps the seed's
layout lines (kickers, headlines, bylines, captions: lines under 100
characters, left where they are) and refills the body lines (100 characters
or more) with body lines drawn at random from the whole seed, so every page
parses into articles like the seed does but has its own text and hash. Real
pages vary more; the parse/analysis cost per character is what this measures.

Each run is a fresh `python -m reader import DIR --content FRESH --jobs N`
(a new process: includes start-up and jieba's dictionary load, ~1.5 s), timed
with a wall clock, into an empty content dir and search index. Prints
pages/s per --jobs value, the CPU seconds all processes used, and the load
average before the run (the 2 cores may be shared with other work: compare
runs made under similar load).
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEED = REPO.parent / "shared" / "seed" / "000_6445cb2987957b36.txt"
LONG = 100  # a body line is at least this many characters


def synthetic_pages(seed_text: str, n: int, rng: random.Random) -> list[str]:
    lines = seed_text.split("\n")
    body = [ln for ln in lines if len(ln.strip()) >= LONG]
    pages = []
    for _ in range(n):
        out = []
        for ln in lines:
            if len(ln.strip()) >= LONG:
                out.append(rng.choice(body))
            else:
                out.append(ln)
        pages.append("\n".join(out))
    return pages


def write_pages(dest: Path, n: int, seed: Path, rng_seed: int = 365) -> list[Path]:
    text = seed.read_text("utf-8")
    dest.mkdir(parents=True, exist_ok=True)
    out = []
    for i, page in enumerate(synthetic_pages(text, n, random.Random(rng_seed))):
        p = dest / f"page-{i:04d}.txt"
        p.write_text(page, "utf-8")
        out.append(p)
    return out


def run_import(pages_dir: Path, jobs: int, work: Path) -> tuple[float, float, int, str]:
    content = work / f"content-j{jobs}"
    env = dict(os.environ, READER_CACHE_DIR=str(work / f"cache-j{jobs}"), READER_STATE_DIR=str(work / "state"))
    env.pop("READER_CONTENT", None)
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "reader", "import", str(pages_dir), "--content", str(content), "--jobs", str(jobs)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
    )
    secs = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    imported = len(list((content / "editions").glob("*.toml"))) if (content / "editions").exists() else 0
    return secs, cpu, imported, (proc.stderr.strip().splitlines() or [""])[-1] + f" (exit {proc.returncode})"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=365)
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--seed-page", type=Path, default=SEED)
    ap.add_argument("--keep", type=Path, help="work in this folder and keep it (default: a temp dir)")
    args = ap.parse_args()
    if not args.seed_page.exists():
        print(f"seed page not found: {args.seed_page}", file=sys.stderr)
        return 2
    work = args.keep or Path(tempfile.mkdtemp(prefix="import-bench-"))
    pages_dir = work / "pages"
    pages = write_pages(pages_dir, args.pages, args.seed_page)
    size = sum(p.stat().st_size for p in pages)
    print(
        f"synthetic pages: {len(pages)} ({size / 1e6:.1f} MB) from {args.seed_page.name}; "
        f"machine: {os.cpu_count()} cores, python {sys.version.split()[0]}"
    )
    results = {}
    for jobs in args.jobs:
        load = os.getloadavg()[0]
        secs, cpu, imported, last = run_import(pages_dir, jobs, work)
        results[jobs] = secs
        print(
            f"--jobs {jobs}: {imported} editions in {secs:.1f} s wall = {len(pages) / secs:.1f} pages/s; "
            f"{cpu:.1f} s CPU (all processes); load average before {load:.2f}\n   [{last}]"
        )
    if 1 in results and len(results) > 1:
        best = min(results, key=results.get)  # type: ignore[arg-type]
        print(f"speed-up --jobs {best} vs --jobs 1: {results[1] / results[best]:.2f}x")
    if not args.keep:
        import shutil

        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
