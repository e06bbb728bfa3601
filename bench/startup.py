"""Cold start of `reader` vs a bare Textual app (Header + Static + Footer).

Each run is a fresh Python process; it prints READY (on stderr) when the app
hands its first frame to the driver (both apps get the same hook on
``App._display``), then exits. The reader is started as a user starts it:
``reader.cli.main`` with no arguments (what the ``reader`` console script
calls), the content from ``$READER_CONTENT``, stdin and stdout a pseudo-
terminal (the CLI refuses to start without one). The one liberty, taken for
both apps alike: Textual runs headless at 80×24, so no terminal emulator's
speed is measured. The parent measures the wall time from spawning the
process to READY (interpreter start, imports, config/themes/catalogue, the
first edition, compose, layout, first paint) and the child's peak RSS
(``wait4`` rusage). Runs alternate bare/reader; the median of N each is
reported with the ratios. Targets: time ≤ 1.2× bare, peak RSS ≤ 1.3× bare.

    python bench/startup.py                 # fixture edition (tests/conftest.py)
    python bench/startup.py --content DIR   # e.g. a library imported from the seed
    python bench/startup.py --content BIG --target 1.3   # one edition of 10,000 articles (issue 13):
                                                         #   make_archive.py 0 --big 10000 --out BIG
    python bench/startup.py -n 9 --json

``--alone`` (with ``--content``) also starts the reader on a library holding
only that archive's newest edition (the one it opens), so the archive's own
cost shows apart from the edition's: at 3,650 editions the reader should open
as quickly as with that edition alone.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import os, sys
from textual.app import App

# The same hook for both apps: the first frame the app hands to its driver is
# the first screen the user sees. Say READY then, and exit.
_display = App._display

def first_frame(self, screen, renderable):
    _display(self, screen, renderable)
    if renderable is not None and not getattr(self, "_bench_done", False):
        self._bench_done = True
        os.write(2, b"READY\n")
        self.exit()

App._display = first_frame
_run = App.run

def headless_run(self, *args, **kwargs):
    kwargs.update(headless=True, size=(80, 24))
    return _run(self, *args, **kwargs)

App.run = headless_run
if sys.argv[1] == "bare":
    from textual.widgets import Footer, Header, Static

    class Bare(App):
        BINDINGS = [("q", "quit", "Quit")]

        def compose(self):
            yield Header()
            yield Static("昌吉日报")
            yield Footer()

    Bare().run()
else:
    from reader.cli import main  # what the `reader` console script runs

    sys.exit(main([]))
"""


def fixture_content(dest: Path) -> Path:
    sys.path.insert(0, str(ROOT / "tests"))
    import conftest  # the fixture edition used by the UI tests

    return conftest.write_content(dest)


def newest_alone(archive: Path, dest: Path) -> Path:
    """A library holding only ``archive``'s newest edition file."""
    import shutil

    sys.path.insert(0, str(ROOT))
    from reader.store.library import Library

    newest = Library([archive], archive).newest()
    if newest is None:
        raise SystemExit(f"{archive}: no editions")
    (dest / "editions").mkdir(parents=True)
    shutil.copy2(newest.path, dest / "editions" / newest.path.name)
    return dest


