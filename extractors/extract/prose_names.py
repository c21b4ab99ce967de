"""Initiative names written in prose: a phrase around a kind noun, from its capitalised
modifiers leftwards to its complement rightwards (`names` holds the words they share), and
the names of other shapes: a sentence-case name introduced with its acronym, a name a leading
kind noun carries ("Project Protect"), a hashtag before a kind noun."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from extractors.extract.date_patterns import date_vocabulary
from extractors.extract.legal_names import (
    amended_object_end,
    document_reference_end,
    is_legal_kind,
    is_legal_named,
    laid_down_end,
    legal_reference_end,
    purpose_clause_end,
)
from extractors.extract.names import (
    ABBREVIATIONS_BEFORE_NUMBER,
    ACRONYM_IN_PARENS,
    ARTICLES,
    COMPLEMENT_ENDS,
    COMPLEMENT_WORDS,
    DASHES,
    DETERMINERS,
    PLURAL_POSSESSORS,
    PREPOSITIONS,
    YEAR,
    NameCandidate,
    compound_end,
    is_capitalised,
    is_year,
    kind_label,
    longest_scope,
    names_a_body,
    scope_length,
    vocabulary,
    word_tokens,
)
from extractors.extract.occasions import is_occasion, occasion_follows
from extractors.extract.organisations import canonical_organisation
from extractors.extract.roles import is_proper_adjective

_WORD_START = re.compile(r"\w")
_MAX_COMPLEMENT_WORDS = 24
_MAX_LEFT_WORDS = 12  # "Council of Europe Strategy ...": the words before a kind noun
_MAX_SERIES_MEMBERS = 6  # "to respect, protect and fulfil": a few verbs, not a list
_LONG_COMPLEMENT = 4  # words after a capitalised weak kind noun that make it a name
_MAX_WORDS_AFTER_HASHTAG = 2  # "#SayNo! awareness campaign", "#Tag online safety campaign"


# Prepositions that open a sentence before a name ("By Royal Decree of 4 May 2031, ...",
# "Under Law No ...") and are no part of it.
_OPENING_PREPOSITIONS = frozenset(
    {"in", "on", "by", "under", "with", "from", "through", "after", "since"}
)
# Words before a capital-only kind noun that say who issued a text, not which one it is: a
# "Royal Decree" or "Federal Law" without a number, date or subject names none.
_ISSUERS = frozenset(
    {"royal", "presidential", "government", "federal", "legislative", "ministerial", "state"}
)
# ("that" also opens a clause: "shows that Insafe network helplines ...")
_DEMONSTRATIVES = frozenset({"this", "these", "those"})


def _left_edge(
    tokens: list[re.Match[str]], kind_at: int, sentence_starts: set[int], floor: int
) -> int:
    """The first token of the name: capitalised words (and connectors between them) leftwards,
    from `floor` on: a name does not start inside the name before it."""
    connectors = vocabulary().connectors
    first = kind_at
    index = kind_at - 1
    while index >= floor:
        word = tokens[index].group(0)
        if word.endswith(("'s", "\u2019s")) and word.lower()[:-2] not in PLURAL_POSSESSORS:
            break  # "the Commission's commitment" is a possession, not a name
        if word.lower() in _DEMONSTRATIVES:
            # "These European Commission guidelines": a reference to a thing named elsewhere;
            # a title-case name keeps its own words ("This Safety Pledge").
            return first if tokens[kind_at].group(0)[:1].isupper() else kind_at
        if is_capitalised(word) and word.lower() not in ARTICLES:
            if index in sentence_starts and (
                word.lower() in vocabulary().stop_words or word.lower() in _OPENING_PREPOSITIONS
            ):
                break  # "In ...", "By Royal Decree of ...": the sentence's, not the name's
            first = index
        elif is_year(word) and first < kind_at:
            first = index  # "2022 Strengthened Code of Practice", not "the 2016 Code"
            break
        elif first == index + 1 < kind_at and _joins_capitals(tokens, index):
            pass  # "Stop Abuse \u2013 Trace an Object campaign": one name over a dash or "an"
        elif first == index + 1 < kind_at and index - 2 >= floor and _titled_by_dash(tokens, index):
            first = index = index - 2  # "ProtectEU \u2013 a European ... Strategy": its title
            continue
        elif first == index + 1 == kind_at and (opened := _law_short_title(tokens, index, floor)):
            first = index = opened - 1  # "Online Safety Amendment (Social Media Minimum Age) Act"
            continue
        elif (
            first == index + 1 == kind_at and index - 3 >= floor and _acronym_inside(tokens, index)
        ):
            # "Notice-and-Take-Down (NTD) Code": its acronym inside, right before its kind
            # noun ("Better Internet for Kids (BIK) Quality Assurance Programme" is BIK's)
            first = index = index - 3
            continue
        elif not (
            word.lower() in connectors - ARTICLES
            and index > 0
            and is_capitalised(tokens[index - 1].group(0))
        ):
            break
        index -= 1
    return first


# "Crimes Legislation Amendment (Sexual Crimes Against Children and Community Protection
# Measures) Act 2020": a bracket of a dozen words at most, read once per name
_SHORT_TITLE_WORDS = 12


def _law_short_title(tokens: list[re.Match[str]], index: int, floor: int) -> int | None:
    """The "(" of a bracketed title-case part of an Act's or a Bill's name, when token `index`
    closes it right before the kind noun and a capitalised word opens it: "Online Safety
    Amendment (Social Media Minimum Age) Act 2024", as Commonwealth laws are named."""
    kind = tokens[index + 1].group(0)
    if tokens[index].group(0) != ")" or not (kind.istitle() and kind.lower() in _YEAR_NAMED):
        return None  # "Pond (Lyon) Code of Conduct": a code's bracket is a note
    connectors = vocabulary().connectors
    for opened in range(index - 1, max(floor, index - _SHORT_TITLE_WORDS - 1) - 1, -1):
        word = tokens[opened].group(0)
        if word == "(":
            inside = [t.group(0) for t in tokens[opened + 1 : index]]
            titled = bool(inside) and is_capitalised(inside[0])  # "(of the Lake)": an aside
            previous = tokens[opened - 1].group(0) if opened - 1 >= floor else ""
            before = is_capitalised(previous) and previous.lower() not in ARTICLES
            return opened if titled and before else None
        if not (is_capitalised(word) or word.lower() in connectors):
            return None
    return None


