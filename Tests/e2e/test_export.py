"""Paperwork and machine-readable output through the real command line: the 推荐汇总表 export read
by openpyxl (and LibreOffice when installed), export → import round trips, feed, sitemap and open data."""
import csv
import io
import json
import pathlib
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET

import openpyxl
import pytest

from conftest import REPO, casebook_binary

HEADERS = ["序号", "案例名称", "申报单位", "企业类型", "所属行业", "企业定级", "所在地区", "推荐单位", "年度", "状态", "行业代码", "案例简介", "文件名"]
BASE = "https://www.example.gov.cn/showcase/"


def run(*arguments, check=True):
    # The sites here say `language: zh-CN`; these tests read the English messages (test_lang.py the choice).
    return subprocess.run([str(casebook_binary()), *map(str, arguments), "--lang", "en"], capture_output=True, text=True, check=check)


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    """A copy of the repository's sample showcase."""
    root = tmp_path_factory.mktemp("sample")
    shutil.copytree(REPO / "content", root / "content")
    shutil.copy(REPO / "site.yaml", root / "site.yaml")
    return root


def contact_values(content: pathlib.Path):
    values = set()
    for path in content.rglob("*.md"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("contact:"):
                values.update(v.strip() for v in re.findall(r":\s*([^,{}]+)", line[len("contact:"):]) if len(v.strip()) >= 2)
    return values


def cases_of(content: pathlib.Path, year: int):
    """Titles of the non-draft cases of a year, read straight from the Markdown files."""
    titles = []
    for path in sorted(content.rglob("cases/**/*.md")):
        text = path.read_text(encoding="utf-8").split("\n---", 1)[0]
        if re.search(rf"^year:\s*{year}\s*$", text, re.M) and not re.search(r"^draft:\s*true", text, re.M):
            titles.append(re.search(r"^title:\s*(.+?)\s*$", text, re.M).group(1).strip('"'))
    return titles


def unit_order():
    units = json.loads((REPO / "Sources/CasebookContent/Resources/units.json").read_text(encoding="utf-8"))
    return [unit["name"] for unit in units]


def test_xlsx_opens_in_openpyxl_with_the_right_cells(sample, tmp_path):
    out = tmp_path / "summary.xlsx"
    run("export", "summary", "--source", sample, "--year", 2022, "--format", "xlsx", "--output", out)
    sheet = openpyxl.load_workbook(out).active
    assert sheet.title == "推荐汇总表"
    assert "2022年" in sheet["A1"].value and "推荐汇总表" in sheet["A1"].value
    assert [cell.value for cell in sheet[2]] == HEADERS
    rows = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=3)]
    assert sorted(row[1] for row in rows) == sorted(cases_of(sample / "content", 2022))
    assert [row[0] for row in rows] == list(range(1, len(rows) + 1)), "序号 is a number column"
    order = unit_order()
    positions = [order.index(row[6]) for row in rows]
    assert positions == sorted(positions), "official unit order"
    assert sheet.freeze_panes == "A3"

    text = tmp_path / "summary.csv"
    run("export", "summary", "--source", sample, "--year", 2022, "--output", text)
    raw = text.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 with a byte-order mark, for Excel and WPS"
    table = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert table[0] == HEADERS
    assert [[str(cell) if cell is not None else "" for cell in row] for row in rows] == table[1:]


def test_xlsx_opens_in_libreoffice(sample, tmp_path):
    out = tmp_path / "summary.xlsx"
    run("export", "summary", "--source", sample, "--year", 2023, "--format", "xlsx", "--output", out)
    office = shutil.which("soffice") or shutil.which("libreoffice")
    subprocess.run([office, "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", str(tmp_path), str(out)],
                   check=True, capture_output=True, timeout=180)
    table = list(csv.reader(io.StringIO((tmp_path / "summary.csv").read_text(encoding="utf-8"), newline="")))
    assert table[1] == HEADERS
    assert sorted(row[1] for row in table[2:]) == sorted(cases_of(sample / "content", 2023))


