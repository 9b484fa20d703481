"""End to end in a browser: a built site, served under a GitHub Pages project path, in Chromium.

A site with two stories is built once per module and served from 127.0.0.1 under `/repo/`, the way
GitHub Pages serves a project site, so any link that assumes the site sits at `/` breaks here.
One crawl starting at the home page follows every link inside the site and records, per page,
what the tests below check: console errors, requests to other hosts, failed responses, the meta
description, the element ids that anchors can land on, a screenshot (in test-output/screenshots/)
and the serious or critical violations axe-core finds. The interactive tests (tooltips, search,
a paragraph link clicked) each open their own page.

Needs Debian's Chromium at /usr/bin/chromium and axe-core in tests/browser_deps/ (both installed by
`make browser-deps`); nothing is downloaded while the tests run, and requests to any host other
than 127.0.0.1 are blocked and reported.
"""

from __future__ import annotations

import functools
import http.server
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urldefrag, urlsplit

import pytest
import yaml
from helpers import explainer, make_site
from playwright.sync_api import Browser, BrowserContext, Page, Request, Route, sync_playwright

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",  # tests run as root in CI containers, where Chromium's sandbox cannot start
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-gpu",
]
TESTS = Path(__file__).resolve().parent
AXE_JS = TESTS / "browser_deps" / "node_modules" / "axe-core" / "axe.min.js"
OUTPUT = TESTS.parent / "test-output"
SCREENSHOTS = OUTPUT / "screenshots"

PROJECT_PATH = "/repo/"  # GitHub Pages serves a project site under /<repository>/
SITE_URL = f"https://user.github.io{PROJECT_PATH}"  # as `explainer new --url` sets it
NARROW, WIDE = 390, 1280  # a phone and a laptop, CSS pixels
VIEWPORT = {"width": 1280, "height": 900}  # wide enough for Material's header search box
TIMEOUT_MS = 15_000
STORIES = {  # slug → (fixture, publication date, headline)
    "port-fees": ("wire-story.txt", "2024-03-04", "Harbour authority says new port fees will hurt fishermen"),
    "summit": ("summit-story.txt", "2024-11-05", "NATO and G7 ministers pledge air defence for Moldova"),
}
STORY_PAGES = ["", "timeline/", "quotes/", "actors/", "glossary/", "source/"]  # relative to the story
PARAGRAPH_LINK = "/source/#p"
BLOCKING_IMPACTS = {"serious", "critical"}

# Serious or critical axe-core findings on markup that Material for MkDocs (9.x) generates itself,
# not our templates: rule id → (CSS selector fragment of the offending node, why it is accepted).
# A violation is excused only when every offending node matches its rule's fragment.
MATERIAL_VIOLATIONS: dict[str, tuple[str, str]] = {}
# (None at present: explainer's theme override names Material's search dialog, and explainer.css
# lightens the footer's "Made with Material for MkDocs" line to pass contrast.)


@dataclass
class PageReport:
    """What one visit of one page recorded."""

    url: str
    status: int
    description: str | None = None
    text: str = ""
    links: list[str] = field(default_factory=list)
    ids: set[str] = field(default_factory=set)
    console_errors: list[str] = field(default_factory=list)
    foreign_requests: list[str] = field(default_factory=list)
    failed_responses: list[str] = field(default_factory=list)
    violations: list[dict[str, Any]] = field(default_factory=list)
    screenshot: Path | None = None


