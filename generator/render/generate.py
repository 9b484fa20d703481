"""Render: validated content → the generated pages of a site, kept in its cache folder.

Every story file is loaded and validated first and all problems are reported together; nothing is
rendered if any file is wrong. The pages go to `.cache/explainer/pages/` (never into MkDocs'
`docs_dir`); the plugin hands them to MkDocs as generated files. Work is keyed by content: a story
whose file, templates, site glossary and renderer are unchanged is not rendered or drawn again
(its pages keep their modification times, which `mkdocs serve --dirty` relies on); the site-wide
pages (listings, feed, glossary, actors) are rendered again only when a story, the templates, the
glossary, the renderer or the site's options changed; a page is rewritten only when its text
changed, and files no story produces any more are removed.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import jinja2

from ..errors import ContentError
from ..story.content import load_glossary, write_atomic
from ..story.model import GlossaryEntry, Story
from ..story.site import RESERVED_SLUGS, STORY_FILE, Site
from .actor_pages import collect_actors, render_actor_pages, render_actors_index
from .feed import FEED_FILE, render_feed
from .generated_files import SITE_KEY, generated_files, record_site_pages, remove_stale, reusable_site_pages
from .pages import make_environment, render_story_pages, story_page_names
from .site_pages import render_listings, render_site_glossary
from .story_store import StoryStore, code_fingerprint, content_key
from .tooltips import TermFinder, abbreviations_for, glossary_terms, story_terms

GRAPH_FILE = "actors.svg"
CARD_LINK = "actors/#{}"  # from <story>/actors.svg to the card on <story>/actors/ (directory URLs)
STYLESHEET = "assets/explainer.css"  # listed under extra_css in mkdocs.yml
GRAPH_STAMP = "<!-- explainer story {} -->\n"  # second line of the SVG, after <?xml ?>
GRAPH_DRAWING = "3"  # bump when the drawing changes, so graphs drawn by an older explainer are redrawn
RENDER_KEY = "render.key"  # in a story's generated folder: what its pages were rendered from
PER_PAGE = 25  # stories on one page of a listing
ROWS_PER_STORY = 4  # an index of actors or terms shows this many rows for each story a listing shows
PARALLEL_GRAPHS = 16  # graphs to draw before worker processes pay for their start


@dataclass(frozen=True)
class SiteOptions:
    """What the site's MkDocs configuration tells the renderer."""

    site_name: str
    site_url: str | None = None  # makes the feed's links absolute
    description: str = ""
    per_page: int = PER_PAGE
    drafts: bool = True  # false: draft stories are left out of the site (see review.pages)
    review_pages: bool = False  # each draft story gets its review page (under `explainer serve`)


@dataclass
class RenderedSite:
    """What a render produced: the pages for MkDocs and what the navigation is made from."""

    stories: list[tuple[str, Story]] = field(default_factory=list)
    glossary: list[GlossaryEntry] = field(default_factory=list)
    pages: dict[str, Path] = field(default_factory=dict)  # URI in the site → the file holding it
    hand_written: list[str] = field(default_factory=list)  # URIs of the pages from content/*.md
    rendered: int = 0  # stories rendered anew (the rest came from the cache)
    written: int = 0  # files written
    graphs: GraphDrawing | None = None


@cache
def environment(templates: tuple[Path, ...], compiled: Path) -> jinja2.Environment:
    """One environment per set of template folders for the life of the process (`mkdocs serve`
    renders with it again and again; Jinja reloads a template whose file changed)."""
    return make_environment(list(templates), compiled)


def story_store_of(site: Site) -> StoryStore:
    return StoryStore(site.cache / "stories")


