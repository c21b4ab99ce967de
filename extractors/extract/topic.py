"""The one named thing a page is about, when its name has no kind noun the rules know.

The title puts it first ("SafeShare.eu turns three", "European Office for Safe Design opens
in Lisbon"), is its name ("EU Hub of Expertise for Young Gamers"), or launches it ("Kids
Alliance launches Beacon, a reporting scheme": the launcher acts on the topic and is not
it). The lead must take the name up and say what it is: an apposition ("SafeShare.eu, a
free service that ..."), a copula ("KO:DE - Kids Online: Data and Ethics is a two-year
project"), or a launch ("The Commission set up the EU Hub of ...", "The European Office ...
(EOSD) was inaugurated"). The name is the lead's spelling up to its definition: never the
title's verb or the rest of the sentence. A name the lead calls a body or an event
("X is a network of ...") is none, as for `proper_titles`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from extractors.extract.context import DocumentContext, Sentence
from extractors.extract.date_patterns import date_vocabulary
from extractors.extract.drafts import Draft, Mention
from extractors.extract.names import (
    DASHES,
    NAME_NUMBER,
    PLURAL_POSSESSORS,
    PREPOSITIONS,
    name_key,
    vocabulary,
)
from extractors.extract.proper_titles import INITIATIVE_NOUNS, NOT_INITIATIVE_NOUNS
from extractors.extract.quoted_names import quoted_at_start
from extractors.extract.roles import is_place
from extractors.extract.topic_definitions import (
    DEFAULT_KIND,
    LAUNCH_CUES,
    definition_in,
    known_as_in,
    occurrences,
)

LEAD_PARAGRAPHS = 3  # the definition may follow a general paragraph and a heading
_TITLE_PREFIX = re.compile(r"^[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}:\s+(?=[A-Z#])")  # "Place: "
_DASH = re.compile(r"\s+[\u2013-]\s+")
# A word that opens with a digit is a number ("2031", "10th", "12"), unless capitals follow
# the digits inside it: "4NSEEK", "5Rights" are names.
_NUMBER_FIRST = re.compile(r"\d+(?![A-Z])")
_NAME_WORD = re.compile(r"[A-Z#]|^(?:of|for|on|to|against|in|and|&|the|[\u2013-])$")
# What a section's lead may say its heading's name is: an initiative's noun.
_SECTION_NOUNS = INITIATIVE_NOUNS | {DEFAULT_KIND, "tool", "service"}
# Words before a name that are none of its words: an acronym's compound modifier ("EU-funded",
# "UK-based"), an owner's possessive.
_COMPOUND_MODIFIER = re.compile(r"[A-Z]{2,}-(?:[a-z]+ed|based|wide|led)")
_POSSESSIVE = re.compile(r"(?P<stem>[\w.&-]+)['\u2019]s")


def _is_owner(run: list[str], word: str) -> bool:
    """Whether a possessive names who owns what follows: an acronym ("NSPCC's"), a place
    ("France's"), or the last word of a longer name ("Lake Trust's"), not "Children's"."""
    possessive = _POSSESSIVE.fullmatch(word)
    if possessive is None:
        return False
    stem = possessive.group("stem")
    return stem.isupper() or is_place(stem) or (bool(run) and stem.lower() not in PLURAL_POSSESSORS)


_ARTICLES = frozenset({"the", "a", "an", "new", "its", "their"})


@dataclass(frozen=True)
class _Scope:
    """Where a topic is read: a title or heading, the lead below it, the blocks it spans."""

    heading: int  # the title's block (0) or the heading's
    text: str
    sentence: Sentence | None
    lead: list[Sentence]
    blocks: range
    source: str  # "title" | "heading"


def launched_topic_draft(context: DocumentContext) -> Draft | None:
    """ "<Who> launches <Name>": the name after the title's launch verb, when the lead
    defines it; who launched it acts on the page's topic and is not it."""
    return _launched(context, _title_scope(context))


def title_subject_draft(context: DocumentContext) -> Draft | None:
    """The title's subject or the title as a name ("Portugal: SafeShare.eu grows", "KO:DE -
    A platform for ..."), when the lead defines it."""
    return _subject(context, _title_scope(context))


_MIN_LEAD_WORDS = 4


