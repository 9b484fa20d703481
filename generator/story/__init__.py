"""The story format: the data model, its documented schema, the files of a site's `content/`
folder (read, validated, written atomically) and the three-way merge that keeps hand edits.

Every other layer reads and writes stories through this package; it imports nothing of theirs.
"""
