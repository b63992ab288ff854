"""Push a graphkit graph to Neo4j and run the statements in ``cypher/``.

The only module that imports the ``neo4j`` driver. Every statement graphkit sends
is a file in the cypher directory (the package's ``graphkit/cypher``, or ``$GRAPHKIT_CYPHER_DIR``);
values travel only as parameters. Labels and relationship types are static text in
those files: rows are grouped by actor type and by relation, and the file for a
group is chosen only after its relation name was checked against the ontology.

Neo4j model: ``(:Actor:Country|Person|Organization {id, name, type, aliases, country,
role, mentions, articles})``, one relationship type per ontology relation with
``polarity, count, first_seen, last_seen, articles, evidence`` (sentences), ``evidence_dates``
with ``dated_evidence`` (the date of each dated sentence, and its index in ``evidence``) and
``confidence`` (dates travel as Neo4j ``date`` values, so period queries compare them directly),
and ``(:Article {id, title, date, url, hash})-[:MENTIONS]->(:Actor)``.
Everything graphkit writes carries ``graphkit = true``, so ``replace=True`` deletes
only that. Pushing is idempotent (MERGE, then SET of every value).
"""
from __future__ import annotations

import contextlib
import os
import re
from importlib import resources
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator
from urllib.parse import urlsplit

import neo4j
import networkx as nx
from neo4j import exceptions as driver_errors

from .decay import as_date
from .errors import GraphkitError, Neo4jError
from .graph import evidence_date
from .neo4j_values import parameter_problem, property_problem, storable_column, text_problem
from .ontology import RELATIONS
from .types import ActorType

CYPHER_DIR_ENV = "GRAPHKIT_CYPHER_DIR"
DEFAULT_URI = "bolt://127.0.0.1:7687"
DEFAULT_USER = "neo4j"
DEFAULT_DATABASE = "neo4j"

# Actor type -> the cypher file that upserts it (which sets the matching static label).
ACTOR_STATEMENTS: dict[str, str] = {
    ActorType.COUNTRY: "upsert_actors_country",
    ActorType.PERSON: "upsert_actors_person",
    ActorType.ORG: "upsert_actors_organization",
}
SCHEMA_PREFIX = "schema_"
ARTICLES_STATEMENT = "upsert_articles"
MENTIONS_STATEMENT = "upsert_mentions"
DELETE_STATEMENT = "delete_graphkit"
# Statements that write; every other file is a question 'graphkit neo4j query' may ask.
WRITE_PREFIXES = (SCHEMA_PREFIX, "upsert_", "delete_")
URI_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_PARAM = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")

Rows = list[dict[str, Any]]
OnProgress = Callable[[int, int], None]


@dataclass(frozen=True)
class PushSummary:
    """What one push sent and what the server changed."""

    uri: str
    database: str
    actors: int
    relationships: int
    articles: int
    mentions: int
    batches: int
    deleted: int
    nodes_created: int
    relationships_created: int
    seconds: float


@dataclass(frozen=True)
class Statement:
    """One cypher/ file: its name, the statement text and the parameters it uses."""

    name: str
    text: str
    parameters: tuple[str, ...]


# --- the cypher/ directory ------------------------------------------------------------------

def cypher_dir() -> Path:
    """The directory of .cypher files: ``$GRAPHKIT_CYPHER_DIR``, else the statements shipped in the package.

    In a checkout ``graphkit/cypher`` links to the top-level ``cypher/``; a wheel carries the files.
    """
    override = os.environ.get(CYPHER_DIR_ENV)
    return Path(override) if override else Path(str(resources.files("graphkit") / "cypher"))


def statement_names() -> list[str]:
    """Names (file stems) of the statements in :func:`cypher_dir`, sorted."""
    folder = cypher_dir()
    if not folder.is_dir():
        raise Neo4jError(f"cypher directory not found: {folder} (set {CYPHER_DIR_ENV})")
    return sorted(p.stem for p in folder.glob("*.cypher") if _NAME.match(p.stem))