def _acronym_inside(tokens: list[re.Match[str]], index: int) -> bool:
    """Whether token `index` closes a bracketed acronym between capitalised words: "(NTD)" of
    "Notice-and-Take-Down (NTD) Code of Conduct"."""
    if tokens[index].group(0) != ")" or tokens[index - 2].group(0) != "(":
        return False  # most words: read for every name's left edge
    return (
        is_capitalised(tokens[index + 1].group(0))  # a title-case name: "(CPC) network" is not
        and tokens[index - 1].group(0).isupper()
        and is_capitalised(tokens[index - 3].group(0))
    )


def _titled_by_dash(tokens: list[re.Match[str]], index: int) -> bool:
    """Whether token `index` is the article after a spaced dash that follows a capitalised
    word: "ProtectEU \u2013 a European Internal Security Strategy" is one name."""
    if index < 2 or tokens[index].group(0).lower() not in ("a", "an"):
        return False
    dash, word = tokens[index - 1], tokens[index - 2]
    spaced = word.end() < dash.start() and dash.end() < tokens[index].start()
    return dash.group(0) in DASHES and spaced and is_capitalised(word.group(0))


def _joins_capitals(tokens: list[re.Match[str]], index: int) -> bool:
    """Whether token `index`, between two capitalised words, is a spaced dash or an article
    inside one name ("Stop Abuse \u2013 Trace an Object"); an article after a month is a date's
    end ("In May a Code ..."), not a name's word."""
    if index == 0 or not is_capitalised(before := tokens[index - 1].group(0)):
        return False
    word = tokens[index].group(0)
    if word in DASHES:
        after = tokens[index + 1].start()
        return tokens[index - 1].end() < tokens[index].start() and tokens[index].end() < after
    return word.lower() in ("a", "an") and before.lower() not in date_vocabulary().months


# Kinds of law whose name carries the year it was passed or tabled.
_YEAR_NAMED = frozenset({"act", "bill"})


def _is_capital_kind(tokens: list[re.Match[str]], index: int) -> bool:
    word = tokens[index].group(0) if index < len(tokens) else ""
    return word[:1].isupper() and not word.isupper() and word.lower() in vocabulary().kinds


def _is_year_at(tokens: list[re.Match[str]], index: int) -> bool:
    return index < len(tokens) and is_year(tokens[index].group(0))


def _right_edge(tokens: list[re.Match[str]], kind_at: int, text: str) -> int:
    """The last token of the name: a complement "of/for/on/to ..." up to a verb or clause break."""
    words = vocabulary()
    kind_at = _compound_end(tokens, kind_at)
    while _is_capital_kind(tokens, kind_at + 1):
        kind_at += 1  # "Media Regulation Bill": the last kind noun heads the name
    if tokens[kind_at].group(0).lower() in _YEAR_NAMED and _is_year_at(tokens, kind_at + 1):
        return kind_at + 1  # "Online Safety Act 2021": a law's year is part of its name
    last = kind_at
    # "Recommendation CM/Rec(2019)10 on ...", "Council Recommendation of 24 September 1998 on
    # ...": a document's number or date stands between its kind noun and its complement.
    inside_until = document_reference_end(tokens, kind_at, text)
    legal = is_legal_kind(tokens[kind_at].group(0))
    if legal:
        reference = legal_reference_end(tokens, kind_at, text)
        amended = amended_object_end(tokens, reference)
        if amended is not None:
            return amended  # "Act of 28 July 2023 amending ...", "Second Act amending the ..."
        purpose = (
            purpose_clause_end(tokens, reference)
            if reference > kind_at
            else laid_down_end(tokens, kind_at)
        )
        if purpose is not None:
            return purpose  # "Law No 2020-1266 aimed at regulating ...": its official title
        inside_until = max(inside_until, reference)
    # "Gender Equality Strategy 2020-2025 (on ...)": its period is part of its name. (A
    # document's number or date after the kind noun opens with "No", "of", "(EU)" or "12/2031",
    # none of which opens a period.)
    period = _years_period_end(tokens, kind_at + 1)
    if period is not None:
        inside_until = period
    if inside_until + 1 >= len(tokens) or (
        tokens[inside_until + 1].group(0).lower() not in COMPLEMENT_WORDS
    ):
        # "Poland's Act of 13 May 2016 entered into force": a legal text's date is its name's
        # (a document's reference stands only before a complement, so none reaches here)
        return inside_until
    title_case = sentence_case = False
    complement_at = inside_until  # the token before the complement's preposition
    budget = _MAX_COMPLEMENT_WORDS
    for index in range(kind_at + 1, len(tokens)):
        word = tokens[index].group(0)
        if index <= inside_until:
            last = index
            continue
        budget -= 1
        if budget < 0:
            break
        if word == "." and (numbered := _numbered_reference_end(tokens, index)) is not None:
            inside_until = last = numbered  # "... Scope of Art. 5(3) of ...": the name goes on
            continue
        if word == "," and (series_and := _series_and(tokens, index)) is not None:
            # "Guidelines to respect, protect and fulfil ...": one coordinated verb; "Strategy
            # for lesbian, gay, ... and queer (LGBTIQ) equality": the noun the series modifies
            inside_until = _modified_noun(tokens, series_and + 1) or series_and
            continue
        if (
            word in _SCOPE_OPENERS
            and (word == "in" or tokens[index - 1].group(0).lower() in words.scope_people)
            and (scope := _scope_end(tokens, index)) is not None
        ):
            inside_until = last = scope
            if _lower_case_next(tokens, scope):
                break  # "... in education and training asks Member States to ...": a verb
            continue
        if word[:1].isdigit() and _title_word(tokens[index - 1].group(0)):
            period = _years_period_end(tokens, index)  # "... in Human Beings 2012-2016"
            if period is not None:
                last = period
                break
        if _year_of_title_case_topic(tokens, index):
            last = index  # "Task Force on 2024 European Elections": the topic's year
            continue
        if _is_version(tokens, index):
            last = index  # "strategy on Web 4.0 and virtual worlds": a version, not a date
            continue
        if word[:1].isdigit() or word.lower() in date_vocabulary().months:
            last = _before_period_words(tokens, kind_at, last)  # "for the years 2019-2027"
            break  # "framework on 20 January", "Agenda on Security of April 2015": a date
        if word in _APOSTROPHES and _plural_possessive(tokens, index):
            continue  # "Strategy on victims' rights": the name goes on
        if word[:1].isupper():
            # an acronym ("on AI for children") is no title case, nor a proper adjective
            # among lower-case words ("on combating ... and fostering Jewish life")
            adjective = (
                (sentence_case or is_proper_adjective(word)) and _lower_case_next(tokens, index)
            ) or (_is_version(tokens, index + 1) and _lower_after(tokens, index + 1))
            # "on European works", "on Web 4.0 and virtual worlds": a proper word among the
            # lower-case words of a sentence-case complement
            title_case = title_case or not (word.isupper() or adjective)
        elif title_case and word.lower() not in words.connectors:
            break  # "Code of Conduct on Disinformation followed ...": the name was title case
        elif word.isalpha() and word.lower() not in words.connectors:
            sentence_case = True
        if word == "+":
            last = index
            continue
        if word.endswith("+") and index > kind_at + 1:
            last = index
            break  # "Code of conduct+" ends at its plus
        inside = _joins_complement(tokens, index, complement_at, title_case)
        if not _WORD_START.match(word):
            break
        if word.lower() in words.stop_words and not inside and not _titled_verb(word, title_case):
            break
        capital_kind = word.lower() in words.kinds and word[:1].isupper()
        if capital_kind and index > kind_at + 1 and not _inside_title_case(tokens, index):
            if not _adopted_on_a_name(tokens, kind_at, index):
                break  # the start of another name
            title_case = False  # the named initiative's complement may be in sentence case
        if word == "to" and _purpose_after_name(tokens, index, kind_at):
            break  # "Agenda for the EU to step up ...": what it is for, after its name
        if word == "how" and _next_word(tokens, index) != "to":
            break  # "CPC Network on how EU consumer law applies": a clause, not its topic
        if word == "on" and occasion_follows(tokens, index + 1):
            break  # "Youth Pledge for ... on Safer Internet Day": when, not what about
        last = index
    while last > kind_at and tokens[last].group(0).lower() in words.connectors:
        last -= 1
    return last


