"""How many gold (relation, sentence) occurrences the relation model can reach, and why the others not.

    .venv/bin/python bench/reachability.py [--gold training/validation] [--examples 3] [--words 25]

Two counts: per gold (triple, evidence sentence), reachable when some system sentence that the evidence
sentence spans has both actors (the parser splits off quote marks, list numbers, speaker labels and
timestamps, which then are "sentences" with no actor); and per occurrence, as below.

An occurrence is a gold triple (S, R, O) and one system sentence that overlaps one of its evidence
sentences, counted exactly as ``graphkit train`` counts ``reachable`` (graphkit.relmodel.gold). It is
reachable when both S and O are among the sentence's candidate actors (relmodel/candidates.py), matched
to gold entities through the gold aliases. For an unreachable one, each missing side gets one reason,
the first that applies:

- ``other-actor``: a mention in the sentence has one of the entity's gold aliases as its words, but is
  resolved to an actor the gold calls something else (or nothing): a wrong id or a wrong antecedent;
- ``agent-phrase``: the rules' phrase reading (``MentionTable.actors_of``, e.g. "Russian troops") finds
  the entity on a noun of the sentence, but no mention (so no candidate) is on it;
- ``alias-unresolved``: one of the entity's gold aliases is written in the sentence but no mention covers
  it; split by whether the alias is a name (capitalised) or a nominal ("the army", "the group");
- ``pronoun-unresolved``: an unresolved pronoun (he, they, its, ...) is in the sentence;
- ``split-sentence``: the gold evidence sentence is split into two system sentences and the entity is a
  candidate actor of the other part;
- ``not-in-sentence``: none of these: the sentence does not name the entity (implicit, or stated over
  two sentences).

Prints counts per reason and side, the unresolved alias words most often at fault, and a few examples.
"""
from __future__ import annotations

import argparse
import collections
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from graphkit.evaluate import normalise_name  # noqa: E402
from graphkit.nlp import load_nlp  # noqa: E402
from graphkit.relmodel.candidates import actor_mentions  # noqa: E402
from graphkit.relmodel.gold import _gold_names, parsed, read_gold  # noqa: E402
from graphkit.rules.article import evidence_span  # noqa: E402

PRONOUNS = frozenset("he him his she her it its they them their we us our i me my".split())
REASONS = ("other-actor", "agent-phrase", "alias-unresolved:name", "alias-unresolved:nominal",
           "pronoun-unresolved", "split-sentence", "not-in-sentence")


def side_reason(entity, sent, table, names, aliases, other_parts) -> tuple[str, str]:
    """The reason one gold entity is not a candidate actor of *sent*, and the words at fault."""
    forms = {form for form, name in aliases.items() if name == entity}
    for tok in sent:
        for m in table.refs(tok):
            if normalise_name(m.text) in forms and names.get(m.actor.id) != entity:
                return "other-actor", f"{m.text} -> {m.actor.id}"
    for tok in sent:
        if tok.pos_ in {"NOUN", "PROPN"} and not table.refs(tok):
            if any(names.get(m.actor.id) == entity for m in table.actors_of(tok, conjuncts=False)):
                return "agent-phrase", " ".join(t.text for t in tok.subtree if t.i <= tok.i)[-40:]
    text = sent.text
    for form in sorted(forms, key=len, reverse=True):
        for hit in _find(text, form):
            covered = any(table.refs(t) for t in sent if hit[0] <= t.idx - sent.start_char < hit[1])
            if not covered:
                words = text[hit[0]:hit[1]]
                kind = "name" if words[:1].isupper() and not words.lower().startswith("the ") else "nominal"
                return f"alias-unresolved:{kind}", words.lower()
    unresolved = [t.lower_ for t in sent if t.lower_ in PRONOUNS and not table.refs(t)]
    if unresolved:
        return "pronoun-unresolved", unresolved[0]
    if entity in other_parts:
        return "split-sentence", ""
    return "not-in-sentence", ""


