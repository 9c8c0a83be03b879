"""Offline search and the case-list filters in headless Chromium: from disk (file://), under a sub-path
served by nginx, with portable links, in the English interface and without JavaScript."""
import json
import pathlib
import re
import shutil
import subprocess
import time
import urllib.parse

import pytest
import yaml
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select
from selenium_axe_python import Axe

from conftest import REPO, build_sample, casebook_binary, make_driver

FRAGMENTS = ["湘江明德", "甬港澄波", "绿洲垦源", "京畿衡远", "湘南铂岭", "渤海瀚岳", "鹏城启衡"]
TYPES = {"networked_industrial": "networked-industrial", "联网工业企业": "networked-industrial",
         "应用工业互联网的工业企业": "networked-industrial", "工业企业": "networked-industrial",
         "platform": "platform", "平台企业": "platform", "工业互联网平台企业": "platform",
         "identifier_resolution": "identifier-resolution", "标识解析企业": "identifier-resolution",
         "工业互联网标识解析企业": "identifier-resolution"}
GRADES = {"1": "level-1", "一级": "level-1", "2": "level-2", "二级": "level-2", "3": "level-3", "三级": "level-3"}


def published_cases() -> dict:
    """The sample cases the site publishes, by slug, read from their front matter (the test's oracle)."""
    cases = {}
    for path in sorted((REPO / "content/cases").rglob("*.md")):
        front = yaml.safe_load(path.read_text(encoding="utf-8").split("---")[1])
        if front.get("draft") or front.get("status") == "recommended":
            continue
        front["type"] = TYPES[front["enterprise_type"]]
        front["grade_key"] = GRADES.get(str(front.get("grade", "")), "")
        cases[path.stem] = front
    return cases


CASES = published_cases()


def wait_for(driver, script, timeout=15):
    """Polls a JavaScript expression until it is truthy; returns its value."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        value = driver.execute_script("return " + script)
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {script}")


def search_done(driver) -> str:
    """Waits until the search page has answered and, when it found something, shows the first cards (the
    status comes before them); returns the live status text."""
    status = wait_for(driver, "(() => { const s = document.getElementById('search-status');"
                              " return s.textContent && !document.getElementById('search-results').hasAttribute('aria-busy')"
                              " && s.textContent !== s.closest('#search-app').dataset.msgLoading && s.textContent; })()")
    if count_of(status) > 0:
        wait_for(driver, "document.querySelectorAll('#search-results > li').length > 0")
    return status


def result_slugs(driver) -> list:
    """The case slugs (or addresses) of the results shown, from the first link of each result's card."""
    hrefs = driver.execute_script("return Array.from(document.querySelectorAll('#search-results > li'),"
                                  " li => li.querySelector('a[href]').href)")
    return [re.search(r"cases/([^/]+)/", href).group(1) if "/cases/" in href else href for href in hrefs]


def search(driver, base: str, query: str, **filters) -> str:
    params = urllib.parse.urlencode({"q": query, **filters})
    driver.get(f"{base}search/index.html?{params}")
    return search_done(driver)


def count_of(status: str) -> int:
    match = re.search(r"\d+", status)
    return int(match.group()) if match else 0


def press(driver, element):
    """Clicks like a reader would, after scrolling the element into the middle of the screen."""
    driver.execute_script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element)
    element.click()


def all_results(driver) -> list:
    """Clicks "more" until every result is listed."""
    while driver.execute_script("return !document.getElementById('search-more').hidden"):
        before = len(result_slugs(driver))
        press(driver, driver.find_element(By.ID, "search-more"))
        wait_for(driver, f"document.querySelectorAll('.search-result').length > {before}")
    return result_slugs(driver)


@pytest.fixture(scope="module")
def browser():
    driver = make_driver()
    yield driver
    driver.quit()


@pytest.fixture(scope="module", params=["file", "nginx"])
def base(request, site):
    """The sample site's address: opened from disk, or served by nginx under /showcase/."""
    if request.param == "file":
        return site.as_uri() + "/"
    return request.getfixturevalue("nginx")


def slug_of(fragment: str) -> str:
    return next(slug for slug, case in CASES.items() if fragment in case["enterprise"])


def test_enterprise_names_find_their_case_first(browser, base):
    for fragment in FRAGMENTS:
        status = search(browser, base, fragment)
        assert count_of(status) >= 1, f"{fragment}: {status}"
        assert result_slugs(browser)[0] == slug_of(fragment), f"{fragment}: {result_slugs(browser)}"


