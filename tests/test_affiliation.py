"""The person -> country link, defined once (graphkit.affiliation)."""
from graphkit.affiliation import choose_home, person_id, split_person_id


def test_leader_beats_member_then_evidence_then_id():
    assert choose_home([("MEMBER_OF", "country:AAA", 5), ("LEADER_OF", "country:BBB", 1)]) == "country:BBB"
    assert choose_home([("MEMBER_OF", "country:AAA", 1), ("MEMBER_OF", "country:BBB", 2)]) == "country:BBB"
    assert choose_home([("MEMBER_OF", "country:BBB", 1), ("MEMBER_OF", "country:AAA", 1)]) == "country:AAA"
    assert choose_home([]) is None


def test_person_id_round_trip():
    assert person_id("person:john-smith", "country:GBR") == "person:john-smith@GBR"
    assert split_person_id("person:john-smith@GBR") == ("person:john-smith", "country:GBR")
    assert person_id("person:john-smith", None) == "person:john-smith"
    assert person_id("person:john-smith", "org:eu") == "person:john-smith"  # only a country tells namesakes apart
    assert split_person_id("country:GBR") == ("country:GBR", None)
