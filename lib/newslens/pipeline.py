"""Analyse a corpus once into tables: in batches, resumable, serially, on local processes or on Dask.

`analyze(source, out)` streams articles from `source` (anything `load_articles` accepts; JSONL is read
line by line) in batches, and writes each batch as one Parquet part per table under `out/<table>/` (the
tables are described in `newslens.tables`). A part is written under a temporary name and renamed when
complete; a batch counts as done only when all its parts are in place and its marker
`_batches/<n>.done` is written. A rerun skips the batches already done and redoes the rest, so a killed
run loses at most the batches in flight, and a half-written part is never read. Batches run on local
processes by default, serially with `workers=1`, or on a Dask cluster with `scheduler` (an address, or
"local" for a `LocalCluster`). `analyze_in_memory(source)` gives the same tables for a small corpus
without writing anything.
"""

from __future__ import annotations

import itertools
import json
import os
import time
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from . import schema
from .articles import (
    ANALYSIS_FAILED,
    NOT_LOADED,
    Article,
    Corpus,
    Problem,
    duplicate_note,
    iter_articles,
    problem_frame,
)
from .events import day_of, names_mentioned
from .figures import figures
from .overview import COUNT_COLUMNS, article_counts, vocabulary
from .problems import AnalysisWarning, Stage, gc_paused, problems_of
from .quotes import quotes
from .sentiment import stored_sentences
from .tables import FORMAT, TABLES, Tables, done_batches
from .tokenize import body_words

ARTICLE_FIELDS = ("path", "title", "author", "source_code", "byline", "dateline", "date", "url", "source")


@dataclass
class Census:
    """What a source held, counted as it streams past: every record (a text file is one) ends up as an
    article or as a problem that says why not, so `records == articles + not_loaded`."""

    paths: set[str] = field(default_factory=set)
    records: int = 0
    articles: int = 0
    not_loaded: int = 0
    notes: int = 0

    def count(self, item: Article | Problem) -> None:
        self.paths.add(item.path or "")
        self.records += 1
        if isinstance(item, Article):
            self.articles += 1
            self.notes += item.meta.get("duplicate_of") is not None
        else:
            self.not_loaded += 1


def _batches(items: Iterable[Article | Problem], size: int, census: Census | None = None) -> Iterator[tuple[int, list]]:
    """(batch number, articles and problems) in order; both pickle cheaply to another process."""
    batch: list[Article | Problem] = []
    n = 0
    for item in items:
        if census is not None:
            census.count(item)
        batch.append(item)
        if len(batch) >= size:
            yield n, batch
            n, batch = n + 1, []
    if batch:
        yield n, batch


def _articles_in(items: list[Article | Problem]) -> int:
    return sum(isinstance(it, Article) for it in items)


def analyze_batch(number: int, items: list[Article | Problem], out: str) -> dict[str, int]:
    """Analyse one batch and write its parts and its done marker; returns the row count of each table.

    Analyses already isolate a failing article; should building the batch's tables still fail, each
    article is analysed alone and any that fails becomes a `problems` row, so the batch always completes."""
    try:
        frames = dict(batch_frames(items))
    except Exception:  # the safety net under the per-article isolation
        frames = _one_by_one(items)
    root = Path(out)
    for name, frame in frames.items():
        _write_part(root / name / f"part-{number:06d}.parquet", frame)
    marker = root / "_batches" / f"{number:06d}.done"
    marker.parent.mkdir(parents=True, exist_ok=True)
    counts = {name: len(frame) for name, frame in frames.items()}
    _atomic_write(marker, json.dumps(counts).encode())
    return counts


def _one_by_one(items: list[Article | Problem]) -> dict[str, pd.DataFrame]:
    parts: list[Tables] = []
    lost: list[Problem] = []
    for it in items:
        try:
            parts.append(batch_frames([it]))
        except Exception as e:
            lost.append(Problem(it.path, f"analysis failed (tables): {type(e).__name__}: {e}",
                                it.meta.get("record"), it.id, ANALYSIS_FAILED))  # fmt: skip
    frames = {name: pd.concat([p[name] for p in parts], ignore_index=True) if parts else
              schema.conform(schema.TABLES[name], pd.DataFrame()) for name in TABLES}  # fmt: skip
    if lost:
        frames["problems"] = pd.concat([frames["problems"], problem_frame(lost)], ignore_index=True)
    return frames


