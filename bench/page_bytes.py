#!/usr/bin/env python3
"""Output bytes by kind of page: a Casebook site against the Hugo site of the same corpus.

    python3 bench/page_bytes.py CASEBOOK_OUT HUGO_OUT [--before OLD_CASEBOOK_OUT]

Prints a Markdown table: for each kind (case, case list, taxonomy, region, home, search page,
feed, open data, search index, assets, other) the number of files, the bytes and the bytes per
file of each output, and the totals with and without search index and open data. With
`--before`, a column gives the bytes per file of an older Casebook output too. Casebook's build
bookkeeping (`.casebook-*`, never uploaded) is left out.
"""

import os
import sys

TAXONOMIES = {"tags", "industries", "types", "years", "grades", "steps", "awards", "units"}
KINDS = ["case", "case list", "taxonomy", "region", "home", "search page", "feed",
         "open data", "search index", "assets", "media", "other"]
# Kinds that are data rather than pages: reported, and totalled apart.
DATA = {"open data", "search index"}


def kind(rel):
    """The kind of the output file at `rel` (a path relative to the output folder)."""
    parts = rel.split("/")
    if rel == "index.html":
        return "home"
    if parts[0] == "cases":
        return "case list" if len(parts) == 2 or parts[1] == "page" else "case"
    if parts[0] in TAXONOMIES:
        return "taxonomy"
    if parts[0] == "regions":
        return "region"
    if parts[0] == "search":
        return "search page" if rel == "search/index.html" else "search index"
    if rel == "search-index.json":
        return "search index"
    if rel in ("feed.xml", "index.xml"):
        return "feed"
    if parts[0] == "data":
        return "open data"
    if parts[0] in ("assets", "css"):
        return "assets"
    if parts[0] == "media":
        return "media"
    return "other"


def measure(root):
    """Files and bytes by kind, and the number of HTML pages, of the output folder `root`."""
    files, sizes, pages = {}, {}, 0
    for folder, _, names in os.walk(root):
        for name in names:
            path = os.path.join(folder, name)
            rel = os.path.relpath(path, root).replace(os.sep, "/")
            if rel.startswith(".casebook"):
                continue
            k = kind(rel)
            files[k] = files.get(k, 0) + 1
            sizes[k] = sizes.get(k, 0) + os.path.getsize(path)
            pages += name.endswith(".html")
    return files, sizes, pages


def per_file(files, sizes, k):
    return f"{sizes[k] / files[k] / 1024:.1f} KiB" if files.get(k) else "—"


def main(argv):
    before = None
    if "--before" in argv:
        at = argv.index("--before")
        before = measure(argv[at + 1])
        argv = argv[:at] + argv[at + 2:]
    if len(argv) != 3:
        sys.exit(__doc__)
    casebook, hugo = measure(argv[1]), measure(argv[2])
    head = "| Kind | Casebook files | Casebook bytes | Casebook per file |"
    rule = "|---|---:|---:|---:|"
    if before:
        head, rule = head + " Before, per file |", rule + "---:|"
    print(head + " Hugo files | Hugo bytes | Hugo per file | Per file, Casebook / Hugo |")
    print(rule + "---:|---:|---:|---:|")
    for k in KINDS:
        if k not in casebook[0] and k not in hugo[0]:
            continue
        row = f"| {k} | {casebook[0].get(k, 0):,} | {casebook[1].get(k, 0):,} | {per_file(casebook[0], casebook[1], k)} |"
        if before:
            row += f" {per_file(before[0], before[1], k)} |"
        ratio = "—"
        if casebook[0].get(k) and hugo[0].get(k):
            ratio = f"{(casebook[1][k] / casebook[0][k]) / (hugo[1][k] / hugo[0][k]):.2f}×"
        print(row + f" {hugo[0].get(k, 0):,} | {hugo[1].get(k, 0):,} | {per_file(hugo[0], hugo[1], k)} | {ratio} |")
    print()
    for label, (files, sizes, pages) in [("Casebook", casebook), ("Hugo", hugo)] + ([("Casebook before", before)] if before else []):
        total = sum(sizes.values())
        pages_only = sum(v for k, v in sizes.items() if k not in DATA)
        print(f"- {label}: {sum(files.values()):,} files, {total:,} bytes, {pages:,} HTML pages; "
              f"{total / pages / 1024:.1f} KiB per page with search index and open data, "
              f"{pages_only / pages / 1024:.1f} KiB without")


if __name__ == "__main__":
    main(sys.argv)
