"""Render the parameterized notebooks into reviewable reports with papermill.

Each notebook in `notebooks/` declares its inputs in a cell tagged `parameters`; `run_reports` passes
`articles` (and any other parameter given that the notebook declares) and writes `outputs/<name>.ipynb`.
Outputs are normalized so that rendering twice with nothing changed gives the same bytes: papermill's
timings, kernel timestamps and random cell ids are removed.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

KERNEL = "python3"
_VOLATILE_CELL_METADATA = ("papermill", "execution", "collapsed", "scrolled")
_VOLATILE_PAPERMILL = ("start_time", "end_time", "duration", "exception", "input_path", "output_path")


@dataclass
class ReportResult:
    notebook: str
    output: Path
    seconds: float
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def find_notebooks(folder: Path, only: Iterable[str] | None = None) -> list[Path]:
    """The notebooks in `folder`, in reading order; `only` keeps those whose name contains one of its words."""
    books = sorted(p for p in Path(folder).glob("*.ipynb") if not p.name.startswith("."))
    if only:
        wanted = list(only)
        books = [p for p in books if any(w in p.stem for w in wanted)]
    return books


def run_reports(
    notebooks: Path | str = "notebooks",
    out: Path | str = "outputs",
    parameters: dict[str, Any] | None = None,
    only: Iterable[str] | None = None,
    html: bool = False,
    progress: Callable[[str], None] | None = print,
    provenance: Callable[[str, dict[str, Any]], dict[str, Any]] | None = None,
) -> list[ReportResult]:
    """Execute every notebook of `notebooks` into `out`, one after another; a failure does not stop the rest.

    `parameters` are passed to each notebook that declares them. The kernel runs in the current
    working directory, so relative paths in parameters mean what they mean to the caller. `provenance`
    (notebook name, its parameters -> a record) adds that record to each report: in its metadata and as
    its last cell.
    """
    import papermill as pm

    books = find_notebooks(Path(notebooks), only)
    if not books:
        raise FileNotFoundError(f"no notebooks in {str(notebooks)!r}" + (f" matching {list(only)}" if only else ""))
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    results = []
    exporter = static_exporter() if html else None
    for i, book in enumerate(books, 1):
        target = out / book.name
        declared = pm.inspect_notebook(str(book))
        params = {k: v for k, v in (parameters or {}).items() if k in declared}
        if progress:
            progress(f"[{i}/{len(books)}] {book.stem} ...")
        t0 = time.perf_counter()
        error = None
        try:
            pm.execute_notebook(
                str(book),
                str(target),
                parameters=params,
                kernel_name=KERNEL,
                progress_bar=False,
                log_output=False,
                cwd=None,
                extra_arguments=["--IPKernelApp.log_level=ERROR"],  # no transport chatter on stderr
            )
        except Exception as e:  # a failing notebook is reported, and the others still run
            error = f"{type(e).__name__}: {str(e).strip().splitlines()[-1] if str(e).strip() else ''}"
        if target.exists():
            normalize_notebook(target, provenance(book.stem, params) if provenance else None)
        seconds = time.perf_counter() - t0
        results.append(ReportResult(book.stem, target, seconds, error))
        if exporter is not None and target.exists():
            write_html(target, exporter)
        if progress:
            progress(
                f"[{i}/{len(books)}] {book.stem} {'ok' if error is None else 'FAILED: ' + error} ({seconds:.1f} s)"
            )
    if exporter is not None:
        write_stylesheet(out, exporter)
    return results


def normalize_notebook(path: Path, record: dict[str, Any] | None = None) -> None:
    """Strip what changes from run to run (timings, timestamps, random ids) so outputs diff cleanly; add
    the provenance `record`, if any (see `site.provenance`)."""
    import nbformat

    from .site import provenance_markdown

    nb = nbformat.read(path, as_version=4)
    if record is not None:
        nb.metadata["newslens"] = record
        nb.cells.append(nbformat.v4.new_markdown_cell(provenance_markdown(record), id="provenance"))
    pm_meta = nb.metadata.get("papermill", {})
    for key in _VOLATILE_PAPERMILL:
        pm_meta.pop(key, None)
    nb.metadata.pop("widgets", None)
    for i, cell in enumerate(nb.cells):
        for key in _VOLATILE_CELL_METADATA:
            cell.metadata.pop(key, None)
        if "injected-parameters" in cell.metadata.get("tags", []):
            cell.id = "injected-parameters"
        elif not cell.get("id"):
            cell.id = f"cell-{i}"
    nbformat.write(nb, path)


TEMPLATES = Path(__file__).parent / "templates"
#: The stylesheet every report page links to, written beside the pages.
STYLESHEET = "newslens-report.css"
_LAB_STYLES = ("static/index.css", "static/theme-light.css")  # JupyterLab's look, as nbconvert ships it


def static_exporter() -> Any:
    """nbconvert's HTML exporter with the `newslens_static` template: JupyterLab's look, no script at all."""
    from nbconvert import HTMLExporter

    return HTMLExporter(extra_template_basedirs=[str(TEMPLATES)], template_name="newslens_static")


def write_html(path: Path, exporter: Any) -> Path:
    """Write `path` as a static HTML page next to it (see `static_exporter`). nbconvert escapes text
    outputs; our own HTML outputs are escaped where they are made."""
    import nbformat

    body, _ = exporter.from_notebook_node(nbformat.read(path, as_version=4))
    target = path.with_suffix(".html")
    target.write_text(body, encoding="utf-8")
    return target


def write_stylesheet(out: Path, exporter: Any) -> Path:
    """Write the stylesheet the pages link to: JupyterLab's light theme, as nbconvert's lab template would
    inline it in every page."""
    parts = []
    for name in _LAB_STYLES:
        found = next((Path(d) / name for d in exporter.template_paths if (Path(d) / name).is_file()), None)
        if found is None:
            raise FileNotFoundError(f"nbconvert's lab template has no {name}")
        parts.append(found.read_text(encoding="utf-8"))
    target = out / STYLESHEET
    target.write_text("\n".join(parts), encoding="utf-8")
    return target


def main_report(args: Any) -> int:
    """`newslens report`: check what was asked for, then render every notebook (see `run_reports`)."""
    from .articles import SourceNotFound, check_source, find_path, load_articles
    from .overview import top_reasons
    from .pipeline import analyze_in_memory
    from .site import portable, provenance, summarise, write_index
    from .tables import open_tables

    parameters: dict[str, Any] = {"articles": args.articles}
    if getattr(args, "tables", None):
        tables = open_tables(args.tables)
        if not tables.complete:
            print(f"newslens: warning: {args.tables} holds {tables.status()}", file=sys.stderr)
        parameters["tables"] = args.tables
    else:
        check_source(args.articles)
        corpus = load_articles(args.articles, args.text_field, args.id_field)
        if not len(corpus):
            why = top_reasons(corpus.problems["reason"])
            print(f"newslens: no article could be loaded from {args.articles}: {why}", file=sys.stderr)
            return 1
    for name in ("text_field", "id_field"):
        if getattr(args, name, None):
            parameters[name] = getattr(args, name)
    notebooks = find_path(Path(args.notebooks))
    if notebooks is None or not find_notebooks(notebooks, args.only):
        raise SourceNotFound(f"no notebooks in {args.notebooks!r}" + (f" matching {args.only}" if args.only else ""))
    if getattr(args, "tables", None):
        counts = {"articles": tables.rows()["articles"], "problems": tables.rows()["problems"]}
    else:
        counts = {"articles": len(corpus), "problems": len(corpus.problems)}
    source = args.articles
    if getattr(args, "tables", None):  # the corpus the tables were made from, as `analyze` was given it
        source = " ".join(portable(s) for s in tables.manifest.get("source", [])) or portable(args.tables)
    results = run_reports(
        notebooks,
        args.out,
        parameters,
        args.only,
        args.html,
        progress=lambda s: print(s, file=sys.stderr, flush=True),
        provenance=lambda name, params: provenance(name, params, source, **counts),
    )
    if args.html:
        summary = summarise(tables if getattr(args, "tables", None) else analyze_in_memory(corpus), source)
        index = write_index(Path(args.out), [(r.notebook, r.output, r.ok) for r in results], summary)
        print(f"site: {index}", file=sys.stderr)
    failed = [r for r in results if not r.ok]
    print(f"{len(results) - len(failed)} of {len(results)} reports written to {args.out}", file=sys.stderr)
    for r in failed:
        print(f"failed: {r.notebook}: {r.error} (see {r.output})", file=sys.stderr)
    return 1 if failed else 0
