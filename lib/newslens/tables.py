"""The tables of an analysed corpus: what `newslens analyze` writes and how to read them back.

`newslens.pipeline.analyze` writes one Parquet part per batch and table under `<out>/<table>/`, and a
marker `_batches/<n>.done` once a batch's parts are all in place. The tables (`articles`, `paragraphs`,
`sentences`, `quotes`, `figures`, `problems`, `vocabulary`) and their columns are declared in
`newslens.schema`; `analyze_in_memory` gives the same tables without writing them.

`article_id` joins them and every offset indexes the article's `text`. `open_tables(out)` gives a
`Tables`: a table is read when first used, and `Tables.read` reads only the columns (and articles) asked
for, which is what keeps reports over 100,000 articles in seconds. Only finished batches are read.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from . import schema
from .articles import UserError

TABLES = tuple(schema.TABLES)  # their columns: `newslens.schema`
FORMAT = schema.FORMAT


def done_batches(out: str | Path) -> set[int]:
    folder = Path(out) / "_batches"
    return {int(p.stem) for p in folder.glob("*.done")} if folder.exists() else set()


class Tables(Mapping[str, pd.DataFrame]):
    """The tables of an analysed corpus, by name (see the module docstring): in memory, or read from the
    finished batches of an `analyze` folder, each table when first used. `read` reads only some columns,
    and optionally only some articles' rows, without reading the rest."""

    def __init__(self, frames: Mapping[str, pd.DataFrame] | None = None, root: str | Path | None = None):
        self._frames = dict(frames or {})
        self.root = None if root is None else Path(root)
        self._batches = [] if self.root is None else sorted(done_batches(self.root))
        self._parts = {name: [self.root / name / f"part-{n:06d}.parquet" for n in self._batches] for name in TABLES}
        self.manifest: dict[str, Any] = {}

    @property
    def complete(self) -> bool:
        """In memory, or read from an `analyze` run that finished (its manifest says so)."""
        return self.root is None or bool(self.manifest.get("complete", True))

    def status(self) -> str:
        """One line on what these tables hold, and whether the run that wrote them is unfinished."""
        articles = self.rows()["articles"]
        if self.complete:
            return f"{articles:,} articles" + (f" in {self.batches()} batches" if self.root is not None else "")
        source = " ".join(self.manifest.get("source", ["SOURCE"]))
        return (f"an unfinished analysis: {self.batches()} batches, {articles:,} articles so far; the reports show "
                f"only those. Resume it with: newslens analyze {source} --out {self.root}")  # fmt: skip

    def __repr__(self) -> str:
        rows = ", ".join(f"{n:,} {name}" for name, n in self.rows().items())
        return f"Tables of {self.status()}: {rows}"

    def __getitem__(self, name: str) -> pd.DataFrame:
        if name not in TABLES:
            raise KeyError(name)
        if name not in self._frames:
            self._frames[name] = self.read(name)
        return self._frames[name]

    def __iter__(self) -> Iterator[str]:
        return iter(TABLES)

    def __len__(self) -> int:
        return len(TABLES)

    def batches(self) -> int:
        """How many finished batches these tables hold (0 in memory)."""
        return len(self._batches)

    def rows(self) -> dict[str, int]:
        """Rows per table, without reading any (from the batches' done markers)."""
        if self.root is None:
            return {name: len(self[name]) for name in TABLES}
        counts = dict.fromkeys(TABLES, 0)
        for n in self._batches:
            for name, c in json.loads((self.root / "_batches" / f"{n:06d}.done").read_text()).items():
                counts[name] += c
        return counts

    def read(self, name: str, columns: Sequence[str] | None = None, where: Mapping[str, Any] | None = None,
             categories: Sequence[str] = ()) -> pd.DataFrame:  # fmt: skip
        """Table `name` with only `columns` (all when None) and only the rows matching `where`
        ({column: a value, or a list of values}); from disk, the rest is never read.

        `categories` names string columns to return as categoricals (categories sorted): grouping and
        filtering millions of rows by article or speaker is several times faster on them."""
        conditions = [_condition(c, v) for c, v in (where or {}).items()]
        if name in self._frames or self.root is None:
            frame = self._frames[name]
            for c, op, v in conditions:
                frame = frame[frame[c].isin(v) if op == "in" else frame[c] == v]
            frame = (frame if columns is None else frame[list(columns)]).reset_index(drop=True)
            return frame.astype(dict.fromkeys(categories, "category"))
        parts = self._parts[name]
        if not parts:
            wanted = [c for c in schema.TABLES[name] if columns is None or c.name in columns]
            return schema.conform(wanted, pd.DataFrame()).astype(dict.fromkeys(categories, "category"))
        frame = pd.read_parquet(
            [str(p) for p in parts],
            columns=None if columns is None else list(columns),
            filters=conditions or None,
            read_dictionary=list(categories) or None,
        )
        for c in categories:  # each part has its own dictionary: put the merged categories in order
            frame[c] = frame[c].cat.reorder_categories(frame[c].cat.categories.sort_values())
        return frame

    def with_text(self, rows: pd.DataFrame, column: str = "text") -> pd.DataFrame:
        """`rows` (from any table with `article_id`, `start`, `end`) with `column` holding each row's span of its
        article's text. Only those articles' texts are read: the way to show a few rows of a large table."""
        ids = list(dict.fromkeys(rows["article_id"]))
        texts = self.read("articles", ["article_id", "text"], where={"article_id": ids})
        text_of = dict(zip(texts["article_id"], texts["text"], strict=True))
        spans = zip(rows["article_id"], rows["start"], rows["end"], strict=True)
        return rows.assign(**{column: pd.array([text_of[a][s:e] for a, s, e in spans], dtype="str")})