def _numbered_reference_end(tokens: list[re.Match[str]], dot_at: int) -> int | None:
    """The last token of "Art. 5(3)", "No. 12" from the full stop of its abbreviation: the
    number and its bracketed sub-numbers ("(1)(f)"), else None."""
    if dot_at < 2 or tokens[dot_at - 1].group(0) not in ABBREVIATIONS_BEFORE_NUMBER:
        return None
    if (
        tokens[dot_at - 1].group(0) not in _NUMBER_SIGNS
        and tokens[dot_at - 2].group(0)[:1].isupper()
    ):
        return None  # "of Art. 5(3)", not "the Alliance for Street Art. 20 schools took part"
    end = dot_at + 1
    if end >= len(tokens) or not tokens[end].group(0)[:1].isdigit():
        return None
    while (
        end + 3 < len(tokens)
        and tokens[end + 1].group(0) == "("
        and tokens[end + 2].group(0).isalnum()
        and len(tokens[end + 2].group(0)) <= _MAX_SUB_NUMBER
        and tokens[end + 3].group(0) == ")"
    ):
        end += 3
    return end


# A version number after a title word: "Web 4.0", "Industry 5.0"; not an amount ("2.5 million").
_VERSION = re.compile(r"\d{1,2}\.\d{1,2}")
_AMOUNT_WORDS = frozenset({"million", "billion", "thousand", "per", "percent", "%"})


def _is_version(tokens: list[re.Match[str]], index: int) -> bool:
    if index < 1 or index >= len(tokens) or not _VERSION.fullmatch(tokens[index].group(0)):
        return False
    after = tokens[index + 1].group(0).lower() if index + 1 < len(tokens) else ""
    return _title_word(tokens[index - 1].group(0)) and after not in _AMOUNT_WORDS


_MAX_SUB_NUMBER = 3  # "(3)", "(f)", "(iii)": a paragraph's or point's number
_NUMBER_SIGNS = frozenset({"No", "Nos", "Nr"})  # "General Comment No. 25" after a capital too


def _year_of_title_case_topic(tokens: list[re.Match[str]], index: int) -> bool:
    """A year right after the complement's preposition that a capitalised word other than a
    month follows: "on 2024 European Elections" (not "on 20 January", "in 2024 The ...")."""
    if index + 1 >= len(tokens) or not is_year(tokens[index].group(0)):
        return False
    following = tokens[index + 1].group(0)
    return (
        tokens[index - 1].group(0) in ("on", "for", "of")
        and following[:1].isupper()
        and following.lower() not in date_vocabulary().months
        and following.lower() not in DETERMINERS
    )


def _next_word(tokens: list[re.Match[str]], index: int) -> str:
    return tokens[index + 1].group(0).lower() if index + 1 < len(tokens) else ""


def _titled_verb(word: str, title_case: bool) -> bool:
    """A capitalised verb inside a title-case name is the title's ("... Designed to Encourage
    Responsible Use"), not the clause's; a function word ("Is", "Which") never is."""
    return title_case and _title_word(word) and word.lower() not in vocabulary().stop_function_words


def _continues_title(tokens: list[re.Match[str]], index: int) -> bool:
    """Whether "for" or "of" at `index` leads on to another title word: "for the Protection"."""
    following = [token.group(0) for token in tokens[index : index + 3]]
    if not following or following[0] not in ("for", "of"):
        return False  # "in Brussels on Monday", "in Spain by Telefonica": where, not a title
    rest = [word for word in following[1:] if word not in ARTICLES]
    return bool(rest) and _title_word(rest[0])


_PERIOD = re.compile(rf"{YEAR.pattern}-(?:19|20)?\d\d")


def _years_period_end(tokens: list[re.Match[str]], index: int) -> int | None:
    """The last token of a period of years written right at `index` ("2020-2025", or
    "2020\u20132025" in three tokens), else None."""
    if index >= len(tokens) or not tokens[index].group(0)[:1].isdigit():
        return None  # most names: read for every one
    if _PERIOD.fullmatch(tokens[index].group(0)):
        return index
    if index + 2 >= len(tokens) or not (
        _is_year_at(tokens, index) and _is_year_at(tokens, index + 2)
    ):
        return None
    return index + 2 if tokens[index + 1].group(0) in DASHES else None


def _lower_case_next(tokens: list[re.Match[str]], index: int) -> bool:
    """Whether the word after `index` is a lower-case word that is no connector."""
    following = tokens[index + 1].group(0) if index + 1 < len(tokens) else ""
    return following.isalpha() and following.islower() and following not in not_describing()


