"""Corpus analysis at scale: `newslens analyze` on 1,000 and 10,000 articles made from PolNeAR dev (distinct
ids), serially, on local processes and on a Dask LocalCluster: articles/s, words/s, the speed-up over serial,
peak memory (1,000 versus 10,000 articles: it must stay flat) and the projected time for 100,000 articles.

Each run is a fresh process, so its peak RSS is its own.

    .venv/bin/python benchmarks/bench_corpus.py [--sizes 1000 10000] [--modes serial local dask]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from _corpus import write_corpus

RUN = """
import resource, sys, time, newslens as nl
src, out, mode = sys.argv[1:4]
kwargs = {"serial": {"workers": 1}, "local": {}, "dask": {"scheduler": "local"}}[mode]
t0 = time.perf_counter()
nl.analyze(src, out, batch_size=250, progress=False, **kwargs)
print(time.perf_counter() - t0, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
      resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--modes", nargs="+", default=["serial", "local", "dask"])
    args = ap.parse_args()
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            src = Path(tmp) / f"corpus-{size}.jsonl"
            words = write_corpus(src, size)
            for mode in args.modes:
                out = Path(tmp) / f"tables-{size}-{mode}"
                proc = subprocess.run([sys.executable, "-c", RUN, str(src), str(out), mode],
                                      capture_output=True, text=True, check=True)  # fmt: skip
                seconds, rss_self, rss_children = proc.stdout.split()[-3:]
                seconds = float(seconds)
                peak = max(int(rss_self), int(rss_children)) / 1024
                results[(size, mode)] = (seconds, peak)
                serial = results.get((size, "serial"), (seconds, 0))[0]
                print(f"{size:>6} articles {mode:7} {seconds:7.1f} s {size / seconds:8.1f} articles/s "
                      f"{words / seconds:>10,.0f} words/s  speed-up {serial / seconds:4.2f}  "
                      f"peak RSS {peak:,.0f} MiB (largest process)")  # fmt: skip
    for mode in args.modes:
        sizes = sorted(s for s, m in results if m == mode)
        if len(sizes) >= 2:
            small, big = sizes[0], sizes[-1]
            ratio = results[(big, mode)][1] / results[(small, mode)][1]
            per_article = results[(big, mode)][0] / big
            print(
                f"{mode:7} peak memory {big} vs {small} articles: x{ratio:.2f}; "
                f"projected 100,000 articles: {per_article * 100_000 / 60:.1f} min"
            )


if __name__ == "__main__":
    main()
