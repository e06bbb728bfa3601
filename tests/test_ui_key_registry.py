"""reader/ui/keys.py is the one registry of key bindings: every BINDINGS list is
built from it, and the help screen, the footer labels, the palette and the
``[keymap]`` check read it."""

from __future__ import annotations

import importlib
import os
import pkgutil
from collections import Counter
from pathlib import Path

from conftest import press, screen_text
from textual.binding import Binding

import reader.ui
from reader.config import keymap_notices, load_config
from reader.ui import keys
from reader.ui.app import ReaderApp
from reader.ui.screens.main import ReaderScreen
from reader.ui.widgets.panes import ArticleList

SIZE = (100, 60)


def _classes_with_bindings() -> dict[str, type]:
    out = {}
    for info in pkgutil.walk_packages(reader.ui.__path__, prefix="reader.ui."):
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if isinstance(value, type) and value.__module__ == info.name and "BINDINGS" in vars(value):
                out[f"{info.name}.{value.__qualname__}"] = value
    return out


def test_every_bindings_list_is_a_scope_of_the_registry():
    classes = _classes_with_bindings()
    assert len(classes) >= 8  # the app, the reading screen, the list, the body, four modals
    used = set()
    for name, cls in classes.items():
        bound = list(cls.BINDINGS)
        assert all(isinstance(b, Binding) and b.id for b in bound), name
        assert {b.id for b in bound} <= keys.binding_ids(), name  # every id is in the registry
        scope = next((s for s in keys.SCOPES if keys.bindings(s) == bound), None)
        assert scope is not None, f"{name}.BINDINGS is not keys.bindings(<scope>)"
        used.add(scope)
    assert used == set(keys.SCOPES)


def test_no_scope_binds_a_key_twice():
    for scope in keys.SCOPES:
        counts = Counter(k.strip() for row in keys.KEYS if row.scope == scope for k in row.keys.split(","))
        assert [k for k, n in counts.items() if n > 1] == [], scope
        ids = Counter(row.id for row in keys.KEYS if row.scope == scope)
        assert [i for i, n in ids.items() if n > 1] == [], scope


def test_every_binding_says_what_it_does_in_both_languages():
    assert {row.id for row in keys.KEYS} == set(keys.WORDS)  # no binding without words, no words without a binding
    assert {row.scope for row in keys.KEYS} == set(keys.SCOPES)
    for binding_id, (zh, en) in keys.WORDS.items():
        assert any("\u4e00" <= c <= "\u9fff" for c in zh), binding_id
        assert en.isascii() and en, binding_id
        assert keys.label(binding_id, "zh") == zh and keys.label(binding_id, "en") == en
    assert keys.label("quit", "zh") == "退出" and keys.label("quit", "en_US.UTF-8") == "Quit"
    assert keys.label("prev_edition", "zh") == "上一期" and keys.label("next_edition", "zh") == "下一期"
    assert keys.label("fly", "zh") is None and keys.label("section_1", "zh") is None  # no sections given


def test_registry_is_cheap_to_import():
    import subprocess
    import sys

    code = (
        "import sys; import reader.ui.keys\n"
        "print(','.join(m for m in ('jieba', 'reader.analysis', 'reader.store', 'sqlite3') if m in sys.modules) or '-')"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "-"


def test_keymap_ids_are_the_registry_and_the_sections(tmp_path: Path):
    config_file = tmp_path / "config.toml"
    config_file.write_text('[keymap]\nsection_5 = "a"\nsection_6 = "b"\nsummary = "z"\nfly = "f"\n', "utf-8")
    config, notices = load_config(config_file)
    assert notices == []
    problems = keymap_notices(config, keys.binding_ids(5))
    assert [p.split("[keymap] ")[1] for p in problems] == [
        "unknown binding id 'section_6' ignored",
        "unknown binding id 'fly' ignored",
    ]


async def test_help_lists_every_binding_of_its_scopes(content_dir: Path) -> None:
    for lang in ("zh", "en"):
        app = ReaderApp(str(content_dir), animations=False, lang=lang)
        async with app.run_test(size=SIZE) as pilot:
            await press(pilot, "question_mark")
            text = screen_text(app)
            for row in keys.KEYS:
                if row.scope in keys.HELP_SCOPES:
                    assert keys.label(row.id, lang) in text, (lang, row.id)
            for section in app.session.sections:
                assert f"{section.hotkey} " in text and section.name(lang) in text


async def test_keymap_rebinds_a_key_and_names_an_unknown_id(content_dir: Path) -> None:
    cfg = Path(os.environ["READER_CONFIG_DIR"])
    (cfg / "config.toml").write_text('[keymap]\nnext_article = "x"\nsection_4 = "v"\nfly = "f"\n', "utf-8")
    app = ReaderApp(str(content_dir), animations=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert any("[keymap] unknown binding id 'fly' ignored" in m for m in messages), messages
        assert not any("next_article" in m or "section_4" in m for m in messages)
        await press(pilot, "v")  # section 4 (energy) by its new key
        screen = app.screen
        assert isinstance(screen, ReaderScreen) and screen.section == "energy"
        await press(pilot, "enter")
        first = screen.article.id
        await press(pilot, "n")  # no longer bound
        assert screen.article.id == first
        await press(pilot, "x")
        assert screen.article.id != first
        assert isinstance(app.focused, type(app.query_one("#body")))


async def test_footer_labels_follow_the_language(content_dir: Path) -> None:
    app = ReaderApp(str(content_dir), animations=False, lang="en")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        footer = screen_text(app).splitlines()[-1]
        for binding_id in ("summary", "figures", "search", "editions", "theme", "help", "quit"):
            assert keys.label(binding_id, "en") in footer, binding_id
        app.toggle_language()
        await pilot.pause()
        footer = screen_text(app).splitlines()[-1]
        for binding_id in ("summary", "figures", "search", "editions", "theme", "help", "quit"):
            assert keys.label(binding_id, "zh") in footer, binding_id
        assert isinstance(app.query_one("#articles"), ArticleList)


def test_the_keymap_documentation_names_every_binding_id():
    doc = (Path(__file__).resolve().parents[1] / "docs" / "themes.md").read_text("utf-8")
    missing = [binding_id for binding_id in sorted(keys.WORDS) if f"`{binding_id}`" not in doc]
    assert missing == [], f"add these [keymap] ids to docs/themes.md: {missing}"
