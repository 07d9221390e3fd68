"""Charts for the notebooks: one idea per chart, labelled axes, a title that asks the question.

Each chart function returns a `Chart`, which a notebook shows as SVG (a cell that draws a chart is just
the call), or a note when there is nothing to draw. `setup_notebook()` makes rendered notebooks
reproducible: figures are SVG with a fixed hash salt and no date metadata, so re-rendering with nothing
changed gives the same bytes.
"""

from __future__ import annotations

import io
from typing import Any

import numpy as np
import pandas as pd

from .render import Note, note


def setup_notebook() -> None:
    """Deterministic SVG figures and wide-enough tables, for notebooks that are committed as outputs."""
    import matplotlib

    matplotlib.rcParams.update(
        {
            "svg.hashsalt": "newslens",
            "svg.fonttype": "none",
            "figure.figsize": (7.5, 3.6),
            "figure.dpi": 100,
            "axes.spines.top": False,
            "axes.spines.right": False,
        }
    )
    try:
        from matplotlib_inline.backend_inline import set_matplotlib_formats

        set_matplotlib_formats("svg", metadata={"Date": None})
    except ImportError:  # outside IPython: figures are not displayed inline anyway
        pass
    pd.set_option("display.max_colwidth", 120)
    pd.set_option("display.max_rows", 80)


class Chart:
    """A finished chart: shown as SVG in a notebook (the same bytes every run); `.ax` and `.figure` to adjust
    or save it."""

    def __init__(self, ax: Any) -> None:
        import matplotlib.pyplot as plt

        self.ax, self.figure = ax, ax.figure
        plt.close(self.figure)  # shown once, by _repr_svg_, not again by the inline backend

    def _repr_svg_(self) -> str:
        buffer = io.StringIO()
        self.figure.savefig(buffer, format="svg", bbox_inches="tight", metadata={"Date": None})
        return buffer.getvalue()

    def __repr__(self) -> str:
        return f"<chart: {self.ax.get_title()}>"


def histogram(values: pd.Series, title: str, xlabel: str, bins: int = 20, ylabel: str = "count") -> Chart | Note:
    """A histogram of `values`."""
    import matplotlib.pyplot as plt

    if values.dropna().empty:
        return _nothing(title)
    fig, ax = plt.subplots()
    ax.hist(values.dropna().to_numpy(), bins=bins, color="#4c72b0", edgecolor="white")
    ax.set(title=title, xlabel=xlabel, ylabel=ylabel)
    fig.tight_layout()
    return Chart(ax)


NEGATIVE, POSITIVE, NEUTRAL = "#c2410c", "#15803d", "#4c72b0"


def _nothing(title: str) -> Note:
    """A note in place of an empty chart."""
    return note(f"Nothing to chart for “{title}”: no rows.")


def barh(values: pd.Series, title: str, xlabel: str, color: str = NEUTRAL, diverging: bool = False) -> Chart | Note:
    """Horizontal bars in the order given, first on top, labelled by the index of `values`.

    `diverging` colours negative values and positive ones apart (for sentiment)."""
    import matplotlib.pyplot as plt

    if values.empty:
        return _nothing(title)
    values = values.iloc[::-1]
    fig, ax = plt.subplots(figsize=(7.5, max(2.0, 0.32 * len(values) + 1.0)))
    colours = [NEGATIVE if v < 0 else POSITIVE for v in values] if diverging else color
    ax.barh([str(i) for i in values.index], values.to_numpy(), color=colours)
    if diverging:
        ax.axvline(0, color="#374151", linewidth=0.8)
    ax.set(title=title, xlabel=xlabel)
    fig.tight_layout()
    return Chart(ax)


def strip(
    df: pd.DataFrame, x: str, y: str, title: str, xlabel: str, hue: str | None = None, max_dots: int = 2000
) -> Chart | Note:
    """One row of dots per value of `y` along `x` (0 to 1, e.g. where each speaker is quoted).

    Up to `max_dots` rows, one dot per row. Beyond that (a large corpus), `x` is binned in twentieths and
    each bin gets one dot whose area grows with its count, so the chart stays readable and small."""
    import matplotlib.pyplot as plt

    if df.empty:
        return _nothing(title)
    order = list(dict.fromkeys(df[y]))[::-1]
    fig, ax = plt.subplots(figsize=(7.5, max(2.0, 0.32 * len(order) + 1.0)))
    colours = {"direct": "#b45309", "partial": "#1d4ed8", "indirect": "#4d7c0f", "scare": "#6b7280"}
    binned = len(df) > max_dots
    if binned:
        centre = (np.floor(df[x].clip(0, 0.9999).to_numpy() * 20) + 0.5) / 20
        keys = [y] if hue is None else [hue, y]
        df = df.assign(**{x: centre}).groupby([*keys, x], sort=True).size().rename("n").reset_index()
        largest = df["n"].max()
    groups = [(None, df)] if hue is None else list(df.groupby(hue, sort=True))
    for key, g in groups:
        ax.scatter(
            g[x],
            [order.index(v) for v in g[y]],
            label=key,
            s=(8 + 180 * g["n"] / largest) if binned else 28,
            alpha=0.6 if binned else 0.8,
            color=colours.get(key, "#4c72b0") if key else "#4c72b0",
        )
    ax.set_yticks(range(len(order)), order)
    ax.set(title=title, xlabel=xlabel + (" (dot area: how many, per twentieth)" if binned else ""), xlim=(0, 1))
    if hue is not None:
        legend = ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.18), ncol=4, frameon=False)
        for handle in legend.legend_handles:
            handle.set_sizes([28])
    fig.tight_layout()
    return Chart(ax)


def arc(frame: pd.DataFrame, title: str) -> Chart | Note:
    """Compound score sentence by sentence through one article, with its sections marked.

    `frame` is `newslens.sentiment(article)` (by sentence)."""
    import matplotlib.pyplot as plt

    if frame.empty:
        return _nothing(title)
    fig, ax = plt.subplots(figsize=(7.5, 3.6))
    x = range(len(frame))
    y = frame["compound"].to_numpy()
    ax.bar(x, y, color=[NEGATIVE if v <= -0.05 else POSITIVE if v >= 0.05 else "#9ca3af" for v in y], width=0.8)
    ax.axhline(0, color="#374151", linewidth=0.8)
    sections = frame["section"].tolist()
    for i in range(1, len(sections)):
        if sections[i] != sections[i - 1]:
            ax.axvline(i - 0.5, color="#6b7280", linestyle="--", linewidth=0.8)
            ax.text(i - 0.4, 1.02, sections[i], rotation=0, fontsize=8, va="bottom", color="#374151")
    ax.set(title=title, xlabel="sentence (body, in reading order)", ylabel="VADER compound", ylim=(-1.05, 1.15))
    fig.tight_layout()
    return Chart(ax)
