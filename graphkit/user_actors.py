"""An analyst's own actors (local militias, ministers, companies), read from CSV or JSON for ``--actors FILE``.

Columns / keys: ``name`` (required), ``type`` (COUNTRY, PERSON or ORG; default ORG), ``aliases`` (a JSON
list, or ``;``-separated in CSV), ``country`` (a name or id the gazetteer knows: "Ukraine",
"country:UKR"), ``served`` (the same, for a person who held office for a state but may have left it: a
title without its country then names that state, but the state is not their home), ``role`` and ``id``
(default ``person:<slug>``, ``org:<slug>`` or ``country:<slug>``).
Rows are checked here, once; :func:`graphkit.gazetteer.use_actors` puts them in front of the packaged
gazetteer (later entries win) and reports every alias taken from another actor.
"""
from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from .errors import GraphkitError
from .gazetteer import Entry, packaged_gazetteer
from .jsonio import InvalidJSON, decode_json
from .types import ActorType

MAX_FILE_BYTES = 20_000_000
MAX_LINE_CHARS = 10_000  # a row of names and aliases; longer is not an actors file
_TYPES = {"country": ActorType.COUNTRY, "state": ActorType.COUNTRY, "person": ActorType.PERSON,
          "people": ActorType.PERSON, "org": ActorType.ORG, "organisation": ActorType.ORG,
          "organization": ActorType.ORG, "group": ActorType.ORG}
_PREFIX = {ActorType.COUNTRY: "country", ActorType.PERSON: "person", ActorType.ORG: "org"}
_ID = re.compile(r"(country|person|org|bloc):[A-Za-z0-9][A-Za-z0-9@._-]*")


class ActorsFileError(GraphkitError):
    """An actors file that cannot be used, with the file and row in the message."""


def read_actors(path: str | Path) -> tuple[Entry, ...]:
    """The entries of the actors file at *path* (``.csv`` or ``.json``), in file order."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ActorsFileError(f"{path}: actors file larger than {MAX_FILE_BYTES // 1_000_000} MB")
        raw = path.read_bytes()
    except OSError as exc:
        raise ActorsFileError(f"cannot read actors file {path}: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ActorsFileError(f"{path}: actors file is not UTF-8 text") from None
    rows = _json_rows(text, path) if path.suffix.lower() == ".json" else _csv_rows(text, path)
    return tuple(_entry(row, f"{path}:{where}") for where, row in rows)


def _json_rows(text: str, path: Path) -> list[tuple[str, dict[str, Any]]]:
    try:
        data = decode_json(text)
    except InvalidJSON as exc:
        raise ActorsFileError(f"{path}: not valid JSON ({exc})") from None
    items = data.get("actors") if isinstance(data, dict) else data
    if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
        raise ActorsFileError(f"{path}: expected a list of actor objects (or {{\"actors\": [...]}})")
    return [(f"actor {i}", item) for i, item in enumerate(items, 1)]


def _csv_rows(text: str, path: Path) -> list[tuple[str, dict[str, Any]]]:
    # Checked here, not left to the csv module, whose field limit is process-wide state others may raise.
    long = next((n for n, line in enumerate(text.splitlines(), 1) if len(line) > MAX_LINE_CHARS), None)
    if long is not None:
        raise ActorsFileError(f"{path}:line {long}: longer than {MAX_LINE_CHARS:,} characters; not an actors row")
    reader = csv.DictReader(io.StringIO(text))
    try:
        return _csv_records(reader, path)
    except csv.Error as exc:  # a field over the csv module's size limit, say
        raise ActorsFileError(f"{path}: malformed CSV ({exc})") from None


def _csv_records(reader: csv.DictReader, path: Path) -> list[tuple[str, dict[str, Any]]]:
    fields = {(name or "").strip().lower() for name in reader.fieldnames or []}
    if "name" not in fields:
        raise ActorsFileError(f"{path}: a CSV actors file needs a 'name' column (and optionally type, "
                              "aliases, country, role, id)")
    rows = []
    for row in reader:
        clean = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items() if isinstance(v, str)}
        clean["aliases"] = [a.strip() for a in clean.get("aliases", "").split(";") if a.strip()]
        rows.append((f"line {reader.line_num}", clean))
    return rows


def _entry(row: dict[str, Any], where: str) -> Entry:
    name = _text(row.get("name"), where, "name")
    if not name:
        raise ActorsFileError(f"{where}: an actor needs a name")
    kind = _text(row.get("type"), where, "type") or "ORG"
    actor_type = _TYPES.get(kind.lower())
    if actor_type is None:
        raise ActorsFileError(f"{where}: type {kind!r} is not COUNTRY, PERSON or ORG")
    aliases = row.get("aliases") or []
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise ActorsFileError(f"{where}: aliases must be a list of names")
    actor_id = _text(row.get("id"), where, "id") or f"{_PREFIX[actor_type]}:{_slug(name)}"
    if not _ID.fullmatch(actor_id):
        raise ActorsFileError(f"{where}: id {actor_id!r} is not like person:name-surname, org:name or country:XYZ")
    country = _country(_text(row.get("country"), where, "country"), where)
    served = _country(_text(row.get("served"), where, "served"), where)
    forms = tuple(sorted({name, *(a.strip() for a in aliases if a.strip())}))
    return Entry(actor_id, name, actor_type.value, forms, country, _text(row.get("role"), where, "role") or None,
                 served)


def _text(value: Any, where: str, field: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ActorsFileError(f"{where}: {field} must be text")
    return " ".join(value.split())


def _country(value: str, where: str) -> str | None:
    """The actor id of *value* ("Ukraine", "Kyiv", "country:UKR"); unknown names are an error, never a guess."""
    if not value:
        return None
    gazetteer = packaged_gazetteer()
    if _ID.fullmatch(value):
        return value
    entry = gazetteer.lookup(value)
    if entry is None:
        raise ActorsFileError(f"{where}: country {value!r} is not in the gazetteer (give its id, e.g. country:UKR)")
    return entry.id


def _slug(name: str) -> str:
    from .actors.mention import slug  # the extractor's own slug, so ids match unknown-name ids

    return slug(name) or "actor"