def test_two_characters_from_the_middle_of_a_name_find_its_case(browser, base):
    for fragment in FRAGMENTS:
        enterprise = CASES[slug_of(fragment)]["enterprise"]
        middle = enterprise[len(enterprise) // 2 - 1:len(enterprise) // 2 + 1]
        search(browser, base, middle)
        assert slug_of(fragment) in all_results(browser), f"{middle} (from {enterprise})"


@pytest.mark.parametrize("query,tag", [("opc ua", "OPC UA"), ("OPC", "OPC UA"), ("蜜罐", "蜜罐"),
                                       ("白名单", "白名单"), ("零信任", "零信任"), ("modb", "Modbus")])
def test_tags_and_ascii_prefixes_find_every_tagged_case(browser, base, query, tag):
    search(browser, base, query)
    found = set(all_results(browser))
    tagged = {slug for slug, case in CASES.items() if tag in (case.get("tags") or [])}
    assert tagged and tagged <= found, f"{query}: missing {tagged - found}"


def test_full_width_query_folds_to_ascii(browser, base):
    search(browser, base, "ＯＰＣ　ＵＡ")
    assert set(all_results(browser)) >= {slug for slug, case in CASES.items() if "OPC UA" in (case.get("tags") or [])}


def test_common_word_finds_many_and_results_are_highlighted(browser, base):
    status = search(browser, base, "分类")
    assert count_of(status) >= 20
    assert browser.find_element(By.ID, "search-status").get_attribute("aria-live") == "polite"
    marks = browser.execute_script("return Array.from(document.querySelectorAll('.search-results mark'), m => m.textContent)")
    assert marks and all(mark == "分类" for mark in marks)
    assert len(result_slugs(browser)) == 10, "the first page shows ten results"


def test_facets_narrow_results_and_go_into_the_url(browser, base):
    total = count_of(search(browser, base, "分类"))
    Select(browser.find_element(By.ID, "facet-year")).select_by_value("2022")
    narrowed = count_of(search_done(browser))
    assert 0 < narrowed < total
    assert "year=2022" in browser.current_url
    years = browser.execute_script("return Array.from(document.querySelectorAll('.search-result'),"
                                   " li => li.querySelector('.chip-year').textContent)")
    assert years and all(year == "2022" for year in years)
    Select(browser.find_element(By.ID, "facet-kind")).select_by_value("case")
    only_cases = count_of(search_done(browser))
    assert 0 < only_cases <= narrowed
    assert all(slug in CASES for slug in all_results(browser))
    options = browser.execute_script("return Array.from(document.getElementById('facet-unit').options, o => o.text)")
    assert any(re.search(r"（\d+）$", text) for text in options), options
    # The state is in the address: reloading it gives the same answer.
    browser.get(browser.current_url)
    assert count_of(search_done(browser)) == only_cases
    assert Select(browser.find_element(By.ID, "facet-year")).first_selected_option.get_attribute("value") == "2022"


def test_unmatched_query_says_so(browser, base):
    status = search(browser, base, "量子纠缠虫洞")
    assert "没有找到" in status and "量子纠缠虫洞" in status
    assert result_slugs(browser) == []


def test_header_box_lands_on_the_search_page(browser, base):
    browser.get(base + "cases/hunan-chemical-grading/index.html")
    box = browser.find_element(By.ID, "site-search-q")
    box.send_keys("湘江明德", Keys.ENTER)
    wait_for(browser, "location.pathname.endsWith('/search/index.html')")
    search_done(browser)
    assert result_slugs(browser)[0] == "hunan-chemical-grading"
    assert browser.find_element(By.ID, "search-q").get_attribute("value") == "湘江明德"


def test_keyboard_moves_between_input_and_results(browser, base):
    search(browser, base, "零信任")
    active = lambda: browser.execute_script("return document.activeElement.id || document.activeElement.className || document.activeElement.tagName")
    browser.execute_script("document.activeElement.blur()")
    ActionChains(browser).send_keys("/").perform()
    assert active() == "search-q"
    browser.switch_to.active_element.send_keys(Keys.ARROW_DOWN)
    first = browser.execute_script("return document.activeElement.href")
    assert "/cases/" in first
    browser.switch_to.active_element.send_keys(Keys.ARROW_DOWN)
    assert browser.execute_script("return document.activeElement.href") != first
    browser.switch_to.active_element.send_keys(Keys.ESCAPE)
    assert active() == "search-q"


def test_typing_searches_as_you_type(browser, base):
    browser.get(base + "search/index.html")
    box = browser.find_element(By.ID, "search-q")
    box.send_keys("蜜罐")
    wait_for(browser, "location.search.includes('q=')")
    search_done(browser)
    assert set(result_slugs(browser)) >= {slug for slug, case in CASES.items() if "蜜罐" in (case.get("tags") or [])}


def filter_state(driver):
    wait_for(driver, "!document.getElementById('case-filter').hidden")
    return driver.execute_script("""
        return {
            status: document.querySelector('.case-filter-status').textContent,
            cards: Array.from(document.querySelectorAll('main .card-list .case-card'), card => ({
                slug: card.querySelector('.case-card-title a').href.match(/cases\\/([^/]+)\\//)[1],
                year: card.querySelector('.chip-year').textContent,
            })),
            paginationHidden: !!document.querySelector('main .pagination') && document.querySelector('main .pagination').hidden,
        };""")


def cards_settled(driver, expected: int):
    wait_for(driver, f"document.querySelectorAll('main .card-list .case-card').length === {expected}")


def test_case_list_filters_combine_show_counts_and_update_the_url(browser, base):
    browser.get(base + "cases/index.html")
    state = filter_state(browser)
    assert state["status"] == "" and len(state["cards"]) == 12, "unfiltered, the static first page stays"
    of_2023 = [slug for slug, case in CASES.items() if case["year"] == 2023]
    year = Select(browser.find_element(By.ID, "filter-year"))
    assert any(option.text == f"2023（{len(of_2023)}）" for option in year.options)
    year.select_by_value("2023")
    cards_settled(browser, min(12, len(of_2023)))
    state = filter_state(browser)
    assert str(len(of_2023)) in state["status"]
    assert all(card["year"] == "2023" for card in state["cards"])
    assert state["paginationHidden"]
    assert "year=2023" in browser.current_url
    both = [slug for slug in of_2023 if CASES[slug]["type"] == "platform"]
    Select(browser.find_element(By.ID, "filter-type")).select_by_value("platform")
    cards_settled(browser, len(both))
    state = filter_state(browser)
    assert sorted(card["slug"] for card in state["cards"]) == sorted(both)
    assert "year=2023" in browser.current_url and "type=platform" in browser.current_url
    press(browser, browser.find_element(By.CSS_SELECTOR, ".case-filter-reset"))
    cards_settled(browser, 12)
    assert "year=" not in browser.current_url and not filter_state(browser)["paginationHidden"]


def test_case_list_filters_from_a_link_and_more_cards(browser, base):
    expected = sorted(slug for slug, case in CASES.items() if case["grade_key"] == "level-2")
    browser.get(base + "cases/page/2/index.html?grade=level-2")
    cards_settled(browser, min(12, len(expected)))
    assert Select(browser.find_element(By.ID, "filter-grade")).first_selected_option.get_attribute("value") == "level-2"
    slugs = [card["slug"] for card in filter_state(browser)["cards"]]
    if len(expected) > 12:
        press(browser, browser.find_element(By.ID, "case-filter-more"))
        cards_settled(browser, len(expected))
        slugs = [card["slug"] for card in filter_state(browser)["cards"]]
    assert sorted(slugs) == expected
    hrefs = browser.execute_script("return Array.from(document.querySelectorAll('main .card-list a'), a => a.getAttribute('href'))")
    if base.startswith("file:"):
        assert all(href.endswith("index.html") for href in hrefs), "links made by the filter open files from disk"


def test_without_javascript_forms_fall_back(site):
    browser = make_driver(javascript=False)
    try:
        browser.get((site / "cases/index.html").as_uri())
        assert not browser.find_element(By.ID, "case-filter").is_displayed()
        assert browser.find_element(By.CSS_SELECTOR, "details.facets").is_displayed()
        assert len(browser.find_elements(By.CSS_SELECTOR, "main .card-list .case-card")) == 12
        browser.get((site / "index.html").as_uri())
        browser.find_element(By.ID, "site-search-q").send_keys("蜜罐", Keys.ENTER)
        deadline = time.time() + 10
        while not urllib.parse.urlparse(browser.current_url).path.endswith("/search/index.html") and time.time() < deadline:
            time.sleep(0.05)
        assert urllib.parse.urlparse(browser.current_url).path.endswith("/search/index.html")
        assert "q=%E8%9C%9C%E7%BD%90" in browser.current_url
        assert "JavaScript" in browser.find_element(By.CSS_SELECTOR, "main").text
    finally:
        browser.quit()


def test_portable_links(portable_site):
    browser = make_driver()
    try:
        search(browser, portable_site.as_uri() + "/", "湘江明德")
        href = browser.find_element(By.CSS_SELECTOR, ".search-result .case-card-title a").get_attribute("href")
        assert href.endswith("/cases/hunan-chemical-grading/index.html")
    finally:
        browser.quit()


THEMED_CARD = ('<div class="themed-card" data-kind="{{kind}}"><a class="themed-title" href="{{root}}{{href}}">{{title}}</a>'
               '{{#snippet}}<p class="themed-snippet">{{snippet}}</p>{{/snippet}}'
               '{{^snippet}}<p class="themed-summary">{{summary}}</p>{{/snippet}}'
               '{{#year}}<a class="themed-year" href="{{root}}{{yearHref}}">{{year}}</a>{{/year}}'
               '{{#tags}}<span class="themed-tag">{{label}}</span>{{/tags}}</div>\n')


@pytest.fixture(scope="module")
def themed_site(workdir) -> pathlib.Path:
    """The sample site with a case-card.mustache of its own, and nothing else of the theme changed."""
    out = workdir / "themed"
    source = out / "site"
    shutil.copytree(REPO / "content", source / "content")
    shutil.copy(REPO / "site.yaml", source / "site.yaml")
    if (REPO / "themes").exists():
        shutil.copytree(REPO / "themes", source / "themes")
    card = source / "themes/default/templates/case-card.mustache"
    card.parent.mkdir(parents=True, exist_ok=True)
    card.write_text(THEMED_CARD, encoding="utf-8")
    subprocess.run([str(casebook_binary()), "build", "--source", str(source), "--output", str(out / "public"), "--quiet"], check=True)
    return out / "public"


THEMED_CARDS = """return Array.from(document.querySelectorAll(arguments[0]), item => {
    const find = selector => item.matches(selector) ? item : item.querySelector(selector);
    const text = selector => find(selector) ? find(selector).textContent : null;
    return {
        stock: !!find('.case-card'), kind: find('.themed-card') ? find('.themed-card').dataset.kind : null,
        title: text('.themed-title'), titleMarks: Array.from(item.querySelectorAll('.themed-title mark'), m => m.textContent),
        snippet: text('.themed-snippet'), snippetMarks: item.querySelectorAll('.themed-snippet mark').length,
        summary: !!find('.themed-summary'), year: text('.themed-year'), tags: item.querySelectorAll('.themed-tag').length};
});"""


def test_results_and_filtered_cards_come_from_the_themes_case_card(themed_site):
    """A theme that edits only case-card.mustache changes the search results and the filter's cards."""
    browser = make_driver()
    try:
        base = themed_site.as_uri() + "/"
        search(browser, base, "湘江明德")
        results = browser.execute_script(THEMED_CARDS, "#search-results > li")
        assert results and all(card["title"] and not card["stock"] for card in results), results
        first, case = results[0], CASES["hunan-chemical-grading"]
        assert first["title"] == case["title"] and first["titleMarks"], first
        assert first["kind"] == "典型案例" and first["year"] == "2022"
        # The snippet stands in for the summary: cut around the match, marked; the summary is not shown.
        assert first["snippet"].rstrip("…") in case["summary"] and len(first["snippet"]) < len(case["summary"])
        assert first["snippetMarks"] and not first["summary"]
        # Names the index does not carry are absent, not filled from the enclosing card.
        assert all(card["tags"] == 0 for card in results)
        browser.get(base + "cases/index.html")
        static = browser.execute_script(THEMED_CARDS, "main .card-list > *")
        assert static and all(card["summary"] and card["snippet"] is None and card["kind"] == "" for card in static)
        assert any(card["tags"] for card in static), "the site's own lists have every name of the card"
        Select(browser.find_element(By.ID, "filter-year")).select_by_value("2023")
        wait_for(browser, "(() => { const years = Array.from(document.querySelectorAll('main .card-list .themed-year'), a => a.textContent);"
                          " return years.length && years.every(year => year === '2023'); })()")
        filtered = browser.execute_script(THEMED_CARDS, "main .card-list > *")
        assert filtered and all(card["year"] == "2023" and card["summary"] and not card["stock"] for card in filtered)
    finally:
        browser.quit()


@pytest.fixture(scope="module")
def english_site(workdir) -> pathlib.Path:
    out = workdir / "english"
    source = out / "site"
    shutil.copytree(REPO / "content", source / "content")
    config = (REPO / "site.yaml").read_text(encoding="utf-8").replace("language: zh-CN", "language: en")
    (source / "site.yaml").write_text(config, encoding="utf-8")
    if (REPO / "themes").exists():
        shutil.copytree(REPO / "themes", source / "themes")
    subprocess.run([str(casebook_binary()), "build", "--source", str(source), "--output", str(out / "public"), "--quiet"], check=True)
    return out / "public"


def test_english_interface(english_site):
    browser = make_driver()
    try:
        base = english_site.as_uri() + "/"
        status = search(browser, base, "湘江明德")
        assert re.fullmatch(r"\d+ results?", status), status
        assert result_slugs(browser)[0] == "hunan-chemical-grading"
        chips = browser.find_element(By.CSS_SELECTOR, ".search-result .chips").text
        assert "Hunan" in chips and "Typical cases" in chips
        assert "Nothing matches" in search(browser, base, "量子纠缠虫洞")
        browser.get(base + "cases/index.html")
        Select(browser.find_element(By.ID, "filter-year")).select_by_value("2022")
        wait_for(browser, "document.querySelector('.case-filter-status').textContent")
        assert re.fullmatch(r"\d+ matching cases?", browser.find_element(By.CSS_SELECTOR, ".case-filter-status").text)
    finally:
        browser.quit()


@pytest.mark.parametrize("width", (1280, 375))
def test_search_and_filters_are_accessible(site, width):
    browser = make_driver(width=width)
    try:
        failures = []
        pages = [("search", "search/index.html?q=%E5%88%86%E7%B1%BB&year=2022"), ("search-empty", "search/index.html?q=xyzzy"),
                 ("case-filter", "cases/index.html?year=2023&type=platform")]
        for name, path in pages:
            browser.get(site.as_uri() + "/" + path)
            if name.startswith("search"):
                search_done(browser)
            else:
                filter_state(browser)
            assert not browser.execute_script(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth + 1"), f"{name} overflows"
            axe = Axe(browser)
            axe.inject()
            results = axe.run(options={"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}})
            for violation in results["violations"]:
                targets = [node["target"] for node in violation["nodes"]][:3]
                failures.append(f"{name} @{width}px: {violation['id']}: {violation['help']} {targets}")
        assert not failures, "\n".join(failures)
    finally:
        browser.quit()


def test_search_after_an_edit_finds_the_new_text_and_not_the_removed(workdir):
    """A rebuild after a one-case body edit keeps the index's base and adds a delta; search.js merges the two,
    finds the new text, not the removed text, and answers every query as a fresh index (--no-cache) does."""
    out = workdir / "edited"
    public = build_sample(out)
    case = out / "site/content/cases/2022/beijing-identifier-node.md"
    original = case.read_text(encoding="utf-8")
    case.write_text(original.rstrip() + "\n\n旧标记暗语段落。\n", encoding="utf-8")
    build = [str(casebook_binary()), "build", "--source", str(out / "site"), "--quiet"]
    subprocess.run(build + ["--output", str(public)], check=True)
    base = sorted(path.name for path in (public / "search/data").iterdir() if path.is_dir() and path.name != "x")
    case.write_text(original.rstrip() + "\n\n新标记暗语段落。\n", encoding="utf-8")
    subprocess.run(build + ["--output", str(public)], check=True)
    assert sorted(path.name for path in (public / "search/data").iterdir() if path.is_dir() and path.name != "x") == base
    assert list((public / "search/data/x").iterdir()), "the edit went into a delta"
    subprocess.run(build + ["--output", str(out / "fresh"), "--no-cache"], check=True)
    browser = make_driver()
    try:
        edited = public.as_uri() + "/"
        assert count_of(search(browser, edited, "新标记")) == 1
        assert result_slugs(browser) == ["beijing-identifier-node"]
        assert count_of(search(browser, edited, "旧标记")) == 0
        fresh = (out / "fresh").as_uri() + "/"
        for query in ["新标记", "蜜罐", "安全", "opc", "标识解析", "湘江明德"]:
            search(browser, edited, query)
            merged = [result.replace(edited, "") for result in all_results(browser)]
            search(browser, fresh, query)
            assert merged == [result.replace(fresh, "") for result in all_results(browser)], query
    finally:
        browser.quit()


def test_search_requests_stay_on_the_site_and_load_only_a_few_files(nginx):
    browser = make_driver()
    try:
        browser.get(nginx + "search/index.html")
        search_done(browser)
        browser.get_log("performance")
        browser.get(nginx + "search/index.html?q=" + urllib.parse.quote("湘江明德"))
        search_done(browser)
        urls = [json.loads(entry["message"])["message"]["params"]["request"]["url"] for entry in browser.get_log("performance")
                if json.loads(entry["message"])["message"].get("method") == "Network.requestWillBeSent"]
        assert {urllib.parse.urlparse(url).netloc for url in urls} == {urllib.parse.urlparse(nginx).netloc}
        shards = [url for url in urls if re.search(r"/search/data/[0-9a-f]{10}/t/", url)]
        assert 1 <= len(shards) <= 3, shards
    finally:
        browser.quit()
