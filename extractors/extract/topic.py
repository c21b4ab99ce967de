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

from extractors.extract.context import DocumentContext, Sentence
from extractors.extract.drafts import Draft, Mention
from extractors.extract.names import PREPOSITIONS, name_key, vocabulary
from extractors.extract.proper_titles import NOT_INITIATIVE_NOUNS

_LEAD_PARAGRAPHS = 3  # the definition may follow a general paragraph and a heading
_LAUNCH_CUES = frozenset({"LAUNCH", "LAUNCH_WEAK"})
_DEFAULT_KIND = "initiative"
# What the lead writes between the title's spelling and the definition: the rest of the
# name in capitals after a dash or colon ("KO:DE" + " - Kids Online: Data and Ethics"), an
# acronym or short name in parentheses ("(EOSD)", "(the EU Hub)").
_REST_OF_NAME = re.compile(
    r"(?:\s+[\u2013-]\s+|:\s+)[A-Z#][\w.:'#-]*(?:\s+(?:[A-Z#][\w.:'#-]*|of|and|for|on|the|&))*"
)
# A capitalised word right after the name: it is the start of a longer name.
_LONGER_NAME = re.compile(r"\s+[A-Z#]")
_PARENTHESIS = re.compile(r"\s*\((?:the\s+)?(?P<short>[A-Z#][^()]{0,40})\)")
# ", a free service that ...", " is a two-year project ...": what the lead says the name is,
# a common noun ("..., the Consumer Network" is another name, not a definition).
_DEFINITION = re.compile(
    r"(?:,\s+|\s+(?:is|was|has been)\s+)(?:an?|the)\s+(?P<phrase>[a-z][^,;.()\u2013]{0,80})"
)
_SUBJECT_SKIP = re.compile(r"^(?:The|the)\s+")
# "The X (EOSD) was inaugurated": the name is what was launched; "The Commission launched"
# names who launched.
_PASSIVE = re.compile(r"^\s*(?:is|was|were|has been|have been|had been|will be)\s+(?:\w+ly\s+)?$")
_TITLE_PREFIX = re.compile(r"^[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}:\s+(?=[A-Z#])")  # "Place: "
_DASH = re.compile(r"\s+[\u2013-]\s+")
_NAME_WORD = re.compile(r"[A-Z#]|^(?:of|for|on|to|against|in|and|&|the|[\u2013-])$")
_ARTICLES = frozenset({"the", "a", "an", "new", "its", "their"})
_NAME_CONNECTORS = frozenset({"of", "for", "on", "to", "against", "in", "and", "&", "the"})


def launched_topic_draft(context: DocumentContext) -> Draft | None:
    """ "<Who> launches <Name>": the name after the title's launch verb, when the lead
    defines it; who launched it acts on the page's topic and is not it."""
    title = _title_sentence(context)
    if title is None:
        return None
    for cue in (c for c in title.cues if c.label in _LAUNCH_CUES):
        words = title.text[cue.end - title.start :].split()
        while words and words[0].lower() in _ARTICLES:
            words = words[1:]
        run = _name_run(words)
        if run and not (run[0].islower()):
            return _confirmed_draft(context, [run])
    return None


