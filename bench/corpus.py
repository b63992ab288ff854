"""Benchmark corpora: distinct synthetic articles made from the seed articles and sentences written here.

Every article draws its sentences at random (seeded, so runs are reproducible)
from the seed articles in ``seeds/`` and from :data:`EXTRA_SENTENCES`, grouped
into short paragraphs, with its own id and date. A folder of real articles can
be used instead (``--corpus DIR`` in every bench script).
"""
from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graphkit.sources import read_articles  # noqa: E402
from graphkit.types import Article  # noqa: E402

SEEDS = ROOT / "seeds"
# Written for the benchmarks (not real news): every rule family gets something to do.
EXTRA_SENTENCES = """
Germany sent two air-defence systems to Ukraine in March.
The French foreign minister met his Indian counterpart in New Delhi on Monday.
China condemned the new American tariffs on electric cars.
Japan and Australia signed a defence pact in Tokyo.
Poland accused Belarus of pushing migrants across the border.
The European Union imposed sanctions on three Iranian drone makers.
Turkey hosted talks between Russian and Ukrainian delegations in Istanbul.
Israel struck targets in southern Lebanon overnight, the army said.
Hezbollah fired rockets at northern Israel on Sunday.
Egypt and Qatar mediated between Israel and Hamas.
India criticised Pakistan for sheltering militants, according to a government statement.
Pakistan rejected the accusation and warned India against any strike.
The United States supplied Taiwan with anti-ship missiles.
China threatened Taiwan with more military drills.
South Korea and Japan held joint naval exercises with the United States.
North Korea launched a ballistic missile into the sea, Seoul said.
Brazil backed the peace proposal put forward by China.
Kenya agreed to send police officers to Haiti.
The African Union suspended Niger after the coup.
France withdrew its troops from Mali and Burkina Faso.
Russia expelled two Estonian diplomats on Thursday.
Estonia summoned the Russian ambassador over the incident.
Saudi Arabia and Iran restored diplomatic ties after talks in Beijing.
Britain pledged new aid to Ukraine, the prime minister said.
Hungary blocked a joint statement on Ukraine at the summit.
The Philippines protested against Chinese coast guard manoeuvres near the shoal.
Vietnam deepened its partnership with the United States during the visit.
Armenia accused Azerbaijan of shelling border villages.
Azerbaijan denied the claim and blamed Armenian forces.
Canada imposed sanctions on Russian oil traders.
The president of Finland visited Washington to discuss NATO membership.
Sweden thanked Turkey for approving its NATO bid.
Serbia did not condemn the attack, officials said.
Iran supplies Russia with drones, according to Western officials.
Ukraine shelled Russian positions near the river, the Russian defence ministry claimed.
The Indian prime minister praised the Japanese investment plan.
Venezuela threatened Guyana over the disputed region.
Colombia offered to mediate between Venezuela and Guyana.
Norway gave Ukraine fighter jets and spare parts.
The United Nations criticised the blockade of humanitarian convoys.
""".strip().splitlines()
_SENTENCE_END = re.compile(r"(?<=[.!?”\"])\s+(?=[A-Z“\"])")
_BRACKETED = re.compile(r"^\[.*\]$")


def sentence_pool() -> list[str]:
    """Sentences of the seed articles (titles and editorial notes left out) plus :data:`EXTRA_SENTENCES`."""
    pool: list[str] = []
    for path in sorted(SEEDS.glob("*.txt")):
        for para in path.read_text(encoding="utf-8").split("\n\n"):
            para = " ".join(para.split())
            if not para or _BRACKETED.match(para) or not para.endswith((".", "”", '"')):
                continue
            pool.extend(s for s in _SENTENCE_END.split(para) if len(s.split()) >= 5)
    return pool + EXTRA_SENTENCES


def generate(n: int, *, seed: int = 0, sentences: tuple[int, int] = (8, 16)) -> Iterator[dict]:
    """*n* distinct JSONL-ready article records (``id``, ``title``, ``date``, ``text``)."""
    pool = sentence_pool()
    rng = random.Random(seed)
    for i in range(n):
        picked = rng.sample(pool, rng.randint(*sentences))
        paragraphs, k = [], 0
        while k < len(picked):
            size = rng.randint(2, 4)
            paragraphs.append(" ".join(picked[k:k + size]))
            k += size
        paragraphs.append(_local_colour(rng))
        title = " ".join(picked[0].split()[:8]).rstrip(".,")
        date = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        yield {"id": f"bench-{seed}-{i:06d}", "title": title, "date": date,
               "text": title + "\n\n" + "\n\n".join(paragraphs)}


def _local_colour(rng: random.Random) -> str:
    """A closing sentence with new names and figures, so the vocabulary keeps growing as in real news."""
    def name() -> str:
        return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()

    return (f"Officials in {name()} said {rng.randint(2, 99_999):,} people had left {name()} and {name()} "
            f"since {rng.randint(1, 28)} {rng.choice(_MONTHS)}, {name()} {name()} reported.")


_SYLLABLES = "ka lo mi ren tu sa vo li dan er ob ul zim pra kesh ta no vi gor ash bel un ri ma".split()
_MONTHS = "January February March April May June July August September October November December".split()


def write_corpus(path: Path, n: int, *, seed: int = 0) -> Path:
    """Write :func:`generate` output to *path* as JSONL (streamed; memory stays flat)."""
    with path.open("w", encoding="utf-8") as handle:
        for record in generate(n, seed=seed):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def articles(n: int, *, corpus: str | None = None, seed: int = 0) -> list[Article]:
    """*n* articles: the first *n* of *corpus* (any folder or file graphkit reads, cycled with new ids
    when it is smaller), else generated ones."""
    if corpus is None:
        return [Article(doc_id=r["id"], text=r["text"], title=r["title"], date=r["date"])
                for r in generate(n, seed=seed)]
    found = list(read_articles([corpus]))
    if not found:
        raise SystemExit(f"no readable article in {corpus}")
    return [Article(doc_id=f"{found[i % len(found)].doc_id}#{i // len(found)}", text=found[i % len(found)].text,
                    title=found[i % len(found)].title, date=found[i % len(found)].date) for i in range(n)]


def word_count(items: list[Article]) -> int:
    """Whitespace-separated words in *items* (for words-per-second figures)."""
    return sum(len(a.text.split()) for a in items)


def machine_info() -> str:
    """One line on the machine: cores, CPU model, RAM, and the load average (other jobs skew timings)."""
    import os

    model = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo", encoding="utf-8")
                  if line.startswith("model name")), "unknown CPU")
    ram_kb = next(int(line.split()[1]) for line in open("/proc/meminfo", encoding="utf-8")
                  if line.startswith("MemTotal"))
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return f"{os.cpu_count()} cores ({model}), {ram_kb / 1024 ** 2:.1f} GiB RAM, load average {load}"
