"""A figure as the scanner finds it, before it becomes a row of `newslens.figures`."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Figure:
    start: int
    end: int
    value: float | str | None
    kind: str
    rule: str
    value_high: float | str | None = None
    unit: str = ""
    currency: str = ""
    approx: str = ""
