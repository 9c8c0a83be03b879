"""Every page type at phone, tablet and desktop widths in real Chromium: nothing overflows, every
menu item is on screen or behind a visible control, the desktop header is one row, no two pieces
of text overlap; the home page shows its featured cases early and its charts legibly."""
import pytest

from conftest import page_types, set_viewport

WIDTHS = (320, 375, 768, 1280)

# Measures the page: horizontal overflow, the menu, the header's row, overlapping text boxes.
MEASURE = r"""
const width = innerWidth;
const visible = e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden'; };
const result = {overflow: document.documentElement.scrollWidth - width, unreachable: [], overlaps: [], header: null};
const menu = document.querySelector('.site-nav');
if (menu) {
  const reachable = new Set();
  for (const link of menu.querySelectorAll('a')) {
    const r = link.getBoundingClientRect();
    const closed = link.closest('details:not([open])');
    const opener = closed && closed.querySelector('summary');
    if (closed ? (visible(opener) && opener.getBoundingClientRect().right <= width) : (visible(link) && r.left >= 0 && r.right <= width)) {
      reachable.add(link.getAttribute('href'));
    }
  }
  for (const link of menu.querySelectorAll('a')) {
    if (!reachable.has(link.getAttribute('href'))) result.unreachable.push(link.textContent.trim());
  }
  const parts = [...document.querySelectorAll('.header-inner > *')].filter(visible).map(e => e.getBoundingClientRect());
  result.header = {height: document.querySelector('.site-header').getBoundingClientRect().height,
                   oneRow: parts.every(a => parts.every(b => a.top < b.bottom && b.top < a.bottom))};
}
// Text boxes: one per rendered line of every text node, clipped by scrolling or clipping ancestors.
const boxes = [];
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
while (walker.nextNode()) {
  const node = walker.currentNode;
  if (!node.textContent.trim()) continue;
  const owner = node.parentElement;
  if (owner.closest('script, style, title, desc, select, noscript, .visually-hidden, .skip-link')) continue;
  if (owner.closest('details:not([open]) > :not(summary)') || !owner.checkVisibility({visibilityProperty: true})) continue;
  let clip = {left: -1e9, top: -1e9, right: 1e9, bottom: 1e9};
  for (let e = owner; e && e !== document.body; e = e.parentElement) {
    const style = getComputedStyle(e);
    if (style.overflowX !== 'visible' || style.overflowY !== 'visible') {
      const r = e.getBoundingClientRect();
      clip = {left: Math.max(clip.left, r.left), top: Math.max(clip.top, r.top), right: Math.min(clip.right, r.right), bottom: Math.min(clip.bottom, r.bottom)};
    }
  }
  const range = document.createRange();
  range.selectNodeContents(node);
  for (const r of range.getClientRects()) {
    const box = {left: Math.max(r.left, clip.left), top: Math.max(r.top, clip.top), right: Math.min(r.right, clip.right), bottom: Math.min(r.bottom, clip.bottom)};
    if (box.right - box.left > 1 && box.bottom - box.top > 1) boxes.push({box, owner, text: node.textContent.trim().slice(0, 20)});
  }
}
for (let i = 0; i < boxes.length && result.overlaps.length < 5; i++) {
  for (let j = i + 1; j < boxes.length; j++) {
    const a = boxes[i], b = boxes[j];
    if (a.owner === b.owner || a.owner.contains(b.owner) || b.owner.contains(a.owner)) continue;
    const x = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
    const y = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
    // A text box is the font's full height, taller than a tight line: neighbouring lines may touch.
    const tight = 0.35 * Math.min(a.box.bottom - a.box.top, b.box.bottom - b.box.top);
    if (x > 2 && y > tight) { result.overlaps.push(a.text + ' / ' + b.text); break; }
  }
}
return result;
"""


