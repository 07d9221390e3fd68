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
