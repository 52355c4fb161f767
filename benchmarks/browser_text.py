"""The text a browser shows for a page: ``document.body.innerText`` from headless Chromium.

The page is loaded from a file with scripts off and the network shut, so that what shows is
the saved page as its markup and inline styles lay it out. Chromium is driven over the
DevTools protocol on a pipe (``--remote-debugging-pipe``): no package beyond the standard
library is needed, only a Chromium or Chrome on the machine.

Usage::

    with BrowserText() as browser:
        text = browser.inner_text(html)
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from types import TracebackType
from typing import Any

__all__ = ["BrowserText", "find_browser"]

_NAMES = ("chromium", "chromium-browser", "google-chrome", "chrome")


def find_browser() -> str | None:
    """The path of a Chromium or Chrome on this machine, if there is one."""
    return next((path for name in _NAMES if (path := shutil.which(name))), None)


def _at_3_and_4(reading: int, writing: int) -> None:
    """In the browser's process: the protocol reads from descriptor 3 and writes to 4."""
    reading, writing = fcntl.fcntl(reading, fcntl.F_DUPFD, 10), fcntl.fcntl(writing, fcntl.F_DUPFD, 10)
    os.dup2(reading, 3)
    os.dup2(writing, 4)


class BrowserText:
    """A headless Chromium that gives the text of pages, one at a time."""

    def __init__(self, executable: str | None = None, timeout: float = 30.0) -> None:
        self.executable = executable or find_browser()
        if self.executable is None:
            raise FileNotFoundError(f"no browser found (looked for {', '.join(_NAMES)})")
        self.timeout = timeout
        self._next = 0

    def __enter__(self) -> BrowserText:
        self._folder = tempfile.TemporaryDirectory(prefix="newsdoc-browser-")
        to_browser_r, self._to_browser = os.pipe()
        self._from_browser, from_browser_w = os.pipe()
        self._process = subprocess.Popen(
            [
                self.executable,  # type: ignore[list-item]
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--remote-debugging-pipe",
                f"--user-data-dir={self._folder.name}/profile",
                "--blink-settings=imagesEnabled=false",
                "about:blank",
            ],
            # Kept open past preexec_fn, which puts the pipe's ends where the protocol wants them.
            pass_fds=(3, 4, to_browser_r, from_browser_w),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            preexec_fn=lambda: _at_3_and_4(to_browser_r, from_browser_w),  # noqa: PLW1509 (a benchmark: one thread)
        )
        os.close(to_browser_r)
        os.close(from_browser_w)
        self._buffer = b""
        target = self._call("Target.createTarget", url="about:blank")["targetId"]
        self._session = self._call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        self._call("Emulation.setScriptExecutionDisabled", session=True, value=True)
        self._call("Network.enable", session=True)
        self._call("Network.setBlockedURLs", session=True, urls=["http://*", "https://*"])
        self._call("Page.enable", session=True)
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self._process.kill()
        self._process.wait()
        os.close(self._to_browser)
        os.close(self._from_browser)
        self._folder.cleanup()

    def inner_text(self, html: str) -> str:
        """The text the browser shows for *html*, as ``document.body.innerText`` gives it."""
        page = Path(self._folder.name) / "page.html"
        page.write_text(html, encoding="utf-8")
        self._call("Page.navigate", session=True, url=page.as_uri(), wait="Page.loadEventFired")
        found = self._call(
            "Runtime.evaluate",
            session=True,
            expression="document.body ? document.body.innerText : ''",
            returnByValue=True,
        )
        return str(found["result"].get("value", ""))

    def _call(self, method: str, *, session: bool = False, wait: str | None = None, **params: Any) -> dict[str, Any]:
        self._next += 1
        message: dict[str, Any] = {"id": self._next, "method": method, "params": params}
        if session:
            message["sessionId"] = self._session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        result: dict[str, Any] | None = None
        waited = wait is None
        while result is None or not waited:
            reply = self._read()
            if reply.get("id") == self._next:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                result = reply["result"]
            elif reply.get("method") == wait:
                waited = True
        return result

    def _read(self) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            chunk = os.read(self._from_browser, 1 << 16)
            if not chunk:
                raise RuntimeError("the browser closed its pipe")
            self._buffer += chunk
        message, _, self._buffer = self._buffer.partition(b"\0")
        loaded: dict[str, Any] = json.loads(message)
        return loaded
