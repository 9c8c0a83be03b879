"""The 申报书 round trip through the real command line: `new form` → filled in with python-docx as an
enterprise or a regional authority would → `import form` → `check` → `build`; and the same filled form
saved by LibreOffice as .doc (WPS writes the same binary format) and .odt imports to the same file."""
import pathlib
import shutil
import struct
import subprocess
import tempfile
import zlib

import docx
import pytest
from docx.oxml.ns import qn
from docx.oxml import parse_xml

from conftest import casebook_binary

PHONE = "13912345678"
CASE_FIELDS = {
    "案例名称": "某化工集团分类分级管理实践", "申报单位": "湖南某化工集团有限公司", "所在地区": "湖南省长沙市",
    "所属行业": "石油化工", "行业代码": "C25", "推荐单位": "湖南省工业和信息化厅", "申报年度": "2023年",
    "关键词": "资产测绘、工控安全", "案例简介": "集团以分类分级管理为抓手，建成覆盖全部生产装置的安全防护体系。",
    "联系人": "张三", "职务": "安全总监", "联系电话": PHONE, "电子邮箱": "zhangsan@example.cn",
}
REGION_FIELDS = {
    "申报单位": "湖南省工业和信息化厅", "所在地区": "湖南", "申报年度": "2023", "实施分类分级管理企业数": "120家",
    "工作概况": "全省推进分类分级管理，覆盖重点行业。", "联系人": "李四", "联系电话": "0731-88888888",
}
TICKS = {"企业类型": ["联网工业企业"], "企业定级": ["三级"], "实施环节": ["自主定级", "分级防护"], "申报方向": ["总体成效突出地区", "应急演练"]}


def run(*arguments, check=True, cwd=None):
    # The sites here say `language: zh-CN`; these tests read the English messages (test_lang.py the choice).
    return subprocess.run([str(casebook_binary()), *map(str, arguments), "--lang", "en"], capture_output=True, text=True, check=check, cwd=cwd)


def png(path: pathlib.Path) -> pathlib.Path:
    """A 4×4 red PNG, written without an imaging library."""
    raw = b"".join(b"\x00" + b"\xff\x00\x00" * 4 for _ in range(4))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0))
                     + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
    return path


def fill_fields(document, values):
    """Writes each value into the cell right of its label and ticks the chosen options."""
    for table in document.tables:
        for row in table.rows:
            cells = row.cells
            for index, cell in enumerate(cells[:-1]):
                label = cell.text.strip().rstrip("：")
                target = cells[index + 1]
                if label in values and target._tc is not cell._tc and not target.text.strip():
                    target.text = values.pop(label)
                elif label in TICKS:
                    for paragraph in target.paragraphs:
                        for run_ in paragraph.runs:
                            for option in TICKS[label]:
                                run_.text = run_.text.replace("□" + option, "☑" + option)
    assert not values, f"labels not found on the blank form: {values}"


def section_end(document, heading):
    """The empty paragraph the blank form leaves under a section's guidance."""
    paragraphs = document.paragraphs
    start = next(i for i, p in enumerate(paragraphs) if p.text.endswith(heading))
    return next(p for p in paragraphs[start + 1:] if not p.text.strip())


def add_footnote(document, paragraph, note_id, text):
    footnotes = next(part for part in document.part.package.parts if str(part.partname) == "/word/footnotes.xml")
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    note = f'<w:footnote {w} w:id="{note_id}"><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:footnote>'
    if hasattr(footnotes, "_element"):
        footnotes._element.append(parse_xml(note))
    else:
        footnotes._blob = footnotes.blob.replace(b"</w:footnotes>", note.replace(f" {w}", "").encode() + b"</w:footnotes>")
    run_ = paragraph.add_run()
    run_._r.append(parse_xml(f'<w:footnoteReference {w} w:id="{note_id}"/>'))


def fill_narrative(document, heading, image):
    anchor = section_end(document, heading)
    intro = anchor.insert_paragraph_before("集团")
    intro.add_run("全面推行").bold = True
    intro.add_run("分类分级管理，")
    intro.add_run("覆盖全部装置").italic = True
    intro.add_run("。")
    add_footnote(document, intro, 1, "数据截至 2023 年底。")
    anchor.insert_paragraph_before("资产测绘", style="List Bullet")
    anchor.insert_paragraph_before("分级防护", style="List Bullet")
    anchor.insert_paragraph_before("（一）自主定级")
    anchor.insert_paragraph_before("完成 126 套工控系统的定级。", style="List Number")
    table = document.add_table(rows=3, cols=3)
    table.style = "Table Grid"
    for r, row in enumerate([["指标", "2022年", ""], ["", "上半年", "下半年"], ["定级系统", "60", "66"]]):
        for c, text in enumerate(row):
            if text:
                table.cell(r, c).text = text
    table.cell(0, 1).merge(table.cell(0, 2))
    anchor._p.addprevious(table._tbl)
    picture = anchor.insert_paragraph_before()
    shape = picture.add_run().add_picture(str(image))
    shape._inline.docPr.set("descr", "安全防护架构图")


