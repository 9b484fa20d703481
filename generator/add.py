"""`explainer add`: articles → `content/<slug>/` (article.txt, story.yaml, .extracted.yaml).

Batches (several files, or a folder) load the spaCy model once and parse with `nlp.pipe`; a bad
file is reported at the end and does not stop the others. Re-adding a story (`--force`) merges:
hand edits to `story.yaml` survive (see `merge`), which is why the plain extraction is kept in
`.extracted.yaml` as the merge base.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .content import dump_story, load_glossary, load_story, save_story, write_atomic
from .errors import ContentError, ExplainerError
from .ingest import Source, parse_source, read_source
from .merge import merge_stories
from .model import Article, Story
from .review import flag_story
from .site import RESERVED_SLUGS, STORY_FILE, Site

BASE_FILE = ".extracted.yaml"
ARTICLE_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm"}
SLUG_MAX = 60  # characters: long enough to tell stories apart, short enough for a URL


@dataclass
class Pending:
    """An article read and parsed, waiting for extraction."""

    source: Source
    article: Article
    folder: Path


@dataclass
class AddReport:
    added: list[Path] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)


def slugify(title: str) -> str:
    """A URL- and filesystem-safe slug from a headline."""
    slug = ""
    for word in re.findall(r"[a-z0-9]+", title.lower()):
        if len(slug) + len(word) + 1 > SLUG_MAX:
            break
        slug = f"{slug}-{word}" if slug else word
    slug = slug or "story"
    return f"{slug}-story" if slug in RESERVED_SLUGS else slug


def check_slug(slug: str) -> str:
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]{0,79}", slug):
        raise ExplainerError(f"--slug {slug!r}: use lower-case letters, digits and '-' (like kremlin-warns)")
    if slug in RESERVED_SLUGS:
        raise ExplainerError(f"--slug {slug!r}: reserved for the site's own pages; choose another")
    return slug


def expand_inputs(paths: Iterable[Path]) -> list[Path]:
    """Files as given; a folder stands for the article files directly inside it."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out += sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
        else:
            out.append(path)
    return out


def prepare(site: Site, path: Path, slug: str | None, published: str | None, force: bool) -> Pending:
    """Read and parse one article and choose its folder; refuse to clobber a story."""
    source = read_source(path)
    article = parse_source(source, published)
    folder = site.story_dir(check_slug(slug or slugify(article.title)))
    if (folder / STORY_FILE).exists() and not force:
        raise ExplainerError(
            f"{folder / STORY_FILE}: a story with slug '{folder.name}' exists: "
            "use --force to re-extract it (your edits are kept), or --slug to choose another"
        )
    if article.published is None and (folder / STORY_FILE).exists():
        article.published = kept_publication_date(folder)  # re-extraction keeps the story's date
    return Pending(source, article, folder)


def kept_publication_date(folder: Path) -> str | None:
    """The `published:` of the story file being re-extracted (None when unreadable)."""
    try:
        return load_story(folder / STORY_FILE).published
    except ContentError:
        return None


def store(pending: Pending, extracted: Story) -> Path:
    """Write the story, merging with the hand-edited file when there is one."""
    folder = pending.folder
    extracted_text = dump_story(extracted)
    story: Story | str = extracted_text
    if (folder / STORY_FILE).exists():
        try:
            ours = load_story(folder / STORY_FILE)
        except ContentError as error:
            raise ExplainerError(f"{error.problems[0]} (fix story.yaml before re-extracting)") from None
        story = merge_stories(load_base(folder), ours, extracted)
    save_story(folder, story, pending.source.text)
    write_atomic(folder / BASE_FILE, extracted_text)
    return folder


def load_base(folder: Path) -> Story | None:
    """The last plain extraction, or None when it is missing or unreadable."""
    try:
        return load_story(folder / BASE_FILE) if (folder / BASE_FILE).is_file() else None
    except ContentError:
        return None


def add_articles(
    site: Site,
    paths: list[Path],
    slug: str | None = None,
    published: str | None = None,
    force: bool = False,
    progress: Callable[[Iterator[Pending]], Iterator[Pending]] = lambda items: items,
) -> AddReport:
    """Add every article; failures are collected, not raised, so one bad file stops nothing."""
    report = AddReport()
    if slug and len(paths) > 1:
        raise ExplainerError("--slug names one story: give it with a single article")
    pending: list[Pending] = []
    for path in paths:
        try:
            item = prepare(site, path, slug, published, force)
        except ExplainerError as error:
            report.failures.append(str(error))
            continue
        if any(p.folder == item.folder for p in pending):
            report.failures.append(f"{path}: same slug '{item.folder.name}' as another article of this batch")
            continue
        pending.append(item)
    if not pending:
        return report  # nothing to extract: do not load the model
    glossary = load_glossary(site.glossary_file)
    from .extract import extract_story  # spaCy takes a second to import: only extracting pays for it
    from .extract.nlp import load_nlp, parse_articles

    parsed = parse_articles((p.article for p in pending), load_nlp())
    for item, doc in zip(progress(iter(pending)), parsed, strict=True):
        try:
            report.added.append(store(item, flag_story(extract_story(doc, glossary))))
        except ExplainerError as error:
            report.failures.append(str(error))
    return report
