#!/usr/bin/env python3
"""Screenshots of a built site with headless Chromium (selenium), for the README and for review.

    python3 scripts/screenshots.py SITE_DIR OUT_DIR [NAME=PATH@WIDTHxHEIGHT[+full] ...]

Without shots it makes the README's three: the home page at 1280x800, a case page at 1280x800
and the phone layout (the home page at 375x812).
"""
import pathlib
import shutil
import sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

README_SHOTS = [
    "home=index.html@1280x800",
    "case=cases/hunan-chemical-grading/index.html@1280x800",
    "phone=index.html@375x812",
]


def driver() -> webdriver.Chrome:
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
                     "--lang=zh-CN", "--no-first-run", "--disable-background-networking", "--force-color-profile=srgb"):
        options.add_argument(argument)
    return webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)


def shoot(browser, site: pathlib.Path, out: pathlib.Path, spec: str) -> pathlib.Path:
    name, rest = spec.split("=", 1)
    path, size = rest.rsplit("@", 1)
    full = size.endswith("+full")
    width, height = (int(v) for v in size.removesuffix("+full").split("x"))
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 768})
    browser.get((site / path).resolve().as_uri())
    if full:
        total = browser.execute_script("return document.documentElement.scrollHeight")
        browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                {"width": width, "height": total, "deviceScaleFactor": 1, "mobile": width < 768})
    target = out / f"{name}.png"
    target.write_bytes(browser.get_screenshot_as_png())
    return target


def main(argv: list) -> int:
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    site, out = pathlib.Path(argv[0]), pathlib.Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    browser = driver()
    try:
        for spec in argv[2:] or README_SHOTS:
            print(shoot(browser, site, out, spec))
    finally:
        browser.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
