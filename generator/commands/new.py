"""`explainer new DIR`: scaffold a site the way `mkdocs new` does.

The new site gets the settings of `scaffold/mkdocs.yml`, a sample glossary and an about page in
`content/`, an empty `site_templates/` override folder (with a README saying how to override a
template: the package's templates are the defaults, so their fixes reach every site), an empty
`docs/` (MkDocs' docs_dir, for any extra pages or files), and a GitHub Actions workflow that
publishes the site to GitHub Pages.

`--title` sets `site_name`; `--url` sets `site_url`, which MkDocs needs for the 404 page (served at
any depth), the sitemap and canonical links when the site lives under a project path such as
`https://user.github.io/repo/`. The workflow's `requirements.txt` pins explainer to the commit
this explainer came from (see `pin`).
"""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from urllib.parse import urlsplit

from ..errors import SiteError
from ..story.site import CONFIG_NAME
from .pin import pinned_requirement

SCAFFOLD = Path(str(files("generator") / "scaffold"))
DOCS_README = (
    "# MkDocs' docs_dir: the explainer plugin generates the story pages without writing here.\n"
    "# Put any extra pages or files for the site here; hand-written pages may also go in content/.\n"
)
SITE_GITIGNORE = "site/\n.cache/\n"
REQUIREMENTS = "requirements.txt"
UNPINNED = "news-explainer @ git+https://github.com/OWNER/REPOSITORY@FULL_COMMIT_HASH"
PLACEHOLDER_URL = "https://USER.github.io/REPOSITORY/"
SITE_NAME_LINE = re.compile(r"^site_name:.*$", re.MULTILINE)


@dataclass
class NewSite:
    """What `create_site` wrote, and what the user must still do."""

    written: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def check_url(url: str) -> str:
    """An absolute http(s) URL ending in a slash (MkDocs joins page paths to it)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise SiteError(
            f"--url {url!r}: expected the address the site will have, like https://user.github.io/repo/"
        )
    return url if url.endswith("/") else url + "/"


def create_site(target: Path, title: str | None = None, url: str | None = None) -> NewSite:
    """Create a new site in `target` (new or empty), titled `title`, to be published at `url`."""
    if (target / CONFIG_NAME).exists():
        raise SiteError(f"{target / CONFIG_NAME}: a site exists here already")
    if target.exists() and not target.is_dir():
        raise SiteError(f"{target}: exists and is not a folder")
    url = check_url(url) if url else None
    result = NewSite()
    written = result.written
    for source in sorted(SCAFFOLD.rglob("*")):
        if source.is_file() and source.name not in (CONFIG_NAME, REQUIREMENTS):
            written.append(_copy(source, target / source.relative_to(SCAFFOLD)))
    written.append(_write_new(target / CONFIG_NAME, site_config(title, url)))
    requirement = pinned_requirement()
    pin = (SCAFFOLD / REQUIREMENTS).read_text(encoding="utf-8").format(requirement=requirement or UNPINNED)
    written.append(_write_new(target / REQUIREMENTS, pin))
    if requirement is None:
        result.warnings.append(
            f"{target / REQUIREMENTS}: put the git repository and full commit hash of the explainer "
            "to install in place of OWNER/REPOSITORY@FULL_COMMIT_HASH (this explainer does not come "
            "from a public git repository)"
        )
    if url is None:
        result.warnings.append(
            f"{target / CONFIG_NAME}: no site_url: set it to the published address (or use --url) "
            "so that the 404 page, sitemap and canonical links work"
        )
    for path, text in (
        (target / "docs" / ".gitignore", DOCS_README),  # a dotfile: MkDocs leaves it out of the site
        (target / ".gitignore", SITE_GITIGNORE),
    ):
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            path.write_text(text, encoding="utf-8")
            written.append(path)
    return result


def site_config(title: str | None, url: str | None) -> str:
    """The scaffold's mkdocs.yml with the site's name and address (JSON strings are valid YAML)."""
    text = (SCAFFOLD / CONFIG_NAME).read_text(encoding="utf-8")
    if title and title.strip():
        name = json.dumps(" ".join(title.split()))
        text = SITE_NAME_LINE.sub(lambda _: f"site_name: {name}", text, count=1)
    line = SITE_NAME_LINE.search(text)
    assert line is not None  # the scaffold names the site
    setting = f"site_url: {json.dumps(url)}" if url else f"# site_url: {PLACEHOLDER_URL}  # set it to publish"
    return f"{text[: line.end()]}\n{setting}{text[line.end() :]}"


def _write_new(path: Path, text: str) -> Path:
    """Write a file that does not exist yet (create_site never overwrites)."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return path


def _copy(source: Path, destination: Path) -> Path:
    """Copy one file, never overwriting what is there."""
    if destination.exists():
        return destination
    destination.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, destination)
    return destination