def _condition(column: str, value: Any) -> tuple[str, str, Any]:
    """A filter in the form pyarrow takes: equality, or membership for a list of values."""
    if isinstance(value, (list, tuple, set, frozenset)) or hasattr(value, "__array__"):
        return column, "in", list(value)
    return column, "==", value


def read(tables: Mapping[str, pd.DataFrame], name: str, columns: Sequence[str] | None = None,
         where: Mapping[str, Any] | None = None, categories: Sequence[str] = ()) -> pd.DataFrame:  # fmt: skip
    """`Tables.read` for any mapping of tables (a plain dict of DataFrames works too)."""
    return (tables if isinstance(tables, Tables) else Tables(tables)).read(name, columns, where, categories)


class TablesError(UserError, ValueError):
    """A folder that is not the tables of `newslens analyze`, or holds none that can be read."""


def open_tables(out: str | Path, dask: bool = False) -> Tables | dict[str, Any]:
    """The analysed tables of `out`: a `Tables` (pandas, each table read when first used), or Dask
    DataFrames with `dask=True` for corpora larger than memory. Finished batches only: `Tables.complete`
    says whether the run that wrote them finished. Raises `TablesError` for a folder that does not exist,
    is not an analysis, holds no finished batch, or was written by a newslens of another format."""
    out = Path(out)
    manifest = _manifest(out)
    if not out.is_dir():
        raise TablesError(
            f"no such folder: {str(out)!r} (write tables there with `newslens analyze SOURCE --out {out}`)"
        )
    if manifest is None and not (out / "_batches").is_dir():
        raise TablesError(f"{str(out)!r} is not a folder of `newslens analyze` tables (no manifest.json, no _batches/)")
    written = (manifest or {}).get("format", FORMAT)
    if written != FORMAT:
        raise TablesError(f"{out} holds tables of an older newslens (format {written}, not {FORMAT}): "
                          f"run `newslens analyze` again into a new folder")  # fmt: skip
    tables = Tables(root=out)
    if not tables.batches():
        raise TablesError(f"{str(out)!r} holds no finished batch yet: run `newslens analyze SOURCE --out {out}` "
                          "(again, to resume)")  # fmt: skip
    tables.manifest = manifest or {}
    if not dask:
        return tables
    import dask.dataframe as dd

    return {name: dd.read_parquet([str(p) for p in parts]) if parts else None for name, parts in tables._parts.items()}


def _manifest(out: Path) -> dict[str, Any] | None:
    try:
        return json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
