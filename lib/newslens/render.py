"""Safe HTML for notebooks and reports: article text is untrusted, so every piece of it is escaped.

Nothing here passes article text to HTML unescaped: `highlight` escapes each slice of the text around
the marks it adds, and `table` escapes every cell. The result is a `SafeHTML` string that notebooks
display as HTML.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence

import pandas as pd

from .articles import Article, Corpus, as_articles

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
    x: Article | str | Corpus, rows: pd.DataFrame, columns: Sequence[str], mark: str = "kind", limit: int = 200
) -> SafeHTML:
    """A table of `rows` (any newslens table with `article_id`, `start`, `end`), each span highlighted in
    its sentence, plus the given `columns` (first `limit` rows). `mark` names the column that colours it."""
    from .tokenize import sentence_spans

    shown_rows = rows.head(limit)
    if isinstance(x, dict):  # tables of `newslens.analyze`: rebuild only the articles shown
        texts = x["articles"].set_index("article_id")["text"]
        articles = {aid: Article.from_text(texts[aid], id=aid) for aid in dict.fromkeys(shown_rows["article_id"])}
    else:
        articles = {a.id: a for a in as_articles(x)}
    out = []
    for r in shown_rows.to_dict("records"):
        a = articles[r["article_id"]]
        spans = sentence_spans(a)
        first = next((s for s in spans if s[1] > r["start"]), (r["start"], r["end"], 0, ""))
        last = next((s for s in reversed(spans) if s[0] < r["end"]), first)
        start, end = min(first[0], r["start"]), max(last[1], r["end"])
        shown = {c: r[c] for c in columns}
        shown["in context"] = highlight(a.text, [(r["start"], r["end"], str(r.get(mark, "")))], start, end)
        out.append(shown)
    return _table([*columns, "in context"], out, html_columns=["in context"])


def quote_table(
    x: Article | str | Corpus | dict[str, pd.DataFrame], quotes: pd.DataFrame, limit: int = 200
) -> SafeHTML:
    """The quotes, each highlighted in its sentence, with kind, speaker, cue and rule (first `limit` rows)."""
    return in_context(x, quotes, ["article_id", "kind", "speaker", "cue", "rule"], limit=limit)


def figure_table(
    x: Article | str | Corpus | dict[str, pd.DataFrame], figures: pd.DataFrame, limit: int = 200
) -> SafeHTML:
    """The figures, each highlighted in its sentence, with value, kind, unit, approx and claimant."""
    return in_context(x, figures, ["article_id", "kind", "value", "unit", "approx", "claimant"], limit=limit)
