"""The report runner: notebooks stored clean, outputs reproducible byte for byte, failures named."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys

import pytest

import newslens as nl
from newslens.report import find_notebooks

from .conftest import REPO

NOTEBOOKS = sorted((REPO / "notebooks").glob("*.ipynb"))


def test_notebooks_are_numbered_and_each_has_a_rendered_output():
    assert NOTEBOOKS, "no notebooks"
    for nb in NOTEBOOKS:
        assert re.match(r"\d\d_\w+\.ipynb$", nb.name), nb.name
        assert (REPO / "outputs" / nb.name).exists(), f"outputs/{nb.name} missing: run make report"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebooks_are_stored_without_outputs(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            assert cell["outputs"] == [] and cell["execution_count"] is None, path.name


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebooks_declare_a_parameters_cell_with_articles(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    params = [c for c in nb["cells"] if "parameters" in c["metadata"].get("tags", [])]
    assert len(params) == 1 and "articles" in "".join(params[0]["source"])
    assert nb["metadata"]["kernelspec"]["name"] == "python3"


@pytest.mark.parametrize("path", sorted((REPO / "outputs").glob("*.ipynb")), ids=lambda p: p.name)
def test_outputs_hold_no_absolute_paths_timestamps_or_addresses(path):
    text = path.read_text(encoding="utf-8")
    assert str(REPO) not in text
    assert "/root/" not in text and "/home/" not in text and "site-packages" not in text
    assert not re.search(r"\b0x[0-9a-f]{8,}\b", text)
    assert not re.search(r'"(start_time|end_time|duration)"', text)
    assert not re.search(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", text)
    nb = json.loads(text)
    for cell in nb["cells"]:
        for out in cell.get("outputs", []):
            assert out["output_type"] != "error", f"{path.name}: a cell failed"
            assert out.get("name") != "stderr", f"{path.name}: stderr output: {''.join(out.get('text', ''))[:200]}"


def test_rendering_again_reproduces_the_committed_outputs(tmp_path):
    """`make report` again, into a fresh folder: the same reports, pages and index, byte for byte."""
    run = subprocess.run([sys.executable, "-m", "newslens", "report", "--articles", "seeds", "--out", str(tmp_path),
                          "--html"], capture_output=True, text=True, cwd=REPO, timeout=600)  # fmt: skip
    assert run.returncode == 0, run.stderr
    made = sorted(p.name for p in tmp_path.iterdir())
    assert made == sorted(p.name for p in (REPO / "outputs").iterdir())
    for name in made:
        committed = REPO / "outputs" / name
        assert (tmp_path / name).read_bytes() == committed.read_bytes(), f"{name} differs: run make report"


def test_a_failing_notebook_is_named_and_the_others_still_run(tmp_path):
    books = tmp_path / "books"
    books.mkdir()
    shutil.copy(NOTEBOOKS[0], books / "01_good.ipynb")
    bad = json.loads(NOTEBOOKS[0].read_text(encoding="utf-8"))
    bad["cells"].append(
        {
            "cell_type": "code",
            "id": "boom",
            "metadata": {},
            "outputs": [],
            "execution_count": None,
            "source": "raise RuntimeError('boom')",
        }
    )
    (books / "00_bad.ipynb").write_text(json.dumps(bad), encoding="utf-8")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "newslens",
            "report",
            "--notebooks",
            str(books),
            "--out",
            str(tmp_path / "out"),
            "--articles",
            str(REPO / "seeds"),
            "--html",
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=300,
    )
    assert proc.returncode == 1
    assert "failed: 00_bad" in proc.stderr and "boom" in proc.stderr
    assert "01_good ok" in proc.stderr
    assert (tmp_path / "out" / "01_good.ipynb").exists() and (tmp_path / "out" / "01_good.html").exists()


def test_only_selects_notebooks_by_name():
    names = [p.stem for p in find_notebooks(REPO / "notebooks", ["corpus"])]
    assert names == ["00_corpus_overview"]


@pytest.mark.parametrize("where", ["repository", "notebooks", "elsewhere"])
def test_the_default_articles_are_found_however_the_notebook_is_run(tmp_path, monkeypatch, where):
    monkeypatch.chdir({"repository": REPO, "notebooks": REPO / "notebooks", "elsewhere": tmp_path}[where])
    assert [a.path for a in nl.load_articles("seeds")] == ["seeds/000_c8b33692d3f71c95.txt"]
    assert len(nl.load_articles(REPO / "seeds")) == 1  # an absolute path


def test_papermill_from_another_folder_renders_a_notebook_on_the_default_articles(tmp_path, monkeypatch):
    import papermill as pm

    monkeypatch.chdir(tmp_path)
    pm.execute_notebook(str(NOTEBOOKS[0]), str(tmp_path / "out.ipynb"), kernel_name="python3", progress_bar=False)
    assert "000_c8b33692d3f71c95" in (tmp_path / "out.ipynb").read_text(encoding="utf-8")
