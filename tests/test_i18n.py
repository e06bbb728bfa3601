"""Interface labels: both languages have the same keys and format fields, and
a missing label falls back instead of crashing."""

from __future__ import annotations

import string

from hypothesis import given
from hypothesis import strategies as st

from reader import i18n
from reader.i18n import LABELS, normalize_lang, t, theme_label

# Keys the app relies on (the brief's list); renaming one breaks the app.
REQUIRED = [f"pane.{k}" for k in ("sections", "articles", "article", "summary", "figures", "keywords")] + [
    "msg.too_small",
    "msg.no_editions",
    "msg.state_corrupt",
    "msg.theme_fallback",
    "msg.search_min",
    "msg.no_results",
    "help.title",
]


def _fields(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f}


def test_both_languages_have_the_same_keys():
    assert set(LABELS) == {"zh", "en"}
    assert set(LABELS["zh"]) == set(LABELS["en"])


def test_both_languages_have_the_same_format_fields():
    for key in LABELS["zh"]:
        assert _fields(LABELS["zh"][key]) == _fields(LABELS["en"][key]), key


def test_required_keys_exist_and_are_translated():
    for key in REQUIRED:
        zh, en = t(key, "zh"), t(key, "en")
        assert zh != key and en != key, key
        assert any("\u4e00" <= c <= "\u9fff" for c in zh), (key, zh)
        assert en.isascii() or "×" in en or "…" in en, (key, en)


def test_known_labels():
    assert t("pane.sections", "zh") == "栏目" and t("pane.sections", "en") == "Sections"
    assert t("msg.no_results", "zh") == "无结果"
    assert t("msg.too_small", "zh", width=80, height=24).startswith("请放大终端窗口")
    assert t("msg.too_small", "en", width=80, height=24).endswith("(at least 80×24)")
    assert t("msg.results", "en", count=3) == "3 results"


def test_missing_label_falls_back_to_the_other_language_then_the_key(monkeypatch):
    monkeypatch.setitem(LABELS, "zh", {k: v for k, v in LABELS["zh"].items() if k != "pane.summary"})
    assert t("pane.summary", "zh") == "Summary"
    assert t("pane.nonexistent", "zh") == "pane.nonexistent"
    assert t("pane.nonexistent", "en") == "pane.nonexistent"


def test_missing_format_field_stays_visible_instead_of_crashing():
    assert t("msg.results", "en") == "{count} results"
    assert t("msg.theme_fallback", "en", name="x") == "Theme 'x' not found; using {fallback}."


def test_language_codes():
    assert normalize_lang("zh_CN.UTF-8") == "zh"
    assert normalize_lang("en-GB") == "en"
    assert normalize_lang(None) == "zh"
    assert normalize_lang("fr") == "zh"
    assert t("pane.article", "en_US") == "Article"


def test_theme_labels():
    assert theme_label("newsprint", "zh") == "报纸"
    assert theme_label("high-contrast", "en") == "High contrast"
    assert theme_label("my-sepia", "zh") == "my-sepia"  # user themes show their own name


def test_every_bundled_theme_has_a_label():
    from reader import paths

    for f in paths.bundled_themes_dir().glob("*.toml"):
        assert f"theme.{f.stem}" in LABELS["zh"], f.stem


@given(
    key=st.text(max_size=30),
    lang=st.one_of(st.none(), st.text(max_size=8)),
    value=st.one_of(st.integers(), st.text(max_size=10)),
)
def test_t_never_raises(key, lang, value):
    out = t(key, lang, count=value, name=value)
    assert isinstance(out, str)


def test_keys_lists_every_label():
    assert i18n.keys() == set(LABELS["zh"]) | set(LABELS["en"])


def test_labels_can_use_key_as_a_format_field():
    # e.g. "no bookmarks yet: press {key} on an article"
    from reader.i18n import t

    assert "B" in t("msg.no_bookmarks", "en", key="B")
    assert "B" in t("msg.no_bookmarks", "zh", key="B")
