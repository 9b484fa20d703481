"""The output: validated stories → the pages and graphs of an MkDocs site.

`generate` renders every page of a site into its cache folder (keyed by content, so unchanged
stories cost nothing); `pages`, `site_pages`, `actor_pages` and `paging` make the Markdown from the
Jinja2 templates of `site_templates/`; `graph` draws the actor graph; `plugin` is the MkDocs plugin
that hands the generated pages to MkDocs on every build, `theme/` its override of Material's page.
"""
