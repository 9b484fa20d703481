"""Actor names compared and turned into ids: one normal form for every spelling of a name.

News copy spells one name many ways ("the Kremlin", "Kremlin's", "Mrs Thatcher", "Thatcher");
the actor index, the clustering and the speaker finder compare names in this normal form.
"""

from __future__ import annotations

import re

from ..lexicon import key
from . import data


def normalise_name(name: str) -> str:
    """The lexicon's one key: "The Hague's" -> "hague", "Côte d'Ivoire" -> "cote d ivoire"."""
    return key(name)


def strip_article(name: str) -> str:
    """A name as shown, without its leading article or a possessive the tagger left on it:
    "the Kremlin" -> "Kremlin", "Donald Trump‘s" -> "Donald Trump"."""
    return re.sub(r"[’‘']s?$", "", re.sub(r"^(the|The)\s+", "", name))


def strip_honorific(name: str) -> str:
    words = name.split()
    while len(words) > 1 and words[0].lower() in data.HONORIFICS:
        words = words[1:]
    return " ".join(words)


def actor_slug(name: str) -> str:
    name = re.sub(r"^the\s+", "", name.lower())
    return re.sub(r"[^a-z0-9]+", "-", name.replace("&", "and")).strip("-") or "actor"
