"""What a page is about when no rule found an initiative it describes: its title's subject.

A page that tells of something names it in its title, whatever the name's shape ("SELFIE
turns one", "Lie Detectors: working journalists bring ...", "TikTok sets up a Global Youth
Council to advise ...", "Hearing on video games and the protection of minors"). The title's
subject stands only as a last resort, when the body repeats it word for word: the longest run
of the title's words that the body writes is the name, so a headline's news words ("... now
open") fall away and a name the body never writes is never made up.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extractors.extract.context import DocumentContext
from extractors.extract.date_patterns import date_vocabulary
from extractors.extract.drafts import Draft, Mention
from extractors.extract.heading_names import headline_verbs
from extractors.extract.lead import is_listing
from extractors.extract.names import DETERMINERS, PREPOSITIONS, is_year, vocabulary
from extractors.extract.organisations import canonical_organisation
from extractors.extract.proper_titles import initiative_words
from extractors.extract.quoted_names import QUOTED
from extractors.extract.roles import is_place, roles
from extractors.extract.topic_definitions import definition_in

_MAX_NAME_WORDS = 16
# A title's own note at its end, which the body writes with the name: "Denmark: the
# Well-being Commission (Trivselskommissionen)".
_TRAILING_NOTE = re.compile(r"\s*\([^()]*\)\s*$")
# Words that open a headline's phrase without being the name's: "a", "its", "the first",
# "14th", "new", a year.
_ORDINAL = re.compile(r"^(?:\d+(?:st|nd|rd|th)|first|second|third|new|latest)$", re.IGNORECASE)
# A verb's particle: "sets up a ...", "puts forward a ...".
_PARTICLES = frozenset({"up", "forward", "out", "off", "together"})
# Words that make a headline's subject who acts rather than what it tells of: "Commission
# adopts ...", "Dutch Ministry wins ...". ("EU" is no such word: "EU Kids Online turns 20".)
_ACTOR_WORDS = frozenset(
    {
        "commission", "council", "parliament", "ministry", "minister", "president", "government",
        "authority", "agency", "regulator", "commissioner", "presidency", "ombudsman",
        "countries", "governments", "ministers", "regulators", "authorities",
    }
)  # fmt: skip
# Nouns that make a lower-case phrase the name of a thing a page can describe, beyond the kind
# nouns and the nouns of an initiative: "a comprehensive approach to ...", "a toolkit ...".
_THING_NOUNS = frozenset(
    {
        "approach", "toolkit", "committee", "award", "day", "festival", "course", "hearing",
        "standard", "standards", "expectations", "rules", "system", "hotline", "helpline",
        "competition", "conference", "summit", "training", "mooc", "magazine", "guide", "academy",
    }
)  # fmt: skip


def title_subject(title: str, body: str) -> tuple[str, str] | None:
    """(name, kind) of what the title tells of, as the body writes it, or None."""
    title = _TRAILING_NOTE.sub("", title).strip()
    head, colon, rest = title.partition(": ")
    if colon:
        if _names_an_actor(head):
            # "Denmark: the Danish blocking system ...", "UNICEF: Children ask leaders ..."
            return _sentence_subject(rest, body)
        if _is_proper(head.split()):  # "Lie Detectors: working journalists bring ..."
            return _repeated(head.split(), body, whole=True)
        # "Connecting the dots: young people, ...": a rubric and its subtitle name nothing
        # whole, but the subtitle's sentence may ("...: SELFIE turns one")
        return _sentence_subject(rest, body, whole_title=False)
    return _sentence_subject(title, body)


def _sentence_subject(title: str, body: str, *, whole_title: bool = True) -> tuple[str, str] | None:
    quoted = QUOTED.search(title)
    if quoted is not None:  # "Commission welcomes children's report "Our Europe, ..."
        return _repeated(quoted.group("name").split(), body, whole=True)
    words = title.split()
    verb = next((i for i in range(1, len(words) - 1) if _is_verb(words, i)), None)
    if verb is None:
        found = _repeated(_without_openers(words), body) if whole_title else None
        # "Member States tighten rules on ...": who acts, before a verb no list knows
        return None if found is not None and _names_an_actor(found[0]) else found
    subject, rest = words[:verb], words[verb + 1 :]
    while rest and rest[0] in _PARTICLES:
        rest = rest[1:]
    if words[verb] not in headline_verbs()[1]:
        return None if is_actor(subject) else _subject_name(subject, body)
    found = _object_name(rest, body)
    if found is None and _kind(subject) is not None and not is_actor(subject):
        # "CESAGRAM project presents new tools": a subject that says what it is
        found = _subject_name(subject, body)
    return found


def _is_verb(words: list[str], index: int) -> bool:
    """Whether `words[index]` is the headline's verb: a known one, or a lower-case word in
    "-s" right after a name ("Vodafone UK sends ...", "TikTok commits to ..."), not a noun
    after an adjective ("EU-funded projects ...") or a possessive ("Children's rights ...")."""
    word = words[index]
    if word in headline_verbs()[0]:
        return True
    before = words[index - 1]
    after_name = before[:1].isupper() or before[:1].isdigit()
    if not after_name or re.search(r"-[a-z]+$|['\u2019]s$", before):
        return False
    plain = word.isalpha() and word.islower() and word not in _thing_words()
    return plain and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _object_name(words: list[str], body: str) -> tuple[str, str] | None:
    """The thing a headline's verb introduces: its capitalised run, or a lower-case phrase."""
    words = _without_openers(words)
    if not words or any(ch.isdigit() for ch in words[0]):
        return None  # "removes over 500,000 accounts", "introduces 12 new rules"
    run = _capitalised_run(words)
    if len(run) >= 2:  # "a Global Youth Council to advise ...": the name is its capitals
        return _repeated(run, body, whole=True)
    return _repeated(words, body)


