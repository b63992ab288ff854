"""What the relation model sees of a candidate pair: sparse symbolic features and dense vectors.

Everything comes from the parse the pipeline already made, so features cost almost nothing:

- the dependency path between the two mentions (labels, lemmas, the lowest common ancestor);
- the words between them, and the preposition that introduces each;
- the trigger lexicon's relation for each lemma on the path (``triggers``);
- negation, modality and condition around the path;
- each mention's type (country, person, organisation) and how it was resolved (name, pronoun …);
- which rules fired for this pair in this sentence (the model learns when to trust them);
- the context off the path: two words either side of each mention, the verb that governs each mention
  (and its trigger relation with the mention's role), and every trigger relation anywhere in the sentence;
- how the words around the object evaluate, by their valence in a sentiment lexicon (``valence``);
- the pipeline's contextual token vectors (``doc.tensor``) at both mentions and at their common ancestor.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Iterable, Mapping

import numpy as np
from spacy.tokens import Span, Token

from ..actors import Mention
from ..actors.words import QUOTE_MARKS
from ..triggers import CONDEMNING_WORDS, noun_relation, verb_relation
from .candidates import Pair

MAX_PATH = 8  # tokens on a path kept as one whole-path feature; longer paths only give their parts
MAX_BETWEEN = 12  # words between the mentions kept as a bag
WINDOW = 2  # words either side of a mention ("accused X of", "warned X against")
MAX_CLIMB = 8  # heads climbed from a mention to its governing verb
NEGATIONS = frozenset({"not", "never", "no", "deny", "refuse", "reject", "without", "neither", "nor"})
MODALS = frozenset({"could", "may", "might", "would", "should", "can", "consider", "weigh", "plan", "threaten"})
DENSE_SLOTS = 3  # subject head, object head, common ancestor
# Valence bands, strongest first: a clause's most negative (or most positive) word at or beyond a band's
# edge gives that band ("illegally" -2.x: the band 2).
VALENCE_BANDS = (2.0, 1.0, 0.5)
# A condemning word the lexicon lacks: between VADER's "condemn" (-1.6) and "illegal" (-2.6).
CONDEMNING_VALENCE = -2.0
CONTENT_POS = frozenset({"ADJ", "ADV", "NOUN", "VERB"})  # the words that evaluate ("no" the determiner does not)


def head_of(mention: Mention, sent: Span) -> Token:
    """The token of the mention's span whose head lies outside it (the span's syntactic head)."""
    doc = sent.doc
    tokens = [doc[i] for i in range(mention.start, mention.end)]
    for token in tokens:
        if not (mention.start <= token.head.i < mention.end) or token.head.i == token.i:
            return token
    return tokens[0]


def _ancestors(token: Token) -> list[Token]:
    chain = [token]
    while chain[-1].head.i != chain[-1].i and len(chain) < 60:
        chain.append(chain[-1].head)
    return chain


def dependency_path(a: Token, b: Token) -> tuple[list[Token], Token | None, list[Token]]:
    """Tokens from *a* up to the common ancestor (exclusive), the ancestor, and from it down to *b*."""
    up_a, up_b = _ancestors(a), _ancestors(b)
    on_b = {t.i: k for k, t in enumerate(up_b)}
    for k, token in enumerate(up_a):
        if token.i in on_b:
            return up_a[:k], token, list(reversed(up_b[:on_b[token.i]]))
    return up_a, None, list(reversed(up_b))  # different sentences of the parse (should not happen)


def _lemma(token: Token) -> str:
    return token.lemma_.lower() or token.lower_


def _trigger(token: Token) -> str | None:
    lemma = _lemma(token)
    if token.pos_ in {"VERB", "AUX"}:
        return verb_relation(lemma)
    if token.pos_ in {"NOUN", "PROPN", "ADJ"}:
        return noun_relation(lemma)
    return None


def pair_features(pair: Pair, fired: Mapping[tuple[str, str], Iterable[str]] | None = None,
                  sentence: SentenceFacts | None = None) -> list[str]:
    """The symbolic features of one candidate; *fired* maps (subject id, object id) to the rule
    relations found for them in this sentence (``"SUPPORTS"``, ``"SUPPORTS@verb-svo"``);
    *sentence* is :func:`sentence_facts` of the pair's sentence (computed when not given; callers with
    many pairs per sentence pass it once)."""
    sent, s, o = pair.sent, pair.subject, pair.object
    sh, oh = head_of(s, sent), head_of(o, sent)
    up, lca, down = dependency_path(sh, oh)
    f = [f"stype={s.actor.type}", f"otype={o.actor.type}", f"types={s.actor.type}>{o.actor.type}",
         f"show={s.how}", f"ohow={o.how}", f"sdep={sh.dep_}", f"odep={oh.dep_}", f"deps={sh.dep_}>{oh.dep_}",
         "order=so" if s.start < o.start else "order=os"]
    gap = abs(s.start - o.start)
    f.append(f"gap={min(gap, 20) // 4}")
    if lca is not None:
        lemma = _lemma(lca)
        f += [f"lca={lemma}", f"lcapos={lca.pos_}", f"lca+deps={lemma}|{sh.dep_}>{oh.dep_}",
              f"lca+types={lemma}|{s.actor.type}>{o.actor.type}"]
        path = [f"{t.dep_}^" for t in up] + [lemma] + [f"v{t.dep_}" for t in down]
        f.append(f"pathdeps={' '.join(p for p in path if p != lemma)}|{len(up)}")
        inner = up[1:] + [lca] + down[:-1]
        if len(inner) <= MAX_PATH:
            f.append("path=" + " ".join([f"{t.dep_}^" for t in up] + [_lemma(t) for t in inner if t is not lca]
                                        + [lemma] + [f"v{t.dep_}" for t in down]))
        for t in inner:
            f.append(f"on={_lemma(t)}")
            f.append(f"ondep={_lemma(t)}|{t.dep_}")
            relation = _trigger(t)
            if relation:
                f.append(f"trig={relation}")
                f.append(f"trigdir={relation}|{'up' if t in up else 'down' if t in down else 'lca'}")
        for t in [lca, *inner]:
            for child in t.children:
                if child.dep_ == "neg" or _lemma(child) in NEGATIONS:
                    f.append(f"neg={_lemma(child)}")
                if child.dep_ == "aux" and _lemma(child) in MODALS:
                    f.append(f"modal={_lemma(child)}")
                if child.dep_ == "mark" and child.lower_ == "if":
                    f.append("cond=if")
            if _lemma(t) in NEGATIONS:
                f.append(f"neg={_lemma(t)}")
    for token, tag in ((sh, "s"), (oh, "o")):
        if token.dep_ == "pobj":
            f.append(f"{tag}prep={token.head.lower_}|{_lemma(token.head.head)}")
        if token.dep_ == "poss":
            f.append(f"{tag}poss={_lemma(token.head)}")
    first, last = (s, o) if s.start < o.start else (o, s)
    between = sent.doc[first.end:last.start]
    if len(between) <= MAX_BETWEEN:
        lemmas = [_lemma(t) for t in between if not t.is_punct]
        f += [f"btw={w}" for w in lemmas]
        f += [f"btw2={a}_{b}" for a, b in zip(lemmas, lemmas[1:])]
    else:
        f.append("btw=far")
    facts = sentence if sentence is not None else sentence_facts(sent)
    if facts.quoted:
        f.append("quote")
    s_verb, o_verb = governing_verb(sh), governing_verb(oh)
    f += context_features(pair, sh, oh, s_verb, o_verb)
    f += valence_features(pair, oh, s_verb, o_verb, facts)
    f += [f"senttrig={relation}" for relation in facts.relations]
    for relation in (fired or {}).get((s.actor.id, o.actor.id), ()):
        f.append(f"rule={relation}")
    for relation in (fired or {}).get((o.actor.id, s.actor.id), ()):
        f.append(f"rulerev={relation}")
    return f


@dataclass(frozen=True)
class SentenceFacts:
    """What every candidate of one sentence shares: whether it quotes someone, the trigger relations of all
    its words (a relation stated anywhere in the sentence makes it likelier between its actors), and each
    word's valence (None for a word the lexicon lacks), looked up once for all its pairs."""

    quoted: bool
    relations: tuple[str, ...]
    valences: tuple[float | None, ...]


