"""Rebuild benchmark (issue 14): how long `casebook build` takes after each kind of change, with the build
cache, on a generated corpus. Scenarios, each RUNS times with the runs of different scenarios alternating:

  cold        no cache, no output: `casebook clean`, empty output folder
  no-change   nothing changed since the last build
  body        one case's body edited (a sentence appended)
  title       one case's title edited
  new         one case added
  deleted     one case deleted (it is put back before the next scenario)

For each: wall and CPU time (median and range), and the pages rendered and files written as the build's
summary line reports them. Prints a Markdown table and writes it to OUT.

    python3 bench/incremental.py --casebook BIN --corpus SITE [--runs 3] [--out FILE]
"""
import argparse
import os
import pathlib
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

SUMMARY = re.compile(
    r"Built (\d+) pages(?: \((\d+) rendered, (\d+) unchanged since the last build\))? and (\d+) other files"
    r" into .*? in [0-9.]+ m?s(?:: (\d+) files written, (\d+) deleted)?"
)


def build(binary: str, site: pathlib.Path, output: pathlib.Path) -> dict:
    with tempfile.TemporaryFile() as stdout, tempfile.TemporaryFile() as stderr:
        start = time.monotonic()
        process = subprocess.Popen(
            [binary, "build", "--lang", "en", "--source", str(site), "--output", str(output)],
            stdout=stdout, stderr=stderr, env={**os.environ, "CI": "1"},
        )
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.monotonic() - start
        stdout.seek(0)
        stderr.seek(0)
        printed, problems = stdout.read().decode(), stderr.read().decode()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"casebook build failed:\n{problems[-2000:]}")
    match = SUMMARY.search(printed)
    if not match:
        sys.exit(f"no summary line in:\n{printed}")
    pages, rendered, _, others, written, deleted = match.groups()
    files = int(pages) + int(others)
    return {
        "wall": wall,
        "cpu": usage.ru_utime + usage.ru_stime,
        "rendered": int(rendered) if rendered is not None else int(pages),
        "written": int(written) if written is not None else files,
        "deleted": int(deleted) if deleted is not None else 0,
        "rss": usage.ru_maxrss / 1024,
    }


class Corpus:
    """The corpus and the changes made to it, each undone before the next scenario."""

    def __init__(self, site: pathlib.Path):
        self.site = site
        cases = sorted((site / "content" / "cases").rglob("*.md"))
        self.case = cases[len(cases) // 2]
        self.original = self.case.read_text(encoding="utf-8")
        self.added = self.case.with_name("bench-added-case.md")
        self.count = 0

    def change(self, kind: str) -> None:
        self.count += 1
        if kind == "body":
            self.case.write_text(self.original + f"\n\n基准测试追加的一句正文，第 {self.count} 次。\n", encoding="utf-8")
        elif kind == "title":
            text = re.sub(r"^title: .*$", f"title: 基准测试修改的标题 {self.count}", self.original, count=1, flags=re.M)
            self.case.write_text(text, encoding="utf-8")
        elif kind == "new":
            self.added.write_text(self.original.replace("title: ", f"title: 新增案例 {self.count} ", 1), encoding="utf-8")
        elif kind == "deleted":
            self.case.unlink()

    def undo(self) -> None:
        self.case.write_text(self.original, encoding="utf-8")
        if self.added.exists():
            self.added.unlink()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--casebook", required=True)
    parser.add_argument("--corpus", required=True, type=pathlib.Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--out", type=pathlib.Path)
    args = parser.parse_args()
    site, output = args.corpus, args.corpus.parent / (args.corpus.name + "-incremental-out")
    corpus = Corpus(site)
    kinds = ["cold", "no-change", "body", "title", "new", "deleted"]
    results = {kind: [] for kind in kinds}
    try:
        for run in range(args.runs):
            for kind in kinds:
                if kind == "cold":
                    subprocess.run([args.casebook, "clean", "--source", str(site), "--quiet"], check=True)
                    shutil.rmtree(output, ignore_errors=True)
                    time.sleep(5)  # let the file system settle after deleting a large tree (bench/README.md)
                else:
                    build(args.casebook, site, output)  # the state the change starts from
                    corpus.change(kind)
                results[kind].append(build(args.casebook, site, output))
                corpus.undo()
                print(f"run {run + 1}/{args.runs} {kind}: {results[kind][-1]['wall']:.2f} s", file=sys.stderr)
    finally:
        corpus.undo()

    def spread(values, digits=2):
        return f"{statistics.median(values):.{digits}f} ({min(values):.{digits}f}–{max(values):.{digits}f})"

    lines = [
        f"Casebook rebuilds with the build cache, {sum(1 for _ in (site / 'content' / 'cases').rglob('*.md'))} cases, "
        f"median (range) of {args.runs} alternating runs; `{args.casebook}`.",
        "",
        "| change | wall, s | CPU, s | peak RSS, MiB | pages rendered | files written | files deleted |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for kind in kinds:
        runs = results[kind]
        lines.append(
            f"| {kind} | {spread([r['wall'] for r in runs])} | {spread([r['cpu'] for r in runs])} "
            f"| {statistics.median(r['rss'] for r in runs):.0f} | {statistics.median(r['rendered'] for r in runs):.0f} "
            f"| {statistics.median(r['written'] for r in runs):.0f} | {statistics.median(r['deleted'] for r in runs):.0f} |"
        )
    table = "\n".join(lines) + "\n"
    print(table)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(table, encoding="utf-8")


if __name__ == "__main__":
    main()
