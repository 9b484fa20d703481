"""The actor graph: who relates to whom in one story, drawn as an SVG with networkx and matplotlib.

Decisions, so that editors and readers know what they see:

- Only actors with at least one relation are drawn; the actors page lists every actor on its card,
  and a graph of 40 unconnected dots helps nobody. A story without relations draws its most
  mentioned actors (up to `MAX_ISOLATED`) so the page is never blank.
- Colour *and* shape show the actor kind (Okabe-Ito colours, safe for colour-blind readers);
  line style and colour show the relation kind; a legend lists only what the graph shows.
- The output is byte-identical for the same story: a fixed layout seed, sorted nodes and edges,
  `svg.hashsalt` fixed and no date in the metadata. Text stays text (`svg.fonttype: none`) so labels
  are searchable and readable by screen readers.
- Each node and label links to the actor's card; `link` makes the address (the default, "#id",
  suits an SVG inlined in the actors page; the site passes "actors/#id" for the actors.svg file
  that readers open on its own). Links open in the top window (`target="_top"`).
- Arrows stop at the edge of a node's marker or label box, so no arrowhead hides under a label.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from typing import Any

import matplotlib

matplotlib.use("Agg")  # no display: the generator runs in CI and on servers

import matplotlib.pyplot as plt  # noqa: E402
import networkx as nx  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402

from ..story.model import Actor, Relation, Story  # noqa: E402
from .graph_layout import (  # noqa: E402
    LABEL_HEIGHT,
    LABEL_OFFSET,
    end_directions,
    figure_size,
    label_half_width,
    layout,
    margin_points,
)

MAX_ISOLATED = 12
FONT_SIZE = 9  # points; readable when the SVG is scaled to the content column (about 700 px)
LEGEND_WIDTH = 1.7  # inches right of the plot for the legend
LEGEND_ROW = 0.18  # inches per legend entry at FONT_SIZE - 1
LEGEND_PAD = 0.3  # inches above and below the legend entries
ARROW_GAP = 1.5  # points left between an arrowhead and the box it points at

LINK_TARGET = re.compile(rb'(<a xlink:href="([^"]*)")(?: target="[^"]*")?>')

KIND_STYLE: dict[str, tuple[str, str, str]] = {  # kind -> (colour, marker, legend label)
    "person": ("#E69F00", "o", "person"),
    "organization": ("#0072B2", "s", "organization"),
    "country": ("#009E73", "D", "country"),
    "group": ("#CC79A7", "h", "group"),
    "place": ("#999999", "^", "place"),
}
RELATION_STYLE: dict[str, tuple[str, Any, float]] = {  # kind -> (colour, line style, width)
    "speaks-for": ("#555555", "dashed", 1.4),
    "leads": ("#0072B2", "solid", 2.0),
    "member-of": ("#555555", "dotted", 1.6),
    "supports": ("#009E73", "solid", 1.6),
    "opposes": ("#D55E00", "solid", 1.6),
    "criticizes": ("#D55E00", "dashdot", 1.6),
    "related": ("#999999", "solid", 1.0),
}
RELATION_WORDS = {
    "speaks-for": "speaks for",
    "leads": "leads",
    "member-of": "is a member of",
    "supports": "supports",
    "opposes": "opposes",
    "criticizes": "criticizes",
    "related": "is related to",
}


@dataclass(frozen=True)
class GraphView:
    """What the image shows: the actors drawn and the relations between them."""

    actors: list[Actor]
    relations: list[Relation]
    left_out: int  # actors of the story not drawn


def select(story: Story) -> GraphView:
    """The actors and relations to draw (see the module docstring for the rule)."""
    known = {a.id for a in story.actors}
    relations = sorted(
        {
            (r.source, r.target, r.kind): r
            for r in story.relations
            if r.source in known and r.target in known
        }.values(),
        key=lambda r: (r.source, r.target, r.kind),
    )
    linked = {r.source for r in relations} | {r.target for r in relations}
    actors = [a for a in story.actors if a.id in linked]
    if not actors:
        actors = sorted(story.actors, key=lambda a: (-len(a.paragraphs), a.id))[:MAX_ISOLATED]
    return GraphView(sorted(actors, key=lambda a: a.id), relations, len(story.actors) - len(actors))


def build_graph(view: GraphView) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    for actor in view.actors:
        graph.add_node(actor.id, label=actor.name, kind=actor.kind)
    for relation in view.relations:
        graph.add_edge(relation.source, relation.target, kind=relation.kind)
    return graph


def card_anchor(actor_id: str) -> str:
    """The default node link: the actor's card on the page the SVG is inlined in."""
    return f"#{actor_id}"


