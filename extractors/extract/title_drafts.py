"""The initiative a page's title names, when the body confirms it: by name, variant or
acronym, by "the <Kind>" when no other name of its kind is in the prose, or, for sentence-case
and press titles, by the name after the verb or the kind noun that heads the title."""

from __future__ import annotations

import re

from extractors.extract.context import DocumentContext
from extractors.extract.draft_matching import matching_draft
from extractors.extract.drafts import Draft
from extractors.extract.heading_names import RENEWING_WORDS, heading_name, headline_verbs
from extractors.extract.initiative_spellings import name_dash_parts
from extractors.extract.names import (
    ACRONYM,
    PLURAL_POSSESSORS,
    NameCandidate,
    acronym_of,
    name_key,
    short_form,
    vocabulary,
)
from extractors.extract.proper_titles import (
    LAUNCH_CUES,
    lead_object_draft,
    proper_title_draft,
    title_object_draft,
)
from extractors.extract.registry_links import label_rest
from extractors.extract.titles import (
    shortened_in,
    title_head_name,
    title_name_parts,
    title_verb_name,
    written_head,
)
from extractors.extract.topic import LEAD_PARAGRAPHS, launched_topic_draft, title_subject_draft

_WORD = re.compile(r"[\w+]+")


def title_draft(context: DocumentContext, prose: list[tuple[NameCandidate, int]]) -> Draft | None:
    """The title's initiative, when the prose names it too (by name, variant or acronym)."""
    body = context.text[context.blocks[0].span.end :] if context.blocks else ""
    draft = _title_draft(context, prose, body)
    if draft is not None:
        _drop_headline_purpose(draft, context.document.title or "", body)
    return draft


# A purpose clause after a name's kind noun: "... Skills Academy to close the cyber talent gap".
# After "to", a determiner ("Protocol to the Convention ...") or a gerund ("commitment to
# working together") is the name's complement; a short word in "-ing" is a verb ("to bring").
_PURPOSE_TAIL = re.compile(
    r"\s+to\s+(?!(?:the|a|an|its|their|this|these|those|all|every|each)\b)(?![a-z]{3,}ing\b)[a-z]"
)


# What ends a title right before the name: a headline's verb, an optional article and a word
# that tells the name is new ("Commission proposes a new EU Youth Strategy to engage ...").
_VERB_BEFORE = re.compile(
    rf"\b([a-z]+)\s+(?:(?:the|a|an)\s+)?(?:(?:{'|'.join(sorted(RENEWING_WORDS))})\s+)?$"
)


def _drop_headline_purpose(draft: Draft, title: str, body: str) -> None:
    """A headline verb's purpose clause after its object, the name, when the body writes the
    name but never with the clause's verb: "Commission presents the Cybersecurity Skills
    Academy to close the cyber talent gap". A title without a headline verb before the name
    keeps it ("Digital Agenda: CEO Coalition to make the Internet a better place for kids"),
    and so does a name the body writes with it ("EU Strategy to tackle Organised Crime")."""
    tail = _PURPOSE_TAIL.search(draft.name)
    at = title.find(draft.name)
    verb = _VERB_BEFORE.search(title, 0, at) if at > 0 else None
    if tail is None or verb is None or verb.group(1) not in headline_verbs()[0]:
        return
    body_key = name_key(body)
    with_verb = draft.name[: tail.end()] + draft.name[tail.end() :].split(" ", 1)[0]
    if name_key(draft.name[: tail.start()]) in body_key and name_key(with_verb) not in body_key:
        draft.variants.append(draft.name)
        draft.name = draft.name[: tail.start()]