def query_names() -> list[str]:
    """The read-only statements (questions) among :func:`statement_names`."""
    return [n for n in statement_names() if not n.startswith(WRITE_PREFIXES)]


def load_statement(name: str, *, among: list[str] | None = None) -> Statement:
    """The statement ``cypher/<name>.cypher``; *name* must be one of *among* (default: all statements).

    Names are checked against the files present, so no path can be smuggled in.
    """
    names = statement_names() if among is None else among
    if name not in names:
        raise Neo4jError(f"no statement named {name!r}; available: {', '.join(names)}")
    text = (cypher_dir() / f"{name}.cypher").read_text(encoding="utf-8")
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("//")).strip()
    return Statement(name=name, text=body, parameters=tuple(dict.fromkeys(_PARAM.findall(body))))


def relation_statement(relation: str) -> str:
    """Name of the upsert statement for *relation*, after checking it is an ontology relation."""
    if relation not in RELATIONS:
        raise GraphkitError(f"relation {relation!r} is not in the ontology; refusing to push it")
    return f"upsert_{relation.lower()}"


# --- rows (pure: graph in, parameter lists out) -----------------------------------------------

def check_graph(G: nx.MultiDiGraph) -> None:
    """Refuse a graph Neo4j must not receive: unknown relations or actor types (nothing is sent)."""
    for u, v, key, data in G.edges(keys=True, data=True):
        relation_statement(key)
        if data.get("relation", key) != key:
            raise GraphkitError(f"edge {u!r} -> {v!r}: key {key!r} and relation {data.get('relation')!r} differ")
    for node, data in G.nodes(data=True):
        if data.get("type") not in ACTOR_STATEMENTS:
            raise GraphkitError(f"actor {node!r} has type {data.get('type')!r}, not one of "
                                f"{', '.join(ACTOR_STATEMENTS)}")


def check_rows(actors: dict[str, Rows], relationships: dict[str, Rows], articles: Rows) -> None:
    """Refuse values Neo4j cannot store (``GraphkitError`` naming the first): text that is not Unicode,
    integers beyond 64 bits, maps, mixed lists, indexed text longer than the index takes.

    Run before connecting, so a push never stops half-way on a value. Mention rows only repeat ids
    checked here.
    """
    groups = [("actor", ("id", "name"), rows) for rows in actors.values()]
    groups += [(f"{relation} relation", (), rows) for relation, rows in relationships.items()]
    groups.append(("article", ("id",), articles))
    for what, indexed, rows in groups:
        for field in rows[0] if rows else ():
            if storable_column([row[field] for row in rows], indexed=field in indexed):
                continue
            for row in rows:
                problem = property_problem(row[field], indexed=field in indexed)
                if problem:
                    where = row["id"] if "id" in row else f"{row['source']} -> {row['target']}"
                    raise GraphkitError(f"{what} {_abridged(where)}: {field} is {problem}; nothing was sent")


def _abridged(text: str, limit: int = 80) -> str:
    """*text* quoted, cut to *limit* characters: an id that is too long would flood the error line."""
    return repr(text) if len(text) <= limit else f"{text[:limit]!r}... ({len(text):,} characters)"


def actor_rows(G: nx.MultiDiGraph) -> dict[str, Rows]:
    """Actor rows grouped by type (COUNTRY/PERSON/ORG), in node order."""
    groups: dict[str, Rows] = defaultdict(list)
    for node, data in G.nodes(data=True):
        groups[data["type"]].append({
            "id": node,
            "name": data.get("name") or node,
            "type": data["type"],
            "aliases": list(data.get("aliases") or []),
            "country": data.get("country"),
            "role": data.get("role"),
            "mentions": int(data.get("mentions") or 0),
            "articles": list(data.get("articles") or []),
        })
    return dict(groups)


