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
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "report":
        from .report import main_report

        return main_report(args)
    return 2


if __name__ == "__main__":
    sys.exit(main())
