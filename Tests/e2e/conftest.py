"""Shared fixtures for the end-to-end stage: built sites, a real nginx, headless Chromium."""
import os
import pathlib
import shutil
import socket
import subprocess
import tempfile
import time

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

REPO = pathlib.Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "artifacts"
BASE_PATH = "/showcase/"


def casebook_binary() -> pathlib.Path:
    override = os.environ.get("CASEBOOK_BIN")
    if override:
        return pathlib.Path(override)
    for candidate in (REPO / ".build/debug/casebook", REPO / ".build/release/casebook"):
        if candidate.exists():
            return candidate
    subprocess.run(["swift", "build", "--product", "casebook"], cwd=REPO, check=True)
    return REPO / ".build/debug/casebook"


def build_sample(out: pathlib.Path, links: str = "pretty") -> pathlib.Path:
    """Builds the repository's sample showcase into out/public with the given link style."""
    source = out / "site"
    shutil.copytree(REPO / "content", source / "content")
    config = (REPO / "site.yaml").read_text(encoding="utf-8")
    config = "\n".join(line for line in config.splitlines() if not line.startswith("links:"))
    (source / "site.yaml").write_text(config + f"\nlinks: {links}\n", encoding="utf-8")
    if (REPO / "themes").exists():
        shutil.copytree(REPO / "themes", source / "themes")
    public = out / "public"
    subprocess.run([str(casebook_binary()), "build", "--source", str(source), "--output", str(public), "--quiet"], check=True)
    return public


@pytest.fixture(scope="session")
def workdir():
    folder = pathlib.Path(tempfile.mkdtemp(prefix="casebook-e2e-"))
    folder.chmod(0o755)  # nginx workers drop root and must read the site
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def site(workdir) -> pathlib.Path:
    return build_sample(workdir / "pretty", "pretty")


@pytest.fixture(scope="session")
def portable_site(workdir) -> pathlib.Path:
    return build_sample(workdir / "portable", "portable")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def nginx(workdir, site):
    """A real nginx on 127.0.0.1 serving the site under /showcase/; yields the base URL."""
    root = workdir / "www"
    root.mkdir()
    (root / "showcase").symlink_to(site, target_is_directory=True)
    port = free_port()
    conf = workdir / "nginx.conf"
    conf.write_text(f"""
daemon off;
pid {workdir}/nginx.pid;
error_log {workdir}/nginx-error.log warn;
worker_processes 1;
events {{ worker_connections 64; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    charset utf-8;
    charset_types text/css application/javascript image/svg+xml application/json application/xml;
    access_log {workdir}/nginx-access.log;
    client_body_temp_path {workdir}/tmp-body;
    proxy_temp_path {workdir}/tmp-proxy;
    fastcgi_temp_path {workdir}/tmp-fastcgi;
    uwsgi_temp_path {workdir}/tmp-uwsgi;
    scgi_temp_path {workdir}/tmp-scgi;
    server {{
        listen 127.0.0.1:{port};
        server_name localhost;
        root {root};
        disable_symlinks off;
        location {BASE_PATH} {{
            index index.html;
            error_page 404 {BASE_PATH}404.html;
        }}
    }}
}}
""")
    process = subprocess.Popen(["nginx", "-c", str(conf), "-p", str(workdir)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.time() + 10
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            if process.poll() is not None:
                raise RuntimeError("nginx did not start: " + process.stderr.read().decode())
            time.sleep(0.05)
    yield f"http://127.0.0.1:{port}{BASE_PATH}"
    process.terminate()
    process.wait(timeout=10)


def make_driver(width: int = 1280, height: int = 900, javascript: bool = True) -> webdriver.Chrome:
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     f"--window-size={width},{height}", "--hide-scrollbars", "--allow-file-access-from-files",
                     "--lang=zh-CN", "--no-first-run", "--disable-background-networking"):
        options.add_argument(argument)
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    service = Service(shutil.which("chromedriver") or "/usr/bin/chromedriver")
    driver = webdriver.Chrome(service=service, options=options)
    driver.set_page_load_timeout(30)
    driver.set_script_timeout(60)
    set_viewport(driver, width, height)
    return driver


def set_viewport(driver, width: int, height: int) -> None:
    """Headless Chromium keeps windows at least 500 px wide; emulate the exact viewport instead."""
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 768})


@pytest.fixture(scope="session")
def driver():
    browser = make_driver()
    yield browser
    browser.quit()


@pytest.fixture(scope="session")
def artifacts() -> pathlib.Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


def page_types(site: pathlib.Path) -> dict:
    """One representative page of every page type, as paths relative to the site root."""
    first = lambda pattern: sorted(p.relative_to(site).as_posix() for p in site.glob(pattern))[0]
    return {
        "home": "index.html",
        "case-list": "cases/index.html",
        "case-list-page-2": "cases/page/2/index.html",
        "case": "cases/hunan-chemical-grading/index.html",
        "regions": "regions/index.html",
        "unit": "regions/hunan/index.html",
        "unit-empty": "regions/xizang/index.html",
        "taxonomy": "industries/index.html",
        "term": first("tags/*/index.html"),
        "award": "awards/overall/index.html",
        "page": "pages/grading/index.html",
        "not-found": "404.html",
    }