def sentence_facts(sent: Span) -> SentenceFacts:
    lexicon = valence()
    return SentenceFacts(any(t.lower_ in QUOTE_MARKS for t in sent),
                         tuple(sorted({relation for token in sent if (relation := _trigger(token))})),
                         tuple(_valence(t, lexicon) for t in sent))


def context_features(pair: Pair, sh: Token, oh: Token, s_verb: Token | None, o_verb: Token | None) -> list[str]:
    """What the dependency path leaves out: the words around each mention and the verb that governs each
    (news often states a relation through a verb the path only passes by: "X accused Y of"). With the
    sentence's trigger relations, worth +0.02 hybrid F1 on validation candidates."""
    sent, doc = pair.sent, pair.sent.doc
    f = []
    for tag, mention in (("s", pair.subject), ("o", pair.object)):
        for d in range(1, WINDOW + 1):
            if mention.start - d >= sent.start:
                f.append(f"{tag}prev{d}={_lemma(doc[mention.start - d])}")
            if mention.end - 1 + d < sent.end:
                f.append(f"{tag}next{d}={_lemma(doc[mention.end - 1 + d])}")
    for tag, verb, head in (("s", s_verb, sh), ("o", o_verb, oh)):
        if verb is not None:
            f.append(f"{tag}verb={_lemma(verb)}")
            relation = _trigger(verb)
            if relation:
                f.append(f"{tag}verbtrig={relation}|{head.dep_}")
    if s_verb is not None and o_verb is not None:
        f.append("verbs=same" if s_verb.i == o_verb.i else "verbs=different")
    return f


