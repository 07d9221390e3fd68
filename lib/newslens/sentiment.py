"""The tone of the coverage, sentence by sentence, then aggregated honestly.

Scores come from VADER (Hutto and Gilbert, ICWSM 2014) in its reference implementation, the
`vaderSentiment` package, which ships `vader_lexicon.txt` inside itself: nothing is downloaded, ever.
`newslens.vader` computes the package's scores without its repeated work (about 2.5x faster, same scores).
We chose it over NLTK's port of the same analyzer on data: on VADER's 5,190 rated NYT editorial snippets
it correlates r = 0.503 with the human ratings against the port's 0.490, and it runs about twice as fast.

VADER is scored on single sentences from `newslens.sentences` (on a whole article it saturates towards
+1 or -1), so for any sentence our compound score is VADER's own. The one exception is a "sentence" of
more than `PIECE_CHARS` characters (hostile or broken input with no full stops), on which VADER's time
grows quadratically: it is scored in pieces of at most that length, averaged by length.
"""

from __future__ import annotations

import re
from typing import Literal

import numpy as np
import pandas as pd

from . import rules, schema
from .articles import Article
from .problems import Stage
from .quotes import quote_records
from .source import Source, articles_of, tables_of
from .tokenize import sentence_rows, sentence_spans, sentence_word_counts
from .vader import polarity_scores

SENTENCE_COLUMNS = schema.names(schema.SENTIMENT)
AGGREGATE_COLUMNS = ("sentences", "words", "compound", "negative_share", "neutral_share", "positive_share")
# Columns read from tables as categoricals: repeated strings that analyses group and filter by.
_CATEGORIES = ("article_id", "section", "label", "speaker")
UNITS = {"paragraph": ["article_id", "paragraph"], "section": ["article_id", "section"],
         "article": ["article_id"], "speaker": ["article_id", "speaker"], "voice": ["article_id", "voice"]}  # fmt: skip
LEAD_SECTION = "(lead)"  # the section before the first subhead
THRESHOLD = 0.05  # VADER's own cut-off for positive / negative
PIECE_CHARS = 2000
_QUOTED_KINDS = frozenset({"direct", "partial", "scare"})


def score(text: str) -> dict[str, float]:
    """VADER's scores for one sentence: compound, pos, neu, neg (long input scored in pieces)."""
    if len(text) <= PIECE_CHARS:
        return polarity_scores(text)
    pieces = _pieces(text)
    total = sum(len(p) for p in pieces)
    scores = [polarity_scores(p) for p in pieces]
    return {k: round(sum(s[k] * len(p) for s, p in zip(scores, pieces, strict=True)) / total, 4)
            for k in ("neg", "neu", "pos", "compound")}  # fmt: skip


