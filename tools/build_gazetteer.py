"""Regenerate graphkit/data/gazetteer.json, the actor gazetteer graphkit loads at run time.

Usage::

    .venv/bin/python tools/build_gazetteer.py /work/shared/reference/petrarch2 [--out graphkit/data]

Inputs (build time only; the generated JSON is committed, so runtime needs none of them):

- ``pycountry`` (ISO 3166 data from Debian iso-codes): the country list, ISO3 codes, official/common names.
- ``REFERENCE_DIR/Phoenix.Countries.actors.txt`` (PETRARCH2, MIT): name variants, acronyms and demonyms,
  filtered by the rules below; ``Phoenix.International.actors.txt`` and ``Phoenix.MilNonState.actors.txt``
  are used to check the curated organisation spellings.
- ``tools/gazetteer_sources/*.tsv``: curated capitals, extra aliases (seats of government, places, names and
  demonyms the filter misses), organisations, people, and state office holders of 2014-2026 (see the
  header comment of each file).

Precedence when two actors claim one surface form: curated tables, then pycountry names, then Phoenix-derived
forms, then the compiled table of office holders. Claims of equal precedence cancel out; the alias is dropped
and listed under ``"ambiguous"``.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

import pycountry

ROOT = Path(__file__).resolve().parent.parent
SOURCES = Path(__file__).resolve().parent / "gazetteer_sources"
sys.path.insert(0, str(ROOT))

from graphkit.atomic import atomic_write  # noqa: E402
from graphkit.gazetteer import alias_key  # noqa: E402

FORMAT = 1

# Short common English names analysts use where pycountry has none (or an unusual one).
NAME_OVERRIDES = {
    "RUS": "Russia",
    "TUR": "Turkey",
    "PSE": "Palestine",
    "COD": "Democratic Republic of the Congo",
    "COG": "Republic of the Congo",
    "CZE": "Czech Republic",
    "CIV": "Ivory Coast",
    "CPV": "Cape Verde",
    "FSM": "Micronesia",
    "VAT": "Vatican City",
    "FLK": "Falkland Islands",
    "CCK": "Cocos Islands",
    "MAF": "Saint Martin",
    "SXM": "Sint Maarten",
    "VGB": "British Virgin Islands",
    "VIR": "US Virgin Islands",
    "SHN": "Saint Helena",
    "BES": "Caribbean Netherlands",
    "UMI": "US Minor Outlying Islands",
}
# Kosovo has no ISO 3166-1 entry; XKX is the user-assigned code the EU and IMF use.
EXTRA_COUNTRIES = {"XKX": "Kosovo"}
# Phoenix codes that are not ISO3 (KSV) or name no current state (DDR, the fictional KNT).
PHOENIX_CODES = {"KSV": "XKX", "DDR": None, "KNT": None}

# Forms the Phoenix filter must not keep: ambiguous between two states, or naming a UK constituent nation
# or a language rather than a state actor.
AMBIGUOUS = {"Korea": ("country:KOR", "country:PRK"), "Korean": ("country:KOR", "country:PRK"),
             "Koreans": ("country:KOR", "country:PRK")}
PHOENIX_DROP = {
    "England", "English", "Englishman", "Englishwoman", "Scotland", "Scottish", "Scot", "Scots", "Scotsman",
    "Scotswoman", "Wales", "Welsh", "Welshman", "Welshwoman", "Northern Irish", "Northern Irishman",
    "Northern Irishwoman", "Arab", "Arabs", "Arabian", "Persian", "Persians", "Soviet", "Soviets",
    "Republic", "Turkish Republic", "Dominican", "Dominicans", "Indies",
    # misspellings that pass the demonym rule
    "Zimbabwei", "Zimbabweis", "Zimbabwian", "Zimbabwians", "Israelian", "Israelians", "Portugali", "Portugalis",
    "Argentinan", "Argentinans", "Belizian", "Belizians", "Cape Verdian", "Cape Verdians", "Sierra Leonian",
    "Sierra Leonians", "Barbadan", "Barbadans", "Grenadan", "Grenadans", "Bhutani", "Bhutanis", "Czechian",
    "Czechians",
}
SMALL_WORDS = {"of", "the", "and", "de", "da", "du", "del", "la", "le", "et"}
DEMONYM_ENDINGS = ("ian", "ians", "an", "ans", "ese", "ish", "i", "is", "ch", "ic", "ot", "ots", "ek", "eks",
                   "ik", "iks", "ak", "aks", "er", "ers")

# Phrases that contain an actor alias but are not that actor; matched as id-less entities so the longer
# span wins in the entity ruler.  (text, case_sensitive)
STOP_PHRASES = [
    *[(t, "LOC", True) for t in ("South America", "Latin America", "North America", "Central America",
                                 "the Americas", "Washington state", "Washington State", "New Mexico",
                                 "Gulf of Mexico", "Indian Ocean", "South China Sea", "East China Sea",
                                 "Sea of Japan")],
    *[(t, "NORP", True) for t in ("South American", "Latin American", "North American", "Central American",
                                  "African American", "Native American")],
    *[(t, "LAW", True) for t in ("Paris Agreement", "Paris climate agreement", "Rome Statute",
                                 "Minsk agreements", "Minsk Agreements", "Vienna Convention")],
    ("Washington Post", "ORG", True),
    # lower-case "the west" is the bloc (SCHEMA.md) except in these compass uses ("the West Bank" is an alias)
    *[(t, "LOC", True) for t in ("in the west of", "the far west", "the wild west", "the west coast",
                                  "the west side", "the west bank", "the west wing", "the west end")],
]

CURATED, PYCOUNTRY, PHOENIX, OFFICEHOLDERS = 0, 1, 2, 3


def fold(text: str) -> str:
    """ASCII form of *text* (Élysée -> Elysee), for accent-free alias variants."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def read_tsv(name: str) -> list[list[str]]:
    rows = []
    for line in (SOURCES / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append([cell.strip() for cell in line.split("\t")])
    return rows


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text).lower()).strip("-")


