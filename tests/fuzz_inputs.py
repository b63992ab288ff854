"""What the fuzz suites share: hypothesis settings, hostile text and JSON, and the promises every command keeps.

``GRAPHKIT_FUZZ_EXAMPLES`` raises the number of generated cases (``make fuzz``); the default keeps
``make test`` quick.
"""
from __future__ import annotations

import os
import socket

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from graphkit.cli import app

EXAMPLES = int(os.environ.get("GRAPHKIT_FUZZ_EXAMPLES", "12"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
GOOD = "Iran sent drones to Russia. France condemned Russia over the strikes."
_CHARS = ["\x00", "\x07", "\x08", "\x1b]0;x\x07", "\x1b[2J", "\u202e", "\u200b", "\ufeff", "\ud7ff", "\U0001f600",
          "\r", "\t", "\"", "'", "<", "&", "=", "[/bold]", "{", "}"]
# Lone surrogates: what Python makes of a JSON escape like "\ud800" or of a file name that is not UTF-8.
HOSTILE_CHARS = st.sampled_from(_CHARS + ["\ud800", "\udcff"])
HOSTILE_TEXT = st.lists(st.one_of(st.text(max_size=12), HOSTILE_CHARS), max_size=12).map("".join)
# Hostile but valid Unicode (st.text() never makes surrogates): what a store must give back unchanged.
UNICODE_TEXT = st.lists(st.one_of(st.text(max_size=12), st.sampled_from(_CHARS)), max_size=12).map("".join)
# Strings written to break out of a query, a JSON string, an HTML element or a script.
INJECTIONS = st.sampled_from([
    "'}) DETACH DELETE n //", '"}) MATCH (n) DETACH DELETE n //', "`) DETACH DELETE n //", "$rows", "${x}",
    "\\", "\\u0000", "\\ud800", "MATCH (n) DETACH DELETE n", "CALL dbms.shutdown()", "\u2028\u2029",
    "</script><script>window.__pwned=1</script>", "<!--<script>", "<img src=x onerror=window.__pwned=1>",
    "javascript:window.__pwned=1", "{{DATA}}", "$&", "]]>", "\u202eevil\u202c", "\x00\x1b[31m",
])
HOSTILE_STRINGS = st.lists(st.one_of(UNICODE_TEXT, INJECTIONS), min_size=1, max_size=3).map("".join)
JSON_VALUES = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | HOSTILE_TEXT,
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(HOSTILE_TEXT, inner, max_size=3),
                           max_leaves=8)
STDERR_PREFIXES = ("error:", "skipped:", "skipped ", "articles read", "wrote")  # "skipped N; …" under -q

runner = CliRunner()


def run(*args: str, env: dict[str, str] | None = None):
    """Run the CLI in-process; assert the promises every command keeps whatever its input."""
    result = runner.invoke(app, [str(a) for a in args], env=env)
    assert result.exit_code in (0, 1, 2), (args, result.exit_code, result.output)
    assert "Traceback" not in result.output
    if result.exception is not None:
        assert isinstance(result.exception, SystemExit), repr(result.exception)
    for line in result.stderr.splitlines():
        assert line.startswith(STDERR_PREFIXES), line
    if result.exit_code:
        assert result.stderr.count("error:") == 1, result.stderr  # one line for the one problem that stopped it
    return result


@pytest.fixture
def no_network(monkeypatch):
    """Fail on any connection or name lookup in this process; also records them, in case a library
    swallows the exception. Yields the list of attempts, which must stay empty."""
    attempts: list[str] = []

    def refuse(what: str):
        def refused(*args, **kwargs):
            attempts.append(f"{what} {args!r:.200}")
            raise AssertionError(f"network access attempted: {attempts[-1]}")
        return refused

    monkeypatch.setattr(socket.socket, "connect", refuse("connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("connect_ex"))
    monkeypatch.setattr(socket.socket, "sendto", refuse("sendto"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    yield attempts
    assert attempts == []
