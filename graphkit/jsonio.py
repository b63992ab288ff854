"""The one JSON decoder for files graphkit reads (articles, triples, gold files, graphs), and a
streaming reader for large JSON lists.

It turns the ways decoding fails into one exception with a short reason: bytes that are not
UTF-8, text that is not JSON, JSON nested too deeply for the C decoder (which raises
``RecursionError``, not ``JSONDecodeError``), and a ``\\ud800``-style escape of a lone surrogate.
Python's decoder accepts the last, but the string it makes cannot be encoded as UTF-8 again, so
every later write (a JSONL line, a graph file, a Neo4j parameter) would crash: every string this
module returns is valid Unicode. Callers word the message for their own context.
"""
from __future__ import annotations

import codecs
import json
import re
from typing import IO, Any, Iterator

NOT_UTF8 = "not UTF-8 text"
TOO_DEEP = "nested too deeply"
TOO_LONG = "a number too long to read"  # Python refuses integers over 4,300 digits (a ValueError)
LONE_SURROGATE = "a lone surrogate escape such as \\ud800 (not Unicode text)"
JSON_CHUNK = 1 << 16  # characters read at a time when streaming a JSON file
_NESTING = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}\n]')
# A surrogate escape, or a raw surrogate in text handed over as str: only then is a decoded value walked.
_MAYBE_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]|[\ud800-\udfff]")
SURROGATE = re.compile("[\ud800-\udfff]")  # a lone surrogate: text that is not Unicode


class InvalidJSON(ValueError):
    """Why a JSON text could not be decoded: *reason* is one phrase; *line*/*column* when known."""

    def __init__(self, reason: str, line: int | None = None, column: int | None = None):
        super().__init__(reason)
        self.reason, self.line, self.column = reason, line, column

    @property
    def not_utf8(self) -> bool:
        return self.reason == NOT_UTF8


class JSONStreamError(Exception):
    """A JSON file being streamed cannot go on: *reason* at *line*."""

    def __init__(self, line: int, reason: str):
        super().__init__(f"line {line}: {reason}")
        self.line, self.reason = line, reason


def decode_json(data: bytes | str) -> Any:
    """The JSON value in *data* (bytes are UTF-8, with an optional byte-order mark)."""
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise InvalidJSON(NOT_UTF8) from None
    try:
        value = json.loads(data)
    except json.JSONDecodeError as exc:
        raise InvalidJSON(exc.msg, exc.lineno, exc.colno) from None
    except RecursionError:
        raise InvalidJSON(TOO_DEEP, deepest_line(data)) from None
    except ValueError:
        raise InvalidJSON(TOO_LONG) from None
    if _MAYBE_SURROGATE.search(data) and has_lone_surrogate(value):
        raise InvalidJSON(LONE_SURROGATE)
    return value


def has_lone_surrogate(value: Any) -> bool:
    """Whether a string anywhere in *value* (keys included) holds a surrogate code point.

    Decoded JSON pairs escaped surrogates into one character, so any surrogate left is a lone one.
    Walked with a stack: a value nested as deeply as the C decoder allows would overflow recursion.
    """
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if SURROGATE.search(item):
                return True
        elif isinstance(item, dict):
            stack.extend(item)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


def deepest_line(text: str) -> int:
    """The first line where *text* reaches its deepest bracket nesting (strings skipped)."""
    depth = deepest = 0
    line = where = 1
    for match in _NESTING.finditer(text):
        char = match.group()
        if char == "\n":
            line += 1
        elif char in "[{":
            depth += 1
            if depth > deepest:
                deepest, where = depth, line
        elif char in "]}":
            depth -= 1
    return where


def json_items(handle: Utf8Reader, *, max_item_chars: int) -> Iterator[tuple[int, Any]]:
    """Decode a JSON list item by item (or a single object), yielding (line, item).

    Only the item being decoded is held in memory, so a large export streams. Raises
    :class:`JSONStreamError` at the first item that cannot be decoded (or is over *max_item_chars*).
    """
    for line, item in _json_items(handle, max_item_chars):
        if has_lone_surrogate(item):
            raise JSONStreamError(line, f"invalid JSON: {LONE_SURROGATE}")
        yield line, item


def _json_items(handle: Utf8Reader, max_item_chars: int) -> Iterator[tuple[int, Any]]:
    decoder = json.JSONDecoder()
    buf, pos, line, eof = "", 0, 1, False

    def fill() -> bool:
        nonlocal buf, pos, eof
        pending = len(buf) - pos
        if pending > max_item_chars:
            raise JSONStreamError(line, "JSON record too large")
        # Read at least as much as is pending, so re-decoding a long item stays linear overall.
        chunk = handle.read(max(JSON_CHUNK, pending))
        buf, pos = buf[pos:] + chunk, 0
        eof = not chunk
        return bool(chunk)

    def skip_space() -> None:
        nonlocal pos, line
        while True:
            while pos < len(buf) and buf[pos] in " \t\n\r":
                line += buf[pos] == "\n"
                pos += 1
            if pos < len(buf) or not fill():
                return

    def decode() -> Any:
        nonlocal pos, line
        while True:
            try:
                item, end = decoder.raw_decode(buf, pos)
            except json.JSONDecodeError as exc:
                if not eof and fill():
                    continue
                where = line + buf.count("\n", pos, exc.pos)
                raise JSONStreamError(where, f"invalid JSON: {exc.msg}") from None
            except (RecursionError, ValueError) as exc:
                raise JSONStreamError(line, f"invalid JSON: {TOO_DEEP if isinstance(exc, RecursionError) else TOO_LONG}") from None
            # A value touching the end of the buffer (a number, say) may continue in the next chunk.
            if end == len(buf) and not eof and fill():
                continue
            line += buf.count("\n", pos, end)
            pos = end
            return item

    skip_space()
    if buf[pos:pos + 1] != "[":
        start, item = line, decode()
        skip_space()
        if pos < len(buf):
            raise JSONStreamError(line, "invalid JSON: extra data after the record")
        yield start, item
        return
    pos += 1
    skip_space()
    if buf[pos:pos + 1] == "]":
        return
    while True:
        start = line
        yield start, decode()
        skip_space()
        if buf[pos:pos + 1] == "]":
            return
        if buf[pos:pos + 1] != ",":
            raise JSONStreamError(line, "invalid JSON: expected ',' or ']' in the list")
        pos += 1
        skip_space()


class Utf8Reader:
    """``read(size)`` over a binary file, decoding UTF-8 as it goes; a bad byte stops the file at its line."""

    def __init__(self, raw: IO[bytes]):
        self._raw = raw
        self._decoder = codecs.getincrementaldecoder("utf-8")()
        self._line = 1  # line of the next byte to read (split characters never hold a newline)
        self._first = True

    def read(self, size: int) -> str:
        """Up to about *size* characters; ``""`` only at the end of the file."""
        while True:  # a chunk may end inside a character (or the BOM) and decode to nothing yet
            chunk = self._raw.read(size)
            pending = self._decoder.getstate()[0]  # a character split across chunks
            try:
                text = self._decoder.decode(chunk, final=not chunk)
            except UnicodeDecodeError as exc:
                line = self._line + (pending + chunk).count(b"\n", 0, exc.start)
                raise JSONStreamError(line, "not UTF-8") from None
            self._line += chunk.count(b"\n")
            if self._first and text:
                text, self._first = text.removeprefix("\ufeff"), False
            if text or not chunk:
                return text
