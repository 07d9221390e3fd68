"""The report site: `outputs/index.html` ties a run of `newslens report --html` together, and every report
carries where it came from.

`index.html` lists each rendered report with the question it answers, the corpus it ran on and a few
headline numbers, and links to it. It is plain static HTML: no script, no font or stylesheet from
elsewhere, every string escaped, so it opens from the file system and on GitHub Pages as is. Nothing in
it or in a report's provenance changes between two runs on the same corpus (no dates, no absolute paths).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from . import __version__
from .outlets import UNKNOWN_OUTLET, outlet_of
from .quotes import people
from .tables import Tables


@dataclass(frozen=True)
class Summary:
    """The corpus a run read, and the headline numbers its reports show."""

    source: str
    articles: int
    problems: int
    sentences: int
    tone: float | None  # length-weighted mean compound of body sentences
    quotes: int
    speakers: int  # people quoted (as `newslens.people` names them)
    figures: int
    claimants: int
    outlets: int  # as notebook 04 names them (`newslens.outlets.outlet_of`), "(unknown)" not counted
    no_outlet: int  # articles with no outlet to name


def summarise(tables: Tables, source: str) -> Summary:
    """The `Summary` of analysed tables (from `newslens analyze` or analysed in memory)."""
    rows = tables.rows()
    s = tables.read("sentences", ["words", "compound"], where={"kind": "body"})
    words = s["words"].clip(lower=1)
    tone = float((s["compound"] * words).sum() / words.sum()) if len(s) else None
    q = tables.read("quotes", ["article_id", "speaker", "speaker_type", "kind", "words"])
    f = tables.read("figures", ["claimant"])
    outlet = outlet_of(tables.read("articles", ["article_id", "source", "source_code"]))
    unknown = int((outlet == UNKNOWN_OUTLET).sum())
    return Summary(
        portable(source),
        rows["articles"],
        rows["problems"],
        rows["sentences"],
        None if tone is None else round(tone, 3),
        len(q),
        len(people(q)) if len(q) else 0,
        len(f),
        int(f["claimant"].nunique()),
        int(outlet[outlet != UNKNOWN_OUTLET].nunique()),
        unknown,
    )


def portable(path: str | Path | None) -> str:
    """A path as a report may show it: relative to the current folder when it lies under it, else its
    name alone (an absolute path would differ from machine to machine)."""
    if path is None:
        return ""
    text = str(path)
    if not os.path.isabs(text):
        return Path(text).as_posix()
    try:
        return Path(text).resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return Path(text).name


def provenance(notebook: str, parameters: dict[str, Any], source: str, articles: int, problems: int) -> dict[str, Any]:
    """What a report records about its run: newslens version, notebook, parameters, and the corpus it read
    (`source` as given, made portable) with its counts of articles and problems."""
    return {
        "newslens": __version__,
        "notebook": notebook,
        "parameters": {k: portable(v) if k in ("articles", "tables") else v for k, v in sorted(parameters.items())},
        "corpus": {"source": portable(source), "articles": articles, "problems": problems},
    }


def provenance_markdown(record: dict[str, Any]) -> str:
    """The provenance record as the last cell of a rendered report."""
    params = ", ".join(f"`{k} = {v!r}`" for k, v in record["parameters"].items()) or "none"
    lines = ["### Provenance", "", f"- newslens {record['newslens']}, notebook `{record['notebook']}`",
             f"- parameters: {params}"]  # fmt: skip
    c = record["corpus"]
    lines.append(f"- corpus: `{c['source']}`: {_count(c['articles'], 'article')}, {_count(c['problems'], 'problem')}")
    return "\n".join(lines)


def _numbers(stem: str, s: Summary) -> list[tuple[str, str]]:
    """A report's headline numbers, chosen by a word of its notebook's name."""
    tone = "n/a" if s.tone is None else f"{s.tone:+.3f}"
    by_topic = {
        "corpus": [("articles", f"{s.articles:,}"), ("problems", f"{s.problems:,}"), ("sentences", f"{s.sentences:,}")],
        "sentiment": [("sentences", f"{s.sentences:,}"), ("tone (mean compound)", tone)],
        "quotes": [("quotes", f"{s.quotes:,}"), ("people quoted", f"{s.speakers:,}")],
        "figures": [("figures", f"{s.figures:,}"), ("claimants", f"{s.claimants:,}")],
        "outlets": [("outlets", f"{s.outlets:,}"), ("articles", f"{s.articles:,}")]
        + ([("articles with no outlet named", f"{s.no_outlet:,}")] if s.no_outlet else []),
    }
    return next((v for k, v in by_topic.items() if k in stem), [("articles", f"{s.articles:,}")])


def question_of(notebook: Path) -> str:
    """A report's question: the first heading of its first markdown cell, without its number
    ("# 02 · Who is quoted, saying what?" -> "Who is quoted, saying what?")."""
    import nbformat

    nb = nbformat.read(notebook, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            first = cell.source.strip().splitlines()[0] if cell.source.strip() else ""
            return first.lstrip("# ").split("·", 1)[-1].strip()
    return notebook.stem


_STYLE = """
body { font: 16px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
h1 { font-size: 1.6rem; } table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
th, td { text-align: left; padding: .4rem .6rem; border-bottom: 1px solid #ddd; vertical-align: top; }
td.n { text-align: right; font-variant-numeric: tabular-nums; } .failed { color: #a00; }
footer { margin-top: 2rem; color: #666; font-size: .9rem; }
"""


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}" + ("" if n == 1 else "s")


def write_index(out: Path, reports: list[tuple[str, Path, bool]], summary: Summary) -> Path:
    """Write `out/index.html`: one row per report (name, rendered output, whether it rendered), with its
    question, headline numbers and links to its HTML page and notebook."""
    rows = []
    for stem, notebook, ok in reports:
        question = escape(question_of(notebook)) if notebook.exists() else escape(stem)
        numbers = "<br>".join(f"{escape(k)}: <b>{escape(v)}</b>" for k, v in _numbers(stem, summary))
        html = notebook.with_suffix(".html")
        links = []
        if html.exists():
            links.append(f'<a href="{escape(html.name)}">report</a>')
        if notebook.exists():
            links.append(f'<a href="{escape(notebook.name)}">notebook</a>')
        status = "" if ok else ' <span class="failed">(failed)</span>'
        rows.append(f"<tr><td>{escape(stem)}{status}</td><td>{question}</td><td>{numbers}</td>"
                    f"<td>{' · '.join(links)}</td></tr>")  # fmt: skip
    counts = f"{_count(summary.articles, 'article')}, {_count(summary.problems, 'problem')}"
    corpus = f"<code>{escape(summary.source)}</code>: {counts} (files or records that could not be read or analysed)"
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>newslens reports</title>
<style>{_STYLE}</style>
</head>
<body>
<h1>newslens reports</h1>
<p>Corpus: {corpus}.</p>
<table>
<thead><tr><th>report</th><th>question</th><th>headline numbers</th><th>open</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody>
</table>
<footer>Made by newslens {escape(__version__)}. Each report ends with its provenance: parameters and corpus.</footer>
</body>
</html>
"""
    target = out / "index.html"
    target.write_text(page, encoding="utf-8")
    return target