def _find(text: str, form: str) -> list[tuple[int, int]]:
    """Where a normalised alias is written in *text* (case-insensitive, whole words)."""
    if not form:
        return []
    pattern = r"(?<!\w)" + r"\W+".join(re.escape(w) for w in form.split()) + r"(?!\w)"
    return [m.span() for m in re.finditer(pattern, text, flags=re.IGNORECASE)]


def measure(nlp, articles):
    total = reachable = 0
    evidence = evidence_reachable = 0  # per gold evidence sentence: reachable in any system sentence it spans
    sides: collections.Counter = collections.Counter()
    occurrences: collections.Counter = collections.Counter()
    words: collections.Counter = collections.Counter()
    examples: dict[str, list[str]] = collections.defaultdict(list)
    for article, table, _ in parsed(nlp, articles):
        names = _gold_names(article, table)
        sents = list(table.doc.sents)
        present = []
        for sent in sents:
            present.append({names.get(a) for a in actor_mentions(table, sent)})
        bounds = [(evidence_span(s)[0], s.end_char) for s in sents]
        for fact in article.facts:
            for a, b in fact.spans:
                parts = [k for k, (start, end) in enumerate(bounds) if a < end and start < b]
                evidence += 1
                evidence_reachable += any({fact.subject, fact.object} <= present[k] for k in parts)
        for k, sent in enumerate(sents):
            start, end = bounds[k]
            for fact in article.facts:
                if not any(a < end and start < b for a, b in fact.spans):
                    continue
                total += 1
                missing = [e for e in (fact.subject, fact.object) if e not in present[k]]
                if not missing:
                    reachable += 1
                    continue
                others = set().union(*(present[j] for j, s in enumerate(sents) if j != k and any(
                    a < s.end_char and evidence_span(s)[0] < b for a, b in fact.spans)))
                found = []
                for entity in missing:
                    reason, at = side_reason(entity, sent, table, names, article.aliases, others)
                    sides[reason] += 1
                    found.append(reason)
                    if at and reason != "other-actor":
                        words[f"{reason} {at}"] += 1
                    if len(examples[reason]) < 200:
                        examples[reason].append(f"{article.doc_id} {fact.subject} {fact.relation} {fact.object}: "
                                                f"missing {entity} [{at}] :: {sent.text.strip()[:160]}")
                occurrences[" + ".join(sorted(set(found)))] += 1
    return total, reachable, sides, occurrences, words, examples, (evidence, evidence_reachable)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", default="training/validation")
    parser.add_argument("--examples", type=int, default=3, help="examples shown per reason")
    parser.add_argument("--words", type=int, default=25, help="unresolved words shown")
    args = parser.parse_args()
    total, reachable, sides, occurrences, words, examples, (ev, ev_ok) = measure(load_nlp(), read_gold(args.gold))
    print(f"gold (relation, sentence) occurrences: {total}; reachable {reachable} ({reachable / max(total, 1):.1%})"
          " [as graphkit train counts: per system sentence]")
    print(f"gold (triple, evidence sentence) pairs: {ev}; reachable in some system sentence of it {ev_ok}"
          f" ({ev_ok / max(ev, 1):.1%})")
    print(f"\nunreachable: {total - reachable}; reasons per missing side ({sum(sides.values())} sides):")
    for reason in REASONS:
        print(f"  {reason:26s} {sides[reason]:5d}")
    print("\nper occurrence (the reasons of its missing sides):")
    for combo, n in occurrences.most_common():
        print(f"  {combo:50s} {n:5d}")
    print(f"\nmost frequent words at fault:")
    for w, n in words.most_common(args.words):
        print(f"  {n:4d}  {w}")
    for reason in REASONS:
        for line in examples[reason][:args.examples]:
            print(f"\n[{reason}] {line}")


if __name__ == "__main__":
    main()