def draw_actor_graph(story: Story, link: Callable[[str], str] = card_anchor, fmt: str = "svg") -> str:
    """The actor graph as SVG text (byte-identical for the same story)."""
    data = render_graph(story, link, fmt)
    return data.decode("utf-8")


def render_graph(story: Story, link: Callable[[str], str] = card_anchor, fmt: str = "svg") -> bytes:
    """The actor graph as SVG or PNG bytes; PNG serves previews and inspection."""
    view = select(story)
    graph = build_graph(view)
    pos = layout(graph, figure_size(graph.number_of_nodes()))
    with matplotlib.rc_context(
        {
            "svg.hashsalt": "explainer-actor-graph",
            "svg.fonttype": "none",
            "font.family": "DejaVu Sans",
            "font.size": FONT_SIZE,
        }
    ):
        fig, ax = make_axes(graph, pos)
        try:
            draw_edges(ax, graph, pos)
            draw_nodes(ax, graph, pos, link)
            draw_legend(ax, graph)
            buffer = io.BytesIO()
            metadata = {"Date": None} if fmt == "svg" else {"Software": None}
            fig.savefig(buffer, format=fmt, metadata=metadata, dpi=100)
        finally:
            plt.close(fig)
    if fmt != "svg":
        return buffer.getvalue()
    return label_links(buffer.getvalue(), {link(a.id): a.name for a in view.actors})


def label_links(svg: bytes, names: dict[str, str]) -> bytes:
    """Name every node link and open it in the top window (matplotlib writes `target="_blank"`).

    The marker's link holds no text, so each link gets an `aria-label` (the actor's name) for screen
    readers, and an SVG 2 `href` beside matplotlib's `xlink:href`, without which browsers and
    checkers do not treat it as a link. In the actors.svg file opened on its own, or embedded in a
    frame, a click on a node goes to the actor's card in the same tab.
    """

    def named(match: re.Match[bytes]) -> bytes:
        href = match.group(2).decode("utf-8")
        label = escape(f"{names.get(href, href)}: actor card", quote=True).encode("utf-8")
        return (
            b'<a href="'
            + match.group(2)
            + b'" '
            + match.group(1)[3:]
            + b' target="_top" aria-label="'
            + label
            + b'">'
        )

    return LINK_TARGET.sub(named, svg)


def draw_edges(ax: plt.Axes, graph: nx.MultiDiGraph, pos: dict[str, tuple[float, float]]) -> None:
    """Arrows that start and stop at the edge of a node's marker and label, so no head hides."""
    for index, (source, target, data) in enumerate(
        sorted(graph.edges(data=True), key=lambda e: (e[0], e[1], e[2]["kind"]))
    ):
        colour, style, width = RELATION_STYLE.get(data["kind"], RELATION_STYLE["related"])
        twins = graph.number_of_edges(source, target) + graph.number_of_edges(target, source)
        bend = 0.0 if twins == 1 else 0.15 * (1 + index % 2)
        out_source, out_target = end_directions(pos[source], pos[target], bend)
        ax.annotate(
            "",
            xy=pos[target],
            xytext=pos[source],
            zorder=1,
            arrowprops={
                "arrowstyle": "-|>",
                "color": colour,
                "linestyle": style,
                "linewidth": width,
                "shrinkA": margin_points(graph.nodes[source]["label"], out_source),
                "shrinkB": margin_points(graph.nodes[target]["label"], out_target) + ARROW_GAP,
                "mutation_scale": 12,
                "connectionstyle": f"arc3,rad={bend}",
            },
        )


