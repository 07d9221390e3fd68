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

import json
import os
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pandas as pd

from .articles import Article, Corpus, iter_articles
from .figures import figures, value_text
from .outlets import day_of, names_mentioned
from .overview import COUNT_COLUMNS, article_counts, body_text, vocabulary
from .quotes import quotes
from .sentiment import sentiment
from .tables import FORMAT, Tables, done_batches
from .tokenize import sentences

ARTICLE_FIELDS = ("path", "title", "author", "source_code", "byline", "dateline", "date", "url", "source")
_SENTIMENT_COLUMNS = ("section", "compound", "pos", "neu", "neg", "label", "quoted", "speaker")


def _batches(items: Iterable[Article | dict], size: int) -> Iterator[tuple[int, list]]:
    """(batch number, items) in order; items are plain records, cheap to send to another process."""
    batch: list = []
    n = 0
    for item in items:
        if isinstance(item, Article):
            batch.append({"id": item.id, "text": item.text, "meta": item.meta,
                          **{f: getattr(item, f) for f in ARTICLE_FIELDS}})  # fmt: skip
        else:
            batch.append({"problem": item})
        if len(batch) >= size:
            yield n, batch
            n, batch = n + 1, []
    if batch:
        yield n, batch


def analyze_batch(number: int, items: list[dict], out: str) -> dict[str, int]:
    """Analyse one batch and write its parts and its done marker; returns the row count of each table."""
    frames = batch_frames(items)
    root = Path(out)
    for name, frame in frames.items():
        _write_part(root / name / f"part-{number:06d}.parquet", frame)
    marker = root / "_batches" / f"{number:06d}.done"
    marker.parent.mkdir(parents=True, exist_ok=True)
    counts = {name: len(frame) for name, frame in frames.items()}
    _atomic_write(marker, json.dumps(counts).encode())
    return counts


def analyze_in_memory(source: str | Path | Iterable[str | Path]) -> Tables:
    """The same tables as `analyze`, computed in memory for a small corpus (no files written)."""
    items = [it for _, batch in _batches(iter_articles(source), 10**9) for it in batch]
    return batch_frames(items)


def batch_frames(items: list[dict]) -> Tables:
    """The tables of one batch of records (see `_batches`)."""
    articles = []
    problems = []
    for it in items:
        if "problem" in it:
            problems.append(it["problem"])
            continue
        fields = {f: it[f] for f in ARTICLE_FIELDS}
        a = Article(id=it["id"], text=it["text"], meta=it["meta"], **fields)
        articles.append(a)
    corpus = Corpus(articles, problems)
    sents = _sentences_with_sentiment(corpus)
    words_of = sents.groupby("article_id", sort=False)["words"].agg(list)  # counted once, when split
    counts = [article_counts(a, words_of.get(a.id, [])) for a in articles]
    columns = {
        "article_id": [a.id for a in articles],
        **{f: [getattr(a, f) for a in articles] for f in ARTICLE_FIELDS},
        "encoding": [a.meta.get("encoding") for a in articles],
        "text": [a.text for a in articles],
        **{c: [n[c] for n in counts] for c in COUNT_COLUMNS},
        "names": ["; ".join(names_mentioned(a.text)) for a in articles],
    }
    columns["day"] = day_of(pd.DataFrame({c: columns[c] for c in ("article_id", "date", "url")})).tolist()
    frames = {
        "articles": pd.DataFrame(
            {k: pd.array(v, dtype="int64" if k in COUNT_COLUMNS else "str") for k, v in columns.items()}
        ),
        "paragraphs": _paragraphs(articles),
        "sentences": sents,
        "quotes": quotes(corpus),
        "figures": _parquet_safe(figures(corpus)),
        "problems": corpus.problems,
        "vocabulary": vocabulary(body_text(a) for a in articles),
    }
    return Tables(frames)


def _paragraphs(articles: list[Article]) -> pd.DataFrame:
    rows = [(a.id, i, p.start, p.end, p.kind) for a in articles for i, p in enumerate(a.structure.paragraphs)]
    columns = ["article_id", "paragraph", "start", "end", "kind"]
    return pd.DataFrame(
        {c: pd.array([r[i] for r in rows], dtype="str" if c in ("article_id", "kind") else "int64")
         for i, c in enumerate(columns)}
    )  # fmt: skip


def _sentences_with_sentiment(corpus: Corpus) -> pd.DataFrame:
    s = sentences(corpus)
    scores = sentiment(corpus)[["article_id", "sentence", *_SENTIMENT_COLUMNS]]
    return s.merge(scores, on=["article_id", "sentence"], how="left")


def _parquet_safe(frame: pd.DataFrame) -> pd.DataFrame:
    """Figures' `value` mixes numbers and ISO-like date strings: store it as text, with `value_num` beside."""
    f = frame.copy()
    f["value_num"] = pd.to_numeric(f["value"].map(lambda v: v if isinstance(v, float) else None), errors="coerce")
    for col in ("value", "value_high"):
        text = [None if pd.isna(v) else value_text(v) for v in f[col]]
        f[col] = pd.array(text, dtype="str")
    return f


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
) -> dict[str, Any]:
    """Analyse `source` into Parquet tables under `out` (see the module docstring); returns the summary
    that is also written to `out/manifest.json`."""
    from . import __version__

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    done = done_batches(out)
    t0 = time.perf_counter()
    pending = ((n, items) for n, items in _batches(iter_articles(source), batch_size) if n not in done)
    bar = _progress(progress)
    if scheduler:
        ran = _run_dask(pending, str(out), scheduler, bar)
    elif (workers or os.cpu_count() or 1) == 1:
        ran = 0
        for n, items in pending:
            bar.update(len(items))
            analyze_batch(n, items, str(out))
            ran += 1
    else:
        ran = _run_local(pending, str(out), workers or os.cpu_count() or 2, bar)
    bar.close()
    written = Tables(root=out)
    manifest = {
        "source": [str(s) for s in ([source] if isinstance(source, (str, Path)) else source)],
        "newslens_version": __version__,
        "format": FORMAT,
        "batch_size": batch_size,
        "batches": written.batches(),
        "batches_run_now": ran,
        "rows": written.rows(),
        "seconds": round(time.perf_counter() - t0, 2),
    }
    _atomic_write(out / "manifest.json", json.dumps(manifest, indent=1).encode())
    return manifest


def _progress(enabled: bool) -> Any:
    from tqdm import tqdm

    return tqdm(disable=not enabled, unit=" articles", desc="analyse", mininterval=1.0)


def _pump(pending: Iterator[tuple[int, list]], submit: Any, wait_first: Any, limit: int, bar: Any) -> int:
    """Keep at most `limit` batches in flight (never the whole corpus in memory); return how many ran."""
    in_flight: dict = {}
    ran = 0

    def finish(future: Any) -> None:
        nonlocal ran
        future.result()  # a batch that failed raises here, naming its error
        bar.update(in_flight.pop(future))
        ran += 1

    for n, items in pending:
        in_flight[submit(n, items)] = len(items)
        if len(in_flight) >= limit:
            for future in wait_first(list(in_flight)):
                finish(future)
    for future in list(in_flight):
        finish(future)
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
        )
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
