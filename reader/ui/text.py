"""Text helpers for the UI: safe Content from untrusted strings, CJK wrapping
of styled Content through :mod:`reader.linebreak`, and Content → Strip.

Rules the whole UI follows:

* Never hand a raw ``str`` to a Textual widget (Textual 8 parses markup in
  plain strings). :func:`safe` sanitises (control sequences out) and wraps the
  text in :class:`~textual.content.Content` *without* parsing markup, so
  ``[bold]x[/bold]`` in an article shows literally.
* Styles inside Content are component-class references (``".body--figure"``)
  resolved by the rendering widget against ``reader.tcss``: colours live only
  in the stylesheet, as theme variables.
* Chinese prose is wrapped with :func:`reader.linebreak.wrap_offsets`, never
  with Rich/Textual wrapping; slicing a styled Content by those offsets keeps
  inline highlights (figures, search matches) intact.
"""

from __future__ import annotations

from collections.abc import Iterable

from rich.segment import Segment
from textual.color import Color
from textual.content import Content
from textual.filter import LineFilter
from textual.strip import Strip
from textual.style import Style

from reader.linebreak import cell_width, effective_indent, wrap_offsets
from reader.sanitize import clean
from reader.ui.compat import style_parser

__all__ = ["safe", "wrap_content", "content_strip", "truncate", "cell_width", "join", "pack_chips"]


def safe(text: str | None, style: str = "") -> Content:
    """Sanitised, literal Content (no markup parsing), optionally styled."""
    content = Content(clean(text or ""))
    if style and content:
        content = content.stylize(style)
    return content


def join(parts: Iterable[Content | str], sep: str = "") -> Content:
    """Join Content parts; plain strings here are *our own* literals only."""
    out = Content("")
    first = True
    for p in parts:
        if not first and sep:
            out = out.append(Content(sep))
        out = out.append(p if isinstance(p, Content) else Content(p))
        first = False
    return out


def pack_chips(parts: list[Content], width: int, sep: str = " · ") -> list[Content]:
    """Lay out short items (keywords) on lines of ``width`` cells, breaking only
    between items, never inside one; an item wider than a whole line is folded."""
    width = max(1, width)
    lines: list[Content] = []
    line = Content("")
    for part in parts:
        if not part.cell_length:
            continue
        if line.cell_length and line.cell_length + cell_width(sep) + part.cell_length <= width:
            line = line.append(Content(sep)).append(part)
            continue
        if line.cell_length:
            lines.append(line)
        if part.cell_length <= width:
            line = part
        else:  # longer than a line: fold it, the rest starts the next line
            pieces = [c for c, _a, _b in wrap_content(part, width)]
            lines.extend(pieces[:-1])
            line = pieces[-1]
    if line.cell_length:
        lines.append(line)
    return lines


def wrap_content(
    content: Content,
    width: int,
    *,
    indent: str = "",
    hang: str = "",
) -> list[tuple[Content, int, int]]:
    """Wrap styled Content at ``width`` cells with Chinese line breaking.

    Returns ``(line, start, end)`` per line where ``start``/``end`` are offsets
    into ``content.plain``. ``indent`` is prepended to line 0 (first-line
    indent); ``hang`` (e.g. two spaces) is prepended to every other line and
    taken off their width.
    """
    width = max(1, width)
    hang_w = cell_width(hang)
    inner = max(1, width - hang_w)
    text = content.plain
    # Line 0 budget is width - indent; later lines inner. wrap_offsets gives
    # every line after 0 the same budget, so wrap with ``inner`` and let the
    # first line's indent be (indent cells - hang cells) wider.
    ind = effective_indent(indent, width) if indent else ""
    if hang_w and ind:
        # rare combination; keep it simple and correct: no hang on indent.
        hang, hang_w, inner = "", 0, width
    spans = wrap_offsets(text, inner, indent=ind) if not hang_w else _wrap_hanging(text, width, inner, ind)
    out: list[tuple[Content, int, int]] = []
    for i, (a, b) in enumerate(spans):
        piece = content[a:b]
        if i == 0 and ind:
            piece = Content(ind).append(piece)
        elif i > 0 and hang:
            piece = Content(hang).append(piece)
        out.append((piece, a, b))
    return out


def _wrap_hanging(text: str, width: int, inner: int, ind: str) -> list[tuple[int, int]]:
    # Every line gets ``inner`` cells: line 0 has the bullet/marker the caller
    # puts in ``content`` itself, later lines the hang.
    return wrap_offsets(text, inner, indent="")