@pytest.fixture(scope="session")
def forms(tmp_path_factory):
    """The filled case and region forms, and the case form as LibreOffice saves it in .doc and .odt."""
    folder = tmp_path_factory.mktemp("forms")
    run("new", "form", "case", "-o", folder / "blank-case.docx")
    run("new", "form", "region", "-o", folder / "blank-region.docx")
    image = png(folder / "diagram.png")
    case = docx.Document(str(folder / "blank-case.docx"))
    fill_fields(case, dict(CASE_FIELDS))
    fill_narrative(case, "主要做法", image)
    section_end(case, "案例背景").insert_paragraph_before("集团是省内重点化工企业。")
    case.save(str(folder / "case.docx"))
    region = docx.Document(str(folder / "blank-region.docx"))
    fill_fields(region, dict(REGION_FIELDS))
    figures = next(t for t in region.tables if t.rows[0].cells[0].text == "指标")
    for r, row in enumerate([["参与企业", "120", "家"], ["完成自主定级", "118", "家"]], start=1):
        for c, text in enumerate(row):
            figures.cell(r, c).text = text
    fill_narrative(region, "主要做法", image)
    region.save(str(folder / "region.docx"))
    converted = folder / "converted"
    converted.mkdir()
    profile = pathlib.Path(tempfile.mkdtemp(prefix="casebook-lo-"))
    for target in ("doc", "odt"):
        subprocess.run(["soffice", "--headless", "--norestore", f"-env:UserInstallation={profile.as_uri()}",
                        "--convert-to", target, "--outdir", str(converted), str(folder / "case.docx")],
                       check=True, capture_output=True, timeout=180)
    shutil.rmtree(profile, ignore_errors=True)
    return folder


def new_site(root: pathlib.Path) -> pathlib.Path:
    run("new", "site", "site", "--source", root, "--year", "2023")
    return root / "site"


def imported_text(site: pathlib.Path, path: str) -> str:
    """The imported file without its first comment, which names the form file."""
    return "\n".join(line for line in (site / path).read_text(encoding="utf-8").splitlines() if "casebook import form" not in line)


def test_round_trip_case_and_region(forms, tmp_path):
    site = new_site(tmp_path)
    result = run("import", "form", forms / "case.docx", forms / "region.docx", "--source", site, "--status", "selected")
    assert "case.docx → content/cases/2023/hu-nan-mou-hua-gong-ji-tuan-2023.md: filled 案例名称, 申报单位" in result.stdout
    assert "region.docx → content/regions/2023-hunan.md: filled 所在地区" in result.stdout
    assert "Imported 2 of 2 forms" in result.stdout
    case_text = (site / "content/cases/2023/hu-nan-mou-hua-gong-ji-tuan-2023.md").read_text(encoding="utf-8")
    for expected in ['region: hunan', 'year: 2023', 'grade: "三级"', 'steps: [自主定级, 分级防护]', 'tags: ["资产测绘", "工控安全"]',
                     'industry_code: "C25"', f'phone: "{PHONE}"', "## 主要做法", "**全面推行**", "*覆盖全部装置*", "- 资产测绘",
                     "1. 完成 126 套工控系统的定级。", "### 自主定级", "| 指标 | 2022年 |  |", "[^1]: 数据截至 2023 年底。",
                     "![安全防护架构图](../../media/hu-nan-mou-hua-gong-ji-tuan-2023/image-1.png)"]:
        assert expected in case_text, expected
    assert "填写说明" not in case_text and "## 取得成效" not in case_text, "guidance and empty sections are left out"
    assert "empty sections 取得成效, 推广价值 (left out)" in result.stdout
    region_text = (site / "content/regions/2023-hunan.md").read_text(encoding="utf-8")
    for expected in ["awards: [overall, emergency_drill]", "participating_enterprises: 120", 'label: "完成自主定级", value: "118", unit: "家"']:
        assert expected in region_text, expected
    run("check", "--source", site)
    public = tmp_path / "public"
    run("build", "--source", site, "--output", public, "--quiet")
    page = (public / "cases/hu-nan-mou-hua-gong-ji-tuan-2023/index.html").read_text(encoding="utf-8")
    for expected in ["某化工集团分类分级管理实践", "湖南某化工集团有限公司", "石油化工", "主要做法", "<table", "<strong>全面推行</strong>",
                     'alt="安全防护架构图"']:
        assert expected in page, expected
    assert list(public.rglob("image-1.png")), "the image is published"
    assert not any(PHONE in path.read_text(errors="ignore") for path in public.rglob("*") if path.is_file()), "contacts stay private"
    assert "应急演练" in (public / "regions/hunan/index.html").read_text(encoding="utf-8")
    again = run("import", "form", forms / "case.docx", "--source", site, check=False)
    assert again.returncode == 1 and "content/cases/2023/hu-nan-mou-hua-gong-ji-tuan-2023.md already exists" in again.stderr
    renamed = run("import", "form", forms / "case.docx", "--source", site, "--rename")
    assert "hu-nan-mou-hua-gong-ji-tuan-2023-2.md" in renamed.stdout


@pytest.mark.parametrize("extension", ["doc", "odt"])
def test_libreoffice_formats_import_to_the_same_file(forms, tmp_path, extension):
    direct, converted = new_site(tmp_path / "direct"), new_site(tmp_path / extension)
    path = "content/cases/2023/hu-nan-mou-hua-gong-ji-tuan-2023.md"
    run("import", "form", forms / "case.docx", "--source", direct)
    result = run("import", "form", forms / "converted" / f"case.{extension}", "--source", converted)
    assert path in result.stdout
    expected = imported_text(direct, path)
    if extension == "doc":
        # LibreOffice 7.4 writes no alt text into .doc files, so the image falls back to its number.
        expected = expected.replace("![安全防护架构图]", "![图1]")
    assert imported_text(converted, path) == expected
    media = "content/media/hu-nan-mou-hua-gong-ji-tuan-2023"
    assert sorted(p.name for p in (converted / media).iterdir()) == sorted(p.name for p in (direct / media).iterdir())
    run("check", "--source", converted)
