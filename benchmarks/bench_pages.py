"""Web page loading speed: pages/s for `newslens.load_articles` on the 60 dev pages of the article-extraction
benchmark (../shared/data/html-dev/), against trafilatura alone with the same settings on the same pages
in the same run (newslens adds decoding, the canonical address, paragraph kinds and the Article), and
time growth on large pages (10x the page should cost about 10x the time).

    .venv/bin/python benchmarks/bench_pages.py [--rounds N]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from _corpus import REPO

import newslens as nl
from newslens.articles.pages import EXTRACTION

PAGES = REPO.parent / "shared" / "data" / "html-dev"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=3, help="times each page is read (default 3)")
    rounds = ap.parse_args().rounds
    files = sorted(PAGES.glob("*.html"))
    if not files:
        sys.exit(f"benchmark data missing: {PAGES}")
    import trafilatura

    data = [f.read_bytes() for f in files]
    trafilatura.bare_extraction(data[0], **EXTRACTION)  # warm-up: imports and lazily built tables
    nl.load_articles(files[0])
    t0 = time.perf_counter()
    for _ in range(rounds):
        for d in data:
            trafilatura.bare_extraction(d, **EXTRACTION)
    t_alone = time.perf_counter() - t0
    t0 = time.perf_counter()
    for _ in range(rounds):
        for f in files:
            nl.load_articles(f)
    t_ours = time.perf_counter() - t0
    n = len(files) * rounds
    print(f"pages={len(files)} rounds={rounds} megabytes={sum(map(len, data)) / 1e6:.1f}")
    print(f"trafilatura alone   {t_alone:6.2f} s {n / t_alone:7.1f} pages/s")
    print(f"load_articles       {t_ours:6.2f} s {n / t_ours:7.1f} pages/s   ratio {t_ours / t_alone:.2f}")
    _linearity(Path(files[0]).read_text(encoding="utf-8", errors="replace"))


def _linearity(page: str) -> None:
    """A page made 1x and 10x longer by repeating its body, and a broken one (unclosed tags): time ratio."""
    import tempfile

    body = page[page.find("<body") : page.rfind("</body>")] if "<body" in page else page
    cases = {"long article": body, "unclosed tags": "<div><p>" + "<p><span>words and more words " * 50}
    print("load_articles on large pages: time for 1x and 10x, and their ratio (10 = linear)")
    with tempfile.TemporaryDirectory() as tmp:
        for name, unit in cases.items():
            times = []
            for k in (1, 10):
                path = Path(tmp) / f"{k}.html"
                path.write_text(f"<html><body>{unit * 2 * k}</body></html>", encoding="utf-8")
                t0 = time.perf_counter()
                nl.load_articles(path)
                times.append(time.perf_counter() - t0)
            print(f"  {name:16} {times[0]:6.3f} s {times[1]:7.3f} s  ratio {times[1] / times[0]:5.1f}")


if __name__ == "__main__":
    main()
