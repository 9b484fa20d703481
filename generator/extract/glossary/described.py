"""Names the article explains: "Britain First, a little-known party on the fringe of UK politics,".

spaCy does not always see such a name as an organisation ("First" reads as an ordinal), but the
shape of the sentence says what it is: a run of capitalised words followed by an apposition that
describes it, or by a relative clause saying what it does ("which runs federal prisons"). Such
a name is a candidate of kind "organisation", kept only when the article's definition rules
(`definitions`) explain it; people and places are left out.
"""

from __future__ import annotations

from ..actors import ActorIndex
from ..nlp import ParsedArticle
from .candidates import TermCandidate, is_name
from .definitions import apposition_after, capitalised_runs, relative_definition


def find_described_names(parsed: ParsedArticle, index: ActorIndex) -> list[TermCandidate]:
    """Capitalised names followed by a describing apposition, first occurrence first."""
    found = []
    for run in capitalised_runs(parsed.doc):
        if any(t.ent_type_ == "PERSON" for t in run) or is_name(run, index):
            continue
        start, end = run[0].idx, run[-1].idx + len(run[-1].text)
        if apposition_after(parsed.doc, start, end) or relative_definition(parsed.doc, start, end):
            found.append(TermCandidate(parsed.text[start:end], "organisation", start, end))
    return found
