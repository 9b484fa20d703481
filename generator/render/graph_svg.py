"""SVG pieces of the actor graph, written as text: markers, arrows, labels, links.

Writing the few shapes the graph needs directly costs a fraction of a millisecond, where a plotting
library spent about 60 ms per graph on figure machinery. Coordinates are in points (1/72 inch, the
SVG's user unit; the root sets `width` in `pt`), y pointing down. Every number is printed with two
decimals and every text is XML-escaped, so the same input gives the same bytes and any actor name
stays text.
"""

from __future__ import annotations

import math
from html import escape

FONT = "DejaVu Sans, Verdana, Arial, sans-serif"
HEAD_LENGTH = 4.8  # points: an arrowhead 0.4 and 0.2 times a 12-point mutation scale, as before
HEAD_HALF_WIDTH = 2.4
MARKER_RADIUS = 6.5  # points: a 170 pt² marker
DASHES = {  # line style -> dash pattern per unit of line width (matplotlib's defaults)
    "solid": (),
    "dashed": (3.7, 1.6),
    "dotted": (1.0, 1.65),
    "dashdot": (6.4, 1.6, 1.0, 1.6),
}

Point = tuple[float, float]
Curve = tuple[Point, Point, Point]  # a quadratic Bézier: start, control, end


def num(value: float) -> str:
    """A coordinate as short, stable text."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def attr(text: str) -> str:
    return escape(text, quote=True)


def points(vertices: list[Point]) -> str:
    return " ".join(f"{num(x)},{num(y)}" for x, y in vertices)


def marker(shape: str, centre: Point, colour: str, size: float = MARKER_RADIUS) -> str:
    """A filled marker with a white rim: circle, square, diamond, hexagon or triangle."""
    x, y = centre
    style = f'fill="{colour}" stroke="#ffffff" stroke-width="1.2"'
    if shape == "o":
        return f'<circle cx="{num(x)}" cy="{num(y)}" r="{num(size)}" {style}/>'
    corners = {"s": (4, 45.0, 1.35), "D": (4, 0.0, 1.4), "h": (6, 0.0, 1.05), "^": (3, 0.0, 1.4)}
    count, turn, scale = corners[shape]
    radius = size * scale
    vertices = [
        (
            x + radius * math.sin(math.radians(turn + 360 * i / count)),
            y - radius * math.cos(math.radians(turn + 360 * i / count)),
        )
        for i in range(count)
    ]
    return f'<polygon points="{points(vertices)}" {style}/>'


def line_style(colour: str, style: str, width: float) -> str:
    """Stroke attributes of an edge or legend line; dashes scale with the width."""
    dashes = DASHES.get(style, ())
    dash = f' stroke-dasharray="{",".join(num(d * width) for d in dashes)}"' if dashes else ""
    return f'fill="none" stroke="{colour}" stroke-width="{num(width)}"{dash}'


def toward(start: Point, end: Point, distance: float) -> Point:
    """The point `distance` from `start` in the direction of `end`."""
    dx, dy = end[0] - start[0], end[1] - start[1]
    length = math.hypot(dx, dy) or 1.0
    return start[0] + dx / length * distance, start[1] + dy / length * distance


def bezier(curve: Curve, t: float) -> Point:
    (ax, ay), (bx, by), (cx, cy) = curve
    u = 1 - t
    return u * u * ax + 2 * u * t * bx + t * t * cx, u * u * ay + 2 * u * t * by + t * t * cy


def leave_at(curve: Curve, distance: float, from_end: bool) -> float:
    """The parameter where the curve comes `distance` away from its start (or end), by bisection.

    Ends closer than `distance` (nodes touching, which the layout prevents) meet in the middle.
    """
    anchor, other = (curve[2], curve[0]) if from_end else (curve[0], curve[2])
    near, far = (1.0, 0.0) if from_end else (0.0, 1.0)
    if math.dist(anchor, other) <= distance:
        return 0.5
    for _ in range(30):
        middle = (near + far) / 2
        if math.dist(anchor, bezier(curve, middle)) < distance:
            near = middle
        else:
            far = middle
    return (near + far) / 2


def part(curve: Curve, t0: float, t1: float) -> Curve:
    """The piece of a quadratic curve between two parameters, itself a quadratic curve."""
    (ax, ay), (bx, by), (cx, cy) = curve
    w0, w1, w2 = (1 - t0) * (1 - t1), (1 - t0) * t1 + t0 * (1 - t1), t0 * t1
    control = (w0 * ax + w1 * bx + w2 * cx, w0 * ay + w1 * by + w2 * cy)
    return bezier(curve, t0), control, bezier(curve, t1)


def arrow(
    source: Point, control: Point, target: Point, shrink: tuple[float, float], stroke: tuple[str, str, float]
) -> str:
    """A quadratic arc from source to target, cut `shrink` points short of each, with a filled head.

    The arc is cut, not squeezed: the piece kept follows the same curve as the whole arc would.
    """
    colour, style, width = stroke
    whole: Curve = (source, control, target)
    kept = part(whole, leave_at(whole, shrink[0], from_end=False), leave_at(whole, shrink[1], from_end=True))
    line = part(kept, 0.0, leave_at(kept, HEAD_LENGTH, from_end=True))
    tip = kept[2]
    base = toward(tip, line[2], HEAD_LENGTH)
    across = toward((0.0, 0.0), (tip[1] - base[1], base[0] - tip[0]), HEAD_HALF_WIDTH)
    head = [tip, (base[0] + across[0], base[1] + across[1]), (base[0] - across[0], base[1] - across[1])]
    curve_text = f"M{points([line[0]])} Q{points([line[1]])} {points([line[2]])}"
    return (
        f'<path d="{curve_text}" {line_style(colour, style, width)} stroke-linecap="round"/>'
        f'<polygon points="{points(head)}" fill="{colour}" stroke="{colour}" stroke-width="{num(width)}"/>'
    )


def white_box(x: float, y: float, width: float, height: float) -> str:
    """The rounded, slightly see-through box behind a label, so crossing lines do not hide it."""
    return (
        f'<rect x="{num(x)}" y="{num(y)}" width="{num(width)}" height="{num(height)}" '
        'rx="2" fill="#ffffff" fill-opacity="0.85"/>'
    )


def text(x: float, y: float, content: str, size: float, anchor: str = "middle") -> str:
    return (
        f'<text x="{num(x)}" y="{num(y)}" font-size="{num(size)}" font-family="{FONT}" '
        f'text-anchor="{anchor}" fill="#000000">{escape(content, quote=False)}</text>'
    )


def link(href: str, name: str, content: str) -> str:
    """A named link to an actor's card, opening in the top window; `href` and `xlink:href` for all readers."""
    return (
        f'<a href="{attr(href)}" xlink:href="{attr(href)}" target="_top" '
        f'aria-label="{attr(name + ": actor card")}"><title>{escape(name, quote=False)}</title>{content}</a>'
    )


def document(width: float, height: float, body: list[str]) -> str:
    """The whole SVG file: XML declaration, white background, then the body."""
    return (
        '<?xml version="1.0" encoding="utf-8" standalone="no"?>\n'
        f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" '
        f'width="{num(width)}pt" height="{num(height)}pt" viewBox="0 0 {num(width)} {num(height)}">\n'
        f'<rect width="{num(width)}" height="{num(height)}" fill="#ffffff"/>\n'
        + "\n".join(body)
        + "\n</svg>\n"
    )
