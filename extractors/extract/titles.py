"""An initiative named in sentence case as the head of a page's title.

"Commission publishes guidelines on the protection of minors online under the Digital
Services Act": the title's object, a kind noun with its complement, names the initiative
the page is about when the body writes the same words ("published guidelines on the
protection of minors under ..."). The name is the longest run of the title's words that
the body repeats, with an "under/of the <Name>" the body adds after it.
"""

from __future__ import annotations

import re

from extractors.extract.heading_names import object_name, title_verbs
from extractors.extract.names import DETERMINERS, vocabulary

_MIN_COMPLEMENT_WORDS = 3  # "guidelines on the protection ..." , not "guidelines on age"
_COMPLEMENT = ("on", "of", "for", "to", "against")
_BASE_ACT = re.compile(r"\s+(?:under|of)\s+the\s+(?:[A-Z][\w-]*\s+)*[A-Z][\w-]*")
# Capitalised words the body writes right before the head: "the European strategy for ...".
_CAPITALISED_BEFORE = re.compile(r"(?:(?<=\s)|^)(?:[A-Z][\w-]*\s+)+$")
_NOT_MODIFIERS = DETERMINERS


def used_as_verb(words: list[str], index: int) -> bool:
    """Whether the lower-case kind word `words[index]` is the verb of a plural subject:
    "consumer authorities act to protect ...", "companies pledge to ..."; a name's kind noun
    follows an article, a modifier or a verb, never a plural noun."""
    word = words[index]
    if word != word.lower() or index == 0 or index + 1 >= len(words):
        return False
    subject = words[index - 1]
    plural = subject.islower() and subject.endswith("s") and not subject.endswith("ss")
    return plural and words[index + 1] == "to"


def _head(title: str) -> tuple[list[str], str] | None:
    """The title's words from its first lower-case kind noun that a complement follows."""
    words = title.split()
    vocab = vocabulary()
    for index, word in enumerate(words[1:], start=1):
        kind = word.lower()
        weak = kind in vocab.weak_kinds and not _after_title_verb(words, index)
        is_kind = word == kind and kind in vocab.kinds and not weak
        is_kind = is_kind and not used_as_verb(words, index)
        if is_kind and index + 1 < len(words) and words[index + 1] in _COMPLEMENT:
            return words[index:], kind
    return None


def _after_title_verb(words: list[str], index: int) -> bool:
    """Whether a title verb (and an article) stands right before word `index`: "Parliament
    adopts resolution on ...", where a weak kind noun is what the news is about."""
    before = [word.lower() for word in words[max(0, index - 2) : index]]
    if before and (before[-1] in DETERMINERS or before[-1] == "new"):
        before = before[:-1]
    return bool(before) and before[-1] in title_verbs()


def title_head_name(title: str, body: str) -> tuple[str, str] | None:
    """(name, kind) of the initiative the title's head names in sentence case, or None."""
    head = _head(title)
    if head is None:
        return None
    words, kind = head
    for length in range(len(words), 1 + _MIN_COMPLEMENT_WORDS, -1):
        phrase = r"\s+".join(re.escape(word) for word in words[:length])
        match = re.search(rf"(?<!\w){phrase}(?!\w)", body, flags=re.IGNORECASE)
        if match is None:
            continue
        end = match.end()
        base = _BASE_ACT.match(body, end)
        if base is not None and length < len(words):
            end = base.end()
        name = body[_modified_start(body, match.start()) : end]
        return name[:1].upper() + name[1:], kind
    return None


def _modified_start(body: str, start: int) -> int:
    """Where the name starts when capitalised modifiers precede the head in the body
    ("evaluating the European strategy for ..."), but not a sentence's first word."""
    line_start = body.rfind("\n", 0, start) + 1
    before = _CAPITALISED_BEFORE.search(body[line_start:start])
    if before is None:
        return start
    for word in re.finditer(r"\S+", before.group(0)):
        at = line_start + before.start() + word.start()
        preceding = body[line_start:at].rstrip()
        opens_sentence = not preceding or preceding.endswith((".", "!", "?", ":"))
        if word.group(0).lower() not in _NOT_MODIFIERS and not opens_sentence:
            return at
    return start


def title_verb_name(title: str) -> tuple[str, str] | None:
    """(name, kind) of "<Who> announce <Name>": the rest of the title after its verb, when
    that rest is a name ("Code of Conduct on illegal online hate speech")."""
    words = title.split()
    verbs = title_verbs()  # "Four companies join the Tech Coalition" too
    verb = next((word for word in words[1:-1] if word in verbs), None)
    return object_name(title, verb) if verb else None


def written_head(name: str, body: str) -> str | None:
    """How `body` writes the head of `name`, in any case: "this code of conduct" for "Code of
    Conduct on illegal online hate speech" (the kind noun and a capitalised "of X")."""
    head = re.match(rf"(?:\S+\s+)*?(?i:{_kind_pattern()})\b(?:\s+of\s+[A-Z]\w*)?", name)
    if head is None:
        return None
    pattern = rf"(?<!\w){re.escape(head.group(0))}(?!\w)"
    written = re.search(pattern, body, re.IGNORECASE)
    return written.group(0) if written else None


def _kind_pattern() -> str:
    return "|".join(re.escape(kind) for kind in sorted(vocabulary().kinds, key=len, reverse=True))


# What separates a page's own title from its section's ("<News title> - <Programme name>").
_TITLE_SEPARATOR = re.compile(r"\s+[-\u2013\u2014|]\s+")
# Words the body may put between a name's own word and its kind noun when it shortens or
# rewords the name: "the COVID-19 monitoring and reporting programme".
_MAX_WORDS_BETWEEN = 3
# An article inside a name that no preposition governs: the words are a clause.
_CLAUSE_ARTICLE = re.compile(r"(?:^|\s)(?!(?:of|for|on|to|against|by|in)\s)\S+\s+(?:the|a|an)\b")


def title_name_parts(title: str) -> list[str]:
    """The parts of a title that may be a name: after its colon, and its last part after a
    dash or bar ("Latest reports - Fighting COVID-19 Disinformation Monitoring Programme")."""
    parts = [title.split(":", 1)[-1].strip()]
    pieces = _TITLE_SEPARATOR.split(title)
    return [*parts, pieces[-1].strip()] if len(pieces) > 1 else parts


def shortened_in(name: str, body: str) -> bool:
    """Whether `body` writes `name` shortened or reworded: one of the name's own words before
    its kind noun, then the kind noun a few words on ("the COVID-19 monitoring programme" for
    "Fighting COVID-19 Disinformation Monitoring Programme"). Generic words ("European") and
    small words do not count."""
    words = name.split()
    if len(words) < 2 or words[-1].lower() not in vocabulary().kinds:
        return False
    generic = vocabulary().anaphor_modifiers | vocabulary().connectors
    if _CLAUSE_ARTICLE.search(" ".join(words[1:-1])):
        return False  # "Commission assesses the Global Alliance" is a sentence, not a name
    own = [word for word in words[:-1] if word.lower() not in generic and len(word) > 2]
    between = rf"(?:\s+[\w-]+){{0,{_MAX_WORDS_BETWEEN}}}?"
    return any(
        re.search(
            rf"(?<![\w-]){re.escape(word)}{between}\s+{re.escape(words[-1])}(?!\w)", body, re.I
        )
        for word in own
    )