def phoenix_text(token: str) -> str:
    """Phoenix ``NORTH_KOREAN_`` -> ``North Korean`` (acronyms are cased by :func:`classify`)."""
    words = token.strip("_ ").replace("_", " ").split()
    return " ".join(
        w.lower() if i and w.lower() in SMALL_WORDS else "-".join(p.capitalize() for p in w.split("-"))
        for i, w in enumerate(words)
    )


def phoenix_country_blocks(path: Path) -> dict[str, list[tuple[str, str]]]:
    """Raw and cased aliases listed under each country header (``NAME_ [ISO]`` then ``+ALIAS`` lines)."""
    names = {}
    for c in pycountry.countries:
        for n in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)):
            if n:
                names[fold(n).lower()] = c.alpha_3
    blocks: dict[str, list[tuple[str, str]]] = defaultdict(list)
    code = None
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        text = line.split("#", 1)[0].rstrip()
        header = re.match(r"^([A-Z][^\s\[]*)\s+\[([A-Z]{3})\]\s*$", text)
        if header:
            code = PHOENIX_CODES.get(header[2], header[2])
            owner = names.get(phoenix_text(header[1]).lower())
            if owner and owner != code:
                code = None  # territories filed under their metropole (Mayotte under FRA) keep their own entry
            if code:
                blocks[code].append((header[1], phoenix_text(header[1])))
        elif text.startswith("+") and code:
            raw = text[1:].strip()
            blocks[code].append((raw, phoenix_text(raw)))
        elif text.strip():
            code = None
    return blocks


def initials(name: str) -> str:
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.lower() not in SMALL_WORDS]
    return "".join(w[0].upper() for w in words)


class Builder:
    """Collects alias claims with their precedence and resolves conflicts."""

    def __init__(self) -> None:
        self.entries: dict[str, dict] = {}
        self.claims: dict[str, list[tuple[int, str, str, str]]] = defaultdict(list)  # key -> (prec, id, text, kind)
        self.ambiguous: dict[str, list[str]] = {}

    def entry(self, actor_id: str, name: str, type_: str, country: str | None = None, role: str | None = None,
              served: str | None = None):
        self.entries[actor_id] = {"id": actor_id, "name": name, "type": type_, "country": country, "role": role}
        if served:
            self.entries[actor_id]["served"] = served

    def claim(self, actor_id: str, text: str, kind: str, prec: int) -> None:
        text = " ".join(text.split())
        if not text:
            return
        for form in {text, fold(text)}:
            if form:
                self.claims[alias_key(form)].append((prec, actor_id, form, kind))

    def resolve(self) -> dict[str, list[list[str]]]:
        aliases: dict[str, dict[str, str]] = defaultdict(dict)
        for key, claims in self.claims.items():
            best = min(p for p, *_ in claims)
            top = [c for c in claims if c[0] == best]
            ids = sorted({c[1] for c in top})
            if len(ids) > 1:
                self.ambiguous[top[0][2]] = ids
                continue
            for _, actor_id, text, kind in top:
                aliases[actor_id].setdefault(text, kind)
        for text, ids in AMBIGUOUS.items():
            self.ambiguous[text] = list(ids)
        return {a: sorted([t, k] for t, k in forms.items()) for a, forms in aliases.items()}