@dataclass
class Watcher:
    """Console errors, requests to other hosts and failed responses of the page being visited."""

    console_errors: list[str] = field(default_factory=list)
    foreign_requests: list[str] = field(default_factory=list)
    failed_responses: list[str] = field(default_factory=list)

    def attach(self, context: BrowserContext, page: Page) -> None:
        context.route("**/*", self.route)
        page.on(
            "console",
            lambda m: (
                m.type == "error"
                and self.console_errors.append(f"{m.text} ({m.location.get('url') or 'inline'})")
            ),
        )
        page.on("pageerror", lambda e: self.console_errors.append(f"uncaught: {e}"))
        page.on("request", self.request)
        page.on("response", lambda r: r.status >= 400 and self.failed_responses.append(f"{r.status} {r.url}"))

    def request(self, request: Request) -> None:
        if is_foreign(request.url):
            self.foreign_requests.append(request.url)

    @staticmethod
    def route(route: Route) -> None:
        if is_foreign(route.request.url):
            route.abort("blockedbyclient")
        else:
            route.continue_()

    def take(self, report: PageReport) -> None:
        report.console_errors, self.console_errors = self.console_errors, []
        report.foreign_requests, self.foreign_requests = self.foreign_requests, []
        report.failed_responses, self.failed_responses = self.failed_responses, []


