"""Shared fixtures: a content directory built from the model dataclasses (so
UI tests do not depend on the importer), and environment isolation so no test
reads or writes the real user's state, config or cache."""

from __future__ import annotations

import itertools
import os
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

from reader.model import Article, Byline, Caption, Edition, Figure

#: the seed page, vendored so the suite runs from a plain clone (test_seed.py
#: checks it still equals ../shared/seed/ where that exists)
SEED_PAGE = Path(__file__).resolve().parent / "data" / "000_6445cb2987957b36.txt"

MARKUP_PARAGRAPH = "标记测试：[bold]x[/bold] 与 [/bold] 以及 [@click=app.quit]x[/] 都应原样显示。\x1b[31m红\x1b[0m字。"

_LONG = (
    "昌吉国家高新区一方面引育高能级平台，如山东大学新疆研究院落地填补空白，推动12家自治区“两区”企业实验室技术攻关能力提升；"
    "另一方面壮大创新主体，形成“平台支撑、企业领跑”的良好生态。"
)


def _fig(
    paragraphs: list[str],
    p: int,
    text: str,
    value: float | int,
    unit: str,
    label: str,
    qualifier: str | None = None,
    nth: int = 0,
) -> Figure:
    para = paragraphs[p]
    start = -1
    for _ in range(nth + 1):
        start = para.index(text, start + 1)
    end = start + len(text)
    lo = max(0, para.rfind("，", 0, start) + 1)
    hi = para.find("，", end)
    context = para[lo : hi if hi != -1 else len(para)]
    return Figure(text, value, unit, qualifier, label, context, p, start, end)


def energy_article() -> Article:
    paras = [
        "进入四季度，玛纳斯县7个重点能源补给项目建设进入冲刺阶段。这些项目涵盖油、电、气、氢、甲醇等多种能源类型，将于年内陆续建成投用，进一步提升玛纳斯县能源服务保障能力。",
        "近日，玛纳斯隆盛达西海综合能源站项目通过质量验收，工作人员正加紧整理消防、环保等相关验收资料。项目负责人王峰说：“隆盛达西海综合能源站集氢、气、电四种能源于一体。目前工作人员正在办理经营手续，预计今年12月底全面投入使用。”",
        "在石河子销售公司玛纳斯碧玉加油站建设项目现场，便利店装修和充电设备安装工作已进入收尾阶段。目前，加油站站房、罩棚、罐区及地面硬化等基础设施已全部建成，设备安装就绪，已进入室内外装修及设备调试阶段，预计11月底正式营业。",
        "与此同时，中国石化销售股份有限公司新疆乌鲁木齐石油分公司外环路加油加气站项目也在有序推进，整体建设进度完成80%。该加油加气站生产经理李志立介绍，目前站房已具备主体验收条件，正在预约验收。加气设备和油罐均已安装到位，预计11月中旬完工。",
        "据了解，今年玛纳斯县实施的7个能源补给项目，包括3个新建项目、2个续建项目和2个改扩建项目。这些项目不仅数量多，而且覆盖多种能源类型，从传统油气到氢能、电能等新能源，再到甲醇汽车配套服务，构建起“常规能源+新型能源”相结合的供给体系。",
        "玛纳斯县商务局和工业和信息化局商贸股负责人王欢说：“截至目前，6座加油站已完成主体、场地建设及设备安装，进入验收收尾阶段，1座加油站正在申请主体验收。所有项目将于年内陆续竣工投用，将极大提升玛纳斯县综合能源供应保障能力，为县域经济高质量发展注入强劲动力。”",
    ]
    return Article(
        id="a07",
        headline="玛纳斯县7个能源补给项目年内投用",
        section="energy",
        dateline="本报讯",
        byline=Byline([], ["赵善宾"]),
        captions=[Caption("新建的玛纳斯隆盛达西海综合能源站。", ["赵善宾"])],
        paragraphs=paras,
        summary=[
            "进入四季度，玛纳斯县7个重点能源补给项目建设进入冲刺阶段。",
            "截至目前，6座加油站已完成主体、场地建设及设备安装，进入验收收尾阶段，1座加油站正在申请主体验收。",
        ],
        keywords=["能源补给", "加油站", "玛纳斯县"],
        figures=[
            _fig(paras, 0, "7个", 7, "个", "重点能源补给项目"),
            _fig(paras, 3, "80%", 80, "%", "整体建设进度"),
            _fig(paras, 4, "3个", 3, "个", "新建项目"),
            _fig(paras, 4, "2个", 2, "个", "续建项目"),
            _fig(paras, 4, "2个", 2, "个", "改扩建项目", nth=1),
            _fig(paras, 5, "6座", 6, "座", "加油站完成主体建设"),
            _fig(paras, 5, "1座", 1, "座", "加油站申请主体验收"),
        ],
    )


