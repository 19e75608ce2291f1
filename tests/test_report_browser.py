"""claimex.report in a real browser: the page of tests/data/debates, in headless Chromium.

Playwright for Python drives the system's Chromium (``/usr/bin/chromium``, or the first of
``chromium``, ``chromium-browser``, ``google-chrome`` on PATH, or ``$CLAIMEX_CHROMIUM``);
``playwright install`` is never needed. The tests skip when playwright is not installed,
no Chromium is found or it does not start, or the English model is missing.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import orjson
import pytest

from tests.conftest import DEBATES

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = pytest.mark.slow


def chromium_executable() -> str | None:
    candidates = [os.environ.get("CLAIMEX_CHROMIUM"), "/usr/bin/chromium",
                  *(shutil.which(name) for name in ("chromium", "chromium-browser",
                                                    "google-chrome"))]
    for candidate in candidates:
        if candidate and os.path.isfile(candidate) and os.access(candidate, os.X_OK):
            return candidate
    return None


def _lines(path: Path) -> list[dict]:
    return [orjson.loads(line) for line in path.read_bytes().splitlines() if line.strip()]


@pytest.fixture(scope="module")
def report(debates_outdir) -> dict:
    """The report of tests/data/debates (default config, reconciled), with its records."""
    from claimex.report import build_report

    page = build_report(debates_outdir, debates_outdir / "r.html", inputs=[str(DEBATES)])
    return {"html": page, "claims": _lines(debates_outdir / "claims.jsonl"),
            "groups": _lines(debates_outdir / "groups.jsonl"),
            "tolls": _lines(debates_outdir / "tolls.jsonl")}


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright import sync_api
    except ImportError as exc:  # not installed, or installed without its driver
        pytest.skip(f"playwright is not importable: {exc}")
    executable = chromium_executable()
    if executable is None:
        pytest.skip("no Chromium executable found (apt-get install chromium)")
    with sync_api.sync_playwright() as playwright:
        try:
            browser = playwright.chromium.launch(executable_path=executable, headless=True,
                                                 args=CHROMIUM_ARGS, timeout=15_000)
        except sync_api.Error as exc:
            pytest.skip(f"{executable} did not start: {str(exc).splitlines()[0]}")
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture()
def page(browser, report):
    """The report opened in a fresh page; fails the test on any console error."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.set_default_timeout(5_000)
    problems: list[str] = []
    page.on("console", lambda msg: problems.append(f"console: {msg.text}")
            if msg.type == "error" else None)
    page.on("pageerror", lambda exc: problems.append(f"pageerror: {exc}"))
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(report["html"].as_uri())
    page.wait_for_selector("#claims-body tr")
    yield page
    context.close()
    assert problems == []
    # self-contained: the page itself is the only thing loaded
    assert [url for url in requests if not url.startswith("file:")] == []


def _visible_rows(page) -> int:
    return page.locator("#claims-body tr").count()


def test_loads_with_every_claim(page, report):
    claims = report["claims"]
    assert 0 < len(claims) <= 100  # one page of the default size
    assert _visible_rows(page) == len(claims)
    assert f"of {len(claims)} claims" in page.inner_text("#p-info")


def test_filter_by_modality(page, report):
    counts: dict[str, int] = {}
    for claim in report["claims"]:
        counts[claim["modality"]] = counts.get(claim["modality"], 0) + 1
    assert "negated" in counts and counts["negated"] < len(report["claims"])
    page.select_option("#f-mod", "negated")
    page.wait_for_function(f"document.querySelectorAll('#claims-body tr').length === "
                           f"{counts['negated']}")
    assert "filtered from" in page.inner_text("#p-info")
    for badge in page.locator("#claims-body .badge").all_inner_texts():
        assert badge == "negated"
    page.click("#f-reset")
    page.wait_for_function(f"document.querySelectorAll('#claims-body tr').length === "
                           f"{len(report['claims'])}")


def test_claim_link_scrolls_its_highlight_into_view(page, report):
    # the last row's claim sits far below the table, in a closed <details>
    link = page.locator("#claims-body tr a[data-id]").last
    href = link.get_attribute("href")
    assert href and href.startswith("#c")
    target = page.locator(f"[id='{href[1:]}']")
    assert target.count() == 1 and not target.is_visible()  # its document is collapsed
    assert page.evaluate("window.scrollY") == 0
    link.click()
    page.wait_for_function(f"location.hash === {href!r}")
    # the page's own handler (not only the browser's fragment scrolling) flashes it
    page.wait_for_function(f"document.getElementById({href[1:]!r}).classList"
                           ".contains('flash')", polling="raf")
    page.wait_for_function("window.scrollY > 0")
    box = target.bounding_box()
    viewport = page.viewport_size
    assert box is not None and box["width"] > 0
    assert box["y"] >= 0 and box["y"] + box["height"] <= viewport["height"]
    assert target.evaluate("e => e.closest('details').open") is True
    assert "claim" in (target.get_attribute("class") or "")


def test_tolls_table_links_each_toll_to_its_claims(page, report):
    tolls = report["tolls"]
    rows = page.locator("#tolls table.tolls tbody tr.toll")
    assert rows.count() == len(tolls) > 0
    first = rows.first
    cells = first.locator("td").all_inner_texts()
    assert cells[0] == tolls[0]["doc_id"] and cells[2] == tolls[0]["category"]
    assert cells[4] == tolls[0]["basis"]
    # the toll's figure links to the claim it rests on, in its collapsed document
    link = first.locator("a.tclaim").first
    href = link.get_attribute("href")
    assert href and href[1:].endswith(tolls[0]["claim_ids"][0])
    target = page.locator(f"[id='{href[1:]}']")
    assert target.count() == 1 and not target.is_visible()
    link.click()
    page.wait_for_function(f"location.hash === {href!r}")
    page.wait_for_function(f"document.getElementById({href[1:]!r}).classList"
                           ".contains('flash')", polling="raf")
    assert target.is_visible()
    assert target.evaluate("e => e.closest('details').open") is True
    # the document link opens the document itself
    doc_link = first.locator("td").first.locator("a")
    doc_href = doc_link.get_attribute("href")
    page.locator(f"[id='{doc_href[1:]}']").evaluate("e => { e.open = false; }")
    doc_link.click()
    page.wait_for_function(f"document.getElementById({doc_href[1:]!r}).open === true")


def test_group_charts_and_screenshot(page, report, tmp_path):
    charts = page.locator("#groups svg.chart")
    assert charts.count() == len(report["groups"]) > 0
    disputed = page.locator("#groups article.disputed svg.chart")
    assert disputed.count() == sum(1 for g in report["groups"] if g["summary"]["disputed"]) > 0
    first = disputed.first
    first.scroll_into_view_if_needed()
    box = first.bounding_box()
    assert box is not None and box["width"] > 100 and box["height"] > 30
    assert first.locator("text.src").count() >= 2  # a row per source
    shot = tmp_path / "report.png"
    page.screenshot(path=str(shot), full_page=True)
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000
