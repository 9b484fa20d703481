"""Where a site's parts live: found from the folder holding `mkdocs.yml`.

A site is a folder with `mkdocs.yml`, `content/` (stories, the site glossary and hand-written
pages, edited by hand) and `site_templates/` (overrides: a template there replaces the package's
template of the same name; the package's templates are the defaults). The explainer plugin keeps
what it generates in `.cache/explainer/` (never edited by hand, safe to delete) and hands it to
MkDocs as generated files, so MkDocs' `docs_dir` holds only what the site owner puts there.
The plugin's `content` and `templates` options in `mkdocs.yml` move the two folders.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from ..errors import SiteError

CONFIG_NAME = "mkdocs.yml"
STORY_FILE = "story.yaml"  # in content/<slug>/: a folder holding one is a story
CACHE_DIR = ".cache/explainer"
RESERVED_SLUGS = frozenset(
    {
        "actors",
        "archive",
        "assets",
        "glossary",
        "index",
        "page",
        "search",
        "sections",
        "stylesheets",
        "javascripts",
    }
)


def package_templates() -> Path:
    """The default templates: the top-level site_templates/ in a checkout, or as installed."""
    beside = Path(__file__).resolve().parents[2] / "site_templates"
    if beside.is_dir():
        return beside
    spec = find_spec("generator.site_templates")  # a folder without __init__.py: a namespace package
    if spec is None or not spec.submodule_search_locations:
        raise SiteError("the package's templates (generator.site_templates) are not installed")
    return Path(next(iter(spec.submodule_search_locations)))


@dataclass(frozen=True)
class Site:
    root: Path
    content_dir: str = "content"
    templates_dir: str = "site_templates"

    @property
    def config(self) -> Path:
        return self.root / CONFIG_NAME

    @property
    def content(self) -> Path:
        return self.root / self.content_dir

    @property
    def overrides(self) -> Path:
        return self.root / self.templates_dir

    @property
    def cache(self) -> Path:
        return self.root / CACHE_DIR

    @property
    def template_dirs(self) -> list[Path]:
        """The site's overrides first; the package's templates fill in every one not overridden."""
        return [self.overrides, package_templates()] if self.overrides.is_dir() else [package_templates()]

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
    def from_config(cls, config: Path) -> Site:
        """The site of a `mkdocs.yml`, with the folders its explainer plugin options name."""
        options = plugin_options(config)
        return cls(
            config.parent,
            str(options.get("content") or "content"),
            str(options.get("templates") or "site_templates"),
        )

    @classmethod
    def find_optional(cls, start: Path | None = None) -> Site | None:
        """The site holding `start` (the current folder by default), or None outside any site."""
        here = (start or Path.cwd()).resolve()
        for folder in (here, *here.parents):
            if (folder / CONFIG_NAME).is_file():
                return cls.from_config(folder / CONFIG_NAME)
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


def plugin_options(config: Path) -> dict[str, Any]:
    """The options of `explainer` under `plugins:` (INHERIT and !ENV resolved as MkDocs does)."""
    from mkdocs.utils.yaml import yaml_load  # MkDocs' reader: INHERIT, !ENV, !relative

    try:
        with config.open("rb") as handle:
            data = yaml_load(handle) or {}
    except Exception:  # a broken mkdocs.yml is MkDocs' to report, with its own message
        return {}
    plugins = data.get("plugins") if isinstance(data, dict) else None
    items = plugins.items() if isinstance(plugins, dict) else ((p, None) for p in plugins or [])
    for item, value in items:
        if isinstance(item, dict) and "explainer" in item:
            return dict(item["explainer"] or {})
        if item == "explainer":
            return dict(value or {})
    return {}