def hightech_article() -> Article:
    paras = [
        "从数字物流平台占据全疆九成市场，到AI智能机器人精准复刻书法大师笔韵；从36个创新平台筑牢根基，到86家高新技术企业梯次成长——今年以来，昌吉国家高新技术产业开发区以“企业创新为点、园区赋能为面”，将科技势能转化为产业升级动能。",
        "这个2019年上线的平台，依托大数据、云计算技术打通“货源—调度—结算”全链条，如今已聚集21万辆注册车辆、21万名司机，服务4000家客户，年货运量达5800万吨，交易额近230亿元。",
        "凭借126项技术专利，企业不仅获评国家5A级物流企业，更牢牢占据全疆网络货运市场90%以上的份额。",
    ]
    return Article(
        id="a01",
        headline="昌吉国家高新区：数字技术研发成果向多领域延伸",
        section="hightech",
        kicker="何以高新",
        byline=Byline(["杨雍", "刘茜"], ["宋华敏"]),
        paragraphs=paras,
        summary=[
            "今年以来，昌吉国家高新技术产业开发区以“企业创新为点、园区赋能为面”，将科技势能转化为产业升级动能。",
            "如今已聚集21万辆注册车辆、21万名司机，服务4000家客户，年货运量达5800万吨，交易额近230亿元。",
        ],
        keywords=["高新区", "数字技术", "物流平台"],
        figures=[
            _fig(paras, 0, "36个", 36, "个", "创新平台"),
            _fig(paras, 0, "86家", 86, "家", "高新技术企业"),
            _fig(paras, 1, "21万辆", 210000, "辆", "注册车辆"),
            _fig(paras, 1, "4000家", 4000, "家", "服务客户"),
            _fig(paras, 1, "5800万吨", 58000000, "吨", "年货运量"),
            _fig(paras, 1, "近230亿元", 23000000000, "元", "交易额", qualifier="近"),
            _fig(paras, 2, "90%以上", 90, "%", "网络货运市场份额", qualifier="以上"),
        ],
    )


def long_article() -> Article:
    paras = [_LONG * 6, "企业的飞速成长，离不开园区的“培土施肥”。", _LONG * 3]
    return Article(
        id="a02",
        headline="园区“培土施肥”助企业成长",
        section="hightech",
        paragraphs=paras,
        summary=["企业的飞速成长，离不开园区的“培土施肥”。"],
        keywords=["园区"],
        figures=[_fig(paras, 0, "12家", 12, "家", "企业实验室")],
    )


def congress_article() -> Article:
    paras = [
        "近日，记者走进木垒县博斯坦乡木拉民族手工艺品有限责任公司的生产车间，只见数台刺绣机正飞快地运转，彩色丝线在布料上穿梭飞舞。",
        "“多亏了党的好政策，让我在家门口就有活干，既能照顾家里，每月还能挣3000多元钱。”绣娘阿尼帕的言语中满是感激。",
        "博斯坦乡距离木垒县城约35公里，多年来主要依靠牧业发展。截至目前，已有53名妇女在该公司稳定就业。",
    ]
    return Article(
        id="a03",
        headline="织就幸福图景 舞动乡村新韵",
        section="congress",
        kicker="走基层 看民主",
        subtitle="——人大代表建议让木垒农牧民幸福底色更足",
        byline=Byline(["付小芳"], []),
        captions=[Caption("木垒县博斯坦乡博斯坦村文化大舞台正在上演塔合麦西热甫。", ["付小芳"])],
        paragraphs=paras,
        summary=["截至目前，已有53名妇女在该公司稳定就业。"],
        keywords=["人大代表", "刺绣"],
        figures=[
            _fig(paras, 1, "3000多元", 3000, "元", "月收入", qualifier="多"),
            _fig(paras, 2, "约35公里", 35, "公里", "距县城", qualifier="约"),
            _fig(paras, 2, "53名", 53, "名", "稳定就业妇女"),
        ],
    )