def relationship_rows(G: nx.MultiDiGraph) -> dict[str, Rows]:
    """Relationship rows grouped by relation; symmetric edges stay as stored (once)."""
    groups: dict[str, Rows] = defaultdict(list)
    for u, v, key, data in G.edges(keys=True, data=True):
        evidence = data.get("evidence") or []
        # Neo4j lists cannot hold nulls: the dated sentences' dates, and where each sits in ``evidence``.
        dated = [(i, day) for i, day in enumerate(as_date(evidence_date(e), strict=False) for e in evidence) if day]
        groups[key].append({
            "source": u,
            "target": v,
            "polarity": data.get("polarity"),
            "count": int(data.get("count") or 0),
            "first_seen": as_date(data.get("first_seen"), strict=False),
            "last_seen": as_date(data.get("last_seen"), strict=False),
            "articles": list(data.get("articles") or []),
            "evidence": [e.get("sentence") or "" for e in evidence],
            "evidence_dates": [day for _, day in dated],
            "dated_evidence": [i for i, _ in dated],
            "confidence": float(data.get("confidence") or 0.0),
        })
    return dict(groups)


def article_rows(G: nx.MultiDiGraph) -> Rows:
    """One row per article: those in ``G.graph["articles"]`` and any an actor cites."""
    known: dict[str, dict[str, Any]] = G.graph.get("articles") or {}
    cited = {doc_id for _, data in G.nodes(data=True) for doc_id in data.get("articles") or []}
    rows = []
    for doc_id in sorted(set(known) | cited):
        meta = known.get(doc_id) or {}
        rows.append({"id": doc_id, "title": meta.get("title"), "date": meta.get("date"), "url": meta.get("url"),
                     "hash": meta.get("hash")})
    return rows


def mention_rows(G: nx.MultiDiGraph) -> Rows:
    """(article, actor) rows from each actor's ``articles`` (one row per MENTIONS relationship)."""
    return [{"article": doc_id, "actor": node}
            for node, data in G.nodes(data=True) for doc_id in data.get("articles") or []]


def batches(rows: Rows, size: int) -> Iterator[Rows]:
    """Consecutive slices of *rows*, each at most *size* long."""
    for start in range(0, len(rows), size):
        yield rows[start:start + size]


# --- the server -------------------------------------------------------------------------------

def push(
    G: nx.MultiDiGraph,
    *,
    uri: str = DEFAULT_URI,
    user: str = DEFAULT_USER,
    password: str,
    database: str = DEFAULT_DATABASE,
    batch_size: int = 1000,
    replace: bool = False,
    on_progress: OnProgress | None = None,
) -> PushSummary:
    """Write *G* to Neo4j: schema, actors, relationships, articles, then their mentions.

    Each batch is one ``UNWIND $rows`` statement in a managed write transaction
    (retried on transient errors). With *replace*, everything graphkit wrote before
    is deleted first. *on_progress(done, total)* counts rows. Raises ``GraphkitError``
    for a graph outside the ontology (before connecting) and ``Neo4jError`` with one
    line for an unreachable server, bad credentials or a failed statement.
    """
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    check_graph(G)
    actors = actor_rows(G)
    relationships = relationship_rows(G)
    articles = article_rows(G)
    mentions = mention_rows(G)
    check_rows(actors, relationships, articles)
    _check_text("database name", database)
    work: list[tuple[Statement, Rows]] = [
        (load_statement(ACTOR_STATEMENTS[kind]), rows) for kind, rows in sorted(actors.items())
    ]
    work += [(load_statement(relation_statement(rel)), rows) for rel, rows in sorted(relationships.items())]
    work.append((load_statement(ARTICLES_STATEMENT), articles))
    work.append((load_statement(MENTIONS_STATEMENT), mentions))
    schema = [load_statement(n) for n in statement_names() if n.startswith(SCHEMA_PREFIX)]
    total = sum(len(rows) for _, rows in work)

    started = time.monotonic()
    done = n_batches = deleted = nodes_created = rels_created = 0
    with connect(uri, user, password) as driver:
        with _translated(uri, user, database, lambda: f" after {done} of {total} rows; push again to finish"):
            with driver.session(database=database) as session:
                for statement in schema:
                    session.run(statement.text).consume()
                if replace:
                    deleted = _delete_graphkit(session, batch_size)
                for statement, rows in work:
                    for batch in batches(rows, batch_size):
                        counters = session.execute_write(_write, statement.text, batch)
                        nodes_created += counters.nodes_created
                        rels_created += counters.relationships_created
                        done += len(batch)
                        n_batches += 1
                        if on_progress is not None:
                            on_progress(done, total)
    return PushSummary(
        uri=redacted(uri), database=database, actors=G.number_of_nodes(), relationships=G.number_of_edges(),
        articles=len(articles), mentions=len(mentions), batches=n_batches,
        deleted=deleted, nodes_created=nodes_created, relationships_created=rels_created,
        seconds=time.monotonic() - started,
    )


