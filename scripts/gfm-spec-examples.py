#!/usr/bin/env python3
"""Turns cmark-gfm's test/spec.txt into the data the GFM spec test reads: one JSON object per enabled
example with its number, Markdown and expected HTML (tabs written as the spec's arrows are restored).
The prose of the spec is left behind. Numbers count every example, disabled ones included, as
cmark-gfm's own spec_tests.py does, so they match the example numbers of the published spec.

    git show 0.29.0.gfm.6:test/spec.txt | python3 scripts/gfm-spec-examples.py \
        > Tests/CasebookTests/Fixtures/gfm-spec/examples.json
"""
import json
import sys

FENCE = "`" * 32


def examples(lines):
    number, state, markdown, html, disabled = 0, 0, [], [], False
    for line in lines:
        stripped = line.strip()
        if stripped.startswith(FENCE + " example"):
            state, disabled = 1, "disabled" in stripped[len(FENCE + " example"):].split()
        elif stripped == FENCE and state:
            number += 1
            if not disabled:
                yield {"example": number, "markdown": "".join(markdown).replace("→", "\t"),
                       "html": "".join(html).replace("→", "\t")}
            state, markdown, html = 0, [], []
        elif stripped == "." and state == 1:
            state = 2
        elif state == 1:
            markdown.append(line)
        elif state == 2:
            html.append(line)


if __name__ == "__main__":
    found = list(examples(sys.stdin.read().splitlines(keepends=True)))
    json.dump(found, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    print(f"{len(found)} examples", file=sys.stderr)