def eldercare_article() -> Article:
    paras = [
        "截至2024年底，全区已建成医养结合机构37家，二级及以上综合性公立医院老年医学科设置比例达86.34%，各级医疗卫生机构与养老机构签约合作达666对。",
    ]
    return Article(
        id="a04",
        headline="新疆初步建立医养结合服务网络",
        section="eldercare",
        dateline="据新疆日报报道",
        source="新疆日报",
        paragraphs=paras,
        summary=[paras[0]],
        keywords=["医养结合"],
        figures=[
            _fig(paras, 0, "37家", 37, "家", "医养结合机构"),
            _fig(paras, 0, "86.34%", 86.34, "%", "老年医学科设置比例"),
            _fig(paras, 0, "666对", 666, "对", "签约合作"),
        ],
    )


def carbon_article() -> Article:
    paras = [
        "截至10月，奇台县在2025年“双碳”攻坚战中实现关键突破，在昌吉州率先完成年度碳配额履约任务。",
        "该项目每年可减少二氧化碳145吨、氮氧化物483吨、粉尘96吨，节约标煤8万吨。",
    ]
    return Article(
        id="a05",
        headline="奇台县在全州率先完成碳配额清缴",
        section="energy",
        dateline="本报讯",
        byline=Byline([], ["徐媛媛"]),
        paragraphs=paras,
        summary=[paras[0]],
        keywords=["碳配额"],
        figures=[
            _fig(paras, 1, "145吨", 145, "吨", "减少二氧化碳"),
            _fig(paras, 1, "483吨", 483, "吨", "减少氮氧化物"),
            _fig(paras, 1, "96吨", 96, "吨", "减少粉尘"),
        ],
    )


def general_article() -> Article:
    paras = ["近日，呼图壁县一批紫叶稠李苗木顺利出口哈萨克斯坦。", "种植面积达4.4万亩，培育优良品种122个。"]
    return Article(
        id="a06",
        headline="呼图壁县万株苗木出口哈萨克斯坦",
        section="general",
        dateline="本报讯",
        byline=Byline([], ["刘鑫承"]),
        paragraphs=paras,
        summary=[paras[0]],
        keywords=["苗木"],
        figures=[_fig(paras, 1, "4.4万亩", 44000, "亩", "种植面积")],
    )


def markup_article() -> Article:
    return Article(
        id="a08",
        headline="[bold]标记[/bold]不应生效",
        section="general",
        kicker="[/]",
        subtitle="[@click=app.quit]副题[/]",
        paragraphs=[MARKUP_PARAGRAPH, "第二段 [red]不是红色[/red]。"],
        summary=["[bold]x[/bold]"],
        keywords=["[/bold]"],
    )


def newest_edition() -> Edition:
    return Edition(
        id="2025-11-15",
        title="昌吉日报 2025年11月15日",
        date="2025-11-15",
        source_sha256="a" * 64,
        articles=[
            hightech_article(),
            long_article(),
            congress_article(),
            eldercare_article(),
            carbon_article(),
            general_article(),
            energy_article(),
            markup_article(),
        ],
    )


def older_edition() -> Edition:
    paras = ["这是一期较早的报纸，共有两篇文章。"]
    return Edition(
        id="2025-11-08",
        title="昌吉日报 2025年11月8日",
        date="2025-11-08",
        source_sha256="b" * 64,
        articles=[
            Article(id="b01", headline="较早一期的高新区报道", section="hightech", paragraphs=paras),
            Article(id="b02", headline="较早一期的综合新闻", section="general", paragraphs=paras),
        ],
    )


def write_content(root: Path) -> Path:
    from reader.store.editions import write_edition

    root.mkdir(parents=True, exist_ok=True)
    write_edition(root, older_edition())
    write_edition(root, newest_edition())
    return root


# Hypothesis draws new examples on every run: that is how it finds bugs on a
# developer's machine, but a landing must not fail on an example no one has
# seen. CI (.ci/run sets CI=1) runs the same derandomised examples every time
# and keeps no example database; a local run still explores.
hypothesis_settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    hypothesis_settings.load_profile("ci")


