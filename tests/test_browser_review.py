"""Review in the browser: a draft story says so on every page, and a reviewed-only site has no trace of it.

Two stories are added to one site; one is then marked `status: reviewed`. The site is copied and
built twice, with drafts (the default) and with `--reviewed-only`, and each build is served from
127.0.0.1 and opened in Debian's Chromium, as in test_browser.py.
"""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urldefrag

import pytest
from helpers import explainer, make_site
from playwright.sync_api import Browser, Page, sync_playwright

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
DRAFT, REVIEWED = "summit", "port-fees"
STORIES = {REVIEWED: ("wire-story.txt", "2024-03-04"), DRAFT: ("summit-story.txt", "2024-11-05")}
STORY_PAGES = ["", "timeline/", "quotes/", "actors/", "glossary/", "source/"]
NOTICE = "Unreviewed draft"


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # the base class names it `format`
        pass


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """'all' and 'reviewed-only': the same content built both ways; returns each site/ folder."""
    root = make_site(tmp_path_factory.mktemp("review") / "all", STORIES)
    story = root / "content" / REVIEWED / "story.yaml"
    story.write_text(story.read_text(encoding="utf-8").replace("status: draft", "status: reviewed"), "utf-8")
    strict = shutil.copytree(root, root.parent / "reviewed-only", symlinks=True)
    for folder, flags in ((root, []), (strict, ["--reviewed-only"])):
        built = explainer("build", *flags, cwd=folder)
        assert built.returncode == 0, built.stderr
    return {"all": root / "site", "reviewed-only": strict / "site"}


@pytest.fixture(scope="module")
def urls(sites: dict[str, Path]) -> Iterator[dict[str, str]]:
    """Each built site served on its own free port of 127.0.0.1."""
    servers = {}
    for name, folder in sites.items():
        server = http.server.ThreadingHTTPServer(
            ("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(folder))
        )
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers[name] = server
    yield {name: f"http://127.0.0.1:{server.server_address[1]}/" for name, server in servers.items()}
    for server in servers.values():
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.is_file():
        pytest.fail(f"the browser tests need Debian's Chromium at {CHROMIUM}", pytrace=False)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=["--no-sandbox"]
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context()
    context.set_default_timeout(15_000)
    yield context.new_page()
    context.close()


def test_a_draft_story_shows_the_notice_on_every_page(page: Page, urls: dict[str, str]) -> None:
    for name in STORY_PAGES:
        page.goto(f"{urls['all']}{DRAFT}/{name}")
        assert page.get_by_text(NOTICE).first.is_visible(), f"{DRAFT}/{name} shows no draft notice"
        page.goto(f"{urls['all']}{REVIEWED}/{name}")
        assert page.get_by_text(NOTICE).count() == 0, f"the reviewed {REVIEWED}/{name} says it is a draft"


def test_with_drafts_left_out_no_page_of_the_draft_and_no_broken_link(
    page: Page, urls: dict[str, str], sites: dict[str, Path]
) -> None:
    base = urls["reviewed-only"]
    failed: list[str] = []
    page.on("response", lambda r: r.status >= 400 and failed.append(f"{r.status} {r.url}"))
    seen: set[str] = set()
    queue = [base]
    while queue:
        url = queue.pop(0)
        seen.add(url)
        response = page.goto(url)
        assert response is not None and response.status == 200, f"{url}: HTTP {response and response.status}"
        for link in page.eval_on_selector_all(  # an SVG link's .href is no string: resolve by hand
            "a[href]", "links => links.map(a => new URL(a.getAttribute('href'), document.baseURI).href)"
        ):
            target = urldefrag(link).url
            assert f"/{DRAFT}/" not in target, f"{url} links to the left-out draft: {link}"
            if (
                target.startswith(base)
                and target.endswith("/")
                and target not in seen
                and target not in queue
            ):
                queue.append(target)
    assert not failed, failed
    built = [
        name for name in STORY_PAGES if (sites["reviewed-only"] / REVIEWED / name / "index.html").is_file()
    ]
    assert len(built) >= len(STORY_PAGES) - 1  # the glossary page only when the story has terms to show
    assert all(f"{base}{REVIEWED}/{name}" in seen for name in built), "the reviewed story is not reachable"
    assert page.goto(f"{base}{DRAFT}/") is not None
    assert page.goto(f"{base}{DRAFT}/").status == 404  # type: ignore[union-attr]