def _title_draft(
    context: DocumentContext, prose: list[tuple[NameCandidate, int]], body: str
) -> Draft | None:
    title = context.document.title or ""
    labelled = _labelled_draft(label_rest(title, body), prose)
    if labelled is not None:
        return labelled
    launched = launched_topic_draft(context)
    if launched is not None:
        # "<Who> launches <Name>, a ...": the page is about what it launched
        return _spelled_in_full(launched, prose, _lead_after_launch(context))
    named = (
        heading_name(title)
        or next(filter(None, map(heading_name, title_name_parts(title))), None)
        or _initialled_title(title, body)
    )
    if named is None:
        verb_draft = _title_verb_draft(title, body, prose)
        if verb_draft is not None:
            return _spelled_in_full(verb_draft, prose)
        return _other_title_draft(context, title, body)
    # A page title's article is the title's, not the name's: "The Code of conduct on ...". Its
    # owner is the title's too: "The <Network>'s key principles on ..." names the principles.
    name = re.sub(r"^The\s+", "", named[0])
    owner = _OWNER.match(name)
    if owner is not None and owner.group("last").lower() not in PLURAL_POSSESSORS:
        name = name[owner.end()].upper() + name[owner.end() + 1 :]
    else:
        owner = None  # "Children's rights charter": a possessive inside the name
    news = _NEWS_WORD.match(name)
    if news is not None and _written_only_without(name, news.end(), body):
        name = name[news.end() :]  # "New General Product Safety Regulation now applies"
    draft = Draft(name, named[1], "title", 0 if context.blocks else None)
    short = short_form(draft.name)  # "... prohibited AI practices" of "... (AI) practices"
    body_key = name_key(body)
    inside = _spelled_with_acronym(draft.name, body)
    initials = _initials_written(draft.name, body)
    if initials is not None and initials not in draft.variants:
        draft.variants.append(initials)  # "(GPSR) entered into force on ...": its launch
    if inside is not None:  # "The Netherlands' Notice-and-Take-Down (NTD) Code of Conduct"
        draft.variants.extend([inside.group(0), *filter(None, inside.groups())])
    confirmed = (
        name_key(draft.name) in body_key
        or (short is not None and name_key(short) in body_key)
        or _half_written(draft.name, body, body_key)
        or acronym_of(draft.name) in body.split()
        or initials is not None
        or inside is not None
        or any(matching_draft(name_key(candidate.name), [draft]) for candidate, _ in prose)
        or any(_shortened_from(draft, candidate) for candidate, _ in prose)
    )
    if not confirmed and not any(candidate.kind == draft.kind for candidate, _ in prose):
        # No other name of its kind in the prose: "the Alliance" or a shortened name ("the
        # COVID-19 monitoring programme") can only be the title's.
        # "these conclusions" too where the whole title is the name, its kind in lower case
        lowered = name.lower()
        kind_in_name = lowered.startswith(f"{draft.kind} ") or f" {draft.kind}" in lowered
        # the whole title, or the title-case object its verb announces ("Commission publishes
        # the Guidelines on ..., as defined by ...": "The guidelines, published on ..."; a
        # lower-case one, "publishes guidelines for ...", may be any such text)
        announced = title_verb_name(title)
        at = title.casefold().find(named[0].casefold())
        written = title[at : at + len(named[0])].split() if at >= 0 else []
        after = title[at + len(named[0]) :].split()[:1] if at >= 0 else []
        announces = (
            announced is not None
            and name_key(announced[0]) == name_key(named[0])
            and draft.kind.capitalize() in written
            # "... the Guidelines on prohibited AI practices": not a name cut before "practices"
            and not (after and after[0][:1].islower())
        )
        whole = (named[0] == title.strip() or owner is not None or announces) and kind_in_name
        forms = {draft.kind.capitalize()} | ({draft.kind} if whole else set())
        pattern = "|".join(re.escape(form) for form in forms)
        the_kind = re.search(rf"\b(?:[Tt]he|[Tt]hese|[Tt]his) (?:{pattern})\b", body)
        confirmed = the_kind is not None or shortened_in(draft.name, body)
    return _spelled_in_full(draft, prose) if confirmed else _other_title_draft(context, title, body)


# A possessive owner that opens a title's name: "Consumer Protection Cooperation Network's ".
_OWNER = re.compile(r"^(?:[A-Z][\w-]*\s+){0,6}(?P<last>[A-Z][\w-]*)[\u2019']s\s+(?=[a-z])")


# "GPSR": fewer letters spell too many other things ("EPR"), unless the body introduces them
# in brackets after words of their own ("... on general product safety (GPS)").
_MIN_INITIALS = 4


# A headline's word before a name, unless the page writes it as the name's ("New Skills Agenda").
_NEWS_WORD = re.compile(
    rf"^(?:{'|'.join(word.capitalize() for word in sorted(RENEWING_WORDS))})\s+(?=[A-Z])"
)