def pytest_configure(config):
    """Two costs of pytest's own, per process (pytest's internals: where they
    differ, this does nothing).

    Hypothesis's modules are imported as they are, not assertion-rewritten:
    pytest rewrites the asserts of every module in an installed plugin's
    distribution, for hypothesis its whole package (73 modules), once in every
    xdist worker and once more in the controller when the hypothesis plugin
    writes its summary, about a second each time on this machine. The tests'
    own asserts are rewritten as before."""
    try:
        from _pytest.assertion.rewrite import assertstate_key

        hook = config.stash[assertstate_key].hook
        hook._must_rewrite.discard("hypothesis")
        hook._marked_for_rewrite_cache.clear()
    except (ImportError, KeyError, AttributeError):
        pass
    # At the end pytest collects garbage five times over to surface exceptions
    # raised in __del__ ("unraisable"); in a worker that has run ~1,300 tests
    # each pass walks the whole heap, 2-3 s in all before the run can end.
    # One pass still finds them (pytest's own inner runs use none).
    try:
        from _pytest.unraisableexception import gc_collect_iterations_key

        config.stash[gc_collect_iterations_key] = 1
    except ImportError:
        pass


def pytest_collection_finish(session):
    """What is alive once the tests are collected (modules, Textual,
    hypothesis, the collected tests) lives to the end: freeze it, so the
    collector's full passes during the run (a few dozen per worker) and at its
    end stop walking it again each time."""
    import gc

    gc.collect()
    gc.freeze()


@pytest.hookimpl(optionalhook=True)  # a hook of pytest-xdist's: fine without it (-p no:xdist)
def pytest_xdist_auto_num_workers(config):
    """``pytest -n auto``: one worker more than the cores this process may use.

    The suite waits more than it computes: Pilot tests sleep in Textual's idle
    checks (their CPU time is a quarter of their wall time), the kill and SSH
    tests wait for real processes. With one worker per core, two cores were
    under 60% busy for the whole run (66 s of CPU in 57 s); a third worker
    brings that to about 80% and the run to about 46 s. The environment
    variable PYTEST_XDIST_AUTO_NUM_WORKERS still decides when it is set."""
    if os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS"):
        return None  # pytest-xdist's own hook reads it
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return cores + 1


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    """The long tests first (stable otherwise): under ``pytest -n auto`` a
    30-second test started last would leave the other worker idle."""

    def rank(item) -> int:
        return 0 if item.get_closest_marker("slow") else 1 if item.get_closest_marker("e2e") else 2

    items.sort(key=rank)


@pytest.fixture(scope="session")
def content_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = write_content(tmp_path_factory.mktemp("content-template") / "content")
    # Build the catalogue once so copies start warm.
    from reader.store.library import Library

    Library.open(root).editions()
    return root


