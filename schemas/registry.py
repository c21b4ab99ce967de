"""The reviewed registries of initiatives and organisations (`extractors/registry/*.toml`).

Data we write and review ourselves, so every model is frozen and forbids unknown keys: a typo in
a key is an error naming it. Cross-entry rules (unique ids, relations that point at real entries,
a global alias naming one entry only) are checked once the whole file is read, by `Registry`.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal
from urllib.parse import urlsplit

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field

from schemas.dates import PartialDate

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*\Z")


def check_slug(value: str) -> str:
    """Ids are lowercase words joined by '-': stable keys for diffs and snapshots."""
    if not _SLUG.match(value) or len(value) > 80:
        raise ValueError(f"not a slug (a-z, 0-9 and single '-', at most 80): {value!r}")
    return value


def check_public_url(value: str) -> str:
    """An https URL on a real, dotted domain: a source a reviewer can open."""
    parts = urlsplit(value)
    host = parts.hostname or ""
    if parts.scheme != "https" or "." not in host or host.endswith((".local", ".test")):
        raise ValueError(f"not an https URL on a public domain: {value!r}")
    return value


def check_mention(value: str) -> str:
    if not value.strip() or value != " ".join(value.split()):
        raise ValueError(f"empty, or with stray whitespace: {value!r}")
    return value


Slug = Annotated[str, AfterValidator(check_slug)]
PublicUrl = Annotated[str, AfterValidator(check_public_url)]
Mention = Annotated[str, AfterValidator(check_mention)]

InitiativeKind = Literal[
    "action-plan",
    "alliance",
    "body",
    "campaign",
    "centre",
    "code-of-conduct",
    "code-of-practice",
    "coalition",
    "communication",
    "declaration",
    "directive",
    "event",
    "expert-group",
    "forum",
    "framework",
    "guidelines",
    "network",
    "platform",
    "pledge",
    "principles",
    "programme",
    "protocol",
    "recommendation",
    "regulation",
    "regulation-proposal",
    "strategy",
    "tool",
]

# The field the sources watch: child online safety first, then the neighbouring fields that the
# BIK and Commission pages lean on.
Area = Literal[
    "child-safety",
    "child-sexual-abuse",
    "platform-regulation",
    "data-protection",
    "illegal-hate-speech",
    "disinformation",
    "terrorist-content",
    "funding",
]


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class SourcedDate(_Strict):
    """A launch or end date, as precise as its public source states it."""

    date: PartialDate
    source: PublicUrl


def _page_from_url(value: object) -> object:
    # A bare URL in the data file is the common case; a table only when a page needs a fixed
    # source id (the snapshot folder of a page watched before the registry existed).
    return {"url": value} if isinstance(value, str) else value


class WatchedPage(_Strict):
    """A BIK or Commission page that describes the initiative: a candidate source to watch."""

    url: PublicUrl
    source_id: str | None = None  # keeps an existing snapshot folder's name
    source_name: str | None = None


class Initiative(_Strict):
    id: Slug
    name: Mention
    kind: InitiativeKind
    area: Area
    aliases: tuple[Mention, ...] = ()  # resolve anywhere: each names this entry only
    acronyms: tuple[Mention, ...] = ()  # resolve anywhere, like aliases
    # Generic or shared forms ("the Alliance", "the Code") that name this entry only on a page
    # that has named it in full; several entries may share one, and on such a page it wins over
    # a global alias of the same form ("Code of Practice on Disinformation" on a page about the
    # strengthened 2022 Code).
    contextual_aliases: tuple[Mention, ...] = ()
    parent: Slug | None = None  # the programme, strategy or act it belongs to
    predecessors: tuple[Slug, ...] = ()  # what it grew out of or replaced
    merged_into: Slug | None = None
    launched: SourcedDate | None = None
    ended: SourcedDate | None = None
    pages: tuple[Annotated[WatchedPage, BeforeValidator(_page_from_url)], ...] = ()
    sources: tuple[PublicUrl, ...] = ()  # other public pages the entry's facts come from

    @property
    def global_mentions(self) -> tuple[str, ...]:
        return (self.name, *self.aliases, *self.acronyms)

    @property
    def source_urls(self) -> tuple[str, ...]:
        """Every URL that backs the entry: its pages, other sources and dated facts."""
        dated = [fact.source for fact in (self.launched, self.ended) if fact is not None]
        return (*(page.url for page in self.pages), *self.sources, *dated)


class Organisation(_Strict):
    id: Slug
    name: Mention  # the name bikwatch uses for it
    aliases: tuple[Mention, ...] = ()  # former names, brands, legal names, short forms
    sources: tuple[PublicUrl, ...] = Field(min_length=1)  # where it is named as a signatory


class InitiativeFile(_Strict):
    initiative: tuple[Initiative, ...] = Field(min_length=1)


class OrganisationFile(_Strict):
    organisation: tuple[Organisation, ...] = Field(min_length=1)