def title_subject_draft(context: DocumentContext) -> Draft | None:
    """The title's subject or the title as a name ("Portugal: SafeShare.eu grows", "KO:DE -
    A platform for ..."), when the lead defines it."""
    title = context.document.title or ""
    words = _TITLE_PREFIX.sub("", title).split()
    run = _name_run(words)
    if not run:
        return None
    candidates = [run, _DASH.split(run, maxsplit=1)[0]]
    first, _, rest = run.partition(" ")
    if len(run.split()) >= 3:
        candidates.append(rest)  # "Second European ... Day": an ordinal the lead writes small
    draft = _confirmed_draft(context, list(dict.fromkeys(candidates)))
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
    them, up to a lower-case word (a verb) or a comma, without trailing connectors."""
    run: list[str] = []
    for word in words:
        core = word.rstrip(",;?!")
        if not core or not _NAME_WORD.search(core) or any(ch.isdigit() for ch in core[:1]):
            break
        run.append(core)
        if core != word:
            break
    while run and run[-1].lower() in _NAME_CONNECTORS | {"\u2013", "-"}:
        run.pop()
    return " ".join(run)


def _lead_sentences(context: DocumentContext) -> list[Sentence]:
    paragraphs = [i for i, b in enumerate(context.blocks) if b.kind == "paragraph"]
    return [s for i in paragraphs[:_LEAD_PARAGRAPHS] for s in context.sentences_of(i)]


def _confirmed_draft(context: DocumentContext, candidates: list[str]) -> Draft | None:
    """The first candidate the lead defines or launches; none when the lead says it is a
    body or an event ("X is a network of helplines"), whatever else it says of it."""
    lead = _lead_sentences(context)
    for candidate in candidates:
        if len(candidate) < 3:
            continue
        found = [f for f in (_definition_in(s, candidate) for s in lead) if f is not None]
        if any(kind in NOT_INITIATIVE_NOUNS for _, kind, _ in found):
            return None
        if found:
            name, kind, shorts = found[0]
            return _draft(context, name, kind, [*shorts, candidate])  # the title's spelling
    return None


def _definition_in(sentence: Sentence, name: str) -> tuple[str, str, list[str]] | None:
    """(name, kind, short names) when the sentence defines `name` or launches it."""
    text = sentence.text
    for at in _occurrences(text, name):
        rest = _REST_OF_NAME.match(text, at + len(name))
        end = rest.end() if rest else at + len(name)
        if _LONGER_NAME.match(text, end):
            continue  # "Safe Play Plus" is not "Safe Play"
        short = _PARENTHESIS.match(text, end)
        after = short.end() if short else end
        shorts = [short.group("short").strip()] if short else []
        definition = _DEFINITION.match(text, after)
        if definition is not None:
            return text[at:end], _head_noun(definition.group("phrase")), shorts
        if _launched_here(sentence, at, after):
            return text[at:end], _DEFAULT_KIND, shorts
    return None


def _launched_here(sentence: Sentence, at: int, after: int) -> bool:
    """The name opens the sentence and a launch verb follows it ("The X (EOSD) was
    inaugurated"), or a launch verb governs it ("The Commission set up the X")."""
    opens = _SUBJECT_SKIP.sub("", sentence.text[:at]) == ""
    for cue in sentence.cues:
        if cue.label not in _LAUNCH_CUES:
            continue
        start, end = cue.start - sentence.start, cue.end - sentence.start
        if opens and start >= after and _PASSIVE.match(sentence.text[after:start]):
            return True
        if end <= at and sentence.text[end:at].strip().lower() in ("", "the", "a", "an"):
            return True
    return False


def _occurrences(text: str, name: str) -> list[int]:
    """Where `name` stands as whole words in `text` (no regex built per name)."""
    found, at = [], text.find(name)
    while at >= 0:
        before = text[at - 1] if at > 0 else " "
        end = at + len(name)
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or after.isalnum()):
            found.append(at)
        at = text.find(name, at + 1)
    return found


def _head_noun(phrase: str) -> str:
    """The noun a definition says the name is: "free service that helps" -> "service",
    "two-year project funded by" -> "project"; its last word before a clause or complement."""
    words = phrase.split()
    stops = vocabulary().stop_words | PREPOSITIONS
    cut = next(
        (i for i, w in enumerate(words) if i and (w in stops or w.endswith("ed"))), len(words)
    )
    head = words[cut - 1] if cut else ""
    return head.lower() if head.isalpha() and head.islower() else _DEFAULT_KIND


def _draft(context: DocumentContext, name: str, kind: str, shorts: list[str]) -> Draft:
    draft = Draft(name, kind, "title", 0)
    draft.variants = list(dict.fromkeys(s for s in shorts if s != name))
    taken: set[int] = set()  # "KO:DE" inside "KO:DE - Kids Online ..." is one mention
    for spelling in [name, *draft.variants]:
        for sentence in context.sentences:
            if context.blocks[sentence.block].kind == "title":
                continue
            for at in _occurrences(sentence.text, spelling):
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
    cue = next((c for c in title.cues if c.label in _LAUNCH_CUES), None)
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
