"""No article can stop a run: an analysis that raises on one article reports it and goes on with the rest.

Every analysis runs its per-article work through `Stage.each`. An article on which that work raises is
left out of the result and becomes a `Problem` ("analysis failed (figures): TypeError: ..."); the result
carries these in ``frame.attrs["problems"]`` and a warning says how many, so a notebook shows them and
`newslens analyze` writes them to its `problems` table. A bug in one rule costs one article, not a corpus.
"""

from __future__ import annotations

import gc
import warnings
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TypeVar

import pandas as pd

from .articles import ANALYSIS_FAILED, Article, Problem, problem_frame

T = TypeVar("T")


class AnalysisWarning(UserWarning):
    """Some articles could not be analysed; the result says which in ``attrs["problems"]``."""


class Stage:
    """One analysis over many articles (`name` is what `problems` rows say failed)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.failures: list[Problem] = []

    def each(self, articles: Iterable[Article], work: Callable[[Article], T]) -> Iterator[tuple[Article, T]]:
        """(article, work(article)) for every article on which `work` does not raise; the others are
        recorded as failures. CPython's cyclic garbage collector is paused meanwhile: analyses build many
        small objects with no reference cycles, and on a huge paragraph the collections it would run make
        time grow faster than the text."""
        with gc_paused():
            for a in articles:
                try:
                    result = work(a)
                except Exception as e:  # any bug in any rule: reported, and the run goes on
                    self.fail(a, e)
                    continue
                yield a, result

    def fail(self, a: Article, error: BaseException) -> None:
        message = str(error).strip().splitlines()[0][:300] if str(error).strip() else ""
        reason = f"analysis failed ({self.name}): {type(error).__name__}" + (f": {message}" if message else "")
        self.failures.append(Problem(a.path, reason, a.meta.get("record"), a.id, ANALYSIS_FAILED))

    def finish(self, frame: pd.DataFrame) -> pd.DataFrame:
        """`frame` with the failures in ``attrs["problems"]`` (and a warning when there are any)."""
        if self.failures:
            frame.attrs["problems"] = [*frame.attrs.get("problems", []), *self.failures]
            first = self.failures[0]
            warnings.warn(
                f"{len(self.failures)} article(s) could not be analysed ({self.name}) and are left out; "
                f"the first: {first.article_id}: {first.reason} (all in .attrs['problems'])",
                AnalysisWarning,
                stacklevel=3,
            )
        return frame


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause CPython's cyclic garbage collector: building many small objects with no reference cycles, it
    would only cost time."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def problems_of(*frames: pd.DataFrame) -> list[Problem]:
    """The analysis failures the given results carry (see `Stage.finish`), each once."""
    seen: dict[Problem, None] = {}
    for f in frames:
        for p in f.attrs.get("problems", []):
            seen.setdefault(p, None)
    return list(seen)


def failures_table(*frames: pd.DataFrame) -> pd.DataFrame:
    """The analysis failures of the given results as a `problems` table."""
    return problem_frame(problems_of(*frames))
