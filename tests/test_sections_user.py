"""A user's own sections: one sections.toml in the config dir with a new
section (体育) is what import, check, `reader sections apply` and `list` use;
a broken one falls back to the bundled sections with a file:line notice;
pinned sections survive apply; old edition files (no section_terms) load."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from reader.cli import main
from reader.sections import bundled_sections_file, load_definition, user_sections_file

SPORTS = """
[[section]]
id = "sports"
name_zh = "体育"
name_en = "Sports"
hotkey = "6"

[section.terms]
"体育" = 2
"比赛" = 2
"冠军" = 2
"足球" = 2
"篮球" = 2
"运动员" = 2
"联赛" = 2
"全运会" = 3
"""

SPORTS_PAGE = (
    "县足球联赛落幕 北庭队夺得冠军\n\n"
    "本报讯（记者 张三）11月20日，县第五届足球联赛决赛在体育中心举行。经过激烈比赛，北庭队以2比1战胜"
    "三台队，夺得冠军。本届联赛共有12支球队、300余名运动员参赛。\n\n"
    "县体育局负责人说，将继续办好篮球、足球等群众体育比赛。\n\n"
    "玛纳斯县7个能源补给项目年内投用\n\n"
    "本报讯 今年玛纳斯县实施的7个能源补给项目，覆盖油、电、气、氢等多种能源类型，"
    "6座加油站已完成主体建设，新能源充电桩同步投用，将提升县域能源保障能力。\n"
)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def write_user_sections(extra: str = SPORTS) -> Path:
    """The bundled file plus ``extra``, as the user's own (conftest points the config dir at a temp dir)."""
    path = user_sections_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    text = bundled_sections_file().read_text("utf-8")
    path.write_text(text + extra, "utf-8")
    return path


def edition_file(content: Path) -> Path:
    (path,) = sorted((content / "editions").glob("*.toml"))
    return path


def sections_of(content: Path) -> dict[str, tuple[str, list[str]]]:
    from reader.store.editions import read_edition

    return {a.headline: (a.section, a.section_terms) for a in read_edition(edition_file(content)).articles}


@pytest.fixture
def page(tmp_path: Path) -> Path:
    p = tmp_path / "sports.txt"
    p.write_text(SPORTS_PAGE, "utf-8")
    return p


# -- the definition -----------------------------------------------------------------


def test_user_file_overrides_the_bundled_one():
    assert load_definition().origin == "bundled"
    path = write_user_sections()
    d = load_definition()
    assert (d.path, d.origin, d.notices) == (path, "user", [])
    assert d.ids == ["hightech", "congress", "eldercare", "energy", "general", "sports"]
    assert d.get("sports").hotkey == "6" and d.catch_all.id == "general"


def test_a_librarys_own_file_is_used_unless_the_user_has_one(tmp_path):
    lib = tmp_path / "content"
    lib.mkdir()
    (lib / "sections.toml").write_text(bundled_sections_file().read_text("utf-8") + SPORTS, "utf-8")
    d = load_definition([lib])
    assert (d.path, d.origin) == (lib / "sections.toml", "content") and "sports" in d.ids
    write_user_sections("")
    assert load_definition([lib]).origin == "user"


def test_bad_toml_falls_back_to_the_bundled_sections_with_a_clear_error():
    path = write_user_sections('\n[[section]]\nid = "sports\n')  # unterminated string
    d = load_definition()
    assert d.origin == "bundled" and d.path == bundled_sections_file()
    (notice,) = d.notices
    lineno = len(path.read_text("utf-8").splitlines())
    assert notice.startswith(f"{path}:{lineno}: not valid TOML")
    assert notice.endswith("(using the bundled sections instead)") and "\n" not in notice


def test_a_section_without_a_hotkey_is_reported_with_its_line():
    path = write_user_sections(
        '\n[[section]]\nid = "sports"\nname_zh = "体育"\nname_en = "Sports"\n[section.terms]\n"足球" = 2\n'
    )
    (notice,) = load_definition().notices
    assert re.match(rf"{re.escape(str(path))}:\d+: section #6 has no 'hotkey'", notice)


# -- import, check, list, apply --------------------------------------------------------


def test_import_files_a_sports_article_under_the_users_section_and_check_accepts_it(tmp_path, capsys, page):
    write_user_sections()
    content = tmp_path / "content"
    code, out, err = run(capsys, "import", str(page), "--content", str(content))
    assert code == 0, err
    got = sections_of(content)
    section, terms = got["县足球联赛落幕 北庭队夺得冠军"]
    assert section == "sports"
    assert {"足球", "联赛", "冠军"} <= set(terms)
    assert got["玛纳斯县7个能源补给项目年内投用"][0] == "energy"
    code, out, err = run(capsys, "check", "--content", str(content))
    assert code == 0, err
    # Without the user's file, the same library is flagged: the section is unknown.
    user_sections_file().unlink()
    code, out, err = run(capsys, "check", "--content", str(content))
    assert code == 1
    assert re.search(
        r"\.toml:\d+: unknown section 'sports': .*sections\.toml defines hightech, .*general "
        r"\(`reader sections apply` re-classifies\)",
        err,
    )


def test_check_reports_a_broken_user_file(tmp_path, capsys):
    path = write_user_sections('\n[[section]]\nid = "sports\n')
    code, out, err = run(capsys, "check", "--content", str(tmp_path / "content"))
    assert code == 1 and err.startswith(f"{path}:") and "not valid TOML" in err


