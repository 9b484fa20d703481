"""Which clauses a date reaches beyond the one it modifies, and who vouches for them.

Two habits of news syntax decide it:

* Attribution. "Prosecutors alleged that no checks were made from 10:30 p.m. Aug. 9" dates the
  checks, but the fact on record is the allegation: the event is told with the verb of saying
  or thinking that governs it ("Prosecutors alleged no checks were made"), so a reader sees who
  vouches for it. Verbs of saying and thinking are the WordNet verbs of communication and
  cognition (`lexnames(5)`), not a list grown one article at a time.
* Temporal "when". "When the officers discovered the body Aug. 10, they told supervisors ..."
  dates both clauses: the "when" clause is the time of its main clause.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from ..lexicon.wordnet import VERB_COGNITION, VERB_COMMUNICATION, first_senses_in

# WordNet lexicographer files of verbs that report.
REPORTING_LEXFILES: frozenset[int] = frozenset({VERB_COGNITION, VERB_COMMUNICATION})
# How many of a verb's senses (most frequent first) are read to decide it reports.
SENSES_READ = 2
VERB_POS: frozenset[str] = frozenset({"VERB", "AUX"})
SUBJECT_DEPS: frozenset[str] = frozenset({"nsubj", "nsubjpass"})


@cache
def reports(lemma: str) -> bool:
    """Whether a verb tells what someone says or thinks ("allege", "say", "believe")."""
    return first_senses_in(lemma.lower(), "v", REPORTING_LEXFILES, SENSES_READ)


def attributing_verb(clause: Token) -> Token | None:
    """The verb of saying whose content `clause` is ("alleged" for "alleged that ... were made").

    Only an attribution that comes first: one trailing the content ("..., the airline said")
    would have to be moved to read as a clause, and the content reads well on its own. Nor when
    the content's subject is a pronoun: "Russia says it launched ..." tells what the speaker
    itself did, and the event is told with the pronoun resolved ("Russia launched ...").
    """
    head = clause.head
    if clause.dep_ != "ccomp" or head.i >= clause.i or head.pos_ not in VERB_POS:
        return None
    if any(child.dep_ in SUBJECT_DEPS and child.pos_ == "PRON" for child in clause.children):
        return None
    if not any(child.dep_ in SUBJECT_DEPS for child in head.children):
        return None
    return head if reports(head.lemma_) else None


def when_main_clause(verb: Token) -> Token | None:
    """The main clause a dated "when" clause places in time, or None.

    Only "when" itself: "after"/"before" clauses name another time, and "once"/"if" clauses
    condition the main clause rather than date it.
    """
    if verb.dep_ != "advcl" or verb.head.pos_ not in VERB_POS:
        return None
    when = any(c.dep_ == "advmod" and c.lower_ == "when" and c.i < verb.i for c in verb.children)
    return verb.head if when else None