@pytest.mark.parametrize("width", WIDTHS)
def test_every_page_type_fits(driver, nginx, site, width):
    set_viewport(driver, width, 800)
    problems = []
    for name, path in page_types(site).items():
        driver.get(nginx + (path if name != "not-found" else "no-such-page/"))
        found = driver.execute_script(MEASURE)
        if found["overflow"] > 0:
            problems.append(f"{name}: {found['overflow']} px wider than the screen")
        if found["unreachable"]:
            problems.append(f"{name}: menu items neither on screen nor behind a visible control: {found['unreachable']}")
        if found["overlaps"]:
            problems.append(f"{name}: overlapping text {found['overlaps']}")
        if width >= 1024 and found["header"] and not (found["header"]["oneRow"] and found["header"]["height"] < 100):
            problems.append(f"{name}: header is not one row ({found['header']})")
    set_viewport(driver, 1280, 900)
    assert not problems, "\n".join(problems)


def test_more_menu_opens_without_javascript(driver, nginx):
    """The 「更多」 control is a <details>: a click opens it, and its links are then on screen."""
    set_viewport(driver, 1280, 800)
    driver.get(nginx)
    summary = driver.find_element("css selector", ".nav-more summary")
    assert summary.text.strip() == "更多"
    hidden = driver.find_elements("css selector", ".nav-more details a")
    assert hidden and not any(link.is_displayed() for link in hidden)
    summary.click()
    assert all(link.is_displayed() for link in hidden)
    set_viewport(driver, 375, 800)
    driver.get(nginx)
    assert not driver.find_element("css selector", ".nav-more").is_displayed(), "phones show every item in rows instead"
    set_viewport(driver, 1280, 900)


def test_home_puts_featured_cases_first_and_keeps_charts_legible(driver, nginx):
    set_viewport(driver, 1280, 800)
    driver.get(nginx)
    tops = driver.execute_script("""
        const top = s => document.querySelector(s).getBoundingClientRect().top + scrollY;
        return {featured: top('#featured-heading ~ .card-grid .case-card'), charts: top('.chart')};""")
    assert tops["featured"] < 1600, "the first featured case is within the first two screens at 1280x800"
    assert tops["featured"] < tops["charts"]
    labels = driver.find_elements("css selector", ".figure-label")
    assert "收录年度数" not in [label.text for label in labels], "the years are given once, in the note"
    for width in WIDTHS:
        set_viewport(driver, width, 800)
        smallest = driver.execute_script("""
            let least = 99;
            for (const svg of document.querySelectorAll('.chart-svg')) {
              const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
              for (const text of svg.querySelectorAll('text')) least = Math.min(least, parseFloat(getComputedStyle(text).fontSize) * scale);
            }
            return least;""")
        assert smallest >= 12, f"chart text is {smallest:.1f} px at {width} px"
    set_viewport(driver, 1280, 900)


def test_breadcrumbs_on_case_and_unit_pages(driver, nginx):
    driver.get(nginx + "cases/hunan-chemical-grading/")
    trail = [item.text for item in driver.find_elements("css selector", ".breadcrumb li")]
    assert trail[:3] == ["首页", "典型案例", "2022"] and trail[3].startswith("湘江明德化工集团")
    assert driver.find_element("css selector", ".breadcrumb li:last-child [aria-current=page]")
    driver.find_element("css selector", ".breadcrumb a[href]").click()
    assert driver.find_element("css selector", ".hero"), "首页 leads home"
    driver.get(nginx + "regions/hunan/")
    assert [item.text for item in driver.find_elements("css selector", ".breadcrumb li")] == ["首页", "成效突出地区", "湖南省"]


def test_empty_unit_says_so_in_a_sentence(driver, nginx):
    driver.get(nginx + "regions/xizang/")
    assert not driver.find_elements("css selector", ".figure"), "no lone 「0 典型案例」 box"
    assert driver.find_element("css selector", ".empty").text == "本地区暂无已发布的典型案例。"


def test_footnotes_are_chinese_and_unique_per_page(site):
    """cmark-gfm's English back-link label is replaced, and a unit page with two bodies that both
    have footnotes keeps every id unique."""
    import re
    unit = (site / "regions/hunan/index.html").read_text(encoding="utf-8")
    assert unit.count('class="footnote-backref"') >= 2
    ids = re.findall(r'\sid="([^"]+)"', unit)
    assert len(ids) == len(set(ids)), "duplicate ids on the unit page"
    for page in site.rglob("*.html"):
        assert "Back to " not in page.read_text(encoding="utf-8"), f"English footnote label in {page}"
