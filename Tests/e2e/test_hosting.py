"""The sample showcase served by nginx under a sub-path, and opened from disk."""
import html.parser
import json
import pathlib
import urllib.error
import urllib.parse
import urllib.request

from conftest import make_driver, page_types


class Links(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.found = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("href", "src") and value is not None:
                if tag == "link" and dict(attrs).get("rel") == "canonical":
                    continue
                self.found.append((tag, name, value))


def fetch(url):
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.status, response.headers.get("Content-Type", ""), response.read()


def test_crawl_under_sub_path_reaches_every_page_with_no_broken_link(nginx, site):
    start = nginx
    host = urllib.parse.urlparse(start).netloc
    seen, queue, broken, foreign = set(), [start], [], []
    while queue:
        url = queue.pop()
        if url in seen:
            continue
        seen.add(url)
        try:
            status, content_type, body = fetch(url)
        except urllib.error.HTTPError as error:
            broken.append(f"{url}: HTTP {error.code}")
            continue
        if "text/html" not in content_type:
            continue
        parser = Links()
        parser.feed(body.decode("utf-8"))
        for tag, attribute, value in parser.found:
            target = urllib.parse.urljoin(url, value)
            parts = urllib.parse.urlparse(target)
            if parts.scheme in ("mailto", "tel"):
                continue
            if parts.netloc != host:
                if attribute == "src" or tag == "link":
                    foreign.append(f"{url} loads {value}")
                continue
            queue.append(urllib.parse.urlunparse(parts._replace(fragment="")))
    assert not broken, "\n".join(broken)
    assert not foreign, "\n".join(foreign)
    reached = {urllib.parse.urlparse(url).path[len("/showcase/"):] for url in seen}
    reached = {path + "index.html" if path.endswith("/") or path == "" else path for path in reached}
    on_disk = {p.relative_to(site).as_posix() for p in site.rglob("*.html")}
    missing = on_disk - reached - {"404.html"}
    assert not missing, f"pages never linked from the home page: {sorted(missing)[:20]}"


def test_mime_types_and_404_page(nginx):
    _, content_type, _ = fetch(nginx)
    assert content_type.startswith("text/html")
    try:
        fetch(nginx + "no/such/page/")
        raise AssertionError("expected a 404")
    except urllib.error.HTTPError as error:
        assert error.code == 404
        assert "页面不存在" in error.read().decode("utf-8")


def test_404_page_works_three_folders_deep(nginx):
    """Issue 15, finding 9: with base_path, every link of the 404 page resolves from a missing deep address."""
    missing = nginx + "cases/nope/deeper/"
    try:
        fetch(missing)
        raise AssertionError("expected a 404")
    except urllib.error.HTTPError as error:
        assert error.code == 404
        page = error.read().decode("utf-8")
    parser = Links()
    parser.feed(page)
    targets = {urllib.parse.urljoin(missing, value).split("#")[0] for _, _, value in parser.found if not value.startswith("#")}
    internal = {url for url in targets if url.startswith(nginx)}
    assert nginx in internal, "返回首页 leads to the home page"
    assert len(internal) > 5
    for url in sorted(internal):
        status, _, _ = fetch(url)
        assert status == 200, url


def test_browser_makes_no_request_to_another_host(nginx, site):
    browser = make_driver()
    try:
        for name, path in page_types(site).items():
            browser.get_log("performance")
            browser.get(nginx + path)
            hosts = set()
            for entry in browser.get_log("performance"):
                message = json.loads(entry["message"])["message"]
                if message.get("method") == "Network.requestWillBeSent":
                    hosts.add(urllib.parse.urlparse(message["params"]["request"]["url"]).netloc)
            assert hosts <= {urllib.parse.urlparse(nginx).netloc}, f"{name} requested {hosts}"
    finally:
        browser.quit()


def links_land_on_pages(browser, site: pathlib.Path, start: str) -> list:
    """Opens start from disk and checks every link target is a file, not a folder."""
    problems = []
    browser.get((site / start).as_uri())
    hrefs = browser.execute_script("return Array.from(document.querySelectorAll('a[href]'), a => a.href)")
    for href in hrefs:
        parts = urllib.parse.urlparse(href)
        if parts.scheme != "file":
            continue
        target = pathlib.Path(urllib.parse.unquote(parts.path))
        if not target.is_file():
            problems.append(f"{start}: {href}")
    return problems


def test_file_links_land_on_pages_with_script(driver, site):
    problems = []
    for path in page_types(site).values():
        if path != "404.html":
            problems += links_land_on_pages(driver, site, path)
    assert not problems, "\n".join(problems[:20])
    driver.get((site / "index.html").as_uri())
    driver.find_element("css selector", ".site-nav a[href$='cases/index.html']").click()
    assert driver.current_url.endswith("/cases/index.html")
    assert driver.find_element("css selector", "h1").text == "典型案例"


def test_portable_links_work_from_disk_without_javascript(portable_site, site):
    browser = make_driver(javascript=False)
    try:
        problems = []
        for path in page_types(portable_site).values():
            if path != "404.html":
                problems += links_land_on_pages(browser, portable_site, path)
        assert not problems, "\n".join(problems[:20])
        # Control: with JavaScript off, the pretty build's folder links do land on folders,
        # so the check above really exercises the portable link style.
        assert links_land_on_pages(browser, site, "index.html"), "JavaScript was not disabled"
    finally:
        browser.quit()