def test_import_with_a_broken_user_file_says_so_and_uses_the_bundled_sections(tmp_path, capsys, page):
    path = write_user_sections('\n[[section]]\nid = "sports\n')
    content = tmp_path / "content"
    code, out, err = run(capsys, "import", str(page), "--content", str(content))
    assert code == 0
    assert f"reader: {path}:" in err and "using the bundled sections instead" in err
    assert sections_of(content)["县足球联赛落幕 北庭队夺得冠军"][0] == "general"


def test_sections_list_shows_the_definition_and_where_it_comes_from(capsys):
    code, out, _ = run(capsys, "sections", "list")
    assert code == 0
    assert f"sections from {bundled_sections_file()} (the bundled default)" in out
    assert "1  hightech" in out and "catch-all" in out and str(user_sections_file()) in out
    path = write_user_sections()
    code, out, _ = run(capsys, "sections", "list")
    assert f"sections from {path} (your own" in out and "6  sports" in out and "体育" in out
    code, out, _ = run(capsys, "sections", "list", "--format", "json")
    doc = json.loads(out)
    assert doc["origin"] == "user" and doc["sections"][-1]["terms"]["全运会"] == 3
    code, out, _ = run(capsys, "sections", "list", "--path", "user")
    assert out.strip() == str(path)


def test_sections_init_copies_the_bundled_file_once(capsys):
    code, out, _ = run(capsys, "sections", "init")
    assert code == 0 and out.strip() == str(user_sections_file())
    assert user_sections_file().read_bytes() == bundled_sections_file().read_bytes()
    code, _, err = run(capsys, "sections", "init")
    assert code == 2 and "already have your own" in err


def test_apply_reclassifies_the_library_and_keeps_pinned_sections(tmp_path, capsys, page):
    content = tmp_path / "content"
    assert run(capsys, "import", str(page), "--content", str(content))[0] == 0
    assert sections_of(content)["县足球联赛落幕 北庭队夺得冠军"][0] == "general"
    # pin the energy article into 综合 by hand, as an editor would
    path = edition_file(content)
    text = path.read_text("utf-8")
    energy_at = text.index('headline = "玛纳斯县7个能源补给项目年内投用"')
    block = text.rfind("[[articles]]", 0, energy_at)
    head = text[block:energy_at].replace('section = "energy"', 'section = "general"\nsection_pinned = true')
    path.write_text(text[:block] + head + text[energy_at:], "utf-8")

    write_user_sections()
    code, out, err = run(capsys, "sections", "apply", "--dry-run", "--content", str(content))
    assert code == 0, err
    assert "general -> sports" in out and "would rewrite 1 file(s)" in out
    assert sections_of(content)["县足球联赛落幕 北庭队夺得冠军"][0] == "general"  # dry run wrote nothing

    code, out, err = run(capsys, "sections", "apply", "--content", str(content))
    assert code == 0, err
    assert re.search(r"general -> sports \(.*足球.*\)  县足球联赛落幕", out)
    assert "1 moved, 1 pinned kept; rewrote 1 file(s)" in out
    got = sections_of(content)
    assert got["县足球联赛落幕 北庭队夺得冠军"][0] == "sports"
    assert got["玛纳斯县7个能源补给项目年内投用"] == ("general", [])  # pinned: kept
    assert not [p for p in (content / "editions").iterdir() if p.name.startswith(".tmp-")]
    # the catalogue and search follow
    code, out, _ = run(capsys, "check", "--content", str(content))
    assert code == 0
    cat = json.loads((content / "catalogue.json").read_text("utf-8"))
    assert any(row[7].get("sports") == 1 for row in cat["editions"])
    code, out, _ = run(capsys, "search", "北庭队", "--content", str(content), "--format", "json")
    assert code == 0 and json.loads(out)[0]["section"] == "sports"
    # a second apply has nothing to do
    code, out, _ = run(capsys, "sections", "apply", "--content", str(content))
    assert "0 moved" in out and "rewrote 0 file(s)" in out


def test_apply_refuses_a_broken_user_file(tmp_path, capsys, page):
    content = tmp_path / "content"
    assert run(capsys, "import", str(page), "--content", str(content))[0] == 0
    before = edition_file(content).read_bytes()
    path = write_user_sections('\n[[section]]\nid = "sports\n')
    code, out, err = run(capsys, "sections", "apply", "--content", str(content))
    assert code == 1 and f"{path}:" in err and "not valid TOML" in err
    assert edition_file(content).read_bytes() == before


def test_apply_leaves_read_only_bundled_editions_alone(tmp_path, capsys, monkeypatch):
    # no --content: the user's library plus the bundled editions; only the library is rewritten
    from reader import paths

    monkeypatch.setattr(paths, "user_content_dir", lambda: tmp_path / "library")
    bundled = sorted((paths.bundled_content_dir() / "editions").glob("*.toml"))
    before = [p.read_bytes() for p in bundled]
    write_user_sections()
    code, out, err = run(capsys, "sections", "apply")
    assert code == 0, err
    assert f"left as they are: {len(bundled)} read-only edition(s) in {paths.bundled_content_dir()}" in out
    assert [p.read_bytes() for p in bundled] == before
    assert not os.path.exists(paths.bundled_content_dir() / "catalogue.json.tmp")
