#!/usr/bin/env python3
"""Search benchmark: Casebook's offline index against Pagefind on the same built sites.

    python3 bench/search/bench.py --casebook .build/release/casebook --cases "1000 10000" --work DIR --out results.md

For each corpus size it generates a corpus (bench/gen_corpus.py), builds it with `casebook build --timings` (index build
time and its share of the whole build, wall and CPU), runs Pagefind on the built site (case, region and free pages,
the documents Casebook indexes), serves the site over HTTP and, in headless Chromium with the cache disabled, runs a
fixed query set against both: bytes downloaded per query (JavaScript and index files, not the page itself), time
to the first ten results on a fresh page, engine latency of a second query, and recall against the cases whose
title, enterprise, summary or tags contain the query. Same corpus → same queries.
"""
import argparse
import datetime
import functools
import gzip
import http.server
import json
import os
import pathlib
import re
import resource
import shutil
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse

REPO = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "Tests/e2e"))
from conftest import make_driver  # noqa: E402  (the e2e stage's Chromium setup)

PAGEFIND_GLOB = "{cases,regions,pages}/*/index.html"
PAGEFIND_HARNESS = """<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>Pagefind</title></head><body>
<script type="module">
const query = new URLSearchParams(location.search).get("q");
const pagefind = await import("./_pagefind/pagefind.js");
await pagefind.init();
const search = await pagefind.search(query);
const top = await Promise.all(search.results.slice(0, 10).map(result => result.data()));
window.benchDone = { ms: performance.now(), ids: search.results.map(result => result.id), top: top.map(data => data.url) };
window.benchSearch = async text => {
  const start = performance.now();
  const found = await pagefind.search(text);
  await Promise.all(found.results.slice(0, 10).map(result => result.data()));
  return performance.now() - start;
};
</script></body></html>
"""
# Records when the Casebook search page shows its first results (or says there are none).
CASEBOOK_OBSERVER = """
window.__done = null;
document.addEventListener("DOMContentLoaded", () => {
  const list = document.getElementById("search-results"), status = document.getElementById("search-status");
  if (!list) return;
  const check = () => {
    const text = status.textContent, loading = status.closest("#search-app").dataset.msgLoading;
    if (!text || text === loading || window.__done) return;
    const total = +(text.match(/\\d+/) || [0])[0];
    if (list.children.length >= Math.min(10, total)) window.__done = performance.now();
  };
  new MutationObserver(check).observe(document.getElementById("search-app"), {childList: true, subtree: true, characterData: true});
});
"""


def run(command, **kwargs):
    return subprocess.run(command, check=True, **kwargs)


