"""The `explainer` command line. Each command is a few lines that call one stage.

Only this module prints. Every `ExplainerError` becomes one line on standard error and exit 1.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
import yaml

from . import build as build_stage
from .errors import ExplainerError
from .site import Site

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
PUBLISHED = click.option(
    "--published", metavar="YYYY-MM-DD", callback=lambda c, p, v: build_stage.check_date(v),
    help="Publication date; relative dates ('on Wednesday') are resolved against it.",
)


@click.group(context_settings=CONTEXT)
@click.version_option(package_name="explainer")
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
        click.echo(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100), nl=False)


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
