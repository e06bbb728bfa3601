"""Search inside the kiosk's resource limits, on a synthetic archive (issue 13).

    python bench/kiosk_search.py [--editions 3650] [--archive DIR] [--reps 10] [--no-control]

1. The kiosk's own sizing (``reader.kiosk.session_limits``, as a session start
   runs it) on the archive with an empty cache: the limits it chooses.
2. A process under exactly those limits (``preexec_fn`` runs
   ``reader.kiosk.apply_limits``, as the kiosk does before it execs the
   reader) builds the search index from scratch and runs the query set of
   bench/search_bench.py: index size, the largest file written (the limit
   that matters), peak memory (RLIMIT_DATA counts VmData), CPU seconds,
   query p50/p95.
3. The next session: limits sized again (now from the index on disk too) and
   the same queries.
4. Control (unless --no-control): the old fixed limits (64 MB file size) on an
   empty cache: the build fails, so search does.

SYNTHETIC: the archive recombines ONE seed page (see bench/make_archive.py);
its index is smaller per byte of edition files than real text's (1.55x here,
about 2.2x on the 43 real pages of ../shared/corpus), which the kiosk's
estimate (2.5x, then twice that) allows for.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from search_bench import QUERIES, ensure_archive, pct  # noqa: E402

from reader import kiosk  # noqa: E402

MB = 1024 * 1024

_CHILD = r"""
import json, os, resource, sys, threading, time
peak = {"data": 0}
stop = False
def watch():
    while not stop:
        try:
            for line in open("/proc/self/status"):
                if line.startswith("VmData:"):
                    peak["data"] = max(peak["data"], int(line.split()[1]) * 1024)
        except OSError:
            pass
        time.sleep(0.05)
threading.Thread(target=watch, daemon=True).start()
from reader.store import search as S
from reader.store.library import Library
queries, reps = json.loads(sys.argv[2]), int(sys.argv[3])
lib = Library.open(sys.argv[1])
out = {}
t = time.perf_counter()
try:
    report = S.ensure_index(lib)
except Exception as exc:
    out["error"] = f"{type(exc).__name__}: {exc}"
    out["build_s"] = time.perf_counter() - t
    print(json.dumps(out)); raise SystemExit(0)
out.update(build_s=time.perf_counter() - t, rebuilt=report.rebuilt, indexed=report.indexed,
           editions=report.editions, articles=report.articles, size=report.size)
times = []
for q in queries:
    S.search(lib, q, limit=50)  # warm
    for _ in range(reps):
        t = time.perf_counter()
        S.search(lib, q, limit=50)
        times.append((time.perf_counter() - t) * 1000)
stop = True
ru = resource.getrusage(resource.RUSAGE_SELF)
out.update(times=times, cpu_s=ru.ru_utime + ru.ru_stime, peak_data=peak["data"],
           rlimits={n: resource.getrlimit(getattr(resource, n))[0]
                    for n in ("RLIMIT_FSIZE", "RLIMIT_DATA", "RLIMIT_CPU", "RLIMIT_NOFILE")})
