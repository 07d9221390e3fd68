"""Charts for the notebooks: one idea per chart, labelled axes, a title that asks the question.

`setup_notebook()` makes rendered notebooks reproducible: figures are SVG with a fixed hash salt and no
date metadata, so re-rendering with nothing changed gives the same bytes.
"""

from __future__ import annotations

from typing import Any

import pandas as pd


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


def histogram(values: pd.Series, title: str, xlabel: str, bins: int = 20, ylabel: str = "count") -> Any:
    """A histogram of `values`; returns the Axes."""
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots()
    ax.hist(values.dropna().to_numpy(), bins=bins, color="#4c72b0", edgecolor="white")
    ax.set(title=title, xlabel=xlabel, ylabel=ylabel)
    fig.tight_layout()
    return ax


def barh(values: pd.Series, title: str, xlabel: str, color: str = "#4c72b0") -> Any:
    """Horizontal bars, largest on top, labelled by the index of `values`; returns the Axes."""
    import matplotlib.pyplot as plt

    values = values.iloc[::-1]
    fig, ax = plt.subplots(figsize=(7.5, max(2.0, 0.32 * len(values) + 1.0)))
    ax.barh([str(i) for i in values.index], values.to_numpy(), color=color)
    ax.set(title=title, xlabel=xlabel)
    fig.tight_layout()
    return ax


def strip(df: pd.DataFrame, x: str, y: str, title: str, xlabel: str, hue: str | None = None) -> Any:
    """One row of dots per value of `y` along `x` (e.g. where each speaker is quoted); returns the Axes."""
    import matplotlib.pyplot as plt

    order = list(dict.fromkeys(df[y]))[::-1]
    fig, ax = plt.subplots(figsize=(7.5, max(2.0, 0.32 * len(order) + 1.0)))
    colours = {"direct": "#b45309", "partial": "#1d4ed8", "indirect": "#4d7c0f", "scare": "#6b7280"}
    groups = [(None, df)] if hue is None else list(df.groupby(hue, sort=True))
    for key, g in groups:
        ax.scatter(g[x], [order.index(v) for v in g[y]], label=key, s=28, alpha=0.8,
                   color=colours.get(key, "#4c72b0") if key else "#4c72b0")
    ax.set_yticks(range(len(order)), order)
    ax.set(title=title, xlabel=xlabel, xlim=(0, 1))
    if hue is not None:
        ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.18), ncol=4, frameon=False)
    fig.tight_layout()
    return ax
