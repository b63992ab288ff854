"""End to end with the real spaCy model: short articles written for this file, in, triples out.

Each expected triple is its own test case, so a miss names the construction; the triples a careful
analyst would reject are checked absent the same way. Cases the pipeline still gets wrong are
``xfail(strict=True)`` with what came out; remove the mark when the rule is fixed.
"""
from __future__ import annotations

import pytest

from graphkit.actors.speech import OPENING_QUOTES
from graphkit.ontology import POLARITY, RELATIONS, SYMMETRIC
from graphkit.pipeline import extract
from graphkit.types import ACTOR_TYPES, Article

pytestmark = pytest.mark.slow

DATE = "2024-06-18"
ARTICLES: dict[str, str] = {
    # metonymy, titles, visits, surname and pair coreference, nominal trigger
    "summit": (
        "Russian President Vladimir Putin arrived in Pyongyang on Tuesday for a two-day visit. "
        "Putin thanked Kim Jong Un for his hospitality. "
        "The two leaders signed a strategic partnership treaty on Wednesday. "
        "The White House condemned Moscow's growing military cooperation with Pyongyang."
    ),
    # pronoun and surname coreference; two people sharing a surname
    "coref": (
        "Kim Jong Un travelled to Russia by armoured train in September. "
        "He met Vladimir Putin at a space launch centre in the far east. "
        "Kim praised Moscow for standing up to the West. "
        "His sister Kim Yo Jong later condemned South Korea."
    ),
    # plural pronoun after conjoined subjects
    "drills": (
        "China and Russia held joint naval drills near Japan in July. "
        "They also condemned the United States. "
        "Tokyo protested against the exercises."
    ),
    # passive participle, actor adjective on material, possessive nominal, light verb
    "shells": (
        "Artillery shells supplied by North Korea have been fired at Ukrainian cities by Russian forces. "
        "Ukraine's foreign ministry condemned Pyongyang's support for Moscow. "
        "The European Union imposed new sanctions on North Korea on Friday."
    ),
    # accusation, denial, negation, reported speech
    "denial": (
        "The United States accused Iran of supplying Russia with ballistic missiles. "
        "Tehran denied sending any weapons to Moscow. "
        "China did not condemn the transfers. "
        "A Pentagon spokesman said Iranian drones were launched at Kyiv by Russia."
    ),
    # multi-actor lists, refusal, negation
    "coalition": (
        "The US, Britain and France sent air defence systems to Ukraine. "
        "Germany and Poland provided Kyiv with tanks. "
        "Hungary refused to join the effort. "
        "Slovakia did not send weapons to Ukraine."
    ),
    # hedged and attributed claims, apposition role
    "reported": (
        "North Korea has reportedly sent troops to Russia, according to South Korean intelligence. "
        "Seoul's spy agency said the soldiers were being trained in eastern Russia. "
        "Lloyd Austin, the US defence secretary, said the deployment was dangerous."
    ),
    # an act only asked for: neither the rules nor the model may read it as done
    "requested": (
        "The United States condemned Russia's strikes on Kyiv. "
        "Washington encouraged Japan to impose sanctions on Russian banks."
    ),
    # sanctions as a noun with by/on arguments and a pair nominal, possessive backing
    "sanctions": (
        "Russia and Iran have grown closer since 2022. "
        "The sanctions levied by the West on both nations pushed them together. "
        "North Korea's backing of Russia has also deepened. "
        "Washington imposed fresh sanctions against Tehran in May."
    ),
    # meetings, pair nominals, lifted sanctions, possessive title
    "talks": (
        "Wang Yi held talks with Sergei Lavrov in Beijing on Monday. "
        "The two ministers agreed to deepen cooperation between their countries. "
        "The US lifted sanctions on Syria last year. "
        "Iran's foreign minister Abbas Araghchi criticised Israel on Tuesday."
    ),
}

CHN, DEU, FRA, GBR, HUN, IRN, ISR, JPN, KOR, POL, PRK, RUS, SVK, SYR, UKR, USA = (
    f"country:{iso}" for iso in "CHN DEU FRA GBR HUN IRN ISR JPN KOR POL PRK RUS SVK SYR UKR USA".split())
EU, WEST = "org:eu", "bloc:west"
PUTIN, KIM, KIM_YO_JONG = "person:vladimir-putin", "person:kim-jong-un", "person:kim-yo-jong"
AUSTIN, ARAGHCHI, WANG, LAVROV = ("person:lloyd-austin", "person:abbas-araghchi", "person:wang-yi",
                                  "person:sergei-lavrov")
ANY = "*"  # in ABSENT: any relation with any actor


def case(doc_id: str, subject: str, relation: str, obj: str, *, xfail: str | None = None):
    """One table row, named "article:subject-RELATION-object", xfail(strict) with *xfail* as reason."""
    name = f"{doc_id}:{subject.split(':')[-1]}-{relation}-{obj.split(':')[-1]}"
    marks = [pytest.mark.xfail(reason=xfail, strict=True)] if xfail else []
    return pytest.param(doc_id, (subject, relation, obj), id=name, marks=marks)


