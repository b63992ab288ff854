"""A small Chrome DevTools Protocol client over --remote-debugging-pipe, for the browser tests and bench.

Drives a real headless Chromium (networking off) without a websocket library: Chromium reads commands
from fd 3 and writes replies to fd 4, each a JSON message ended by a NUL byte. Enough to load a page,
evaluate script, type, click, and take screenshots.
"""
from __future__ import annotations

import base64
import fcntl
import json
import os
import select
import subprocess
import time
from pathlib import Path
from typing import Any

WINDOW = (1300, 800)


class BrowserError(RuntimeError):
    pass


def _high(fd: int) -> int:
    moved = fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 10)
    os.close(fd)
    return moved


class Browser:
    def __init__(self, chromium: str, profile: Path, window: tuple[int, int] = WINDOW):
        to_child_r, self._to_child = os.pipe()
        self._from_child, from_child_w = os.pipe()
        # Move the child's ends above fd 9, so the shell's "3<&" cannot overwrite the other before use.
        to_child_r, from_child_w = (_high(fd) for fd in (to_child_r, from_child_w))
        args = [
            chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--hide-scrollbars", f"--user-data-dir={profile}",
            # Networking off: every request goes to a closed local port, loopback included.
            "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
            f"--window-size={window[0]},{window[1]}", "--remote-debugging-pipe", "about:blank",
        ]
        # bash (dash takes one-digit fds only) puts the pipe ends on the fds Chromium expects (3: commands in, 4: replies out).
        self.proc = subprocess.Popen(["bash", "-c", f'exec "$0" "$@" 3<&{to_child_r} 4>&{from_child_w}', *args],
                                     pass_fds=(to_child_r, from_child_w), stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL)
        os.close(to_child_r)
        os.close(from_child_w)
        self._buffer, self._next_id, self.events = b"", 0, []
        targets = self.call("Target.getTargets")["targetInfos"]
        page = next(t for t in targets if t["type"] == "page")
        self.session = self.call("Target.attachToTarget", targetId=page["targetId"], flatten=True)["sessionId"]
        self.send("Page.enable")
        self.send("Runtime.enable")
        # The window's size is not the page's in headless mode: fix the viewport itself.
        self.send("Emulation.setDeviceMetricsOverride", width=window[0], height=window[1], deviceScaleFactor=1,
                  mobile=False)

    # -- protocol ---------------------------------------------------------------------------------------
    def call(self, method: str, session: str | None = None, timeout: float = 60, **params: Any) -> dict:
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = session
        os.write(self._to_child, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            reply = self._read(deadline)
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise BrowserError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def send(self, method: str, **params: Any) -> dict:
        """A command to the page."""
        return self.call(method, session=self.session, **params)

    def _read(self, deadline: float) -> dict:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._from_child], [], [], left)[0]:
                raise BrowserError("no reply from Chromium in time")
            chunk = os.read(self._from_child, 1 << 20)
            if not chunk:
                raise BrowserError("Chromium closed the pipe")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    # -- page -------------------------------------------------------------------------------------------
    def open(self, page: Path, ready: str = "window.graphkitView !== undefined") -> None:
        self.send("Page.navigate", url=page.as_uri())
        self.wait_for(ready)

    def eval(self, expression: str) -> Any:
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise BrowserError(f"{expression[:80]}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_for(self, expression: str, timeout: float = 30) -> Any:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                value = self.eval(expression)
            except BrowserError:
                value = None
            if value:
                return value
            time.sleep(0.05)
        raise BrowserError(f"timed out waiting for {expression}")

    def errors(self) -> list[str]:
        """Uncaught script errors reported by the page so far."""
        return [e["params"]["exceptionDetails"].get("exception", {}).get("description", "error")
                for e in self.events if e.get("method") == "Runtime.exceptionThrown"]

    def settle(self) -> None:
        """Wait until the page has no pending recomputation (blocs) and two frames were drawn (labels)."""
        self.wait_for("document.getElementById('graph').getAttribute('data-pending') === '0'")
        self.eval("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))")

    def click(self, x: float, y: float) -> None:
        for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left", clickCount=1)

    def hover(self, x: float, y: float) -> None:
        self.send("Input.dispatchMouseEvent", type="mouseMoved", x=x, y=y)

    def type(self, selector: str, text: str) -> None:
        self.eval(f"document.querySelector({json.dumps(selector)}).focus()")
        self.send("Input.insertText", text=text)

    def press(self, key: str) -> None:
        for kind in ("keyDown", "keyUp"):
            self.send("Input.dispatchKeyEvent", type=kind, key=key, code=key,
                      windowsVirtualKeyCode={"Enter": 13, "Escape": 27}.get(key, 0))

    def slide(self, selector: str, value: float) -> None:
        """Move a range input as a user's drag ends: set its value and fire its input event."""
        self.eval(f"(() => {{ const e = document.querySelector({json.dumps(selector)}); e.value = {json.dumps(str(value))};"
                  " e.dispatchEvent(new Event('input', {bubbles: true})); return true; })()")

    def screenshot(self, path: Path) -> None:
        shot = self.send("Page.captureScreenshot", format="png")
        path.write_bytes(base64.b64decode(shot["data"]))

    def close(self) -> None:
        try:
            self.call("Browser.close", timeout=10)
        except BrowserError:
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        os.close(self._to_child)
        os.close(self._from_child)

    def __enter__(self) -> "Browser":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()
