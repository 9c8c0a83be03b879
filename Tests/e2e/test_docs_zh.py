"""The Chinese guides stay paired with the English ones, and no link in README*.md or docs/ leads nowhere.

Reads only the Markdown files: no Swift, no browser, a fraction of a second.
"""
import functools
import os
import pathlib
import re

import pytest

REPO = pathlib.Path(__file__).resolve().parents[2]
DOCS = REPO / "docs"
# The English guides that must have a Chinese version beside them (<name>.zh-CN.md).
PAIRED = ["README.md", "docs/content.md", "docs/serve.md", "docs/open-data.md", "docs/book.md"]

FENCE = re.compile(r"^(```|~~~).*?^\1[^\n]*$", re.M | re.S)
CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+?\1", re.S)
LINK = re.compile(r"!?\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
HTML_REF = re.compile(r"""<(?:a|img)\b[^>]*?\b(?:href|src)="([^"]+)\"""")
HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*#*\s*$", re.M)
HTML_ID = re.compile(r"""<a\b[^>]*\b(?:id|name)="([^"]+)\"""")
OPTION = re.compile(r"(?<![\w-])--[a-z][a-z-]*[a-z]")
RULE = re.compile(r"\bCB\d{4}\b")


def chinese(english: str) -> pathlib.Path:
    return REPO / re.sub(r"\.md$", ".zh-CN.md", english)


def guides() -> list[pathlib.Path]:
    return sorted([*REPO.glob("README*.md"), *DOCS.glob("*.md")])


def prose(text: str) -> str:
    """The text outside fenced code blocks and code spans, where a link is a link."""
    return CODE_SPAN.sub("", FENCE.sub("", text))


def slug(heading: str) -> str:
    """GitHub's anchor for a heading: link text kept, markup and punctuation dropped, spaces to hyphens."""
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", heading)
    text = re.sub(r"<[^>]+>", "", text).replace("`", "").lower()
    return re.sub(r"[^\w\- ]", "", text).replace(" ", "-")


@functools.cache
def anchors(path: pathlib.Path) -> frozenset[str]:
    text = FENCE.sub("", path.read_text(encoding="utf-8"))
    seen: dict[str, int] = {}
    found = set(HTML_ID.findall(text))
    for heading in HEADING.findall(text):
        base = slug(heading)
        count = seen.get(base, 0)
        seen[base] = count + 1
        found.add(base if count == 0 else f"{base}-{count}")
    return frozenset(found)


def broken_links(path: pathlib.Path, root: pathlib.Path = REPO) -> list[str]:
    text = prose(path.read_text(encoding="utf-8"))
    problems = []
    for target in [*LINK.findall(text), *HTML_REF.findall(text)]:
        if re.match(r"^[a-z][a-z0-9+.-]*:", target, re.I):
            continue  # https:, mailto: … lead out of the repository
        file_part, _, anchor = target.partition("#")
        destination = (path.parent / file_part).resolve() if file_part else path
        where = f"{path.relative_to(root)}: ({target})"
        if not destination.exists():
            problems.append(f"{where} names a file that does not exist")
        elif anchor and destination.suffix == ".md" and anchor not in anchors(destination):
            problems.append(f"{where} names an anchor that {os.path.relpath(destination, root)} lacks")
    return problems


def first_line(path: pathlib.Path) -> str:
    return next(line for line in path.read_text(encoding="utf-8").splitlines() if line.strip())


@pytest.mark.parametrize("english", PAIRED)
def test_each_guide_has_its_chinese_version(english):
    assert (REPO / english).is_file(), english
    assert chinese(english).is_file(), f"{chinese(english).relative_to(REPO)} is missing"


def test_every_chinese_guide_has_its_english_original():
    for path in [*REPO.glob("*.zh-CN.md"), *DOCS.glob("*.zh-CN.md")]:
        original = path.with_name(path.name.replace(".zh-CN.md", ".md"))
        assert original.is_file(), f"{path.relative_to(REPO)} has no English original"


@pytest.mark.parametrize("english", PAIRED)
def test_the_first_line_of_each_pair_links_to_the_other(english):
    source, translation = REPO / english, chinese(english)
    assert f"]({translation.name})" in first_line(source), f"{english} does not link to {translation.name} first"
    assert f"]({source.name})" in first_line(translation), f"{translation.name} does not link to {source.name} first"


@pytest.mark.parametrize("path", guides(), ids=lambda p: str(p.relative_to(REPO)))
def test_every_relative_link_resolves(path):
    assert broken_links(path) == []


def test_a_broken_link_or_anchor_is_found(tmp_path):
    (tmp_path / "other.md").write_text("# 站点配置 site.yaml\n## Cases — `content/cases/**.md`\n", encoding="utf-8")
    page = tmp_path / "page.md"
    page.write_text(
        "[ok](other.md#站点配置-siteyaml) [ok](other.md#cases--contentcasesmd) `[code](gone.md)`\n"
        "[gone](gone.md) [bad](other.md#nowhere) <img src=\"missing.png\" alt=\"\">\n",
        encoding="utf-8",
    )
    found = [line.split(": ", 1)[1] for line in broken_links(page, tmp_path)]
    assert found == [
        "(gone.md) names a file that does not exist",
        "(other.md#nowhere) names an anchor that other.md lacks",
        "(missing.png) names a file that does not exist",
    ]


def commands(path: pathlib.Path) -> list[str]:
    """The commands of the first fenced block, comments dropped."""
    block = FENCE.search(path.read_text(encoding="utf-8")).group(0).splitlines()[1:-1]
    return [line.split("#")[0].strip() for line in block if line.split("#")[0].strip()]


def test_both_readmes_start_with_make_run_and_make_test():
    for readme in ("README.md", "README.zh-CN.md"):
        assert commands(REPO / readme)[:2] == ["make run", "make test"], readme


@pytest.mark.parametrize("english", PAIRED)
def test_each_pair_names_the_same_options_and_rules(english):
    source = (REPO / english).read_text(encoding="utf-8")
    translation = chinese(english).read_text(encoding="utf-8")
    assert set(OPTION.findall(translation)) == set(OPTION.findall(source)), english
    assert set(RULE.findall(translation)) == set(RULE.findall(source)), english


def test_the_glossary_names_only_fields_the_content_guide_documents():
    content = (DOCS / "content.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"`([^`\s]+)`", content))
    fields = set()
    for row in (DOCS / "glossary.md").read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in re.split(r"(?<!\\)\|", row.strip().strip("|"))]
        if row.startswith("|") and len(cells) == 4:
            fields.update(re.findall(r"`([^`\s]+)`", cells[2]))
    assert len(fields) > 30, "the glossary's third column holds the field names"
    assert sorted(fields - documented) == []