def load_content(
    site: Site, store: StoryStore | None = None
) -> tuple[list[tuple[str, Story]], list[GlossaryEntry]]:
    """Load every story and the glossary, collecting the problems of all files."""
    store = store or story_store_of(site)
    problems: list[str] = []
    stories = []
    for folder in site.story_dirs():
        if folder.name in RESERVED_SLUGS:
            problems.append(
                f"{folder}: the folder name '{folder.name}' is reserved for site pages: rename it"
            )
            continue
        try:
            stories.append((folder.name, store.load(folder / STORY_FILE)[1]))
        except ContentError as error:
            problems += error.problems
    try:
        glossary = load_glossary(site.glossary_file)
    except ContentError as error:
        problems += error.problems
        glossary = []
    if problems:
        raise ContentError(problems)
    return stories, glossary


def site_fingerprint(site: Site) -> str:
    """What every story page depends on besides its story: renderer, templates, site glossary."""
    parts: list[bytes | str] = [code_fingerprint()]
    for folder in site.template_dirs:
        for template in sorted(folder.glob("*.j2")):
            parts += [template.name, template.read_bytes()]
    if site.glossary_file.is_file():
        parts.append(site.glossary_file.read_bytes())
    return content_key(*parts)


def render_site(site: Site, options: SiteOptions, background: bool = False) -> RenderedSite:
    """Render every page of the site into its cache folder; return where each page is.

    The graphs of changed stories are drawn before this returns, or with `background` (and many
    of them) in worker processes while the caller goes on: `result.graphs.wait()` before use.
    """
    from ..review.pages import REVIEW_PAGE, publishable, render_review_page

    store = story_store_of(site)
    stories, glossary = load_content(site, store)
    stories = publishable(stories, options.drafts)
    env = environment(tuple(site.template_dirs), site.cache / "templates")
    out = site.cache / "pages"
    existing = generated_files(out)
    result = RenderedSite(stories, glossary)
    wanted: set[str] = set()

    def keep(uri: str) -> None:
        wanted.add(uri)
        result.pages[uri] = out / uri

    def put(uri: str, text: str) -> None:
        keep(uri)
        result.written += write_atomic(out / uri, text)

    fingerprint = site_fingerprint(site)
    shared_terms = TermFinder(glossary_terms(glossary))
    graphs: list[tuple[Path, Story]] = []
    stamps: list[tuple[Path, str]] = []
    story_keys = []
    for slug, story in stories:
        stamp = f"{slug}/{RENDER_KEY}"
        review = options.review_pages and story.status != "reviewed"
        key = content_key(store.keys[site.story_dir(slug) / STORY_FILE], fingerprint, str(review))
        story_keys.append(f"{slug} {key}")
        wanted.add(stamp)
        graph = f"{slug}/{GRAPH_FILE}"
        keep(graph)
        made = [f"{slug}/{name}.md" for name in story_page_names(story) + ([REVIEW_PAGE] if review else [])]
        if (
            all(uri in existing for uri in [stamp, graph, *made])
            and (out / stamp).read_text(encoding="utf-8") == key
        ):
            for uri in made:  # rendered from this very story, templates and glossary before
                keep(uri)
            continue
        own_terms = TermFinder(story_terms(story))
        for name, text in render_story_pages(env, story, f"{REVIEW_PAGE}.md" if review else None).items():
            abbreviations = abbreviations_for(text, own_terms, shared_terms)
            put(f"{slug}/{name}.md", f"{text}\n\n{abbreviations}\n" if abbreviations else text)
        if review:
            put(f"{slug}/{REVIEW_PAGE}.md", render_review_page(env, story, site.story_dir(slug) / STORY_FILE))
        graphs.append((out / graph, story))
        stamps.append((out / stamp, key))
        result.rendered += 1
    result.graphs = GraphDrawing(graphs, stamps, background)

    site_key = content_key(fingerprint, repr(options), *story_keys)
    wanted.add(SITE_KEY)
    reused = reusable_site_pages(out, site_key, existing)
    if reused is None:
        site_pages = render_site_pages(env, options, stories)
        for uri, text in site_pages.items():
            put(uri, text)
        record_site_pages(out, site_key, list(site_pages))
    else:
        for uri in reused:
            keep(uri)
    style = next((d / "explainer.css" for d in site.template_dirs if (d / "explainer.css").is_file()), None)
    if style:
        result.pages[STYLESHEET] = style
    for page in sorted(site.content.glob("*.md")) if site.content.is_dir() else []:
        result.pages[page.name] = page
        result.hand_written.append(page.name)
    remove_stale(out, existing, wanted)
    store.prune()
    return result