print(json.dumps(out))
"""


def session(limits: kiosk.Limits, archive: Path, cache: Path, reps: int) -> tuple[dict, int]:
    """Run the child under ``limits``; return its report and the largest file seen in ``cache``."""
    env = {
        "PATH": "/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "PYTHONPATH": str(REPO),
        "READER_KIOSK": "1",
        "READER_CACHE_DIR": str(cache),
        "READER_CONTENT": str(archive),
        "HOME": str(cache.parent),
    }
    queries = [q for qs in QUERIES.values() for q in qs]
    biggest = 0
    done = threading.Event()

    def watch() -> None:
        nonlocal biggest
        while not done.is_set():
            try:
                for e in os.scandir(cache):
                    try:
                        biggest = max(biggest, e.stat(follow_symlinks=False).st_size)
                    except OSError:
                        pass
            except OSError:
                pass
            time.sleep(0.05)

    w = threading.Thread(target=watch, daemon=True)
    w.start()
    r = subprocess.run(
        [sys.executable, "-c", _CHILD, str(archive), json.dumps(queries), str(reps)],
        capture_output=True,
        text=True,
        env=env,
        timeout=3600,
        preexec_fn=lambda: kiosk.apply_limits(limits) and None,
    )
    done.set()
    w.join()
    if r.returncode != 0:
        return {"error": f"exit {r.returncode}: {r.stderr.strip().splitlines()[-1:]}"}, biggest
    return json.loads(r.stdout), biggest


def show(out: dict, biggest: int, limits: kiosk.Limits) -> None:
    if "error" in out:
        print(
            f"  search FAILED after {out.get('build_s', 0):.1f} s: {out['error']}; "
            f"largest file written {biggest / MB:.0f} MB"
        )
        return
    t = out["times"]
    print(
        f"  index: {'built' if out['rebuilt'] else 'up to date'} ({out['indexed']} editions indexed) in "
        f"{out['build_s']:.1f} s; {out['editions']} editions, {out['articles']} articles, "
        f"{out['size'] / MB:.0f} MB (db + WAL)"
    )
    print(
        f"  largest file written {biggest / MB:.0f} MB of {limits.number('file_size_mb')} MB allowed; "
        f"peak VmData {out['peak_data'] / MB:.0f} MB of {limits.number('memory_mb')} MB; "
        f"CPU {out['cpu_s']:.1f} s of {limits.number('cpu_seconds')} s"
    )
    print(f"  {len(t)} searches (limit=50): p50 {pct(t, 50):.1f} ms, p95 {pct(t, 95):.1f} ms, max {max(t):.1f} ms")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--editions", type=int, default=3650)
    ap.add_argument("--archive", type=Path, help="content dir (default: /tmp/reader-archive-N, built if missing)")
    ap.add_argument("--reps", type=int, default=10, help="runs of each query of bench/search_bench.py")
    ap.add_argument("--no-control", action="store_true", help="skip the run under the old fixed 64 MB limit")
    args = ap.parse_args()
    archive = args.archive or Path(f"/tmp/reader-archive-{args.editions}")
    ensure_archive(args.editions, archive)
    work = Path(tempfile.mkdtemp(prefix="kiosk-search-"))
    try:
        print(
            f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}; python {sys.version.split()[0]}"
        )
        cache = work / "cache"
        settings = kiosk.Settings(content=str(archive), cache_dir=str(cache))
        cenv = kiosk.clean_env(settings, {}, "xterm-256color")

        t = time.perf_counter()
        size = kiosk.measure_archive(cenv["READER_CONTENT"], cenv["READER_CACHE_DIR"])
        measure_ms = (time.perf_counter() - t) * 1000
        limits, notes, warnings = kiosk.size_limits(settings.limits, size)
        print(
            f"\n1. first session, empty cache: the kiosk measured {size.editions:,} editions, "
            f"{size.edition_bytes / MB:.0f} MB of edition files, no index, in {measure_ms:.0f} ms"
        )
        print(f"  limits: {kiosk.describe_limits(limits)}")
        for n in notes + warnings:
            print(f"  ({n})")
        print("2. that session, under those limits: build the index, then search")
        out, biggest = session(limits, archive, cache, args.reps)
        show(out, biggest, limits)
        ok = "error" not in out

        again, notes, _ = kiosk.session_limits(settings, cenv)
        print(f"\n3. next session: limits sized again (index on disk now): {kiosk.describe_limits(again)}")
        out, biggest = session(again, archive, cache, args.reps)
        show(out, biggest, again)
        ok = ok and "error" not in out

        if not args.no_control:
            old = kiosk.Limits(cpu_seconds=900, memory_mb=1024, file_size_mb=64)
            print(f"\n4. control: the old fixed limits ({kiosk.describe_limits(old)}), empty cache")
            shutil.rmtree(cache, ignore_errors=True)
            out, biggest = session(old, archive, cache, 1)
            show(out, biggest, old)
        print("\nSYNTHETIC archive: one seed page recombined (see bench/make_archive.py).")
        return 0 if ok else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