def _pieces(text: str) -> list[str]:
    out, i = [], 0
    while i < len(text):
        j = min(len(text), i + PIECE_CHARS)
        if j < len(text):
            cut = text.rfind(" ", i + PIECE_CHARS // 2, j)
            j = cut if cut > i else j
        out.append(text[i:j])
        i = j
    return out


def label(compound: float) -> str:
    """positive / neutral / negative at VADER's +/-0.05."""
    return "positive" if compound >= THRESHOLD else "negative" if compound <= -THRESHOLD else "neutral"


def sentiment(
    x: Source,
    by: Literal["sentence", "paragraph", "section", "article", "speaker", "voice"] = "sentence",
) -> pd.DataFrame:
    """Sentence-level VADER scores of the body text, or their aggregate per paragraph, section, article or speaker.

    `by="sentence"`: one row per body sentence (titles, subheads, boilerplate and bylines are left out):
    `article_id`, `sentence` (as in `newslens.sentences`), `paragraph`, `section` (the subhead it falls
    under, "(lead)" before the first), `start`, `end`, `text`, `words` (`tokenize.count_words`), `compound`,
    `pos`, `neu`, `neg`, `label` (positive / neutral / negative at +/-0.05), `quoted` (share of its
    characters inside quote marks), `speaker` (whose quote it is, when at least half of it is quoted and
    attributed).

    Other `by` values give one row per unit (`voice`: narrative sentences versus those at least half
    quoted) with `sentences`, `words`, `compound` (mean weighted by sentence length in words, at least 1),
    and the shares of negative, neutral and positive sentences.

    From the tables of `newslens.analyze` the scores are read, not recomputed. So that 100,000 articles
    read and group in seconds, `text` is left out (`Tables.with_text` adds it to the rows you
    show) and `article_id`, `section`, `label` and `speaker` are categoricals.
    """
    if by not in ("sentence", *UNITS):
        raise ValueError(f"by must be one of sentence, {', '.join(UNITS)}; not {by!r}")
    if (tables := tables_of(x)) is not None:
        columns = [c for c in SENTENCE_COLUMNS if c != "text"]
        frame = tables.read("sentences", columns, where={"kind": "body"}, categories=_CATEGORIES)
    else:
        frame = _sentence_frame(articles_of(x))
    return frame if by == "sentence" else aggregate(frame, by)


def aggregate(frame: pd.DataFrame, by: str) -> pd.DataFrame:
    """Aggregate a `by="sentence"` frame per unit (see `sentiment`)."""
    keys = UNITS[by]
    if by == "voice":  # quoted (at least half inside quote marks) or narrative; named once aggregated
        frame = frame[["article_id", "words", "compound", "label"]].assign(voice=frame["quoted"] >= 0.5)
    frame = frame[[*keys, "words", "compound", "label"]]
    frame = frame.astype(dict.fromkeys([k for k in keys if k in _CATEGORIES], "category"))  # fast to group
    if by == "speaker":
        frame = frame[frame["speaker"].notna()]
    words = frame["words"].clip(lower=1)
    work = pd.DataFrame(
        {
            **{k: frame[k] for k in keys},
            "sentences": 1,
            "words": words,
            "weighted": frame["compound"] * words,
            "negative_share": (frame["label"] == "negative").astype(float),
            "neutral_share": (frame["label"] == "neutral").astype(float),
            "positive_share": (frame["label"] == "positive").astype(float),
        }
    )
    g = work.groupby(keys, sort=False, observed=True)
    out = g[["sentences", "words", "weighted"]].sum()
    out["compound"] = (out.pop("weighted") / out["words"]).round(4)
    shares = g[["negative_share", "neutral_share", "positive_share"]].mean().round(4)
    out = out.join(shares).reset_index()
    out = out.astype({k: "str" for k in keys if k in _CATEGORIES})
    if by == "voice":
        out["voice"] = pd.array(np.where(out["voice"], "quoted", "narrative"), dtype="str")
    return out[[*keys, *AGGREGATE_COLUMNS]]


#: The sentiment columns the stored sentences add to `newslens.sentences`' (see `schema.STORED_SENTENCES`).
_STORED = tuple(c for c in schema.names(schema.STORED_SENTENCES) if c not in schema.names(schema.SENTENCES))


def stored_sentences(articles: list[Article]) -> pd.DataFrame:
    """The `sentences` table `newslens.analyze` stores: every sentence as `newslens.sentences` gives it, with
    the sentiment columns (`_STORED`) filled for body sentences, in one pass (`schema.STORED_SENTENCES`).
    An article that cannot be split or scored is a failure of "sentences" or "sentiment", as there."""
    scoring = Stage("sentiment")
    scored = {id(a): {row[1]: row for row in rows} for a, rows in scoring.each(articles, _sentence_rows)}
    splitting = Stage("sentences")
    at = [SENTENCE_COLUMNS.index(c) for c in _STORED]
    unscored = (None,) * len(_STORED)
    rows = []  # the sentences' rows, then their sentiment columns
    for a, article_rows in splitting.each(articles, sentence_rows):
        scores = scored.get(id(a), {})
        for row in article_rows:
            sc = scores.get(row[1])  # (by the sentence's number)
            rows.append(row + (unscored if sc is None else tuple(sc[k] for k in at)))
    frame = schema.rows_frame(schema.STORED_SENTENCES, rows)
    frame.attrs["problems"] = [*splitting.failures, *scoring.failures]
    return frame


def _sentence_frame(articles: list[Article]) -> pd.DataFrame:
    stage = Stage("sentiment")
    rows = [row for _, article_rows in stage.each(articles, _sentence_rows) for row in article_rows]
    return stage.finish(schema.rows_frame(schema.SENTIMENT, rows))


def _sentence_rows(a: Article) -> list[tuple]:
    """One article's body sentences, scored, as tuples in SENTENCE_COLUMNS order."""
    heads = _sections(a)
    records = quote_records(a) if _may_quote(a) else ()
    quoted = sorted((s, e, r.speaker or "") for r in records if r.kind in _QUOTED_KINDS for s, e in r.marks)
    rows = []
    q = 0
    for n, ((s, e, para, kind), words) in enumerate(zip(sentence_spans(a), sentence_word_counts(a), strict=True)):
        if kind != "body":
            continue
        text = a.text[s:e]
        sc = score(text)
        while q < len(quoted) and quoted[q][1] <= s:
            q += 1
        inside, by_speaker = 0, {}
        k = q
        while k < len(quoted) and quoted[k][0] < e:
            qs, qe, spk = quoted[k]
            overlap = max(0, min(qe, e) - max(qs, s))
            inside += overlap
            if spk:
                by_speaker[spk] = by_speaker.get(spk, 0) + overlap
            k += 1
        share = min(1.0, inside / max(1, e - s))
        speaker = max(by_speaker, key=by_speaker.get) if share >= 0.5 and by_speaker else None
        rows.append((a.id, n, para, heads[para], s, e, text, words, sc["compound"], sc["pos"], sc["neu"],
                     sc["neg"], label(sc["compound"]), round(share, 4), speaker))  # fmt: skip
    return rows


_MARK = re.compile(r"[\"“”„«»‘]|(?:^|\s)'")


def _may_quote(a: Article) -> bool:
    """Can the article hold a quote (a quote mark, or a transcript turn such as "WALLACE: ...")? Most short
    texts cannot, and scoring them need not attribute quotes."""
    text = a.text
    return bool(_MARK.search(text)) or any(
        rules.SPEAKER_LABEL.match(text, p.start, p.end) for p in a.structure.paragraphs if p.kind == "body"
    )


def _sections(a: Article) -> list[str]:
    """For each paragraph, the subhead it falls under ("- Stuttering diplomacy -" -> "Stuttering diplomacy")."""
    current, out = LEAD_SECTION, []
    for p in a.structure.paragraphs:
        if p.kind == "subhead":
            current = a.text[p.start : p.end].strip(" -–—\t")
        out.append(current)
    return out
