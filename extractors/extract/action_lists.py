"""Which lists of a page list actions: commitments, measures, principles or areas of work.

A list is a list of actions when what announces it says so: the item it hangs under or the
paragraph before it ends with a colon and its last cue is an action word ("in five areas:",
"commit to:"), possibly above strand headings ("nine actions under three main strands:").
Lists of risks, signatories, reports, dates or phases ("Name (1999-2004)") are not actions;
risks whose examples the announcement gives inline ("against risks such as grooming. These
include:") do not make the list one of risks.
"""

from __future__ import annotations

import re
from collections.abc import Container, Sequence

from extractors.extract.actions import is_strand_label
from extractors.extract.context import Cue, DocumentContext
from extractors.extract.counts import (
    action_count_nouns,
    announced_counts,
    counts_as_actions,
    counts_as_other_things,
    numbers_in,
)
from extractors.extract.drafts import Mention
from extractors.extract.names import vocabulary
from extractors.extract.structure import (
    ItemList,
    heading_level,
    intro_paragraph,
    nearest_heading,
    parent_of,
)
from schemas.document import Block

_LIST_CUES = ("ACTIONS", "ACTIONS_WEAK", "SIGNATORY", "ASSOCIATED")


# "commit to:", "will:", "call for:": what follows is promised or asked for; "countries
# should:", "providers must:": what they are bound to do; "regularly report on:": what the
# members account for (the verb, not a list of reports).
_MODALS = r"should|must|shall|will"
_PROMISE_ENDING = re.compile(
    rf"\b(?:to|{_MODALS}|(?:call|calls|called|ask|asks|asked|appeal|appeals)\s+for|"
    r"(?:report|reporting)\s+on)\s*:\s*$",
    re.IGNORECASE,
)
# "member states should:": what they are bound to do follows, never who they are.
MODAL_ENDING = re.compile(rf"\b(?:{_MODALS})\s*:\s*$", re.IGNORECASE)


# "what each group can do:", "What the toolkit sets out to do", "What organisations are asked
# to do": what someone does, aims or is asked to do follows (the heading form is read
# whole, the intro's form at its end).
_WHAT_IS_DONE = (
    r"\bwhat\s+(?:[^\s:]+\s+){1,8}?(?:(?:can|could|should|will|must)\s+do|"
    r"(?:sets?\s+out|aims?|seeks?|intends?|plans?)\s+to\s+(?:do|achieve)|"
    r"(?:asked|expected|required|invited|called\s+(?:up)?on|committed|agreed?|needs?)\s+to\s+do)"
)
_DOING_ENDING = re.compile(_WHAT_IS_DONE + r"\s*:\s*$", re.IGNORECASE)
_DOING_HEADING = re.compile(r"^" + _WHAT_IS_DONE + r"\s*:?\s*$", re.IGNORECASE)


# "The Guidelines are structured around:", "The rights are grouped in six blocks:": what
# follows are the instrument's own parts, its areas of work, whatever they are called.
_PARTS_ENDING = re.compile(
    r"\b(?:structured|built|organised|organized|centred|centered|articulated|grouped)\s+"
    r"(?:around|along|on|in|into)(?:\s+[\w-]+){0,2}\s*:\s*$",
    re.IGNORECASE,
)


# Cues that say a list holds names, risks, reports or links, not actions.
_NOT_ACTION_LABELS = frozenset({"SIGNATORY", "ASSOCIATED", "NOT_ACTIONS"})

# "... take measures in the following areas.": as good as a colon before what follows.
_FOLLOWING = re.compile(r"\bthe\s+following\s+[\w-]+\s*\.\s*$", re.IGNORECASE)


# "Name (1999-2004)" or "2005-2008:" at the start of an item: a phase of a timeline.
_PHASE = re.compile(
    r"^[^()]{1,80}\((?:19|20)\d\d\s*[-\u2013\u2014/]\s*(?:(?:19|20)?\d\d|present|today|now)\)"
    r"|^(?:19|20)\d\d\s*[-\u2013\u2014]\s*(?:19|20)?\d\d\s*:",
    re.IGNORECASE,
)