EXPECTED = [
    case("summit", PUTIN, "LEADER_OF", RUS),
    case("summit", PUTIN, "VISITS", PRK),
    case("summit", PUTIN, "SUPPORTS", KIM),
    case("summit", PUTIN, "COOPERATES_WITH", KIM),
    case("summit", USA, "OPPOSES", RUS),
    case("summit", RUS, "COOPERATES_WITH", PRK),
    case("coref", KIM, "VISITS", RUS),
    case("coref", KIM, "MEETS", PUTIN),
    case("coref", KIM, "SUPPORTS", RUS),
    case("coref", KIM_YO_JONG, "OPPOSES", KOR),
    case("drills", CHN, "COOPERATES_WITH", RUS),
    case("drills", CHN, "OPPOSES", USA),
    case("drills", RUS, "OPPOSES", USA),
    case("shells", PRK, "SUPPLIES", RUS),
    case("shells", RUS, "ATTACKS", UKR),
    case("shells", UKR, "OPPOSES", PRK),
    case("shells", PRK, "SUPPORTS", RUS),
    case("shells", EU, "SANCTIONS", PRK),
    case("denial", USA, "OPPOSES", IRN),
    case("denial", IRN, "SUPPLIES", RUS),
    case("denial", RUS, "ATTACKS", UKR),
    case("coalition", USA, "SUPPLIES", UKR),
    case("coalition", GBR, "SUPPLIES", UKR),
    case("coalition", FRA, "SUPPLIES", UKR),
    case("coalition", DEU, "SUPPLIES", UKR),
    case("coalition", POL, "SUPPLIES", UKR),
    case("sanctions", WEST, "SANCTIONS", RUS),
    case("sanctions", WEST, "SANCTIONS", IRN),
    case("sanctions", PRK, "SUPPORTS", RUS),
    case("sanctions", USA, "SANCTIONS", IRN),
    case("reported", PRK, "SUPPLIES", RUS),
    case("reported", AUSTIN, "MEMBER_OF", USA),
    case("talks", WANG, "MEETS", LAVROV),
    case("talks", WANG, "COOPERATES_WITH", LAVROV),
    case("talks", ARAGHCHI, "MEMBER_OF", IRN),
    case("talks", ARAGHCHI, "OPPOSES", ISR),
]

ABSENT = [
    case("summit", PUTIN, "LEADER_OF", PRK),
    case("coref", KIM, "OPPOSES", KOR),  # the sister condemned, not Kim Jong Un
    case("coref", KIM_YO_JONG, "SUPPORTS", RUS),
    case("drills", JPN, "OPPOSES", USA),
    case("shells", UKR, "ATTACKS", RUS),
    case("shells", PRK, "ATTACKS", UKR),  # it supplied the shells; Russia fired them
    case("denial", CHN, ANY, ANY),  # "did not condemn"
    case("coalition", HUN, ANY, ANY),  # "refused to join"
    case("coalition", SVK, ANY, ANY),  # "did not send"
    case("reported", KOR, ANY, ANY),  # Seoul's agency reports; it does nothing
    case("requested", JPN, "SANCTIONS", RUS),
    case("talks", USA, "SANCTIONS", SYR),  # sanctions lifted
]


def normal(subject: str, relation: str, obj: str) -> tuple[str, str, str]:
    if relation in SYMMETRIC:
        subject, obj = sorted((subject, obj))
    return subject, relation, obj


def matches(triple, pattern: tuple[str, str, str]) -> bool:
    """Same triple (symmetric relations in either direction); ``(actor, ANY, ANY)``: the actor takes part."""
    subject, relation, obj = pattern
    if relation == ANY:
        return subject in (triple.subject_id, triple.object_id)
    return normal(triple.subject_id, triple.relation, triple.object_id) == normal(subject, relation, obj)


@pytest.fixture(scope="module")
def extracted(nlp):
    """Every article's triples, from one run of the real pipeline (``nlp`` loads the model once)."""
    articles = [Article(doc_id=doc_id, text=text, date=DATE) for doc_id, text in ARTICLES.items()]
    found: dict[str, list] = {doc_id: [] for doc_id in ARTICLES}
    for triple in extract(articles):
        found[triple.doc_id].append(triple)
    return found


def _summary(triples) -> list[str]:
    return [f"{t.subject_id} {t.relation} {t.object_id} [{t.rule}]" for t in triples]


@pytest.mark.parametrize(("doc_id", "pattern"), EXPECTED)
def test_expected_triple_is_found(extracted, doc_id, pattern):
    triples = extracted[doc_id]
    assert any(matches(t, pattern) for t in triples), _summary(triples)


