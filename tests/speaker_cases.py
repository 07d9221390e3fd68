"""Check `newslens.quotes` against the hand-written cases in tests/data/speaker_cases.txt.

    .venv/bin/python tests/speaker_cases.py [--show]

Each case names a quote row by some of its words and says who its speaker is, and optionally its kind,
speaker_type, speaker_title, speaker_mention, whole span and rule. `--show` prints every failing case.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

import newslens as nl

CASES = Path(__file__).parent / "data" / "speaker_cases.txt"
PARAGRAPH = " ¶ "
NO_ROW = "!none"
_COLUMNS = {"kind": "kind", "type": "speaker_type", "title": "speaker_title", "mention": "speaker_mention",
            "span": "quote"}  # fmt: skip


@dataclass
class Case:
    capability: str
    text: str
    quote: str
    speaker: str
    expect: dict[str, str] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return f"{self.capability.split('.')[0]}: {self.quote[:40]}"


def load_cases(path: Path = CASES) -> list[Case]:
    cases, capability = [], ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            capability = line[3:]
            continue
        if not line.strip() or line.startswith("#"):
            continue
        text, quote, speaker, *extra = line.split("\t")
        expect = dict(_key_value(item) for item in extra)
        cases.append(Case(capability, text.replace(PARAGRAPH, "\n\n"), quote, speaker, expect))
    return cases


def _key_value(item: str) -> tuple[str, str]:
    """ "kind=partial" -> ("kind", "partial"); "rule~pronoun" -> ("rule~", "pronoun") (words it contains)."""
    tilde, equals = item.find("~"), item.find("=")
    if tilde >= 0 and (equals < 0 or tilde < equals):
        return item[: tilde + 1], item[tilde + 1 :]
    key, _, value = item.partition("=")
    return key, value


def _covering(rows: list[dict], start: int, end: int) -> dict | None:
    """The row whose span covers most of [start, end)."""
    best, most = None, 0
    for r in rows:
        covered = min(end, r["end"]) - max(start, r["start"])
        if covered > most:
            best, most = r, covered
    return best


def _blank(v) -> str:
    return "" if v is None or v != v else str(v)


def check(case: Case) -> list[str]:
    """What is wrong with newslens' answer for one case (empty when it is right)."""
    at = case.text.find(case.quote)
    if at < 0:
        return [f"the case's quote {case.quote!r} is not in its text"]
    row = _covering(nl.quotes(case.text).to_dict("records"), at, at + len(case.quote))
    if case.speaker == NO_ROW:
        return [] if row is None else [f"a {row['kind']} row covers it: {row['quote']!r} ({row['rule']})"]
    if row is None:
        return ["no quote row covers it"]
    wrong = []
    if _blank(row["speaker"]) != ("" if case.speaker == "-" else case.speaker):
        wrong.append(f"speaker {_blank(row['speaker'])!r}, want {case.speaker!r} (mention "
                     f"{_blank(row['speaker_mention'])!r}, rule {row['rule']!r})")  # fmt: skip
    for key, want in case.expect.items():
        if key.endswith("~"):
            if want not in _blank(row[key[:-1]]):
                wrong.append(f"{key[:-1]} {_blank(row[key[:-1]])!r} lacks {want!r}")
        elif _blank(row.get(_COLUMNS[key])) != want:
            wrong.append(f"{key} {_blank(row.get(_COLUMNS[key]))!r}, want {want!r}")
    return wrong


if __name__ == "__main__":
    cases = load_cases()
    by_capability: dict[str, list[int]] = {}
    for case in cases:
        wrong = check(case)
        tally = by_capability.setdefault(case.capability, [0, 0])
        tally[0] += not wrong
        tally[1] += 1
        if wrong and "--show" in sys.argv:
            print(f"[{case.id}] " + "; ".join(wrong))
    for capability, (ok, n) in by_capability.items():
        print(f"{ok:3d}/{n:<3d} {capability}")
    print(f"cases={len(cases)} right={sum(ok for ok, _ in by_capability.values())}")