# "risks such as grooming": a risk word whose examples the sentence gives itself.
_EXAMPLES_INLINE = re.compile(r"^[\w\s,-]{0,30}?\bsuch\s+as\b", re.IGNORECASE)


def _announces_actions(context: DocumentContext, index: int, *, colon: bool = True) -> bool:
    """A block whose last cue is an action word: "in five areas:", "nine actions under ...".

    With `colon`, the block must end with ":"; without, it must announce a count instead
    ("sets out nine actions under three main strands."). "including:" alone announces
    actions only beside an action word and no risk or report word.
    """
    block = context.blocks[index]
    # "... the following areas." announces what follows as a colon does; read in its tail only
    tail = block.text[-60:]
    ends_with_colon = block.text.rstrip().endswith(":") or bool(_FOLLOWING.search(tail))
    if colon and not ends_with_colon:
        return False
    cues = _announced_cues(context, index)
    if not ends_with_colon and not announced_counts(block.text, action_count_nouns()):
        return False
    labels = [c.label for c in cues if c.label in _LIST_CUES]
    if ends_with_colon and _PROMISE_ENDING.search(block.text):
        return True  # "the signatories agreed to:" promises what follows
    if ends_with_colon and _PARTS_ENDING.search(block.text):
        return True  # "the Guidelines are structured around:" lists its parts
    if ends_with_colon and _DOING_ENDING.search(block.text):
        return True  # "spell out what each group can do:" lists what they do
    if "ACTIONS" not in labels or labels[-1] in ("SIGNATORY", "ASSOCIATED"):
        return False
    if any(c.label == "NOT_ACTIONS" for c in cues) and labels[-1] == "ACTIONS_WEAK":
        return False  # "risks ..., including:" lists risks
    last_action = max(c.end for c in cues if c.label == "ACTIONS")
    return not any(c.label == "NOT_ACTIONS" and c.start >= last_action for c in cues)


def _is_timeline(context: DocumentContext, item_list: ItemList) -> bool:
    """Most items are phases ("Safer Internet plus (2005-2008), with a budget ..."): a timeline."""
    texts = [context.blocks[index].text for index in item_list.items]
    phases = [text for text in texts if _PHASE.search(text)]
    return len(texts) >= 2 and len(phases) * 2 > len(texts)


def _announced_cues(context: DocumentContext, index: int) -> list[Cue]:
    """The announcement's cues, without risks whose examples it gives inline ("measures
    against risks such as grooming. These include:"): the list holds something else."""
    text = context.text
    return [
        cue
        for cue in context.announcement_cues(index)
        if not (cue.label == "NOT_ACTIONS" and _EXAMPLES_INLINE.match(text[cue.end : cue.end + 40]))
    ]


def _heading_announces_actions(context: DocumentContext, heading: int | None) -> bool:
    """A heading such as "Main commitments" or "Five areas for action"."""
    if heading is None or context.blocks[heading].kind != "heading":
        return False
    block = context.blocks[heading]
    labels = {c.label for c in context.cues_between(block.span.start, block.span.end)}
    return "ACTIONS" in labels and not labels & _NOT_ACTION_LABELS


def _heading_counts_the_items(context: DocumentContext, item_list: ItemList, heading: int) -> bool:
    """A heading that counts exactly the items below it ("The 14 Fundamentals", "Ten
    principles") names their kind: the parts of the initiative, unless its count nouns say
    they are no actions ("Two projects"). (A list of members under "The 3 founding members" is
    read as signatories before its items are offered as actions.)"""
    block = context.blocks[heading]
    count = len(item_list.items)
    if count < 2 or not any(value == count for value in numbers_in(block.text)):
        return False
    return not counts_as_other_things(block.text, count)


