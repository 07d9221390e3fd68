"""Corpora at scale: analyse once into Parquet tables, identically whichever way it runs, resumably."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time

import pandas as pd
import pytest

import newslens as nl
from newslens.tables import TABLES, done_batches

from .conftest import REPO, SEED

TEXTS = [
    'Officials said at least {n} people died in Kyiv on Thursday.\n"We will rebuild," Mayor Vitali Klitschko said.',
    "The ministry said 40 drones were shot down.\nAccording to the army, two missiles hit a port.",
    'Prime Minister Jane Doe called the attack "barbaric".\nShe said {n} buildings were damaged.',
]


def write_corpus(path, n_articles: int, broken: bool = False) -> None:
    lines = [json.dumps({"id": f"a{i}", "text": TEXTS[i % 3].format(n=i + 2), "source": ["AFP", "AP"][i % 2]})
             for i in range(n_articles)]  # fmt: skip
    if broken:
        lines[3] = '{"id": "broken", "text": '  # a broken line
        lines[5] = json.dumps({"id": "a1", "text": "A duplicate id, said officials on Monday."})
        lines[7] = json.dumps({"id": "empty", "text": "   "})
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def frames(out) -> dict[str, pd.DataFrame]:
    return nl.open_tables(out)


def assert_same_tables(a: dict, b: dict) -> None:
    for name in TABLES:
        pd.testing.assert_frame_equal(a[name], b[name], obj=name)


@pytest.fixture(scope="module")
def corpus_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("corpus") / "corpus.jsonl"
    write_corpus(path, 40, broken=True)
    return path


@pytest.fixture(scope="module")
def serial(corpus_file, tmp_path_factory):
    out = tmp_path_factory.mktemp("serial")
    nl.analyze(corpus_file, out, batch_size=7, workers=1, progress=False)
    return frames(out)


def test_tables_join_on_article_id_and_offsets_index_the_text(serial):
    texts = serial["articles"].set_index("article_id")["text"]
    for name in ("paragraphs", "sentences", "quotes", "figures"):
        assert set(serial[name]["article_id"]) <= set(texts.index), name
    for r in serial["quotes"].itertuples():
        assert texts[r.article_id][r.start : r.end] == r.quote
    for r in serial["figures"].itertuples():
        assert texts[r.article_id][r.start : r.end] == r.surface
    assert {"compound", "label", "section", "speaker"} <= set(serial["sentences"].columns)


def test_bad_records_become_problems_and_nothing_is_lost(serial):
    reasons = serial["problems"]["reason"].tolist()
    assert any("invalid JSON on line 4" in r for r in reasons)
    assert any("duplicate id 'a1'" in r for r in reasons)
    assert any("empty text" in r for r in reasons)
    assert len(serial["articles"]) == 40 - 2  # the broken line and the empty text; the duplicate is kept
    assert serial["articles"]["article_id"].is_unique


def test_local_processes_give_identical_tables(corpus_file, serial, tmp_path):
    nl.analyze(corpus_file, tmp_path, batch_size=7, workers=2, progress=False)
    assert_same_tables(serial, frames(tmp_path))


def test_a_dask_local_cluster_gives_identical_tables(corpus_file, serial, tmp_path):
    pytest.importorskip("dask.distributed")
    summary = nl.analyze(corpus_file, tmp_path, batch_size=7, scheduler="local", progress=False)
    assert summary["batches"] == 6
    assert_same_tables(serial, frames(tmp_path))
    dask_tables = nl.open_tables(tmp_path, dask=True)
    assert len(dask_tables["articles"].compute()) == len(serial["articles"])


def test_a_killed_run_resumes_with_every_article_exactly_once(tmp_path):
    corpus_file = tmp_path / "big.jsonl"
    write_corpus(corpus_file, 600)
    reference = tmp_path / "reference"
    nl.analyze(corpus_file, reference, batch_size=7, workers=1, progress=False)
    total = len(done_batches(reference))
    out = tmp_path / "tables"
    proc = subprocess.Popen(
        [sys.executable, "-m", "newslens", "analyze", str(corpus_file), "--out", str(out), "--batch-size", "7",
         "--workers", "1"],
        cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.time() + 120
    while time.time() < deadline and not done_batches(out) and proc.poll() is None:
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    finished = done_batches(out)
    assert 0 < len(finished) < total, "the run was not killed in the middle"
    # a half-written part of an unfinished batch is never read
    (out / "quotes").mkdir(parents=True, exist_ok=True)
    (out / "quotes" / ".part-000005.parquet.999.tmp").write_bytes(b"half")
    partial = frames(out)
    assert len(partial["articles"]) == 7 * len(finished)
    summary = nl.analyze(corpus_file, out, batch_size=7, workers=1, progress=False)
    assert summary["batches_run_now"] == total - len(finished)
    resumed = frames(out)
    assert resumed["articles"]["article_id"].is_unique and len(resumed["articles"]) == 600
    assert_same_tables(frames(reference), resumed)


def test_a_rerun_of_a_finished_corpus_runs_nothing(corpus_file, tmp_path):
    nl.analyze(corpus_file, tmp_path, batch_size=7, workers=1, progress=False)
    again = nl.analyze(corpus_file, tmp_path, batch_size=7, workers=1, progress=False)
    assert again["batches_run_now"] == 0 and again["rows"]["articles"] == 38
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    assert manifest["rows"]["articles"] == 38 and manifest["newslens_version"] == nl.__version__


def test_every_report_renders_from_tables_without_reading_the_articles(corpus_file, tmp_path):
    tables = tmp_path / "tables"
    nl.analyze(corpus_file, tables, batch_size=7, workers=1, progress=False)
    out = tmp_path / "out"
    proc = subprocess.run(
        [sys.executable, "-m", "newslens", "report", "--articles", str(tmp_path / "nowhere"), "--tables", str(tables),
         "--out", str(out)],
        cwd=REPO, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    books = {p.stem: json.dumps(json.loads(p.read_text(encoding="utf-8"))["cells"]) for p in out.glob("*.ipynb")}
    assert len(books) == 5
    assert "AFP" in books["04_outlets"] and "AP" in books["04_outlets"]  # one row per outlet, from `source`
    assert "Vitali Klitschko" in books["02_quotes"]
    for name, shown in books.items():
        assert '"output_type": "error"' not in shown, name


def test_tables_read_only_the_columns_and_articles_asked_for(serial):
    some = serial.read("sentences", ["article_id", "words"], where={"article_id": ["a2", "a5"]})
    full = serial["sentences"]
    expected = full.loc[full["article_id"].isin(["a2", "a5"]), ["article_id", "words"]].reset_index(drop=True)
    pd.testing.assert_frame_equal(some, expected)
    assert list(serial.read("articles", ["article_id", "chars"]).columns) == ["article_id", "chars"]
    assert serial.rows() == {name: len(serial[name]) for name in TABLES}


def test_analysing_in_memory_gives_the_tables_analyze_writes(corpus_file, serial):
    memory = nl.analyze_in_memory(corpus_file)
    for name in TABLES:
        if name != "vocabulary":  # stored per batch: equal once summed
            pd.testing.assert_frame_equal(memory[name], serial[name], obj=name)
    pd.testing.assert_frame_equal(nl.top_words(memory, 15), nl.top_words(serial, 15))


def test_each_analysis_gives_the_same_answer_from_articles_and_from_tables(corpus_file, serial):
    articles = nl.load_articles(corpus_file)
    for fn in (nl.article_table, nl.paragraph_kinds, nl.quote_positions):
        pd.testing.assert_frame_equal(fn(serial), fn(articles), obj=fn.__name__)
    pd.testing.assert_frame_equal(nl.top_words(serial, 10), nl.top_words(articles, 10))
    quotes = nl.quotes(articles)
    pd.testing.assert_frame_equal(nl.quotes(serial).astype(quotes.dtypes.to_dict()), quotes)
    from_tables = nl.sentiment(serial)  # repeated strings come back as categoricals
    assert from_tables["speaker"].dtype == "category"
    expected = nl.sentiment(articles).drop(columns="text")
    pd.testing.assert_frame_equal(from_tables.astype(expected.dtypes.to_dict()), expected)
    for unit in ("section", "speaker", "voice", "article"):
        pd.testing.assert_frame_equal(nl.sentiment(serial, by=unit), nl.sentiment(articles, by=unit), obj=unit)
    pd.testing.assert_frame_equal(nl.speakers(serial["quotes"]), nl.speakers(articles))
    assert nl.render.quote_table(serial, serial["quotes"]) == nl.render.quote_table(articles, nl.quotes(articles))


def test_with_text_gives_each_row_its_span_of_the_article(serial):
    figures = serial["figures"].sample(5, random_state=1)
    shown = serial.with_text(figures)
    assert (shown["text"] == shown["surface"]).all()
    assert shown.index.equals(figures.index)


def test_tables_of_an_older_format_are_refused_with_a_reason(corpus_file, tmp_path):
    nl.analyze(corpus_file, tmp_path, batch_size=50, workers=1, progress=False)
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    (tmp_path / "manifest.json").write_text(json.dumps({**manifest, "format": 1}))
    with pytest.raises(ValueError, match=r"older newslens.*analyze"):
        nl.open_tables(tmp_path)


def test_a_lost_dask_worker_loses_nothing(tmp_path):
    distributed = pytest.importorskip("dask.distributed")
    import os
    import threading

    corpus_file = tmp_path / "corpus.jsonl"
    write_corpus(corpus_file, 400)
    reference = tmp_path / "reference"
    nl.analyze(corpus_file, reference, batch_size=10, workers=1, progress=False)
    out = tmp_path / "tables"
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True) as cluster:
        with distributed.Client(cluster) as client:
            pids = client.run(os.getpid)
        errors: list = []

        def run() -> None:
            try:
                nl.analyze(corpus_file, out, batch_size=10, scheduler=cluster.scheduler_address, progress=False)
            except Exception as e:  # a lost worker may fail the run; the rerun must then finish it
                errors.append(e)

        thread = threading.Thread(target=run)
        thread.start()
        deadline = time.time() + 120
        while time.time() < deadline and not done_batches(out):
            time.sleep(0.01)
        os.kill(next(iter(pids.values())), signal.SIGKILL)  # one worker dies in the middle of the run
        assert len(done_batches(out)) < len(done_batches(reference)), "the worker was not lost mid-run"
        thread.join(timeout=300)
        nl.analyze(corpus_file, out, batch_size=10, scheduler=cluster.scheduler_address, progress=False)
    resumed = frames(out)
    assert resumed["articles"]["article_id"].is_unique and len(resumed["articles"]) == 400
    assert_same_tables(frames(reference), resumed)


def test_analysing_a_batch_leaves_no_reference_cycles():
    """An article's analysis is freed as soon as it is done: no reference cycle is left for the garbage
    collector (a cycle per article once made every batch end in one long collection). Run in a fresh
    process, where no other test's threads leave garbage of their own."""
    import subprocess
    import sys

    program = f"""
import gc, newslens as nl
from newslens.pipeline import batch_frames
text = nl.load_articles({str(SEED)!r})[0].text
articles = [nl.Article.from_text(text, id=f"copy-{{i}}") for i in range(3)]
gc.collect()
gc.disable()
tables = batch_frames(articles)
assert len(tables["quotes"]) > 10
del tables, articles
print(gc.collect())
"""
    out = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["0"]