@lru_cache(maxsize=1)
def valence() -> Mapping[str, float]:
    """Word -> valence from -4 to +4: ``graphkit/data/valence.tsv``, derived from the VADER lexicon."""
    text = (resources.files("graphkit") / "data" / "valence.tsv").read_text(encoding="utf-8")
    return MappingProxyType({word: float(value) for word, value in (line.split("\t") for line in text.splitlines()
                                                                    if line and not line.startswith("#"))})


def _valence(token: Token, lexicon: Mapping[str, float]) -> float | None:
    """A content word's valence by its form, its lemma, or for an adverb its adjective ("illegally",
    "angrily"); a condemning word of the rules that VADER lacks ("provocation", "unlawful") counts as
    negative when it is a noun or an adjective ("lie" the verb is no lie). Names are no evaluation: the
    "United" of the United Nations, the "Justice" of a ministry."""
    if token.pos_ not in CONTENT_POS or token.ent_type_:
        return None
    forms = [token.lower_, _lemma(token)]
    if token.tag_ == "RB" and token.lower_.endswith("ly") and token.lower_ != "likely":  # a hedge, not "like"
        stem = token.lower_[:-2]
        forms += [stem, stem[:-1] + "y"] if stem.endswith("i") else [stem]
    found = next((lexicon[form] for form in forms if form in lexicon), None)
    if found is None and token.pos_ in {"NOUN", "ADJ"} and token.lower_ in CONDEMNING_WORDS:
        return CONDEMNING_VALENCE
    return found


def valence_features(pair: Pair, oh: Token, s_verb: Token | None, o_verb: Token | None,
                     facts: SentenceFacts) -> list[str]:
    """How the clause around the object evaluates, and with which verb the subject speaks: "Lin Jian said
    the Philippine vessels had illegally intruded" is a stance no trigger word states ("illegally" under
    "said"). The lexicon's words are many and each rare in the corpus; their valence is one feature the
    model can learn from all of them at once. The clause is the span of the verb governing the object
    (the whole sentence without one), the two mentions' own words left out."""
    sent = pair.sent
    start, end = (o_verb.left_edge.i, o_verb.right_edge.i + 1) if o_verb is not None else (sent.start, sent.end)
    start, end = max(start, sent.start), min(end, sent.end)  # the valences are the sentence's only
    mentions = (pair.subject, pair.object)
    values = [v for i in range(start, end) if (v := facts.valences[i - sent.start]) is not None
              and not any(m.start <= i < m.end for m in mentions)]
    said = _lemma(s_verb) if s_verb is not None else "-"
    f = []
    for sign, strongest in (("neg", -min(values, default=0.0)), ("pos", max(values, default=0.0))):
        band = next((b for b in VALENCE_BANDS if strongest >= b), None)
        if band is not None:
            f += [f"oval{sign}={band:g}", f"oval{sign}={band:g}|sverb={said}",
                  f"oval{sign}={band:g}|sverb={said}|odep={oh.dep_}"]
    return f


def governing_verb(token: Token) -> Token | None:
    """The nearest verb above *token* (itself excluded), or the root when it is a verb."""
    current = token
    for _ in range(MAX_CLIMB):
        if current is not token and current.pos_ in {"VERB", "AUX"}:
            return current
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def dense_features(pair: Pair) -> np.ndarray:
    """The contextual vectors at the subject's head, the object's head and their common ancestor."""
    doc = pair.sent.doc
    width = doc.tensor.shape[1] if doc.tensor is not None and doc.tensor.size else 0
    out = np.zeros(DENSE_SLOTS * width, dtype=np.float32)
    if not width:
        return out
    sh, oh = head_of(pair.subject, pair.sent), head_of(pair.object, pair.sent)
    _, lca, _ = dependency_path(sh, oh)
    for k, token in enumerate((sh, oh, lca if lca is not None else sh)):
        out[k * width:(k + 1) * width] = doc.tensor[token.i]
    return out