def heading_says_more(context: DocumentContext, heading: int, mentions: Sequence[Mention]) -> bool:
    """An initiative's heading that also names a strand of its work: an action word outside
    the initiative's name ("Commitments of the Alliance", "The Strategy: six thematic areas").
    It is then the strand of the lists under it, not a bare name (FORMAT.md)."""
    block = context.blocks[heading]
    colon = block.text.find(": ")
    own_end = block.span.start + colon if colon >= 0 else block.span.end
    spans = [(m.start, min(m.end, own_end)) for m in mentions if m.block == heading]
    # The innermost mentions: a mention of the whole heading holds the bare name too.
    own = [s for s in spans if not any(o != s and s[0] <= o[0] and o[1] <= s[1] for o in spans)]
    outside = [
        cue
        for cue in context.cues_between(block.span.start, block.span.end)
        if not any(start <= cue.start < end for start, end in own)
    ]
    if colon < 0 and not own:
        return False  # a heading that is all name or names the initiative in another form
    labels = {cue.label for cue in outside}
    return "ACTIONS" in labels and not labels & _NOT_ACTION_LABELS


def is_action_list(
    context: DocumentContext, item_list: ItemList, boundaries: Container[int]
) -> bool:
    """True when the list's intro, or the paragraph above its strand headings, announces actions."""
    intro = item_list.intro
    if intro is None or _is_timeline(context, item_list):
        return False
    blocks = context.blocks
    parent = parent_of(blocks, item_list.items[0])
    if parent is not None and is_strand_label(blocks[parent].text):
        grandparent = parent_of(blocks, parent)
        intro = (
            grandparent
            if grandparent is not None
            else intro_paragraph(blocks, ItemList((parent,), parent - 1), boundaries)
        )
        if intro is not None and _announces_actions(context, intro):
            return True
        if grandparent is None and intro is not None and _counts_labels(context, intro, parent):
            return True  # "focuses on four areas:" over four labels, each with its actions
        return grandparent is None and _labels_under_an_action_heading(context, parent, boundaries)
    if blocks[intro].kind in ("paragraph", "list_item", "term"):
        if counts_as_actions(blocks[intro].text, len(item_list.items)):
            return True  # "focuses on four areas:" over four items
        if counts_as_other_things(blocks[intro].text, len(item_list.items)):
            return False  # "Two projects presented their work:" over two projects
        return _paragraph_announces_actions(context, item_list, intro, boundaries)
    is_strand_heading = blocks[intro].kind == "heading" and intro not in boundaries
    if is_strand_heading and _heading_announces_actions(context, intro):
        return True  # "Main commitments" right above the list
    if is_strand_heading and _heading_announces_actions(context, _upper_heading(blocks, intro)):
        return True  # "Key actions" above the strand heading "Safe experiences" above the list
    if is_strand_heading and _heading_counts_the_items(context, item_list, intro):
        return True  # "The 14 Fundamentals" right above fourteen items
    if is_strand_heading and _items_are_activities(context, item_list, intro):
        return True  # "How the programme helps" over "training ...; advising ...; funding ..."
    if is_strand_heading and _heading_tells_what_it_does(context, item_list, intro):
        # "What the toolkit sets out to do" over "Support schools ...; ...", "What the
        # campaign offers" over "Awards ...; A network ...; Resources ..."
        return True
    announcement = intro_paragraph(blocks, item_list, boundaries)
    return announcement is not None and _announces_actions(context, announcement, colon=False)


def _counts_labels(context: DocumentContext, intro: int, label: int) -> bool:
    """The intro counts the labels of `label`'s list ("four areas:" over four labels, each
    with a sub-list); only read when the intro states a count at all."""
    blocks = context.blocks
    counts = [count for count, _ in announced_counts(blocks[intro].text, action_count_nouns())]
    labels, index = 0, intro + 1
    # The walk stops past the largest count: a page of many labels is read once, not per label.
    while counts and labels <= max(counts) and index < len(blocks):
        if blocks[index].kind != "list_item":
            break
        labels += blocks[index].list_id == blocks[label].list_id
        index += 1
    return labels in counts


