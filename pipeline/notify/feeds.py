"""Atom feeds of changes, beside email: `all.xml` and one `<source-id>.xml` per source.

Static files rewritten at each run: the existing feed is read, this run's entries go on top,
the oldest fall off past `max_entries`. Entry ids derive from run id and source, so a re-run
replaces its own entries instead of duplicating them.
"""

from __future__ import annotations

import html
import re
import uuid
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from pipeline.notify.counts import source_counts
from pipeline.notify.wording import Sentence, describe_changes, describe_problem, source_label
from pipeline.store.files import replace_file
from schemas.errors import StoreError
from schemas.run import Notice, RunReport, SourceOutcome

ATOM = "http://www.w3.org/2005/Atom"
ALL_FEED = "all"
ALL_FEED_TITLE = "bikwatch: all sources"
_NAMESPACE = uuid.UUID("6f1c1d8e-8a55-4c8e-9a4b-3f3e1b7c2d10")  # bikwatch's own uuid5 space
_UNSAFE_NAME_CHARS = re.compile(r"[^A-Za-z0-9._-]+")

ET.register_namespace("", ATOM)


def _tag(name: str) -> str:
    return f"{{{ATOM}}}{name}"


def stable_id(*parts: str) -> str:
    return f"urn:uuid:{uuid.uuid5(_NAMESPACE, chr(31).join(parts))}"


def feed_file_name(source_id: str) -> str:
    name = _UNSAFE_NAME_CHARS.sub("_", source_id).strip("._") or "source"
    return f"source-{name}.xml" if name == ALL_FEED else f"{name}.xml"


@dataclass
class _SourceFeed:
    title: str | None = None  # the source's name; None keeps the feed's own
    page: str | None = None  # the watched page: the feed's rel="alternate"
    entries: list[ET.Element] = field(default_factory=list)


def write_feeds(report: RunReport, feed_dir: Path, *, max_entries: int = 200) -> list[Path]:
    """Write `all.xml` and each source's feed with this run's entries on top."""
    when = report.finished_at or report.started_at
    if when.tzinfo is None:  # Atom dates need an offset; bikwatch's clock is UTC
        when = when.replace(tzinfo=UTC)
    by_source: dict[str, _SourceFeed] = {}
    for outcome in report.outcomes:
        feed = by_source.setdefault(outcome.source_id, _SourceFeed())
        feed.title, feed.page = source_label(outcome), outcome.url
        feed.entries.extend(_outcome_entries(report, outcome, when))
    for notice in report.notices:
        feed = by_source.setdefault(notice.source_id, _SourceFeed())
        feed.entries.append(_notice_entry(report, notice, when))
    everything = [entry for feed in by_source.values() for entry in feed.entries]
    all_feed = _SourceFeed(ALL_FEED_TITLE, None, everything)
    written = [_update_feed(feed_dir / f"{ALL_FEED}.xml", all_feed, when, max_entries)]
    for source_id, feed in by_source.items():
        path = feed_dir / feed_file_name(source_id)
        written.append(_update_feed(path, feed, when, max_entries))
    return written


def _outcome_entries(report: RunReport, outcome: SourceOutcome, when: datetime) -> list[ET.Element]:
    """One entry per source and run, counting its changes as the alert does."""
    if outcome.diff is None or not (outcome.diff.changes or outcome.diff.health):
        return []
    sentences = describe_changes(outcome.diff.changes)
    sentences += [Sentence(describe_problem(p)) for p in outcome.diff.health]
    return [
        _entry(
            stable_id(report.run_id, outcome.source_id, "diff"),
            f"{source_label(outcome)}: {source_counts(outcome)}",
            outcome.url,
            when,
            sentences,
        )
    ]


def _notice_entry(report: RunReport, notice: Notice, when: datetime) -> ET.Element:
    entry_id = stable_id(report.run_id, notice.source_id, "notice", notice.kind)
    return _entry(entry_id, notice.message, notice.url, when, [Sentence(notice.message)])


_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_safe(text: str) -> str:
    """Text without the characters XML 1.0 forbids: one of them would make the feed
    unreadable, and every later run that adds to it fail."""
    return _XML_ILLEGAL.sub("", text)


def _entry(
    entry_id: str, title: str, url: str, when: datetime, sentences: list[Sentence]
) -> ET.Element:
    entry = ET.Element(_tag("entry"))
    ET.SubElement(entry, _tag("id")).text = entry_id
    ET.SubElement(entry, _tag("title")).text = xml_safe(" ".join(title.split()))
    ET.SubElement(entry, _tag("updated")).text = when.isoformat()
    ET.SubElement(entry, _tag("link"), rel="alternate", type="text/html", href=xml_safe(url))
    content = ET.SubElement(entry, _tag("content"), type="html")
    # ElementTree escapes the HTML once more, as Atom wants.
    content.text = xml_safe(_sentences_html(sentences))
    return entry


def _sentences_html(sentences: list[Sentence]) -> str:
    """One list item per change; a sentence of the page proving several is quoted once."""
    items, quoted = [], set()
    for sentence in sentences:
        quote = ""
        if sentence.quote and sentence.quote not in quoted:
            quote = f"<blockquote>{html.escape(sentence.quote)}</blockquote>"
            quoted.add(sentence.quote)
        items.append(f"<li>{html.escape(sentence.text)}{quote}</li>")
    return "<ul>" + "".join(items) + "</ul>"


def _update_feed(path: Path, source: _SourceFeed, when: datetime, max_entries: int) -> Path:
    if not source.entries and path.exists():
        return path
    old_feed = _read_feed(path)
    old_entries = old_feed.findall(_tag("entry")) if old_feed is not None else []
    new_ids = {_entry_id(entry) for entry in source.entries}
    kept = [entry for entry in old_entries if _entry_id(entry) not in new_ids]
    entries = (source.entries + kept)[:max_entries]
    old_title = old_feed.findtext(_tag("title")) if old_feed is not None else None
    feed = ET.Element(_tag("feed"))
    ET.SubElement(feed, _tag("id")).text = stable_id("feed", path.stem)
    ET.SubElement(feed, _tag("title")).text = xml_safe(source.title or old_title or path.stem)
    # Relative: it resolves to wherever the feed files are served.
    ET.SubElement(feed, _tag("link"), rel="self", type="application/atom+xml", href=path.name)
    alternate = source.page or _alternate(old_feed)
    if alternate:  # the watched page; all.xml has none
        ET.SubElement(feed, _tag("link"), rel="alternate", type="text/html", href=alternate)
    newest = max((e.findtext(_tag("updated")) or "" for e in entries), default="")
    ET.SubElement(feed, _tag("updated")).text = newest or when.isoformat()
    author = ET.SubElement(feed, _tag("author"))
    ET.SubElement(author, _tag("name")).text = "bikwatch"
    feed.extend(entries)
    ET.indent(feed)
    replace_file(path, ET.tostring(feed, encoding="utf-8", xml_declaration=True) + b"\n")
    return path


def _alternate(feed: ET.Element | None) -> str | None:
    for link in feed.findall(_tag("link")) if feed is not None else []:
        if link.get("rel") == "alternate":
            return link.get("href")
    return None


def _entry_id(entry: ET.Element) -> str:
    return entry.findtext(_tag("id")) or ""


def _read_feed(path: Path) -> ET.Element | None:
    if not path.exists():
        return None
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as exc:
        raise StoreError(f"cannot read feed {path}: {exc}") from exc
    if root.tag != _tag("feed"):
        raise StoreError(f"{path} is not an Atom feed")
    return root
