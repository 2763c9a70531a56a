"""Regenerate the screenshots in docs/images/ from the real report and the real editor page.

    .venv/bin/python scripts/screenshots.py            # both
    .venv/bin/python scripts/screenshots.py report     # the HTML report only

Needs Debian's chromium (``apt-get install chromium``) and the ``dev`` and ``serve`` extras;
no browser is downloaded. The pictures are made by the code they show, never by hand, so a
change to the report or the page is one command away from the docs.
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import Browser, sync_playwright

REPO = Path(__file__).resolve().parent.parent
IMAGES = REPO / "docs" / "images"
CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
SEED_000 = REPO / "examples" / "articles" / "000_ebfbf1afab7ada99.txt"
SEED_001 = REPO / "examples" / "articles" / "001_0c5695e86abff121.txt"


def report_shot(browser: Browser) -> Path:
    """The HTML report of two seeds, the majority finding's card open."""
    from factcheck.cli import main

    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "report.html"
        argv = ["check", "--isolated", "--election", "uk-ge-2017", "--output-format", "html"]
        seeds = [str(s.relative_to(REPO)) for s in (SEED_000, SEED_001)]
        main([*argv, "-o", str(target), *seeds], out=io.StringIO())
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(target.as_uri())
        page.locator("a.hl", has_text="about five per cent").first.click()
        page.evaluate("window.scrollTo(0, 0)")
        out = IMAGES / "report.png"
        page.screenshot(path=str(out))
        page.close()
    return out


def editor_shot(browser: Browser) -> Path:
    """The editor's page with seed 001 pasted and checked, a card open."""
    from factcheck.serve.testing import running_server

    with running_server(election="uk-ge-2017") as base:
        page = browser.new_page(viewport={"width": 1280, "height": 1300})
        page.goto(base + "/")
        page.fill("#draft", SEED_001.read_text(encoding="utf-8"))
        page.locator("a.hl", has_text="nearly 11 per cent").click()
        page.evaluate("window.scrollTo(0, 0)")
        out = IMAGES / "editor.png"
        page.screenshot(path=str(out))
        page.close()
    return out


def main(which: list[str]) -> int:
    IMAGES.mkdir(parents=True, exist_ok=True)
    os.chdir(REPO)  # the report names the seeds as a reader of the repository would
    wanted = set(which) or {"report", "editor"}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            if "report" in wanted:
                print(report_shot(browser).relative_to(REPO))
            if "editor" in wanted:
                print(editor_shot(browser).relative_to(REPO))
        finally:
            browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
