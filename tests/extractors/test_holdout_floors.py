"""Every holdout set keeps what the general rules reached on it: a floor per field and pair.

The holdouts were written blind, each by an author who saw neither the code nor the other
sets; their blind figures are in the README. Once measured they became development material,
so these floors guard the rules against regressions; they do not estimate unseen pages.
The floors are the figures measured on 2026-12-05 (benchmarks/sets_summary.py), rounded down:
blind for a set no rule was made for yet, after the rules made for it otherwise (each set's
comment says which).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.scoring import ACCURACY_FIELDS, SET_FIELDS
from benchmarks.sets_summary import score_set
from extractors.extract import build_nlp

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

# set: (F1 floors of initiatives, signatories, actions, dates), (accuracy floors of published,
# launched, ended, status, role, strand), exact pairs.
FLOORS = {
    "holdout": ((1.00, 1.00, 1.00, 1.00), (1.00, 1.00, 1.00, 1.00, 1.00, 1.00), 4),
    # holdout2: the BIK Youth Panel (see the README); and, since national centres are named
    # with their country (2026-12-06 from 15:35), the Spanish centre's profile, whose gold
    # describes no initiative where later sets' golds describe the national centre.
    "holdout2": ((0.87, 1.00, 1.00, 1.00), (1.00, 1.00, 1.00, 1.00, 1.00, 1.00), 4),
    "holdout3": (
        (0.87, 1.00, 1.00, 1.00),
        (1.00, 1.00, 1.00, 1.00, 1.00, 1.00),
        5,
    ),  # Insafe, the special group: README
    "holdout4": ((1.00, 0.89, 1.00, 1.00), (1.00, 1.00, 1.00, 1.00, 1.00, 1.00), 5),
    "holdout5": ((0.97, 1.00, 0.92, 1.00), (1.00, 0.88, 1.00, 1.00, 1.00, 1.00), 6),
    "holdout6": ((0.91, 1.00, 0.96, 1.00), (1.00, 1.00, 1.00, 1.00, 1.00, 1.00), 6),
    "holdout7": ((0.90, 0.76, 0.95, 0.98), (1.00, 1.00, 1.00, 1.00, 1.00, 1.00), 7),
    # Launched 0.84: the Recommendation on illegal content is now found, its launch ("is today
    # recommending") is not.
    "holdout8": ((0.96, 1.00, 0.93, 1.00), (1.00, 0.84, 1.00, 1.00, 1.00, 1.00), 6),
    "holdout9": ((0.94, 0.90, 0.94, 0.98), (1.00, 0.88, 0.88, 1.00, 1.00, 1.00), 6),
    # Signatories 0.00: its gold counts a project's partners and coordinator, which FORMAT.md
    # and five earlier pages do not (see the README); nothing extra is found (precision 1.00).
    "holdout10": (
        (1.00, 0.00, 1.00, 1.00),
        (1.00, 1.00, 1.00, 1.00, 1.00, 1.00),
        6,
    ),  # and no extra signatory: see below
    # Signatories 0.73: its gold drops the country a page writes in brackets after a member
    # ("Ofcom (UK)"), which FORMAT.md and holdout12 keep "as the page writes them".
    "holdout11": ((1.00, 0.73, 1.00, 1.00), (1.00, 0.93, 1.00, 1.00, 1.00, 1.00), 5),
    # Launched 0.77: the UN general comment, now found, is dated by its publication, not by
    # its adoption the sentence gives after its long name; the news listing's teaser now names
    # it too (its card title a heading), undated: "its general comment ..., adopted in February".
    "holdout12": ((0.95, 0.82, 0.86, 0.99), (1.00, 0.80, 1.00, 1.00, 1.00, 1.00), 5),
    # Its blind figures are in the README; these floors are after later rules. Its misses are
    # mostly initiatives its gold names from outside the page.
    "holdout13": ((0.88, 0.95, 0.83, 1.00), (1.00, 0.87, 1.00, 1.00, 1.00, 0.90), 6),
    # Blind figures in the README; these floors are after rules. holdout14's golds count the
    # Commission's enforcement proceedings and requests for information as initiatives, which
    # no rule finds (names its author made up), so its initiatives F1 stays low.
    # holdout14, holdout52 and holdout106 after (from 22:09): the proceedings a press title
    # opens are its page's initiative ('formal proceedings against TikTok').
    "holdout14": ((0.63, 1.00, 0.90, 1.00), (1.00, 0.71, 1.00, 1.00, 1.00, 1.00), 4),
    "holdout15": ((0.94, 1.00, 1.00, 0.96), (1.00, 0.80, 1.00, 1.00, 1.00, 1.00), 6),
    "holdout16": ((0.92, 1.00, 0.85, 1.00), (1.00, 0.92, 1.00, 0.92, 1.00, 1.00), 5),
    # Blind on the round's final rules (README); these floors are after. Signatories 0.43: its
    # golds count a steering group's members (the rules take a working body's members for no
    # signatories) and pledgers named in a sentence the rules do not read; nothing extra.
    "holdout17": ((0.87, 0.43, 0.97, 0.98), (1.00, 0.92, 1.00, 1.00, 1.00, 0.87), 4),
    # Blind figures in the README; these floors are after rules made with them in view.
    # holdout18: a Year's first day against its adoption, a forum's founding year (launched).
    "holdout18": ((0.92, 1.00, 1.00, 1.00), (1.00, 0.76, 1.00, 1.00, 1.00, 1.00), 2),
    # Since 2026-12-07 from 04:57 the registry knows the 116 numbers: helplines found, their
    # launch dated otherwise than the gold where the page names another date.
    "holdout19": ((0.80, 0.90, 0.72, 0.99), (1.00, 0.80, 1.00, 1.00, 1.00, 1.00), 5),
    # holdout20 names events' editions with their year, which nine earlier sets' golds do not,
    # and studies and projects with no kind noun; holdout21 names measures its author named.
    "holdout20": ((0.26, 1.00, 0.76, 0.98), (1.00, 1.00, 1.00, 1.00, 1.00, 1.00), 3),
    "holdout21": ((0.56, 0.23, 0.59, 1.00), (1.00, 0.85, 1.00, 1.00, 1.00, 1.00), 4),
    # Blind on the round's final rules (README). holdout22: launched 0.66 (a Council's text
    # dated by the older texts its sentence names, a national record's day in its prose);
    # initiatives 0.54 and actions 0.70: a Community of Practice found by its title's name
    # ("Community of Practice: call for ...") that its gold names with the lead's complement.
    "holdout22": ((0.58, 1.00, 0.70, 1.00), (1.00, 0.60, 1.00, 0.90, 1.00, 1.00), 5),
    # holdout23: signatories 0.62 (a table of grantees its gold counts); launched 0.71 (an
    # observatory dated by the "Horizon 2020" that funds it).
    # Pairs 4 (2026-12-07): a name spelled anew under the short form both versions write.
    "holdout23": ((0.76, 0.61, 0.66, 0.96), (1.00, 0.75, 0.87, 0.87, 1.00, 1.00), 4),
    # holdout24 (blind figures in the README): names in French and Italian, a country's policy
    # named without a kind noun, partners its gold counts as signatories.
    "holdout24": ((0.68, 0.00, 0.61, 1.00), (1.00, 0.70, 1.00, 1.00, 1.00, 1.00), 4),
    # holdout25 (blind figures in the README): a MOOC, a magazine and a challenge named
    # without a kind noun, partners its gold counts as signatories; launched 0.57 and ended
    # 0.71 over the projects now found by a name inside their title.
    "holdout25": ((0.76, 0.63, 0.56, 0.98), (1.00, 0.62, 0.75, 0.87, 1.00, 1.00), 3),
    # holdout26, blind (README): studies, briefs and a movement named without a kind noun.
    "holdout26": ((0.70, 0.00, 0.56, 1.00), (1.00, 1.00, 0.83, 0.83, 1.00, 1.00), 3),
    # holdout27 (blind figures in the README): standards named by their code, projects by
    # acronym that the lead does not define; launched 0.25 over the projects now found (a
    # project dated by its final conference, one whose start a pronoun's sentence gives).
    "holdout27": ((0.72, 0.71, 0.60, 0.94), (1.00, 0.50, 0.87, 0.87, 1.00, 1.00), 2),
    # holdout28 (blind figures in the README): campaigns, surveys and platforms named without
    # a kind noun, a listing's teasers.
    # holdout28 after: '#VoteforChildren' found on a listing, its teaser's date read as its launch.
    "holdout28": ((0.56, 0.00, 0.61, 0.97), (1.00, 0.42, 1.00, 0.85, 1.00, 1.00), 2),
    # holdout29, blind (README): measures and guides named in sentence case, sponsors; after:
    # the Cybersecurity Skills Academy named as an academy; 'Two years of the GDPR' names the
    # GDPR (a plural noun before a registered name is what it holds, 2026-12-07).
    "holdout29": ((0.57, 0.00, 0.56, 1.00), (1.00, 1.00, 1.00, 1.00, 1.00, 1.00), 3),
    # holdout30, blind (README): games and audiovisual self-regulation, sentence-case names.
    # Since d4e3c07 found Kijkwijzer ("the Dutch system that ..."), it takes the three pillars
    # and the 1999 set-up of the institute that runs it (its gold gives them to the
    # institute): launched is 0.80, not the blind 1.00 over fewer initiatives.
    "holdout30": ((0.57, 0.00, 0.58, 1.00), (0.91, 0.66, 1.00, 1.00, 1.00, 1.00), 3),
    # holdout31, blind (README): Member States' strategies, codes and laws, EU-funded projects.
    # After decrees were read as names (2026-12-06 from 17:44): launched 0.61, a strategy's
    # launch no longer the decree's year.
    "holdout31": ((0.89, 0.82, 0.68, 0.97), (1.00, 0.61, 0.92, 1.00, 1.00, 1.00), 5),
    # holdout32, blind (README): telecoms codes named in long title case, filters, a law;
    # the floors are the figures after the rules made with it in view.
    "holdout32": ((0.43, 0.70, 0.78, 1.00), (1.00, 0.60, 0.80, 1.00, 1.00, 1.00), 2),
    # holdout33, blind (README): international organisations, partners under headings;
    # the floors are the figures after the rules made with it in view.
    "holdout33": ((0.75, 0.83, 0.63, 0.97), (1.00, 0.77, 1.00, 1.00, 1.00, 1.00), 4),
    # holdout34, blind (README): prevention projects named without a kind noun, member tables.
    # after: "It was discontinued"-style ends told of a subject that points back, and names
    # that open with digits ("4NSEEK"): one more pair exact.
    "holdout34": ((0.66, 0.64, 0.85, 1.00), (1.00, 0.66, 0.88, 1.00, 1.00, 1.00), 3),
    # holdout35, blind (README): strategies named with their period, names cut at "and";
    # the floors are the figures after the rules made with it in view.
    # holdout35 after a name's coordinated series of hyphenated words ('for lesbian, gay, ...,
    # non-binary, intersex and queer (LGBTIQ) equality', 2026-12-06 from 15:35).
    # holdout35 after (2026-12-06 from 20:19): a partnership's members whose long names close
    # with a short name in brackets are read as a list of names: 4 pairs.
    "holdout35": ((0.63, 0.00, 0.59, 1.00), (1.00, 0.57, 1.00, 1.00, 1.00, 1.00), 4),
    # holdout36, blind (README): AI and emerging technologies, names in other spellings;
    # the floors are the figures after the rule made with it in view (launched 0.50: a
    # treaty its listing names, now found, is undated there).
    "holdout36": ((0.64, 0.60, 0.54, 0.99), (1.00, 0.45, 1.00, 0.90, 1.00, 1.00), 3),
    # holdout37, blind (README): news media names without a kind noun, a consortium's list;
    # since b346ed0 finds the European Newsroom and its 18 members, role is 0.889, floored to
    # 0.88 (two partner agencies its gold counts as associated are read as signatories).
    "holdout37": ((0.75, 0.79, 0.93, 0.98), (1.00, 0.72, 1.00, 0.90, 0.88, 1.00), 2),
    # holdout38, blind (README): bullying plans and laws named in their own languages;
    # the floors are the figures after the rule made with it in view.
    "holdout38": ((0.60, 1.00, 0.51, 1.00), (1.00, 0.85, 1.00, 1.00, 1.00, 1.00), 3),
    # holdout39, blind (README): youth councils and committees, sport and library statements.
    # holdout39 after the session of 2026-12-06 from 13:19: "Snap's European Council for
    # Digital Well-Being, launched in June 2025, ..." defined where its teaser opens.
    "holdout39": ((0.56, 0.52, 0.62, 0.95), (0.83, 1.00, 0.85, 1.00, 1.00, 1.00), 2),
    # holdout40 and holdout41, blind (README): national measures named by a description, a
    # law by number and purpose; association agreements, a policy, a consortium's table.
    # holdout40's floors are after two mends made with it in view (who acts is no title
    # subject; a law keeps its "aimed at ..."): initiatives 0.35, precision 1.00; 0.44 since a
    # title's whole name opening with its kind noun is confirmed by "the law" (2026-12-06).
    "holdout40": ((0.44, 1.00, 0.59, 1.00), (1.00, 0.75, 1.00, 1.00, 1.00, 1.00), 3),
    "holdout41": ((0.40, 0.00, 0.18, 0.95), (1.00, 0.00, 1.00, 1.00, 1.00, 1.00), 3),
    # holdout42 and holdout43, blind (README): health and wellbeing policies of platforms and
    # the EU, named by a description; digital education frameworks, coalitions and records.
    # Their floors are after one rule made with them in view (a complement's last coordinated
    # noun and the EU's fields): strand 0.58 on holdout43 as more lists are found.
    "holdout42": ((0.71, 0.90, 0.75, 1.00), (1.00, 0.77, 0.88, 0.88, 1.00, 0.99), 3),
    # holdout43 after a title's proper name stood without a list ('Digital Opportunity
    # Traineeships', 2026-12-06 from 15:35). Launched 0.60 since decrees are names (from 17:44):
    # "The CRCN was set up by Decree No 2019-919 of 30 August 2019": the date is the decree's
    # name now, and the cue's nearest name is its agent.
    "holdout43": ((0.68, 0.28, 0.48, 0.98), (1.00, 0.66, 0.91, 0.91, 1.00, 0.58), 5),
    # holdout44 and holdout45, blind on the session's final rules (README): children's data
    # and advertising rules, enforcement cases named by a description; civil society
    # coalitions, manifestos and Erasmus+ projects named without a kind noun. holdout44's
    # floors are after one mend made with it in view ("CAP rules" has no verb).
    "holdout44": ((0.39, 0.96, 0.33, 1.00), (1.00, 1.00, 1.00, 1.00, 1.00, 1.00), 4),
    "holdout45": ((0.57, 0.00, 0.62, 0.98), (1.00, 0.83, 1.00, 1.00, 1.00, 1.00), 5),
    # holdout46 and holdout47, blind on the session's final rules (README): Nordic and Baltic
    # declarations and projects named in title case with a colon or a dash; Southern and
    # Central-Eastern charters, codes and councils.
    # holdout46: after four mends (2026-12-05 from 23:10) made with it in view: "A Nordic project
    # led by ..." names no project "Nordic"; "Three core principles" names no initiative; the
    # places a group's "from" opens, and "Civil society organisations", are no signatories.
    "holdout46": ((0.50, 1.00, 0.84, 1.00), (1.00, 0.66, 0.66, 1.00, 1.00, 1.00), 3),
    "holdout47": ((0.92, 0.74, 0.68, 1.00), (1.00, 0.66, 1.00, 1.00, 1.00, 1.00), 2),
    # holdout48 and holdout49, blind on ea55532 (README): the EU's instruments of 2023 to 2026
    # named in sentence case in a body; Western Member States' laws and bodies named in German
    # or by a number, date and purpose. holdout48's floors are after three mends made with it
    # in view: a press title's verb before "of the <Name>" makes no part name; a listed name
    # ends before a dashed aside or the clause's verb; "to prevent and combat" is one purpose
    # (the regulation now found is dated and called active by its Council position: launched
    # 0.66, status 0.75).
    "holdout48": ((0.80, 0.81, 0.54, 1.00), (1.00, 0.66, 0.91, 0.75, 1.00, 0.81), 2),
    # holdout49's floors are after four mends made with it in view: an abbreviation's full
    # stop ("Law No. 2024-449") ends no sentence; a legal text's purpose may open with "aiming
    # to" and ends at the sentence's verb; "<Full name>, known as the X law" names the full
    # name; a registered name ending what the title's verb announces is only mentioned; a list
    # item may be a long name in title case; a treaty is a kind, "concluded by" names its
    # parties and does not end it.
    "holdout49": ((0.85, 0.97, 0.93, 1.00), (1.00, 1.00, 1.00, 1.00, 1.00, 1.00), 3),
    # holdout50 and holdout51, blind on 1cc1c48 (README): audiovisual media and video-sharing
    # platforms; consumer protection in online games, named by descriptions.
    # holdout50: after one mend made with it in view: a hyphenated word capitalised only where
    # the sentence opens ("Video-sharing platform providers ...") makes no name.
    "holdout50": ((0.81, 1.00, 0.88, 1.00), (1.00, 0.33, 1.00, 1.00, 1.00, 1.00), 2),
    # holdout51: after one mend made with it in view: a title's possessive owner ("The <Network>'s
    # key principles on ...") is not part of the name it owns, nor its topic; a country inside
    # the title names no initiative.
    "holdout51": ((0.47, 1.00, 0.62, 1.00), (1.00, 0.50, 1.00, 1.00, 1.00, 0.73), 2),
    # holdout52 and holdout53, blind on 014dd50 (README): the DSA's enforcement for minors
    # (enforcement proceedings counted as initiatives); terrorist content online.
    "holdout52": ((0.30, 0.00, 0.26, 1.00), (1.00, 0.66, 1.00, 1.00, 1.00, 1.00), 2),
    # holdout53: after two mends made with it in view: a covenant "adopted by" a list of names
    # ("The Call was adopted by A, B, ... and C") has them as signatories; a press title's
    # "reports" is its verb, so the regulation it reports on is found (undated there: launched
    # 0.60 over one more initiative).
    # holdout53 after (from 20:19): a document's formal title ('Directive (EU) ... on ...',
    # 'Recommendation CM/Rec(...) of ... on ...') heads its page whole.
    "holdout53": ((0.92, 0.83, 1.00, 1.00), (1.00, 0.66, 1.00, 1.00, 1.00, 1.00), 3),
    # holdout54 and holdout55, blind on f23c0b2 (README): the EU's safer-internet funding
    # programmes and forums over time; AI commitments companies sign (the AI Pact, the
    # General-Purpose AI Code of Practice, the Hiroshima code).
    # holdout54: after mends made with it in view: each of a title's two registered names owns
    # the section its heading opens; an "and" inside a name its bracketed acronym stands for
    # joins it; a title's lower-case plural names the series; a later launch inside a headed
    # period is a step within it; a lengthened action is one action_changed; a call for X
    # "which closed" ends the call.
    "holdout54": ((0.94, 1.00, 0.77, 1.00), (1.00, 0.66, 1.00, 1.00, 1.00, 1.00), 3),
    # holdout55: after: "as well as" leads into a listed name; "It includes A, B and C" after a
    # list of signatories; "What X are asked to do" heads actions.
    # holdout55 after (from 20:19): a document's formal title ('Directive (EU) ... on ...',
    # 'Recommendation CM/Rec(...) of ... on ...') heads its page whole: launched 0.50, over one more
    # initiative matched without its launch; 0.58 with the AI Act registered (2026-12-07).
    "holdout55": ((0.96, 0.90, 0.82, 1.00), (1.00, 0.58, 1.00, 1.00, 1.00, 1.00), 3),
    # holdout56 and holdout57, blind on 9cb14fc (README): the DSA's trusted flaggers, dispute
    # settlement bodies and coordinators (mechanisms named by descriptions counted as
    # initiatives); online gender-based violence against girls and women.
    "holdout56": ((0.28, 0.60, 0.40, 1.00), (1.00, 0.50, 1.00, 1.00, 1.00, 1.00), 2),
    # holdout57's launched accuracy fell from 0.50 to 0.40 when its directive, named by a
    # heading, was found without the launch its body gives under an EU number.
    # After the session of 2026-12-06 from 13:19: the Council conclusions on protecting girls
    # and young women from online violence named whole.
    # holdout57 after (from 20:19): a document's formal title ('Directive (EU) ... on ...',
    # 'Recommendation CM/Rec(...) of ... on ...') heads its page whole.
    "holdout57": ((0.72, 1.00, 0.63, 1.00), (1.00, 0.50, 1.00, 1.00, 1.00, 1.00), 2),
    # holdout58 and holdout59, blind on e991ab2 (README): the EU Strategy on the rights of
    # the child; industry child-safety coalitions and signal-sharing programmes.
    "holdout58": ((0.88, 0.99, 0.95, 0.99), (1.00, 1.00, 1.00, 0.87, 1.00, 0.99), 3),
    "holdout59": ((0.74, 0.54, 0.78, 0.99), (1.00, 0.79, 1.00, 1.00, 1.00, 1.00), 4),
    # holdout60 and holdout61, blind on 8e2510b (README): the European Parliament's
    # resolutions on minors online; the Declaration on Digital Rights and Principles.
    "holdout60": ((0.57, 1.00, 0.71, 1.00), (1.00, 1.00, 1.00, 1.00, 1.00, 1.00), 3),
    "holdout61": ((0.63, 0.00, 0.61, 0.99), (1.00, 0.66, 1.00, 1.00, 1.00, 1.00), 3),
    # holdout62 and holdout63, blind on 5d269ac (README): cybersecurity awareness and skills
    # for young people; online gambling and young people. holdout62 after: the Academy; and
    # (2026-12-07) names the lead writes with their short form, as the title names them ('European
    # Cybersecurity Challenge (ECSC)'): found, dated by an edition's days (launched, ended).
    "holdout62": ((0.80, 0.00, 1.00, 0.98), (1.00, 0.50, 0.87, 0.87, 1.00, 1.00), 4),
    "holdout63": ((0.84, 0.57, 1.00, 1.00), (1.00, 0.75, 1.00, 1.00, 1.00, 0.82), 3),
    # holdout64 and holdout65, blind on 052d4a7 (README): media literacy for children and
    # young people; product safety for children online. Floors after the rules made with them
    # in view (blind: initiatives 0.70 and 0.43, actions 0.67 and 0.65, signatories 0.00 and 0.00).
    "holdout64": ((0.90, 0.00, 0.84, 1.00), (1.00, 0.90, 0.80, 0.80, 1.00, 1.00), 2),
    # After: the actions of a law its heading names "A new Toy Safety Regulation" are found,
    # with no strand where its gold keeps that heading (FORMAT.md: null under its own name);
    # a regulation found by its title's initials, without the launch its legal name gives.
    "holdout65": ((0.77, 0.99, 0.90, 0.99), (1.00, 0.85, 1.00, 1.00, 1.00, 0.85), 4),
    # holdout66 and holdout67, blind on ae4b65a (README): influencer marketing and children;
    # the harmonised European numbers for children (each named by its number). holdout66's
    # floors are after rules made with it in view (blind: initiatives 0.67, launched 0.43); its
    # listing's laws, now found, are 'active' where its gold says 'unknown'.
    "holdout66": ((0.83, 0.99, 0.95, 0.99), (1.00, 0.70, 1.00, 0.80, 1.00, 1.00), 3),
    # Since 2026-12-07 from 04:57 the registry knows the 116 numbers: helplines found, their
    # launch dated otherwise than the gold where the page names another date.
    "holdout67": ((0.40, 1.00, 0.57, 1.00), (1.00, 0.00, 1.00, 1.00, 1.00, 1.00), 2),
    # holdout68 and holdout69, blind at the start of the session of 2026-12-06 from 10:59
    # (README): the EU code of conduct on age-appropriate design; youth participation.
    # Floors after the rules made with them in view (blind: initiatives 0.88 and 0.50,
    # signatories 0.67 and 0.00, launched 0.43 and 0.80).
    "holdout68": ((0.87, 0.66, 0.93, 0.99), (1.00, 0.64, 1.00, 0.85, 1.00, 1.00), 3),
    "holdout69": ((0.69, 0.77, 0.99, 0.95), (0.87, 0.87, 1.00, 0.87, 1.00, 1.00), 3),
    # holdout70 and holdout71, blind on aee462f (README): law-enforcement cooperation against
    # online child sexual exploitation; online safety in schools. holdout70's floors are after
    # rules made with it in view (blind: initiatives 0.57, signatories 0.00, actions 0.78, status
    # 1.00): a centre the Commission "will set up" is found, 'active' where its gold says
    # 'unknown', dated by the Communication that called for it.
    "holdout70": ((0.79, 0.99, 0.92, 0.99), (1.00, 0.50, 1.00, 0.83, 1.00, 1.00), 2),
    # holdout71: after ("The second recommendation ..." opens the second one's section; both
    # objects of "adopted" are dated by it).
    "holdout71": ((0.82, 0.99, 0.77, 0.99), (1.00, 0.85, 1.00, 1.00, 1.00, 1.00), 2),
    # holdout72 and holdout73, blind on c81eef4 (README): online platforms' teen-safety
    # features; the annual Safer Internet Forum.
    # holdout72 after: 'Teen Accounts' and 'Family Pairing' defined where a paragraph opens.
    "holdout72": ((0.57, 0.00, 0.00, 1.00), (1.00, 0.50, 1.00, 1.00, 1.00, 1.00), 2),
    # holdout73 after (blind: signatories 0.00, two read where its gold has none): who "will be
    # joined by" an event, and a list's piece cut at its "and", sign nothing.
    "holdout73": ((0.99, 0.99, 0.99, 0.99), (0.87, 0.87, 1.00, 1.00, 1.00, 1.00), 4),
    # holdout74 and holdout75, blind on 5e1b625 (README): hotlines for reporting child sexual
    # abuse material; parental control and filtering tools.
    "holdout74": ((0.79, 0.99, 0.61, 0.99), (1.00, 0.75, 1.00, 0.75, 1.00, 1.00), 3),
    "holdout75": ((0.54, 0.62, 0.99, 0.99), (1.00, 0.33, 0.33, 0.33, 1.00, 1.00), 3),
    # holdout76 and holdout77, blind on ec74b60 (README): positive online content for children;
    # young people and online fraud.
    "holdout76": ((0.42, 0.00, 0.00, 0.98), (1.00, 0.66, 1.00, 0.33, 1.00, 1.00), 2),
    # holdout77 after: '#DontBeAMule' and '#CyberScams' defined where list items open;
    # '#CyberScams' on a listing is paired where its gold's name already is with the 'Cyber
    # Scams' read for 'Cyber Scams 2.0'.
    # EMPACT named by the long form its title's acronym spells in an apposition: 4 pairs.
    # Then (2026-12-06 from 20:19) a name's own number after its capitals ('Cyber Scams 2.0')
    # and a heading 'European Money Mule Action (EMMA)' over its section: initiatives 0.92.
    "holdout77": ((0.92, 0.21, 0.53, 0.99), (1.00, 0.83, 1.00, 1.00, 1.00, 1.00), 4),
    # holdout78 and holdout79, blind on fc47080 and ec74b60 (README): sexual extortion of
    # children online; companies' responsibility towards children.
    # holdout78 after: '#SayNo' found under 'The #SayNo campaign', its launch missed (blind:
    # initiatives 0.15, launched 1.00 over the one initiative then found).
    # Then 'Say No!' before a title's dash, its "!" no sentence's end (2026-12-06 from 15:35).
    "holdout78": ((0.46, 0.00, 0.00, 0.99), (1.00, 0.66, 1.00, 1.00, 1.00, 1.00), 3),
    "holdout79": ((0.76, 0.99, 0.68, 0.99), (1.00, 0.60, 1.00, 1.00, 1.00, 1.00), 3),
    # holdout80 and holdout81, blind on 14a4995 and ec74b60 (README): parents' pacts to delay
    # smartphones; the Joint Research Centre's work on young children and digital technology.
    # holdout80 after: the movements a glossary's terms define, with their launches (a
    # paragraph's "X, founded in Hamburg in 2019, ..." is not read: bodies are founded).
    # Then 'Smartphone Free Childhood', a title's proper name, stands without a list.
    "holdout80": ((0.64, 0.00, 0.59, 0.99), (1.00, 0.90, 1.00, 1.00, 1.00, 0.75), 2),
    "holdout81": ((0.40, 0.99, 0.50, 0.99), (0.87, 1.00, 1.00, 1.00, 1.00, 1.00), 3),
    # holdout82 and holdout83, blind with every rule of the session of 2026-12-06 from 13:19
    # and on ec74b60 (README): online safety for young children; Safer Internet Centres'
    # national campaigns.
    # After: national Safer Internet Centres named with their country (blind 0.29 and 0.15).
    # Then holdout82's "Digiduck's Big Decision", a launch's object, before a title's colon.
    "holdout82": ((0.43, 0.00, 0.86, 1.00), (1.00, 0.80, 1.00, 1.00, 1.00, 1.00), 2),
    # Then national centres named with the country after them ('Safer Internet Centre
    # Slovenia'), from holdout85's misses: initiatives 0.37, signatories 0.29; launched 0.20 as
    # more centres are matched, their launches not read.
    "holdout83": ((0.37, 0.29, 0.00, 0.98), (1.00, 0.20, 1.00, 1.00, 1.00, 1.00), 2),
    # holdout84 and holdout85, blind on 77a200e and 2da4edf (README): sharenting and
    # children's image and data rights; child online safety in candidate and neighbourhood
    # countries.
    "holdout84": ((0.37, 0.99, 0.44, 0.99), (1.00, 1.00, 1.00, 1.00, 1.00, 1.00), 2),
    # holdout85 after national centres named with the country after them (blind: 0.36, 0.00,
    # 0.16, launched 0.50).
    "holdout85": ((0.50, 0.78, 0.39, 0.99), (1.00, 0.66, 1.00, 1.00, 1.00, 1.00), 3),
    # holdout86 and holdout87, blind on 77a200e and d9fc87b (README): online hate against
    # LGBTIQ young people; EU youth policy and digital youth work.
    # After: holdout86's strategy named whole through its coordinated series; holdout87's
    # European Youth Portal pages cleaned as the Commission's (their standfirsts kept).
    "holdout86": ((0.75, 0.00, 0.94, 0.99), (1.00, 0.83, 1.00, 1.00, 1.00, 1.00), 2),
    "holdout87": ((0.58, 0.00, 0.42, 1.00), (1.00, 0.71, 1.00, 0.85, 1.00, 1.00), 2),
    # holdout88 and holdout89, blind on 77a200e and f394e2c (README): age-restricted products
    # sold online; young people in internet governance.
    # holdout88 after: a name ends before the verb of what it does to those it addresses
    # ('... on the prevention of smoking invites Member States').
    "holdout88": ((0.63, 0.00, 0.80, 0.99), (1.00, 0.71, 1.00, 1.00, 1.00, 1.00), 2),
    # holdout89 after: a country's name with "and" kept whole ('Trinidad and Tobago').
    "holdout89": ((0.50, 0.97, 0.32, 0.95), (1.00, 0.80, 1.00, 1.00, 1.00, 1.00), 2),
    # holdout90 and holdout91, blind on 77a200e and 14dcb99 (README): trafficking of children
    # and their recruitment online; body image and digitally altered images.
    # holdout90 after (2026-12-06 from 20:19): 'The signing agencies are:' announces them, and
    # a body's sentence-case name closed by its short name in brackets is a listed name.
    "holdout90": ((0.76, 0.86, 0.78, 0.99), (1.00, 0.87, 1.00, 1.00, 1.00, 1.00), 3),
    # holdout91 after: a page whose main text shrank to under 30% is a collapse (its
    # maintenance notice is cleaned away): 2 pairs; and a government's decree named like a law
    # (2026-12-06 from 17:44): initiatives 0.50, actions 0.46, launched 0.66.
    "holdout91": ((0.50, 0.99, 0.46, 0.96), (1.00, 0.66, 1.00, 1.00, 1.00, 1.00), 2),
    # holdout92 and holdout93, blind on 3433b58 (README): minors' access to pornography online;
    # intellectual property, piracy and counterfeit goods online.
    "holdout92": ((0.68, 0.99, 0.14, 0.99), (1.00, 0.40, 1.00, 1.00, 1.00, 1.00), 2),
    # holdout93 after (from 17:44): an acronym of lower-case words inside a lead's subject is
    # not what the lead defines ("... intellectual property rights (IPR) is an agreement").
    "holdout93": ((0.15, 0.28, 0.75, 1.00), (1.00, 1.00, 1.00, 1.00, 1.00, 1.00), 4),
    # holdout94 and holdout95, blind on 3433b58 and 304ceb8 (README): financial literacy and
    # digital finance for young people; cookie consent and online tracking.
    # holdout94 after: title-case words after "and" go on with a title-case complement
    # ('... for Children and Youth'): initiatives 0.35, actions 0.61; launched 0.33, the
    # framework now matched and dated by its launch event, not its publication.
    "holdout94": ((0.50, 1.00, 0.82, 1.00), (0.87, 0.50, 1.00, 1.00, 1.00, 1.00), 3),
    "holdout95": ((0.60, 1.00, 0.30, 1.00), (1.00, 0.66, 0.83, 0.83, 1.00, 1.00), 3),
    # holdout96 and holdout97, blind on 3433b58 and cac9926 (README): the European emergency
    # number 112; online scams, phishing and fraud.
    "holdout96": ((0.50, 0.00, 0.54, 0.99), (1.00, 1.00, 1.00, 1.00, 1.00, 1.00), 2),
    # holdout97 after: a launch still to come ("will present a dedicated X") leaves X's
    # status unknown: status 1.00.
    # Then (from 20:19) 'Cyber Scams 2.0' matched whole: initiatives 0.42; the list of its
    # new materials, which its gold gives as no actions, now counts as its actions (0.16).
    # holdout97 after (from 20:19): a document's formal title ('Directive (EU) ... on ...',
    # 'Recommendation CM/Rec(...) of ... on ...') heads its page whole.
    "holdout97": ((0.50, 0.00, 0.41, 1.00), (1.00, 1.00, 1.00, 1.00, 1.00, 1.00), 2),
    # holdout98 and holdout99, blind on aa32a60 (README): missing and abducted children; online
    # abuse in sport.
    # holdout98 after: a title's date ('25 May 2009 - ...') names nothing: initiatives 0.18.
    # Since 2026-12-07 from 04:57 the registry knows the 116 numbers: helplines found, their
    # launch dated otherwise than the gold where the page names another date.
    "holdout98": ((0.62, 1.00, 0.00, 0.98), (1.00, 0.40, 1.00, 1.00, 1.00, 1.00), 1),
    # holdout99 after: a heading that is a name with its own short name in brackets ('Pro
    # Safe Sport (PSS)') heads its section: initiatives 0.57, signatories 0.50; launched and
    # ended accuracy fall to 0.50 and 0.25, over the three projects now matched, whose
    # periods ('From January 2014 to June 2015, ...') are not read (a rule that read them
    # from a heading's own section lowered four other sets, and was dropped).
    "holdout99": ((0.57, 0.50, 0.37, 1.00), (1.00, 0.50, 0.25, 0.00, 1.00, 1.00), 2),
    # holdout100 and holdout101, blind on aa32a60 (README): online gambling and minors;
    # violent extremism and radicalisation online.
    # holdout100 after: a document's formal title, its number or date and its subject, heads
    # like a legal text's ('Commission Recommendation of 14 July 2014 on principles for ...'):
    # initiatives 0.60, actions 0.56.
    "holdout100": ((0.60, 1.00, 0.56, 1.00), (1.00, 1.00, 1.00, 1.00, 1.00, 1.00), 1),
    "holdout101": ((0.88, 0.98, 0.72, 1.00), (1.00, 0.75, 0.87, 0.87, 0.00, 1.00), 4),
    # holdout102, blind on aa32a60 and 79c326c (README): connectivity for schools.
    "holdout102": ((0.87, 0.00, 0.90, 1.00), (1.00, 0.71, 1.00, 1.00, 1.00, 1.00), 1),
    # holdout103, blind on aa32a60 and 79c326c (README): the Council of Europe's instruments.
    # holdout103 after (from 20:19): a document's formal title ('Directive (EU) ... on ...',
    # 'Recommendation CM/Rec(...) of ... on ...') heads its page whole.
    "holdout103": ((0.75, 1.00, 0.81, 1.00), (1.00, 0.90, 1.00, 1.00, 1.00, 1.00), 3),
    # holdout104 and holdout105, blind on aa32a60 and cac39e6 (README): enforcement of
    # children's data protection; a minimum age for social media.
    "holdout104": ((0.33, 1.00, 0.52, 1.00), (1.00, 0.00, 1.00, 1.00, 1.00, 1.00), 4),
    "holdout105": ((0.66, 1.00, 0.36, 0.94), (1.00, 1.00, 1.00, 1.00, 1.00, 1.00), 2),
    # holdout106-109, blind on c3817de and 7dd0b5d (README): addictive design; accessibility
    # for children with disabilities; generative AI and children; safety beyond the EU.
    "holdout106": ((0.80, 1.00, 0.87, 1.00), (1.00, 1.00, 0.75, 0.75, 1.00, 1.00), 1),
    # holdout107 after: a formal title's bracketed short title names the text ('European
    # Accessibility Act', its teaser undated), 'persons with disabilities' ends no name.
    "holdout107": ((0.85, 1.00, 1.00, 0.99), (1.00, 0.66, 1.00, 1.00, 1.00, 1.00), 2),
    # holdout108 after: a title-case text a headline announces, confirmed by its lower-case
    # kind noun ('the Guidelines on prohibited artificial intelligence (AI) practices'); the AI
    # Act and the AI Pact registered (2026-12-07): 'First rules of the Artificial Intelligence
    # Act' names the Act, the 'Third AI Pact' webinar the Pact.
    "holdout108": ((0.57, 0.00, 0.35, 1.00), (1.00, 0.75, 1.00, 1.00, 1.00, 1.00), 2),
    "holdout109": ((0.37, 0.00, 0.35, 0.98), (1.00, 0.33, 1.00, 1.00, 1.00, 1.00), 1),
    # holdout110 and holdout111, blind on c3817de and on that session's rules then (README):
    # fighting child sexual abuse at EU level; the EU Strategy on the Rights of the Child.
    # holdout111 after: a short name written in full with a title-case complement elsewhere
    # takes that spelling ('EU Strategy on the Rights of the Child').
    # holdout110 after: a proposal's title names the text it proposes ('Proposal for a
    # Regulation laying down rules to ...'), and 'laying down' runs a legal name to its end.
    # holdout110 pairs 2 (2026-12-07): an unsound capture's stub title ('Press corner') untold.
    "holdout110": ((0.82, 1.00, 0.58, 1.00), (1.00, 0.57, 0.71, 1.00, 1.00, 1.00), 2),
    "holdout111": ((0.94, 1.00, 0.95, 1.00), (1.00, 1.00, 1.00, 0.75, 1.00, 1.00), 1),
    # holdout112 and holdout113, blind on c3817de and 0c706bd (README): sextortion; EU funding
    # for child online safety.
    "holdout112": ((0.88, 0.19, 0.38, 0.98), (1.00, 0.75, 1.00, 1.00, 1.00, 1.00), 1),
    "holdout113": ((0.52, 0.00, 0.44, 0.95), (1.00, 1.00, 1.00, 1.00, 1.00, 1.00), 2),
    # holdout114 and holdout116, blind on dfd4844, 11a8cd7 and the short-form rule (README): the
    # EU Youth Strategy and youth participation; connected toys and product safety. holdout114
    # after (a formal title's ': the <Name>' names the page; a name and its platform are two):
    # the strategy found, dated by its period's first year where its gold dates the resolution.
    # Since 2026-12-07 from 04:57 the European Year of Youth is found by its own name, not the
    # press title's clause before it, and dated by the page's 2024 legacy news (its gold: 2022).
    "holdout114": ((0.66, 1.00, 0.37, 0.98), (1.00, 0.16, 0.83, 0.83, 1.00, 1.00), 3),
    "holdout116": ((0.80, 1.00, 0.79, 1.00), (1.00, 0.00, 1.00, 0.83, 1.00, 1.00), 3),
    # holdout115 (cybersecurity awareness), blind on dfd4844 and 11a8cd7: initiatives 0.36,
    # actions 0.56, launched 1.00, pairs 2/4; after the short-form rule made with it in view,
    # and the days of an edition the title names by its year no longer dating the challenge.
    "holdout115": ((0.76, 1.00, 0.86, 0.96), (0.87, 0.80, 1.00, 1.00, 1.00, 0.70), 2),
    # holdout117-holdout119, blind on dfd4844 and 6dd20b3 (README): elections and young voters
    # (higher on 6dd20b3: two of its rules reached it); identifying child victims; digital skills.
    # holdout117 after (2026-12-07): 'European democracy action plan (EDAP)' read whole.
    "holdout117": ((0.62, 0.88, 0.61, 0.91), (1.00, 1.00, 1.00, 1.00, 1.00, 1.00), 2),
    "holdout118": ((0.62, 0.00, 0.46, 1.00), (1.00, 0.60, 1.00, 1.00, 1.00, 1.00), 1),
    "holdout119": ((0.78, 0.90, 0.75, 0.99), (1.00, 0.88, 1.00, 1.00, 1.00, 1.00), 2),
    # holdout120-holdout122, blind on dfd4844 and on 0a0090e or d4d9158 (README): food
    # marketing to children; video-sharing platforms and livestreaming; viral challenges.
    # holdout121 after: a place's adjective opens a sentence-case complement ('Guidelines on
    # European works', not 'Guidelines on European').
    "holdout120": ((0.84, 0.85, 0.77, 1.00), (1.00, 0.45, 0.90, 0.90, 1.00, 1.00), 3),
    "holdout121": ((0.92, 1.00, 0.82, 1.00), (1.00, 0.50, 1.00, 1.00, 1.00, 1.00), 2),
    "holdout122": ((0.20, 1.00, 0.38, 1.00), (1.00, 1.00, 1.00, 1.00, 1.00, 1.00), 1),
    "holdout123": ((0.42, 0.83, 0.50, 1.00), (1.00, 0.66, 1.00, 1.00, 1.00, 1.00), 3),
    "holdout124": ((0.30, 0.00, 0.50, 0.93), (1.00, 1.00, 1.00, 1.00, 1.00, 1.00), 1),
    "holdout125": ((0.72, 0.14, 0.84, 1.00), (1.00, 0.75, 1.00, 1.00, 1.00, 1.00), 2),
    "holdout126": ((0.50, 0.57, 0.27, 1.00), (1.00, 0.66, 1.00, 1.00, 1.00, 1.00), 1),
    "holdout127": ((0.66, 1.00, 0.70, 1.00), (1.00, 0.75, 1.00, 0.75, 1.00, 1.00), 1),
    "holdout128": ((0.66, 0.00, 0.22, 1.00), (1.00, 0.60, 0.80, 0.60, 1.00, 1.00), 2),
    "holdout129": ((0.70, 0.71, 0.51, 0.98), (1.00, 0.66, 1.00, 1.00, 1.00, 1.00), 2),
    "holdout130": ((0.57, 0.00, 0.87, 0.98), (1.00, 1.00, 1.00, 1.00, 1.00, 1.00), 1),
    "holdout131": ((0.70, 1.00, 0.73, 1.00), (1.00, 0.50, 1.00, 1.00, 1.00, 1.00), 1),
    "holdout132": ((0.86, 0.00, 0.86, 1.00), (1.00, 0.69, 1.00, 0.92, 1.00, 1.00), 1),
    "holdout133": ((0.50, 1.00, 0.43, 1.00), (1.00, 1.00, 0.50, 1.00, 1.00, 1.00), 2),
    "holdout134": ((0.71, 0.00, 0.75, 1.00), (1.00, 1.00, 0.40, 0.80, 1.00, 1.00), 2),
    # holdout135: since 2026-12-07 from 04:57 the press title 'ICT Coalition Forum takes stock
    # of the implementation of the ICT Principles' is no name: the Principles' six actions are
    # theirs, where its gold gives them to the Coalition.
    "holdout135": ((0.75, 0.50, 0.27, 0.94), (1.00, 0.11, 1.00, 0.88, 1.00, 1.00), 1),
    "holdout136": ((0.53, 0.90, 0.66, 1.00), (1.00, 1.00, 1.00, 1.00, 1.00, 1.00), 2),
    "holdout137": ((0.90, 1.00, 0.87, 1.00), (1.00, 0.80, 1.00, 0.80, 1.00, 1.00), 1),
    "holdout138": ((0.80, 0.00, 0.84, 0.98), (1.00, 0.75, 1.00, 1.00, 1.00, 1.00), 3),
    "holdout139": ((0.85, 1.00, 0.74, 1.00), (1.00, 1.00, 1.00, 0.66, 1.00, 1.00), 1),
    "holdout140": ((0.66, 0.00, 0.18, 1.00), (1.00, 1.00, 1.00, 1.00, 1.00, 1.00), 1),
    "holdout141": ((0.57, 1.00, 0.00, 0.97), (1.00, 1.00, 1.00, 0.50, 1.00, 1.00), 1),
    "holdout142": ((0.50, 1.00, 0.61, 1.00), (0.85, 1.00, 1.00, 1.00, 1.00, 1.00), 2),
    "holdout143": ((0.76, 0.86, 0.64, 1.00), (1.00, 0.80, 1.00, 1.00, 1.00, 1.00), 4),
    "holdout144": ((0.85, 1.00, 0.46, 1.00), (1.00, 0.66, 1.00, 1.00, 1.00, 1.00), 2),
    # holdout145 to holdout148: blind on e80ee49 and 8031e10; holdout145's dates and
    # holdout146's initiatives after the session of 2026-12-07 from 04:57 (a card's metadata
    # kept; a press title's clause no part's name).
    "holdout145": ((0.25, 1.00, 0.29, 1.00), (1.00, 0.00, 1.00, 1.00, 1.00, 1.00), 2),
    "holdout146": ((0.50, 1.00, 0.68, 1.00), (1.00, 1.00, 1.00, 1.00, 1.00, 1.00), 2),
    "holdout147": ((0.54, 0.00, 0.00, 1.00), (1.00, 0.66, 0.00, 0.66, 1.00, 1.00), 2),
    "holdout148": ((0.66, 1.00, 0.81, 1.00), (1.00, 0.66, 1.00, 1.00, 1.00, 1.00), 2),
    # holdout149 to holdout152: blind on e80ee49, fadc5f3 and 6c3c0d7; holdout149's dates and
    # holdout150's initiatives after (a running campaign's month; a later gerund complement).
    "holdout149": ((0.92, 1.00, 0.82, 1.00), (1.00, 0.66, 1.00, 1.00, 1.00, 0.83), 1),
    "holdout150": ((0.54, 0.00, 0.40, 1.00), (1.00, 1.00, 1.00, 1.00, 1.00, 1.00), 2),
    "holdout151": ((0.90, 1.00, 0.93, 1.00), (1.00, 0.60, 0.80, 0.80, 1.00, 1.00), 1),
    "holdout152": ((0.85, 1.00, 0.84, 1.00), (1.00, 0.50, 1.00, 1.00, 1.00, 1.00), 1),
    # holdout153 to holdout156: blind on e80ee49 and 0adafe0 (holdout154's ten extra
    # signatories, a steering committee's bodies, on 0adafe0 only: see the README).
    "holdout153": ((0.28, 0.00, 0.45, 1.00), (1.00, 1.00, 1.00, 1.00, 1.00, 1.00), 2),
    "holdout154": ((0.66, 0.00, 1.00, 1.00), (1.00, 1.00, 1.00, 1.00, 1.00, 1.00), 1),
    "holdout155": ((0.33, 0.34, 0.13, 1.00), (1.00, 0.50, 1.00, 1.00, 1.00, 1.00), 3),
    "holdout156": ((0.66, 0.00, 0.50, 1.00), (1.00, 0.33, 1.00, 1.00, 1.00, 1.00), 1),
    # holdout157 to holdout160: blind on 94d7a76, the session's last code.
    "holdout157": ((0.57, 0.00, 0.74, 0.97), (1.00, 0.75, 0.50, 0.75, 1.00, 1.00), 2),
    "holdout158": ((0.53, 1.00, 0.45, 1.00), (1.00, 0.25, 1.00, 0.75, 1.00, 1.00), 2),
    "holdout159": ((0.73, 0.96, 0.43, 1.00), (1.00, 0.42, 1.00, 1.00, 1.00, 1.00), 2),
    "holdout160": ((0.76, 1.00, 0.68, 0.97), (1.00, 0.40, 0.80, 0.80, 1.00, 1.00), 3),
}


# The most items each set's extraction may find beyond its gold, per field (initiatives,
# signatories, actions, dates): the figures of 2026-12-05 (lowered where later rules lowered
# them). An F1 floor alone lets precision fall where recall is low (holdout23's signatories
# once: F1 0.00, six found beyond the gold).
EXTRAS = {
    "holdout": (0, 0, 0, 0),
    "holdout2": (2, 0, 0, 0),
    "holdout3": (1, 0, 0, 0),
    "holdout4": (0, 1, 0, 0),
    "holdout5": (0, 0, 0, 0),
    "holdout6": (1, 0, 3, 0),
    "holdout7": (1, 0, 0, 1),
    "holdout8": (0, 0, 0, 0),
    "holdout9": (0, 0, 0, 2),
    "holdout10": (0, 0, 0, 0),
    "holdout11": (0, 5, 0, 0),
    "holdout12": (0, 0, 0, 1),
    "holdout13": (0, 0, 0, 0),
    # holdout14 and holdout52: proceedings named by their parties where the golds add the
    # topic ('Formal proceedings against Meta on the protection of minors') or the product
    # ('TikTok Lite proceedings'): found, not matched.
    "holdout14": (2, 0, 3, 0),
    "holdout15": (0, 0, 0, 2),
    "holdout16": (1, 0, 7, 0),
    "holdout17": (2, 0, 0, 1),
    "holdout18": (0, 0, 0, 0),
    "holdout19": (2, 1, 0, 1),
    "holdout20": (0, 0, 0, 1),
    "holdout21": (1, 8, 3, 0),
    "holdout22": (5, 0, 3, 0),
    "holdout23": (3, 1, 3, 2),
    "holdout24": (3, 11, 11, 0),
    "holdout25": (0, 1, 0, 1),
    "holdout26": (0, 0, 0, 0),
    "holdout27": (1, 2, 5, 2),
    "holdout28": (2, 4, 5, 1),
    "holdout29": (3, 0, 0, 0),
    "holdout30": (3, 0, 11, 0),
    "holdout31": (0, 0, 0, 2),
    "holdout32": (2, 0, 0, 0),
    "holdout33": (1, 2, 10, 1),
    "holdout34": (2, 0, 2, 0),
    "holdout35": (4, 2, 17, 0),
    "holdout36": (1, 0, 0, 0),
    "holdout37": (1, 2, 0, 1),
    "holdout38": (2, 0, 11, 0),
    "holdout39": (0, 7, 0, 2),
    "holdout40": (0, 0, 0, 0),
    "holdout41": (2, 0, 0, 2),
    "holdout42": (3, 1, 6, 0),
    "holdout43": (1, 3, 7, 1),
    "holdout44": (1, 1, 0, 0),
    "holdout45": (1, 1, 3, 0),
    "holdout46": (1, 0, 0, 0),
    "holdout47": (0, 0, 0, 0),
    "holdout48": (0, 6, 7, 0),
    "holdout49": (1, 0, 0, 0),
    "holdout50": (0, 0, 5, 0),
    "holdout51": (0, 0, 0, 0),
    "holdout52": (3, 0, 0, 0),
    "holdout53": (0, 0, 0, 0),
    "holdout54": (0, 0, 3, 0),
    "holdout55": (0, 1, 7, 0),
    "holdout56": (1, 0, 0, 0),
    "holdout57": (0, 0, 0, 0),
    "holdout58": (1, 0, 0, 0),
    "holdout59": (0, 1, 3, 0),
    "holdout60": (0, 0, 0, 0),
    "holdout61": (2, 0, 8, 0),
    "holdout62": (0, 0, 0, 0),
    "holdout63": (1, 0, 0, 0),
    "holdout64": (0, 0, 0, 0),
    "holdout65": (1, 0, 0, 0),
    "holdout66": (0, 0, 0, 0),
    "holdout67": (0, 0, 0, 0),
    "holdout68": (0, 0, 3, 0),
    "holdout69": (0, 0, 0, 1),
    "holdout70": (2, 0, 0, 0),
    "holdout71": (0, 0, 0, 0),
    "holdout72": (1, 9, 0, 0),
    "holdout73": (0, 0, 0, 0),
    "holdout74": (0, 0, 2, 0),
    "holdout75": (1, 3, 0, 0),
    "holdout76": (3, 0, 0, 0),
    "holdout77": (0, 0, 0, 0),
    "holdout78": (3, 0, 0, 0),
    "holdout79": (1, 0, 17, 0),
    "holdout80": (1, 2, 3, 0),
    "holdout81": (0, 0, 3, 0),
    # holdout82: the storybook now found owns a "Four years in numbers" list (4 figures read
    # as actions, its 4 skills right).
    "holdout82": (3, 0, 4, 0),
    "holdout83": (4, 4, 0, 1),
    "holdout84": (3, 0, 0, 0),
    "holdout85": (1, 3, 10, 0),
    "holdout86": (2, 0, 0, 0),
    "holdout87": (0, 0, 27, 0),
    "holdout88": (1, 15, 0, 0),
    "holdout89": (3, 0, 5, 1),
    "holdout90": (1, 0, 5, 1),
    "holdout91": (1, 0, 3, 1),
    "holdout92": (1, 0, 5, 0),
    "holdout93": (3, 0, 3, 0),
    "holdout94": (4, 0, 0, 0),
    "holdout95": (3, 0, 14, 0),
    "holdout96": (3, 0, 5, 0),
    "holdout97": (1, 0, 15, 0),
    "holdout98": (3, 0, 6, 1),
    "holdout99": (2, 0, 7, 0),
    "holdout100": (1, 0, 13, 0),
    "holdout101": (0, 1, 0, 0),
    "holdout102": (0, 0, 0, 0),
    "holdout103": (2, 0, 0, 0),
    "holdout104": (2, 0, 0, 0),
    "holdout105": (0, 0, 0, 2),
    "holdout106": (0, 0, 0, 0),
    "holdout107": (0, 0, 0, 1),
    "holdout108": (2, 0, 4, 0),
    "holdout109": (5, 5, 7, 1),
    "holdout110": (0, 0, 3, 0),
    "holdout111": (1, 0, 3, 0),
    "holdout112": (0, 1, 0, 0),
    "holdout113": (1, 1, 0, 2),
    "holdout114": (1, 0, 7, 0),
    "holdout115": (1, 0, 0, 0),
    "holdout116": (0, 0, 3, 0),
    "holdout117": (3, 1, 14, 3),
    "holdout118": (2, 0, 14, 0),
    "holdout119": (1, 1, 2, 0),
    "holdout120": (0, 3, 0, 0),
    "holdout121": (0, 0, 0, 0),
    "holdout122": (2, 0, 2, 0),
    "holdout123": (2, 1, 0, 0),
    "holdout124": (3, 8, 5, 0),
    "holdout125": (0, 0, 0, 0),
    "holdout126": (1, 0, 6, 0),
    "holdout127": (0, 0, 0, 0),
    "holdout128": (2, 1, 13, 0),
    "holdout129": (3, 0, 6, 1),
    "holdout130": (2, 3, 1, 0),
    "holdout131": (2, 0, 3, 0),
    "holdout132": (0, 0, 0, 0),
    "holdout133": (1, 0, 0, 0),
    "holdout134": (0, 0, 2, 0),
    "holdout135": (2, 0, 6, 0),
    "holdout136": (2, 1, 0, 0),
    "holdout137": (0, 0, 0, 0),
    "holdout138": (0, 0, 0, 0),
    "holdout139": (0, 0, 0, 0),
    "holdout140": (0, 0, 0, 0),
    "holdout141": (1, 0, 0, 0),
    "holdout142": (0, 0, 0, 0),
    "holdout143": (1, 0, 0, 0),
    "holdout144": (1, 0, 3, 0),
    "holdout145": (1, 0, 0, 0),
    "holdout146": (2, 0, 6, 0),
    "holdout147": (0, 0, 0, 0),
    "holdout148": (0, 0, 0, 0),
    "holdout149": (0, 0, 0, 0),
    "holdout150": (1, 0, 0, 0),
    "holdout151": (0, 0, 0, 0),
    "holdout152": (1, 0, 0, 0),
    "holdout153": (1, 0, 4, 0),
    "holdout154": (0, 10, 0, 0),
    "holdout155": (3, 0, 9, 0),
    "holdout156": (0, 0, 0, 0),
    "holdout157": (3, 1, 6, 0),
    "holdout158": (1, 0, 0, 0),
    "holdout159": (0, 0, 0, 0),
    "holdout160": (0, 0, 0, 2),
}


@pytest.fixture(scope="module")
def nlp() -> object:
    return build_nlp()


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_a_holdout_set_keeps_its_floors(name: str, nlp: object) -> None:
    tally, exact, _ = score_set(FIXTURES / name, nlp)
    f1_floors, accuracy_floors, pairs_floor = FLOORS[name]

    f1 = {field: tally.sets[field].f1 for field in SET_FIELDS}  # unrounded: floors are exact
    below = {f: v for (f, v), floor in zip(f1.items(), f1_floors, strict=True) if v < floor}
    assert not below, f"{name}: F1 below its floor: {below}"
    accuracies = {field: tally.accuracies[field].value for field in ACCURACY_FIELDS}
    low = {
        f: v for (f, v), floor in zip(accuracies.items(), accuracy_floors, strict=True) if v < floor
    }
    assert not low, f"{name}: accuracy below its floor: {low}"
    assert exact >= pairs_floor, f"{name}: {exact} version pairs exact"
    extras = {field: tally.sets[field].false_positive for field in SET_FIELDS}
    over = {f: v for (f, v), cap in zip(extras.items(), EXTRAS[name], strict=True) if v > cap}
    assert not over, f"{name}: found beyond the gold, more than before: {over}"
