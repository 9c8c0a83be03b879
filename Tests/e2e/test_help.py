"""`--help` of every command in English and Chinese (#17): snapshots in Tests/e2e/help/, reviewed when
they change; re-record with CASEBOOK_RECORD=1. Both languages give the same examples."""
import os
import pathlib
import re
import subprocess

import pytest

from conftest import casebook_binary

COMMANDS = [
    [], ["build"], ["check"], ["verify"], ["serve"], ["book"], ["deploy"], ["new"], ["new", "case"], ["new", "region"],
    ["new", "site"], ["new", "form"], ["export"], ["export", "summary"], ["import"], ["import", "summary"], ["import", "form"], ["clean"],
]
SNAPSHOTS = pathlib.Path(__file__).parent / "help"
CJK = re.compile(r"[\u4e00-\u9fff]")


def help_text(command, environment, cwd=None):
    env = {key: value for key, value in os.environ.items() if key not in ("LC_ALL", "LC_MESSAGES", "LANG", "COLUMNS")}
    env.update(environment)
    result = subprocess.run([str(casebook_binary()), *command, "--help"], capture_output=True, text=True, env=env, cwd=cwd)
    assert result.returncode == 0, result.stderr
    return result.stdout


def examples(text):
    """The example command lines, without the comment that follows them."""
    marker = re.search(r"^(Examples:|示例：)$", text, re.M)
    block = text[marker.end() : text.index("USAGE:")] if marker else ""
    lines = [line.strip() for line in block.splitlines() if line.strip().startswith("casebook ")]
    return [re.split(r"\s{2,}|\s#", line)[0] for line in lines]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda command: "-".join(command) or "casebook")
def test_help_in_both_languages(command):
    english = help_text(command, {"LANG": "C.UTF-8"})
    chinese = help_text(command, {"LANG": "zh_CN.UTF-8"})
    name = "-".join(command) or "casebook"
    for language, text in (("en", english), ("zh-CN", chinese)):
        snapshot = SNAPSHOTS / f"{name}.{language}.txt"
        if os.environ.get("CASEBOOK_RECORD") == "1":
            SNAPSHOTS.mkdir(exist_ok=True)
            snapshot.write_text(text, encoding="utf-8")
        else:
            assert text == snapshot.read_text(encoding="utf-8"), f"{snapshot.name} changed; review and re-record with CASEBOOK_RECORD=1"
    english_overview, chinese_overview = english.splitlines()[0], chinese.splitlines()[0]
    assert english_overview.isascii() or "(" in english_overview, english_overview
    assert len(CJK.findall(chinese_overview)) > len(CJK.findall(english_overview)) + 4, chinese_overview
    assert examples(english) == examples(chinese), "the same examples in both languages"


def test_lang_option_picks_the_help_language():
    assert CJK.search(help_text(["build", "--lang", "zh-CN"], {"LANG": "C.UTF-8"}).split("USAGE:")[0])
    assert not CJK.search(help_text(["build", "--lang=en"], {"LANG": "zh_CN.UTF-8"}).split("USAGE:")[0])


def test_help_inside_a_site_speaks_its_language(tmp_path):
    """With no --lang and no language in the environment, help asked for in a site folder, or for the
    site named by --source, follows the site's `language`; --lang and LANG still say otherwise."""
    chinese, english = tmp_path / "zh", tmp_path / "en"
    for folder, language in ((chinese, "zh-CN"), (english, "en")):
        folder.mkdir()
        (folder / "site.yaml").write_text(f"title: 示例\nlanguage: {language}\n", encoding="utf-8")

    def words(command, environment, cwd):
        return help_text(command, environment, cwd=cwd).split("USAGE:")[0]

    assert CJK.search(words(["build"], {}, chinese))
    assert CJK.search(words(["serve", "--source", str(chinese)], {}, english))
    assert not CJK.search(words(["build"], {}, english))
    assert not CJK.search(words(["build"], {"LANG": "C.UTF-8"}, chinese))
    assert not CJK.search(words(["build", "--lang", "en"], {}, chinese))
