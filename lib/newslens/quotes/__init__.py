"""Who said what: direct, partial, reported and scare quotes, each tied to its span and its speaker.

How an article is read (rules a wire editor would recognise; the vocabulary is in `newslens.rules`):

1. `marks`: quote marks are paired paragraph by paragraph in one linear pass.
2. `attribution`: each quote looks for its cue after it (``"...," X said``), before it (``X said: "..."``),
   then from another quote of its paragraph; a paragraph that opens with a quote and names nobody carries
   the previous paragraph's speaker.
3. `reported`: reported speech outside quotes: ``X said (that) CLAUSE``, ``CLAUSE, X said``, ``according
   to X``.
4. `speakers`: pronouns go to the most recent compatible person, surnames and titled forms ("Peskov",
   "Mr. Trump") to the article's full name. Nothing is guessed: a quote that no rule attributes keeps an
   empty speaker, and one or two quoted words with no cue are scare quotes.

`extraction` runs these passes over an article (`phrases` holds the tokens and phrases they read), and
`frames` turns the records into tables. Every row says which rule decided it, so a reader can see why.
"""

from .extraction import quote_records
from .frames import PEOPLE_COLUMNS, QUOTE_COLUMNS, SPEAKER_COLUMNS, people, quote_positions, quotes, speakers
from .marks import Marked, find_quote_marks
from .records import QuoteRecord
from .speakers import canonical_speakers

__all__ = [
    "PEOPLE_COLUMNS",
    "QUOTE_COLUMNS",
    "SPEAKER_COLUMNS",
    "Marked",
    "QuoteRecord",
    "canonical_speakers",
    "find_quote_marks",
    "people",
    "quote_positions",
    "quote_records",
    "quotes",
    "speakers",
]
