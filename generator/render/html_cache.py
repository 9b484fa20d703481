"""Markdown → HTML once per version of a page: an unchanged page is not converted again.

Converting Markdown is about half of what MkDocs spends on a page, and a site of a thousand stories
has ten thousand pages that rarely change. `CachedPage` (the page class the plugin gives the story
pages, as Material's blog plugin gives its posts) keeps what `Page.render` produces (the HTML, the
table of contents, the title and the anchors) under a key made of the page's final Markdown, its
address and everything that shapes the conversion: the Markdown extensions and their settings,
link validation, `use_directory_urls` and the versions of the code involved.

A page's links depend on other files too, so the cache also notes every file the conversion looked
up and what it found (address, excluded or not, or nothing); an entry is used only when every such
lookup still finds the same. A conversion that logged anything (a broken link, say) is never
kept, so that every build reports it again and `--strict` keeps failing until it is fixed.
Entries no build used are removed after a build (`HtmlCache.prune`). The cache is ours alone and
safe to delete.
"""

from __future__ import annotations

import json
import logging
import os
from contextlib import suppress
from importlib import metadata
from pathlib import Path
from typing import Any, cast

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink, get_toc

from ..story.content import write_atomic
from .story_store import code_fingerprint, content_key

RENDERING_PACKAGES = ("markdown", "mkdocs", "pymdown-extensions")  # their code shapes the HTML
WATCHED_LOGGERS = ("", "mkdocs", "MARKDOWN")  # where a conversion reports problems
PAGES_LOGGER = "mkdocs.structure.pages"  # its level decides whether `Page.render` notes anchor links
ENTRY_FIELDS = {"content", "title", "toc", "anchors", "links_to_anchors", "lookups"}


class HtmlCache:
    """A folder of converted pages, one JSON file each, named by the page's key."""

    def __init__(self, folder: Path, config: MkDocsConfig) -> None:
        self.folder = folder
        self.settings = render_settings(config)
        self.used: set[str] = set()

    def key(self, page: Page) -> str:
        return content_key(self.settings, page.file.src_uri, page.file.url, page.markdown or "")

    def load(self, key: str, files: Files) -> dict[str, Any] | None:
        """The entry of `key` when it is there, readable and its lookups still find the same."""
        self.used.add(key)
        try:
            entry = json.loads((self.folder / f"{key}.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if (
            not isinstance(entry, dict)
            or not entry.keys() >= ENTRY_FIELDS
            or not all(found == describe(files.get_file_from_path(path)) for path, found in entry["lookups"])
        ):
            return None
        return entry

    def save(self, key: str, entry: dict[str, Any]) -> None:
        """Keep an entry; an unwritable cache (a read-only site) is no error."""
        with suppress(OSError):
            write_atomic(self.folder / f"{key}.json", json.dumps(entry, ensure_ascii=False))

    def prune(self) -> None:
        """Remove the entries this build did not use: edited, removed or re-keyed pages."""
        try:
            names = os.listdir(self.folder)
        except OSError:
            return
        for name in names:
            if name.removesuffix(".json") not in self.used:
                (self.folder / name).unlink(missing_ok=True)


class CachedPage(Page):
    """A page whose Markdown conversion is reused from the cache when nothing that shapes it changed."""

    def __init__(self, file: File, config: MkDocsConfig, cache: HtmlCache) -> None:
        super().__init__(None, file, config)
        self.cache = cache

    def render(self, config: MkDocsConfig, files: Files) -> None:
        key = self.cache.key(self)
        entry = self.cache.load(key, files)
        if entry is not None:
            self.restore(entry, files)
            return
        lookups = LookupRecorder(files)
        with LogWatch() as watch:
            super().render(config, cast(Files, lookups))
        if not watch.records:
            self.cache.save(key, self.entry(lookups.found))

    def entry(self, lookups: dict[str, list[Any] | None]) -> dict[str, Any]:
        """What the conversion produced, in JSON."""
        return {
            "content": self.content,
            "title": self._title_from_render,
            "toc": [toc_token(link) for link in self.toc],
            "anchors": sorted(self.present_anchor_ids or ()),
            "links_to_anchors": (
                None
                if self.links_to_anchors is None
                else {file.src_uri: links for file, links in self.links_to_anchors.items()}
            ),
            "lookups": sorted(lookups.items()),
        }

    def restore(self, entry: dict[str, Any], files: Files) -> None:
        """The page as `Page.render` would leave it, from a cache entry."""
        self.content = entry["content"]
        self._title_from_render = entry["title"]
        self.toc = get_toc(entry["toc"])
        self.present_anchor_ids = set(entry["anchors"])
        links = entry["links_to_anchors"]
        if links is not None and logging.getLogger(PAGES_LOGGER).getEffectiveLevel() > logging.DEBUG:
            self.links_to_anchors = {
                target: anchors for uri, anchors in links.items() if (target := files.get_file_from_path(uri))
            }


class LookupRecorder:
    """Stands for `Files` during a conversion and notes each file looked up and what was found."""

    def __init__(self, files: Files) -> None:
        self.files = files
        self.found: dict[str, list[Any] | None] = {}

    def get_file_from_path(self, path: str) -> File | None:
        file = self.files.get_file_from_path(path)
        self.found[path] = describe(file)
        return file

    def __getattr__(self, name: str) -> Any:
        return getattr(self.files, name)


class LogWatch(logging.Handler):
    """Collects what is logged while it is active (a converted page that logged is not kept)."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def __enter__(self) -> LogWatch:
        for name in WATCHED_LOGGERS:
            logging.getLogger(name).addHandler(self)
        return self

    def __exit__(self, *_: object) -> None:
        for name in WATCHED_LOGGERS:
            logging.getLogger(name).removeHandler(self)


def describe(file: File | None) -> list[Any] | None:
    """What a link to `file` turns into: its address and whether it is left out of the site."""
    return None if file is None else [file.url, file.inclusion.is_excluded()]


def toc_token(link: AnchorLink) -> dict[str, Any]:
    """A table-of-contents entry in the form `get_toc` reads."""
    return {
        "name": link.title,
        "id": link.id,
        "level": link.level,
        "children": [toc_token(child) for child in link.children],
    }


def render_settings(config: MkDocsConfig) -> str:
    """Everything besides the page itself that shapes its conversion, as one string."""
    extensions = [
        name if isinstance(name, str) else [type(name).__module__, type(name).__qualname__, name.getConfigs()]
        for name in config.markdown_extensions
    ]
    versions = []
    for package in RENDERING_PACKAGES:
        try:
            versions.append(f"{package} {metadata.version(package)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{package} absent")
    return json.dumps(
        [
            extensions,
            config.mdx_configs,
            config.use_directory_urls,
            config.validation,
            versions,
            code_fingerprint(),
        ],
        sort_keys=True,
        default=repr,
    )