def draw_nodes(
    ax: plt.Axes, graph: nx.MultiDiGraph, pos: dict[str, tuple[float, float]], link: Callable[[str], str]
) -> None:
    for kind, (colour, marker, _) in KIND_STYLE.items():
        nodes = [n for n in sorted(graph.nodes) if graph.nodes[n]["kind"] == kind]
        if not nodes:
            continue
        points = ax.scatter(
            [pos[n][0] for n in nodes],
            [pos[n][1] for n in nodes],
            s=170,
            c=colour,
            marker=marker,
            edgecolors="white",
            linewidths=1.2,
            zorder=2,
        )
        points.set_urls([link(n) for n in nodes])
        points.set_gid(f"graph-{kind}")
    for node in sorted(graph.nodes):
        x, y = pos[node]
        text = ax.text(
            x,
            y - LABEL_OFFSET,
            graph.nodes[node]["label"],
            ha="center",
            va="top",
            fontsize=FONT_SIZE,
            zorder=3,
            bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.85},
        )
        text.set_url(link(node))
        text.set_gid(f"graph-label-{node}")


def kinds_shown(graph: nx.MultiDiGraph) -> tuple[set[str], set[str]]:
    """The actor kinds and the relation kinds the graph draws: what the legend lists."""
    return {graph.nodes[n]["kind"] for n in graph.nodes}, {d["kind"] for _, _, d in graph.edges(data=True)}


def draw_legend(ax: plt.Axes, graph: nx.MultiDiGraph) -> None:
    kinds, relations = kinds_shown(graph)
    handles = [
        Line2D(
            [],
            [],
            linestyle="none",
            marker=marker,
            markersize=8,
            markerfacecolor=colour,
            markeredgecolor="white",
            label=label,
        )
        for kind, (colour, marker, label) in KIND_STYLE.items()
        if kind in kinds
    ] + [
        Line2D([], [], color=colour, linestyle=style, linewidth=width, label=RELATION_WORDS[kind])
        for kind, (colour, style, width) in RELATION_STYLE.items()
        if kind in relations
    ]
    if handles:
        ax.legend(
            handles=handles,
            loc="upper left",
            bbox_to_anchor=(1.0, 1.0),
            frameon=False,
            fontsize=FONT_SIZE - 1,
        )


def make_axes(graph: nx.MultiDiGraph, pos: dict[str, tuple[float, float]]) -> tuple[plt.Figure, plt.Axes]:
    """A figure whose plot area maps one data unit to one inch, so label sizes are known."""
    if pos:
        half = {n: label_half_width(graph.nodes[n]["label"]) + 0.12 for n in pos}
        left = min(p[0] - half[n] for n, p in pos.items())
        right = max(p[0] + half[n] for n, p in pos.items())
        bottom = min(p[1] for p in pos.values()) - LABEL_OFFSET - LABEL_HEIGHT - 0.15
        top = max(p[1] for p in pos.values()) + 0.3
    else:
        left, right, bottom, top = 0.0, 2.0, 0.0, 1.0
    width, height = right - left, max(top - bottom, legend_height(graph))
    fig = plt.figure(figsize=(width + LEGEND_WIDTH, height))
    ax = fig.add_axes((0.0, 0.0, width / (width + LEGEND_WIDTH), 1.0))
    ax.set_xlim(left, right)
    ax.set_ylim(top - height, top)
    ax.axis("off")
    return fig, ax


def legend_height(graph: nx.MultiDiGraph) -> float:
    """Inches the legend needs: one row per actor kind and relation kind shown."""
    kinds, relations = kinds_shown(graph)
    return (len(kinds) + len(relations)) * LEGEND_ROW + LEGEND_PAD


def graph_alt_text(story: Story) -> str:
    """A text equivalent of the graph: who is drawn and every relation, in words."""
    view = select(story)
    names = {a.id: a.name for a in story.actors}
    if not view.relations:
        listed = ", ".join(a.name for a in view.actors)
        return f"Actor graph of {len(view.actors)} actors with no relations found: {listed}."
    sentences = [
        f"{names[r.source]} {RELATION_WORDS.get(r.kind, r.kind)} {names[r.target]}" for r in view.relations
    ]
    text = (
        f"Actor graph of {len(view.actors)} actors and {len(view.relations)} relations: "
        + "; ".join(sentences)
        + "."
    )
    if view.left_out:
        text += f" {view.left_out} more actors have no relation and are not drawn."
    return text
