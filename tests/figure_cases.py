"""Score `newslens.figures` on the hand-written cases in tests/data/figure_cases.txt.

    .venv/bin/python tests/figure_cases.py [--show]

A prediction matches an expected figure when their spans overlap (one-to-one). Precision and recall are
over all cases; value, kind and approx accuracy over matched pairs.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import newslens as nl

CASES = Path(__file__).parent / "data" / "figure_cases.txt"


@dataclass
class Expected:
    surface: str
    value: str
    kind: str
    approx: str
    currency: str = ""  # ISO code, checked when given


def load_cases(path: Path = CASES) -> list[tuple[str, list[Expected]]]:
    cases = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        sentence, _, expected = line.partition("\t")
        figs = []
        if expected.strip() != "-":
            for item in expected.split(" ; "):
                figs.append(Expected(*(f.strip() for f in item.split("|"))))
        cases.append((sentence, figs))
    return cases


def _value_ok(pred, want: str) -> bool:
    if want == "":
        return pred is None or pred != pred
    try:
        return abs(float(pred) - float(want)) <= 1e-4 * max(1.0, abs(float(want)))
    except (TypeError, ValueError):
        return str(pred) == want


def score(cases=None) -> dict:
    cases = load_cases() if cases is None else cases
    tp = n_pred = n_gold = value_ok = kind_ok = approx_ok = currencies = currency_ok = 0
    misses, false = [], []
    for sentence, expected in cases:
        preds = nl.figures(sentence).to_dict("records")
        n_pred += len(preds)
        n_gold += len(expected)
        used = set()
        for e in expected:
            s = sentence.find(e.surface)
            span = (s, s + len(e.surface))
            hit = next(
                (k for k, p in enumerate(preds) if k not in used and p["start"] < span[1] and span[0] < p["end"]), None
            )
            if hit is None:
                misses.append((sentence, e.surface))
                continue
            used.add(hit)
            p = preds[hit]
            tp += 1
            value_ok += _value_ok(p["date"] if p["kind"] == "date" else p["value"], e.value)
            kind_ok += p["kind"] == e.kind
            approx_ok += (p["approx"] if isinstance(p["approx"], str) else "").lower() == e.approx.lower()
            if e.currency:
                currencies += 1
                currency_ok += p["currency"] == e.currency
        false.extend((sentence, p["surface"]) for k, p in enumerate(preds) if k not in used)
    return {
        "cases": len(cases), "expected": n_gold, "predicted": n_pred,
        "precision": tp / n_pred if n_pred else 1.0, "recall": tp / n_gold if n_gold else 1.0,
        "value": value_ok / tp if tp else 0.0, "kind": kind_ok / tp if tp else 0.0,
        "approx": approx_ok / tp if tp else 0.0, "currency": currency_ok / currencies if currencies else 1.0,
        "misses": misses, "false_positives": false,
    }  # fmt: skip


if __name__ == "__main__":
    r = score()
    if "--show" in sys.argv:
        for s, f in r["misses"]:
            print(f"[missed] {f!r} in {s!r}")
        for s, f in r["false_positives"]:
            print(f"[false positive] {f!r} in {s!r}")
    print(
        f"cases={r['cases']} expected={r['expected']} predicted={r['predicted']} precision={r['precision']:.3f} "
        f"recall={r['recall']:.3f} value={r['value']:.3f} kind={r['kind']:.3f} approx={r['approx']:.3f} "
        f"currency={r['currency']:.3f}"
    )
