"""Quotes: who said what, as direct quotes, partial quotes and reported (indirect) speech.

Three passes over one parsed article. `marks` finds the quoted spans; each is either a
direct quote (it stands as a sentence of its own, "…," Peskov said) or a fragment embedded in the
reporter's sentence. `reported` finds the clauses that reporting verbs govern; a clause holding a
fragment becomes a partial quote, one without is indirect speech, and a fragment no speech verb
governs is a scare quote or a title, left to the glossary. `speakers` then attributes everything
in article order, so that pronouns and cue-less quote paragraphs can lean on who spoke last;
`attribution` runs the passes.

Decision (see DESIGN.md, "who said what"): a partial quote's text is the reported clause up to
its last quoted fragment (`it could join "when conditions are met"`), not the bare fragment, so
the table reads as a statement and matches how annotators (SFU Gender Gap Tracker) mark them.
"""
