"""The `newslens` command: `newslens report` renders the notebooks into outputs/."""

from __future__ import annotations

import argparse
import sys


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newslens", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    rep = sub.add_parser("report", help="render every notebook with papermill into reviewable reports")
    rep.add_argument("--articles", default="seeds", help="file, folder, glob of articles (default: seeds)")
    rep.add_argument("--out", default="outputs", help="folder for the rendered notebooks (default: outputs)")
    rep.add_argument("--notebooks", default="notebooks", help="folder of notebooks to render (default: notebooks)")
    rep.add_argument("--only", action="append", metavar="NAME", help="only notebooks whose name contains NAME")
    rep.add_argument("--html", action="store_true", help="also write HTML next to each rendered notebook")
    rep.add_argument("--tables", default=None, help="tables from `newslens analyze`, for notebooks that read them")
    ana = sub.add_parser("analyze", help="analyse a corpus once into Parquet tables (resumable, parallel)")
    ana.add_argument("source", nargs="+", help="files, folders or globs of articles")
    ana.add_argument("--out", required=True, help="folder for the tables")
    ana.add_argument("--batch-size", type=int, default=250, help="articles per batch (default 250)")
    ana.add_argument("--workers", type=int, default=None, help="local processes (default: one per core; 1 = serial)")
    ana.add_argument("--scheduler", default=None, help="a Dask scheduler address, or 'local' for a LocalCluster")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "report":
        from .report import main_report

        return main_report(args)
    if args.command == "analyze":
        from .pipeline import analyze

        summary = analyze(args.source, args.out, args.batch_size, args.workers, args.scheduler)
        rows = ", ".join(f"{n} {k}" for k, n in summary["rows"].items())
        print(
            f"{summary['batches']} batches ({summary['batches_run_now']} run now) in {summary['seconds']} s: {rows}",
            file=sys.stderr,
        )
        return 0
    return 2


if __name__ == "__main__":
    sys.exit(main())