def section_topic_draft(context: DocumentContext, heading: int, end: int) -> Draft | None:
    """A heading over its section as a small page of its own (a listing's teaser: heading
    and text): what the heading launches or its subject, when the section defines it."""
    sentences = context.sentences_of(heading)
    # A teaser's text: its first paragraph of words (not its date line), and the heading,
    # which may define what it launches ("X launches Y, a ... programme").
    first = next(
        (
            i
            for i in range(heading + 1, end)
            if context.blocks[i].kind == "paragraph"
            and len(context.blocks[i].text.split(maxsplit=_MIN_LEAD_WORDS)) >= _MIN_LEAD_WORDS
        ),
        None,
    )
    lead = [*sentences, *(context.sentences_of(first) if first is not None else [])]
    scope = _Scope(
        heading,
        context.blocks[heading].text,
        sentences[-1] if sentences else None,
        lead,
        range(heading, end),
        "heading",
    )
    draft = _launched(context, scope) or _subject(context, scope)
    if draft is not None:
        draft.owned = set(range(heading + 1, end))
    return draft


def _title_scope(context: DocumentContext) -> _Scope:
    lead = [s for i in context.paragraphs[:LEAD_PARAGRAPHS] for s in context.sentences_of(i)]
    blocks = range(len(context.blocks))  # the title's own words are skipped as mentions
    return _Scope(0, context.document.title or "", _title_sentence(context), lead, blocks, "title")


def _launched(context: DocumentContext, scope: _Scope) -> Draft | None:
    title = scope.sentence
    if title is None:
        return None
    for cue in (c for c in title.cues if c.label in LAUNCH_CUES):
        words = title.text[cue.end - title.start :].split()
        if words[:1] == ["of"]:
            words = words[1:]  # "... welcomes the launch of the European Newsroom"
        while words and words[0].lower() in _ARTICLES:
            words = words[1:]
        # "Norway launches "Rett p\u00e5 nett", its ...": the quotation marks are its ends
        run = quoted_at_start(" ".join(words)) or _name_run(words)
        if run and not (run[0].islower()):
            return _confirmed_draft(context, scope, [run])
    return None


def _subject(context: DocumentContext, scope: _Scope) -> Draft | None:
    words = _TITLE_PREFIX.sub("", scope.text).split()
    acronym = bool(words) and len(words[0]) > 1 and words[0].isupper()  # "WHO Guidance ..."
    opening = words[0].lower() if words and not acronym else ""
    if opening in ("a", "an") or opening in vocabulary().non_name_starts:
        return None  # "A pan-European campaign ...", "From project to network": no name opens it
    run = _name_run(words)
    # "On the European democracy action plan ...": the run's last capital opens a
    # sentence-case name, which is the candidate, not the run nor its prefix
    opened = _opened_name(words, run)
    if is_place(run) and words[len(run.split()) - 1].endswith(":"):
        run = ""  # "France: new rules for ...": a place's label, not a name
    run = opened or run
    draft = _leading_subject(context, scope, run) if run else None
    prefix = _name_run(scope.text.split())
    if draft is None and prefix and prefix != run and not is_place(prefix) and not opened:
        # "Protech: EU-funded ...": no place; its lead must define it, not only write it
        # before a noun ("The UNICEF campaign ..." under "UNICEF: ..." names the publisher)
        draft = _leading_subject(context, scope, prefix, noun_after=False)
    if not run:
        return draft
    if draft is None and scope.source == "title" and scope.sentence is not None:
        # The title may define a name inside it ("Commission to unveil X, a new tool ...").
        inner = replace(scope, lead=[scope.sentence, *scope.lead])
        draft = _inner_subject(context, inner, words)
    return draft


def _inner_subject(context: DocumentContext, scope: _Scope, words: list[str]) -> Draft | None:
    """A proper name inside the title's sentence ("Register for the SELMA Hacking hate MOOC",
    "DIGYMATEX project kicks off"), when the lead defines it as an initiative: each run of
    capitalised words after the title's first, and an acronym that opens one."""
    months = date_vocabulary().months
    tried: set[str] = set()
    for index in range(1, len(words)):
        word = words[index]
        if words[index - 1][:1].isupper():
            continue  # inside a run already tried
        if _continues_a_name(words, index) or word.lower().rstrip(",;:?!") in months:
            continue  # "Safety by Design": the end of a longer name; "on 11 January"
        run = _name_run(words[index : index + _RUN_WORDS]) if word[:1].isupper() else ""
        first = run.split()[0] if run else ""
        for candidate in dict.fromkeys([run, first if first.isupper() else ""]):
            if candidate in tried or candidate in vocabulary().common_noun_acronyms:
                continue  # each spelling is looked for in the lead once
            if is_place(candidate):
                continue  # "NGO Better Internet Centre": "the team founded the NGO ..."; a country
            tried.add(candidate)
            if len(tried) > _INNER_CANDIDATES:
                return None  # a title of hundreds of names: each is read in the whole lead
            if len(candidate) >= 3 and _proper(candidate):
                draft = _confirmed_draft(context, scope, [candidate], initiatives_only=True)
                if draft is not None:
                    return draft
    return None


