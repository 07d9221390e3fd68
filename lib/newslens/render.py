"""Safe HTML for notebooks and reports: article text is untrusted, so every piece of it is escaped.

Nothing here passes article text to HTML unescaped: `highlight` escapes each slice of the text around
the marks it adds, and `table` escapes every cell. The result is a `SafeHTML` string that notebooks
display as HTML.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence

import pandas as pd

from .source import Source, articles_of, tables_of
from .tokenize import sentence_spans

KIND_COLOURS = {
    "direct": "#fde68a",
    "partial": "#bfdbfe",
    "indirect": "#d9f99d",
    "scare": "#e5e7eb",
    "date": "#e5e7eb",
    "vague": "#fecaca",
}


class SafeHTML(str):
    """HTML built by this module from escaped text; Jupyter displays it as HTML."""

    def _repr_html_(self) -> str:
        return str(self)

    def __repr__(self) -> str:
        return f"<HTML, {len(self)} characters: shown as a table in Jupyter>"


def highlight(text: str, spans: Iterable[tuple[int, int, str]], start: int = 0, end: int | None = None) -> SafeHTML:
    """`text[start:end]` as HTML with each (span start, span end, kind) wrapped in <mark>; overlaps are
    clipped so marks never nest. Every character of `text` is escaped."""
    end = len(text) if end is None else end
    out: list[str] = []
    pos = start
    for s, e, kind in sorted(spans):
        s, e = max(s, pos, start), min(e, end)
        if s >= e:
            continue
        out.append(html.escape(text[pos:s]))
        colour = KIND_COLOURS.get(kind, "#fde68a")
        out.append(f'<mark style="background:{colour}" title="{html.escape(kind)}">{html.escape(text[s:e])}</mark>')
        pos = e
    out.append(html.escape(text[pos:end]))
    return SafeHTML("".join(out))


def table(df: pd.DataFrame) -> SafeHTML:
    """An HTML table of `df` with every cell escaped."""
    return _table(list(df.columns), df.to_dict("records"))


def _table(columns: Sequence[str], rows: Sequence[dict], html_columns: Sequence[str] = ()) -> SafeHTML:
    """An HTML table of `rows`; cells are escaped except those in `html_columns`, which must be SafeHTML
    built by this module (checked, so an unescaped string can never slip through)."""
    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in columns)
    body = []
    for row in rows:
        cells = []
        for col in columns:
            value = row.get(col)
            if col in html_columns:
                if not isinstance(value, SafeHTML):
                    raise TypeError(f"column {col!r} must hold SafeHTML, not {type(value).__name__}")
                cells.append(f'<td style="text-align:left">{value}</td>')
                continue
            shown = "" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)
            cells.append(f'<td style="text-align:left">{html.escape(shown)}</td>')
        body.append("<tr>" + "".join(cells) + "</tr>")
    return SafeHTML(f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>")


def in_context(
    x: Source,
    rows: pd.DataFrame,
    columns: Sequence[str],
    mark: str = "kind",
    limit: int = 200,
) -> SafeHTML:
    """A table of `rows` (any newslens table with `article_id`, `start`, `end`), each span highlighted in
    its sentence, plus the given `columns` (first `limit` rows). `mark` names the column that colours it."""
    shown_rows = rows.head(limit)
    texts, sentence_bounds = _texts_and_sentences(x, list(dict.fromkeys(shown_rows["article_id"])))
    out = []
    for r in shown_rows.to_dict("records"):
        text, spans = texts[r["article_id"]], sentence_bounds[r["article_id"]]
        first = next((s for s in spans if s[1] > r["start"]), (r["start"], r["end"]))
        last = next((s for s in reversed(spans) if s[0] < r["end"]), first)
        start, end = min(first[0], r["start"]), max(last[1], r["end"])
        shown = {c: r[c] for c in columns}
        shown["in context"] = highlight(text, [(r["start"], r["end"], str(r.get(mark, "")))], start, end)
        out.append(shown)
    return SafeHTML(
        _caption(len(shown_rows), len(rows)) + _table([*columns, "in context"], out, html_columns=["in context"])
    )


def _caption(shown: int, total: int, what: str = "rows") -> str:
    """ "first 200 of 9,079 rows" when a table is cut, else nothing."""
    return f"<p><em>first {shown:,} of {total:,} {what}</em></p>" if shown < total else ""


class Excerpt:
    """The first rows of a table, saying so: "first 20 of 9,079 rows" above them (HTML and text alike);
    an empty table shows its `empty` note instead, when one is given."""

    def __init__(self, frame: pd.DataFrame, n: int, empty: str | None = None, total: int | None = None) -> None:
        self.frame, self.empty = _one_line(frame.head(n)), empty
        self.total = len(frame) if total is None else total

    def _repr_html_(self) -> str:
        if self.total == 0 and self.empty:
            return note(self.empty)
        return _caption(len(self.frame), self.total) + self.frame.to_html(escape=True, max_rows=len(self.frame) + 1)

    def __repr__(self) -> str:
        if self.total == 0 and self.empty:
            return self.empty
        head = f"first {len(self.frame):,} of {self.total:,} rows\n" if len(self.frame) < self.total else ""
        return head + self.frame.to_string(max_rows=len(self.frame) + 1)


def _one_line(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame as shown: text of hard-wrapped articles with its line breaks read as spaces (a cell would
    show them as a literal "\\n"); the data itself keeps them."""
    shown = frame.copy()
    for c in shown.columns:
        if any(isinstance(v, str) and ("\n" in v or "\t" in v) for v in shown[c]):
            shown[c] = shown[c].map(lambda v: _LINE_BREAKS.sub(" ", v) if isinstance(v, str) else v)
    return shown


