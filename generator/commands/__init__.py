"""The commands: one module per `explainer` command, each calling the stages it needs.

`cli` parses the command line and calls these; they import spaCy, trafilatura or networkx only
inside the functions that need them, so that a command starts in well under a second.
"""
