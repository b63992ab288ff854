"""Role words -> LEADER_OF / MEMBER_OF (graphkit.roles)."""
from __future__ import annotations

import pytest

from graphkit.roles import ROLE_HEADS, role_relation


@pytest.mark.parametrize("words, relation", [
    ("Russian President", "LEADER_OF"),
    ("president", "LEADER_OF"),
    ("Prime Minister", "LEADER_OF"),
    ("the British prime minister", "LEADER_OF"),
    ("Supreme Leader", "LEADER_OF"),
    ("King", "LEADER_OF"),
    ("the Emir", "LEADER_OF"),
    ("Chancellor", "LEADER_OF"),
    ("Chinese Premier", "LEADER_OF"),
    ("NATO Secretary-General", "LEADER_OF"),
    ("secretary general", "LEADER_OF"),
    ("chairman", "LEADER_OF"),
    ("Director-General", "LEADER_OF"),
    ("President of the European Commission", "LEADER_OF"),
    ("acting president", "LEADER_OF"),
    ("UN chief", "LEADER_OF"),
    ("head of the IAEA", "LEADER_OF"),
    ("the US defence secretary", "MEMBER_OF"),
    ("Iran's foreign minister", "MEMBER_OF"),
    ("Iran’s foreign minister", "MEMBER_OF"),
    ("minister", "MEMBER_OF"),
    ("Secretary of State", "MEMBER_OF"),
    ("deputy prime minister", "MEMBER_OF"),
    ("Vice President", "MEMBER_OF"),
    ("vice-president", "MEMBER_OF"),
    ("Kremlin spokesman", "MEMBER_OF"),
    ("spokesperson", "MEMBER_OF"),
    ("foreign ministry spokeswoman", "MEMBER_OF"),
    ("ambassador to the United Nations", "MEMBER_OF"),
    ("special envoy", "MEMBER_OF"),
    ("an aide", "MEMBER_OF"),
    ("senior officials", "MEMBER_OF"),
    ("diplomat", "MEMBER_OF"),
    ("national security adviser", "MEMBER_OF"),
    ("army chief", "MEMBER_OF"),
    ("intelligence chief", "MEMBER_OF"),
    ("Chief of the General Staff", "MEMBER_OF"),
    ("head of the presidential office", "MEMBER_OF"),
    ("Commander-in-Chief", "MEMBER_OF"),
    ("chancellor of the exchequer", "MEMBER_OF"),
    ("General", "MEMBER_OF"),
    ("Crown Prince", "MEMBER_OF"),
    ("former president", None),
    ("ex-president", None),
    ("the late king", None),
    ("President-elect", None),
    ("opposition leader", None),
    ("analyst", None),
    ("expert", None),
    ("", None),
])
def test_role_relation(words, relation):
    assert role_relation(words) == relation


def test_role_heads_are_single_lower_case_words():
    assert {"president", "minister", "secretary", "spokesperson", "spokesman", "aide", "ambassador"} <= ROLE_HEADS
    assert all(" " not in w and w == w.lower() for w in ROLE_HEADS)
    assert {"president", "envoy"} <= ROLE_HEADS and not {"analyst", "state"} & ROLE_HEADS