def once_per_run(tmp_path_factory: pytest.TempPathFactory, name: str, make) -> Path:
    """``make(path)`` once for the whole run, not once per pytest-xdist worker:
    the workers share the parent of their base temp dirs, the first to get
    there builds ``name`` in it under a lock, the others wait and reuse it."""
    import fcntl
    import shutil

    base = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        base = base.parent
    path, done = base / name, base / f"{name}.done"
    with open(base / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not done.exists():
            shutil.rmtree(path, ignore_errors=True)
            make(path)
            done.touch()
    return path


@pytest.fixture(scope="session")
def seed_content(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed page imported with ``reader import`` (a process, as a person
    runs it), once per run; tests read it and copy it, they do not change it."""
    from e2e import harness

    pages = harness.seed_pages()
    if not pages:
        pytest.fail("no seed page in tests/data/")

    def make(path: Path) -> None:
        r = harness.import_pages(pages[:1], path / "content")
        assert r.returncode == 0, f"reader import failed: {r.stderr or r.stdout}"

    return once_per_run(tmp_path_factory, "seed-content", make) / "content"


@pytest.fixture
def content_dir(tmp_path: Path, content_template: Path) -> Path:
    import shutil

    dest = tmp_path / "content"
    shutil.copytree(content_template, dest)
    return dest


_ENV_DIRS = itertools.count()


@pytest.fixture(autouse=True)
def isolated_env(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fresh, empty state, config and cache folders for every test: in
    ``tmp_path / "env"`` where the test has a tmp_path (some look there);
    otherwise in a numbered folder of their own (a tmp_path for every one of
    the ~1,500 tests, each numbered by listing all made so far, cost about a
    second per worker)."""
    if "tmp_path" in request.fixturenames:
        env = request.getfixturevalue("tmp_path") / "env"
    else:
        env = tmp_path_factory.getbasetemp() / "env" / str(next(_ENV_DIRS))
    for name, sub in (("READER_STATE_DIR", "state"), ("READER_CONFIG_DIR", "config"), ("READER_CACHE_DIR", "cache")):
        d = env / sub
        d.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(name, str(d))
    monkeypatch.delenv("READER_CONTENT", raising=False)
    monkeypatch.delenv("READER_KIOSK", raising=False)
    monkeypatch.delenv("READER_STATE", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    # the default theme depends on the terminal's colours (themes.default_theme_name):
    # tests see a truecolour terminal, whatever TERM the machine running them has
    monkeypatch.setenv("COLORTERM", "truecolor")
    # a test that starts the reader with --cjk-width 2 must not leave it for the next
    from reader import linebreak

    monkeypatch.setattr(linebreak._WIDTH, "ambiguous", linebreak._WIDTH.ambiguous)  # noqa: SLF001
    monkeypatch.delenv("SSH_CONNECTION", raising=False)
    monkeypatch.delenv("SSH_CLIENT", raising=False)
    monkeypatch.delenv("SSH_TTY", raising=False)


@pytest.fixture
def reader_env(content_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """READER_CONTENT pointing at a fresh copy of the fixture content."""
    monkeypatch.setenv("READER_CONTENT", str(content_dir))
    return content_dir


async def press(pilot, *keys: str) -> None:
    """Press keys one at a time, letting the app settle after each (as a person
    types): ``pilot.press`` waits until the app is idle, ``pilot.pause(0)``
    until the screen has handled its pending messages, then repaints it (no
    further idle window: that one only cost 20 ms or more a key)."""
    for k in keys:
        await pilot.press(k)
        await pilot.pause(0)


async def wait_until(pilot, predicate, timeout: float = 10.0) -> None:
    """Let the app run until ``predicate()`` holds (an event, not a fixed sleep)."""
    import time

    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, f"timed out after {timeout} s waiting for {predicate}"
        await pilot.pause(0.01)


async def palette_search(pilot, query: str) -> None:
    """Open the command palette (Ctrl+P) and type ``query``; return once the
    palette's search for exactly that text has finished and its hits are
    drawn (an event, not a fixed sleep). The palette searches in a worker,
    one per keystroke, each cancelling the one before; a finished worker
    leaves ``app.workers``, so the palette's workers are recorded as they start."""
    from textual.command import CommandPalette
    from textual.worker import WorkerState

    await press(pilot, "ctrl+p")
    palette = pilot.app.screen
    assert isinstance(palette, CommandPalette), palette
    started = []
    run_worker = palette.run_worker

    def recording(*args, **kwargs):
        worker = run_worker(*args, **kwargs)
        started.append(worker)
        return worker

    palette.run_worker = recording
    try:
        await pilot.press(*query)
        # Textual's @work describes a worker by its call
        wanted = f"_gather_commands({query.strip()!r})"
        await wait_until(
            pilot, lambda: any(w.description == wanted and w.state == WorkerState.SUCCESS for w in started)
        )
    finally:
        del palette.run_worker
    await pilot.pause()  # the hits laid out and on screen


def screen_text(app) -> str:
    """The current screen as plain text, one line per row (wide chars once)."""
    strips = app.screen._compositor.render_strips()
    return "\n".join("".join(seg.text for seg in strip).rstrip() for strip in strips)


def on_a_terminal(argv: list[str], send: bytes = b"") -> bytes:
    """What ``reader ARGV`` writes to a pseudo-terminal (stdout and stderr both) while it
    runs, ``send`` typed into it first (b"\x04" ends an empty stdin)."""
    import os
    import pty
    import sys

    pid, fd = pty.fork()
    if pid == 0:  # child
        os.execv(
            sys.executable, [sys.executable, "-c", f"from reader.cli import main; raise SystemExit(main({argv!r}))"]
        )
    if send:
        os.write(fd, send)
    out = b""
    while True:
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    os.waitpid(pid, 0)
    return out


def label_of(sentence: str, text: str) -> str:
    """The label of the figure ``text`` in ``sentence`` (the first such figure)."""
    from reader.analysis.figures import find_figures

    found = [f.label for f in find_figures([sentence]) if f.text == text]
    assert found, [f.text for f in find_figures([sentence])]
    return found[0]