def test_contacts_only_with_include_private(sample, tmp_path):
    secrets = contact_values(sample / "content")
    assert secrets
    public = run("export", "summary", "--source", sample, "--output", "-").stdout
    assert not any(value in public for value in secrets)
    private = run("export", "summary", "--source", sample, "--include-private", "--output", tmp_path / "internal.csv")
    assert "never publish" in private.stderr
    internal = (tmp_path / "internal.csv").read_text(encoding="utf-8-sig")
    assert internal.splitlines()[0].endswith("联系人,联系电话")
    assert any(value in internal for value in secrets)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_export_then_import_round_trips(sample, tmp_path, fmt):
    """Issue 15, finding 8: an all-year export imports into an empty site with no --year, case for case."""
    out = tmp_path / f"summary.{fmt}"
    run("export", "summary", "--source", sample, "--include-private", "-o", out)
    table = list(csv.reader(io.StringIO(run("export", "summary", "--source", sample, "-o", "-").stdout, newline="")))
    column = {name: index for index, name in enumerate(table[0])}
    target = tmp_path / "target"
    (target / "content").mkdir(parents=True)
    (target / "site.yaml").write_text("title: 导入测试\n", encoding="utf-8")
    first = run("import", "summary", out, "--source", target)
    created = sorted((target / "content/cases").rglob("*.md"))
    assert len(created) == len(table) - 1, first.stdout + first.stderr
    for row in table[1:]:
        text = (target / "content/cases" / row[column["年度"]] / (row[column["文件名"]] + ".md")).read_text(encoding="utf-8")
        for key, heading in (("title", "案例名称"), ("enterprise", "申报单位"), ("enterprise_type", "企业类型"), ("region", "所在地区"),
                             ("industry", "所属行业")):
            assert f'{key}: "{row[column[heading]]}"' in text, (key, text)
        assert f"year: {row[column['年度']]}" in text and "draft: true" in text
    second = run("import", "summary", out, "--source", target)
    assert "Created 0 case files" in second.stdout
    assert sorted((target / "content/cases").rglob("*.md")) == created, "nothing is overwritten or added"
    assert run("check", "--source", target, check=False).returncode == 0


def test_feed_sitemap_and_open_data_match_the_published_pages(sample, tmp_path):
    public = tmp_path / "public"
    run("build", "--source", sample, "--output", public, "--base-url", BASE, "--quiet")
    pages = {p.relative_to(public).as_posix() for p in public.rglob("index.html")}

    def page(url):
        assert url.startswith(BASE), url
        path = url[len(BASE):]
        return path + "index.html" if path.endswith("/") or path == "" else path

    atom = "{http://www.w3.org/2005/Atom}"
    feed = ET.parse(public / "feed.xml").getroot()
    entries = feed.findall(f"{atom}entry")
    assert entries
    for entry in entries:
        assert page(entry.find(f"{atom}link").get("href")) in pages
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT00:00:00\+08:00", entry.find(f"{atom}updated").text)

    urls = [loc.text for loc in ET.parse(public / "sitemap.xml").getroot().iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert {page(url) for url in urls} == pages
    assert (public / "robots.txt").read_text().endswith(f"Sitemap: {BASE}sitemap.xml\n")

    secrets = contact_values(sample / "content")
    for name in ("cases.json", "regions.json", "cases.csv"):
        text = (public / "data" / name).read_text(encoding="utf-8-sig")
        assert not any(value in text for value in secrets), name
        assert "contact" not in text and "phone" not in text
    cases = json.loads((public / "data/cases.json").read_text(encoding="utf-8"))["cases"]
    assert {page(case["url"]) for case in cases} <= pages
    assert len(cases) == len({p for p in pages if p.startswith("cases/") and "/page/" not in p and p != "cases/index.html"})


@pytest.mark.parametrize("command", [["new"], ["new", "case"], ["new", "region"], ["new", "site"],
                                     ["export"], ["export", "summary"], ["import"], ["import", "summary"]])
def test_every_new_command_has_help_with_examples(command):
    result = run(*command, "--help")
    assert "Examples:" in result.stdout, result.stdout
    assert "casebook " + command[0] in result.stdout.split("Examples:")[1]


def test_new_site_builds_and_scaffolds_list_every_field(tmp_path):
    run("new", "site", "showcase", "--source", tmp_path, "--year", 2023)
    site = tmp_path / "showcase"
    assert run("build", "--source", site, "--quiet", check=False).returncode == 0
    assert (site / "public/cases/sample-case/index.html").exists()
    run("new", "case", "某企业分类分级实践", "--source", site, "--region", "湖南")
    text = next((site / "content/cases/2023").glob("mou-*.md")).read_text(encoding="utf-8")
    for key in ("title", "enterprise", "enterprise_type", "region", "year", "industry", "industry_code", "grade", "steps",
                "recommender", "status", "summary", "tags", "cover", "date", "sources", "featured", "draft", "contact"):
        assert re.search(rf"^(# )?{key}: .*# ", text, re.M), key
    again = run("new", "case", "某企业分类分级实践", "--source", site, check=False)
    assert again.returncode == 1 and "already exists" in again.stderr