def _written_only_without(name: str, cut: int, body: str) -> bool:
    """Whether the body writes the name without its first words, and never with them."""
    body_key = name_key(body)
    return name_key(name[cut:]) in body_key and name_key(name) not in body_key


def _initialled_title(title: str, body: str) -> tuple[str, str] | None:
    """A sentence-case title that ends in a kind noun the rules read as a common noun
    ("General product safety regulation") is the name of what the body calls by its initials
    ("GPSR")."""
    words = title.split()
    kind = words[-1].lower() if words else ""
    if kind not in vocabulary().kinds or not words[0][:1].isupper():
        return None
    return (title.strip(), kind) if _initials_written(title, body) is not None else None


def _initials_written(name: str, body: str) -> str | None:
    """The name's initials where the body writes them as a word of capitals: "GPSR" of a page
    titled "General product safety regulation" (connectors aside, as "of" in "CoE")."""
    connectors = vocabulary().connectors
    words = [w for w in name.split() if w.lower() not in connectors]
    if len(words) < 3 or not all(w[:1].isalpha() for w in words):
        return None
    initials = "".join(w[0] for w in words).upper()
    written = rf"\({initials}\)" if len(initials) < _MIN_INITIALS else rf"\b{initials}\b"
    return initials if re.search(written, body) is not None else None


def _spelled_with_acronym(name: str, body: str) -> re.Match[str] | None:
    """Where the body writes the name with its acronym inside ("Notice-and-Take-Down (NTD)
    Code of Conduct", "Best Practice Recommendation (BPR) on ..."), in any case but the
    acronym's."""
    between = rf"\s+(?:\(((?-i:{ACRONYM}))\)\s+)?"
    for spelled in re.finditer(between.join(map(re.escape, name.split())), body, re.IGNORECASE):
        if any(spelled.groups()):
            return spelled
    return None


def _half_written(name: str, body: str, body_key: str) -> bool:
    """Whether the body writes a half of a name "SHORT - Long form": the short one as a word
    of its own ("ENABLE is an EU-funded project"), the long one in any case."""
    halves = name_dash_parts(name)
    if not halves:
        return False
    short, long = halves
    words = {word.strip(".,;:()") for word in body.split()}
    described = long.split()[0] in ("A", "An", "The")  # "CO:RE - A pan-European platform ..."
    return short in words or (not described and name_key(long) in body_key)


def _lead_after_launch(context: DocumentContext) -> tuple[int, int] | None:
    """The lead after its first launch cue ("The Commission today adopted an Action Plan ...
    The Media and Audiovisual Action Plan focuses on ..."), where a name the title shortened
    may be written in full; a name before the cue is another one the lead cites."""
    paragraphs = [i for i, block in enumerate(context.blocks) if block.kind == "paragraph"]
    lead = paragraphs[:LEAD_PARAGRAPHS]
    cues = (
        cue
        for index in lead
        for sentence in context.sentences_of(index)
        for cue in sentence.cues
        if cue.label in LAUNCH_CUES
    )
    cue = next(cues, None)
    return (cue.end, context.blocks[lead[-1]].span.end) if cue is not None else None


def _spelled_in_full(
    draft: Draft, prose: list[tuple[NameCandidate, int]], lead: tuple[int, int] | None = None
) -> Draft:
    """A press title's short form of the name the prose writes in full: "Tech Coalition" for
    "Technology Coalition" (each title word begins the prose word in its place, the kind noun
    the same), "principles on ..." for "Principles and guidance on ..." (a coordinated noun
    after the first), and, in the `lead` span, "Action Plan" for "Media and Audiovisual Action
    Plan" (the title's words are the full name's last). The prose's spelling is the name; the
    title's a variant."""
    words = draft.name.casefold().split()
    # A prose name written as the title writes it: the title's is the name, and a longer one
    # the prose gives elsewhere another text ("... the Regulation on the temporary use of ...")
    written_as_titled = any(name_key(c.name) == name_key(draft.name) for c, _ in prose)
    for candidate, _ in prose:
        full = candidate.name.casefold().split()
        same_shape = full != words and len(full) == len(words) and full[-1] == words[-1]
        abbreviated = same_shape and all(w.startswith(s) for s, w in zip(words, full, strict=True))
        in_lead = lead is not None and lead[0] <= candidate.start < lead[1]
        completed = in_lead and len(full) > len(words) and full[-len(words) :] == words
        if (
            abbreviated
            or completed
            or _coordinated_in(words, full)
            or (not written_as_titled and _shortened_from(draft, candidate))
        ):
            draft.variants.append(draft.name)
            draft.name = candidate.name
            return draft
    return draft