def _lower_after(tokens: list[re.Match[str]], index: int) -> bool:
    """Whether the word after `index` is in lower case, a connector too ("4.0 and ...")."""
    following = tokens[index + 1].group(0) if index + 1 < len(tokens) else ""
    return following.isalpha() and following.islower()


def _title_word(word: str) -> bool:
    """A capitalised word of a title, not an acronym ("EU") nor a month."""
    months = date_vocabulary().months
    return word[:1].isupper() and not word.isupper() and word.lower() not in months


_APOSTROPHES = frozenset({"'", "\u2019"})
# "for the years", "over the period": what the dates after them give is a period, not a topic.
_PERIOD_WORDS = (("for", "the", "years"), ("for", "the", "period"), ("over", "the", "period"))


def _plural_possessive(tokens: list[re.Match[str]], at: int) -> bool:
    """Whether the apostrophe at `at` closes a plural noun it touches ("victims'") and a
    lower-case noun follows: a possessive inside the complement, not a closing quote
    ("the 'Database of Hashes' to detect ...")."""
    before, after = tokens[at - 1], tokens[at + 1] if at + 1 < len(tokens) else None
    if after is None or before.end() != tokens[at].start() or not before.group(0).endswith("s"):
        return False
    following = after.group(0)
    return following.islower() and following not in not_describing()


def _before_period_words(tokens: list[re.Match[str]], kind_at: int, last: int) -> int:
    """`last`, moved back before "for the years" that ends the complement before a date."""
    words = tuple(token.group(0).lower() for token in tokens[last - 2 : last + 1])
    return last - 3 if last - 3 >= kind_at and words in _PERIOD_WORDS else last


def _joins_complement(
    tokens: list[re.Match[str]], index: int, kind_at: int, title_case: bool
) -> bool:
    """Whether word `index`, a clause word elsewhere, is inside the name's complement: "in"
    between title-case words ("Recommendation on Children in the Digital Environment"); in a
    complement of gerunds, "and" before another gerund and "through" before its means ("Group
    on tackling lies and promoting literacy through education and training")."""
    word = tokens[index].group(0).lower()
    following = [token.group(0) for token in tokens[index + 1 : index + 3]]
    if title_case:  # "in the Digital ...", "in Human Beings", not "in Brussels", "in October"
        article, named = [*following, "", ""][:2]  # or "in the EU"
        if word == "and":
            return _coordinated_title_words(tokens, index)
        if word != "in":
            return False
        if _title_word(article) and _continues_title(tokens, index + 2):
            return True  # "... Providers in Germany for the Protection of Minors ..."
        return _title_word(named) and (article == "the" or _title_word(article))
    if (
        word == "and"
        and _is_version(tokens, index - 1)
        and (_lower_case_next(tokens, index) or _title_word(following[0] if following else ""))
    ):
        return True  # "on Web 4.0 and virtual worlds": a versioned name and a second topic
    if word == "and" and following and _repeats_a_word(tokens, kind_at, index, following[0]):
        return True  # "against sexual exploitation and sexual abuse": one coordinated object
    if word == "and" and following and _repeats_a_preposition(tokens, kind_at, index, following[0]):
        return True  # "for the protection of ... and for the prevention of ...": one complement
    if word == "and" and _shared_complement(following):
        return True  # "on the transparency and targeting of political advertising"
    if word == "and" and _last_coordinated_noun(tokens, index):
        return True  # "on ... successful digital education and training."
    if word == "and" and _coordinated_purpose_verb(tokens, kind_at, index):
        return True  # "Regulation to prevent and combat child sexual abuse"
    if word == "and" and _coordinated_plurals(tokens, index):
        return True  # "on protecting girls and young women from online violence"
    if (
        word == "and"
        and following[:1]
        and following[0].islower()
        and _coordinated_modifier(tokens[index - 1].group(0))
    ):
        return True  # "on the prevention of gender-based and domestic violence"
    if not following or not _in_gerund_complement(tokens, kind_at, index):
        return False
    if word == "and":
        return _is_gerund(following[0])
    return word == "through" and following[0].islower()


def _is_gerund(word: str) -> bool:
    return word.islower() and word.endswith("ing")


def _in_gerund_complement(tokens: list[re.Match[str]], kind_at: int, index: int) -> bool:
    """Whether word `index` stands in a complement a gerund opens, right after
    the kind noun's preposition ("Group on tackling lies and ...") or after a later one of the
    name's ("Guidelines for teachers and educators on tackling disinformation and promoting
    ..."). A noun in "-ing" opens none ("on cyberbullying and ..."), nor does a name that is
    the object of a verb in "-ing" ("is reviewing the Action Plan ... and drafting a law": the
    second gerund is that verb's)."""
    if _after_a_progressive(tokens, kind_at):
        return False
    for at in range(index - 2, max(kind_at, index - 2 * _MAX_COMPLEMENT_WORDS), -1):
        opening = tokens[at + 1].group(0)
        if (
            tokens[at].group(0).lower() in COMPLEMENT_WORDS
            and _is_gerund(opening)
            and opening not in _ING_NOUNS
        ):
            return True
    return False


# Nouns in "-ing" the field's names hold as their topic, not a verb's: "on cyberbullying and
# ..." opens no gerund complement ("on preventing and combating ..." does).
_ING_NOUNS = frozenset(
    {"bullying", "cyberbullying", "grooming", "sexting", "gaming", "gambling", "training"}
    | {"funding", "hacking", "phishing", "trafficking", "stalking", "streaming", "wellbeing"}
    | {"well-being", "sharenting", "marketing", "advertising", "networking", "housing"}
    | {"parenting", "schooling", "learning", "hate-speech", "profiling", "rating", "labelling"}
)
_PROGRESSIVE_REACH = 4  # words read back from the name for "is reviewing the"


def _after_a_progressive(tokens: list[re.Match[str]], kind_at: int) -> bool:
    start = max(0, kind_at - _PROGRESSIVE_REACH)
    words = [token.group(0).lower() for token in tokens[start:kind_at]]
    return any(word in _BE_FORMS and _is_gerund(following) for word, following in pairwise(words))


_MAX_COORDINATED_TITLE_WORDS = 3
_COORDINATORS = frozenset({"and", "or", "&"})
# A company's legal form, which ends its name: "Scytales AB", "T-Systems International GmbH".
_COMPANY_SUFFIXES = frozenset(
    {"AB", "AG", "AS", "BV", "GmbH", "Inc", "Ltd", "NV", "Oy", "plc", "SA", "SpA", "SE"}
)


