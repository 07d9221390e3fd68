"""Reports from tables at scale: seconds per notebook of `newslens report --tables` over a corpus of N articles
(default 100,000) made from PolNeAR dev with distinct ids, beside the floor measured in the same run (a
notebook that only imports newslens: kernel start and import), and the library calls behind the reports.

    .venv/bin/python benchmarks/bench_reports.py [--articles 100000] [--tables DIR]

With `--tables DIR` (a finished `newslens analyze` folder) nothing is analysed; without it the corpus is
written and analysed into a temporary folder first (several minutes for 100,000 articles on 2 cores).
"""

from __future__ import annotations

import argparse
import os
import resource
import tempfile
import time
from pathlib import Path

import nbformat
from _corpus import REPO, write_corpus

import newslens as nl
from newslens import outlets
from newslens.report import run_reports


def floor_seconds(tmp: Path) -> float:
    """Seconds to run a notebook that only imports newslens: what every report pays before its first table."""
    folder = tmp / "floor"
    folder.mkdir()
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("import newslens as nl\n\nnl.setup_notebook()")]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, folder / "floor.ipynb")
    t0 = time.perf_counter()
    results = run_reports(folder, tmp / "floor-out", progress=None)
    assert all(r.ok for r in results), [r.error for r in results]
    return time.perf_counter() - t0


def library_calls(tables_dir: Path) -> None:
    """Each call the reports make over the tables, timed in this process (tables opened once)."""
    data = nl.open_tables(tables_dir)
    calls = {
        "article_table": lambda: nl.article_table(data),
        "paragraph_kinds": lambda: nl.paragraph_kinds(data),
        "top_words": lambda: nl.top_words(data, 20),
        "sentiment (sentences)": lambda: nl.sentiment(data),
        "sentiment by section": lambda: nl.aggregate_sentiment(nl.sentiment(data), "section"),
        "quotes (read)": lambda: nl.quotes(data),
        "speakers": lambda: nl.speakers(nl.quotes(data)),
        "quote_positions": lambda: nl.quote_positions(data, nl.quotes(data)),
        "quote_table (200 rows)": lambda: nl.render.quote_table(data, nl.quotes(data)),
        "figures table": lambda: data["figures"],
        "figure_checks": lambda: nl.figure_checks(data["figures"]),
        "outlet_summary": lambda: outlets.outlet_summary(data),
        "exclusive_speakers": lambda: outlets.exclusive_speakers(data),
        "conflicting_figures": lambda: outlets.conflicting_figures(data),
    }
    for name, call in calls.items():
        t0 = time.perf_counter()
        call()
        print(f"  {name:24} {time.perf_counter() - t0:6.2f} s")
    print(f"  peak RSS of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MiB")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--tables", type=Path, help="a finished `newslens analyze` folder to report on")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        tables_dir = args.tables
        if tables_dir is None:
            src = tmp / "corpus.jsonl"
            write_corpus(src, args.articles)
            tables_dir = tmp / "tables"
            t0 = time.perf_counter()
            nl.analyze(src, tables_dir, progress=False)
            print(f"analysed {args.articles:,} articles in {time.perf_counter() - t0:.0f} s")
        rows = nl.open_tables(tables_dir).rows()
        size = sum(p.stat().st_size for p in tables_dir.rglob("*.parquet")) / 2**20
        print(f"tables: {rows['articles']:,} articles, {rows['sentences']:,} sentences, {rows['quotes']:,} quotes, "
              f"{rows['figures']:,} figures; {size:,.0f} MiB of Parquet")  # fmt: skip
        floor = floor_seconds(tmp)
        print(f"floor (kernel start + import newslens): {floor:.2f} s")
        cwd = os.getcwd()
        os.chdir(REPO)  # as `newslens report` runs: from the repository root
        try:
            results = run_reports(REPO / "notebooks", tmp / "reports", {"tables": str(tables_dir)}, progress=None)
        finally:
            os.chdir(cwd)
        total = 0.0
        for r in results:
            assert r.ok, r.error
            total += r.seconds
            size = r.output.stat().st_size / 1024
            print(f"  {r.notebook:20} {r.seconds:6.2f} s  ({r.seconds / floor:4.1f} x the floor)  {size:6,.0f} KiB")
        print(f"all reports: {total:.1f} s")
        print("library calls behind them:")
        library_calls(tables_dir)


if __name__ == "__main__":
    main()