def _upper_heading(blocks: list[Block], heading: int) -> int | None:
    """The heading right above `heading` when it is of a higher level and opens its section,
    with nothing but headings and lists of earlier strands between them."""
    level = heading_level(blocks[heading])
    for index in range(heading - 1, -1, -1):
        block = blocks[index]
        if block.kind == "heading" and heading_level(block) < level:
            return index
        if block.kind not in ("heading", "list_item"):
            return None
    return None


def _labels_under_an_action_heading(
    context: DocumentContext, label: int, boundaries: Container[int]
) -> bool:
    """ "Individual company commitments" right above a list of labels ("Acme", each with
    its own sub-list): the sub-lists hold the actions."""
    blocks = context.blocks
    first = min(i for i, b in enumerate(blocks) if b.list_id == blocks[label].list_id)
    heading = first - 1
    if heading < 0 or blocks[heading].kind != "heading" or heading in boundaries:
        return False
    return _heading_announces_actions(context, heading)


def _paragraph_announces_actions(
    context: DocumentContext, item_list: ItemList, intro: int, boundaries: Container[int]
) -> bool:
    """An intro paragraph with an action cue, under an action heading, or a sentence the
    items complete ("the group assists it in:" + "drafting the Code;")."""
    if _announces_actions(context, intro):
        return True
    blocks = context.blocks
    if not blocks[intro].text.rstrip().endswith(":") or _announces_other_things(context, intro):
        return False
    heading = nearest_heading(blocks, item_list.items[0])
    if heading not in boundaries and _heading_announces_actions(context, heading):
        return True
    return _items_complete_a_sentence(context, item_list)


def _announces_other_things(context: DocumentContext, index: int) -> bool:
    """Names, risks, reports or links follow, not actions."""
    cues = context.announcement_cues(index)
    return any(cue.label in ("SIGNATORY", "ASSOCIATED", "NOT_ACTIONS") for cue in cues)


def _items_complete_a_sentence(context: DocumentContext, item_list: ItemList) -> bool:
    """Most items start in lower case: they continue the intro ("must: counter illegal
    content; protect minors"), unlike a list of titles, names or links."""
    texts = [context.blocks[index].text for index in item_list.items]
    lower = [text for text in texts if text[:1].islower() and len(text.split()) >= 2]
    return len(texts) >= 2 and len(lower) * 2 > len(texts)


def _items_are_activities(context: DocumentContext, item_list: ItemList, heading: int) -> bool:
    """Every item opens with a verb in -ing written in lower case ("training staff to ...",
    "advising them on ..."): what an initiative does, under a heading that announces nothing
    else (names, risks, reports)."""
    texts = [context.blocks[index].text for index in item_list.items]
    if len(texts) < 2 or _announces_other_things(context, heading):
        return False
    return all(re.match(r"[a-z]+ing\s+\S+\s+\S+", text) for text in texts)


# "What the campaign offers", "What the new programme will do": what an initiative delivers.
_OFFERS = re.compile(
    r"^(?:what|how)\s+(?:the|this|our)\s+(?:new\s+)?(?P<kind>[a-z]+)\s+(?:will\s+)?"
    r"(?:offers?|provides?|does|do|delivers?|supports?|covers?|helps?|introduces?|brings?|"
    r"changes?|requires?)\b",
    re.IGNORECASE,
)


def _heading_tells_what_it_does(
    context: DocumentContext, item_list: ItemList, heading: int
) -> bool:
    """A heading that says what an initiative of a known kind offers, or what something sets
    out or can do, over two or more items, announcing nothing else (names, risks, reports)."""
    text = context.blocks[heading].text
    offers = _OFFERS.match(text)
    says = (offers is not None and offers.group("kind").casefold() in vocabulary().kinds) or (
        _DOING_HEADING.match(text.strip()) is not None
    )
    return says and len(item_list.items) >= 2 and not _announces_other_things(context, heading)
