"""A bounded memo for look-ups asked again and again on a long run (names, words)."""
from __future__ import annotations

from typing import Callable, Hashable, MutableMapping, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

MEMO_SIZE = 50_000  # answers a memo keeps; it is emptied when full, so memory stays bounded on any corpus


def remembered(memo: MutableMapping[K, V], key: K, find: Callable[[K], V], size: int = MEMO_SIZE) -> V:
    """``find(key)``, kept in *memo* for the next time it is asked."""
    if key in memo:
        return memo[key]
    if len(memo) >= size:
        memo.clear()
    found = memo[key] = find(key)
    return found
