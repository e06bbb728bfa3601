"""config.toml: parsing, one-line file:line notices for bad content, language
from the locale, animations off over SSH unless asked for."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader import paths
from reader.config import (
    DEFAULT_CONFIG,
    Config,
    animations_enabled,
    config_path,
    default_lang,
    is_ssh,
    keymap_notices,
    load_config,
    resolve_lang,
    state_enabled,
    write_default_config,
)


def _write(text: str | bytes) -> Path:
    p = config_path()
    p.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        p.write_bytes(text)
    else:
        p.write_text(text, "utf-8")
    return p


def test_config_lives_in_the_config_dir():
    assert config_path() == paths.config_dir() / "config.toml"


def test_no_file_means_defaults_and_no_notice():
    config, notices = load_config()
    assert notices == []
    assert (config.theme, config.lang, config.keymap, config.animations, config.state) == (None, None, {}, None, True)


def test_full_config_is_read():
    _write(
        'theme = "dark"\nlanguage = "en"\nanimations = false\nstate = false\n\n'
        '[keymap]\ndown = "j, down"\nup = "k,up"\n"next_article" = "n"\n'
    )
    config, notices = load_config()
    assert notices == []
    assert config.theme == "dark"
    assert config.lang == "en"
    assert config.animations is False
    assert config.state is False
    # spaces after commas would become part of the key name in Textual's keymap
    assert config.keymap == {"down": "j,down", "up": "k,up", "next_article": "n"}


def test_language_accepts_locale_spellings():
    _write('language = "zh_CN.UTF-8"\n')
    assert load_config()[0].lang == "zh"
    _write('lang = "EN"\n')
    assert load_config()[0].lang == "en"


def test_malformed_toml_gives_one_notice_and_defaults():
    p = _write('theme = "dark"\nlanguage = zh\n')
    config, notices = load_config()
    assert config == Config()
    [n] = notices
    assert n.startswith(f"{p}:2: not valid TOML")
    assert "quotes" in n and "\n" not in n


def test_each_bad_value_is_a_notice_on_its_line_and_the_rest_is_kept():
    p = _write(
        "theme = 3\n"  # 1
        'language = "fr"\n'  # 2
        'animations = "yes"\n'  # 3
        "state = 1\n"  # 4
        'colour = "red"\n'  # 5
        "\n"  # 6
        "[keymap]\n"  # 7
        'down = "j,down"\n'  # 8
        "up = 5\n"  # 9
        'top = "g g"\n'  # 10
        'bottom = ""\n'  # 11
        '"bad id!" = "x"\n'  # 12
    )
    config, notices = load_config()
    assert config.theme is None and config.lang is None and config.animations is None and config.state is True
    assert config.keymap == {"down": "j,down"}
    expected = {
        1: "theme",
        2: "language",
        3: "animations",
        4: "state",
        5: "unknown setting 'colour'",
        9: "[keymap] up",
        10: "[keymap] top",
        11: "[keymap] bottom",
        12: "'bad id!'",
    }
    assert len(notices) == len(expected), notices
    for line, words in expected.items():
        assert any(n.startswith(f"{p}:{line}: ") and words in n for n in notices), (line, notices)


def test_theme_name_must_look_like_a_name():
    p = _write('theme = "../../etc/passwd"\n')
    config, [n] = load_config()
    assert config.theme is None and n.startswith(f"{p}:1: ")


def test_keymap_that_is_not_a_table():
    p = _write('keymap = "vim"\n')
    config, [n] = load_config()
    assert config.keymap == {} and n.startswith(f"{p}:1: keymap must be a table")


def test_not_utf8_and_directory_are_notices_not_crashes():
    p = _write(b'theme = "dark"\nlanguage = "\xd6\xd0"\n')
    config, [n] = load_config()
    assert config == Config() and n.startswith(f"{p}:2: ") and "UTF-8" in n
    p.unlink()
    p.mkdir()
    config, [n] = load_config()
    assert config == Config() and n.startswith(f"{p}: ")


def test_explicit_path(tmp_path):
    p = tmp_path / "other.toml"
    p.write_text('theme = "ansi"\n', "utf-8")
    assert load_config(p)[0].theme == "ansi"
    assert load_config(str(p))[0].theme == "ansi"


def test_keymap_notices_point_at_unknown_binding_ids():
    p = _write('[keymap]\ndown = "j"\nfly = "f"\n')
    config, notices = load_config()
    assert notices == []
    [n] = keymap_notices(config, ["down", "up"])
    assert n.startswith(f"{p}:3: ") and "'fly'" in n
    assert keymap_notices(config, ["down", "fly"]) == []


# --------------------------------------------------------------------------
# language


@pytest.mark.parametrize(
    "environ,lang",
    [
        ({}, "zh"),
        ({"LANG": "zh_CN.UTF-8"}, "zh"),
        ({"LANG": "zh_TW.Big5"}, "zh"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8"}, "zh"),
        ({"LANG": "POSIX"}, "zh"),
        ({"LANG": "C"}, "zh"),
        ({"LANG": "zh_CN.UTF-8", "LC_ALL": "en_GB.UTF-8"}, "en"),  # LC_ALL wins
        ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "zh_CN.UTF-8"}, "zh"),  # LC_MESSAGES before LANG
        ({"LANG": "en_US.UTF-8", "LC_ALL": ""}, "en"),  # empty LC_ALL is unset
    ],
)
def test_default_lang_from_locale(environ, lang):
    assert default_lang(environ) == lang


def test_resolve_lang_precedence():
    en_locale = {"LANG": "en_US.UTF-8"}
    assert resolve_lang(None, None, en_locale) == "en"
    assert resolve_lang(None, Config(lang="zh"), en_locale) == "zh"
    assert resolve_lang("en", Config(lang="zh"), {}) == "en"


# --------------------------------------------------------------------------
# SSH and animations


def test_is_ssh():
    assert not is_ssh({})
    assert is_ssh({"SSH_CONNECTION": "10.0.0.1 5555 10.0.0.2 22"})
    assert is_ssh({"SSH_TTY": "/dev/pts/3"})
    assert not is_ssh({"SSH_TTY": ""})


def test_animations_off_over_ssh_unless_asked_for():
    ssh = {"SSH_CONNECTION": "10.0.0.1 5555 10.0.0.2 22"}
    assert animations_enabled(Config(), None, {}) is True
    assert animations_enabled(Config(), None, ssh) is False
    assert animations_enabled(Config(animations=True), None, ssh) is True  # config turns them on
    assert animations_enabled(Config(animations=False), None, {}) is False
    assert animations_enabled(Config(animations=True), False, {}) is False  # --no-animations wins
    assert animations_enabled(Config(animations=False), True, ssh) is True  # --animations wins
    assert animations_enabled(None, None, ssh) is False


def test_animations_from_a_config_file_over_ssh():
    _write("animations = true\n")
    config, _ = load_config()
    assert animations_enabled(config, None, {"SSH_TTY": "/dev/pts/0"}) is True


def test_reader_state_off_overrides_config():
    assert state_enabled(Config(), {}) is True
    assert state_enabled(Config(state=False), {}) is False
    assert state_enabled(None, {}) is True
    for off in ("off", "OFF", "false", "0", "no"):
        assert state_enabled(Config(state=True), {"READER_STATE": off}) is False, off
    # nothing but "off" (and its spellings) turns it off; nothing turns a config's false on
    assert state_enabled(Config(), {"READER_STATE": "on"}) is True
    assert state_enabled(Config(state=False), {"READER_STATE": "on"}) is False


# --------------------------------------------------------------------------


def test_default_config_file_is_all_defaults_and_kept():
    p = write_default_config()
    assert p == config_path() and p.read_text("utf-8") == DEFAULT_CONFIG
    config, notices = load_config()
    assert notices == [] and config == Config()
    p.write_text('theme = "dark"\n', "utf-8")
    write_default_config()  # does not clobber the user's file
    assert load_config()[0].theme == "dark"
    write_default_config(overwrite=True)
    assert load_config()[0].theme is None