def _subject_name(words: list[str], body: str) -> tuple[str, str] | None:
    """A headline's subject as the name: "The 116 000 hotline ...", "CESAGRAM project"."""
    words = _without_openers(words)
    if len(words) >= 2 and words[-1].lower() == "project" and _is_proper(words[:-1]):
        words = words[:-1]  # "MIRACLE project makes ...": the project is MIRACLE
    tail = _capitalised_run(words[::-1])[::-1]
    if tail and tail != words and _is_proper(tail):
        words = tail  # "Finnish anti-bullying programme KiVa wins ..."
    if not words or not (_is_proper(words) or any(ch.isdigit() for ch in words[0])):
        return None
    return _repeated(words, body, whole=True)


def _repeated(words: list[str], body: str, *, whole: bool = False) -> tuple[str, str] | None:
    """The longest run of `words` from the first that the body writes, in any case; all of
    them when `whole`. A lower-case run must hold a noun of a thing the page can describe."""
    if not words or len(words) > _MAX_NAME_WORDS:
        return None
    lengths = [len(words)] if whole else range(len(words), 1, -1)  # one word: its subject
    connectors = vocabulary().connectors
    for length in lengths:
        run = words[:length]
        if run[-1].lower() in connectors or run[-1].endswith(","):
            continue  # "Charter for Frogs and": a run ends on a name's word
        if all(_is_date_word(word) for word in run):
            continue  # "25 May 2031 - ...", "May 25, 2031 - ...": the title's date, no name
        pattern = r"\s+".join(re.escape(word) for word in run)
        # Not the start of a longer name: "Safe Play" in "Safe Play Plus was established".
        found = re.search(rf"(?<![\w-]){pattern}(?![\w-])(?!\s+(?-i:[A-Z]))", body, re.IGNORECASE)
        if found is None:
            continue
        name = re.sub(r"^(?:The|the|A|An)\s+", "", found.group(0))
        kind = _kind(run)
        if not _is_proper(run) and (kind is None or not _has_complement(run)):
            return None  # "technical standard", "political agreement": common nouns
        if len(run) == 1 and not _has_inner_capital(run[0]):
            return None  # "Hotlines", "Research": a topic, not a name
        if name.split()[0].islower():  # "comprehensive approach to ..." opens the name
            name = name[:1].upper() + name[1:]
        return name, kind or "initiative"
    return None


def _has_complement(words: list[str]) -> bool:
    """Whether a connector stands inside the words: "approach to mental health"."""
    return any(word.lower() in vocabulary().connectors for word in words[1:-1])


@lru_cache(maxsize=1)
def _thing_words() -> frozenset[str]:
    """The nouns of a thing a page can describe: "CAP rules on ..." has no verb."""
    return initiative_words() | _THING_NOUNS


def _kind(words: list[str]) -> str | None:
    """The last noun of a thing the words hold: "Europe Code Week" is a week."""
    return next((w.lower() for w in reversed(words) if w.lower() in _thing_words()), None)


def _without_openers(words: list[str]) -> list[str]:
    """The words without the articles, ordinals and years that open them: "its first",
    "a new", "2031"; a name's own article inside it stays ("Voice of the Children")."""
    while words and (
        words[0].lower() in DETERMINERS or _ORDINAL.match(words[0]) or is_year(words[0])
    ):
        words = words[1:]
    return words


def _capitalised_run(words: list[str]) -> list[str]:
    """The words from the first while each has a capital or is a connector inside a name."""
    connectors = vocabulary().connectors
    run: list[str] = []
    for word in words:
        capitalised = word[:1].isupper() or word[:1].isdigit() or _has_inner_capital(word)
        if not (capitalised or (word.lower() in connectors and run)):
            break
        run.append(word)
    while run and run[-1].lower() in connectors:
        run.pop()
    return run


_DAY_OR_YEAR = re.compile(r"\d{1,4}(?:st|nd|rd|th)?")


def _is_date_word(word: str) -> bool:
    """A day, a year or a month: "25", "25th,", "May", "2031"."""
    bare = word.strip(",.")
    return _DAY_OR_YEAR.fullmatch(bare) is not None or bare.lower() in date_vocabulary().months


