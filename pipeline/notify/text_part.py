"""The alert's text/plain part: the layout for a text-only reader.

Added, removed and changed are told by the verb and by a marker that survives any client
("+", a minus sign, "~"); rewordings read as [-deleted-] [+inserted+] words.
"""

from __future__ import annotations

import textwrap

from pipeline.compare.matching import loose_key
from pipeline.notify.items import MARKERS, AlertItem
from pipeline.notify.layout import AlertLayout, Group, Proof
from pipeline.notify.marking import cut, diff_as_text, shorten_kept, word_diff
from pipeline.notify.wording import NEEDS_A_LOOK_CONSEQUENCE

WIDTH = 78
INDENT = "      "


def render_text(layout: AlertLayout) -> str:
    lines = [layout.summary, f"Run of {layout.run_time}", ""]
    for group in layout.groups:
        lines += [*_group(group), ""]
    if layout.to_look_at:
        lines += ["Pages that need a look", *_wrap(NEEDS_A_LOOK_CONSEQUENCE, "")]
        for page in layout.to_look_at:
            lines += [f"! {page.page}: {'; '.join(page.problems)}", f"  {page.url}"]
        lines.append("")
    if layout.notices:
        lines += ["Sources failing, back or stale"]
        lines += [f"- {message} ({url})" for message, url in layout.notices] + [""]
    lines += ["-- "] + [line for text in layout.footer for line in _wrap(text, "")]
    return "\n".join(lines).rstrip() + "\n"


def _group(group: Group) -> list[str]:
    title = group.initiative or group.page
    lines = [title, "=" * min(len(title), WIDTH)]
    if loose_key(group.page) != loose_key(title):
        lines.append(f"on the page “{group.page}”")
    lines.append(group.url)
    width = max(len(item.verb) for proof in group.proofs for item in proof.items)
    for proof in group.proofs:
        lines += _proof(proof, width)
    return lines


def _proof(proof: Proof, width: int) -> list[str]:
    lines: list[str] = []
    was_cut = False
    for item in proof.items:
        text, item_cut = _what(item)
        was_cut |= item_cut
        note = f" ({item.note})" if item.note and item.note not in text else ""
        head = f"  {MARKERS[item.sign]} {item.verb:<{width}}  "
        lines += _wrap(f"{head}{text}{note}", " " * len(head), first="")
    if proof.quote:
        shown, quote_cut = cut(proof.quote)
        label = "earlier version: " if proof.quote_is_old else ""
        lines += _wrap(f"> {label}“{shown}”", INDENT)
        was_cut |= quote_cut
    if proof.quote or was_cut:
        label = "full text" if was_cut else "the page now" if proof.quote_is_old else "on the page"
        lines.append(f"{INDENT}{label}: {proof.link}")
    return lines


def _what(item: AlertItem) -> tuple[str, bool]:
    if item.old is not None and item.new is not None:
        pieces = word_diff(item.old, item.new)
        shortened = shorten_kept(pieces)
        where = f"action ({item.note})" if item.note else "action"
        return f"{where}: {diff_as_text(shortened)}", shortened != pieces
    return cut(item.what)


def _wrap(text: str, indent: str, first: str | None = None) -> list[str]:
    return textwrap.wrap(
        text,
        WIDTH,
        initial_indent=indent if first is None else first,
        subsequent_indent=indent,
        break_long_words=False,
        break_on_hyphens=False,
    )