def analyze_in_memory(
    source: str | Path | Iterable[str | Path] | Corpus | Article | Iterable[Article],
    text_field: str | None = None,
    id_field: str | None = None,
) -> Tables:
    """The same tables as `analyze`, computed in memory for a small corpus (no files written). `source` is
    what `load_articles` reads (paths), or articles already loaded (an Article, a Corpus, a list of them)."""
    if isinstance(source, Article):
        items: list[Article | Problem] = [source]
    elif isinstance(source, Corpus):
        items = [*source.articles, *_problems_of(source)]
    elif (
        not isinstance(source, (str, Path)) and (listed := list(source)) and all(isinstance(a, Article) for a in listed)
    ):
        items = listed
    else:
        items = list(iter_articles(source, text_field, id_field))
    return batch_frames(items)


def _problems_of(corpus: Corpus) -> list[Problem]:
    """A corpus's files and records that did not load (its notes come back from its articles)."""
    rows = corpus.problems[corpus.problems["kind"] == NOT_LOADED]
    return [Problem(r.path, r.reason, None if pd.isna(r.record) else int(r.record), None if pd.isna(r.article_id)
                    else r.article_id) for r in rows.itertuples()]  # fmt: skip


def batch_frames(items: list[Article | Problem]) -> Tables:
    """The tables of one batch of articles and problems. An article that an analysis fails on is left out
    of that analysis's table and becomes a `problems` row ("analysis failed (quotes): ...")."""
    articles = [it for it in items if isinstance(it, Article)]
    position = {id(it): n for n, it in enumerate(items)} | {
        a.id: n for n, a in enumerate(items) if isinstance(a, Article)
    }
    problems = [it for it in items if isinstance(it, Problem)]
    problems += [note for a in articles if (note := duplicate_note(a)) is not None]
    with warnings.catch_warnings(), gc_paused():
        warnings.simplefilter("ignore", AnalysisWarning)  # the failures go to the problems table instead
        # figures first: they attribute each article's quotes and scan its figures while its tokens are at
        # hand; sentiment and quotes then read the quotes already attributed
        figure_frame = figures(articles)
        sents = stored_sentences(articles)  # every sentence, with sentiment for the body's
        quote_frame = quotes(articles)
        vocab_stage = Stage("vocabulary")
        vocab = vocabulary(w for _, w in vocab_stage.each(articles, body_words))
        words_of = sents.groupby("article_id", sort=False)["words"].agg(list)  # counted once, when split
        counts = {a.id: article_counts(a, words_of.get(a.id, [])) for a in articles}  # no splitting: cannot fail
        columns = {
            "article_id": [a.id for a in articles],
            **{f: [getattr(a, f) for a in articles] for f in ARTICLE_FIELDS},
            "encoding": [a.meta.get("encoding") for a in articles],
            "layout": [a.structure.layout for a in articles],
            "text": [a.text for a in articles],
            **{c: [counts[a.id][c] for a in articles] for c in COUNT_COLUMNS},
            "names": ["; ".join(names_mentioned(a.text)) for a in articles],
        }
        columns["day"] = day_of(pd.DataFrame({c: columns[c] for c in ("article_id", "date", "url")})).tolist()
        failures = problems_of(sents, quote_frame, figure_frame) + vocab_stage.failures
        frames = {
            "articles": schema.frame(schema.ARTICLES, columns),
            "paragraphs": _paragraphs(articles),
            "sentences": sents,
            "quotes": quote_frame,
            "figures": figure_frame,
            "problems": problem_frame(
                sorted([*problems, *failures], key=lambda p: position.get(id(p), position.get(p.article_id, 0)))
            ),
            "vocabulary": vocab,
        }
    for frame in frames.values():
        frame.attrs.clear()
    return Tables(frames)


def _paragraphs(articles: list[Article]) -> pd.DataFrame:
    rows = [(a.id, i, p.start, p.end, p.kind) for a in articles for i, p in enumerate(a.structure.paragraphs)]
    return schema.frame(
        schema.PARAGRAPHS, {c: [r[i] for r in rows] for i, c in enumerate(schema.names(schema.PARAGRAPHS))}
    )


