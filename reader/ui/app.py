"""The terminal reader: a thin App around :class:`~reader.ui.screens.main.ReaderScreen`.

``run(args)`` is called by ``reader`` (the CLI has already checked for a
terminal). The start path reads config, themes, the catalogue and the one
edition shown; jieba is never imported here.

(Over 500 lines, for what an App alone can do: the start-up (the collector
paused until the first frame, only the chosen theme read), the debounced save
of the reading state, and the hang-up/termination handling that saves it.
Keys are in reader.ui.keys, which panes show in reader.ui.layout, Textual's
internals in reader.ui.compat.)
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar
from weakref import WeakKeyDictionary

from textual import events
from textual.app import App, SystemCommand
from textual.binding import BindingType
from textual.screen import Screen

from reader.i18n import t
from reader.linebreak import ambiguous_width
from reader.session import Session
from reader.ui import compat, keys
from reader.ui.messages import FirstFrame, LanguageChanged, PickTheme, ReadyForNotices


#: the screen on top when a key came from the terminal (see ReaderApp.on_event)
_KEY_SCREEN: WeakKeyDictionary[events.Key, Screen] = WeakKeyDictionary()


def _reader_commands():
    # imported when the palette first opens, not on the start path
    from reader.ui.commands import ReaderCommands

    return ReaderCommands


#: Textual's own palette commands in the Chinese interface: (title, help)
_SYSTEM_COMMANDS_ZH = {
    "Bell": ("响铃", "让终端响一声"),
    "Quit": ("退出", "立即退出阅读器"),
    "Keys": ("按键", "显示或隐藏当前窗格的按键说明"),
    "Minimize": ("还原", "把放大的窗格还原"),
    "Maximize": ("放大", "放大当前窗格"),
    "Screenshot": ("截图", "把当前屏幕存为 SVG 图片"),
}


def _unchanged(text: str) -> str:
    return text


class ReaderApp(App[None]):
    CSS_PATH = "reader.tcss"
    TITLE = "reader"
    ENABLE_COMMAND_PALETTE = True
    COMMANDS = App.COMMANDS | {_reader_commands}
    BINDINGS: ClassVar[list[BindingType]] = keys.bindings("app")

    def __init__(
        self,
        content: str | os.PathLike[str] | None = None,
        *,
        theme: str | None = None,
        lang: str | None = None,
        animations: bool | None = None,
        state_dir: Path | None = None,
        environ: dict[str, str] | None = None,
        cjk_width: int | str | None = None,
        probe_terminal: bool = False,
    ) -> None:
        self._pause_gc()
        try:
            # App.__init__ builds the stylesheet's variables from Textual's
            # default theme; _set_initial_theme builds them again from ours
            # before the first parse. Generating a theme's colours costs ~1 ms:
            # once is enough.
            self._variables_deferred = True
            super().__init__()
            self._variables_deferred = False
            self._setup(content, theme, lang, animations, state_dir, environ, cjk_width, probe_terminal)
        finally:
            # an app made but never run must not leave the collector off;
            # run_async pauses it again until the first frame
            self.end_startup()

    def _setup(
        self, content, theme, lang, animations, state_dir, environ, cjk_width=None, probe_terminal=False
    ) -> None:
        env = dict(os.environ) if environ is None else environ
        #: run by reader-kiosk (an SSH session on a service account): nothing
        #: the session does may write to the account's files except its state
        self.kiosk = env.get("READER_KIOSK") == "1"
        #: what every toast and error line goes through: in the kiosk, paths and the
        #: account name become descriptions (reader.redact); elsewhere unchanged
        self.redact: Callable[[str], str] = _unchanged
        if self.kiosk:
            from reader import redact

            self.redact = redact.for_environ(env)
        self.startup_notices: list[str] = []
        from reader.config import animations_enabled, load_config, resolve_lang, state_enabled

        config, notices = load_config()
        self.startup_notices.extend(notices)
        self.lang = resolve_lang(lang, config, env)
        anim = animations_enabled(config, animations, env)
        # --cjk-width > config.toml's ambiguous_width > the terminal's answer in a
        # zh/ja/ko locale (run() only: ui/probe.py) > 1: how wide “”—… are drawn
        from reader.linebreak import set_ambiguous_width
        from reader.ui.probe import probe_ambiguous_width, wants_probe

        wide = cjk_width or (config.ambiguous_width if config else None)
        if probe_terminal and wants_probe(wide, env):
            found = probe_ambiguous_width(sys.stdin.fileno(), sys.stdout.fileno())
            if found is None and wide == "auto":
                self.startup_notices.append(t("msg.width_probe_failed", self.lang))
            wide = found
        wide = wide if wide in (1, 2) else 1
        set_ambiguous_width(wide)
        # frames of ASCII (reader.tcss) and every line kept at its width (get_line_filters)
        self.set_class(wide == 2, "-ambiguous-wide")
        save_state = state_enabled(config, env)
        self.config = config
        if not anim:
            self.animation_level = "none"
        # every change to the reading state comes back through _schedule_save
        self.session = Session(content, state_dir=state_dir, save_state=save_state, on_change=self._schedule_save)
        self.startup_notices.extend(self.session.notices)
        self._save_timer = None
        self._saving = False
        self._all_themes = None
        self._themes_module = None
        self._load_themes(theme, env)
        if config is not None and config.keymap:
            self.set_keymap(dict(config.keymap))
        keys.localize(self, self.lang, self.session.sections)

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: Any = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None:
        """Every toast, whoever raises it: control characters out (a notice may
        carry a file name with an escape sequence in it), paths out in the
        kiosk, and never parsed as markup (``[bold]`` in a name stays text)."""
        from reader.sanitize import clean

        super().notify(
            self.redact(clean(str(message))),
            title=self.redact(clean(title)),
            severity=severity,
            timeout=timeout,
            markup=False,
        )

    def action_screenshot(self, filename: str | None = None, path: str | None = None) -> None:
        """Save an SVG of the screen in a folder that exists (``screenshots`` in
        config.toml, else the folder the reader was started in; Textual's own
        default, ~/Downloads, is often missing on a server) and say where."""
        folder = Path(os.path.expanduser(path or getattr(self.config, "screenshots", None) or os.getcwd()))
        if not folder.is_dir():
            self.notify(t("msg.screenshot_no_folder", self.lang, folder=str(folder)), severity="error", timeout=6)
            return
        try:
            saved = self.save_screenshot(filename, str(folder))
        except OSError as exc:
            self.notify(
                t("msg.screenshot_failed", self.lang, folder=str(folder), problem=exc.strerror or str(exc)),
                severity="error",
                timeout=6,
            )
            return
        self.notify(t("msg.screenshot_saved", self.lang, path=str(saved)), timeout=6)

    # -- start-up ----------------------------------------------------------------------

    #: the collector is paused while the App is made and from its run to its first frame
    _gc_paused = False

    async def run_async(self, *args: Any, **kwargs: Any) -> Any:
        self._pause_gc()
        try:
            return await super().run_async(*args, **kwargs)
        finally:
            self.end_startup()

    def _pause_gc(self) -> None:
        """Pause Python's cyclic garbage collector while the first screen is built.

        Building it allocates tens of thousands of objects (styles, strips,
        the edition); the collector, triggered by the allocation count, scans
        them and everything imported, again and again: 4 ms of a one-edition
        start, and a full collection (17 ms) when the start still built all
        3,650 catalogue entries of an archive. Nothing made here is garbage
        yet, so the pause costs no memory worth the name. Textual pauses it the same way during smooth
        scrolls (``App.PAUSE_GC_ON_SCROLL``). Paused in ``__init__`` (resumed
        at its end) and in :meth:`run_async` (``run()`` goes through it) until
        :meth:`end_startup`: the first frame, a 1 s timer, or the exit.
        """
        import gc

        if gc.isenabled() and not ReaderApp._gc_paused:
            gc.disable()
            ReaderApp._gc_paused = True
            self._paused_gc_here = True

    def end_startup(self) -> None:
        """The first screen is up (or the app is leaving): resume the collector."""
        if getattr(self, "_paused_gc_here", False):
            import gc

            self._paused_gc_here = False
            ReaderApp._gc_paused = False
            gc.enable()

    # -- themes ------------------------------------------------------------------------

    def _load_themes(self, requested: str | None, env: dict[str, str] | None = None) -> list[str]:
        """Register the theme to start with; the others load when first needed.

        Parsing and validating every theme file costs more than the rest of
        the start, so only the chosen theme's file is read here (bundled
        ``<name>.toml`` or the user's); anything unusual falls back to
        :func:`reader.ui.themes.load_themes`.
        """
        from reader.ui import themes as th

        self._themes_module = th
        self._check_user_themes()
        name = requested or self.session.theme or (self.config.theme if self.config else None)
        # nothing chosen: newsprint, or on a 16-colour terminal (the Linux console,
        # TERM=xterm without a colour hint) the terminal's own palette
        theme = self._quick_theme(name or th.default_theme_name(env))
        if theme is None:
            self._load_all_themes()
            chosen, notice = th.resolve_theme(name, self._all_themes, lang=self.lang)
            if notice and (requested or (self.config and self.config.theme == name)):
                self.startup_notices.append(notice)
            self._set_initial_theme(chosen.name)
        else:
            self.register_theme(theme)
            self._set_initial_theme(theme.name)
        return []

    def _set_initial_theme(self, name: str) -> None:
        """Set the theme before the stylesheet is first built (one parse, not two)."""
        compat.set_theme_before_first_parse(self, name)

    def _check_user_themes(self) -> None:
        """The user's own theme files are validated at start (their problems are
        notices the user should see now); the bundled ones only when needed."""
        th = self._themes_module
        directory = th.user_themes_dir()
        try:
            files = sorted(p for p in directory.iterdir() if p.suffix == ".toml" and not p.name.startswith("."))
        except OSError:
            return
        for path in files[:64]:
            theme, notices = th.load_theme_file(path)
            self.startup_notices.extend(notices)
            if theme is not None:
                self.register_theme(theme)

    def _quick_theme(self, name: str):
        th = self._themes_module
        import re

        if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}", name):
            return None
        if name in self.available_themes and name not in ("textual-dark", "textual-light"):
            registered = self.available_themes[name]
            if (th.user_themes_dir() / f"{name}.toml").is_file():
                return registered  # a user theme, checked by _check_user_themes
        path = self._bundled_themes_dir() / f"{name}.toml"
        if path.is_file():
            theme, notices = th.load_theme_file(path)
            if theme is None or theme.name != name or notices:
                return None  # let the full loader report it properly
            return theme
        return None

    @staticmethod
    def _bundled_themes_dir() -> Path:
        from reader import paths

        return paths.bundled_themes_dir()

    def _load_all_themes(self) -> None:
        if getattr(self, "_all_themes", None) is not None:
            return
        th = self._themes_module
        themes, notices = th.load_themes()
        self._all_themes = themes
        for notice in notices:
            if self.is_running:
                self.notify(notice, severity="warning", markup=False, timeout=8)
            else:
                self.startup_notices.append(notice)
        current = self.theme
        for t_ in themes.values():
            if t_.name != current:
                self.register_theme(t_)
        self._theme_names_cache = sorted(themes, key=lambda n: (n != th.DEFAULT_THEME, n))

    @property
    def theme_names(self) -> list[str]:
        """Every theme the reader offers (loads them all on first use)."""
        if getattr(self, "_themes_module", None) is None:
            return [self.theme]
        self._load_all_themes()
        return list(self._theme_names_cache)

    def get_css_variables(self) -> dict[str, str]:
        if getattr(self, "_variables_deferred", False):
            return {}  # App.__init__: see __init__
        th = getattr(self, "_themes_module", None)
        if th is None:
            return super().get_css_variables()
        variables = th.cached_variables(self.current_theme, super().get_css_variables)
        self.theme_variables = variables  # as App.get_css_variables sets it
        return th.with_app_variables(variables)

    def watch_theme(self, theme_name: str) -> None:
        # remember an explicit choice (the picker, the palette)
        if getattr(self, "session", None) is not None and self.is_running:
            self.session.set_theme(theme_name)

    def action_pick_theme(self) -> None:
        from reader.ui.screens.modals import ThemeScreen

        self.push_screen(ThemeScreen(self.theme_names, self.theme, self.lang))

    def on_pick_theme(self, _message: PickTheme) -> None:
        self.action_pick_theme()

    # -- screens --------------------------------------------------------------------------

    def get_default_screen(self) -> Screen:
        from reader.ui.screens.main import ReaderScreen

        self.session.start_edition()
        screen = ReaderScreen(self.session)
        keys.localize(screen, self.lang, self.session.sections)
        return screen

    async def on_event(self, event: events.Event) -> None:
        """Keys typed in one burst reach the screen they were typed for.

        Textual forwards a key to the focused widget at once and resolves its
        bindings only when it bubbles back up to the app, against whichever
        screen is on top *then*. In a burst (``?3``, ``/nyj``, Esc and a key:
        over SSH one read holds them all) the key after the one that opens a
        screen was forwarded to the old screen's widget and came back to find
        the new one on top, whose bindings do not know it: it was dropped.
        Such a key is sent again, as if just typed, to the screen now on top."""
        if isinstance(event, events.Key):
            if not event.is_forwarded:
                _KEY_SCREEN[event] = self.screen
            elif _KEY_SCREEN.get(event, self.screen) is not self.screen:
                self.post_message(events.Key(event.key, event.character))
                return
        await super().on_event(event)

    def on_first_frame(self, _message: FirstFrame) -> None:
        self.end_startup()

    def on_ready_for_notices(self, _message: ReadyForNotices) -> None:
        self.show_startup_notices()

    def show_startup_notices(self) -> None:
        """Once the reading screen is up (toasts raised earlier never show)."""
        if getattr(self, "_notices_shown", False):
            return
        self._notices_shown = True
        seen = set()
        for notice in self.startup_notices + [n for n in self.session.notices if n not in self.startup_notices]:
            if notice and notice not in seen:
                seen.add(notice)
                self.notify(notice, severity="warning", markup=False, timeout=8)
        if self.config is not None and self.config.keymap:
            from reader.config import keymap_notices

            for notice in keymap_notices(self.config, self.binding_ids()):
                self.notify(notice, severity="warning", markup=False, timeout=8)

    def binding_ids(self) -> set[str]:
        """Every binding id ``[keymap]`` may name (the section keys included)."""
        return keys.binding_ids(len(self.session.sections))

    def get_system_commands(self, screen: Screen):
        """Textual's system commands in the palette, less two.

        * "Theme": the reader's own commands list its themes by name (one
          theme list, not two, and the reader's list remembers the choice).
        * "Screenshot" in a kiosk: it writes an SVG into ``~/Downloads`` of
          the service account, a file the SSH user can neither see nor remove.
        """
        dropped = {"Theme"}
        if self.kiosk:
            dropped.add("Screenshot")
        for cmd in super().get_system_commands(screen):
            if cmd.title not in dropped:
                words = _SYSTEM_COMMANDS_ZH.get(cmd.title) if self.lang == "zh" else None
                yield SystemCommand(words[0], words[1], cmd.callback, cmd.discover) if words else cmd

    # -- what Textual draws ------------------------------------------------------------------

    #: made on first use, on a terminal that draws ambiguous characters wide
    _wide_filter: Any = None

    def get_line_filters(self):
        """Textual's filters, and on a terminal that draws “”—…▏ two cells
        wide (``ambiguous_width = 2``) the one that keeps every line at its width."""
        filters = super().get_line_filters()
        if ambiguous_width() != 2:
            return filters
        if self._wide_filter is None:
            from reader.ui.text import AmbiguousWideFilter

            self._wide_filter = AmbiguousWideFilter()
        return [*filters, self._wide_filter]

    def action_command_palette(self) -> None:
        """Textual's palette, its search box prompting in the reader's language."""
        from textual.command import CommandPalette

        if self.use_command_palette and not CommandPalette.is_open(self):
            self.push_screen(CommandPalette(id="--command-palette", placeholder=t("palette.placeholder", self.lang)))

    def action_show_help_panel(self) -> None:
        """Textual's key panel, its keys described in the reader's language:
        Textual's own scrolling and editing keys too (keys.TEXTUAL_ZH).
        Localized when it opens, not on the start path."""
        keys.localize_tree(self.screen, self.lang, self.session.sections)
        super().action_show_help_panel()

    # -- language --------------------------------------------------------------------------

    def toggle_language(self) -> None:
        self.lang = "en" if self.lang == "zh" else "zh"
        keys.localize(self, self.lang, self.session.sections)
        for screen in self.screen_stack:
            keys.localize_tree(screen, self.lang, self.session.sections)
            screen.post_message(LanguageChanged(self.lang))  # the reading screen relabels itself
        self.refresh_bindings()

    # -- state ------------------------------------------------------------------------------

    #: seconds a change waits before the state is written, so a burst of
    #: changes is written once; a theme choice or a scroll waits longer (the
    #: picker previews themes as the cursor moves). Tests set them near zero.
    SAVE_DELAY_S = 0.5
    SAVE_DELAY_LATER_S = 2.0

    def _schedule_save(self, later: bool = False) -> None:
        """Save the reading state soon (debounced): the session's ``on_change``,
        the one place a save is scheduled (screens change the state through
        the session and never ask for a save)."""
        if self._save_timer is not None:
            self._save_timer.stop()
        self._save_timer = self.set_timer(self.SAVE_DELAY_LATER_S if later else self.SAVE_DELAY_S, self._save_now)

    @property
    def save_pending(self) -> bool:
        """A debounced save is waiting (tests wait for this to turn False)."""
        return self._save_timer is not None

    def _save_now(self) -> None:
        self._save_timer = None
        if not self._write_state() and not getattr(self, "_save_warned", False):
            self._save_warned = True
            self.notify(
                t("msg.state_readonly", self.lang, path=str(self.session.state_path), reason="I/O error"),
                severity="warning",
                markup=False,
            )

    def _capture_position(self) -> None:
        """Copy the open article's scroll position into the state (just before
        a save: the session does not call back)."""
        from reader.ui.screens.main import ReaderScreen

        for screen in self.screen_stack:
            if isinstance(screen, ReaderScreen) and screen.article is not None:
                body = screen.query_one("#body")
                self.session.scrolled(screen.article.id, body.top_line, body.anchor, notify=False)

    def _write_state(self) -> bool:
        # a signal handler may run in the middle of a save (see _on_exit_signal)
        self._saving = True
        try:
            return self.session.save()
        finally:
            self._saving = False

    def save_state(self) -> None:
        self._capture_position()
        if self._save_timer is not None:
            self._save_timer.stop()
            self._save_timer = None
        self._write_state()

    async def action_quit(self) -> None:
        self.save_state()
        self.exit()

    def on_mount(self) -> None:
        self._install_signal_handlers()
        # the reading screen ends the start-up at its first frame; should that
        # never come (an error, a changed Textual), this does it anyway
        self.set_timer(1.0, self.end_startup)

    def on_unmount(self) -> None:
        self.end_startup()
        self.save_state()
        self._restore_signal_handlers()

    # -- hang-up and termination ----------------------------------------------------------

    #: signals that end the reader with its state saved: SIGHUP (the terminal
    #: or the SSH connection is gone), SIGTERM (shutdown, an administrator)
    EXIT_SIGNALS = ("SIGHUP", "SIGTERM")
    #: seconds the clean exit may take after such a signal before the process
    #: ends anyway (the state is already on disk; a dead terminal can block
    #: the writes that restore it)
    EXIT_GRACE_S = 3.0

    def _install_signal_handlers(self) -> None:
        """SIGHUP/SIGTERM save the state, then exit cleanly.

        ``signal.signal`` rather than ``loop.add_signal_handler``: a Python
        handler runs in the main thread even while it is blocked (Textual's
        output queue is full once a dead terminal stopped its writer thread),
        where a loop callback would wait forever.
        """
        import signal
        import threading

        self._signal_exit: int | None = None
        self._previous_handlers: dict[int, Any] = {}
        self._wakeup: tuple[int, int] | None = None
        if threading.current_thread() is not threading.main_thread():
            return
        self._wake_the_loop_on_signals()
        for name in self.EXIT_SIGNALS:
            sig = getattr(signal, name, None)
            if sig is None:  # pragma: no cover - not on this platform
                continue
            try:
                self._previous_handlers[sig] = signal.signal(sig, self._on_exit_signal)
            except (OSError, ValueError):  # pragma: no cover
                pass

    def _wake_the_loop_on_signals(self) -> None:
        """A signal may land in any thread (Textual's input thread sits in
        ``select``); Python runs the handler only when the main thread runs
        bytecode, and an idle event loop waits in ``epoll`` with no timeout.
        ``signal.set_wakeup_fd`` makes the C handler write to a pipe the loop
        watches, so the main thread wakes and runs the handler at once. (Without
        it, about one hang-up in twenty left the reader running on a dead
        terminal: bench/kill_state.py.)"""
        import asyncio
        import signal

        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # pragma: no cover - not inside the loop
            return
        r, w = os.pipe()
        os.set_blocking(r, False)
        os.set_blocking(w, False)
        try:
            previous = signal.set_wakeup_fd(w, warn_on_full_buffer=False)
        except (ValueError, OSError):  # pragma: no cover
            os.close(r)
            os.close(w)
            return
        if previous != -1:  # someone else (asyncio's own signal handling) already wakes the loop
            signal.set_wakeup_fd(previous)
            os.close(r)
            os.close(w)
            return

        def drain() -> None:
            try:
                while os.read(r, 512):
                    pass
            except (BlockingIOError, OSError):
                pass

        loop.add_reader(r, drain)
        self._wakeup = (r, w)

    def _restore_signal_handlers(self) -> None:
        import signal

        wakeup = getattr(self, "_wakeup", None)
        if wakeup is not None:
            self._wakeup = None
            try:
                signal.set_wakeup_fd(-1)
                loop = compat.event_loop(self)
                if loop is not None:
                    loop.remove_reader(wakeup[0])
            except (ValueError, OSError, RuntimeError):  # pragma: no cover
                pass
            for fd in wakeup:
                try:
                    os.close(fd)
                except OSError:  # pragma: no cover
                    pass

        for sig, handler in getattr(self, "_previous_handlers", {}).items():
            try:
                signal.signal(sig, handler if handler is not None else signal.SIG_DFL)
            except (OSError, ValueError, TypeError):  # pragma: no cover
                pass
        self._previous_handlers = {}

    def _on_exit_signal(self, signum: int, _frame: Any = None) -> None:
        import signal

        code = 128 + signum
        if getattr(self, "_signal_exit", None) is not None:
            os._exit(code)  # a second signal: stop waiting for the clean exit
        self._signal_exit = signum
        # On a hang-up the kernel sends SIGCONT too, and Textual's SIGCONT
        # handler would re-enter application mode on the dead terminal.
        try:
            signal.signal(signal.SIGCONT, signal.SIG_DFL)
        except (AttributeError, OSError, ValueError):  # pragma: no cover
            pass
        # 1. The state, synchronously and first: the debounced save may still
        # be waiting, and nothing after this is sure to run. (If this handler
        # interrupted a save, that save finishes first and the exit saves again.)
        if not getattr(self, "_saving", False):
            try:
                self._capture_position()
            except Exception:
                pass
            try:
                self._write_state()
            except Exception:
                pass
        # 2. A clean exit (restores the terminal, if there still is one), but
        # never longer than EXIT_GRACE_S.
        if not self.is_headless:
            import threading

            timer = threading.Timer(self.EXIT_GRACE_S, os._exit, (code,))
            timer.daemon = True
            timer.start()
        try:
            import asyncio

            loop = compat.event_loop(self) or asyncio.get_event_loop()
            loop.call_soon_threadsafe(self.exit, None, code)
        except Exception:
            os._exit(code)


def run(args: Any) -> int:
    """Run the reader in this terminal; return the exit code."""
    app = ReaderApp(
        getattr(args, "content", None),
        theme=getattr(args, "theme", None),
        lang=getattr(args, "lang", None),
        animations=getattr(args, "animations", None),
        cjk_width=getattr(args, "cjk_width", None),
        probe_terminal=True,  # the CLI has checked there is a terminal
    )
    app.run()
    return app.return_code or 0
