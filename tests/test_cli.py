"""The command tells the truth: a user's mistake is one plain line and exit status 2, a run that loads
nothing says why (status 1), an unfinished analysis says so and how to resume."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import newslens as nl
from newslens.cli import main

GOOD = "Kyiv was hit overnight, officials said.\nRescuers worked through the day.\n"


def run(capsys, *argv: str) -> tuple[int, str]:
    status = main(list(argv))
    return status, capsys.readouterr().err


def one_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


@pytest.fixture
def folders(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "pictures").mkdir()
    (tmp_path / "pictures" / "a.png").write_bytes(b"\x89PNG")
    (tmp_path / "blank").mkdir()
    (tmp_path / "blank" / "a.txt").write_bytes(b"")
    (tmp_path / "blank" / "b.txt").write_text("  \n")
    (tmp_path / "not-tables").mkdir()
    (tmp_path / "not-tables" / "notes.txt").write_text("hello")
    (tmp_path / "records.jsonl").write_text(json.dumps({"id": "x", "body": GOOD}) + "\n")
    return tmp_path


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["analyze", "{t}/missing.txt", "--out", "{t}/out"], "no such file or folder: '{t}/missing.txt'"),
        (["analyze", "{t}/empty", "--out", "{t}/out"], "folder '{t}/empty' holds no files"),
        (["analyze", "{t}/pictures", "--out", "{t}/out"], "holds no article files: 1 files with suffixes .png"),
        (["analyze", "{t}/records.jsonl", "--out", "{t}/out", "--text-field", "story"],
         "has no field 'story'; its records have: id, body"),
        (["analyze", "{t}/records.jsonl", "--out", "{t}/out", "--batch-size", "0"], "--batch-size must be at least 1"),
        (["report", "--articles", "{t}/missing", "--out", "{t}/r"], "no such file or folder"),
        (["report", "--tables", "{t}/nowhere", "--out", "{t}/r"], "no such folder: '{t}/nowhere'"),
        (["report", "--tables", "{t}/not-tables", "--out", "{t}/r"], "is not a folder of `newslens analyze` tables"),
    ],
    ids=["missing path", "empty folder", "no article files", "unknown field", "bad batch size", "report: missing",
         "report: no tables", "report: not tables"],
)  # fmt: skip
def test_a_users_mistake_is_one_line_and_exit_status_2(capsys, folders, argv, says):
    status, err = run(capsys, *(a.format(t=folders) for a in argv))
    assert status == 2
    line = one_line(err)
    assert line.startswith("newslens: ") and says.format(t=folders) in line


def test_tables_with_no_finished_batch_are_refused(capsys, folders):
    out = folders / "started"
    out.mkdir()
    (out / "manifest.json").write_text(
        json.dumps({"format": nl.tables.FORMAT, "newslens_version": "x", "complete": False})
    )
    status, err = run(capsys, "report", "--tables", str(out), "--out", str(folders / "r"))
    assert status == 2 and "holds no finished batch yet" in one_line(err)


def test_a_run_that_loads_no_article_says_why(capsys, folders):
    status, err = run(capsys, "analyze", str(folders / "blank"), "--out", str(folders / "out"), "--workers", "1")
    assert status == 1
    assert "no article could be loaded from" in err and "2 x empty file" in err and "Traceback" not in err


def test_an_unfinished_analysis_says_so_and_how_to_resume(folders):
    out = folders / "tables"
    nl.analyze(folders / "records.jsonl", out, workers=1, progress=False)
    manifest = json.loads((out / "manifest.json").read_text())
    (out / "manifest.json").write_text(json.dumps({**manifest, "complete": False}))  # as a killed run leaves it
    tables = nl.open_tables(out)
    assert not tables.complete
    assert "an unfinished analysis: 1 batches, 1 articles so far" in tables.status()
    assert f"Resume it with: newslens analyze {folders / 'records.jsonl'} --out {out}" in tables.status()


def test_the_installed_command_prints_no_traceback(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "newslens", "analyze", str(tmp_path / "nope"), "--out", str(tmp_path)],
                          capture_output=True, text=True)  # fmt: skip
    assert proc.returncode == 2
    assert proc.stderr.strip() == f"newslens: no such file or folder: '{tmp_path / 'nope'}'"