def add_countries(b: Builder, phoenix: dict[str, list[tuple[str, str]]]) -> None:
    vocab: set[str] = set()
    short_words: set[str] = set()
    known: dict[str, set[str]] = defaultdict(set)
    for c in pycountry.countries:
        common = NAME_OVERRIDES.get(c.alpha_3) or getattr(c, "common_name", None) or c.name
        b.entry(f"country:{c.alpha_3}", common, "COUNTRY")
        for n in (common, c.name, getattr(c, "official_name", None)):
            if n and not re.search(r"[,()]", n):
                known[c.alpha_3].add(n)
        vocab.update(w.lower() for w in re.split(r"[\s,()]+", fold(getattr(c, "official_name", "") or "")) if w)
        short_words.update(w.lower() for w in re.split(r"[\s,()]+", fold(common)) if w)
    # words of official forms only ("Republic of", "Kingdom of"), so "Western Australia" is no name of Australia
    vocab = (vocab - short_words) | {"the", "of", "republic", "state", "kingdom"}
    for code, name in EXTRA_COUNTRIES.items():
        b.entry(f"country:{code}", name, "COUNTRY")
        known[code].add(name)
    for code, names in known.items():
        for n in names:
            b.claim(f"country:{code}", n, "name", PYCOUNTRY)
    for code, forms in phoenix.items():
        if code not in known:
            continue
        for raw, text in forms:
            kind, text = classify(raw, text, known[code], vocab)
            if kind:
                b.claim(f"country:{code}", text, kind, PHOENIX)
                if kind == "demonym" and text[-1] in "nirkt" and not text.endswith("ese"):
                    b.claim(f"country:{code}", text + "s", kind, PHOENIX)
                elif kind == "demonym" and re.search(r"(?:an|i|er)s$", text):
                    b.claim(f"country:{code}", text[:-1], kind, PHOENIX)


def classify(raw: str, text: str, names: set[str], vocab: set[str]) -> tuple[str | None, str]:
    """Is this Phoenix alias a name variant, an acronym, a demonym, or noise (misspelling, city, old name)?"""
    text = re.sub(r"^(?:The|the) ", "", text)
    if not text or text in PHOENIX_DROP or re.search(r"[,()/\ufffd]", text):
        return None, text
    compact = raw.strip("_ ").replace("_", "")
    if raw.upper().startswith("THE_"):
        compact = compact[3:]
    if re.fullmatch(r"(?:[A-Z]\.?){2,5}", compact):
        if "." in compact and not compact.endswith("."):
            return None, text  # U.K without its last dot
        letters = re.sub(r"[^A-Z]", "", compact)
        if any(initials(n).startswith(letters) for n in names):
            return "acronym", compact
        return None, text
    words = fold(text).lower().split()
    for n in names:
        nw = fold(n).lower().split()
        if any(words[i:i + len(nw)] == nw for i in range(len(words) - len(nw) + 1)):
            return ("name" if all(w in vocab for w in words) else None), text
    last = words[-1]
    for n in names:
        nw = fold(n).lower().split()
        if len(nw) >= len(words) and nw[:len(words) - 1] == words[:-1] and is_demonym(last, nw[len(words) - 1]):
            return "demonym", text
    return None, text


def is_demonym(word: str, stem: str) -> bool:
    """Does *word* derive from the name word *stem* by a regular English demonym rule?

    Kenya -> Kenyan, Russia -> Russian, Italy -> Italian, Israel -> Israeli, Japan -> Japanese,
    Afghanistan -> Afghan; misspellings of the name (Afghansitan, Ethiopai) fail.
    """
    if stem.endswith("istan") and word == stem[:-5]:
        return True  # Afghan, Uzbek, Tajik
    if stem.endswith("y") and word == stem[:-1]:
        return True  # German
    for suffix in sorted(DEMONYM_ENDINGS, key=len, reverse=True):
        if not word.endswith(suffix) or word == stem:
            continue
        base = word[: -len(suffix)]
        rest = stem[len(base):]
        if len(base) >= 3 and stem.startswith(base) and not rest.strip("aeiouy"):
            return not (suffix in ("i", "is") and rest)  # -i only appends: Iraqi, not Turkei
    return False


def add_capitals_and_seats(b: Builder) -> None:
    for code, spellings in read_tsv("capitals.tsv"):
        for s in spellings.split("|"):
            b.claim(f"country:{code}", s, "capital", CURATED)
    for text, actor_id, kind in read_tsv("aliases.tsv"):
        b.claim(actor_id, text, kind, CURATED)


