"""Where a site's parts live: found from the folder holding `mkdocs.yml`.

A site is a folder with `mkdocs.yml`, `content/` (stories and the site glossary, edited by hand),
`site_templates/` (Jinja2 page templates; the package's own are used when absent) and `docs/`
(generated Markdown pages, never edited by hand).
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from .errors import SiteError

CONFIG_NAME = "mkdocs.yml"
STORY_FILE = "story.yaml"  # in content/<slug>/: a folder holding one is a story
RESERVED_SLUGS = frozenset({"actors", "assets", "glossary", "index", "search", "stylesheets", "javascripts"})


def package_templates() -> Path:
    """The default templates: the top-level site_templates/ in a checkout, or as installed."""
    beside = Path(__file__).resolve().parent.parent / "site_templates"
    return beside if beside.is_dir() else Path(str(files("generator.site_templates")))


@dataclass(frozen=True)
class Site:
    root: Path

    @property
    def config(self) -> Path:
        return self.root / CONFIG_NAME

    @property
    def content(self) -> Path:
        return self.root / "content"

    @property
    def docs(self) -> Path:
        return self.root / "docs"

    @property
    def template_dirs(self) -> list[Path]:
        """The site's own templates first; the package's fill in any the site does not override."""
        own = self.root / "site_templates"
        return [own, package_templates()] if own.is_dir() else [package_templates()]

    @property
    def glossary_file(self) -> Path:
        return self.content / "glossary.yaml"

    def story_dir(self, slug: str) -> Path:
        return self.content / slug

    def story_dirs(self) -> list[Path]:
        """Every story folder in `content/`, sorted by slug."""
        if not self.content.is_dir():
            return []
        return sorted(p for p in self.content.iterdir() if (p / STORY_FILE).is_file())

    @classmethod
    def find_optional(cls, start: Path | None = None) -> Site | None:
        """The site holding `start` (the current folder by default), or None outside any site."""
        here = (start or Path.cwd()).resolve()
        for folder in (here, *here.parents):
            if (folder / CONFIG_NAME).is_file():
                return cls(folder)
        return None

    @classmethod
    def find(cls, start: Path | None = None) -> Site:
        site = cls.find_optional(start)
        if site is None:
            raise SiteError(
                f"{(start or Path.cwd())}: no {CONFIG_NAME} here or above: "
                "run this inside a site, or create one with 'explainer new DIR'"
            )
        return site
