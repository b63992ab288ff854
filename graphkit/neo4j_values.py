"""What Neo4j can receive, checked before anything is sent: a push never stops half-way on a value.

Pure (no driver import), so the CLI can check ``--param`` values without the optional driver.
Each check returns why a value cannot be sent, as a phrase that follows "is", or ``None``.
"""
from __future__ import annotations

import itertools
from datetime import date
from typing import Any

from .jsonio import SURROGATE

# Neo4j 5 refuses to index a string longer than this many UTF-8 bytes (the range index key limit,
# measured on 5.26); actor ids and names and article ids are indexed, so longer ones cannot be stored.
MAX_INDEXED_BYTES = 8164
# Lists and maps nested in a query parameter: the driver packs them recursively.
MAX_PARAMETER_DEPTH = 64
INT64_MIN, INT64_MAX = -(2 ** 63), 2 ** 63 - 1
NOT_UNICODE = "not Unicode text (it holds a lone surrogate, e.g. from bytes that are not UTF-8)"
OUT_OF_RANGE = "a number outside Neo4j's 64-bit integer range"


def text_problem(text: str) -> str | None:
    """Why the driver could not encode *text* (lone surrogates cannot be written as UTF-8)."""
    return NOT_UNICODE if SURROGATE.search(text) else None


def parameter_problem(value: Any) -> str | None:
    """Why *value* cannot be sent as a query parameter: bad text, an integer out of range, too deep."""
    stack = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if depth > MAX_PARAMETER_DEPTH:
            return f"nested more than {MAX_PARAMETER_DEPTH} lists or maps deep"
        if isinstance(item, str):
            problem = text_problem(item)
            if problem:
                return problem
        elif isinstance(item, int) and not isinstance(item, bool) and not INT64_MIN <= item <= INT64_MAX:
            return OUT_OF_RANGE
        elif isinstance(item, list):
            stack.extend((v, depth + 1) for v in item)
        elif isinstance(item, dict):
            stack.extend((k, depth + 1) for k in item)
            stack.extend((v, depth + 1) for v in item.values())
    return None


def storable_column(values: list[Any], *, indexed: bool = False) -> bool:
    """A quick yes for a whole column of property values (one field of every row), in a few passes in C:
    a push checks every value it sends. ``False`` means: look value by value with :func:`property_problem`.
    """
    kinds = set(map(type, values)) - {type(None)}
    if kinds == {list}:
        values = list(itertools.chain.from_iterable(v for v in values if v is not None))
        kinds = set(map(type, values))
        if len(kinds) > 1 and not kinds <= {int, float}:
            return False  # a list of mixed items, or lists of different kinds: maybe fine, maybe not
    if kinds <= {str}:
        texts = [v for v in values if v]
        if indexed and texts and max(map(len, texts)) * 4 > MAX_INDEXED_BYTES:  # at most 4 bytes a character
            return False
        return not SURROGATE.search("\n".join(texts))
    if kinds <= {date}:
        return True
    if kinds <= {int, float, bool}:
        ints = [v for v in values if type(v) is int]
        return not ints or (INT64_MIN <= min(ints) and max(ints) <= INT64_MAX)
    return False


def property_problem(value: Any, *, indexed: bool = False) -> str | None:
    """Why *value* cannot be stored as a property (``None`` means "no property" and is fine).

    Neo4j stores text, numbers, booleans, dates and lists of one of those (no nulls, no nesting); an
    *indexed* string must also fit the index.
    """
    if isinstance(value, dict):
        return "an object (Neo4j stores no maps as properties)"
    if isinstance(value, list):
        kinds = {_kind(item) for item in value}
        if None in kinds or len(kinds) > 1:
            return "a list Neo4j cannot store (its items must be all text, all numbers, all booleans or all dates)"
        return next((p for p in (property_problem(item) for item in value) if p), None)
    if isinstance(value, str):
        problem = text_problem(value)
        # At most 4 bytes a character: most strings are cleared without encoding them.
        if problem is None and indexed and len(value) * 4 > MAX_INDEXED_BYTES:
            size = len(value.encode("utf-8"))
            if size > MAX_INDEXED_BYTES:
                problem = f"{size:,} bytes long, over the {MAX_INDEXED_BYTES:,} Neo4j can index"
        return problem
    if isinstance(value, date):
        return None
    return parameter_problem(value)


def _kind(item: Any) -> str | None:
    if isinstance(item, bool):
        return "boolean"
    if isinstance(item, (int, float)):
        return "number"
    if isinstance(item, date):
        return "date"
    return "text" if isinstance(item, str) else None
