"""What a trade measure or a sanction hits through an actor's goods and holdings: "the assets of X",
"imports from Brazil", "a ban on Ukrainian grain", "30 billion dollars of American goods"."""
from __future__ import annotations

from spacy.tokens import Token

from ..actors import Mention, MentionTable, unique_actors
from ..syntax import children

# What a sanction can hit that an actor owns, sells or sends: "the assets of X", "imports of Russian steel".
HELD_THINGS = frozenset("""asset fund account reserve property holding visa import export good product flight
    airline ship vessel tanker shipment firm company bank entity official diplomat""".split())
# "tariffs on Australian barley", "a ban on imports from Russia": goods whose maker, seller or buyer a
# trade measure hits.
TRADED_GOODS = frozenset("""good product import export shipment delivery sale purchase commodity produce grain
    wheat barley wine beef pork fish seafood fruit steel aluminium aluminum oil gas coal timber car vehicle chip
    semiconductor""".split())
OWNED_THINGS = HELD_THINGS | TRADED_GOODS  # what a measure on an actor's belongings hits the actor through
# "30 billion dollars of American goods": amounts whose "of" names the goods.
AMOUNT_NOUNS = frozenset("dollar euro yuan pound billion million tonne ton barrel worth percent".split())
# "exports to China": goods whose "to" names the buyer.
SOLD_GOODS = frozenset("export sale shipment delivery".split())


def owners_of_goods(token: Token, actors: MentionTable, hops: int = 2) -> list[Mention]:
    """Whose goods or holdings a measure hits: "assets of X", "imports from Brazil", "Australian barley",
    "exports to China" (the buyer), "30 billion dollars of American goods"."""
    lemma = token.lemma_.lower()
    ofs = [o for p in children(token, "prep") if p.lower_ == "of" for o in children(p, "pobj")]
    if lemma in AMOUNT_NOUNS and hops:
        return [m for o in ofs for m in owners_of_goods(o, actors, hops - 1)]
    if lemma not in OWNED_THINGS:
        return []
    owners = [m for o in ofs for m in actors.actors_of(o) or actors.modifier_actors(o)]
    if lemma in TRADED_GOODS:
        sides = {"from", "to"} if lemma in SOLD_GOODS else {"from"}
        owners += [m for h in [token] + _measure_on(token) for p in children(h, "prep") if p.lower_ in sides
                   and (h is token or p.i == token.right_edge.i + 1)  # not "a ban on oil, separately from the EU"
                   for o in children(p, "pobj") for m in actors.actors_of(o)]
        owners = owners or actors.modifier_actors(token)
    return unique_actors(owners)


def _measure_on(goods: Token, hops: int = 4) -> list[Token]:
    """The measure on *goods* and the verb that imposes it: the parser often hangs the goods' origin on
    either ("imposed a ban on wine from Australia", "tariffs of 25 percent on steel from Canada")."""
    if goods.dep_ != "pobj" or goods.head.lower_ != "on":
        return []
    up = [goods.head.head]
    while up[-1].pos_ not in {"VERB", "AUX"} and up[-1].head.i != up[-1].i and len(up) < hops:
        up.append(up[-1].head)
    return up