def is_foreign(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https", "ws", "wss") and parts.hostname != "127.0.0.1"


@pytest.fixture(scope="module")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new site with both stories added and built; returns the site folder (with site/ in it)."""
    stories = {slug: (fixture, published) for slug, (fixture, published, _) in STORIES.items()}
    root = make_site(tmp_path_factory.mktemp("browser") / "project", stories, "--url", SITE_URL)
    built = explainer("build", cwd=root)
    assert built.returncode == 0, built.stderr
    return root


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serves files, and the site's 404.html for a missing one, as GitHub Pages does."""

    def log_message(self, format: str, *args: Any) -> None:  # the base class names it `format`
        pass

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = Path(self.directory) / PROJECT_PATH.strip("/") / "404.html"
        if code != 404 or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


@pytest.fixture(scope="module")
def base_url(built_site: Path) -> Iterator[str]:
    """The built site served under PROJECT_PATH on a free port of 127.0.0.1."""
    www = built_site.parent / "www"
    (www / PROJECT_PATH.strip("/")).parent.mkdir(parents=True, exist_ok=True)
    (www / PROJECT_PATH.strip("/")).symlink_to(built_site / "site", target_is_directory=True)
    handler = functools.partial(QuietHandler, directory=str(www))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}{PROJECT_PATH}"
    server.shutdown()
    server.server_close()
    thread.join()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.is_file():
        pytest.fail(
            f"the browser tests need Debian's Chromium at {CHROMIUM}: run `make browser-deps` "
            "as root, or `sudo apt-get install chromium`",
            pytrace=False,
        )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A fresh page whose requests to other hosts are blocked."""
    context = browser.new_context(viewport=VIEWPORT)  # type: ignore[arg-type]
    context.set_default_timeout(TIMEOUT_MS)
    context.route("**/*", Watcher.route)
    yield context.new_page()
    context.close()


@pytest.fixture(scope="module")
def crawl(browser: Browser, base_url: str) -> dict[str, PageReport]:
    """Every page reachable by links from the home page, visited once: URL → what it recorded."""
    if not AXE_JS.is_file():
        pytest.fail(
            f"the accessibility checks need axe-core at {AXE_JS}: run `make browser-deps`", pytrace=False
        )
    context = browser.new_context(viewport=VIEWPORT)  # type: ignore[arg-type]
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    watcher = Watcher()
    watcher.attach(context, page)
    reports: dict[str, PageReport] = {}
    queue = [base_url]
    while queue:
        url = queue.pop(0)
        report = reports[url] = visit(page, url, base_url, watcher)
        for link in report.links:
            target = urldefrag(link).url
            new = target not in reports and target not in queue
            if new and target.startswith(base_url) and is_page(target):
                queue.append(target)
    context.close()
    write_summary(reports, base_url)
    return reports


def is_page(url: str) -> bool:
    return urlsplit(url).path.endswith(("/", ".html"))


def visit(page: Page, url: str, base_url: str, watcher: Watcher) -> PageReport:
    """Open one page and record what the tests check."""
    response = page.goto(url, wait_until="networkidle")
    report = PageReport(url, response.status if response else 0)
    report.description = page.evaluate("() => document.querySelector('meta[name=description]')?.content")
    report.text = page.evaluate("() => document.body.innerText")
    report.links = page.eval_on_selector_all(  # resolved by hand: an SVG link's .href is no string
        "a[href]", "links => links.map(a => new URL(a.getAttribute('href'), document.baseURI).href)"
    )
    report.ids = set(page.eval_on_selector_all("[id]", "elements => elements.map(e => e.id)"))
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    name = url.removeprefix(base_url).strip("/").replace("/", "-") or "home"
    report.screenshot = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(report.screenshot), full_page=True)
    page.add_script_tag(path=str(AXE_JS))
    result = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    report.violations = [
        {
            "id": v["id"],
            "impact": v["impact"],
            "help": v["help"],
            "targets": [" ".join(map(str, node["target"])) for node in v["nodes"]],
        }
        for v in result["violations"]
    ]
    watcher.take(report)
    return report


def write_summary(reports: dict[str, PageReport], base_url: str) -> None:
    """test-output/browser-report.json: every page with its findings, for people and CI artifacts."""
    summary = {
        url.removeprefix(base_url) or "/": {
            "status": r.status,
            "description": r.description,
            "links": len(r.links),
            "paragraph_links": sum(PARAGRAPH_LINK in link for link in r.links),
            "console_errors": r.console_errors,
            "foreign_requests": r.foreign_requests,
            "failed_responses": r.failed_responses,
            "violations": r.violations,
        }
        for url, r in reports.items()
    }
    OUTPUT.mkdir(parents=True, exist_ok=True)
    (OUTPUT / "browser-report.json").write_text(json.dumps(summary, indent=2), encoding="utf-8")


def story_urls(base_url: str, root: Path) -> list[str]:
    """Every page of every story (a story without glossary terms has no glossary page)."""
    urls = []
    for slug in STORIES:
        story = yaml.safe_load((root / "content" / slug / "story.yaml").read_text(encoding="utf-8"))
        names = [name for name in STORY_PAGES if name != "glossary/" or story["glossary"]]
        urls += [f"{base_url}{slug}/{name}" for name in names]
    return urls


def test_links_from_the_home_page_reach_every_page_of_every_story(
    crawl: dict[str, PageReport], base_url: str, built_site: Path
) -> None:
    missing = [url for url in story_urls(base_url, built_site) if url not in crawl]
    assert not missing, f"no link leads to {missing}"
    home = crawl[base_url]
    for slug in STORIES:
        assert f"{base_url}{slug}/" in home.links, f"the home page has no card linking to {slug}"


def test_every_page_loads_and_every_link_stays_under_the_project_path(
    crawl: dict[str, PageReport], base_url: str
) -> None:
    origin = base_url.removesuffix(PROJECT_PATH)
    problems = [f"{url}: HTTP {r.status}" for url, r in crawl.items() if r.status != 200]
    problems += [f"{url}: {failed}" for url, r in crawl.items() for failed in r.failed_responses]
    problems += [
        f"{url}: link to {link} leaves {PROJECT_PATH}"
        for url, r in crawl.items()
        for link in r.links
        if link.startswith(origin) and not link.startswith(base_url)
    ]
    assert not problems, "\n".join(problems)


def test_no_page_logs_a_console_error(crawl: dict[str, PageReport]) -> None:
    errors = [f"{url}: {error}" for url, r in crawl.items() for error in r.console_errors]
    assert not errors, "\n".join(dict.fromkeys(errors))


def test_no_page_requests_another_host(crawl: dict[str, PageReport]) -> None:
    requests = [f"{url}: {request}" for url, r in crawl.items() for request in r.foreign_requests]
    assert not requests, "\n".join(dict.fromkeys(requests))


def test_every_page_has_a_meta_description(
    crawl: dict[str, PageReport], base_url: str, built_site: Path
) -> None:
    missing = [url for url, r in crawl.items() if not (r.description or "").strip()]
    assert not missing, f"no meta description: {missing}"
    story_descriptions = [crawl[url].description for url in story_urls(base_url, built_site)]
    assert len(set(story_descriptions)) == len(story_descriptions), "story pages share a description"


def test_every_paragraph_link_lands_on_its_paragraph(crawl: dict[str, PageReport]) -> None:
    links = {link for r in crawl.values() for link in r.links if PARAGRAPH_LINK in link}
    # Every story's overview links its lead (¶1) and each actor card the paragraphs naming the actor.
    assert len(links) >= len(STORIES) * 3, f"only {len(links)} distinct ¶ links: {sorted(links)}"
    broken = [link for link in sorted(links) if not lands(link, crawl)]
    assert not broken, f"¶ links with no element of that id: {broken}"


def test_every_anchor_link_inside_the_site_lands_on_an_element(
    crawl: dict[str, PageReport], base_url: str
) -> None:
    links = {link for r in crawl.values() for link in r.links if link.startswith(base_url) and "#" in link}
    broken = [link for link in sorted(links) if not lands(link, crawl)]
    assert not broken, f"anchors with no element of that id: {broken}"


def lands(link: str, crawl: dict[str, PageReport]) -> bool:
    url, fragment = urldefrag(link)
    return url in crawl and (not fragment or fragment in crawl[url].ids)


def test_clicking_a_paragraph_link_shows_that_paragraph(page: Page, base_url: str) -> None:
    page.goto(f"{base_url}summit/quotes/")
    link = page.locator(f'a[href*="{PARAGRAPH_LINK.removeprefix("/")}"]').first
    fragment = (link.get_attribute("href") or "").rsplit("#", 1)[1]
    link.click()
    page.wait_for_url(f"**/summit/source/#{fragment}")
    target = page.locator(":target")
    assert target.get_attribute("id") == fragment
    assert "source-paragraph" in (target.get_attribute("class") or "")
    page.wait_for_function("() => document.querySelector(':target').getBoundingClientRect().top >= 0")
    box = target.bounding_box()
    assert box is not None and 0 <= box["y"] < VIEWPORT["height"], f"¶ {fragment} is off screen: {box}"


@pytest.mark.parametrize("slug", STORIES)
def test_the_actor_graph_is_on_the_page_with_its_text_equivalent(
    page: Page, base_url: str, slug: str
) -> None:
    page.goto(f"{base_url}{slug}/actors/", wait_until="load")
    graph = page.locator(".actor-graph svg")
    assert graph.count() == 1
    assert graph.evaluate("svg => svg.getBoundingClientRect().width") > 0
    words = page.locator("#actor-graph-words").text_content() or ""
    assert words.startswith("Actor graph of")
    assert page.locator('a[href$="actors.svg"]').count() == 1, "no link to the graph on its own"
    response = page.request.get(f"{base_url}{slug}/actors.svg")
    assert response.status == 200 and b"<svg" in response.body()


def test_clicking_a_graph_node_lands_on_its_card(page: Page, base_url: str) -> None:
    page.goto(f"{base_url}summit/actors/")
    node = page.locator(".actor-graph svg a").last
    card_id = (node.get_attribute("xlink:href") or node.get_attribute("href") or "").removeprefix("#")
    assert card_id, "the graph's nodes link nowhere"
    node.click()
    page.wait_for_url(f"**/summit/actors/#{card_id}")
    target = page.locator(":target")
    assert target.get_attribute("id") == card_id
    page.wait_for_function("() => document.querySelector(':target').getBoundingClientRect().top >= 0")
    box = target.bounding_box()
    assert box is not None and 0 <= box["y"] < VIEWPORT["height"], f"card {card_id} is off screen: {box}"


@pytest.mark.parametrize("width", [NARROW, WIDE])
@pytest.mark.parametrize("slug", STORIES)
def test_who_said_what_needs_no_horizontal_scroll(
    browser: Browser, base_url: str, slug: str, width: int
) -> None:
    context = browser.new_context(viewport={"width": width, "height": 900})
    try:
        page = context.new_page()
        page.goto(f"{base_url}{slug}/quotes/", wait_until="load")
        overflowing = page.evaluate(
            """() => [document.documentElement, ...document.querySelectorAll('.md-content *')]
                .filter(e => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible'
                             || e === document.documentElement && e.scrollWidth > e.clientWidth)
                .map(e => e.tagName + '.' + e.className + ' ' + e.scrollWidth + '>' + e.clientWidth)"""
        )
        assert not overflowing, f"scrolls sideways at {width} px: {overflowing}"
        quotation = page.locator(".quote-table td").nth(1)
        box = quotation.bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= width, "a quotation is cut"
    finally:
        context.close()


def test_the_404_page_is_styled_under_the_project_path(page: Page, base_url: str) -> None:
    missing = f"{base_url}no/such/page/"
    failed: list[str] = []
    page.on("response", lambda r: r.status >= 400 and r.url != missing and failed.append(r.url))
    response = page.goto(missing, wait_until="load")
    assert response is not None and response.status == 404
    assert not failed, f"the 404 page could not load {failed}"
    header = page.locator(".md-header").bounding_box()
    assert header is not None and header["height"] < 100, "the 404 page has no theme styles"
    home = page.locator(".md-header__button.md-logo").get_attribute("href") or ""
    assert home.startswith(PROJECT_PATH), f"the 404 page's logo links to {home}"


def test_no_page_shows_a_placeholder_for_a_missing_definition(crawl: dict[str, PageReport]) -> None:
    placeholders = [url for url, report in crawl.items() if "definition wanted" in report.text.lower()]
    assert not placeholders, f"pages show 'Definition wanted': {placeholders}"


def test_a_glossary_term_shows_its_definition_on_hover(page: Page, base_url: str) -> None:
    page.goto(f"{base_url}summit/source/")
    nato = page.locator("article abbr", has_text="NATO").first
    assert nato.count() == 1, "no <abbr> for NATO: the glossary is not applied to the page"
    nato.hover()
    # Material's content.tooltips replaces the abbr's title by its own tooltip element.
    tooltip = page.locator('[role="tooltip"]', has_text="North Atlantic Treaty Organization")
    tooltip.wait_for(state="visible")


@pytest.mark.parametrize("name", ["Zakharova", "Annalena Baerbock"])
def test_search_finds_a_speaker(page: Page, base_url: str, name: str) -> None:
    page.goto(base_url, wait_until="networkidle")
    search = page.locator("input.md-search__input")
    search.click()
    search.press_sequentially(name, delay=20)  # Material searches on key presses; fill() sends none
    result = page.locator(".md-search-result__item", has_text=name.split()[-1]).first
    result.wait_for(state="visible")
    href = result.locator("a").first.get_attribute("href") or ""
    assert href.startswith(base_url), f"the search result links to {href}, outside the site"


def test_no_serious_accessibility_violation_beyond_materials(crawl: dict[str, PageReport]) -> None:
    problems = []
    for url, report in crawl.items():
        for violation in report.violations:
            if violation["impact"] in BLOCKING_IMPACTS and not is_materials(violation):
                problems.append(
                    f"{url}: {violation['id']} ({violation['impact']}): {violation['help']} "
                    f"at {violation['targets']}"
                )
    assert not problems, "\n".join(problems)


def is_materials(violation: dict[str, Any]) -> bool:
    fragment, _reason = MATERIAL_VIOLATIONS.get(violation["id"], ("", ""))
    return bool(fragment) and all(fragment in target for target in violation["targets"])
