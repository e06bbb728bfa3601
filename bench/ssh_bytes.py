"""Bytes an SSH client receives from the kiosk: first screen, and per PageDown.

Starts a private sshd on 127.0.0.1 (ForceCommand = reader-kiosk) with the seed
page imported into a temporary content dir, connects with ``ssh -tt`` on a pty
of 100x30 and counts every byte the client's terminal would get. A keypress's
cost is everything that arrives until the line is quiet for --quiet seconds;
a PageDown at the end of the article (nothing scrolls) is not counted (g goes
back to the top).
Reported: the median of --runs sessions (each with --pages PageDowns), with
animations off (the kiosk default) and on.

    python bench/ssh_bytes.py [--runs 5] [--pages 6] [--cols 100 --rows 30]

Needs root (sshd), openssh-server and tmux (bash .ci/e2e-deps.sh).
Target: <= 6 KB per PageDown with animations off.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "e2e"))

import harness  # noqa: E402

FIRST_HEADLINE = "昌吉国家高新区：数字技术研发成果向多领域延伸".encode()
LONG_ARTICLE = "推动职业教育法落实落细".encode()  # 17 paragraphs, section 2, second article
PAGE_DOWN = b"\x1b[6~"
MOVED = 300  # fewer bytes than this after a PageDown: nothing scrolled


def one_session(server: harness.SSHServer, args) -> tuple[int, list[int]]:
    client = harness.PtyClient(
        server.ssh_argv(), cols=args.cols, rows=args.rows, env=harness.child_env(TERM="xterm-256color", LANG="C.UTF-8")
    )
    try:
        if not client.read_until(FIRST_HEADLINE, 30):
            raise SystemExit(f"no first screen; got {bytes(client.data[-400:])!r}")
        client.read_quiet(args.quiet, 10)
        first = len(client.data)
        # open the long article: section 2, second article
        for key in (b"2", b"j", b"\r"):
            client.write(key)
            client.read_quiet(args.quiet, 10)
        if LONG_ARTICLE not in client.data:
            raise SystemExit("could not open the long article")
        pages: list[int] = []
        for _ in range(args.pages * 3):
            if len(pages) == args.pages:
                break
            before = len(client.data)
            client.write(PAGE_DOWN)
            client.read_quiet(args.quiet, 10)
            n = len(client.data) - before
            if n < MOVED:  # at the end of the article: back to the top (not counted)
                client.write(b"g")
                client.read_quiet(args.quiet, 10)
                continue
            pages.append(n)
        client.write(b"q")
        client.wait(10)
        return first, pages
    finally:
        client.close()


def measure(content: Path, base: Path, animations: bool, args) -> tuple[list[int], list[int]]:
    settings = {
        "content": str(content),
        "state": "off",
        "config_dir": str(base / "config"),
        "cache_dir": str(base / "cache"),
        "animations": animations,
    }
    firsts, pages = [], []
    with harness.SSHServer(base, settings) as server:
        for _ in range(args.runs):
            f, p = one_session(server, args)
            firsts.append(f)
            pages.extend(p)
    return firsts, pages


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--pages", type=int, default=6, help="PageDowns per session")
    ap.add_argument("--cols", type=int, default=100)
    ap.add_argument("--rows", type=int, default=30)
    ap.add_argument("--quiet", type=float, default=0.35, help="seconds of silence that end a keypress's output")
    args = ap.parse_args()
    missing = harness.ensure_tools()
    if missing:
        print(f"needs {', '.join(missing)} (bash .ci/e2e-deps.sh)", file=sys.stderr)
        return 2
    pages = harness.seed_pages()
    if not pages:
        print("no seed page (../shared/seed/*.txt)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="ssh-bytes-") as tmp:
        tmp = Path(tmp)
        content = tmp / "content"
        r = harness.import_pages(pages[:1], content)
        if r.returncode != 0:
            print(r.stderr, file=sys.stderr)
            return 1
        print(f"{args.cols}x{args.rows}, {args.runs} sessions x {args.pages} PageDowns, via ssh -tt to the kiosk")
        print(f"{'animations':<11} {'first screen (median)':>22} {'PageDown median':>16} {'min':>7} {'max':>7}")
        ok = True
        for anim in (False, True):
            base = tmp / ("anim-on" if anim else "anim-off")
            (base / "config").mkdir(parents=True)
            t0 = time.monotonic()
            firsts, pd = measure(content, base, anim, args)
            med = statistics.median(pd)
            print(
                f"{'on' if anim else 'off':<11} {statistics.median(firsts):>20,.0f} B {med:>14,.0f} B "
                f"{min(pd):>7,} {max(pd):>7,}   ({time.monotonic() - t0:.1f}s)"
            )
            if not anim and med > 6 * 1024:
                ok = False
        print("target: <= 6,144 B per PageDown with animations off:", "met" if ok else "NOT met")
        return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
