"""What extraction hands on: a `Row` while a quote is attributed, a `QuoteRecord` once it is."""

from __future__ import annotations

from dataclasses import dataclass, field

from .marks import Marked


@dataclass
class Row:
    kind: str
    start: int
    end: int
    paragraph: int
    rule: str
    mention: tuple[int, int] | None = None  # char span of the speaker phrase
    cue: tuple[int, int] | None = None
    title: str = ""
    speaker: str | None = None
    carried_from: Row | None = field(default=None, repr=False)
    marked: Marked | None = field(default=None, repr=False)
    refers_to: tuple[int, int] | None = None  # the name a pronoun mention stands for, when the sentence gives it
    speaker_type: str = ""
    marks: list[tuple[int, int]] = field(default_factory=list)  # the words inside quote marks


@dataclass(frozen=True, slots=True)
class QuoteRecord:
    """One quote as `newslens.quotes` shows it (all its columns but `words`): what the figures and sentiment
    analyses read about a quote (its span, kind and speaker) by name, and the spans inside its quote marks
    (`marks`: a partial quote's row spans its whole reporting clause)."""

    article_id: str
    kind: str
    quote: str
    start: int
    end: int
    speaker: str | None
    speaker_mention: str | None
    speaker_start: int | None
    speaker_end: int | None
    speaker_title: str | None
    speaker_type: str | None
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    paragraph: int
    sentence: int
    rule: str
    marks: tuple[tuple[int, int], ...] = ()  # the words inside quote marks (not a column: what is quoted)
