"""Who said what: direct, partial, reported and scare quotes, each tied to its span and its speaker.

How an article is read (rules a wire editor would recognise; the vocabulary is in `newslens.rules`):

1. `marks`: quote marks are paired paragraph by paragraph in one linear pass.
2. `attribution`: each quote looks for its cue after it (``"...," X said``, ``"...," according to X``), before
   it (``X said: "..."``, a label such as ``Mark Rutte, NATO: "..."``),
   then from another quote of its paragraph; a paragraph that opens with a quote and names nobody carries
   the previous paragraph's speaker.
3. `reported`: reported speech outside quotes: ``X said (that) CLAUSE``, ``CLAUSE, the data show``, ``according
   to X``, ``X's claim that CLAUSE``; a partial quote inside such a clause becomes the clause's row.
4. `speakers`: each speaker phrase becomes a source of a kind (person, organisation, document, group);
   pronouns go to the most recent compatible subject that speaks or acts (`mentions` reads the article's
   sentence subjects and named roles), role nouns ("the minister") to the person named in that role,
   surnames and titled forms ("Peskov", "Mr. Trump") to the article's full name. Nothing is guessed: a quote
   that no rule attributes keeps an empty speaker, a pronoun that could stand for two people stays
   unresolved (and its rule says so), and one or two quoted words with no cue are scare quotes.
   `canonical` gives one name per person across articles.

`extraction` runs these passes over an article, tokenizing only the sentences `screening` finds can hold
an attribution. They read `cues` (a verb of speaking in context), `phrases` (speaker noun phrases),
`subjects` (whose cue it is) and `clauses` (where a reported clause ends); `frames` turns the records into
tables. Every row says which rule decided it, so a reader can see why.
"""

from .canonical import canonical_speakers
from .extraction import quote_records
from .frames import (
    PEOPLE_COLUMNS,
    QUOTE_COLUMNS,
    SOURCE_TYPE_COLUMNS,
    SPEAKER_COLUMNS,
    people,
    quote_positions,
    quotes,
    source_types,
    speakers,
)
from .marks import Marked, find_quote_marks
from .records import QuoteRecord

__all__ = [
    "PEOPLE_COLUMNS",
    "QUOTE_COLUMNS",
    "SOURCE_TYPE_COLUMNS",
    "SPEAKER_COLUMNS",
    "Marked",
    "QuoteRecord",
    "canonical_speakers",
    "find_quote_marks",
    "people",
    "quote_positions",
    "quote_records",
    "quotes",
    "source_types",
    "speakers",
]
