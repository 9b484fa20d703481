"""The `explainer` command line. Each command is a few lines that call one stage.

Only this module prints. Every `ExplainerError` becomes one line on standard error and exit 1.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import click

from . import build as build_stage
from .add import Pending, add_articles, expand_inputs
from .content import to_yaml
from .errors import ExplainerError
from .new_site import create_site
from .site import Site

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
PUBLISHED = click.option(
    "--published",
    metavar="YYYY-MM-DD",
    callback=lambda c, p, v: build_stage.check_date(v),
    help="Publication date; relative dates ('on Wednesday') are resolved against it.",
)


@click.group(context_settings=CONTEXT)
@click.version_option(package_name="news-explainer")
def cli() -> None:
    """Turn news articles into an explainer site (MkDocs + Material).

    \b
    Example:
      explainer add article.txt --published 2023-07-12
      explainer build
    """


@cli.command(context_settings=CONTEXT)
@click.argument("article", type=click.Path(path_type=Path))
@PUBLISHED
@click.option("--format", "fmt", type=click.Choice(["json", "yaml"]), default="json", show_default=True)
def extract(article: Path, published: str | None, fmt: str) -> None:
    """Print the story extracted from ARTICLE; writes nothing.

    \b
    Example:
      explainer extract article.txt --published 2023-07-12 --format json
    """
    story = build_stage.extract_file(article, published, Site.find_optional())
    data = story.to_dict()
    if fmt == "json":
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        click.echo(to_yaml(data), nl=False)


@cli.command(context_settings=CONTEXT)
@click.argument("articles", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--slug", help="Folder name under content/ (default: from the headline); one article only.")
@PUBLISHED
@click.option("--force", is_flag=True, help="Re-extract existing stories; hand edits in story.yaml are kept.")
def add(articles: tuple[Path, ...], slug: str | None, published: str | None, force: bool) -> None:
    """Extract ARTICLES (files or folders of them) into content/<slug>/.

    \b
    Example:
      explainer add article.txt --published 2023-07-12 --slug kremlin-warns
      explainer add inbox/            # every .txt, .md and .html file in it
    """
    paths = expand_inputs(articles)

    def progress(items: Iterator[Pending]) -> Iterator[Pending]:
        if len(paths) < 2:
            yield from items
            return
        with click.progressbar(items, length=len(paths), label="extracting", file=sys.stderr) as bar:
            yield from bar

    report = add_articles(Site.find(), paths, slug, published, force, progress)
    for folder in report.added:
        click.echo(f"added {folder / 'story.yaml'}")
    if report.failures:
        for line in report.failures:
            click.echo(line, err=True)
        if len(paths) > 1:
            click.echo(f"{len(report.failures)} of {len(paths)} articles failed", err=True)
        sys.exit(1)


@cli.command(context_settings=CONTEXT)
def check() -> None:
    """Validate every content file; print each problem as file:line: field: message.

    \b
    Example:
      explainer check
    """
    warnings = build_stage.check_site(Site.find())
    for line in warnings:
        click.echo(f"warning: {line}")
    click.echo("content OK" + (f" ({len(warnings)} warnings)" if warnings else ""))


@cli.command(context_settings=CONTEXT)
@click.argument("slugs", nargs=-1)
def review(slugs: tuple[str, ...]) -> None:
    """List what to check in draft stories (or the SLUGS named), most doubtful first.

    \b
    Example:
      explainer review                 # every draft story
      explainer review kremlin-warns
    """
    from .review.command import review_lines

    for line in review_lines(Site.find(), slugs):
        click.echo(line)


REVIEWED_ONLY = click.option(
    "--reviewed-only",
    is_flag=True,
    help="Leave draft stories out of the site (as 'drafts: false' in mkdocs.yml).",
)


@cli.command(context_settings=CONTEXT)
@REVIEWED_ONLY
def build(reviewed_only: bool) -> None:
    """Render content/ into pages and run 'mkdocs build --strict' into site/.

    \b
    Example:
      explainer build && python -m http.server -d site
    """
    site = Site.find()
    build_stage.check_site(site)
    build_stage.run_mkdocs(site, "build", "--strict", reviewed_only=reviewed_only)


@cli.command(context_settings=CONTEXT)
@click.option("--dev-addr", metavar="IP:PORT", default="127.0.0.1:8000", show_default=True)
def serve(dev_addr: str) -> None:
    """Serve the site with live reload; edits in content/ rebuild it.

    \b
    Example:
      explainer serve --dev-addr 127.0.0.1:8001
    """
    site = Site.find()
    build_stage.check_site(site)
    build_stage.run_mkdocs(site, "serve", "--dev-addr", dev_addr, review_pages=True)


@cli.command(context_settings=CONTEXT)
@click.option("--remote", default="origin", show_default=True, help="Git remote to push to.")
@click.option("--branch", default="gh-pages", show_default=True, help="Branch GitHub Pages serves.")
@click.option("--message", help="Commit message of the deployment ({sha} and {version} expand).")
@REVIEWED_ONLY
def publish(remote: str, branch: str, message: str | None, reviewed_only: bool) -> None:
    """Build the site strictly and push it to the GitHub Pages branch (mkdocs gh-deploy).

    \b
    Example:
      explainer publish --remote origin --branch gh-pages
    """
    site = Site.find()
    build_stage.check_site(site)
    extra = ["--message", message] if message else []
    build_stage.run_mkdocs(
        site,
        "gh-deploy",
        "--strict",
        "--remote-name",
        remote,
        "--remote-branch",
        branch,
        *extra,
        reviewed_only=reviewed_only,
    )
    click.echo(f"published to {remote}/{branch}")


@cli.command(context_settings=CONTEXT)
@click.argument("directory", type=click.Path(path_type=Path))
def new(directory: Path) -> None:
    """Create a new explainer site in DIRECTORY.

    \b
    Example:
      explainer new my-site && cd my-site && explainer add ../article.txt && explainer build
    """
    written = create_site(directory)
    click.echo(f"created site in {directory} ({len(written)} files)")
    click.echo(f"next: cd {directory} && explainer add ARTICLE && explainer build")


def main() -> None:
    """Entry point: run the CLI, turning expected errors into one line and exit 1."""
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("explainer: aborted", err=True)
        sys.exit(1)
    except click.ClickException as error:
        error.show()
        sys.exit(error.exit_code)
    except ExplainerError as error:
        click.echo(str(error), err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        click.echo("explainer: interrupted", err=True)
        sys.exit(130)
