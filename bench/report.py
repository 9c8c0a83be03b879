#!/usr/bin/env python3
"""Turns the raw measurements of bench/run.sh into the Markdown report (and the terminal table).

    python3 bench/report.py RAW.tsv ENV.tsv OUT.md

RAW.tsv lines (tab-separated, no header):
    build   SIZE TOOL RUN WALL_S USER_S SYS_S RSS_KB BUSY FILES BYTES   (TOOL: casebook, casebook-warm, hugo)
    floor   SIZE NAME RUN WALL_S CPU_S RSS_KB BUSY DETAIL
    edit    SIZE casebook RUN WALL_S USER_S SYS_S RSS_KB BUSY
    corpus  SIZE CASES REGIONS MD_BYTES
ENV.tsv lines: KEY<TAB>VALUE (shown in the environment section, in order).
BUSY is the fraction of all CPUs busy with other work in the second before the run (0–1).
"""

import statistics
import sys

WALL_BAR = 0.3      # SPEC §7: at most 0.3× Hugo's wall time
RSS_BAR = 0.3       # … and 0.3× Hugo's peak memory
EDIT_BAR_MS = 150   # one-case edit rebuild
TOOL_NAMES = {"casebook": "Casebook (cold: no build cache)", "casebook-warm": "Casebook (warm build cache)", "hugo": "Hugo"}
NOISY = 0.25        # a run started while more than this share of the CPUs was busy elsewhere


def median(values):
    return statistics.median(values) if values else float("nan")


def secs(value):
    return f"{value:.2f} s" if value >= 0.995 else f"{value * 1000:.0f} ms"


def mib(kb):
    return f"{kb / 1024:.0f} MiB" if kb < 1024 * 1024 else f"{kb / 1024 / 1024:.2f} GiB"


def megabytes(count):
    return f"{count / 1e6:.1f} MB"


def ratio(a, b):
    return f"{a / b:.2f}×" if b else "–"


def files_and_bytes(detail):
    """"files=1688 bytes=40697527" → "1,688 files, 40.7 MB"."""
    fields = dict(part.split("=", 1) for part in detail.split() if "=" in part)
    if "files" not in fields:
        return detail
    return f"{int(fields['files']):,} files, {megabytes(int(fields.get('bytes', 0)))}"


