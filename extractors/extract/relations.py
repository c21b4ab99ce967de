"""Signatories told by a relation in prose, whatever the gazetteer knows.

"Microsoft became the 13th signatory of the Code", "A and B were the first to sign the Code",
"Kreativitet & Kommunikation signed the
Code", "Today the platform Jeuxvideo.com joins the Code of Conduct": the subject of a verb of
signing or joining whose object is a mention of the initiative. "... have signed the
Principles. Among them are A, B and C": the names a sentence lists after the members of an
initiative were counted or named. Names are kept whole: "&", parentheses and legal forms are
part of a name, and only "," and "and" separate names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.extract.context import DocumentContext, Sentence
from extractors.extract.drafts import Draft
from extractors.extract.namelists import lead_length
from extractors.extract.names import FOREIGN_CONNECTORS, acronym_of, is_capitalised
from extractors.extract.roles import is_organisation_name, is_working_body, without_place

# Auxiliaries and adverbs before a verb of signing, and the verbs themselves.
_BEFORE_VERB = r"\s+(?:(?:has|have|had|today|also|officially|formally|now|since)\s+)*"
_SIGNING = (
    r"signed(?:\s+up\s+to)?|signs(?:\s+up\s+to)?|joined|joins|endorsed|endorses|"
    r"adhered\s+to|adheres\s+to|subscribed\s+to|subscribes\s+to"
)
# The verb between a subject and the initiative it signed or joined, right before the mention.
_RELATION = re.compile(
    rf"{_BEFORE_VERB}(?:{_SIGNING}|"
    r"became\s+(?:the|a|an)\s+(?:[\w-]+\s+)?(?:signatory|member|signatories|members)\s+(?:of|to)|"
    # "ETUCE has been a partner in the Network": a member of it, as one who joined it.
    r"(?:been|is|was)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:partner|member)\s+(?:of|in)|"
    r"(?:was|were)\s+(?:the|among\s+the)\s+(?:first|last|latest)\s+to\s+(?:sign|join|endorse)|"
    # "Mila signed a partnership with ROOST", "A and B are among the founding partners of X"
    r"signed\s+(?:a|an)\s+partnership\s+(?:agreement\s+)?with|"
    # "Microsoft has partnered with StopNCII.org": a partner of the scheme, as one who joined
    r"partnered\s+with|"
    r"(?:is|are|was|were)\s+(?:among\s+)?(?:the\s+|its\s+)?founding\s+(?:partners|members)\s+of)"
    r"\s+(?:the\s+)?(?:new\s+|revised\s+)?$",
    re.IGNORECASE,
)
# The verb between a member and the initiative it left: "TalkTalk withdrew from the Council".
_WITHDRAWAL = re.compile(
    rf"{_BEFORE_VERB}"
    r"(?:withdrew\s+from|withdrawn\s+from|withdraws\s+from|pulled\s+out\s+of|"
    r"pulls\s+out\s+of|left|leaves|quit|quits|resigned\s+from|"
    r"(?:is|are)\s+no\s+longer\s+(?:part\s+of|a\s+(?:member|signatory)\s+(?:of|to)))"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_NAME_CONNECTORS = frozenset({"of", "for", "on"}) | FOREIGN_CONNECTORS
_RELATION_WINDOW = 200
# A sentence that lists the members a previous sentence spoke of.
_AMONG_THEM = re.compile(
    r"^(?:among\s+them(?:\s+(?:are|were))?|they\s+include|these\s+include)\s*:?\s+", re.I
)
# The nouns a page counts or names an initiative's members by (the "participating <noun>"
# cue of patterns/cues.jsonl lists the same, with "organizations").
_MEMBER_NOUNS = r"companies|members|signatories|organisations|platforms|services|partners|firms"
_COUNTED_MEMBERS = re.compile(rf"\b(?:{_MEMBER_NOUNS})\b", re.I)
# Capitalised words that open a sentence without being part of a name.
# Words that open a sentence, or a name's clause after a list's "and", without being part of it.
_SUBJECT_OPENERS = frozenset(
    {"today", "in", "on", "since", "also", "then", "now", "later", "yesterday", "and", "&"}
)
# Words right before a run of capitalised words that make the run something else than the
# verb's subject: a place or body after a preposition ("ministers meeting in Rivertown
# signed"), or the end of a person's name after a particle ("Anna van der Berg signed").
_NOT_A_SUBJECT_BEFORE = frozenset(
    {"in", "at", "from", "of", "near", "for", "with", "to", "across", "outside", "within"}
    | {"von", "van", "der", "den", "de", "da", "di", "du", "del", "la", "le"}
)
# What may stand between a count of members and the initiative they belong to: "companies of
# the Alliance", "17 companies have signed the Principles", "the Code's signatories".
# Anchored by `match` at the gap's start (no "^": it would fail at any start but 0).
_MEMBERS_THEN_NAME = re.compile(r"\s+(?:[\w-]+\s+){0,4}$")
_NAME_THEN_MEMBERS = re.compile(r"(?:['\u2019]s)?\s+(?:[\w-]+\s+){0,2}$")
_JOINING = re.compile(r"\b(?:join|joins|joined|member|members)\b", re.I)
_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def relation_signatories(context: DocumentContext, draft: Draft) -> list[tuple[str, int, int]]:
    """(name, start, end) of every organisation the prose says signed or joined `draft`."""
    working_body = is_working_body(draft.name)  # who joins an expert group is a member
    found = [
        name
        for relation, names in _related_subjects(context, draft, _RELATION)
        if not (working_body and _JOINING.search(relation))
        for name in names
    ]
    found.extend(_listed_after_count(context, draft))
    found.extend(_among_its_members(context, draft))
    found.extend(_working_with_it(context, draft))
    found.extend(_members_in_it(context, draft))
    found.extend(_members_between_dashes(context, draft))
    found.extend(_pronoun_object_subjects(context, draft))
    return found


# In the initiative's own blocks, a verb of signing whose object is "it" or left out: "... and
# the Pond Authority (PA) has endorsed it", "The Frog Union joined in 2023", "X became a member
# on 19 December 2017".
_SIGNED_IT = re.compile(
    rf"{_BEFORE_VERB}(?:(?:{_SIGNING})\s+it\b|"
    r"(?:joined|became\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:member|signatory))"
    r"(?=\s+(?:in|on|during|last|this|at\s+the\s+end)\b|\s*[,.;]|\s*$))",
    re.IGNORECASE,
)


def _pronoun_object_subjects(context: DocumentContext, draft: Draft) -> list[tuple[str, int, int]]:
    """The subjects of "signed it", "joined in 2023" in sentences of the initiative's own
    blocks: the initiative is the object the sentence leaves to its section."""
    found: list[tuple[str, int, int]] = []
    for block in sorted(draft.owned):
        for sentence in context.sentences_of(block):
            for verb in _SIGNED_IT.finditer(context.text, sentence.start, sentence.end):
                found.extend(_subjects(context.text, sentence.start, verb.start()))
    return found


# "... - A, B and C - are among the pledgers" (dashes), "A, B and C, all members of X, are among the
# organisations that have pledged": members of the initiative whose section tells it.
_AMONG_MEMBERS = re.compile(
    r"\s+(?:are|were)\s+among\s+(?:the|its)\s+(?:pledgers|signatories|members|"
    r"(?:organisations|companies)\s+(?:that|which|who)\s+(?:have\s+)?(?:pledged|signed|joined))\b",
    re.IGNORECASE,
)
_DASHED_REACH = 300  # characters of the sentence's head read for a list between dashes
_DASHED = re.compile(r"\s[\u2013\u2014-]\s(?P<names>[^\u2013\u2014]+?)\s[\u2013\u2014-]$")


def _among_its_members(context: DocumentContext, draft: Draft) -> list[tuple[str, int, int]]:
    """The names a sentence of the initiative's own blocks says are among its members."""
    found: list[tuple[str, int, int]] = []
    for block in sorted(draft.owned):
        for sentence in context.sentences_of(block):
            among = _AMONG_MEMBERS.search(sentence.text)
            if among is None or _AMONG_MEMBERS.search(sentence.text, among.end()):
                continue
            head = sentence.text[: among.start()]
            dashed = _DASHED.search(head, max(0, len(head) - _DASHED_REACH))
            if dashed is not None:  # "Eight members of X - A, B and C - are among ..."
                start = sentence.start + dashed.start("names")
                found.extend(_split(context.text, start, start + len(dashed.group("names"))))
                continue
            # ("A, B and C, all members of X, are among ...": the apposition is no name.)
            end = sentence.start + len(head)
            # "X brings together experts from ... and NGOs; A, B and C are among ...": the
            # names are the clause's own, after the last semicolon or colon.
            clause = max(head.rfind(";"), head.rfind(":")) + 1
            found.extend(_split(context.text, sentence.start + clause, end))
    return found