def _coordinated_title_words(tokens: list[re.Match[str]], and_at: int) -> bool:
    """Whether "and" joins title-case words to a title-case complement: "for Children and
    Youth in the EU", "on Digital Rights and Principles", not "and the Pact for Skills" (an
    article), "and Safer Internet Day" (a kind noun after: another name) nor "and Europol
    staff" (a lower-case word after the capitals that is no clause or connector word: the
    capitals modify it), nor "and European and US partners"."""
    words = vocabulary()
    end = and_at + 1
    limit = min(len(tokens), end + _MAX_COORDINATED_TITLE_WORDS + 1)  # read a few words only
    while end < limit and _title_word(tokens[end].group(0)):
        if tokens[end].group(0).lower() in words.kinds:
            return False
        end += 1
    if not and_at + 1 < end <= and_at + 1 + _MAX_COORDINATED_TITLE_WORDS:
        return False  # none, or more than a few: a run of capitals of its own
    run = [token.group(0) for token in tokens[and_at + 1 : end]]
    if any(canonical_organisation(" ".join(run[:count])) for count in range(1, len(run) + 1)):
        return False  # "Alliance for Telecoms and Google": an organisation beside the name
    if _COMPANY_SUFFIXES & {*run, tokens[and_at - 1].group(0)}:
        return False  # "... of Scytales AB and T-Systems International GmbH": two companies
    after = tokens[end].group(0) if end < len(tokens) else ""
    if after.lower() in ARTICLES:
        return False  # "and Save the Children": the capitals go on past an article
    if after in _COORDINATORS and end + 1 < len(tokens):
        # "... for Digital Jobs and European and US partners": modifiers of a later noun;
        # "... on Business and Human Rights and the OECD Guidelines": the name ended
        return not tokens[end + 1].group(0)[:1].isupper()
    return not (
        after.isalpha()
        and after.islower()
        and after not in words.stop_words
        and after not in words.connectors
    )


# The last part of a hyphenated modifier that cannot end a noun phrase: "gender-based",
# "technology-facilitated", "age-appropriate", "child-friendly".
_MODIFIER_ENDING = re.compile(
    r"^[a-z]+-(?:[a-z]+(?:ed|ing)|specific|appropriate|friendly|sensitive)$"
)  # "evidence-informed", "privacy-preserving"; "test-bed" too, but a capital follows it


_IRREGULAR_PLURALS = frozenset({"women", "men", "children", "people"})
# The prepositions that carry a coordinated group's own complement: "... girls and young
# women from online violence", "... teachers and educators on tackling disinformation".
_GROUP_COMPLEMENTS = frozenset({"on", "from", "against", "about"})
_MAX_GROUP_ADJECTIVES = 2


def _is_plural(word: str) -> bool:
    return word in _IRREGULAR_PLURALS or (
        word.isalpha() and word.islower() and word.endswith("s") and not word.endswith("ss")
    )


def _coordinated_plurals(tokens: list[re.Match[str]], and_at: int) -> bool:
    """Whether "and" joins two groups of people or things in lower case, the second's own
    complement following it: "girls and young women from online violence"."""
    if and_at == 0 or not _is_plural(tokens[and_at - 1].group(0)):
        return False
    words = [token.group(0) for token in tokens[and_at + 1 : and_at + _MAX_GROUP_ADJECTIVES + 4]]
    for at, word in enumerate(words[: _MAX_GROUP_ADJECTIVES + 1]):
        if not (word.isalpha() and word.islower()):
            return False
        if _is_plural(word):
            after = words[at + 1 : at + 3]
            return len(after) == 2 and after[0] in _GROUP_COMPLEMENTS and after[1][:1].islower()
    return False


def _coordinated_modifier(word: str) -> bool:
    """Whether a word before "and" only modifies a noun that comes after the "and": the
    complement goes on to that noun ("gender-based and domestic violence")."""
    return _MODIFIER_ENDING.match(word) is not None


def _coordinated_purpose_verb(tokens: list[re.Match[str]], kind_at: int, and_at: int) -> bool:
    """Whether the "and" at `and_at` joins a second verb to the one right after the name's
    "to": "to prevent and combat ...", "to detect and remove ..." (a clause word after the
    "and" ends the name as it would anywhere)."""
    return and_at == kind_at + 3 and tokens[kind_at + 1].group(0) == "to"


# Words after "and" that end a clause, not a complement: "... and others.", "... and more.",
# "... and it."
_CLAUSE_TAILS = frozenset(
    {"others", "more", "many", "some", "all", "so", "too", "also", "yet", "it", "them", "this",
     "that", "these", "those"}
)  # fmt: skip


def _purpose_after_name(tokens: list[re.Match[str]], to_at: int, kind_at: int) -> bool:
    """Whether "to" + a lower-case verb follows a proper noun that closes the complement:
    "Agenda for the EU to step up ...", not "Alliance to better protect ..."."""
    if to_at < kind_at + 3 or to_at + 1 >= len(tokens):
        return False
    before, after = tokens[to_at - 1].group(0), tokens[to_at + 1].group(0)
    return is_capitalised(before) and after.isalpha() and after.islower()


def _series_and(tokens: list[re.Match[str]], comma_at: int) -> int | None:
    """The "and"/"or" closing a series of single lower-case words that starts right after a
    preposition of the complement ("to respect, protect and fulfil"), or None."""
    before = [token.group(0) for token in tokens[max(0, comma_at - 2) : comma_at]]
    if len(before) < 2 or before[0].lower() not in COMPLEMENT_WORDS or not _plain(before[1]):
        return None
    index = comma_at
    last = min(len(tokens) - 2, comma_at + 2 * _MAX_SERIES_MEMBERS)
    while index < last and tokens[index].group(0) == ",":
        member, after = tokens[index + 1].group(0), tokens[index + 2].group(0)
        if not _plain(member):
            return None
        if after in ("and", "or"):
            following = tokens[index + 3].group(0) if index + 3 < len(tokens) else ""
            return index + 2 if _plain(following) else None
        index += 2
    return None


def _plain(word: str) -> bool:
    """A lower-case word that is no clause word, hyphenated or not ("non-binary"): a member
    of a coordinated series. A hyphenated plural ("start-ups", "non-profits") is one of a
    list of things the name is for, not a modifier of one noun."""
    if _LOWER_WORD.fullmatch(word) is None or word in vocabulary().stop_words:
        return False
    return "-" not in word or not word.endswith("s")


_LOWER_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")


