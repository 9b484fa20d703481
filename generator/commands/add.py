"""`explainer add`: articles → `content/<slug>/` (story.yaml, .extracted.yaml, the article itself).

Every path given is accounted for: added, skipped (an unsupported type, a duplicate) or failed,
with its reason. Articles stream through extraction (see `batch`): read, extracted in a worker
process, written, forgotten. The article is kept beside its story in its own format
(`article.txt`, `article.md`, `article.html`), so adding that file again gives the same story.

Slugs come from headlines. An article whose text is already kept in the site is that story: it
is skipped, or re-extracted with `--force`. Otherwise the first of `slug`, `slug-2`, `slug-3`, …
that no other story or article of the batch holds is taken (with `--force`, an existing story of
that slug is re-extracted instead). Re-extraction merges: hand edits to `story.yaml` survive (see
`merge`), which is why the plain extraction is kept in `.extracted.yaml` as the merge base.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ContentError, ExplainerError
from ..ingest import SOURCE_FILES, Source, read_input
from ..story.content import load_glossary, load_story, save_story, write_atomic
from ..story.merge import merge_stories
from ..story.model import Story
from ..story.site import RESERVED_SLUGS, STORY_FILE, Site
from .batch import Extracted, Failed, Job, extract_in_order
from .inputs import Input, Skip, collect_inputs

BASE_FILE = ".extracted.yaml"
SLUG_MAX = 60  # characters: long enough to tell stories apart, short enough for a URL


@dataclass(frozen=True)
class Pending:
    """An article read and on its way through extraction."""

    name: str
    number: int  # its place among the articles to extract, from 1
    digest: str  # of the article text, to recognise it when it is added again
    source: Source


@dataclass(frozen=True)
class Added:
    folder: Path
    note: str | None = None  # why the slug is not the headline's: "slug 'x' is taken by …"


@dataclass
class AddReport:
    added: list[Added] = field(default_factory=list)
    skipped: list[Skip] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    @property
    def distinct_slugs(self) -> int:
        return sum(1 for a in self.added if a.note)

    def summary(self) -> str:
        counts = f"{len(self.added)} added"
        if self.distinct_slugs:
            counts += f" ({self.distinct_slugs} under a distinct slug)"
        return f"{counts}, {len(self.skipped)} skipped, {len(self.failures)} failed"


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


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Batch:
    """What one `add` run knows: the articles the site keeps, and the folders this batch took."""

    def __init__(self, site: Site, force: bool, folder: Path | None = None) -> None:
        self.site = site
        self.force = force
        self.folder = folder  # the folder --slug names, if given
        self.kept = self._kept_sources()  # digest of each kept article -> its story folder
        self.first_seen: dict[str, str] = {}  # digest -> the article of this batch with that text
        self.reserved: set[Path] = set()  # stories an article of this batch re-extracts (--force)
        self.claimed: set[Path] = set()  # folders this batch has written

    def _kept_sources(self) -> dict[str, Path]:
        kept: dict[str, Path] = {}
        for folder in self.site.story_dirs():
            for name in SOURCE_FILES.values():
                if (folder / name).is_file():  # written as UTF-8: its bytes are what `digest` hashes
                    kept.setdefault(hashlib.sha256((folder / name).read_bytes()).hexdigest(), folder)
        return kept

    def accept(self, name: str, key: str) -> Skip | None:
        """Whether an article with text digest `key` is to be extracted; the reason when not."""
        if key in self.first_seen:
            return Skip(name, f"duplicate: the same article as {self.first_seen[key]}")
        self.first_seen[key] = name
        if self.folder is None and key in self.kept:
            if not self.force:
                where = self.kept[key] / STORY_FILE
                return Skip(name, f"duplicate: already added as {where} (--force re-extracts it)")
            self.reserved.add(self.kept[key])
        return None

    def existing_folder(self, key: str) -> Path | None:
        """The story an article with text digest `key` re-extracts, if it is one already."""
        return self.folder or self.kept.get(key)

    def folder_for(self, title: str, key: str) -> tuple[Path, str | None]:
        """Where an extracted article goes, and a note when its slug had to be made distinct."""
        if self.folder is not None:
            return self.folder, None
        if key in self.kept and self.kept[key] not in self.claimed:
            return self.kept[key], None  # the story it already is, re-extracted (--force)
        base = slugify(title)
        for number in itertools.count(1):
            slug = base if number == 1 else f"{base}-{number}"
            folder = self.site.story_dir(slug)
            if folder in self.claimed or folder in self.reserved:
                continue
            if self.force or not (folder / STORY_FILE).exists():
                break
        if slug == base:
            return folder, None
        holder = "an article of this batch" if self.site.story_dir(base) in self.claimed else "another story"
        return folder, f"slug '{base}' is taken by {holder}"


def add_articles(
    site: Site,
    arguments: Iterable[str | Path],
    slug: str | None = None,
    published: str | None = None,
    force: bool = False,
    patterns: tuple[str, ...] = (),
    jobs: int = 1,
    progress: Callable[[str, int, int], None] = lambda name, number, total: None,
) -> AddReport:
    """Add every article; each one that fails is reported, and stops nothing.

    `progress(name, number, total)` is called as the batch starts waiting for each article to
    extract: the file being worked on.
    """
    inputs, skips = collect_inputs([str(a) for a in arguments], patterns)
    report = AddReport(skipped=skips)
    if slug and len(inputs) > 1:
        raise ExplainerError("--slug names one story: give it with a single article")
    batch = Batch(site, force, site_folder(site, slug, force) if slug else None)
    todo = _screen(inputs, batch, report)
    if not todo:
        return report  # nothing to extract: do not load the model
    glossary = load_glossary(site.glossary_file)
    workers = max(1, min(jobs, len(todo)))
    stream = (
        (item, Job(item.source, published or kept_publication_date(batch.existing_folder(item.digest))))
        for item in _read(todo, batch, report)
    )

    def waiting(item: Pending) -> None:
        progress(item.name, item.number, len(todo))

    for item, outcome in extract_in_order(stream, glossary, workers, waiting):
        if isinstance(outcome, Failed):
            report.failures.append(outcome.message)
            continue
        folder, note = batch.folder_for(outcome.story.title, item.digest)
        batch.claimed.add(folder)
        try:
            store(folder, outcome, item.source)
        except ExplainerError as error:
            report.failures.append(str(error))
            continue
        report.added.append(Added(folder, note))
    return report


def _screen(inputs: list[Input], batch: Batch, report: AddReport) -> list[Input]:
    """The inputs to extract: every file is read once first, to know its duplicates in advance.

    Only a digest is kept, so that memory does not grow with the batch; standard input and web
    addresses are read once, when their turn comes.
    """
    todo: list[Input] = []
    for item in inputs:
        if not item.readable_once:
            try:
                source = read_input(item.name)
            except ExplainerError as error:
                report.failures.append(str(error))
                continue
            skip = batch.accept(item.name, digest(source.text))
            if skip:
                report.skipped.append(skip)
                continue
        todo.append(item)
    return todo


def _read(todo: list[Input], batch: Batch, report: AddReport) -> Iterator[Pending]:
    """Each article read again (or fetched) as extraction gets to it."""
    for number, item in enumerate(todo, 1):
        try:
            source = read_input(item.name)
        except ExplainerError as error:
            report.failures.append(str(error))
            continue
        key = digest(source.text)
        skip = batch.accept(item.name, key) if item.readable_once else None
        if skip:
            report.skipped.append(skip)
            continue
        yield Pending(item.name, number, key, source)


def site_folder(site: Site, slug: str, force: bool) -> Path:
    """The folder --slug names; an existing story there is re-extracted only with --force."""
    folder = site.story_dir(check_slug(slug))
    if (folder / STORY_FILE).exists() and not force:
        raise ExplainerError(
            f"{folder / STORY_FILE}: a story with slug '{folder.name}' exists: "
            "use --force to re-extract it (your edits are kept), or --slug to choose another"
        )
    return folder


def kept_publication_date(folder: Path | None) -> str | None:
    """The `published:` of the story an article re-extracts, so that `--force` keeps its date."""
    if folder is None or not (folder / STORY_FILE).is_file():
        return None
    try:
        return load_story(folder / STORY_FILE).published
    except ContentError:
        return None  # reported when the story is stored


def store(folder: Path, extracted: Extracted, source: Source) -> None:
    """Write the story, merging with the hand-edited file when there is one, and keep the article."""
    story: Story | str = extracted.text
    if (folder / STORY_FILE).exists():
        try:
            ours = load_story(folder / STORY_FILE)
        except ContentError as error:
            raise ExplainerError(f"{error.problems[0]} (fix story.yaml before re-extracting)") from None
        story = merge_stories(load_base(folder), ours, extracted.story)
    save_story(folder, story)
    keep_source(folder, source)
    write_atomic(folder / BASE_FILE, extracted.text)


def keep_source(folder: Path, source: Source) -> None:
    """The article as read, under the name of its format; a kept copy in another format goes."""
    kept = SOURCE_FILES[source.kind]
    write_atomic(folder / kept, source.text)
    for name in SOURCE_FILES.values():
        if name != kept:
            (folder / name).unlink(missing_ok=True)


def load_base(folder: Path) -> Story | None:
    """The last plain extraction; None when there is none (all of story.yaml then counts as edited)."""
    path = folder / BASE_FILE
    if not path.is_file():
        return None
    try:
        return load_story(path)
    except ContentError as error:
        raise ExplainerError(
            f"{error.problems[0]}: this record of the last extraction tells your edits from extracted "
            f"text; restore it, or delete it to keep every entry of story.yaml as an edit"
        ) from None
