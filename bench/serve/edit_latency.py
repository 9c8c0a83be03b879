"""Edit-to-served latency of `casebook serve`: rewrites a case's title EDITS times and measures how long
until the served page shows it (polled every 5 ms on loopback). Prints `median max` in seconds.

    python3 bench/serve/edit_latency.py SITE_FOLDER BASE_URL [EDITS]
"""
import pathlib
import re
import statistics
import sys
import time
import urllib.request

CASE = "content/cases/2022/hunan-chemical-grading.md"
PAGE = "cases/hunan-chemical-grading/"


def served(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read().decode("utf-8")


def main() -> None:
    site, base = pathlib.Path(sys.argv[1]), sys.argv[2]
    edits = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    case = site / CASE
    original = case.read_text(encoding="utf-8")
    times = []
    try:
        for number in range(edits):
            title = f"编辑延迟测量第{number}次"
            case.write_text(re.sub(r"^title: .*$", f"title: {title}", original, count=1, flags=re.M), encoding="utf-8")
            start = time.monotonic()
            while title not in served(base + PAGE):
                if time.monotonic() - start > 30:
                    raise SystemExit(f"edit {number} was not served within 30 s")
                time.sleep(0.005)
            times.append(time.monotonic() - start)
            time.sleep(0.3)  # let the watcher settle before the next edit
    finally:
        case.write_text(original, encoding="utf-8")
    print(f"{statistics.median(times):.3f} {max(times):.3f}")


if __name__ == "__main__":
    main()
