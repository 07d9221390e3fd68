"""The `newslens` command: `newslens analyze` writes a corpus's tables, `newslens report` renders the notebooks.

A mistake in what was asked for (a path that does not exist, a folder with no articles, tables that are
not an analysis, a record field no record has) is one line on stderr and exit status 2, never a
traceback. A run that loads no article at all says why and exits with status 1.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from .articles import UserError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newslens", description=__doc__.split("\n\n")[0])
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
    for p in (ana, rep):
        p.add_argument("--text-field", default=None, metavar="NAME", help="JSONL/CSV field holding the text")
        p.add_argument("--id-field", default=None, metavar="NAME", help="JSONL/CSV field holding the id")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "report":
            from .report import main_report

            return main_report(args)
        return _analyze(args)
    except UserError as e:
        print(f"newslens: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("newslens: stopped (run the same command again to resume an analysis)", file=sys.stderr)
        return 130


def _analyze(args: Any) -> int:
    from .articles import check_source
    from .pipeline import analyze
    from .tables import open_tables

    if args.batch_size < 1:
        raise UserError(f"--batch-size must be at least 1, not {args.batch_size}")
    check_source(args.source)
    summary = analyze(args.source, args.out, args.batch_size, args.workers, args.scheduler,
                      text_field=args.text_field, id_field=args.id_field)  # fmt: skip
    files = f"{summary['files']:,} file" + ("s" if summary["files"] != 1 else "")
    print(
        f"{summary['records']:,} records in {files}: {summary['articles']:,} articles, {summary['problems']:,} not "
        f"loaded, {summary['analysis_failed']:,} analysis failures, {summary['notes']:,} notes; "
        f"{summary['batches']} batches ({summary['batches_run_now']} run now) in {summary['seconds']} s -> {args.out}",
        file=sys.stderr,
    )
    if summary["articles"] == 0:
        from .overview import top_reasons

        reasons = open_tables(args.out).read("problems", ["reason"])["reason"]
        print(f"newslens: no article could be loaded from {' '.join(args.source)}: {top_reasons(reasons)}",
              file=sys.stderr)  # fmt: skip
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