def run_once(kind: str, content: Path, env: dict[str, str]) -> tuple[float, int]:
    import pty

    master, slave = pty.openpty()  # the terminal `reader` insists on
    env = {**env, "READER_CONTENT": str(content)}
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, kind], stdin=slave, stdout=slave, stderr=subprocess.PIPE, env=env, cwd=ROOT
    )
    os.close(slave)
    assert proc.stderr is not None
    line = proc.stderr.readline()
    elapsed = time.perf_counter() - t0
    _pid, status, rusage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode("utf-8", "replace")
    os.close(master)
    if line.strip() != b"READY" or proc.returncode != 0:
        raise SystemExit(
            f"{kind} run failed (exit {proc.returncode}): {(line.decode('utf-8', 'replace') + err).strip()[-2000:]}"
        )
    return elapsed, rusage.ru_maxrss  # KiB on Linux


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=7, help="runs of each app (default 7)")
    ap.add_argument("--content", type=Path, help="content directory (default: the test fixture edition)")
    ap.add_argument("--json", action="store_true")
    ap.add_argument(
        "--target",
        type=float,
        default=1.2,
        help="the time ratio to meet (default 1.2; issue 13 gives an edition of 10,000 articles 1.3)",
    )
    ap.add_argument(
        "--alone", action="store_true", help="also time the archive's newest edition alone (needs --content)"
    )
    args = ap.parse_args()
    if args.alone and not args.content:
        ap.error("--alone needs --content ARCHIVE")

    # An installed reader has its bytecode compiled by pip; a source tree run
    # with PYTHONDONTWRITEBYTECODE=1 would recompile every module on every
    # start and look slower than it is. Compile once, as pip would.
    import compileall

    compileall.compile_dir(ROOT / "reader", quiet=1)
    tmp = Path(tempfile.mkdtemp(prefix="reader-bench-"))
    content = args.content or fixture_content(tmp / "content")
    env = dict(os.environ)
    for name in ("READER_STATE_DIR", "READER_CONFIG_DIR", "READER_CACHE_DIR"):
        d = tmp / name.lower()
        d.mkdir(exist_ok=True)
        env[name] = str(d)
    env.pop("READER_CONTENT", None)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    contents = {"bare": content, "reader": content}
    if args.alone:
        contents["alone"] = newest_alone(content, tmp / "alone")
    # warm-up (builds the catalogue, fills the OS cache); not counted
    for kind, where in contents.items():
        run_once("bare" if kind == "bare" else "reader", where, env)
    times: dict[str, list[float]] = {k: [] for k in contents}
    rss: dict[str, list[int]] = {k: [] for k in contents}
    for _ in range(args.n):
        for kind, where in contents.items():
            t, m = run_once("bare" if kind == "bare" else "reader", where, env)
            times[kind].append(t)
            rss[kind].append(m)
    med = {k: statistics.median(v) for k, v in times.items()}
    mem = {k: statistics.median(v) for k, v in rss.items()}
    result = {
        "runs": args.n,
        "bare_ms": round(med["bare"] * 1000, 1),
        "reader_ms": round(med["reader"] * 1000, 1),
        "time_ratio": round(med["reader"] / med["bare"], 3),
        "bare_rss_mib": round(mem["bare"] / 1024, 1),
        "reader_rss_mib": round(mem["reader"] / 1024, 1),
        "rss_ratio": round(mem["reader"] / mem["bare"], 3),
    }
    if args.alone:
        result.update(
            {
                "alone_ms": round(med["alone"] * 1000, 1),
                "alone_time_ratio": round(med["alone"] / med["bare"], 3),
                "archive_vs_alone": round(med["reader"] / med["alone"], 3),
                "alone_rss_mib": round(mem["alone"] / 1024, 1),
            }
        )
    if args.json:
        print(json.dumps(result))
    else:
        print(f"time to first screen, median of {args.n} fresh processes (80x24, headless):")
        print(f"  bare textual app  {result['bare_ms']:8.1f} ms   peak RSS {result['bare_rss_mib']:6.1f} MiB")
        print(f"  reader            {result['reader_ms']:8.1f} ms   peak RSS {result['reader_rss_mib']:6.1f} MiB")
        print(
            f"  ratio             {result['time_ratio']:8.3f}  (target <= {args.target:g})   RSS {result['rss_ratio']:.3f} (target <= 1.3)"
        )
        if args.alone:
            print(
                f"  newest edition alone {result['alone_ms']:5.1f} ms   peak RSS {result['alone_rss_mib']:6.1f} MiB"
                f"   ratio {result['alone_time_ratio']:.3f}"
            )
            print(f"  archive / alone   {result['archive_vs_alone']:8.3f}  (the archive's own cost; 1.0 = none)")
    return 0 if result["time_ratio"] <= args.target and result["rss_ratio"] <= 1.3 else 1


if __name__ == "__main__":
    raise SystemExit(main())
