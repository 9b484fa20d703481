"""Render: validated content → Markdown pages and graph images in the site's `docs/` folder.

Every story file is loaded and validated first and all problems are reported together; nothing is
written if any file is wrong. A page is written only when its text changed, so `mkdocs serve` sees
no spurious changes, and files that no story produces any more are removed. The graph image is
redrawn only when the story changed (its content hash is kept in the SVG).
"""

from __future__ import annotations

import hashlib
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from ..content import load_glossary, load_story, write_atomic
from ..errors import ContentError
from ..graph import draw_actor_graph
from ..model import GlossaryEntry, Story
from ..site import RESERVED_SLUGS, STORY_FILE, Site
from .actor_pages import SiteActor, collect_actors, render_actor_page, render_actors_index
from .pages import make_environment, render_story_pages
from .site_pages import render_home, render_site_glossary

GRAPH_FILE = "actors.svg"
CARD_LINK = "actors/#{}"  # from <story>/actors.svg to the card on <story>/actors/ (directory URLs)
STYLESHEET = Path("assets/explainer.css")  # listed under extra_css in mkdocs.yml
GRAPH_STAMP = "<!-- explainer story {} -->\n"  # second line of the SVG, after <?xml ?>


@dataclass
class RenderedSite:
    """What a render produced: the stories (for the nav) and the glossary (for tooltips)."""

    stories: list[tuple[str, Story]] = field(default_factory=list)
    glossary: list[GlossaryEntry] = field(default_factory=list)
    actors: list[SiteActor] = field(default_factory=list)
    written: int = 0


def load_content(site: Site) -> tuple[list[tuple[str, Story]], list[GlossaryEntry]]:
    """Load every story and the glossary, collecting the problems of all files."""
    problems: list[str] = []
    stories = []
    for folder in site.story_dirs():
        if folder.name in RESERVED_SLUGS:
            problems.append(
                f"{folder}: the folder name '{folder.name}' is reserved for site pages: rename it"
            )
            continue
        try:
            stories.append((folder.name, load_story(folder / STORY_FILE)))
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


def render_site(site: Site, site_name: str, drafts: bool = True, review_pages: bool = False) -> RenderedSite:
    """Write the whole `docs/` tree of the site (without draft stories when `drafts` is false)."""
    from ..review.pages import publishable, render_review_page

    stories, glossary = load_content(site)
    stories = publishable(stories, drafts)
    env = make_environment(site.template_dirs)
    actors = collect_actors(stories)
    result = RenderedSite(stories, glossary, actors)
    wanted: set[Path] = set()

    def put(relative: str, text: str) -> None:
        path = site.docs / relative
        wanted.add(path)
        result.written += write_atomic(path, text)

    put("index.md", render_home(env, site_name, stories))
    put("glossary.md", render_site_glossary(env, stories, glossary))
    put("actors/index.md", render_actors_index(env, actors))
    for site_actor in actors:
        if site_actor.shared:
            put(f"actors/{site_actor.id}.md", render_actor_page(env, site_actor))
    style = next((d / STYLESHEET.name for d in site.template_dirs if (d / STYLESHEET.name).is_file()), None)
    if style:
        put(str(STYLESHEET), style.read_text(encoding="utf-8"))
    for page in sorted(site.content.glob("*.md")):
        put(page.name, page.read_text(encoding="utf-8"))
    for slug, story in stories:
        review = review_pages and story.status != "reviewed"
        for name, text in render_story_pages(env, story, review_link="review.md" if review else None).items():
            put(f"{slug}/{name}.md", text)
        if review:
            put(f"{slug}/review.md", render_review_page(env, story, site.story_dir(slug) / STORY_FILE))
        graph = site.docs / slug / GRAPH_FILE
        wanted.add(graph)
        result.written += draw_graph_if_changed(graph, story)
    remove_stale(site.docs, wanted)
    return result


def draw_graph_if_changed(path: Path, story: Story) -> bool:
    """Redraw the actor graph only when the story differs from the one it was drawn from."""
    stamp = GRAPH_STAMP.format(hashlib.sha256(repr(story.to_dict()).encode()).hexdigest()[:16])
    if path.is_file():
        with path.open(encoding="utf-8") as handle:
            if stamp in (handle.readline(), handle.readline()):
                return False
    declaration, rest = draw_actor_graph(story, link=lambda actor_id: CARD_LINK.format(actor_id)).split(
        "\n", 1
    )
    return write_atomic(path, f"{declaration}\n{stamp}{rest}")


def remove_stale(docs: Path, wanted: set[Path]) -> None:
    """Delete generated files no story produces any more (dotfiles such as .gitignore stay)."""
    for path in sorted(docs.rglob("*"), reverse=True):
        if path.name.startswith("."):
            continue
        if path.is_file() and path not in wanted:
            path.unlink()
        elif path.is_dir() and not any(path.iterdir()):
            shutil.rmtree(path)