@pytest.mark.parametrize(("doc_id", "pattern"), ABSENT)
def test_wrong_triple_is_not_found(extracted, doc_id, pattern):
    triples = extracted[doc_id]
    assert not any(matches(t, pattern) for t in triples), _summary(triples)


CONTRACT = {
    "doc_id": str, "subject": str, "subject_id": str, "subject_type": str, "subject_text": str,
    "relation": str, "object": str, "object_id": str, "object_type": str, "object_text": str,
    "predicate": str, "rule": str, "confidence": float, "sentence": str, "start": int, "end": int,
}


@pytest.mark.parametrize("doc_id", sorted(ARTICLES))
def test_every_triple_keeps_the_jsonl_contract(extracted, doc_id):
    text = ARTICLES[doc_id]
    assert extracted[doc_id], f"no triples from {doc_id}"
    for t in extracted[doc_id]:
        record = t.to_dict()
        for field, kind in CONTRACT.items():
            assert isinstance(record[field], kind), (field, record[field])
        assert record["doc_id"] == doc_id and record["date"] == DATE
        assert record["relation"] in RELATIONS and record["polarity"] == POLARITY[record["relation"]]
        assert record["subject_type"] in ACTOR_TYPES and record["object_type"] in ACTOR_TYPES
        assert 0 < record["confidence"] <= 1
        assert record["subject_id"] != record["object_id"]
        assert 0 <= t.start < t.end <= len(text)
        assert t.sentence and t.sentence in text[t.start:t.end]
        assert t.subject_text in t.sentence and t.object_text in t.sentence


@pytest.mark.parametrize(("doc_id", "sentence"), [
    ("denial", "Tehran denied sending any weapons to Moscow."),
    ("denial", "China did not condemn the transfers."),
    ("coalition", "Hungary refused to join the effort."),
    ("coalition", "Slovakia did not send weapons to Ukraine."),
    ("talks", "The US lifted sanctions on Syria last year."),
])
def test_negated_sentence_gives_no_triple(extracted, doc_id, sentence):
    assert sentence in ARTICLES[doc_id]
    assert [t for t in extracted[doc_id] if t.sentence == sentence] == []


def _one(extracted, doc_id: str, pattern: tuple[str, str, str]):
    found = [t for t in extracted[doc_id] if matches(t, pattern)]
    assert found, _summary(extracted[doc_id])
    return found[0]


def test_metonyms_keep_their_surface_text(extracted):
    t = _one(extracted, "summit", (USA, "OPPOSES", RUS))
    assert (t.subject_text, t.object_text) == ("White House", "Moscow")
    assert _one(extracted, "summit", (PUTIN, "VISITS", PRK)).object_text == "Pyongyang"


def test_pronoun_and_surname_resolve_to_the_full_name(extracted):
    assert _one(extracted, "coref", (KIM, "MEETS", PUTIN)).subject_text == "He"
    assert _one(extracted, "coref", (KIM, "SUPPORTS", RUS)).subject_text == "Kim"
    assert _one(extracted, "summit", (PUTIN, "SUPPORTS", KIM)).subject_text == "Putin"


def test_reported_claim_keeps_the_speaker(extracted):
    spoken = [t for t in extracted["denial"] if t.sentence.startswith("A Pentagon spokesman")]
    assert {t.relation for t in spoken} == {"SUPPLIES", "ATTACKS"}
    assert all(t.attribution == "A Pentagon spokesman" for t in spoken)
    assert all(t.attribution is None for t in extracted["denial"] if t.sentence.startswith("The United States"))


def test_according_to_is_the_attribution(extracted):
    t = _one(extracted, "reported", (PRK, "SUPPLIES", RUS))
    assert t.attribution == "South Korean intelligence"


def test_attribution_is_quoted_from_the_sentence(extracted):
    """As written in the sentence, or in the one before when the sentence is a quote that goes on."""
    attributed = [t for triples in extracted.values() for t in triples if t.attribution]
    assert attributed
    for t in attributed:
        before = ARTICLES[t.doc_id][:t.start]
        assert t.attribution in t.sentence or t.sentence[0] in OPENING_QUOTES and t.attribution in before, \
            (t.attribution, t.sentence)
        assert t.relation not in {"LEADER_OF", "MEMBER_OF"}, t.attribution


def test_hedged_claim_has_lower_confidence(extracted):
    hedged = _one(extracted, "reported", (PRK, "SUPPLIES", RUS))
    plain = _one(extracted, "coalition", (USA, "SUPPLIES", UKR))
    assert hedged.rule == plain.rule and hedged.confidence < plain.confidence


def test_each_actor_of_a_list_gets_its_own_triple(extracted):
    suppliers = {t.subject_id for t in extracted["coalition"] if t.relation == "SUPPLIES" and t.object_id == UKR}
    assert suppliers == {USA, GBR, FRA, DEU, POL}