def _is_proper(words: list[str]) -> bool:
    """Every word but the connectors has a capital (or is a number): a proper name."""
    connectors = vocabulary().connectors
    content = [w for w in words if w.lower() not in connectors]
    return bool(content) and all(
        w[:1].isupper() or w[:1].isdigit() or _has_inner_capital(w) for w in content
    )


def _has_inner_capital(word: str) -> bool:
    return any(char.isupper() for char in word[1:])


def _names_an_actor(name: str) -> bool:
    """Who acts, named whole: "Member States", "The Netherlands", "UNESCO"."""
    return (
        name.casefold() in roles().excluded
        or is_place(name)
        or canonical_organisation(name) is not None
    )


def is_actor(words: list[str]) -> bool:
    """Whether a headline's subject is who acts: a body, a country, a company."""
    if any(word.lower().strip(",") in _ACTOR_WORDS for word in words):
        return True
    prefixes = [" ".join(words[:length]) for length in range(1, len(words) + 1)]
    return any(is_place(p) or canonical_organisation(p) is not None for p in prefixes)


def subject_draft(context: DocumentContext) -> Draft | None:
    """The title's subject as the page's one initiative, owning the page, with every mention
    the body makes of it; None on a listing, whose title is a rubric."""
    if not context.blocks or is_listing(context):
        return None
    body_start = context.blocks[0].span.end
    found = title_subject(context.document.title or "", context.text[body_start:])
    found = found or _lead_defined(context)
    if found is None:
        return None
    return subject_draft_of(context, *found)


def subject_draft_of(context: DocumentContext, name: str, kind: str) -> Draft | None:
    """The draft of the page's one initiative `name`, owning the page, with every mention the
    body makes of it; None when the body says it is a body ("X is a network of ...")."""
    body_start = context.blocks[0].span.end
    draft = Draft(name, kind, "title", 0)
    words = r"\s+".join(re.escape(word) for word in name.split())
    pattern = re.compile(rf"(?<![\w-]){words}(?![\w-])", re.IGNORECASE)
    for match in pattern.finditer(context.text, body_start):  # not the title's own words
        block = context.block_holding(match.start())
        if block is not None:
            draft.mentions.append(Mention(match.start(), match.end(), block))
    if any(_said_to_be_a_body(context.text, mention.end) for mention in draft.mentions):
        return None
    draft.owned = set(range(1, len(context.blocks)))
    return draft


# A proper name the lead sets in apposition: "... have joined forces in CyberBuddy, a two-year
# school-education partnership against ...". Its words are bounded: a lead may be one sentence
# of megabytes.
_APPOSED_CANDIDATES = 3  # appositions read per page, each one search of its sentence


@lru_cache(maxsize=1)
def _apposed_name() -> re.Pattern[str]:
    connectors = "|".join(sorted(map(re.escape, vocabulary().connectors - {"&"})))
    word = r"[A-Z][\w+&'-]*"
    return re.compile(
        rf"(?<![\w-])(?P<name>{word}(?:\s+(?:{word}|{connectors})){{0,{_MAX_NAME_WORDS - 1}}})"
        r"\s*(?:\([^()]{1,40}\))?,\s+an?\s"
    )


def _lead_defined(context: DocumentContext) -> tuple[str, str] | None:
    """(name, kind) of the first proper name the lead paragraph defines as an initiative by an
    apposition ("CyberBuddy, a two-year ... partnership"), when the title names none: a place,
    who acts, or a body so defined ("in Ghent, a city ...", "UNICEF, a UN agency") is none."""
    lead = context.first_paragraph
    tried = 0
    for sentence in context.sentences_of(lead) if lead is not None else []:
        for match in _apposed_name().finditer(sentence.text):
            words = match.group("name").split()
            if words[0].lower() in DETERMINERS:
                words = words[1:]  # "The PondBuddy, a ...": the sentence's article
            if not words or words[0].lower() in PREPOSITIONS | vocabulary().connectors:
                continue  # "In Lisbon, a two-year project ... began": where, then the subject
            name = " ".join(words)
            if _names_an_actor(name):
                continue  # "France, a project of ten towns, ...": a place is never the subject
            defined = definition_in(sentence, name)
            if defined is not None and defined[1] in initiative_words():
                return defined[0], defined[1]
            tried += 1
            if tried == _APPOSED_CANDIDATES:
                return None
    return None


# "SafeNet Europe is a network of helplines": the body says the title's subject is a body
# that acts, so the page describes it, not an initiative. A group, a panel or a not-for-profit
# organisation may be one ("a group of 15 teenagers who will advise the platform", "Internet
# Matters, the not-for-profit organisation set up by ...").
_IS_A_BODY = re.compile(
    r"(?:\s+(?:is|was)|\s*,)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:network|association|company|foundation|agency|institute|authority)\b",
    re.IGNORECASE,
)


def _said_to_be_a_body(text: str, end: int) -> bool:
    return _IS_A_BODY.match(text, end, end + 120) is not None