def withdrawn_members(context: DocumentContext, draft: Draft) -> set[str]:
    """The case-folded names of the organisations the prose says left `draft`: a member that
    withdrew is no longer one, whatever a list of its founders says, unless the prose tells
    later that it signed or joined again."""
    left = _last_relations(context, draft, _WITHDRAWAL)
    if not left:
        return set()  # almost every page: the joining relations are not read a second time
    joined = _last_relations(context, draft, _RELATION)
    return {name for name, start in left.items() if start > joined.get(name, -1)}


def _last_relations(
    context: DocumentContext, draft: Draft, verbs: re.Pattern[str]
) -> dict[str, int]:
    """Where the last relation of `verbs` of each case-folded name starts."""
    last: dict[str, int] = {}
    for _, names in _related_subjects(context, draft, verbs):
        for name, start, _ in names:
            last[name.casefold()] = max(start, last.get(name.casefold(), -1))
    return last


def _related_subjects(
    context: DocumentContext, draft: Draft, verbs: re.Pattern[str]
) -> Iterator[tuple[str, list[tuple[str, int, int]]]]:
    """(the verb's words, the names of its subject) of each relation of `verbs` right before
    a mention of `draft` ("A and B signed the Code")."""
    for mention in draft.mentions:
        # A look-up, not a scan of the block's sentences: one block may hold thousands.
        sentence = context.sentence_at(mention.start)
        if sentence is None or sentence.block != mention.block:
            continue
        relation = _relation_before(context.text, sentence.start, mention.start, verbs)
        if relation is not None:
            yield relation[1], _subjects(context.text, sentence.start, relation[0])