def run_statement(
    name: str,
    parameters: dict[str, Any],
    *,
    uri: str = DEFAULT_URI,
    user: str = DEFAULT_USER,
    password: str,
    database: str = DEFAULT_DATABASE,
) -> list[dict[str, Any]]:
    """Run the question ``cypher/<name>.cypher`` once; see :func:`querying`."""
    check_parameters(load_statement(name, among=query_names()), parameters)
    with querying(uri=uri, user=user, password=password, database=database) as ask:
        return ask(name, parameters)


@contextlib.contextmanager
def querying(
    *,
    uri: str = DEFAULT_URI,
    user: str = DEFAULT_USER,
    password: str,
    database: str = DEFAULT_DATABASE,
) -> Iterator[Callable[[str, dict[str, Any]], list[dict[str, Any]]]]:
    """One connection for many questions: yields ``ask(name, parameters) -> rows``.

    Each question runs ``cypher/<name>.cypher`` (one of :func:`query_names`) in a read
    transaction and returns its rows as plain dicts. The parameters must be exactly
    the ones the statement uses; ``Neo4jError`` otherwise, and for server problems.
    """
    _check_text("database name", database)
    with connect(uri, user, password) as driver, driver.session(database=database) as session:
        def ask(name: str, parameters: dict[str, Any]) -> list[dict[str, Any]]:
            statement = load_statement(name, among=query_names())
            check_parameters(statement, parameters)
            with _translated(uri, user, database):
                return session.execute_read(_read, statement.text, parameters)

        yield ask


def check_parameters(statement: Statement, parameters: dict[str, Any]) -> None:
    """``Neo4jError`` unless *parameters* name exactly the statement's parameters."""
    missing = [p for p in statement.parameters if p not in parameters]
    unknown = sorted(set(parameters) - set(statement.parameters))
    if missing or unknown:
        takes = ", ".join(statement.parameters) or "no parameters"
        problem = (f"missing parameter(s) {', '.join(missing)}" if missing
                   else f"unknown parameter(s) {', '.join(unknown)}")
        raise Neo4jError(f"{statement.name}: {problem} (it takes: {takes})")
    for key, value in parameters.items():
        problem = parameter_problem(value)
        if problem:
            raise Neo4jError(f"{statement.name}: parameter {key} is {problem}")


def connect(uri: str, user: str, password: str) -> neo4j.Driver:
    """A driver whose server answered and accepted the credentials (``Neo4jError`` otherwise)."""
    _check_uri(uri)
    _check_text("user name", user)
    _check_text("password", password)
    try:
        driver = neo4j.GraphDatabase.driver(
            uri, auth=(user, password), connection_timeout=10,
            # Server notifications (e.g. "relationship type does not exist yet") are not errors here.
            notifications_min_severity=neo4j.NotificationMinimumSeverity.OFF,
        )
    except (driver_errors.ConfigurationError, ValueError) as exc:
        raise Neo4jError(f"invalid Neo4j URI {redacted(uri)!r}: {str(exc).replace(uri, redacted(uri))}") from None
    try:
        with _translated(uri, user, None):
            driver.verify_connectivity()
    except BaseException:
        driver.close()
        raise
    return driver