_SENTENCE_CASE_WORDS = 4  # "European democracy action plan": a capital, then lower case


def _opened_name(words: list[str], run: str) -> str:
    """The sentence-case name whose capital ends a title's leading run of small words ("On
    the European democracy action plan ..."), else ""."""
    run_words = run.split()
    small = PREPOSITIONS | vocabulary().connectors
    if len(run_words) < 2 or any(word.lower() not in small for word in run_words[:-1]):
        return ""
    return _sentence_case_name(words, len(run_words) - 1)


def _sentence_case_name(words: list[str], index: int) -> str:
    """The sentence-case name word `index` opens, up to its kind noun ("European democracy
    action plan"), else ""; the capitalised adjective alone ("European") names nothing."""
    run = words[index]
    # a word like "European", not a proper name's own spelling ("#SayNo", "SIC+", "CO:RE")
    if not (run.isalpha() and run[:1].isupper() and run[1:].islower()):
        return ""
    kinds = vocabulary().kinds
    following = words[index + 1 : index + 1 + _SENTENCE_CASE_WORDS]
    for count, word in enumerate(following, start=1):
        core = word.rstrip(",;:?!")
        if not core.isalpha() or not core.islower():
            return ""
        if core in kinds:
            # a word between the capital and its kind noun: "European strategy" is a title's
            # topic, "European democracy action plan" a name
            if count < 2:
                return ""
            return " ".join([run, *(w.rstrip(",;:?!") for w in following[:count])])
    return ""


# Bounds that keep `_inner_subject` linear in its title: a name's run of words, and the
# spellings looked for in the lead (a press title holds a handful).
_RUN_WORDS = 40
_INNER_CANDIDATES = 24


def _continues_a_name(words: list[str], index: int) -> bool:
    """Whether word `index` follows a small word that follows a capitalised one: "Design" of
    "Safety by Design"."""
    if index < 2 or not words[index - 2][:1].isupper():
        return False
    return words[index - 1].lower() in PREPOSITIONS | vocabulary().connectors


def _leading_subject(
    context: DocumentContext, scope: _Scope, run: str, noun_after: bool = True
) -> Draft | None:
    if run.lower() in vocabulary().kinds:
        return None  # "Council calls for ...": a kind noun alone names no one initiative
    candidates = [run, _DASH.split(run, maxsplit=1)[0]]
    words = run.split()
    number = next((i for i, word in enumerate(words) if i and NAME_NUMBER.fullmatch(word)), None)
    if number is not None:
        # "EMMA 7 results: ..." over "EMMA was set up in 2016": the number is an edition's
        candidates.append(" ".join(words[:number]))
    first, _, rest = run.partition(" ")
    if len(words) >= 3:
        candidates.append(rest)  # "Second European ... Day": an ordinal the lead writes small
    draft = _confirmed_draft(context, scope, list(dict.fromkeys(candidates)), noun_after=noun_after)
    if draft is not None and draft.name == rest and first.isupper() and first.isalpha():
        # "OECD Rules on ..." that the lead writes "adopted Rules on ...": the owner's
        # acronym is part of the name the title gives in full.
        draft.variants.append(draft.name)
        draft.name = run
    return draft


def _title_sentence(context: DocumentContext) -> Sentence | None:
    if not context.blocks or context.blocks[0].kind != "title":
        return None
    sentences = context.sentences_of(0)
    return sentences[-1] if sentences else None  # a question before it is not the claim


def _name_run(words: list[str]) -> str:
    """The leading words that may make a name: capitalised words and the connectors between
    them, up to a lower-case word (a verb) or a comma, without trailing connectors. An
    owner's possessive and an opening modifier are left out ("NSPCC's Flaw in the Law", "Lake
    Trust's Frog Watch", "EU-funded Protech"); a name's own possessive is kept ("Children's
    Online Champion", "Let's Talk"), and a hashtag's article dropped ("The #SayNo campaign")."""
    run: list[str] = []
    for word in words:
        core = word.rstrip(",;:?!")
        numbered = bool(run) and run[-1][:1].isupper() and NAME_NUMBER.fullmatch(core)
        if not numbered and (not _NAME_WORD.search(core) or _NUMBER_FIRST.match(core)):
            break
        if core == word and _is_owner(run, core):
            run = []
            continue
        if not run and core == word and _COMPOUND_MODIFIER.fullmatch(core):
            continue
        if run == ["The"] and core.startswith("#"):
            run = []  # "The #SayNo campaign": a hashtag takes no article of its own
        run.append(core)
        if core != word:
            break
    while run and run[-1].lower() in vocabulary().connectors | DASHES:
        run.pop()
    return " ".join(run)


