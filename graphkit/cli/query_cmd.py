"""`graphkit query supporters|opposers|relations|path|actor`: thin wrappers over graphkit.query."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Callable, Optional

import networkx as nx
import typer
from rich.table import Table

from ..errors import GraphkitError, UnknownActorError
from ..graph import evidence_date, load_graph
from ..query import Link, actor_profile, opposers, path, relations_between, supporters
from .app import Level, OutputFormat, TABLE_ROWS, fail, out, print_json, query_app, shown
from .filters import GraphFilters, graph_filters

SENTENCE_CHARS = 120
WIDE_TABLE = 100  # terminal columns from which query tables show when each relation was first and last seen

GraphOpt = Annotated[Path, typer.Option("--graph", "-g", envvar="GRAPHKIT_GRAPH",
                                        help="Graph file from 'graphkit build'.")]
LevelOpt = Annotated[Level, typer.Option("--level", help="actor, or country (people rolled up to their country).")]
FormatOpt = Annotated[OutputFormat, typer.Option("--format", "-f", help="table for people, json for machines.")]
LimitOpt = Annotated[Optional[int], typer.Option("--limit", "-n", min=1, help="At most N results "
                                                 f"(default: {TABLE_ROWS} in a table, all in JSON).")]
ActorArg = Annotated[str, typer.Argument(help="Actor id, name or alias (case-insensitive).", metavar="ACTOR")]
ActorA = Annotated[str, typer.Argument(help="First actor: id, name or alias (case-insensitive).", metavar="A")]
ActorB = Annotated[str, typer.Argument(help="Second actor: id, name or alias (case-insensitive).", metavar="B")]


@query_app.command("supporters")
@graph_filters
def supporters_command(actor: ActorArg, graph: GraphOpt = Path("graph.json"), level: LevelOpt = Level.actor,
                       fmt: FormatOpt = OutputFormat.table, limit: LimitOpt = None,
                       filters: GraphFilters = GraphFilters()) -> None:
    """Who supports, supplies or cooperates with ACTOR."""
    links = _ask(graph, filters, lambda G: supporters(G, actor, level=level.value))
    _print_links(links, fmt, limit, title=filters.titled(f"Supporters of {actor}"), counterpart=True)


@query_app.command("opposers")
@graph_filters
def opposers_command(actor: ActorArg, graph: GraphOpt = Path("graph.json"), level: LevelOpt = Level.actor,
                     fmt: FormatOpt = OutputFormat.table, limit: LimitOpt = None,
                     filters: GraphFilters = GraphFilters()) -> None:
    """Who opposes, threatens, sanctions or attacks ACTOR."""
    links = _ask(graph, filters, lambda G: opposers(G, actor, level=level.value))
    _print_links(links, fmt, limit, title=filters.titled(f"Opposers of {actor}"), counterpart=True)


@query_app.command("relations")
@graph_filters
def relations_command(a: ActorA, b: ActorB, graph: GraphOpt = Path("graph.json"), level: LevelOpt = Level.actor,
                      fmt: FormatOpt = OutputFormat.table, limit: LimitOpt = None,
                      filters: GraphFilters = GraphFilters()) -> None:
    """Every relation between A and B, in both directions."""
    links = _ask(graph, filters, lambda G: relations_between(G, a, b, level=level.value))
    _print_links(links, fmt, limit, title=filters.titled(f"Relations between {a} and {b}"))


@query_app.command("path")
@graph_filters
def path_command(a: ActorA, b: ActorB, graph: GraphOpt = Path("graph.json"), level: LevelOpt = Level.actor,
                 fmt: FormatOpt = OutputFormat.table, limit: LimitOpt = None,
                 filters: GraphFilters = GraphFilters()) -> None:
    """A shortest chain of relations linking A and B (direction ignored)."""
    links = _ask(graph, filters, lambda G: path(G, a, b, level=level.value))
    _print_links(links, fmt, limit, title=filters.titled(f"Path from {a} to {b}"))


@query_app.command("actor")
@graph_filters
def actor_command(actor: ActorArg, graph: GraphOpt = Path("graph.json"), level: LevelOpt = Level.actor,
                  fmt: FormatOpt = OutputFormat.table, limit: LimitOpt = None,
                  filters: GraphFilters = GraphFilters()) -> None:
    """What the graph knows about ACTOR: type, country, role, aliases and relations."""
    profile = _ask(graph, filters, lambda G: actor_profile(G, actor, level=level.value),
                   missing=lambda: None)
    if profile is None:
        fail(f"{actor} has no relation in the filtered graph ({filters.describe()})")
    if fmt is OutputFormat.json:
        if limit is not None:
            profile["relations"] = profile["relations"][:limit]
        print_json(profile)
        return
    facts = Table.grid(padding=(0, 2))
    facts.add_column(style="bold")
    facts.add_column()
    country = profile["country_name"] and f"{profile['country_name']} ({profile['country']})"
    members = ", ".join(f"{m['name']} ({m['role']})" if m["role"] else m["name"] for m in profile["members"])
    for label, value in (("name", profile["name"]), ("id", profile["id"]), ("type", profile["type"]),
                         ("country", country), ("role", profile["role"]), ("aliases", ", ".join(profile["aliases"])),
                         ("members", members), ("mentions", str(profile["mentions"])),
                         ("articles", str(len(profile["articles"]))),
                         ("supporters", str(profile["supporters"])), ("opposers", str(profile["opposers"]))):
        if value:
            facts.add_row(label, shown(value))
    out.print(facts)
    links = [Link(**{**r, "articles": tuple(r["articles"]), "evidence": tuple(r["evidence"])})
             for r in profile["relations"]]
    _print_links(links, fmt, limit, title=filters.titled(f"Relations of {profile['name']}"))


def _ask(graph: Path, filters: GraphFilters, question: Callable[[nx.MultiDiGraph], Any],
         missing: Callable[[], Any] = list) -> Any:
    """Load the graph, filter it and answer; any library error becomes one clean line.

    An actor the filters left without any relation is not unknown: the answer is ``missing()`` (no links)
    rather than "unknown actor", whose suggestions would mislead.
    """
    try:
        G = load_graph(graph)
        try:
            return question(filters.apply(G))
        except UnknownActorError:
            if not filters.active:
                raise
            question(G)  # unknown in the whole graph too: that error, with its suggestions
            return missing()
    except GraphkitError as exc:
        fail(str(exc))


def _print_links(links: list[Link], fmt: OutputFormat, limit: int | None, *, title: str,
                 counterpart: bool = False) -> None:
    """JSON list of Link dicts, or a table (counterpart-first for supporters/opposers)."""
    if fmt is OutputFormat.json:
        print_json([link.to_dict() for link in links[:limit]])
        return
    if not links:
        out.print(shown(f"{title}: none found"))
        return
    visible = links[:limit or TABLE_ROWS]
    table = Table(title=shown(title), title_justify="left", show_lines=False)
    if counterpart:
        columns = [("relation", "left"), ("counterpart", "left")]
    else:
        columns = [("subject", "left"), ("relation", "left"), ("object", "left")]
    # first/last seen get a column only where it leaves the evidence room, and when some relation is dated
    wide = out.width >= WIDE_TABLE and any(link.first_seen for link in visible)
    columns += [("count", "right"), ("conf", "right"), *([("seen", "left")] if wide else []), ("evidence", "left")]
    for name, justify in columns:
        table.add_column(name, justify=justify, overflow="fold", no_wrap=name == "relation")
    for link in visible:
        who = [link.relation, shown(link.subject)] if counterpart else [shown(link.subject), link.relation,
                                                                        shown(link.object)]
        when = [shown(_seen(link))] if wide else []
        table.add_row(*who, str(link.count), f"{link.confidence:.2f}", *when, _evidence(link))
    out.print(table)
    if len(links) > len(visible):
        out.print(f"… {len(links) - len(visible)} more (use --limit)")


def _seen(link: Link) -> str:
    """First and last day the relation was seen, one per line (one day once; "" when undated)."""
    first, last = (day[:10] if day else "" for day in (link.first_seen, link.last_seen))
    return first if first == last else f"{first}\n{last}"


def _evidence(link: Link) -> str:
    """Markup: the most confident sentence, then (dimmed) when it happened and where it was read."""
    if not link.evidence:
        return ""
    best = max(link.evidence, key=lambda e: float(e.get("confidence") or 0))
    source = " · ".join(str(part) for part in (evidence_date(best), best.get("url") or best.get("title")
                                               or best.get("doc_id")) if part)
    sentence = shown(cut_sentence(" ".join(str(best.get("sentence", "")).split())))
    return f"{sentence}\n[dim]{shown(source)}[/dim]" if source else sentence


def cut_sentence(text: str) -> str:
    """*text* cut at a word boundary to fit a table cell."""
    if len(text) <= SENTENCE_CHARS:
        return text
    cut = text.rfind(" ", 0, SENTENCE_CHARS)
    return text[:cut if cut > SENTENCE_CHARS // 2 else SENTENCE_CHARS].rstrip(" ,;:") + "…"