def redacted(uri: str) -> str:
    """*uri* without a password it may carry (``bolt://user:secret@host`` → ``bolt://user:***@host``)."""
    scheme, sep, rest = uri.partition("://")
    userinfo, at, host = rest.rpartition("@")
    if not (sep and at and ":" in userinfo):
        return uri
    return f"{scheme}://{userinfo.split(':', 1)[0]}:***@{host}"


def _check_uri(uri: str) -> None:
    """Only Bolt URIs with a host and a numeric port (if any); the driver would also try HTTP."""
    usage = f"invalid Neo4j URI {redacted(uri)!r}: expected bolt://host:port (or {', '.join(URI_SCHEMES[1:])})"
    try:
        parts = urlsplit(uri)
        parts.port  # noqa: B018 - parsing it raises ValueError for a bad port
    except ValueError:
        raise Neo4jError(usage) from None
    if parts.scheme not in URI_SCHEMES or not parts.hostname:
        raise Neo4jError(usage)
    _check_text("Neo4j URI", uri)
    try:  # the driver resolves the host through the idna codec, which raises on an empty or long label
        parts.hostname.encode("idna")
    except UnicodeError as exc:
        raise Neo4jError(f"invalid Neo4j URI {redacted(uri)!r}: bad host name ({_first_line(str(exc))})") from None


def _check_text(what: str, text: str) -> None:
    """``Neo4jError`` for a connection setting the driver could not encode (never echoing it: it may be secret)."""
    problem = text_problem(text)
    if problem:
        raise Neo4jError(f"the {what} is {problem}")


def _write(tx: neo4j.ManagedTransaction, text: str, rows: Rows) -> Any:
    return tx.run(text, rows=rows).consume().counters


def _read(tx: neo4j.ManagedTransaction, text: str, parameters: dict[str, Any]) -> list[dict[str, Any]]:
    return [record.data() for record in tx.run(text, parameters)]


def _delete_graphkit(session: neo4j.Session, batch_size: int) -> int:
    """Delete what graphkit wrote, in bounded transactions (a big graph would not fit in one)."""
    statement = load_statement(DELETE_STATEMENT)
    total = 0
    while True:
        deleted = session.execute_write(lambda tx: tx.run(statement.text, limit=batch_size).single()["deleted"])
        total += deleted
        if deleted == 0:
            return total


@contextlib.contextmanager
def _translated(uri: str, user: str, database: str | None, where: Callable[[], str] = lambda: "") -> Iterator[None]:
    """Turn driver exceptions into one-line ``Neo4jError``s naming the server (never the password).

    *where* adds how far a push got, for failures half-way through.
    """
    uri = redacted(uri)
    try:
        yield
    except driver_errors.AuthError:
        raise Neo4jError(f"authentication failed for user {user!r} at {uri}") from None
    except (driver_errors.ServiceUnavailable, driver_errors.SessionExpired):
        raise Neo4jError(f"cannot reach Neo4j at {uri}{where()}") from None
    except driver_errors.Neo4jError as exc:
        if exc.code == "Neo.ClientError.Database.DatabaseNotFound":
            raise Neo4jError(f"database {database!r} does not exist at {uri}") from None
        reason = _first_line(exc.message or str(exc))
        raise Neo4jError(f"Neo4j refused the request at {uri}: {reason}{where()}") from None
    except (driver_errors.DriverError, OSError) as exc:
        raise Neo4jError(f"Neo4j connection to {uri} failed: {_first_line(str(exc))}{where()}") from None
    except UnicodeError as exc:  # text the checks before sending missed; the driver encodes as it sends
        raise Neo4jError(f"cannot send text to Neo4j at {uri}: {_first_line(str(exc))}{where()}") from None


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else "unknown error"
