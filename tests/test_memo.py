"""The bounded memo behind the gazetteer's and the rules' repeated look-ups."""
from graphkit.memo import remembered


def test_an_answer_is_found_once_and_the_memo_stays_bounded():
    calls: list[str] = []

    def find(word: str) -> int:
        calls.append(word)
        return len(word)

    memo: dict[str, int] = {}
    assert remembered(memo, "army", find, size=2) == 4
    assert remembered(memo, "army", find, size=2) == 4
    assert calls == ["army"]
    for word in ("navy", "junta", "bloc"):
        remembered(memo, word, find, size=2)
    assert len(memo) <= 2 and remembered(memo, "bloc", find, size=2) == 4