def _confirmed_draft(
    context: DocumentContext,
    scope: _Scope,
    candidates: list[str],
    initiatives_only: bool = False,
    noun_after: bool = True,
) -> Draft | None:
    """The first candidate the lead defines or launches; none when the lead says it is a
    body or an event ("X is a network of helplines"), whatever else it says of it. A
    heading's candidate is a proper name and its definition an initiative's noun: a
    section's lead says less about its heading than a page's lead about its title."""
    for candidate in candidates:
        if len(candidate) < 3 or (scope.source == "heading" and not _proper(candidate)):
            continue
        said = (definition_in(s, candidate, noun_after) for s in scope.lead)
        found = [f for f in said if f is not None]
        if scope.source == "heading" or initiatives_only:
            found = [f for f in found if _in_section_kinds(f[1])]
        if any(kind in NOT_INITIATIVE_NOUNS for _, kind, _ in found):
            return None
        if found:
            # "<Full name>, known as the SREN law": the full name, wherever the lead gives it
            full = next(filter(None, (known_as_in(s, candidate) for s in scope.lead)), None)
            found = [full] if full is not None else found
            name, kind, shorts = found[0]
            return _draft(context, scope, name, kind, [*shorts, candidate])  # title's spelling
    return None


def _in_section_kinds(kind: str) -> bool:
    return kind in _SECTION_NOUNS or kind in vocabulary().kinds or kind in NOT_INITIATIVE_NOUNS


def _proper(candidate: str) -> bool:
    """A proper name: capitalised, or a brand in lower case with capitals ("kidSAFE"); a
    hashtag's by its letters ("#SayNo")."""
    candidate = candidate.removeprefix("#")
    first = candidate.split()[0] if candidate.strip() else ""
    return bool(first) and (
        candidate[0].isupper() or (first[0].isalpha() and first != first.lower())
    )


def _draft(
    context: DocumentContext, scope: _Scope, name: str, kind: str, shorts: list[str]
) -> Draft:
    draft = Draft(name, kind, scope.source, scope.heading)
    draft.variants = list(dict.fromkeys(s for s in shorts if s != name))
    taken: set[int] = set()  # "KO:DE" inside "KO:DE - Kids Online ..." is one mention
    sentences = [s for block in scope.blocks for s in context.sentences_of(block)]
    for spelling in [name, *draft.variants]:
        for sentence in sentences:
            if context.blocks[sentence.block].kind == "title":
                continue
            for at in occurrences(sentence.text, spelling):
                start = sentence.start + at
                if start not in taken:
                    taken.add(start)
                    draft.mentions.append(Mention(start, start + len(spelling), sentence.block))
    draft.mentions.sort(key=lambda mention: mention.start)
    return draft


def acting_launchers(
    context: DocumentContext, primary: Draft | None, drafts: list[Draft]
) -> list[Draft]:
    """ "Kids Alliance unveils Beacon": the launcher of the page's topic is an initiative in
    its own right in the paragraphs it opens as their subject ("The Alliance was formed in
    2010. Its members ..."); it stands only with a list there (`needs_facts`)."""
    title = _title_sentence(context)
    if primary is None or title is None or primary.source != "title":
        return []
    cue = next((c for c in title.cues if c.label in LAUNCH_CUES), None)
    launcher = _name_run(title.text[: cue.start - title.start].split()) if cue else ""
    if not launcher or name_key(launcher) in primary.keys:
        return []
    found = next((d for d in drafts if d is not primary and name_key(launcher) in d.keys), None)
    if found is None:
        return []
    openings = (f"The {found.kind.capitalize()} ", f"{launcher} ", f"The {launcher} ")
    found.owned = {
        block
        for block in primary.owned
        if context.blocks[block].kind == "paragraph"
        and context.blocks[block].text.startswith(openings)
    }
    primary.owned -= found.owned
    found.needs_facts = True
    return [found]