def _modified_noun(tokens: list[re.Match[str]], last_member: int) -> int | None:
    """The noun after a series' last member and the series' initials in brackets, when a
    clause break (",", ".", ";") or a clause word (`stop_words`: "which", "is", "and", ...)
    follows it: "... intersex and queer (LGBTIQ) equality, which ..."."""
    words = [token.group(0) for token in tokens[last_member + 1 : last_member + 6]]
    if len(words) < 4 or words[0] != "(" or not words[1].isupper() or words[2] != ")":
        return None
    noun, after = words[3], words[4] if len(words) > 4 else ""
    if not _plain(noun) or not (after in (",", ".", ";") or after in vocabulary().stop_words):
        return None
    return last_member + 4


def _last_coordinated_noun(tokens: list[re.Match[str]], and_at: int) -> bool:
    """Whether the "and" at `and_at` joins one last lower-case noun that ends the complement:
    "... digital education and training.", "... skills and competences in education and
    training" (a field's scope after it), not "... and welcomed the ..." (a clause goes on)."""
    if and_at + 1 >= len(tokens):
        return False
    noun = tokens[and_at + 1].group(0)
    if not _plain(noun) or noun in _CLAUSE_TAILS or noun.endswith("ed"):
        return False  # "... and others.", "... and applauded, as ...": the clause goes on
    after = and_at + 2
    if after >= len(tokens):
        return True
    following = tokens[after].group(0)
    if _plain(following) and not following.endswith(("ed", "s")) and after + 1 < len(tokens):
        # "... online services and consumer protection in the EU single market": a compound
        after += 1
        following = tokens[after].group(0)
    if following in _BE_VERBS or (following in _SINGULAR_VERBS and not noun.endswith("s")):
        return True  # "... digital education and training was adopted / has been": its verb
    if following in ("and", "or") and after + 2 < len(tokens):
        # "... education and training and the Council Recommendation on ...": another name
        # (not "... and teachers and the unions welcomed it": a clause goes on)
        article, named = (token.group(0) for token in tokens[after + 1 : after + 3])
        return article.lower() in ARTICLES and is_capitalised(named)
    return following in COMPLEMENT_ENDS or (
        following == "in" and _scope_end(tokens, after) is not None
    )


# The verb a name may be the subject of, right after its last noun: "... and training was
# adopted" ("... and schools have started" is a clause of its own).
_BE_VERBS = frozenset({"is", "was", "are", "were"})
# Its forms that make a verb in "-ing" progressive: "is reviewing", "has been drafting".
_BE_FORMS = _BE_VERBS | {"be", "been", "being"}
# ... and these after a singular noun only ("... and training has been adopted"; "... and
# schools have started", "... and parents will be consulted" are clauses of their own).
_SINGULAR_VERBS = frozenset({"has", "had", "will"})


# The words a field's scope phrase opens with: "in the digital environment", and "with
# disabilities" after the people it qualifies (`scope_people`: "persons with disabilities").
_SCOPE_OPENERS = frozenset({"in", "with"})


def _scope_end(tokens: list[re.Match[str]], in_at: int) -> int | None:
    """The last token of a field's scope phrase starting at "in" or "with"
    (`complement_scopes`)."""
    words = [token.group(0) for token in tokens[in_at : in_at + longest_scope()]]
    length = scope_length(words, 0)
    return in_at + length - 1 if length else None


def _repeats_a_preposition(
    tokens: list[re.Match[str]], kind_at: int, index: int, word: str
) -> bool:
    """Whether the word after an "and" is a preposition the complement before it used: a
    second part of the same complement ("for the protection ... and for the prevention")."""
    if word not in COMPLEMENT_WORDS:
        return False
    return any(tokens[at].group(0) == word for at in range(kind_at + 1, index))


def _shared_complement(following: list[str]) -> bool:
    """Whether the words after an "and" are a second noun sharing the complement that
    follows it: "transparency and targeting of ...", "consumers and players of ..."."""
    if len(following) < 2:
        return False
    noun, preposition = following
    return _plain(noun) and preposition in ("of", "for")


def _repeats_a_word(tokens: list[re.Match[str]], kind_at: int, index: int, word: str) -> bool:
    """Whether the lower-case word after an "and" repeats the word right after the last
    preposition of the complement before it ("against sexual exploitation and sexual ..."),
    or the word after the next repeats the noun that preposition follows ("violence against
    women and domestic violence")."""
    if not word.islower():
        return False
    for at in range(index - 1, kind_at, -1):  # back to the complement's last preposition
        if tokens[at].group(0).lower() in COMPLEMENT_WORDS:
            return at + 1 < index and (
                tokens[at + 1].group(0) == word
                or (
                    index + 2 < len(tokens)
                    and tokens[index + 2].group(0) == tokens[at - 1].group(0)
                )
            )
    return False


def _compound_end(tokens: list[re.Match[str]], kind_at: int) -> int:
    """The last token of a compound kind noun ("Memorandum of Understanding"), or `kind_at`."""
    words = [token.group(0) for token in tokens[kind_at : kind_at + 4]]
    return kind_at + compound_end(words, 0)


_MAX_WORDS_TO_ACRONYM = 8


def _spelled_by_acronym(tokens: list[re.Match[str]], first: int, last: int) -> int:
    """The name's last token, carried on to the acronym in brackets that spells it: "European
    Network Against Bullying in Learning and Leisure Environments (ENABLE)" goes on over "in"
    because ENABLE abbreviates the capitalised words up to the bracket."""
    before = [token.group(0) for token in tokens[max(0, first - 3) : first]]
    ahead = min(len(tokens) - 2, last + 1 + _MAX_WORDS_TO_ACRONYM)
    if len(before) == 3 and before[1:] == [",", "the"]:
        # "ENABLE, the European Network Against Bullying in ... Environments, is ..."
        for index in range(last + 1, ahead):
            if tokens[index].group(0) == ",":
                spelled = _abbreviates(before[0], tokens[first:index])
                return index - 1 if spelled and index - 1 > last else last
    for index in range(last + 1, ahead):
        word = tokens[index].group(0)
        if word == "(":
            acronym = tokens[index + 1].group(0)
            closes = tokens[index + 2].group(0) == ")"
            if closes and index - 1 > last and _abbreviates(acronym, tokens[first:index]):
                return index - 1
            return last
        if not (word[:1].isupper() or word in ("in", "and", "of", "for", "on", "the", "&")):
            return last
    return last


