"""The editor's page and the HTML report in a real browser: Debian's chromium, driven by
Playwright, against a server started in this process on a free loopback port.

No browser is downloaded: ``/usr/bin/chromium`` comes from ``apt-get install chromium``
(``.ci/run`` installs it). In CI (``CI=true``) a missing browser fails these tests; on a
machine without it they are skipped, saying so.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
REPO = Path(__file__).resolve().parent.parent.parent
SEED_001 = (REPO / "examples" / "articles" / "001_0c5695e86abff121.txt").read_text(encoding="utf-8")


def _unavailable(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"browser tests cannot run in CI: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """One headless chromium for the whole session."""
    if not Path(CHROMIUM).exists():
        _unavailable(f"{CHROMIUM} is not installed (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright is not installed (the dev extra has it)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    from factcheck.serve.testing import running_server

    with running_server(election="uk-ge-2017") as base:
        yield base


@pytest.fixture
def page(browser: Any, server: str) -> Iterator[Any]:
    from playwright.sync_api import expect

    p = browser.new_page()
    p.set_default_timeout(60_000)
    # expect() waits 5 s by default, its own setting: a loaded machine (the landing queue
    # while helpers work, a busy CI runner) can take longer to check a pasted draft.
    expect.set_options(timeout=60_000)
    p.goto(server + "/")
    yield p
    p.close()


def _paste(page: Any, text: str) -> None:
    page.fill("#draft", text)


def _highlight(page: Any, words: str) -> Any:
    return page.locator("a.hl", has_text=words)


def _card(page: Any, rule: str) -> Any:
    return page.locator(f'details.card[data-key^="{rule}:"]')


def test_seed_majority_sentence_is_highlighted_with_the_arithmetic(page: Any) -> None:
    from playwright.sync_api import expect

    _paste(page, SEED_001)
    mark = _highlight(page, "nearly 11 per cent")
    expect(mark).to_have_count(1)
    # Exactly the words, no more and no less: the badge is a <sup> after them.
    shown = mark.evaluate("a => a.firstChild.textContent")
    assert shown == "nearly 11 per cent"
    assert "sev-error" in (mark.get_attribute("class") or "")
    mark.click()
    card = _card(page, "WRD101")
    expect(card).to_have_attribute("open", "")
    expect(card).to_contain_text("majority in votes: 35,393 − 24,317 = 11,076")
    expect(card).to_contain_text("How factcheck read this figure")


def test_apply_a_literal_fix_and_the_finding_goes(page: Any) -> None:
    from playwright.sync_api import expect

    _paste(page, SEED_001)
    expect(_card(page, "REF101")).to_have_count(1)
    _highlight(page, "64pc").click()
    apply = _card(page, "REF101").locator("button.apply")
    expect(apply).to_have_text("Apply: 69.5pc")
    apply.click()
    expect(_card(page, "REF101")).to_have_count(0)
    assert "Turnout in the constituency was 69.5pc" in page.input_value("#draft")


def test_mark_as_correct_gives_a_suppression_that_silences_it(page: Any) -> None:
    from playwright.sync_api import expect

    _paste(page, SEED_001)
    _highlight(page, "nearly 11 per cent").click()
    card = _card(page, "WRD101")
    card.locator("button.correct").click()
    card.locator("input.reason").fill("her own words, quoted --> on purpose")
    card.locator("button.make").click()
    comment = card.locator("input.comment").input_value()
    assert comment == "<!-- factcheck-ignore WRD101: her own words, quoted – on purpose -->"
    card.locator("button.insert").click()
    expect(_card(page, "WRD101")).to_have_count(0)
    expect(page.locator("#status")).to_contain_text("1 marked as correct")
    assert page.input_value("#draft").startswith(comment + "\n")


def test_a_pasted_script_does_not_run(page: Any) -> None:
    from playwright.sync_api import expect

    hostile = (
        '<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2">'
        '</textarea><b onmouseover="window.pwned = 3">Jo</b>\n\n' + SEED_001
    )
    _paste(page, hostile)
    expect(_highlight(page, "nearly 11 per cent")).to_have_count(1)
    assert page.evaluate("window.pwned") is None
    assert page.locator("#view img").count() == 0
    expect(page.locator("#view .text")).to_contain_text("<script>window.pwned = 1</script>")


def test_a_3mb_paste_gets_the_size_error(page: Any) -> None:
    from playwright.sync_api import expect

    page.evaluate(
        "() => { const d = document.getElementById('draft');"
        " d.value = 'Turnout was 64pc. '.repeat(180000);"
        " d.dispatchEvent(new Event('input')); }"
    )
    # The browser builds and measures 3 MB of text first; on a loaded machine (eight test
    # workers on two cores) that took over 30 s. The wait ends as soon as the error shows.
    expect(page.locator("#status")).to_contain_text("up to 2 MB", timeout=90_000)
    expect(page.locator("#status")).to_have_class("error")


def test_html_report_shows_the_seed_highlight_and_the_poplar_chart(
    browser: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from playwright.sync_api import expect

    from factcheck.cli import main

    monkeypatch.chdir(REPO)
    target = tmp_path / "report.html"
    argv = ["check", "--isolated", "--election", "uk-ge-2017", "--output-format", "html"]
    assert main([*argv, "-o", str(target), "examples/articles/"], out=io.StringIO()) == 1
    p = browser.new_page()
    try:
        p.goto(target.as_uri())
        heading = p.locator("h2", has_text="001_0c5695e86abff121.txt")
        seed = p.locator("section.article").filter(has=heading)
        mark = seed.locator("a.hl", has_text="nearly 11 per cent")
        expect(mark).to_be_visible()
        assert mark.evaluate("a => a.firstChild.textContent") == "nearly 11 per cent"
        chart = p.locator("figure.chart", has_text="Poplar and Limehouse")
        expect(chart).to_be_visible()
        desc = chart.locator("desc").text_content() or ""
        assert "Jim Fitzpatrick: article 67.3%, official 67.3%" in desc
        box = chart.locator("svg").bounding_box()
        assert box is not None
        assert box["height"] > 100
    finally:
        p.close()
