"""The `explainer` command line. Each command is a few lines that call one stage.

Only this module prints. Every `ExplainerError` becomes one line on standard error and exit 1.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import click

from .commands import build as build_stage
from .commands import check as check_stage
from .commands import extract as extract_stage
from .commands.add import add_articles
from .commands.batch import default_jobs
from .commands.extras import require_extract
from .commands.new import create_site
from .commands.publish import plan_publish
from .errors import ExplainerError
from .story.content import to_yaml
from .story.site import Site

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
PUBLISHED = click.option(
    "--published",
    metavar="YYYY-MM-DD",
    callback=lambda c, p, v: extract_stage.check_date(v),
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
    require_extract("extract")
    story = extract_stage.extract_file(article, published, Site.find_optional())
    data = story.to_dict()
    if fmt == "json":
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        click.echo(to_yaml(data), nl=False)


@cli.command(context_settings=CONTEXT)
@click.argument("articles", nargs=-1, required=True)
@click.option("--slug", help="Folder name under content/ (default: from the headline); one article only.")
@PUBLISHED
@click.option("--force", is_flag=True, help="Re-extract existing stories; hand edits in story.yaml are kept.")
@click.option(
    "--pattern",
    "patterns",
    multiple=True,
    metavar="GLOB",
    help="Files to take from folders (repeatable; default: *.txt *.md *.markdown *.html *.htm).",
)
@click.option(
    "--jobs",
    type=click.IntRange(min=1),
    default=default_jobs,
    show_default="the number of cores",
    help="Articles extracted in parallel, one process each.",
)
def add(
    articles: tuple[str, ...],
    slug: str | None,
    published: str | None,
    force: bool,
    patterns: tuple[str, ...],
    jobs: int,
) -> None:
    """Extract ARTICLES (files, folders of them, or web addresses) into content/<slug>/.

    \b
    Example:
      explainer add article.txt --published 2023-07-12 --slug kremlin-warns
      explainer add inbox/ --jobs 2          # every .txt, .md and .html file under it
      explainer add https://example.com/news/story.html
    """
    require_extract("add")
    try:
        report = add_articles(Site.find(), articles, slug, published, force, patterns, jobs, show_progress)
    finally:
        show_progress("", 0, 0)
    for added in report.added:
        note = f" ({added.note})" if added.note else ""
        click.echo(f"added {added.folder / 'story.yaml'}{note}")
    for skip in report.skipped:
        click.echo(str(skip), err=True)
    for line in report.failures:
        click.echo(line, err=True)
    accounted = len(report.added) + len(report.skipped) + len(report.failures)
    if accounted > 1 or any(Path(a).is_dir() for a in articles):
        click.echo(report.summary(), err=bool(report.failures or not report.added))
    if report.failures or not report.added:
        sys.exit(1)


def show_progress(name: str, number: int, total: int) -> None:
    """`[3/10] inbox/story.html` on one line of a terminal (cleared with total 0); not in a log."""
    if not sys.stderr.isatty():
        return
    line = f"[{number}/{total}] {name}" if total > 1 else ""
    click.echo(f"\r\x1b[2K{line[: shutil.get_terminal_size().columns - 1]}", nl=False, err=True)


@cli.command(context_settings=CONTEXT)
def check() -> None:
    """Validate every content file; print each problem as file:line: field: message.

    \b
    Example:
      explainer check
    """
    warnings = check_stage.check_site(Site.find())
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
    from .commands.review import review_lines

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
    check_stage.validate_site(site)
    build_stage.run_mkdocs(site, "build", "--strict", reviewed_only=reviewed_only)


@cli.command(context_settings=CONTEXT)
@click.option("--dev-addr", metavar="IP:PORT", default="127.0.0.1:8000", show_default=True)
def serve(dev_addr: str) -> None:
    """Serve the site with live reload; an edit rebuilds only the pages it changed.

    MkDocs' --dirty build: pages whose Markdown did not change are not rebuilt, so the preview's
    search index holds only the rebuilt pages until the next full build.

    \b
    Example:
      explainer serve --dev-addr 127.0.0.1:8001
    """
    site = Site.find()
    check_stage.validate_site(site)
    build_stage.exec_mkdocs(site, "serve", "--dirty", "--dev-addr", dev_addr, review_pages=True)


@cli.command(context_settings=CONTEXT)
@click.option("--remote", default="origin", show_default=True, help="Git remote to push to.")
@click.option("--branch", default="gh-pages", show_default=True, help="Branch GitHub Pages serves.")
@click.option("--message", help="Commit message of the deployment ({sha} and {version} expand).")
@click.option(
    "--force",
    is_flag=True,
    help="Publish even if content/, mkdocs.yml or templates have uncommitted changes.",
)
@REVIEWED_ONLY
def publish(remote: str, branch: str, message: str | None, force: bool, reviewed_only: bool) -> None:
    """Build the site strictly and push it to the GitHub Pages branch (mkdocs gh-deploy).

    Refuses when the site's sources have uncommitted changes (unless --force); the deployment's
    commit message names the source commit it was built from.

    \b
    Example:
      explainer publish --remote origin --branch gh-pages
    """
    site = Site.find()
    plan = plan_publish(site, remote, force)
    check_stage.validate_site(site)
    for line in plan.warnings:
        click.echo(f"warning: {line}", err=True)
    build_stage.run_mkdocs(
        site,
        "gh-deploy",
        "--strict",
        "--remote-name",
        remote,
        "--remote-branch",
        branch,
        "--message",
        message or plan.label,
        reviewed_only=reviewed_only,
    )
    click.echo(f"published {plan.commit[:12]} to {remote}/{branch}")


@cli.command(context_settings=CONTEXT)
@click.argument("directory", type=click.Path(path_type=Path))
@click.option("--title", help="The site's name (site_name), shown in every page title.")
@click.option(
    "--url",
    metavar="URL",
    help="Where the site will be published (site_url), e.g. https://user.github.io/repo/.",
)
def new(directory: Path, title: str | None, url: str | None) -> None:
    """Create a new explainer site in DIRECTORY.

    \b
    Example:
      explainer new my-site --title "Ukraine explained" --url https://user.github.io/my-site/
      cd my-site && explainer add ../article.txt && explainer build
    """
    created = create_site(directory, title, url)
    for line in created.warnings:
        click.echo(f"warning: {line}", err=True)
    click.echo(f"created site in {directory} ({len(created.written)} files)")
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
