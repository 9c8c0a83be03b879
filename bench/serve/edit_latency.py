"""Save-to-reloaded-page latency of `casebook serve`: adds a new paragraph to a case's body EDITS times
and measures how long until the open page shows it. With --browser the page is open in headless
Chromium and the clock stops when the reloaded tab shows the paragraph (the script polls the tab every
few ms); without it, the page is fetched over loopback every 5 ms until it holds the paragraph.

With --log (the output of `casebook serve --timings`), also the server's side of each save: the rebuild
time it reported and the median of each phase over the measured saves, as a Markdown table.

    python3 bench/serve/edit_latency.py SITE_FOLDER BASE_URL [--edits 7] [--browser] [--log SERVE_LOG] [--patience 60]
        [--case content/cases/2022/hunan-chemical-grading.md] [--page cases/hunan-chemical-grading/]

Prints `median min max count` in seconds on the first line, then the table when --log is given.
"""
import argparse
import pathlib
import re
import statistics
import time
import urllib.request

CASE = "content/cases/2022/hunan-chemical-grading.md"
PHASE = re.compile(r"^(\S.*?)\s+([\d.]+) ms\s+([\d.]+) ms")


def served(url: str) -> str:
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.read().decode("utf-8")


def edited(original: str, paragraph: str) -> str:
    """The case with `paragraph` as the first paragraph of its body, after the front matter."""
    end = original.index("\n---", 3) + len("\n---\n")
    return original[:end] + "\n" + paragraph + "\n" + original[end:]


def browser(url: str):
    import sys
    sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "Tests/e2e"))
    from conftest import make_driver  # the browser tests' headless Chromium
    driver = make_driver()
    driver.get(url)
    time.sleep(1.0)  # the page's event stream connects
    return driver


def wait_until(shown, paragraph: str, number: int, patience: float) -> float:
    start = time.monotonic()
    while not shown(paragraph):
        if time.monotonic() - start > patience:
            raise SystemExit(f"save {number} was not shown within {patience:.0f} s")
        time.sleep(0.002)
    return time.monotonic() - start


def phase_medians(log: pathlib.Path, saves: int) -> str:
    """The rebuild time and each phase's median wall time over the first `saves` rebuilds in the log."""
    text = log.read_text(encoding="utf-8", errors="replace")
    rebuilds = [float(m) for m in re.findall(r"Rebuilt \d+ pages in ([\d.]+) s", text)][:saves]
    tables = re.split(r"(?m)^phase\s", text)[2:2 + saves]  # the first table is the first build's
    phases: dict = {}
    changed = []
    for table in tables:
        for line in table.splitlines()[1:]:
            match = PHASE.match(line)
            if match and match.group(1) != "total":
                phases.setdefault(match.group(1), []).append(float(match.group(2)))
        found = re.search(r"(\d+) served files changed", table)
        if found:
            changed.append(int(found.group(1)))
    rows = ["| phase | median wall | range |", "| --- | ---: | ---: |"]
    for name, values in phases.items():
        rows.append(f"| {name} | {statistics.median(values):.1f} ms | {min(values):.1f}–{max(values):.1f} ms |")
    if rebuilds:
        rows.append(f"| **rebuild, as reported** | **{statistics.median(rebuilds) * 1000:.0f} ms** | "
                    f"{min(rebuilds) * 1000:.0f}–{max(rebuilds) * 1000:.0f} ms |")
    if changed:
        rows.append(f"| served files changed per save | {statistics.median(changed):.0f} | {min(changed)}–{max(changed)} |")
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("site", type=pathlib.Path)
    parser.add_argument("base")
    parser.add_argument("--edits", type=int, default=7)
    parser.add_argument("--case", default=CASE)
    parser.add_argument("--page", help="the case's page under BASE_URL (default: cases/<file name>/)")
    parser.add_argument("--browser", action="store_true")
    parser.add_argument("--log", type=pathlib.Path)
    parser.add_argument("--patience", type=float, default=60, help="seconds to wait for one save (a debug build wants more)")
    args = parser.parse_args()
    case = args.site / args.case
    url = args.base + (args.page or f"cases/{case.stem}/")
    original = case.read_text(encoding="utf-8")
    driver = browser(url) if args.browser else None
    if driver:
        def shown(paragraph):
            return driver.execute_script("return document.body.innerText.indexOf(arguments[0]) >= 0;", paragraph)
    else:
        def shown(paragraph):
            return paragraph in served(url)
    times = []
    try:
        for number in range(args.edits):
            paragraph = f"编辑延迟测量第{number}次保存。"
            case.write_text(edited(original, paragraph), encoding="utf-8")
            times.append(wait_until(shown, paragraph, number, args.patience))
            time.sleep(1.0)  # let the watcher settle before the next save
    finally:
        case.write_text(original, encoding="utf-8")
        if driver:
            driver.quit()
    print(f"{statistics.median(times):.3f} {min(times):.3f} {max(times):.3f} {len(times)}")
    if args.log:
        time.sleep(0.5)  # the last measured rebuild's table is written just after its page is served
        print(phase_medians(args.log, args.edits))


if __name__ == "__main__":
    main()