def add_orgs(b: Builder) -> None:
    for row in read_tsv("orgs.tsv"):
        row += [""] * (5 - len(row))
        actor_id, name, aliases, country, type_ = row
        b.entry(actor_id, name, type_ or "ORG", country or None)
        kind = "bloc" if actor_id.startswith("bloc:") else "org"
        for text in [name, *aliases.split("|")]:
            b.claim(actor_id, text, kind, CURATED)


def add_people(b: Builder) -> None:
    for name, aliases, affiliation, role in read_tsv("people.tsv"):
        actor_id = f"person:{slug(name)}"
        b.entry(actor_id, name, "PERSON", affiliation, role)
        for text in [name, *filter(None, aliases.split("|"))]:
            b.claim(actor_id, text, "person", CURATED)


def add_officeholders(b: Builder) -> None:
    """State office holders of 2014-2026 the curated people table does not list: their state, so that a
    title without its country ("President Gustavo Petro") ties them to it. Lowest precedence: a form any
    other source claims stays that source's."""
    for name, aliases, affiliation, role in read_tsv("officeholders.tsv"):
        actor_id = f"person:{slug(name)}"
        if actor_id in b.entries:
            raise SystemExit(f"officeholders.tsv: {name} is already an entry ({actor_id}); list them in one table")
        # Many have left office: the state is where a title without its country points, not their home (so
        # "the Bolivian government accused Evo Morales" stays a relation between two actors).
        b.entry(actor_id, name, "PERSON", None, role, served=affiliation)
        for text in [name, *filter(None, aliases.split("|"))]:
            b.claim(actor_id, text, "person", OFFICEHOLDERS)


def phoenix_org_coverage(ref: Path, entries: dict[str, dict], aliases: dict[str, list[list[str]]]) -> int:
    """How many curated organisations the Phoenix IGO/non-state dictionaries also list (a spelling check)."""
    listed = set()
    for fname in ("Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"):
        for line in (ref / fname).read_text(encoding="utf-8", errors="replace").splitlines():
            token = line.split("#", 1)[0].split("[", 1)[0].strip().lstrip("+").strip()
            if token:
                listed.add(alias_key(token.strip("_").replace("_", " ")))
    return sum(
        1 for a, e in entries.items()
        if e["type"] == "ORG" and any(alias_key(t) in listed for t, _ in aliases.get(a, []))
    )


def build(ref: Path) -> tuple[dict, str]:
    b = Builder()
    add_countries(b, phoenix_country_blocks(ref / "Phoenix.Countries.actors.txt"))
    add_capitals_and_seats(b)
    add_orgs(b)
    add_people(b)
    add_officeholders(b)
    aliases = b.resolve()
    for text in AMBIGUOUS:
        for ids in aliases.values():
            ids[:] = [a for a in ids if a[0] != text]
    missing = [a for a in aliases if a not in b.entries]
    if missing:
        raise SystemExit(f"aliases for unknown actors: {missing}")
    entries = []
    for actor_id in sorted(b.entries):
        e = dict(b.entries[actor_id])
        for link in (e["country"], e.get("served")):
            if link and link not in b.entries:
                raise SystemExit(f"{actor_id}: unknown affiliation {link}")
        e["aliases"] = aliases.get(actor_id, [])
        entries.append(e)
    stops = [{"text": t, "label": label, "case_sensitive": cs} for t, label, cs in STOP_PHRASES]
    data = {"format": FORMAT, "entries": entries, "ambiguous": dict(sorted(b.ambiguous.items())),
            "stop_phrases": stops}
    covered = phoenix_org_coverage(ref, b.entries, aliases)
    n_orgs = sum(1 for e in entries if e["type"] == "ORG")
    summary = (f"{len(entries)} entries ({sum(len(e['aliases']) for e in entries)} aliases), "
               f"{len(b.ambiguous)} ambiguous forms dropped, {covered}/{n_orgs} organisations also in Phoenix")
    return data, summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("reference_dir", type=Path, help="folder with the PETRARCH2 Phoenix.*.actors.txt files")
    parser.add_argument("--out", type=Path, default=ROOT / "graphkit" / "data")
    args = parser.parse_args(argv)
    if not (args.reference_dir / "Phoenix.Countries.actors.txt").is_file():
        parser.error(f"{args.reference_dir}: no Phoenix.Countries.actors.txt there")
    data, summary = build(args.reference_dir)
    with atomic_write(args.out / "gazetteer.json") as handle:
        json.dump(data, handle, ensure_ascii=False, indent=0, sort_keys=True)
        handle.write("\n")
    print(f"wrote {args.out / 'gazetteer.json'}: {summary}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
