"""Check a report site (`newslens report --html`) as a reader's browser sees it.

    .venv/bin/python tests/site_check.py outputs

From `index.html` every link is followed (reports, notebooks, anchors inside them); each page is opened
in headless Chromium. A broken link, a console message (every error a page raises, a resource that fails
to load, or anything a script prints), a script or stylesheet loaded from elsewhere (or a local one that
is missing), or markup that came from article content and ran (its `<script>` or `onerror`) is a failure.
Prints one line per failure and exits 1 if there is any; Chromium missing is said and checked statically
only.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlparse

#: What an article in the test corpus tries to run; a page where one of these ran shows its mark.
HOSTILE_MARK = "PWNED"
HOSTILE = (f"<script>document.title='{HOSTILE_MARK}'</script>"
           f"<img src=x onerror=\"document.body.setAttribute('data-hostile','{HOSTILE_MARK}')\">")  # fmt: skip


class _Links(HTMLParser):
    """The links, ids, scripts and stylesheets of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hrefs: list[str] = []
        self.ids: set[str] = set()
        self.loads: list[str] = []  # script src, stylesheet and font addresses
        self.scripts = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"] or "")
        if a.get("name") and tag == "a":
            self.ids.add(a["name"] or "")
        if tag == "a" and a.get("href"):
            self.hrefs.append(a["href"] or "")
        if tag == "script":
            self.scripts += 1
            if a.get("src"):
                self.loads.append(a["src"] or "")
        if tag == "link" and a.get("href") and "stylesheet" in (a.get("rel") or ""):
            self.loads.append(a["href"] or "")


def _parse(page: Path) -> _Links:
    p = _Links()
    p.feed(page.read_text(encoding="utf-8"))
    return p


def static_check(folder: Path) -> tuple[list[str], list[Path]]:
    """Failures found without a browser, and the pages reached from index.html (index first)."""
    index = folder / "index.html"
    if not index.exists():
        return [f"{index}: missing"], []
    failures, pages, todo = [], [], [index]
    while todo:
        page = todo.pop(0)
        if page in pages:
            continue
        pages.append(page)
        links = _parse(page)
        if links.scripts:
            failures.append(f"{page.name}: {links.scripts} script element(s); the site runs no code")
        for load in links.loads:
            url = urlparse(load)
            if url.scheme or url.netloc or load.startswith("/"):
                failures.append(f"{page.name}: loads {load} from outside the site")
            elif not (page.parent / unquote(url.path)).is_file():
                failures.append(f"{page.name}: loads {load}, which is missing")
        for href in links.hrefs:
            url = urlparse(href)
            if url.scheme in ("http", "https", "mailto"):
                continue  # a link out of the site, followed by the reader only
            if url.scheme:
                failures.append(f"{page.name}: link with scheme {url.scheme!r}: {href}")
                continue
            target = (page.parent / unquote(url.path)).resolve() if url.path else page
            if not target.exists():
                failures.append(f"{page.name}: broken link {href}")
            elif (
                url.fragment
                and target.suffix == ".html"
                and not {url.fragment, unquote(url.fragment)} & _parse(target).ids
            ):
                failures.append(f"{page.name}: broken anchor {href}")
            elif target.suffix == ".html" and target not in pages:
                todo.append(target)
    return failures, pages


def chromium() -> str | None:
    return next((b for b in ("chromium", "chromium-browser", "google-chrome") if shutil.which(b)), None)


def browser_check(pages: list[Path], browser: str) -> list[str]:
    """Open each page in headless Chromium: fail on any console message, and on article markup that ran."""
    failures = []
    for page in pages:
        with tempfile.TemporaryDirectory() as profile:
            run = subprocess.run(
                [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0", "--virtual-time-budget=3000",
                 "--dump-dom", page.resolve().as_uri()],
                capture_output=True, text=True, timeout=120,
            )  # fmt: skip
        for line in run.stderr.splitlines():
            if ":CONSOLE" in line:
                failures.append(f"{page.name}: console: {line.split(':CONSOLE', 1)[1][:200]}")
        dom = run.stdout
        if not dom.strip():
            failures.append(f"{page.name}: the browser rendered nothing (exit {run.returncode})")
        if re.search(rf"<title>[^<]*{HOSTILE_MARK}", dom) or f'data-hostile="{HOSTILE_MARK}"' in dom:
            failures.append(f"{page.name}: article markup ran")
    return failures


def check(folder: Path) -> list[str]:
    failures, pages = static_check(folder)
    browser = chromium()
    if browser is None:
        print("site_check: no Chromium found; checked links and markup only", file=sys.stderr)
        return failures
    return failures + browser_check(pages, browser)


if __name__ == "__main__":
    found = check(Path(sys.argv[1] if len(sys.argv) > 1 else "outputs"))
    for f in found:
        print(f)
    print(f"site_check: {len(found)} failure(s)", file=sys.stderr)
    sys.exit(1 if found else 0)
