"""The language casebook speaks (#17): --lang, else the site's `language` in site.yaml, else
LC_ALL / LC_MESSAGES / LANG, else English. Codes, positions, exit codes and JSON keys never change."""
import json
import os
import re
import shutil
import subprocess

import pytest

from conftest import REPO, casebook_binary

BAD_SITE = REPO / "Tests/CasebookTests/Fixtures/bad-input/unknown-grade"
CJK = re.compile(r"[\u4e00-\u9fff]")


def run(*arguments, language=None, env=None):
    environment = {key: value for key, value in os.environ.items() if key not in ("LC_ALL", "LC_MESSAGES", "LANG")}
    environment.update(env or {})
    command = [str(casebook_binary()), *map(str, arguments)] + (["--lang", language] if language else [])
    return subprocess.run(command, capture_output=True, text=True, env=environment)


@pytest.fixture()
def bad_site(tmp_path):
    """The unknown-grade site of the bad-input corpus, with `language:` set as a test needs."""
    shutil.copytree(BAD_SITE, tmp_path / "site")
    return tmp_path / "site"


def set_language(site, language):
    (site / "site.yaml").write_text(f"title: 测试站点\nlanguage: {language}\n", encoding="utf-8")


def problem_line(result):
    return next(line for line in result.stdout.splitlines() if "[CB0103]" in line)


def test_english_without_any_setting(bad_site):
    result = run("check", "--source", bad_site)
    assert result.returncode == 1
    assert problem_line(result) == "content/cases/a.md:9:8: error[CB0103]: unknown grade '四级'; expected one of 1 (一级), 2 (二级), 3 (三级)"
    assert result.stdout.splitlines()[-1] == "error: 1 error, 1 warning"


def test_lang_option_gives_chinese_with_the_same_code_position_and_exit(bad_site):
    result = run("check", "--source", bad_site, language="zh-CN")
    assert result.returncode == 1
    line = problem_line(result)
    assert line.startswith("content/cases/a.md:9:8: error[CB0103]: ") and CJK.search(line.split("]: ", 1)[1]), line
    assert result.stdout.splitlines()[-1] == "错误：1 个错误，1 个警告"


def test_environment_then_site_then_option(bad_site):
    assert CJK.search(problem_line(run("check", "--source", bad_site, env={"LANG": "zh_CN.UTF-8"})).split("]: ", 1)[1])
    assert not CJK.search(run("check", "--source", bad_site, env={"LC_ALL": "C", "LANG": "zh_CN.UTF-8"}).stdout.splitlines()[-1])
    set_language(bad_site, "en")
    english = problem_line(run("check", "--source", bad_site, env={"LANG": "zh_CN.UTF-8"}))
    assert english.endswith("expected one of 1 (一级), 2 (二级), 3 (三级)"), "the site's language wins over the environment"
    set_language(bad_site, "zh-CN")
    assert CJK.search(problem_line(run("check", "--source", bad_site)).split("]: ", 1)[1]), "the site's language wins over English"
    assert problem_line(run("check", "--source", bad_site, language="en")).endswith("3 (三级)"), "--lang wins over the site"


def test_json_keeps_its_keys_and_carries_the_chosen_language(bad_site):
    english = json.loads(run("check", "--source", bad_site, "--format", "json").stdout)
    chinese = json.loads(run("check", "--source", bad_site, "--format", "json", language="zh-CN").stdout)
    assert english.keys() == chinese.keys() and english["summary"] == chinese["summary"]
    assert len(english["diagnostics"]) == len(chinese["diagnostics"]) == 2
    en, zh = (next(d for d in report["diagnostics"] if d["code"] == "CB0103") for report in (english, chinese))
    assert en.keys() == zh.keys()
    assert {k: en[k] for k in ("file", "line", "column", "code", "severity")} == {k: zh[k] for k in ("file", "line", "column", "code", "severity")}
    assert not CJK.search(en["message"].replace("四级", "")) and CJK.search(zh["message"].replace("四级", "")) and CJK.search(zh["hint"])


def test_errors_of_the_command_line_in_chinese(tmp_path):
    result = run("build", "--source", tmp_path / "nowhere", language="zh-CN")
    assert result.returncode == 2 and "没有 site.yaml" in result.stderr, result.stderr
    result = run("check", "--source", tmp_path, "--lang", "fr")
    assert result.returncode == 2 and "--lang" in result.stderr


def test_a_wrong_command_line_says_in_chinese_what_to_do(tmp_path):
    """ArgumentParser's own errors are English: a Chinese reader gets a line of Chinese above them naming
    the help to read; an English reader gets ArgumentParser's words alone. Exit 2 in both."""
    chinese = run("new", "form", "case", "--bogus", language="zh-CN")
    english = run("new", "form", "case", "--bogus", language="en")
    assert chinese.returncode == english.returncode == 2
    assert chinese.stderr.startswith("命令行写得不对") and "`casebook new form --help`" in chinese.stderr, chinese.stderr
    assert "Unknown option '--bogus'" in chinese.stderr and "Unknown option '--bogus'" in english.stderr
    assert not CJK.search(english.stderr), english.stderr


def test_import_form_and_deploy_failures_in_the_chosen_language(tmp_path):
    """Forms import and deploy speak through the catalogue too: a refused form and a deploy with no
    keys, each in Chinese and in English, the file named the same way; no network, no LibreOffice."""
    run("new", "site", tmp_path / "site", "--year", "2023", language="en")
    site = tmp_path / "site"
    form = tmp_path / "notes.docx"
    form.write_text("hello", encoding="utf-8")
    chinese = run("import", "form", form, "--source", site, language="zh-CN")
    english = run("import", "form", form, "--source", site, language="en")
    assert chinese.returncode == english.returncode == 1
    assert f"{form}：不是 Word 文档" in chinese.stderr and "共 1 份申报书，已导入 0 份" in chinese.stdout, chinese.stderr
    assert f"{form}: is not a Word document" in english.stderr and not CJK.search(english.stderr), english.stderr
    (site / "site.yaml").write_text(
        (site / "site.yaml").read_text(encoding="utf-8") + "deploy:\n  - name: production\n    endpoint: https://s3.example.gov.cn\n    bucket: b\n",
        encoding="utf-8")
    keyless = {"HOME": str(tmp_path), "AWS_SHARED_CREDENTIALS_FILE": str(tmp_path / "none")}
    keyless.update({name: "" for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_PROFILE")})
    chinese = run("deploy", "--source", site, language="zh-CN", env=keyless)
    english = run("deploy", "--source", site, language="en", env=keyless)
    assert chinese.returncode == english.returncode == 1
    assert "部署目标「production」没有密钥；请设置环境变量 CASEBOOK_DEPLOY_PRODUCTION_ACCESS_KEY_ID" in chinese.stderr, chinese.stderr
    assert "no credentials for deploy target 'production'; set CASEBOOK_DEPLOY_PRODUCTION_ACCESS_KEY_ID" in english.stderr, english.stderr