def _relation_before(
    text: str, start: int, end: int, verbs: re.Pattern[str] = _RELATION
) -> tuple[int, str] | None:
    """Where the relation's verb that ends at `end` starts, and its words, if one does
    (`start`: the sentence's). Only the last `_RELATION_WINDOW` characters are read: a
    relation's words ("has also formally signed up to the") are far fewer, and reading the
    whole sentence made a sentence of thousands of mentions quadratic."""
    window = max(start, end - _RELATION_WINDOW)
    verb = verbs.search(text, window, end)
    return None if verb is None else (verb.start(), verb.group(0))


def _subjects(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """The names that end right before `end`: the subject of the relation's verb. Read back
    from `_RELATION_WINDOW` characters, the reach doubled only while the names go on: a
    sentence of many relations was read whole once per relation."""
    window, reach = end, _RELATION_WINDOW
    while True:
        window = max(start, end - reach)
        if window > start:  # from a word's start, not inside one
            window = text.find(" ", window, end) + 1 or end
        reach *= 2  # doubled each round: a long run of names is read a few times, not L/200
        tokens = list(re.finditer(r"\S+", text[window:end]))
        first = _first_subject_word(tokens)
        if first > 0 or window <= start:
            break
    if first > 0 and tokens[first - 1].group(0) in _NOT_A_SUBJECT_BEFORE:
        return []
    while first < len(tokens) and tokens[first].group(0).lower().strip(",") in _SUBJECT_OPENERS:
        first += 1  # "..., and A and B have endorsed it": the names start after the "and"
    if first >= len(tokens):
        return []
    return _split(text, window + tokens[first].start(), end)


def _first_subject_word(tokens: list[re.Match[str]]) -> int:
    """The index of the first word of the run of name words that ends the tokens."""
    first = len(tokens)
    depth = 0
    for index in range(len(tokens) - 1, -1, -1):
        word = tokens[index].group(0)
        depth += word.count(")") - word.count("(")
        if depth > 0 or _is_name_word(word) or _joins_name_words(tokens, index):
            first = index
            continue
        break
    return first


def _joins_name_words(tokens: list[re.Match[str]], index: int) -> bool:
    """A lower-case word inside a name: "Federation of Game Studios", "Committee for
    Education", between two of the name's capitalised words."""
    if tokens[index].group(0) not in _NAME_CONNECTORS or not 0 < index < len(tokens) - 1:
        return False
    return tokens[index - 1].group(0)[:1].isupper() and tokens[index + 1].group(0)[:1].isupper()


def _is_name_word(word: str) -> bool:
    """A word of a name: capitalised, a capital inside it ("eBay", "xAI"), a number, or "&"."""
    bare = word.strip(",()")
    return bare in ("&", "and") or is_capitalised(bare) or bare[:1].isdigit()


def _split(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    names = []
    cursor = start
    chunk = text[start:end]
    for part in [*_SEPARATOR.finditer(chunk), None]:
        piece_end = start + part.start() if part else end
        name = text[cursor:piece_end].strip()
        name = name[lead_length(name) :]  # "search engines, such as Google" -> "Google"
        name = _ARTICLE_IN_LIST.sub("", name)  # "..., the ISPCC": an article, lower case
        name = without_place(name)  # "Ofcom in the UK" -> "Ofcom"
        if name and is_organisation_name(name) and not _has_open_paren(name):
            offset = text.index(name, cursor)
            names.append((name, offset, offset + len(name)))
        cursor = start + part.end() if part else end
    return _rejoined_by_acronym(text, names)


def _rejoined_by_acronym(
    text: str, names: list[tuple[str, int, int]]
) -> list[tuple[str, int, int]]:
    """Two names split at an "and" that the acronym after the second spells together: "Nordic
    Authority for Frogs and Toads (AFT)" is one body."""
    joined: list[tuple[str, int, int]] = []
    for name, start, end in names:
        acronym = acronym_of(name)
        if acronym and joined and text[joined[-1][2] : start].strip() == "and":
            whole = text[joined[-1][1] : end]
            letters = _initials(whole[: whole.rindex("(")])
            alone = _initials(name[: name.rindex("(")])
            if letters.endswith(acronym.lower()) and len(acronym) > len(alone):
                joined[-1] = (whole, joined[-1][1], end)
                continue
        joined.append((name, start, end))
    return joined


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.split() if word[:1].isupper()).lower()


_ARTICLE_IN_LIST = re.compile(r"^the\s+(?=[A-Z])")


def _has_open_paren(name: str) -> bool:
    return name.count("(") != name.count(")")


def _listed_after_count(context: DocumentContext, draft: Draft) -> list[tuple[str, int, int]]:
    """ "22 companies of the Alliance announced ... Among them are A, B and C."""
    found: list[tuple[str, int, int]] = []
    sentences = context.sentences
    # The openers found once for the page: a scan of every sentence per initiative.
    for index, opener in context.sentences_opened_by(_AMONG_THEM):
        sentence, previous = sentences[index], sentences[index - 1]
        if index == 0 or previous.block != sentence.block:
            continue
        if _counts_members_of(context.text, previous, draft):
            found.extend(_split(context.text, sentence.start + opener.end(), _end_of(sentence)))
    return found


def _end_of(sentence: Sentence) -> int:
    """Where a sentence's last name ends: before its closing full stop."""
    return sentence.start + len(sentence.text.rstrip(". "))


# "Other platforms working with it are A, B and C", "Companies taking part in it include A and
# B": the names a sentence lists as those who work with the initiative it points back to.
_WORKING_WITH_IT = re.compile(
    rf"^(?:(?:the\s+)?other\s+)?(?:{_MEMBER_NOUNS})\s+"
    r"(?:(?:that|which)\s+(?:work|take\s+part|participate)|working|taking\s+part|participating)"
    r"\s+(?:with|in)\s+it\s+(?:are|include)\s*:?\s+",
    re.IGNORECASE,
)


# "The companies currently in the Coalition are A, B and C": the members a sentence names
# after the initiative it says they are in.
_MEMBERS_IN = re.compile(
    rf"\b(?:{_MEMBER_NOUNS})\s+(?:currently\s+|now\s+)?in\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_MEMBERS_IN_REACH = 40
_ARE_THEN_LIST = re.compile(r"\s+(?:are|include)(?:\s+also)?\s*:?\s+(?=[A-Z0-9])")


def _members_in_it(context: DocumentContext, draft: Draft) -> list[tuple[str, int, int]]:
    """The names after "(the) companies in <the initiative> are", each list ending where the
    next such clause opens: a sentence of many clauses is split once, not once per clause to
    its end, and a mention inside a list ("since the Coalition's second year") ends none."""
    text = context.text
    clauses = [  # (where the clause opens, the mention it names)
        (clause.start(), mention)
        for mention in sorted(draft.mentions, key=lambda m: m.start)
        if (
            clause := _MEMBERS_IN.search(
                text, max(0, mention.start - _MEMBERS_IN_REACH), mention.start
            )
        )
    ]
    found: list[tuple[str, int, int]] = []
    for number, (_, mention) in enumerate(clauses):
        listed = _ARE_THEN_LIST.match(text, mention.end)
        sentence = context.sentence_at(mention.start)
        if listed is None or sentence is None:
            continue
        end = _end_of(sentence)
        if number + 1 < len(clauses):
            end = min(end, clauses[number + 1][0])
        found.extend(_split(text, listed.end(), end))
    return found


# "The Code applies to all of its members - A, B and C - and ...": the members a sentence
# of the initiative's own blocks names between dashes after "its members".
_MEMBERS_DASHED = re.compile(
    r"\b(?:all\s+(?:of\s+)?)?(?:its|their)\s+members\s[\u2013\u2014-]\s"
    r"(?P<names>[^\u2013\u2014]+?)\s[\u2013\u2014-](?:\s|$)"
)


def _members_between_dashes(context: DocumentContext, draft: Draft) -> list[tuple[str, int, int]]:
    found: list[tuple[str, int, int]] = []
    for block in sorted(draft.owned):
        for sentence in context.sentences_of(block):
            for listed in _MEMBERS_DASHED.finditer(sentence.text):
                start = sentence.start + listed.start("names")
                found.extend(_split(context.text, start, start + len(listed.group("names"))))
    return found


def _working_with_it(context: DocumentContext, draft: Draft) -> list[tuple[str, int, int]]:
    """The names a sentence of the initiative's own blocks lists as working with "it"."""
    found: list[tuple[str, int, int]] = []
    for index, opener in context.sentences_opened_by(_WORKING_WITH_IT):
        sentence = context.sentences[index]
        if sentence.block in draft.owned:
            found.extend(_split(context.text, sentence.start + opener.end(), _end_of(sentence)))
    return found


def _counts_members_of(text: str, sentence: Sentence, draft: Draft) -> bool:
    """A sentence that counts or names the members of `draft` itself, not of another
    initiative it also names ("the signatories of the Code asked ... under the DSA")."""
    mentions = [m for m in draft.mentions if sentence.start <= m.start < sentence.end]
    for noun in _COUNTED_MEMBERS.finditer(text, sentence.start, sentence.end):
        for mention in mentions:
            # Matched in place: a copy of each gap per noun and mention costs more than the test.
            if mention.start >= noun.end():
                near = _MEMBERS_THEN_NAME.match(text, noun.end(), mention.start)
            else:
                near = _NAME_THEN_MEMBERS.match(text, mention.end, noun.start())
            if near is not None:
                return True
    return False