def _shortened_from(draft: Draft, candidate: NameCandidate) -> bool:
    """Whether a press title's name keeps, in order, words of a longer name the prose gives,
    its first two words the same: "Recommendation on integrated child protection systems" of
    "Recommendation on developing and strengthening integrated child protection systems in
    the best interests of the child"."""
    words, full = draft.name.casefold().split(), candidate.name.casefold().split()
    if len(full) <= len(words) or words[:2] != full[:2]:
        return False  # "Principles of practice on ...": another head than "principles on ..."
    unbracketed = [word for word in full if not (word[:1] == "(" and word[-1:] == ")")]
    if full[: len(words)] == words or unbracketed == words:
        return False  # "... Plan to support ...", "... (NTD) Code": the title rightly left a
        # tail or an acronym out
    rest = iter(full)
    return all(word in rest for word in words)  # each found after the one before


def _coordinated_in(words: list[str], full: list[str]) -> bool:
    """Whether the prose name adds a coordinated noun after the title's kind noun and
    keeps the rest: "Principles and guidance on paid loot boxes" for the title's "principles
    on paid loot boxes"."""
    extra = len(full) - len(words)
    if extra <= 0 or full[0] != words[0]:
        return False
    return full[1] == "and" and full[extra + 1 :] == words[1:]


def _labelled_draft(rest: str | None, prose: list[tuple[NameCandidate, int]]) -> Draft | None:
    """The longest prose name that a labelled title's own subject holds ("Report on the X
    consultation" and "#X consultation"), a hashtag's "#" aside."""
    if rest is None:
        return None
    folded = _words_of(rest)
    held = [candidate for candidate, _ in prose if _words_of(candidate.name) in folded]
    best = max(held, key=lambda candidate: len(candidate.name), default=None)
    return Draft(best.name, best.kind, "title", 0) if best else None


def _words_of(text: str) -> str:
    """A text's words, casefolded, between spaces: for whole-word containment."""
    return f" {' '.join(_WORD.findall(text.casefold()))} "


def _other_title_draft(context: DocumentContext, title: str, body: str) -> Draft | None:
    found = (
        _title_head_draft(title, body)
        or proper_title_draft(context)
        or title_object_draft(context)
        or lead_object_draft(context)
    )
    if found is None or found.needs_facts:
        # A name that stands only with a list gives way to one the lead defines ("The iCOP
        # project, which ran ...", under "iCOP: a forensic toolkit ...").
        return title_subject_draft(context) or found
    return found


def _title_verb_draft(
    title: str, body: str, prose: list[tuple[NameCandidate, int]]
) -> Draft | None:
    """ "<Who> announce Code of Conduct on ...", when the body writes "a code of conduct", or
    points back to it as "the Pledge" and names nothing else of its kind."""
    announced = title_verb_name(title)
    if announced is None:
        return None
    spelling = written_head(announced[0], body)
    alone = not any(candidate.kind == announced[1] for candidate, _ in prose)
    if spelling is None and alone and _the_kind_in_capitals(announced, body):
        # "... sign a Safety Pledge" over "the Pledge"
        return Draft(announced[0], announced[1], "title", 0)
    if spelling is None:
        return None
    return Draft(announced[0], announced[1], "title", 0, body_spelling=spelling)


def _the_kind_in_capitals(named: tuple[str, str], body: str) -> bool:
    """Whether the body points back to a title-case name by its capitalised kind noun alone
    ("the Pledge" after "... sign a Product Safety Pledge")."""
    kind = " ".join(word.capitalize() for word in named[1].split())  # "Task Force"
    if re.search(rf"\b{re.escape(kind)}\b", named[0]) is None:
        return False  # a sentence-case name ("a charter on ...") is not pointed back to so
    return re.search(rf"\b(?:[Tt]he|[Tt]his) {re.escape(kind)}\b", body) is not None


def _title_head_draft(title: str, body: str) -> Draft | None:
    """ "Commission publishes guidelines on ...": a sentence-case name the body repeats."""
    named = title_head_name(title, body)
    return Draft(named[0], named[1], "title", 0) if named else None