def table(header, rows, numeric=True):
    lines = ["| " + " | ".join(header) + " |",
             "|" + "|".join("---" if i == 0 or not numeric else "---:" for i in range(len(header))) + "|"]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def main():
    raw_path, env_path, out_path = sys.argv[1:4]
    builds, floors, edits, corpora = {}, {}, {}, {}
    with open(raw_path, encoding="utf-8") as handle:
        for line in handle:
            f = line.rstrip("\n").split("\t")
            if f[0] == "build":
                builds.setdefault((int(f[1]), f[2]), []).append(
                    dict(wall=float(f[4]), cpu=float(f[5]) + float(f[6]), rss=int(f[7]), busy=float(f[8]),
                         files=int(f[9]), bytes=int(f[10])))
            elif f[0] == "floor":
                floors.setdefault((int(f[1]), f[2]), []).append(
                    dict(wall=float(f[4]), cpu=float(f[5]), rss=int(f[6]), busy=float(f[7]), detail=f[8]))
            elif f[0] == "edit":
                edits.setdefault(int(f[1]), []).append(
                    dict(wall=float(f[4]), cpu=float(f[5]) + float(f[6]), rss=int(f[7]), busy=float(f[8])))
            elif f[0] == "corpus":
                corpora[int(f[1])] = dict(cases=int(f[2]), regions=int(f[3]), md=int(f[4]))
    env = []
    with open(env_path, encoding="utf-8") as handle:
        for line in handle:
            key, _, value = line.rstrip("\n").partition("\t")
            env.append((key, value))

    sizes = sorted({size for size, _ in builds})
    out = ["# Casebook benchmark — latest results", "",
           "Produced by `bash bench/run.sh` (method: bench/README.md). Medians over the runs; CPU = user + sys of the",
           "process; peak RSS = maximum resident set size from `/usr/bin/time`. Each build goes into a fresh empty folder;",
           "Casebook and Hugo runs alternate. SPEC §7 bars: Casebook ≤ 0.3× Hugo's wall time and ≤ 0.3× its peak memory",
           f"for 10,000 cases; a one-case edit rebuilds in < {EDIT_BAR_MS} ms.", ""]

    out += ["## Corpora", "", table(["Corpus", "Cases", "Regions", "Markdown (cases)"],
                                    [[f"{s:,}", f"{c['cases']:,}", c["regions"], megabytes(c["md"])]
                                     for s, c in sorted(corpora.items())]), ""]

    rows = []
    for size in sizes:
        for tool in ("casebook", "casebook-warm", "hugo"):
            runs = builds.get((size, tool), [])
            if not runs:
                continue
            rows.append([f"{size:,}", TOOL_NAMES[tool], len(runs),
                         secs(median([r["wall"] for r in runs])), secs(median([r["cpu"] for r in runs])),
                         mib(median([r["rss"] for r in runs])), f"{runs[0]['files']:,}", megabytes(runs[0]["bytes"]),
                         f"{min(r['wall'] for r in runs):.2f}–{max(r['wall'] for r in runs):.2f} s"])
    out += ["## Full builds", "", table(["Cases", "Tool", "Runs", "Wall (median)", "CPU (median)", "Peak RSS (median)",
                                         "Output files", "Output size", "Wall range"], rows), ""]

    rows = []
    for size in sizes:
        for tool in ("casebook", "casebook-warm"):
            cb, hugo = builds.get((size, tool)), builds.get((size, "hugo"))
            if not cb or not hugo:
                continue
            wall = median([r["wall"] for r in cb]) / median([r["wall"] for r in hugo])
            cpu = median([r["cpu"] for r in cb]) / median([r["cpu"] for r in hugo])
            rss = median([r["rss"] for r in cb]) / median([r["rss"] for r in hugo])
            met = "yes" if wall <= WALL_BAR and rss <= RSS_BAR else "no"
            rows.append([f"{size:,}", TOOL_NAMES[tool], f"{wall:.2f}×", f"{cpu:.2f}×", f"{rss:.2f}×",
                         met + ("" if size >= 10000 else " (bar is set for 10,000)")])
    out += ["## Casebook / Hugo", "", table(["Cases", "Casebook", "Wall", "CPU", "Peak RSS",
                                             f"Bar met (≤ {WALL_BAR}× wall and RSS)"], rows), ""]

    rows = []
    for size in sizes:
        cli = floors.get((size, "cmark-cli"), [])
        lib = floors.get((size, "cmark-lib"), [])
        wri = floors.get((size, "write"), [])
        cb = builds.get((size, "casebook"), [])
        lib_wall = median([r["wall"] for r in lib]) if lib else None
        wri_wall = median([r["wall"] for r in wri]) if wri else None
        floor = (lib_wall or 0) + (wri_wall or 0) if lib_wall is not None and wri_wall is not None else None
        cb_wall = median([r["wall"] for r in cb]) if cb else None
        rows.append([
            f"{size:,}",
            f"{secs(median([r['wall'] for r in cli]))} (CPU {secs(median([r['cpu'] for r in cli]))})" if cli else "–",
            f"{secs(lib_wall)} (CPU {secs(median([r['cpu'] for r in lib]))})" if lib else "–",
            (f"{secs(wri_wall)} (CPU {secs(median([r['cpu'] for r in wri]))}) · {files_and_bytes(wri[0]['detail'])}")
            if wri else "–",
            secs(floor) if floor is not None else "–",
            f"{cb_wall / floor:.1f}×" if floor and cb_wall else "–"])
    out += ["## The floor", "",
            "cmark-gfm CLI: the `cmark-gfm` program rendering every body concatenated into one document. cmark-gfm library:",
            "`bench/floor/cmark_floor.c` rendering each body as its own document, one thread, Casebook's extensions and options",
            "(self-timed, reading excluded). Writing: `bench/floor/write_floor.c` creating the folders and writing as many files,",
            "of the same sizes, as Casebook's output, into a fresh folder (self-timed). Floor = library + writing.", "",
            table(["Cases", "cmark-gfm CLI", "cmark-gfm library", "Write the output files", "Floor", "Casebook / floor"], rows), ""]

    rows = []
    for size, runs in sorted(edits.items()):
        value = median([r["wall"] for r in runs])
        rows.append([f"{size:,}", len(runs), secs(value), secs(median([r["cpu"] for r in runs])), mib(median([r["rss"] for r in runs])),
                     "yes" if value * 1000 < EDIT_BAR_MS else "no"])
    if rows:
        out += ["## One-case edit rebuild", "",
                "After a full build, one case's title is changed and `casebook build` runs again into the same output folder",
                "(incremental: only pages whose inputs changed are rendered, only changed files are moved into place; the page is",
                "checked for the new title).", "",
                table(["Cases", "Runs", "Wall (median)", "CPU (median)", "Peak RSS", f"< {EDIT_BAR_MS} ms"], rows), ""]

    every = [r for runs in builds.values() for r in runs] + [r for runs in floors.values() for r in runs] + \
        [r for runs in edits.values() for r in runs]
    noisy = [r for r in every if r["busy"] > NOISY]
    out += ["## Environment", "", table(["Item", "Value"], env + [
        ("Background load", f"{len(noisy)} of {len(every)} timed runs started while more than {int(NOISY * 100)} % of the CPUs "
                            f"were busy with other work (highest {max((r['busy'] for r in every), default=0) * 100:.0f} %)"
                            + ("; wall times of those runs are inflated — compare CPU times, or rerun on a quiet machine"
                               if noisy else ""))], numeric=False), ""]

    rows = []
    for (size, tool), runs in sorted(builds.items()):
        for k, r in enumerate(runs):
            rows.append([f"{size:,}", tool, k + 1, f"{r['wall']:.3f}", f"{r['cpu']:.3f}", mib(r["rss"]), f"{r['busy'] * 100:.0f} %"])
    for (size, name), runs in sorted(floors.items()):
        for k, r in enumerate(runs):
            rows.append([f"{size:,}", f"floor: {name}", k + 1, f"{r['wall']:.3f}", f"{r['cpu']:.3f}", mib(r["rss"]),
                         f"{r['busy'] * 100:.0f} %"])
    for size, runs in sorted(edits.items()):
        for k, r in enumerate(runs):
            rows.append([f"{size:,}", "casebook one-case edit", k + 1, f"{r['wall']:.3f}", f"{r['cpu']:.3f}", mib(r["rss"]),
                         f"{r['busy'] * 100:.0f} %"])
    out += ["## Every run", "", table(["Cases", "What", "Run", "Wall s", "CPU s", "Peak RSS", "Busy before"], rows), ""]

    text = "\n".join(out)
    with open(out_path, "w", encoding="utf-8") as handle:
        handle.write(text)
    # the terminal gets everything but the per-run listing
    print(text.split("\n## Every run")[0].rstrip())


if __name__ == "__main__":
    main()
