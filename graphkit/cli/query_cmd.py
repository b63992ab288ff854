"""`graphkit query supporters|opposers|relations|path|actor`: thin wrappers over graphkit.query."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Callable, Optional

import networkx as nx
import typer
from rich.table import Table

from ..errors import GraphkitError
from ..graph import load_graph
from ..query import Link, actor_profile, opposers, path, relations_between, supporters
from .app import Level, OutputFormat, TABLE_ROWS, fail, out, print_json, query_app, shown

SENTENCE_CHARS = 120

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
def supporters_command(actor: ActorArg, graph: GraphOpt = Path("graph.json"), level: LevelOpt = Level.actor,
                       fmt: FormatOpt = OutputFormat.table, limit: LimitOpt = None) -> None:
    """Who supports, supplies or cooperates with ACTOR."""
    links = _ask(graph, lambda G: supporters(G, actor, level=level.value))
    _print_links(links, fmt, limit, title=f"Supporters of {actor}", counterpart=True)


@query_app.command("opposers")
def opposers_command(actor: ActorArg, graph: GraphOpt = Path("graph.json"), level: LevelOpt = Level.actor,
                     fmt: FormatOpt = OutputFormat.table, limit: LimitOpt = None) -> None:
    """Who opposes, threatens, sanctions or attacks ACTOR."""
    links = _ask(graph, lambda G: opposers(G, actor, level=level.value))
    _print_links(links, fmt, limit, title=f"Opposers of {actor}", counterpart=True)


@query_app.command("relations")
def relations_command(a: ActorA, b: ActorB, graph: GraphOpt = Path("graph.json"), level: LevelOpt = Level.actor,
                      fmt: FormatOpt = OutputFormat.table, limit: LimitOpt = None) -> None:
    """Every relation between A and B, in both directions."""
    links = _ask(graph, lambda G: relations_between(G, a, b, level=level.value))
    _print_links(links, fmt, limit, title=f"Relations between {a} and {b}")


@query_app.command("path")
def path_command(a: ActorA, b: ActorB, graph: GraphOpt = Path("graph.json"), level: LevelOpt = Level.actor,
                 fmt: FormatOpt = OutputFormat.table, limit: LimitOpt = None) -> None:
    """A shortest chain of relations linking A and B (direction ignored)."""
    links = _ask(graph, lambda G: path(G, a, b, level=level.value))
    _print_links(links, fmt, limit, title=f"Path from {a} to {b}")


@query_app.command("actor")
def actor_command(actor: ActorArg, graph: GraphOpt = Path("graph.json"), level: LevelOpt = Level.actor,
                  fmt: FormatOpt = OutputFormat.table, limit: LimitOpt = None) -> None:
    """What the graph knows about ACTOR: type, country, role, aliases and relations."""
    profile = _ask(graph, lambda G: actor_profile(G, actor, level=level.value))
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
    _print_links(links, fmt, limit, title=f"Relations of {profile['name']}")


def _ask(graph: Path, question: Callable[[nx.MultiDiGraph], Any]) -> Any:
    """Load the graph and answer; any library error becomes one clean line."""
    try:
        return question(load_graph(graph))
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
        columns = [("relation", "left"), ("counterpart", "left"), ("count", "right"), ("evidence", "left")]
    else:
        columns = [("subject", "left"), ("relation", "left"), ("object", "left"), ("count", "right"),
                   ("evidence", "left")]
    for name, justify in columns:
        table.add_column(name, justify=justify, overflow="fold")
    for link in visible:
        sentence = shown(_sentence(link))
        if counterpart:
            table.add_row(link.relation, shown(link.subject), str(link.count), sentence)
        else:
            table.add_row(shown(link.subject), link.relation, shown(link.object), str(link.count), sentence)
    out.print(table)
    if len(links) > len(visible):
        out.print(f"… {len(links) - len(visible)} more (use --limit)")


def _sentence(link: Link) -> str:
    """The most confident evidence sentence, whitespace-collapsed and cut at a word boundary."""
    if not link.evidence:
        return ""
    best = max(link.evidence, key=lambda e: float(e.get("confidence") or 0))
    text = " ".join(str(best.get("sentence", "")).split())
    if len(text) <= SENTENCE_CHARS:
        return text
    cut = text.rfind(" ", 0, SENTENCE_CHARS)
    return text[:cut if cut > SENTENCE_CHARS // 2 else SENTENCE_CHARS].rstrip(" ,;:") + "…"