def render_site_pages(
    env: jinja2.Environment, options: SiteOptions, stories: list[tuple[str, Story]]
) -> dict[str, str]:
    """The pages that list many stories: listings, feed, site glossary, actors index and actor pages."""
    rows = options.per_page * ROWS_PER_STORY
    pages = render_listings(env, options.site_name, stories, options.per_page)
    pages[FEED_FILE] = render_feed(options.site_name, options.site_url, options.description, stories)
    pages.update(render_site_glossary(env, stories, rows))
    actors = collect_actors(stories)
    pages.update(render_actors_index(env, actors, rows))
    for site_actor in actors:
        if site_actor.shared:
            pages.update(render_actor_pages(env, site_actor))
    return pages


class GraphDrawing:
    """The graphs of changed stories being drawn: in this process when they are few, else in
    worker processes (one a core), started at once so that the caller can work meanwhile.
    Each story's render key is written once its graph is there (an interrupted build redoes it)."""

    def __init__(
        self, jobs: list[tuple[Path, Story]], stamps: list[tuple[Path, str]], background: bool
    ) -> None:
        self.stamps = stamps
        self.pool: ProcessPoolExecutor | None = None
        self.drawn = 0
        workers = min(os.cpu_count() or 1, len(jobs))
        if workers < 2 or len(jobs) < PARALLEL_GRAPHS:
            self.drawn = sum(draw_graph_if_changed(path, story) for path, story in jobs)
            self.pending: dict[Path, Future[bool]] = {}
            if not background:
                self.wait()
            return
        # spawn, not fork: `mkdocs serve` runs threads, and a forked lock can hang the child
        self.pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"))
        self.pending = {path: self.pool.submit(draw_graph_if_changed, path, story) for path, story in jobs}
        if not background:
            self.wait()

    @property
    def running(self) -> bool:
        return bool(self.pending)

    def inline(self, path: Path) -> str:
        """The graph at `path` as markup for its actors page, once it is drawn."""
        if path in self.pending:
            self.pending[path].result()
        return inline_graph(path)

    def wait(self) -> int:
        """Wait for every graph; write the render keys; return how many graphs were drawn."""
        try:
            self.drawn += sum(future.result() for future in self.pending.values())
        finally:
            self.cancel()
        for stamp, key in self.stamps:
            write_atomic(stamp, key)
        self.stamps = []
        return self.drawn

    def cancel(self) -> None:
        self.pending = {}
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)
            self.pool = None


def draw_graph_if_changed(path: Path, story: Story) -> bool:
    """Redraw the actor graph only when the story differs from the one it was drawn from."""
    from .graph import draw_actor_graph  # networkx: imported by the builds that draw

    drawn_from = f"{GRAPH_DRAWING} {story.to_dict()!r}"
    stamp = GRAPH_STAMP.format(hashlib.sha256(drawn_from.encode()).hexdigest()[:16])
    if path.is_file():
        with path.open(encoding="utf-8") as handle:
            if stamp in (handle.readline(), handle.readline()):
                return False
    declaration, rest = draw_actor_graph(story, link=lambda actor_id: CARD_LINK.format(actor_id)).split(
        "\n", 1
    )
    return write_atomic(path, f"{declaration}\n{stamp}{rest}")


def inline_graph(path: Path) -> str:
    """The graph file as markup for the actors page itself, its nodes linking to the cards there.

    Readers click a node and land on the card without opening the image on its own. The XML
    prologue goes.
    """
    svg = path.read_text(encoding="utf-8")
    return svg[svg.index("<svg") :].replace(f'href="{CARD_LINK.format("")}', 'href="#').strip()
