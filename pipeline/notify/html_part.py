"""The alert's text/html part: a whole HTML document with inline styles only (what Gmail,
Outlook and Apple Mail all render), page text always escaped.

Added, removed and changed lines carry a marker, a verb and a colour; rewordings mark words
with <ins> and <del>. Class names are hooks for tests and for clients that keep them.
"""

from __future__ import annotations

from html import escape

from pipeline.compare.matching import loose_key
from pipeline.notify.items import MARKERS, AlertItem
from pipeline.notify.layout import AlertLayout, Group, PageToLookAt, Proof
from pipeline.notify.marking import cut, shorten_kept, word_diff
from pipeline.notify.wording import NEEDS_A_LOOK_CONSEQUENCE

COLOURS = {"added": "#116329", "removed": "#a40e26", "changed": "#7d4e00"}
BACKGROUNDS = {"added": "#dafbe1", "removed": "#ffebe9", "changed": "#fff8c5"}
BODY = (
    "margin:0;padding:16px;background:#ffffff;color:#1f2328;"
    "font:15px/1.5 -apple-system,'Segoe UI',Helvetica,Arial,sans-serif"
)
MUTED = "color:#59636e;font-size:13px"
INS = "background:#dafbe1;color:#116329;text-decoration:underline"
DEL = "background:#ffebe9;color:#a40e26;text-decoration:line-through"


def render_html(layout: AlertLayout) -> str:
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(layout.subject)}</title></head>",
        f'<body style="{BODY}"><div style="max-width:720px">',
        f'<p class="summary" style="font-size:18px;font-weight:bold;margin:0 0 4px">'
        f"{escape(layout.summary)}</p>",
        f'<p class="run" style="{MUTED};margin:0 0 16px">Run of {escape(layout.run_time)}</p>',
    ]
    parts += [_group(group) for group in layout.groups]
    if layout.to_look_at:
        parts.append(_to_look_at(layout.to_look_at))
    if layout.notices:
        parts.append(_notices(layout.notices))
    footer = "".join(f'<p style="margin:0 0 6px">{escape(line)}</p>' for line in layout.footer)
    parts.append(
        f'<div class="footer" style="{MUTED};border-top:1px solid #d1d9e0;margin-top:24px;'
        f'padding-top:8px">{footer}</div>'
    )
    parts.append("</div></body></html>")
    return "\n".join(parts) + "\n"


def _group(group: Group) -> str:
    title = group.initiative or group.page
    page = "the page" if loose_key(group.page) == loose_key(title) else group.page
    head = (
        f'<h2 style="font-size:17px;margin:20px 0 2px">{escape(title)}</h2>'
        f'<p style="{MUTED};margin:0 0 8px">on <a href="{escape(group.url)}">{escape(page)}</a>'
        "</p>"
    )
    proofs = "".join(_proof(proof) for proof in group.proofs)
    return f'<div class="initiative">{head}{proofs}</div>'


def _proof(proof: Proof) -> str:
    # Without a quote, the line itself links to where the page says it.
    linked = not proof.quote and not proof.quote_is_old
    lines = "".join(_line(item, proof.link, linked) for item in proof.items)
    quote = ""
    if proof.quote:
        shown, _ = cut(proof.quote)
        label = "Earlier version: " if proof.quote_is_old else ""
        link = "" if proof.quote_is_old else f' <a href="{escape(proof.link)}">on the page</a>'
        quote = (
            f'<blockquote class="quote" style="margin:2px 0 8px 28px;padding-left:10px;'
            f'border-left:3px solid #d1d9e0;color:#59636e">{label}“{escape(shown)}”{link}'
            "</blockquote>"
        )
    return f'<div class="proof">{lines}{quote}</div>'


def _line(item: AlertItem, link: str, linked: bool) -> str:
    colour, background = COLOURS[item.sign], BACKGROUNDS[item.sign]
    marker = (
        f'<span class="marker" style="display:inline-block;width:18px;text-align:center;'
        f'font-weight:bold;color:{colour};background:{background}">{MARKERS[item.sign]}</span>'
    )
    verb = f'<strong class="verb" style="color:{colour}">{escape(item.verb)}</strong>'
    reworded = item.old is not None and item.new is not None
    # A rewording's note (its strand) goes before the words: "action (User empowerment):".
    shows_note = item.note and not reworded
    note = f' <span style="{MUTED}">({escape(item.note or "")})</span>' if shows_note else ""
    return (
        f'<p class="change {item.sign}" style="margin:4px 0">{marker} {verb} '
        f"{_what(item, link, linked)}{note}</p>"
    )


def _what(item: AlertItem, link: str, linked: bool) -> str:
    if item.old is not None and item.new is not None:
        pieces = shorten_kept(word_diff(item.old, item.new))
        words = []
        for piece in pieces:
            text = escape(piece.text)
            if piece.op == "ins":
                text = f'<ins style="{INS}">{text}</ins>'
            elif piece.op == "del":
                text = f'<del style="{DEL}">{text}</del>'
            words.append(text)
        where = f"action ({item.note})" if item.note else "action"
        full = f' <a href="{escape(link)}">full text</a>'
        diff = f'<span class="diff">{" ".join(words)}</span>'
        return f'<span style="{MUTED}">{escape(where)}:</span> {diff}{full}'
    shown, was_cut = cut(item.what)
    if was_cut:
        return f'{escape(shown)} <a href="{escape(link)}">full text</a>'
    return f'<a href="{escape(link)}">{escape(shown)}</a>' if linked else escape(shown)


def _to_look_at(pages: list[PageToLookAt]) -> str:
    items = "".join(
        f'<li><a href="{escape(page.url)}">{escape(page.page)}</a>: '
        f"{escape('; '.join(page.problems))}</li>"
        for page in pages
    )
    return (
        '<div class="look"><h2 style="font-size:17px;margin:24px 0 2px">Pages that need a look'
        f'</h2><p style="{MUTED};margin:0 0 4px">{escape(NEEDS_A_LOOK_CONSEQUENCE)}</p>'
        f'<ul style="margin:0;padding-left:20px">{items}</ul></div>'
    )


def _notices(notices: list[tuple[str, str]]) -> str:
    items = "".join(
        f'<li>{escape(message)} (<a href="{escape(url)}">{escape(url)}</a>)</li>'
        for message, url in notices
    )
    return (
        '<div class="notices"><h2 style="font-size:17px;margin:24px 0 2px">'
        f'Sources failing, back or stale</h2><ul style="margin:0;padding-left:20px">{items}</ul>'
        "</div>"
    )
