"""`explainer new DIR`: scaffold a site the way `mkdocs new` does.

The new site gets the settings of `scaffold/mkdocs.yml`, a sample glossary and an about page in
`content/`, an empty `site_templates/` override folder (with a README saying how to override a
template: the package's templates are the defaults, so their fixes reach every site), an empty
`docs/` (MkDocs' docs_dir, for any extra pages or files), and a GitHub Actions workflow that
publishes the site to GitHub Pages.
"""

from __future__ import annotations

import shutil
from importlib.resources import files
from pathlib import Path

from .errors import SiteError
from .site import CONFIG_NAME

SCAFFOLD = Path(str(files("generator") / "scaffold"))
DOCS_README = (
    "# MkDocs' docs_dir: the explainer plugin generates the story pages without writing here.\n"
    "# Put any extra pages or files for the site here; hand-written pages may also go in content/.\n"
)
SITE_GITIGNORE = "site/\n.cache/\n"


def create_site(target: Path) -> list[Path]:
    """Create a new site in `target` (new or empty); returns the files written."""
    if (target / CONFIG_NAME).exists():
        raise SiteError(f"{target / CONFIG_NAME}: a site exists here already")
    if target.exists() and not target.is_dir():
        raise SiteError(f"{target}: exists and is not a folder")
    written = []
    for source in sorted(SCAFFOLD.rglob("*")):
        if source.is_file():
            written.append(_copy(source, target / source.relative_to(SCAFFOLD)))
    for path, text in (
        (target / "docs" / ".gitignore", DOCS_README),  # a dotfile: MkDocs leaves it out of the site
        (target / ".gitignore", SITE_GITIGNORE),
    ):
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            path.write_text(text, encoding="utf-8")
            written.append(path)
    return written


def _copy(source: Path, destination: Path) -> Path:
    """Copy one file, never overwriting what is there."""
    if destination.exists():
        return destination
    destination.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, destination)
    return destination
