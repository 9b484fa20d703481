"""The MkDocs plugin (`plugins: [explainer]`): the stories of `content/` become pages of the site.

Registered through the `mkdocs.plugins` entry point, so plain `mkdocs build` and `mkdocs serve`
work as MkDocs users expect. The plugin follows MkDocs 1.6's model for generated pages:

- `on_config` adds the Markdown extensions the templates need, our own `clean_headings` included,
  so a site's `mkdocs.yml` names no Python module;
- `on_files` renders the stories (into the site's cache folder, reusing every page whose inputs
  did not change) and adds each page to MkDocs' files with `File.generated`. Nothing is written
  into `docs_dir`, which may be any folder and holds only what the site owner puts there;
- the navigation is small and does not grow with the stories: home, sections, years, actors,
  glossary and hand-written pages. Story pages, later listing pages and actor pages are
  `NOT_IN_NAV`; each story's pages link to each other from their header;
- `on_page_markdown` adds glossary tooltips to the hand-written pages (generated pages carry
  their own); `on_serve` watches the content and the template overrides.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from .errors import ExplainerError
from .render import PER_PAGE, RenderedSite, render_site
from .render.clean_headings import CleanHeadingsExtension
from .render.tooltips import abbreviations_for, glossary_terms, story_terms
from .site import Site

log = get_plugin_logger("explainer")
NEEDED_EXTENSIONS = ("abbr", "attr_list", "md_in_html", "def_list", "tables", "admonition", "toc")
OLD_EXTENSION = "generator.render.clean_headings"  # named in the mkdocs.yml of older sites


class ExplainerConfig(base.Config):
    content = c.Type(str, default="content")  # stories, site glossary and hand-written pages
    templates = c.Type(str, default="site_templates")  # overrides of the package's templates
    per_page = c.Type(int, default=PER_PAGE)  # stories, actors or terms on one listing page


class ExplainerPlugin(BasePlugin[ExplainerConfig]):
    """Render explainer content into generated pages before MkDocs reads its files."""

    site: Site
    rendered: RenderedSite | None = None
    terms: list[tuple[str, str]] = []

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        root = Path(config.config_file_path or ".").resolve().parent
        self.site = Site(root, self.config.content, self.config.templates)
        extensions = [e for e in config.markdown_extensions if e != OLD_EXTENSION]
        extensions += [name for name in NEEDED_EXTENSIONS if name not in extensions]
        config.markdown_extensions = [*extensions, CleanHeadingsExtension()]
        return config

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        try:
            rendered = render_site(self.site, config.site_name, self.config.per_page)
        except ExplainerError as error:
            raise PluginError(str(error)) from None
        log.info(
            f"{len(rendered.stories)} stories, {len(rendered.pages)} generated files; "
            f"{rendered.rendered} stories rendered, the others unchanged"
        )
        nav = build_nav(rendered)
        in_nav = set(nav_pages(nav))
        for uri, path in rendered.pages.items():
            if (existing := files.get_file_from_path(uri)) is not None:
                log.warning(
                    f"{existing.abs_src_path}: replaced by the generated page {uri}: move or rename it"
                )
                files.remove(existing)
            inclusion = InclusionLevel.INCLUDED if uri in in_nav else InclusionLevel.NOT_IN_NAV
            files.append(File.generated(config, uri, abs_src_path=str(path), inclusion=inclusion))
        if not config.nav:
            config.nav = nav
        self.rendered = rendered
        self.terms = site_terms(rendered)
        return files

    def on_page_markdown(self, markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        if self.rendered is None or page.file.src_uri not in self.rendered.hand_written:
            return markdown
        abbreviations = abbreviations_for(markdown, self.terms)
        return f"{markdown}\n\n{abbreviations}\n" if abbreviations else markdown

    def on_serve(self, server: Any, config: MkDocsConfig, builder: Any) -> Any:
        server.watch(str(self.site.content))
        if self.site.overrides.is_dir():
            server.watch(str(self.site.overrides))
        return server


def build_nav(rendered: RenderedSite) -> list[Any]:
    """Home, the sections, the years, actors, glossary, then the hand-written pages."""
    nav: list[Any] = [{"Home": "index.md"}]
    if rendered.sections:
        nav.append({"Sections": [{s.title: s.uri} for s in rendered.sections]})
    if rendered.years:
        nav.append({"Archive": [{y.title: y.uri} for y in rendered.years]})
    nav.append({"Actors": "actors/index.md"})
    nav.append({"Glossary": "glossary/index.md"})
    nav += rendered.hand_written
    return nav


def nav_pages(nav: list[Any]) -> list[str]:
    """Every page a navigation names."""
    pages: list[str] = []
    for item in nav:
        value = next(iter(item.values())) if isinstance(item, dict) else item
        pages += nav_pages(value) if isinstance(value, list) else [value]
    return pages


def site_terms(rendered: RenderedSite) -> list[tuple[str, str]]:
    """(term, definition) for every defined term of the stories and the site glossary."""
    terms = [term for _, story in rendered.stories for term in story_terms(story)]
    return terms + glossary_terms(rendered.glossary)