_LINE_BREAKS = re.compile(r"[ \t]*[\n\t][ \t]*")


class Note(SafeHTML):
    """A sentence shown in place of a table or chart that would say nothing (escaped text)."""

    def __repr__(self) -> str:
        return self.plain

    @property
    def plain(self) -> str:
        return html.unescape(self.removeprefix("<p><em>").removesuffix("</em></p>"))


def note(text: str) -> Note:
    """`text` as a note in the report (escaped: it may quote an article)."""
    return Note(f"<p><em>{html.escape(text)}</em></p>")


def first(frame: pd.DataFrame, n: int = 20, empty: str | None = None, total: int | None = None) -> Excerpt:
    """Show the first `n` rows of `frame`, and how many it has when that is more (`total`, when `frame` is
    already the first rows of a larger table; `empty`: what to say instead of an empty table)."""
    return Excerpt(frame, n, empty, total)


def _texts_and_sentences(x: Source, ids: list[str]) -> tuple[dict[str, str], dict[str, list[tuple[int, int]]]]:
    """The texts and sentence bounds of the articles `ids`; from tables, only those articles' rows are read."""
    if (tables := tables_of(x)) is not None:
        texts = tables.read("articles", ["article_id", "text"], where={"article_id": ids})
        sents = tables.read("sentences", ["article_id", "start", "end"], where={"article_id": ids})
        bounds: dict[str, list[tuple[int, int]]] = {aid: [] for aid in ids}
        for aid, s, e in zip(sents["article_id"], sents["start"], sents["end"], strict=True):
            bounds[aid].append((s, e))
        return dict(zip(texts["article_id"], texts["text"], strict=True)), bounds
    articles = articles_of(x)
    return {a.id: a.text for a in articles}, {a.id: [(s, e) for s, e, _, _ in sentence_spans(a)] for a in articles}


def quote_table(x: Source, quotes: pd.DataFrame, limit: int = 200) -> SafeHTML:
    """The quotes, each highlighted in its sentence, with kind, speaker, cue and rule (first `limit` rows)."""
    return in_context(x, quotes, ["article_id", "kind", "speaker", "cue", "rule"], limit=limit)


def figure_table(x: Source, figures: pd.DataFrame, limit: int = 200) -> SafeHTML:
    """The figures, each highlighted in its sentence, with value, kind, unit, approx and claimant."""
    return in_context(x, figures, ["article_id", "kind", "value", "unit", "approx", "claimant"], limit=limit)
