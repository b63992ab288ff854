"""Read and write the triples JSONL contract (one ``Triple.to_dict()`` per line).

The file is the restartable boundary between extraction and the graph: a
malformed line is reported through ``on_skip`` with its file and line number
and never stops the rest of the file from being read.
"""
from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from .atomic import atomic_write
from .jsonio import InvalidJSON, decode_json
from .ontology import RELATIONS
from .types import ACTOR_TYPES, Skipped, Triple

_TEXT_FIELDS = ("doc_id", "subject", "subject_id", "subject_text", "object", "object_id", "object_text",
                "predicate", "rule", "sentence")
_OPTIONAL_TEXT_FIELDS = ("date", "attribution", "content_hash", "subject_how", "object_how", "event_date",
                         "date_precision")
_SNIFF_BYTES = 1 << 20  # enough for the first record of any sane triples file
# Sharded output (``graphkit extract --executor dask``): DIR/part-00000.jsonl, part-00001.jsonl, ...
SHARD_PATTERN = re.compile(r"part-\d{5,}\.jsonl")


def write_triples(triples: Iterable[Triple], path: str | os.PathLike) -> int:
    """Write *triples* as JSONL to *path* (``"-"`` for stdout) atomically; return how many."""
    n = 0
    with atomic_write(path) as handle:
        for triple in triples:
            handle.write(json.dumps(triple.to_dict(), ensure_ascii=False) + "\n")
            n += 1
    return n


def read_triples(path: str | os.PathLike, *, on_skip: Callable[[Skipped], None] | None = None) -> Iterator[Triple]:
    """Yield the triples in the JSONL file *path*.

    Bad lines (invalid UTF-8 or JSON, missing or mistyped fields, a relation
    outside the ontology) become ``Skipped("file:line", reason)``; a binary
    file is skipped as a whole. Raises ``FileNotFoundError`` only when *path*
    cannot be opened at all.
    """
    name = str(path)
    with open(path, "rb") as handle:
        if b"\x00" in handle.read(8192):
            _report(on_skip, name, "binary file, not triples JSONL")
            return
        handle.seek(0)
        yield from read_triple_lines(handle, name, on_skip=on_skip)


def read_triple_lines(lines: Iterable[bytes], name: str, *,
                      on_skip: Callable[[Skipped], None] | None = None) -> Iterator[Triple]:
    """The triples in raw JSONL *lines* (standard input, say), each line decoded on its own: a bad one is
    reported as ``name:line`` and the others are kept."""
    for lineno, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            triple = _parse_line(raw)
        except ValueError as exc:
            _report(on_skip, f"{name}:{lineno}", str(exc))
            continue
        yield triple


def shard_name(index: int) -> str:
    """The file name of shard *index* in a sharded triples directory."""
    return f"part-{index:05d}.jsonl"


def shard_files(directory: str | os.PathLike) -> list[Path]:
    """The ``part-NNNNN.jsonl`` shards directly inside *directory*, in order ([] when none or not a directory)."""
    root = Path(directory)
    if not root.is_dir():
        return []
    return sorted(p for p in root.iterdir() if SHARD_PATTERN.fullmatch(p.name) and p.is_file())


def is_triples_file(path: str | os.PathLike) -> bool:
    """True when *path* is a ``.jsonl`` file whose first record looks like a triple."""
    p = Path(path)
    if p.suffix.lower() != ".jsonl" or not p.is_file():
        return False
    try:
        with open(p, "rb") as handle:
            for raw in handle.readlines(_SNIFF_BYTES):
                if raw.strip():
                    return is_triple_line(raw)
    except OSError:
        return False
    return False


def is_triple_line(raw: bytes) -> bool:
    """True when the JSONL line *raw* holds a triple (an object with ``relation`` and ``subject_id``)."""
    try:
        record = decode_json(raw)
    except InvalidJSON:
        return False
    return isinstance(record, dict) and "relation" in record and "subject_id" in record


def _load_json(raw: bytes) -> Any:
    """Decode one JSONL line; ``ValueError`` with a short reason otherwise."""
    try:
        return decode_json(raw)  # a byte-order mark (from an editor, on the first line) is not an error
    except InvalidJSON as exc:
        raise ValueError("not valid UTF-8" if exc.not_utf8 else f"invalid JSON ({exc.reason})") from None


def _parse_line(raw: bytes) -> Triple:
    """One JSONL line to a Triple; ``ValueError`` with a short reason otherwise."""
    record = _load_json(raw)
    if not isinstance(record, dict):
        raise ValueError("not a JSON object")
    _check_record(record)
    return Triple.from_dict(record)


def _check_record(record: dict[str, Any]) -> None:
    for key in _TEXT_FIELDS:
        if not isinstance(record.get(key), str):
            raise ValueError(f"missing or non-string field {key!r}")
    for key in _OPTIONAL_TEXT_FIELDS:
        if record.get(key) is not None and not isinstance(record[key], str):
            raise ValueError(f"field {key!r} must be a string or null")
    if record.get("relation") not in RELATIONS:
        raise ValueError(f"unknown relation {record.get('relation')!r}")
    for key in ("subject_type", "object_type"):
        if record.get(key) not in ACTOR_TYPES:
            raise ValueError(f"{key} must be one of {', '.join(ACTOR_TYPES)}")
    for key in ("start", "end"):
        if not isinstance(record.get(key), int) or isinstance(record[key], bool):
            raise ValueError(f"missing or non-integer field {key!r}")
    conf = record.get("confidence")
    if not isinstance(conf, (int, float)) or isinstance(conf, bool) or not 0 <= conf <= 1:
        raise ValueError("confidence must be a number between 0 and 1")
    pol = record.get("polarity")
    if pol not in (1, -1, 0, None) or isinstance(pol, bool):
        raise ValueError("polarity must be 1, -1, 0 or null")


def _report(on_skip: Callable[[Skipped], None] | None, source: str, reason: str) -> None:
    if on_skip is not None:
        on_skip(Skipped(source, reason))