def generate(cases: int, work: pathlib.Path) -> pathlib.Path:
    source = work / f"corpus-{cases}"
    if not (source / "site.yaml").exists():
        run([sys.executable, str(REPO / "bench/gen_corpus.py"), "--cases", str(cases), "--regions", str(min(222, cases // 40)),
             "--out", str(source)], stdout=subprocess.DEVNULL)
    return source


def build(casebook: str, source: pathlib.Path, output: pathlib.Path) -> dict:
    """One clean build, timed: wall and CPU of the process, and the search index phase it reports."""
    shutil.rmtree(output, ignore_errors=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    # /usr/bin/time gives this build's own peak RSS (RUSAGE_CHILDREN keeps the largest child so far).
    result = run(["/usr/bin/time", "-f", "peak-rss-kb %M", casebook, "build", "--source", str(source), "--output", str(output),
                  "--quiet", "--timings"], capture_output=True, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    match = re.search(r"^search index +([\d.]+) ms +([\d.]+) ms", result.stderr, re.MULTILINE)
    if not match:
        raise SystemExit("casebook did not report the search index timing; does `casebook build --timings` work?\n" + result.stderr)
    return {"wall": wall, "cpu": (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime),
            "index_wall": float(match.group(1)) / 1000, "index_cpu": float(match.group(2)) / 1000, "rss_mb": int(re.search(r"^peak-rss-kb (\d+)", result.stderr, re.MULTILINE).group(1)) / 1024}


def folder_bytes(folder: pathlib.Path, pattern: str = "**/*") -> tuple:
    files = [path for path in folder.glob(pattern) if path.is_file()]
    return len(files), sum(path.stat().st_size for path in files)


def casebook_index(site: pathlib.Path) -> dict:
    count, size = folder_bytes(site / "search/data")
    script = next((site / "assets").glob("search.*.js"))
    gz = sum(len(gzip.compress(path.read_bytes(), 6)) for path in (site / "search/data").rglob("*.js"))
    return {"files": count, "bytes": size, "gzip": gz, "script": script.stat().st_size}


def pagefind(site: pathlib.Path) -> dict:
    shutil.rmtree(site / "_pagefind", ignore_errors=True)
    start = time.perf_counter()
    run([sys.executable, "-m", "pagefind", "--site", str(site), "--output-subdir", "_pagefind", "--glob", PAGEFIND_GLOB],
        stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    (site / "pagefind-bench.html").write_text(PAGEFIND_HARNESS, encoding="utf-8")
    count, size = folder_bytes(site / "_pagefind")
    ui = sum(path.stat().st_size for path in (site / "_pagefind").glob("pagefind-*ui*"))
    ui += sum(path.stat().st_size for path in (site / "_pagefind").glob("pagefind-highlight.js"))
    return {"wall": wall, "files": count, "bytes": size, "api_bytes": size - ui}


def pagefind_urls(site: pathlib.Path) -> dict:
    """Result id → page URL, read from the fragments (gzip, 'pagefind_dcd' + JSON)."""
    urls = {}
    for path in (site / "_pagefind/fragment").iterdir():
        raw = gzip.decompress(path.read_bytes())
        urls[path.name.split(".")[0]] = json.loads(raw[len(b"pagefind_dcd"):])["url"]
    return urls


def casebook_routes(site: pathlib.Path) -> list:
    """Document id → route, read from the base's result files (`casebookSearch.d(chunk,[records])`); a fresh build has no delta."""
    main = (site / "search/data/main.js").read_text(encoding="utf-8")
    per_file = int(re.search(r'"r":(\d+)', main).group(1))
    count = int(re.search(r'"m":(\d+)', main).group(1))
    base = re.search(r'"b":"([0-9a-f]+)"', main).group(1)
    routes = [""] * count
    for path in (site / "search/data" / base / "d").iterdir():
        chunk, records = re.match(r"casebookSearch\.d\((\d+),(.*)\);\s*$", path.read_text(encoding="utf-8"), re.S).groups()
        for offset, record in enumerate(json.loads(records)):
            routes[int(chunk) * per_file + offset] = record["h"]
    return routes


def slug_of(url: str):
    match = re.search(r"cases/([^/]+)/", url)
    return match.group(1) if match else None


def read_cases(source: pathlib.Path) -> dict:
    """Front matter of every generated case (flat `key: value` lines and `[a, b]` lists)."""
    cases = {}
    for path in sorted((source / "content/cases").rglob("*.md")):
        front = path.read_text(encoding="utf-8").split("---")[1]
        fields = {}
        for line in front.splitlines():
            match = re.match(r"^(\w+): (.*)$", line)
            if match:
                fields[match.group(1)] = match.group(2).strip().strip('"')
        tags = fields.get("tags", "[]").strip("[]")
        fields["tags"] = [tag.strip() for tag in tags.split(",") if tag.strip()]
        if fields.get("draft") == "true" or fields.get("status") == "recommended":
            continue
        cases[path.stem] = fields
    return cases


def cjk_window(text: str, size: int) -> str:
    """The `size` characters nearest the middle of `text` that are all Chinese (ASCII is matched by words and
    their beginnings, not by any substring, so a window must not cut a Latin word)."""
    middle = len(text) // 2 - size // 2
    for start in sorted(range(len(text) - size + 1), key=lambda start: (abs(start - middle), start)):
        window = text[start:start + size]
        if all("\u4e00" <= char <= "\u9fff" for char in window):
            return window
    return text[:size]


def query_set(cases: dict) -> list:
    """Deterministic queries: two characters from the middle and the first four of enterprise names, four
    characters from the middle of titles, Chinese and ASCII tags, a prefix and a common phrase."""
    slugs = sorted(cases)
    picks = [slugs[index * len(slugs) // 40] for index in range(40)]
    queries, seen = [], set()

    def add(text, kind, limit):
        if text not in seen and sum(query["kind"] == kind for query in queries) < limit:
            seen.add(text)
            queries.append({"q": text, "kind": kind})

    for slug in picks:
        add(cjk_window(cases[slug]["enterprise"], 2), "middle of a name (2 chars)", 12)
        add(cases[slug]["enterprise"][:4], "start of a name (4 chars)", 6)
        add(cjk_window(cases[slug]["title"], 4), "middle of a title (4 chars)", 6)
    tags = sorted({tag for case in cases.values() for tag in case["tags"]})
    chinese = [tag for tag in tags if not tag.isascii()][:4]
    ascii_tags = [tag for tag in tags if tag.isascii()][:2]
    queries += [{"q": tag, "kind": "tag"} for tag in chinese + ascii_tags]
    if ascii_tags:
        queries.append({"q": ascii_tags[0][:3].lower(), "kind": "ASCII prefix"})
    queries.append({"q": "分类分级", "kind": "common phrase"})
    for query in queries:
        needle = query["q"].lower()
        query["truth"] = {slug for slug, case in cases.items()
                          if any(needle in text.lower() for text in [case["title"], case["enterprise"], case.get("summary", "")] + case["tags"])}
    return queries


class Server:
    """A static file server on 127.0.0.1 for the built site that never answers "not modified" and counts
    the bytes of every file it sends (workers' requests included, which the page's network log misses)."""

    def __init__(self, root: pathlib.Path):
        sent = self.sent = []

        class Handler(http.server.SimpleHTTPRequestHandler):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, directory=str(root), **kwargs)

            def send_head(self):
                if "If-Modified-Since" in self.headers:
                    del self.headers["If-Modified-Since"]
                file = super().send_head()
                if file is not None:
                    sent.append((urllib.parse.urlparse(self.path).path, os.fstat(file.fileno()).st_size))
                return file

            def end_headers(self):
                self.send_header("Cache-Control", "no-store")
                super().end_headers()

            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}/"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def take(self, wanted) -> int:
        """Bytes sent for paths that `wanted` accepts since the last call."""
        total = sum(size for path, size in self.sent if wanted(path))
        self.sent.clear()
        return total

    def close(self):
        self.httpd.shutdown()


def wait(driver, script: str, timeout: float = 60):
    deadline = time.time() + timeout
    while time.time() < deadline:
        value = driver.execute_script("return " + script)
        if value is not None and value is not False:
            return value
        time.sleep(0.02)
    raise TimeoutError(script)


def fresh(driver):
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": True})
    driver.get("about:blank")


def measure(driver, server: Server, queries: list, routes: list, pagefind_map: dict) -> list:
    base = server.base
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": CASEBOOK_OBSERVER})
    rows = []
    for index, query in enumerate(queries):
        following = queries[(index + 1) % len(queries)]["q"]
        row = {"q": query["q"], "kind": query["kind"], "truth": query["truth"]}
        fresh(driver)
        server.take(lambda path: False)
        driver.get(base + "search/index.html?q=" + urllib.parse.quote(query["q"]))
        row["ours_ms"] = wait(driver, "window.__done")
        row["ours_bytes"] = server.take(lambda path: path.startswith("/search/data/") or path.startswith("/assets/search."))
        ids = driver.execute_async_script("casebookSearch.query(arguments[0]).then(arguments[1])", query["q"])
        row["ours_found"] = {slug_of(routes[doc]) for doc in ids} - {None}
        row["ours_count"] = len(ids)
        row["ours_warm_ms"] = driver.execute_async_script("""
            const done = arguments[1], start = performance.now();
            casebookSearch.query(arguments[0]).then(ids => Promise.all(ids.slice(0, 10).map(casebookSearch.record)))
              .then(() => done(performance.now() - start));""", following)

        fresh(driver)
        server.take(lambda path: False)
        driver.get(base + "pagefind-bench.html?q=" + urllib.parse.quote(query["q"]))
        done = wait(driver, "window.benchDone")
        row["pf_bytes"] = server.take(lambda path: path.startswith("/_pagefind/"))
        row["pf_ms"] = done["ms"]
        row["pf_found"] = {slug_of(pagefind_map.get(result, "")) for result in done["ids"]} - {None}
        row["pf_count"] = len(done["ids"])
        row["pf_warm_ms"] = driver.execute_async_script("window.benchSearch(arguments[0]).then(arguments[1])", following)
        rows.append(row)
        print(f"  {row['q']}: ours {row['ours_count']} hits {row['ours_bytes']} B, pagefind {row['pf_count']} hits {row['pf_bytes']} B",
              file=sys.stderr)
    return rows


def recall(rows: list, key: str) -> float:
    """Pooled recall: expected cases found over expected cases, all queries together."""
    truth = sum(len(row["truth"]) for row in rows)
    return 100.0 * sum(len(row["truth"] & row[key]) for row in rows) / truth if truth else float("nan")


def per_query(rows: list, key: str) -> str:
    """Mean of each query's recall, and how many queries found every expected case."""
    scored = [len(row["truth"] & row[key]) / len(row["truth"]) for row in rows if row["truth"]]
    complete = sum(score == 1 for score in scored)
    return f"{100 * statistics.mean(scored):.1f} % ({complete}/{len(scored)} complete)"


def kib(value: float) -> str:
    return f"{value / 1024:,.1f} KiB"


def report(sections: list, out: pathlib.Path):
    load = os.getloadavg()
    lines = ["# Search benchmark", "",
             f"Generated by `bench/search/run.sh` on {datetime.date.today().isoformat()}, {os.cpu_count()} cores, "
             f"load average {load[0]:.1f} when it finished (other builds were running: wall times are noisy, CPU times less so).",
             "Corpora from `bench/gen_corpus.py`; Pagefind " + subprocess.run([sys.executable, "-m", "pagefind", "--version"],
                                                                             capture_output=True, text=True).stdout.strip()
             + f" indexed the same built site (`--glob \"{PAGEFIND_GLOB}\"`: the case, region and free pages Casebook indexes).",
             "", "## Index build", "",
             "| corpus | build wall | search index wall | share | build CPU | search index CPU | share | peak RSS |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for section in sections:
        b = section["build"]
        lines.append(f"| {section['cases']:,} cases | {b['wall']:.2f} s | {b['index_wall']:.2f} s | {100 * b['index_wall'] / b['wall']:.1f} % "
                     f"| {b['cpu']:.2f} s | {b['index_cpu']:.2f} s | {100 * b['index_cpu'] / b['cpu']:.1f} % | {b['rss_mb']:,.0f} MB |")
    lines += ["", "Shares are of the whole build (load, check, render, write); the index is built once, in parallel, inside the "
              "render step. Pagefind, for comparison, is a separate run after the build:", "",
              "| corpus | Casebook index files | bytes | gzip -6 | Pagefind run | Pagefind files | bytes (all) | bytes (JS API, no UI) |",
              "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for section in sections:
        ours, pf = section["ours"], section["pagefind"]
        lines.append(f"| {section['cases']:,} cases | {ours['files']:,} | {kib(ours['bytes'])} | {kib(ours['gzip'])} | {pf['wall']:.1f} s "
                     f"| {pf['files']:,} | {kib(pf['bytes'])} | {kib(pf['api_bytes'])} |")
    lines += ["", "## Per query", "",
              "Fresh page, cache disabled, served over HTTP from 127.0.0.1 without compression. *Bytes*: every JavaScript and "
              "index file the query needs (Casebook: `search.js`, `main.js`, shards, result files for the first ten; Pagefind: "
              "`pagefind.js`, its worker and WebAssembly, metadata, index chunks, fragments for the first ten). *First results*: "
              "from navigation start to ten results ready. *Next query*: engine time for another query in the same page, with "
              "the first ten results' data.", "",
              "| corpus | engine | bytes per query (median) | mean | max | first results (median) | next query (median) | recall (pooled) |",
              "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for section in sections:
        rows = section["rows"]
        for name, prefix in (("Casebook", "ours"), ("Pagefind", "pf")):
            sizes = [row[f"{prefix}_bytes"] for row in rows]
            lines.append(f"| {section['cases']:,} | {name} | {kib(statistics.median(sizes))} | {kib(statistics.mean(sizes))} | {kib(max(sizes))} "
                         f"| {statistics.median(row[f'{prefix}_ms'] for row in rows):.0f} ms "
                         f"| {statistics.median(row[f'{prefix}_warm_ms'] for row in rows):.0f} ms "
                         f"| {recall(rows, prefix + '_found'):.1f} % |")
    lines += ["", "## Recall by kind of query", "",
              "Against the published cases whose title, enterprise, summary or tags contain the query (case-insensitive).", "",
              "*Pooled*: expected cases found over all expected cases; *per query*: the mean of each query's recall, and how "
              "many queries found every expected case.", "",
              "| corpus | kind | queries | Casebook pooled | Casebook per query | Pagefind pooled | Pagefind per query |",
              "| --- | --- | ---: | ---: | ---: | ---: | ---: |"]
    for section in sections:
        kinds = sorted({row["kind"] for row in section["rows"]})
        for kind in kinds:
            rows = [row for row in section["rows"] if row["kind"] == kind]
            lines.append(f"| {section['cases']:,} | {kind} | {len(rows)} | {recall(rows, 'ours_found'):.1f} % | {per_query(rows, 'ours_found')} "
                         f"| {recall(rows, 'pf_found'):.1f} % | {per_query(rows, 'pf_found')} |")
    for section in sections:
        lines += ["", f"## Queries, {section['cases']:,} cases", "",
                  "| query | kind | expected | Casebook hits | Casebook bytes | Pagefind hits | Pagefind bytes |",
                  "| --- | --- | ---: | ---: | ---: | ---: | ---: |"]
        for row in section["rows"]:
            lines.append(f"| {row['q']} | {row['kind']} | {len(row['truth'])} | {row['ours_count']} ({len(row['truth'] & row['ours_found'])} expected) "
                         f"| {kib(row['ours_bytes'])} | {row['pf_count']} ({len(row['truth'] & row['pf_found'])} expected) | {kib(row['pf_bytes'])} |")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--casebook", required=True)
    parser.add_argument("--cases", default="1000 10000")
    parser.add_argument("--work", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    work = pathlib.Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    sections = []
    for cases in [int(value) for value in args.cases.split()]:
        source = generate(cases, work)
        site = work / f"site-{cases}"
        print(f"[{cases}] building", file=sys.stderr)
        timed = min((build(args.casebook, source, site) for _ in range(2)), key=lambda result: result["wall"])
        print(f"[{cases}] {timed}", file=sys.stderr)
        ours = casebook_index(site)
        print(f"[{cases}] pagefind", file=sys.stderr)
        pf = pagefind(site)
        queries = query_set(read_cases(source))
        server = Server(site)
        driver = make_driver()
        try:
            rows = measure(driver, server, queries, casebook_routes(site), pagefind_urls(site))
        finally:
            driver.quit()
            server.close()
        sections.append({"cases": cases, "build": timed, "ours": ours, "pagefind": pf, "rows": rows})
        report(sections, pathlib.Path(args.out))
    print(f"wrote {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