def _abbreviates(acronym: str, words: list[re.Match[str]]) -> bool:
    """Whether the acronym's letters are the initials of the capitalised words, in order, the
    first and the last among them, at most one initial left out per two letters ("ENABLE" of
    "European Network Against Bullying ... Learning and Leisure Environments", "SOMA" of
    "Social Observatory for Disinformation and Social Media Analysis")."""
    if not (acronym.isupper() and acronym.isalpha() and len(acronym) >= 3):
        return False
    initials = [w.group(0)[0] for w in words if w.group(0)[:1].isupper()]
    left_out = len(initials) - len(acronym)
    if not initials or initials[0] != acronym[0] or not 0 <= left_out <= len(acronym) // 2:
        return False
    if left_out > 1 and initials[-1] != acronym[-1]:
        return False
    letters = iter(initials)
    return all(letter in letters for letter in acronym)


def _kind_at(tokens: list[re.Match[str]], index: int) -> str:
    """`kind_label` of the kind noun at token `index`."""
    return kind_label([token.group(0) for token in tokens[index : index + 4]], 0)


def _extend_acronym(text: str, end: int) -> int:
    match = ACRONYM_IN_PARENS.match(text, end)
    return match.end() if match else end


@lru_cache(maxsize=1)
def _kind_nouns() -> frozenset[str]:
    """Every word that may head a name: kind nouns, leading kinds, compound heads."""
    words = vocabulary()
    return words.kinds | words.leading_kinds | words.compound_only


