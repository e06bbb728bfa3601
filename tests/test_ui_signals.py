"""A hang-up that lands in another thread still ends the reader at once.

The kernel delivers a process signal to whichever thread it likes; Textual's
input thread sits in ``select`` most of the time. Python runs the handler only
when the main thread runs bytecode, and an idle event loop waits in ``epoll``
until its next timer. bench/kill_state.py caught the reader still running on a
dead terminal 10 s after about one hang-up in twenty; the reader now gives the
C-level handler a wakeup fd the loop watches (``signal.set_wakeup_fd``)."""

from __future__ import annotations

import asyncio
import os
import signal
import threading
import time
from types import SimpleNamespace

from reader.ui.app import ReaderApp


def _time_to_handle(wake: bool) -> float:
    async def main() -> float:
        loop = asyncio.get_running_loop()
        handled = asyncio.Event()
        holder = SimpleNamespace(_wakeup=None)
        previous = signal.signal(signal.SIGUSR1, lambda *_: loop.call_soon_threadsafe(handled.set))
        try:
            if wake:
                ReaderApp._wake_the_loop_on_signals(holder)  # type: ignore[arg-type]
                assert holder._wakeup is not None
            release = threading.Event()
            bystander = threading.Thread(target=release.wait, args=(10,), daemon=True)  # blocked, like the input thread
            bystander.start()
            await asyncio.sleep(0.1)
            sent = time.monotonic()
            signal.pthread_kill(bystander.ident, signal.SIGUSR1)  # type: ignore[arg-type]
            try:
                await asyncio.wait_for(handled.wait(), timeout=2.0)  # the loop's only timer: 2 s away
            except asyncio.TimeoutError:
                pass
            release.set()
            return time.monotonic() - sent
        finally:
            signal.signal(signal.SIGUSR1, previous)
            if holder._wakeup is not None:
                signal.set_wakeup_fd(-1)
                loop.remove_reader(holder._wakeup[0])
                for fd in holder._wakeup:
                    os.close(fd)

    return asyncio.run(main())


def test_a_signal_delivered_to_another_thread_wakes_the_idle_loop() -> None:
    assert _time_to_handle(wake=True) < 0.5
