"""The exceptions explainer raises on bad input; the CLI turns each into one line and exit 1.

Every message names the input (file and, where known, line), the bad value and the fix.
"""

from __future__ import annotations


class ExplainerError(Exception):
    """A problem the user can fix; its message is the whole report."""


class IngestError(ExplainerError):
    """An article file that cannot be read as an article."""


class ContentError(ExplainerError):
    """One or more problems in hand-edited content; `problems` holds each report line."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


class ModelError(ExplainerError):
    """The spaCy model named in the settings is not installed."""


class SiteError(ExplainerError):
    """The site itself is missing or misconfigured (no mkdocs.yml, a failed mkdocs build)."""