@lru_cache(maxsize=1)
def _any_kind_noun() -> re.Pattern[str]:
    """A kind noun anywhere in a text, as a word: a text without one holds no name."""
    alternatives = "|".join(sorted(map(re.escape, _kind_nouns()), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def find_names(text: str, sentence_starts: set[int] | None = None) -> list[NameCandidate]:
    """Initiative names written in `text`, in order; `sentence_starts` are token indices."""
    words = vocabulary()
    if not _any_kind_noun().search(text):
        return []  # every name holds a kind noun: most sentences hold none, and skip the tokens
    tokens = word_tokens(text)
    starts = sentence_starts if sentence_starts is not None else {0}
    found: list[NameCandidate] = []
    # The kind nouns found in one pass: a loop step per word cost more than the names.
    nouns = _kind_nouns()
    kinds_at = [
        i
        for i, token in enumerate(tokens)
        if token.group(0).lower() in nouns
        and (token.group(0).lower() not in words.compound_only or _compound_end(tokens, i) > i)
    ]
    next_free = 0
    for index in kinds_at:
        if index < next_free:
            continue  # inside the name found before
        word = tokens[index].group(0)
        # A name's words before its kind noun are few: bounded, a run of capitalised words
        # with many rejected kind nouns is read once, not back to the last name per noun.
        first = _left_edge(tokens, index, starts, max(next_free, index - _MAX_LEFT_WORDS))
        last = _right_edge(tokens, index, text)
        hashtag = _hashtag_before(tokens, index) if first == index else None
        carried = _carried_name_end(tokens, index) if first == index else None
        if carried is not None:
            start, end = tokens[index].start(), tokens[carried].end()
            found.append(NameCandidate(text[start:end], _kind_at(tokens, index), start, end))
            last = carried
        elif word.lower() not in words.kinds and word.lower() not in words.compound_only:
            continue  # a leading kind noun that carries no name: "the project"
        elif first == index and (introduced := _introduced_name(tokens, index, text)):
            found.append(introduced)
            last = _right_edge(tokens, _compound_end(tokens, index) + 3, text)
        elif hashtag is not None:
            found.append(NameCandidate(hashtag.group(0), _kind_at(tokens, index), *hashtag.span()))
        elif (
            _looks_like_name(tokens, first, index, last, starts)
            or _new_body(tokens, first, index, last, text)
            or is_legal_named(tokens, index, text)
        ):
            last = _spelled_by_acronym(tokens, first, last)
            end = _extend_acronym(text, tokens[last].end())
            start = tokens[first].start()
            found.append(NameCandidate(text[start:end], _kind_at(tokens, index), start, end))
        else:
            continue  # no name: its words may still start the next one ("Council of Europe
            # Strategy for ...": the body noun names nothing, the strategy's name starts there)
        next_free = max(index, last) + 1
    return found


def _introduced_name(tokens: list[re.Match[str]], kind_at: int, text: str) -> NameCandidate | None:
    """A sentence-case name the page introduces with its acronym: "the memorandum of
    understanding (MoU) on the sale of ...": the article, lower-case words whose initials the
    acronym spells, the acronym, then the name's complement."""
    kind_end = _compound_end(tokens, kind_at)
    after = [token.group(0) for token in tokens[kind_end + 1 : kind_end + 4]]
    if len(after) < 3 or after[0] != "(" or after[2] != ")" or not after[1][:1].isupper():
        return None
    start = _acronym_start(tokens, kind_at, kind_end, after[1])
    if start is None:
        return None
    last = _right_edge(tokens, kind_end + 3, text)
    head = text[tokens[start].start() : tokens[kind_end].end()]
    tail = text[tokens[kind_end + 3].end() : tokens[last].end()] if last > kind_end + 3 else ""
    name = f"{head}{tail} ({after[1]})"
    return NameCandidate(
        name, tokens[kind_at].group(0).lower(), tokens[start].start(), tokens[last].end()
    )


def _acronym_start(
    tokens: list[re.Match[str]], kind_at: int, kind_end: int, acronym: str
) -> int | None:
    """The first word of the lower-case phrase after an article that `acronym` abbreviates."""
    letters = acronym.lower()
    for start in range(kind_at, max(0, kind_at - 3), -1):
        words = [token.group(0) for token in tokens[start : kind_end + 1]]
        if not all(word.islower() for word in words):
            return None
        initials = "".join(word[0] for word in words)
        if tokens[start - 1].group(0).lower() in ARTICLES and letters == initials:
            return start
    return None


def _carried_name_end(tokens: list[re.Match[str]], kind_at: int) -> int | None:
    """The last token of a name a capitalised leading kind noun carries ("Project Protect"):
    up to three capitalised words after it that are not kind nouns or verbs."""
    words = vocabulary()
    if tokens[kind_at].group(0).lower() not in words.leading_kinds:
        return None
    if not tokens[kind_at].group(0)[:1].isupper():
        return None
    last = None
    for index in range(kind_at + 1, min(len(tokens), kind_at + 4)):
        word = tokens[index].group(0)
        lowered = word.lower()
        # A brand may start in lower case: "Project eSAFE", "Project kidNET".
        if not is_capitalised(word) or lowered in words.kinds or lowered in words.stop_words:
            break
        last = index
    return last


def _hashtag_before(tokens: list[re.Match[str]], kind_at: int) -> re.Match[str] | None:
    """ "the #SayNo! awareness campaign": a hashtag a few common words before a kind noun is
    the initiative's name, without the words that only describe it."""
    # The describing words, then the "!" the tokens split off the hashtag, then the hashtag.
    nearest_hashtag = kind_at - 1 - _MAX_WORDS_AFTER_HASHTAG - 2
    for index in range(kind_at - 1, max(-1, nearest_hashtag), -1):
        word = tokens[index].group(0)
        if word.startswith("#") and len(word) > 1:
            return tokens[index]
        if word in ("a", "an") and index >= 2 and tokens[index - 1].group(0) == ",":
            # "launched #FairPlay4All, a campaign to ...": the hashtag in apposition
            index -= 2
            return tokens[index] if _is_hashtag(tokens[index].group(0)) else None
        describes = word.islower() and word not in not_describing()
        if not describes and word != "!":
            return None
    return None


@lru_cache(maxsize=1)
def not_describing() -> frozenset[str]:
    """Lower-case words that tie a phrase together rather than describe a campaign."""
    words = vocabulary()
    return frozenset(words.stop_words | PREPOSITIONS | words.connectors)


def _looks_like_name(
    tokens: list[re.Match[str]], first: int, kind_at: int, last: int, starts: set[int]
) -> bool:
    words = vocabulary()
    kind = tokens[kind_at].group(0)
    left = [tokens[i].group(0) for i in range(first, kind_at)]
    complement = [tokens[i].group(0) for i in range(kind_at + 1, last + 1)]
    if (
        kind.lower() in words.weak_kinds
        and not left
        and not _title_case_named(kind, complement, kind_at in starts)
    ):
        return False
    if kind.lower() in words.body_kinds and not names_a_body(kind, complement):
        return False
    if kind.lower() in words.complement_kinds and complement[:1] not in (["of"], ["to"], ["on"]):
        return False  # "Financial Year 2021", "Internet Protocol"
    if kind.lower() in words.capital_kinds and not kind[:1].isupper():
        return False  # "EU law", "national law"
    issuers_only = all(word.lower() in _ISSUERS for word in left)
    if kind.lower() in words.capital_kinds and not complement and issuers_only:
        return False  # "by Royal Decree", "Federal Law": by whom, not which text
    if any(is_capitalised(word) and (i + first) not in starts for i, word in enumerate(left)):
        return True
    if left and any(word.isupper() or not word.replace("-", "").isalpha() for word in left):
        return True  # an acronym or "BIK+" before the kind noun
    kind_is_capital = kind[:1].isupper() and kind_at not in starts
    if complement and complement[0].lower() == "on" and is_occasion(complement[1:]):
        return False  # "launched the Alliance on Safer Internet Day": a date, not a name
    return kind_is_capital and len(complement) >= 2


def _title_case_named(kind: str, complement: list[str], opens_sentence: bool) -> bool:
    """ "the Observatory on the Online Platform Economy": a weak kind noun capitalised inside
    a sentence with a title-case or long complement is a name, with no modifier before it."""
    if kind.lower() in vocabulary().body_kinds:
        return False  # "Council for Media Services": more often a body that acts
    capitalised = kind[:1].isupper() and not opens_sentence
    title_case = any(word[:1].isupper() and not word.isupper() for word in complement)
    # "the Regulation on the transparency and targeting of ...": a long complement names it
    return capitalised and (title_case or len(complement) >= _LONG_COMPLEMENT)


# Texts a body adopts on another initiative, named by it: "Council conclusions on the EU
# Strategy on the rights of the child".
_ADOPTED_ON_KINDS = frozenset({"conclusions", "resolution"})


def _adopted_on_a_name(tokens: list[re.Match[str]], kind_at: int, index: int) -> bool:
    """Whether the kind noun at `index` heads the name that the adopted text at `kind_at` is
    on: "on the", then capitalised words only, right after the text's kind noun."""
    if tokens[kind_at].group(0).lower() not in _ADOPTED_ON_KINDS:
        return False
    opening = [token.group(0).lower() for token in tokens[kind_at + 1 : kind_at + 3]]
    between = [token.group(0) for token in tokens[kind_at + 3 : index]]
    return opening == ["on", "the"] and all(word[:1].isupper() for word in between)


def _inside_title_case(tokens: list[re.Match[str]], index: int) -> bool:
    """Whether the capitalised kind noun at `index` is a modifier inside a title-case phrase
    ("Online Platform Economy"), not the head of another name: a capitalised word that is no
    kind noun follows it."""
    if index + 1 >= len(tokens) or index == 0:
        return False
    before, after = tokens[index - 1].group(0), tokens[index + 1].group(0)
    lowered = after.lower()
    return (
        is_capitalised(before)
        and after[:1].isupper()
        and lowered not in vocabulary().kinds
        and lowered not in vocabulary().stop_words
    )


def _new_body(tokens: list[re.Match[str]], first: int, kind_at: int, last: int, text: str) -> bool:
    """ "the new Nordic Fraud Centre (NFC) will ...", "will set up the European Cybercrime
    Centre (EC3)": a capitalised body the page says is new or being set up, introduced with
    its acronym, is an initiative, not a body that acts."""
    if tokens[kind_at].group(0).lower() not in vocabulary().body_kinds or last != kind_at:
        return False
    if first == kind_at or first == 0:
        return False
    if tokens[first - 1].group(0).lower() != "new" and not _set_up_before(tokens, first):
        return False
    return ACRONYM_IN_PARENS.match(text, tokens[kind_at].end()) is not None


# Verbs that set a body up besides "set up": "the Commission establishes the X Centre (XC)".
_SETTING_UP = frozenset({"establish", "establishes", "established", "create", "creates", "created"})


def _set_up_before(tokens: list[re.Match[str]], first: int) -> bool:
    """Whether a verb that sets a body up stands right before the name (or its "the")."""
    at = first - 1
    if at > 0 and tokens[at].group(0).lower() in ARTICLES:
        at -= 1
    word = tokens[at].group(0).lower()
    set_up = word == "up" and at > 0 and tokens[at - 1].group(0).lower() in ("set", "sets")
    return set_up or word in _SETTING_UP


def _is_hashtag(word: str) -> bool:
    return word.startswith("#") and len(word) > 1
