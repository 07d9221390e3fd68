"""The opening call of every notebook: `data = nl.open(articles, tables)`.

It makes charts reproducible (`charts.setup_notebook`) and gives the data every later cell reads: the
tables of `newslens analyze` when `tables` names them, else the `articles` analysed in memory. A corpus
from which no article loads is a `UserError` that says why, not an empty report.
"""

from __future__ import annotations

from pathlib import Path

from .articles import UserError
from .charts import setup_notebook
from .overview import top_reasons
from .pipeline import analyze_in_memory
from .tables import Tables, open_tables


def open(
    articles: str | Path | list | None = None,
    tables: str | Path | None = None,
    text_field: str | None = None,
    id_field: str | None = None,
) -> Tables:
    """Set up the notebook and return its data (see the module docstring). `text_field` and `id_field`
    name the record fields of JSONL/CSV articles (see `load_articles`)."""
    setup_notebook()
    if tables:
        return open_tables(tables)
    if articles is None:
        raise UserError("give the articles to analyse (a file, folder or glob) or the tables of `newslens analyze`")
    data = analyze_in_memory(articles, text_field=text_field, id_field=id_field)
    if data.rows()["articles"] == 0:
        raise UserError(f"no article could be loaded from {articles!r}: {top_reasons(data['problems']['reason'])}")
    return data
