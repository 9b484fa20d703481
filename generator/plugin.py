"""The MkDocs plugin (`plugins: [explainer]`): content/ → docs/ on every build and serve.

Registered through the `mkdocs.plugins` entry point, so plain `mkdocs build` and `mkdocs serve`
work as MkDocs users expect: each build renders the stories first, builds the navigation from
them, appends the glossary to every page as abbreviations (Material shows them as tooltips), and
`serve` also watches `content/` and the templates.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from .errors import ExplainerError
from .render import RenderedSite, render_site
from .render.escape import page_title
from .render.pages import STORY_PAGES
from .render.site_pages import story_order
from .render.tooltips import abbreviations_for
from .review.pages import render_options
from .site import Site


class ExplainerPlugin(BasePlugin):  # type: ignore[type-arg]
    """Render explainer content into the docs folder before MkDocs reads it."""

    rendered: RenderedSite | None = None
    terms: list[tuple[str, str]] = []

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        site = Site(Path(config.config_file_path).resolve().parent)
        try:
            self.rendered = render_site(site, config.site_name, **render_options(config.extra))
        except ExplainerError as error:
            raise PluginError(str(error)) from None
        if not config.nav:
            config.nav = build_nav(self.rendered, site)
        self.terms = tooltip_terms(self.rendered)
        return config

    def on_page_markdown(self, markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        abbreviations = abbreviations_for(markdown, self.terms)
        return f"{markdown}\n\n{abbreviations}\n" if abbreviations else markdown

    def on_serve(self, server: Any, config: MkDocsConfig, builder: Any) -> Any:
        site = Site(Path(config.config_file_path).resolve().parent)
        server.watch(str(site.content))
        for folder in site.template_dirs:
            server.watch(str(folder))
        return server


def build_nav(rendered: RenderedSite, site: Site) -> list[Any]:
    """Home, one section per story with its six pages, the glossary, then hand-written pages."""
    stories = []
    for slug, story in sorted(rendered.stories, key=story_order, reverse=True):
        pages = [{title: f"{slug}/{name}.md"} for name, title in STORY_PAGES.items()]
        stories.append({str(page_title(story.title)): pages})
    nav: list[Any] = [{"Home": "index.md"}]
    if stories:
        nav.append({"Stories": stories})
    shared = [{str(page_title(a.name)): f"actors/{a.id}.md"} for a in rendered.actors if a.shared]
    nav.append({"Actors": ["actors/index.md", *shared] if shared else "actors/index.md"})
    nav.append({"Glossary": "glossary.md"})
    for page in sorted(site.content.glob("*.md")):
        nav.append(page.name)
    return nav


def tooltip_terms(rendered: RenderedSite) -> list[tuple[str, str]]:
    """(term, definition) for every defined term: story terms and the site glossary."""
    terms: dict[str, tuple[str, str]] = {}
    for _, story in rendered.stories:
        for term in story.glossary:
            if term.definition:
                terms.setdefault(term.term.lower(), (term.term, term.definition))
    for entry in rendered.glossary:
        terms.setdefault(entry.term.lower(), (entry.term, entry.definition))
        for alias in entry.aliases:
            terms.setdefault(alias.lower(), (alias, entry.definition))
    return list(terms.values())
