"""Time decay of evidence for the signed graph: older sightings of a relation count for less."""
from __future__ import annotations

from datetime import date, datetime
from typing import Any

import networkx as nx


def decayed_count(data: dict[str, Any], evidence: list[dict[str, Any]], count: int,
           half_life_days: float | None, reference: date | None) -> float:
    """Effective count of an edge: ``count`` itself, or the sum of decayed evidence items."""
    if half_life_days is None or reference is None:
        return float(count)

    def factor(day: date | None) -> float:
        if day is None:
            return 1.0
        return 0.5 ** (max((reference - day).days, 0) / half_life_days)

    dated = [factor(as_date(ev.get("date"), strict=False)) for ev in evidence[:count]]
    # Items counted but not listed (e.g. capped evidence) age like the latest sighting.
    rest = max(count - len(dated), 0) * factor(as_date(data.get("last_seen"), strict=False))
    return float(sum(dated) + rest)


def latest_date(G: nx.MultiDiGraph) -> date | None:
    """The latest date of any edge's evidence: "now" for a graph, so results do not depend on the day."""
    days = [d for _, _, data in G.edges(data=True)
            for d in [as_date(data.get("last_seen"), strict=False)]
            + [as_date(ev.get("date"), strict=False) for ev in data.get("evidence") or []]
            if d is not None]
    return max(days, default=None)


def as_date(value: date | str | None, *, strict: bool = True) -> date | None:
    """Parse an ISO date or datetime (only the date part matters)."""
    if value is None or isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, datetime):
        return value.date()
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        if strict:
            raise ValueError(f"not an ISO date: {value!r}") from None
        return None
