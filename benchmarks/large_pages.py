"""Synthetic pages of a chosen size, for measuring how cleaning and extraction grow.

Every block is unique (numbered), so deduplication keeps them all, and the prose carries what
extraction works on: initiative names, launch and end cues, dates, organisations and role
cues. Four shapes measure one dimension each: many blocks of a few sentences (`blocks`), one
paragraph of many sentences (`sentences`), one list of many items (`items`) and a few very
long sentences (`characters`).
"""

from __future__ import annotations

import random

from benchmarks.synthetic_pages import ORGANISATIONS

MONTHS = ("January", "March", "May", "June", "September", "November")
# Words for unique initiative names: a number in a name reads as a date or a count.
_QUALITIES = (
    "Alpine",
    "Baltic",
    "Bright",
    "Civic",
    "Clear",
    "Coastal",
    "Digital",
    "Eastern",
    "Fair",
    "Global",
    "Green",
    "Harbour",
    "Inland",
    "Joint",
    "Kind",
    "Local",
    "Modern",
    "Nordic",
    "Open",
    "Pacific",
    "Quiet",
    "Rural",
    "Secure",
    "Southern",
    "Trusted",
    "Urban",
    "Valley",
    "Western",
    "Young",
    "Zonal",
)
_SUBJECTS = (
    "Apps",
    "Browsers",
    "Chats",
    "Devices",
    "Email",
    "Feeds",
    "Forums",
    "Games",
    "Hosting",
    "Images",
    "Journals",
    "Kiosks",
    "Libraries",
    "Maps",
    "Networks",
    "Music",
    "Phones",
    "Podcasts",
    "Radio",
    "Search",
    "Shops",
    "Streams",
    "Tablets",
    "Television",
    "Video",
    "Wearables",
    "Websites",
    "Wikis",
    "Messaging",
    "Clouds",
)
SHAPES = ("blocks", "sentences", "items", "characters")
# A long page names the same initiatives again and again, in sections of growing length.
NAMES_IN_PROSE = 40
SECTIONS = 20
BLOCK_CHARACTERS = 250  # about, for spacing the section headings


def _name_words(number: int) -> str:
    """ "Alpine Apps", "Alpine Browsers", ...: unique for 900 numbers, then with a third word."""
    quality = _QUALITIES[number % len(_QUALITIES)]
    subject = _SUBJECTS[number // len(_QUALITIES) % len(_SUBJECTS)]
    third = number // (len(_QUALITIES) * len(_SUBJECTS))
    return f"{quality} {subject}" + (
        f" and {_QUALITIES[third % len(_QUALITIES)]} Users" if third else ""
    )


def _sentence(rng: random.Random, number: int) -> str:
    first, second, third = rng.sample(ORGANISATIONS, 3)
    month, year = rng.choice(MONTHS), rng.randint(2005, 2024)
    name = _name_words(number // 5 % NAMES_IN_PROSE)
    templates = (
        f"The Coalition for Safer {name} was launched on {number % 28 + 1} {month} "
        f"{year} by {first}, {second} and {third}.",
        f"In {month} {year}, {first} joined the Code of Practice on Safer {name}.",
        f"The Alliance for Young {name} was formally disbanded in {month} {year}.",
        f"Members of the Forum for {name} are {first}, {second} and {third}.",
        f"The signatories committed to review their tools for minors, report {number} times a "
        f"year and publish what they learn.",
    )
    return templates[number % len(templates)]


def _page(title: str, body: str) -> str:
    return (
        "<html><head><title>Synthetic page</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<main><h1>{title}</h1>{body}</main>"
        "<footer>Legal notice. Cookies. Contact.</footer></body></html>"
    )


def page_of_blocks(size: int, seed: int = 0) -> str:
    """Up to 20 sections of paragraphs of two or three sentences, `size` characters of HTML."""
    rng, parts, total, number = random.Random(seed), [], 0, 0
    section_blocks = max(12, size // BLOCK_CHARACTERS // SECTIONS)
    while total < size:
        if number % section_blocks == 0:
            part = f"<h2>The Coalition for Safer {_name_words(number // section_blocks)}</h2>"
        else:
            sentences = [_sentence(rng, number * 3 + k) for k in range(rng.randint(2, 3))]
            part = f"<p>{' '.join(sentences)}</p>"
        parts.append(part)
        total, number = total + len(part), number + 1
    return _page("Initiatives with industry", "".join(parts))


def page_of_sentences(size: int, seed: int = 0) -> str:
    """One paragraph of about `size` characters: many sentences in one block."""
    rng, sentences, total, number = random.Random(seed), [], 0, 0
    while total < size:
        sentence = _sentence(rng, number)
        sentences.append(sentence)
        total, number = total + len(sentence) + 1, number + 1
    return _page("Initiatives with industry", f"<p>{' '.join(sentences)}</p>")


def page_of_items(count: int, seed: int = 0) -> str:
    """A list of `count` signatories under a lead-in sentence with a role cue."""
    rng = random.Random(seed)
    items = "".join(f"<li>{rng.choice(ORGANISATIONS)} Group {n}</li>" for n in range(count))
    intro = "<p>The Code of Practice on Safer Games was signed by the following companies:</p>"
    return _page("Code of Practice on Safer Games", f"{intro}<ul>{items}</ul>")


def page_of_long_sentences(size: int, seed: int = 0) -> str:
    """Four paragraphs, each one sentence of names joined by commas: few, very long sentences."""
    rng, paragraphs = random.Random(seed), []
    for number in range(4):
        names = ", ".join(
            f"{rng.choice(ORGANISATIONS)} {n}" for n in range(max(1, size // 4 // 20))
        )
        paragraphs.append(
            f"<p>Members of the Forum for {_name_words(number)} are {names} and Insafe.</p>"
        )
    return _page("Forum members", "".join(paragraphs))


def synthetic_page(shape: str, size: int) -> str:
    """A page of `shape` (one of `SHAPES`); `size` is characters, or items for `items`."""
    makers = {
        "blocks": page_of_blocks,
        "sentences": page_of_sentences,
        "items": page_of_items,
        "characters": page_of_long_sentences,
    }
    return makers[shape](size)