def truncate(content: Content, width: int, ellipsis: str = "…") -> Content:
    """Cut Content to ``width`` cells (by characters, CJK aware)."""
    if width <= 0:
        return Content("")
    if content.cell_length <= width:
        return content
    text = content.plain
    budget = width - cell_width(ellipsis)
    used = 0
    cut = 0
    for i, ch in enumerate(text):
        w = cell_width(ch)
        if used + w > budget:
            cut = i
            break
        used += w
    else:
        cut = len(text)
    return content[:cut].append(Content(ellipsis))


def component_style(widget, name: str) -> Style:
    """Only what the stylesheet sets for component class ``name`` (a partial style).

    Textual's ``get_visual_style(..., partial=True)`` drops an opaque
    background (it blends with factor ``1 - alpha``), so marks would not show.
    Kept per widget while its styles stand, for widgets with a
    ``component_styles_cache`` (:class:`~reader.ui.widgets.lines.LineAPIView`):
    every rendered line asks for the same few.
    """
    has_cache = hasattr(widget, "component_styles_cache")
    cache = widget.component_styles_cache if has_cache else None
    if cache is not None and (hit := cache.get(name)) is not None:
        return hit
    style = _component_style(widget, name)
    if has_cache:
        if cache is None:
            cache = widget.component_styles_cache = {}
        cache[name] = style
    return style


def _component_style(widget, name: str) -> Style:
    styles = widget.get_component_styles(name)
    has = styles.has_rule
    ts = styles.text_style if has("text_style") else None
    return Style(
        background=styles.background if has("background") else None,
        foreground=styles.color if has("color") else None,
        bold=ts.bold if ts is not None else None,
        dim=ts.dim if ts is not None else None,
        italic=ts.italic if ts is not None else None,
        underline=ts.underline if ts is not None else None,
        strike=ts.strike if ts is not None else None,
    )


def content_strip(widget, content: Content, width: int, base: Style) -> Strip:
    """Render one line of Content to a Strip of exactly ``width`` cells.

    Span styles that are component-class references (``".name"``) resolve
    against ``widget``'s rules in the stylesheet; others (``"bold"``) parse.
    """
    get_style = style_parser(widget)

    def parse(style: str | Style) -> Style:
        if isinstance(style, str) and style.startswith("."):
            return component_style(widget, style[1:])
        return get_style(style)

    segments = [
        Segment(text, style.rich_style if style else None)
        for text, style in content.render(base, end="", parse_style=parse)
    ]
    strip = Strip(segments)
    rich_base = base.rich_style
    if strip.cell_length > width:
        return strip.crop(0, width)
    return strip.extend_cell_length(width, rich_base)


class AmbiguousWideFilter(LineFilter):
    """Every line of every widget, as a terminal that draws East Asian
    "ambiguous" characters two cells wide (``ambiguous_width = 2``) will show it.

    Textual counts ``“”—…·●★`` and its own frame glyphs (``▏▕▁█``, box
    drawing) one cell each; such a terminal draws them two, so every line
    holding one would push the rest of the screen right, pane edges and all.
    For each line this takes the extra cells back out of its blank space
    (the widest runs of spaces first, one space left in each run), and only
    when there is not enough of that, characters from its end; Textual still
    counts the line at its width, so what is right of it stays in place.
    """

    def apply(self, segments: list[Segment], background: Color) -> list[Segment]:
        width = cell_width  # counts ambiguous characters as two cells (set_ambiguous_width)
        excess = sum(width(s.text) for s in segments if not s.control) - sum(s.cell_length for s in segments)
        if excess <= 0:
            return segments
        texts = [s.text if not s.control else "" for s in segments]
        # 1. blank space: shorten runs of two or more spaces, rightmost first
        for i in range(len(texts) - 1, -1, -1):
            if excess <= 0:
                break
            text = texts[i]
            if "  " not in text:
                continue
            chars = list(text)
            j = len(chars) - 1
            while j > 0 and excess > 0:
                if chars[j] == " " and chars[j - 1] == " ":
                    del chars[j]
                    excess -= 1
                j -= 1
            texts[i] = "".join(chars)
        # 2. still too wide: drop characters from the end (a space makes up a cell dropped too many)
        i = len(texts) - 1
        while excess > 0 and i >= 0:
            text = texts[i]
            while text and excess > 0:
                excess -= width(text[-1])
                text = text[:-1]
            texts[i] = text + " " * -excess if excess < 0 else text
            excess = max(excess, 0)
            i -= 1
        return [Segment(t, s.style, s.control) for t, s in zip(texts, segments) if t or s.control]
