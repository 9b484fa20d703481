"""What the optional `extract` install brings, and a clear error when it is missing.

Building, checking and publishing a site need MkDocs only; `explainer add` and `explainer extract`
also need spaCy with its English model and trafilatura, installed by `news-explainer[extract]`.
The check looks the packages up without importing them, so it costs nothing when they are there.
"""

from __future__ import annotations

from importlib.util import find_spec

from ..errors import ExplainerError

EXTRACT_PACKAGES = ("spacy", "trafilatura")
EXTRACT_INSTALL = "pip install 'news-explainer[extract]'"


def require_extract(command: str) -> None:
    """Raise a one-line error naming the fix when the extract extra is not installed."""
    missing = [name for name in EXTRACT_PACKAGES if find_spec(name) is None]
    if missing:
        raise ExplainerError(
            f"explainer {command}: needs {' and '.join(missing)}, which a build-only install leaves out: "
            f"run {EXTRACT_INSTALL}"
        )