def _atomic_write(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def _write_part(path: Path, frame: pd.DataFrame) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    frame.to_parquet(tmp, index=False)
    os.replace(tmp, path)


def analyze(
    source: str | Path | Iterable[str | Path],
    out: str | Path,
    batch_size: int = 250,
    workers: int | None = None,
    scheduler: str | None = None,
    progress: bool = True,
    text_field: str | None = None,
    id_field: str | None = None,
) -> dict[str, Any]:
    """Analyse `source` into Parquet tables under `out` (see the module docstring); returns the summary
    that is also written to `out/manifest.json`: how many `files` and `records` the source held, how many
    became `articles` and how many did not (`problems`, with `notes` and `analysis_failed` beside), the
    rows of each table, and `complete` (false while a run is under way or was stopped: run it again to
    resume). `text_field` and `id_field` name the record fields to read (see `load_articles`)."""
    from . import __version__

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    sources = [str(s) for s in ([source] if isinstance(source, (str, Path)) else source)]
    header = {"source": sources, "newslens_version": __version__, "format": FORMAT, "batch_size": batch_size,
              "text_field": text_field, "id_field": id_field}  # fmt: skip
    t0 = time.perf_counter()
    items = iter_articles(source, text_field, id_field)
    first = next(items, None)  # a missing path or an unknown field is reported before anything is written
    previous = read_manifest(out) or {}
    _atomic_write(out / "manifest.json", json.dumps({**previous, **header, "complete": False}, indent=1).encode())
    done = done_batches(out)
    census = Census()
    stream = _batches(itertools.chain([first] if first is not None else [], items), batch_size, census)
    pending = ((n, batch) for n, batch in stream if n not in done)
    bar = _progress(progress)
    try:
        if scheduler:
            ran = _run_dask(pending, str(out), scheduler, bar)
        elif (workers or os.cpu_count() or 1) == 1:
            ran = 0
            for n, batch in pending:
                analyze_batch(n, batch, str(out))
                bar.update(_articles_in(batch))
                ran += 1
        else:
            ran = _run_local(pending, str(out), workers or os.cpu_count() or 2, bar)
    finally:
        bar.close()
    written = Tables(root=out)
    kinds = written.read("problems", ["kind"])["kind"].value_counts()
    manifest = {
        **header,
        "complete": True,
        "files": len(census.paths),
        "records": census.records,
        "articles": census.articles,
        "problems": census.not_loaded,
        "notes": census.notes,
        "analysis_failed": int(kinds.get(ANALYSIS_FAILED, 0)),
        "batches": written.batches(),
        "batches_run_now": ran,
        "rows": written.rows(),
        "seconds": round(time.perf_counter() - t0, 2),
    }
    _atomic_write(out / "manifest.json", json.dumps(manifest, indent=1).encode())
    return manifest


def read_manifest(out: str | Path) -> dict[str, Any] | None:
    """The manifest of an analysis folder, or None when there is none (or it cannot be read)."""
    try:
        return json.loads((Path(out) / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _progress(enabled: bool) -> Any:
    from tqdm import tqdm

    return tqdm(disable=not enabled, unit=" articles", desc="analyse", mininterval=1.0)


def _pump(pending: Iterator[tuple[int, list]], submit: Any, wait_first: Any, limit: int, bar: Any, out: str) -> int:
    """Keep at most `limit` batches in flight (never the whole corpus in memory); return how many ran. A batch
    whose worker failed (a killed process, a lost Dask worker) is run again here once the rest are done."""
    in_flight: dict = {}
    retry: list[tuple[int, list]] = []
    ran = 0

    def finish(future: Any) -> None:
        nonlocal ran
        n, items = in_flight.pop(future)
        try:
            future.result()
        except Exception:
            retry.append((n, items))
            return
        bar.update(_articles_in(items))
        ran += 1

    for n, items in pending:
        in_flight[submit(n, items)] = (n, items)
        if len(in_flight) >= limit:
            for future in wait_first(list(in_flight)):
                finish(future)
    for future in list(in_flight):
        finish(future)
    for n, items in retry:
        analyze_batch(n, items, out)
        bar.update(_articles_in(items))
        ran += 1
    return ran


def _run_local(pending: Iterator[tuple[int, list]], out: str, workers: int, bar: Any) -> int:
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    with ProcessPoolExecutor(max_workers=workers) as pool:
        return _pump(
            pending,
            lambda n, items: pool.submit(analyze_batch, n, items, out),
            lambda futures: wait(futures, return_when=FIRST_COMPLETED).done,
            2 * workers,
            bar,
            out,
        )


def _run_dask(pending: Iterator[tuple[int, list]], out: str, scheduler: str, bar: Any) -> int:
    from dask.distributed import Client, LocalCluster, wait

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True) if scheduler == "local" else None
    client = Client(cluster if cluster is not None else scheduler)
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        return _pump(
            pending,
            lambda n, items: client.submit(analyze_batch, n, items, out, pure=False),
            lambda futures: wait(futures, return_when="FIRST_COMPLETED").done,
            2 * workers,
            bar,
            out,
        )
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
