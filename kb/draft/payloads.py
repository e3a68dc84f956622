"""Candidates as payloads that ``kb import`` accepts, with why each was proposed in ``_draft`` (which it drops)."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from operator import attrgetter
from typing import Any

import kb.draft.tariff_sides as tariff_sides
from kb.draft import changes, dates, figure_agents, figure_context, measures, occasions, periods, shares, text_figures
from kb.draft.agreements import Agreed, term_of
from kb.draft.counterparts import is_definite_post
from kb.draft.countries import COUNTRIES
from kb.draft.document_speakers import document_author
from kb.draft.entities import Registry
from kb.draft.figures import Figure, figures
from kb.draft.lexicon import ACTS_FOR, GROUPINGS, NEWS_ORGANISATIONS
from kb.draft.meeting_days import held_by
from kb.draft.meetings import Met
from kb.draft.negotiation import sides_at
from kb.draft.reader import Said
from kb.draft.release_days import day_written
from kb.draft.repeated_figures import repeated_at
from kb.draft.statement_days import carry_story_days, statement_days
from kb.draft.text import Span, overlaps
from kb.draft.unreported_figures import unreported

# A note of the exchange rate a text used: "(1 U.S. dollar equals 142.62 Japanese yen)", "$1 = 148 yen".
_EXCHANGE_RATE = re.compile(
    r"(?:\b1|\bone|\$1|US\$1|€1|£1)(?: (?:U\.S\. |US |American )?(?:dollars?|euros?|pounds?|yuan|yen))? ?"
    r"(?:=|equals|is worth|was worth|buys|bought|is equal to)\s*(?:about |around )?[$€£¥]?\s?\d",
    re.IGNORECASE,
)
# A sentence with more figures is a table, not a report of one; a list of countries may give two each ("Trade
# with Singapore increased by 22.5 per cent (RM11.16 billion), Vietnam by 14.5 per cent (RM2.36 billion), …").
MAX_FIGURES_PER_SENTENCE = 20
FLOWS = frozenset({*measures.BALANCES, "exports", "imports", "trade", "gdp"})  # figures over a period


NEAR = 2000  # characters around a statement's sentence where its speaker's post may be cited


class Payloads:
    """Makes the payloads of one draft: one source, one negotiation."""

    def __init__(self, registry: Registry, source: str, negotiation: str, published: str):
        self.registry = registry
        self.source = source
        self.negotiation = negotiation
        self.published = published
        self.day = day_written(registry.text, published)  # what relative dates count from
        self._last_subject: str | None = None  # of the last figure: "Exports to the country gained 3.8%"
        self._last_metric: measures.Metric | None = None  # of the last figure: "It followed a 21.9% decline"
        self._first_bodies: tuple[str, ...] | None = None  # the countries, then the bodies, the text names first
        self._group: str | None = None  # see _grouping
        self._converted: dict[tuple[str, str], int] | None = None  # see _conversions
        self._last_period: tuple[str, str | None] | None = None  # of the last figure that gave one
        self._events: tuple[str, occasions.Occasions] | None = None  # see _occasions
        self._last_counterpart: str | None = None  # "Japan's surplus with the United States … exports to the country"
        self._at = 0  # where the sentence of the figures read now starts
        self._repeated: frozenset[int] | None = None  # where amounts given again start (repeated_at)

    def _occasions(self, text: str) -> occasions.Occasions:
        """The events the text names, with their days (read once a text)."""
        if self._events is None or self._events[0] is not text:
            self._events = text, occasions.Occasions(text, self.day)
        return self._events[1]

    def _claim(self, kind: str, excerpt: Span, why: dict[str, Any], when: tuple[str, str] | None) -> dict[str, Any]:
        """A claim dated by ``when`` (its date and the words that gave it); undated without one, reported on the
        source's date."""
        dated = {"occurred_at": when[0]} if when else {"reported_at": self.published}
        return {
            "type": kind,
            "negotiation": self.negotiation,
            **dated,
            "citations": [{"source": self.source, "excerpt": excerpt.text}],
            "_draft": {"sentence": excerpt.text, **why, "date_from": when[1] if when else None},
        }

    def statements(self, said: list[Said], text: str, story: str) -> list[dict[str, Any] | None]:
        """The statements' payloads, each with its day (`statement_days`; the day the story gave their speaker last,
        read in ``story``, the text with its captions blanked: no time the story moves to)."""
        days = statement_days(said, text, self.day, self._occasions(text))
        drafted = [self.statement(each, text, days[id(each)]) for each in said]
        carry_story_days(said, drafted, story, self.day)
        return [payload if payload is None else _ordered(payload) for payload in drafted]

    def statement(self, said: Said, text: str, when: tuple[str, str] | None) -> dict[str, Any] | None:
        why = {"pattern": said.pattern, "confidence": said.confidence}
        payload = self._claim("statement", said.excerpt, why, when)
        near = text[max(0, said.excerpt.start - NEAR) : said.excerpt.end + NEAR]
        excerpt = said.who.phrase if said.who.phrase and said.who.phrase in near else None
        speaker = self.registry.person(said.who, excerpt) if (said.who.name or said.who.organisation) else None
        if speaker is None and said.who.description:
            speaker = self.registry.person(said.who, None) or self._whose_document(said, text)
        if speaker:
            payload["speaker"] = speaker
        elif said.who.description:
            payload["speaker_description"] = said.who.description
        else:
            return None
        words = said.text if said.attribution == "direct_quote" else dates.without_dateline(said.text).strip()
        payload.update(attribution=said.attribution, text=words)  # a sentence's words, not its dateline ("(AFP) -")
        if said.via is not None:  # a named passer-on is an entity; someone unnamed, a description
            named = self.registry.person(said.via, None) if (said.via.name or said.via.organisation) else None
            payload.update({"via": named} if named else {"via_description": said.via.phrase})
        if said.venue:
            payload["venue"] = said.venue
        return _ordered(payload)

    def _whose_document(self, said: Said, text: str) -> str | None:
        """The body or person who issued the statement "the statement reads" means (`document_author`)."""
        found = document_author(said, text)
        if found is None:
            return None
        return self.registry.person(found, None) if found.name else self.registry.body(found.phrase)

    def meeting(self, met: Met, text: str) -> dict[str, Any] | None:
        why = {"pattern": "a meeting verb", "confidence": 0.6}
        when = dates.resolve(met.dating, self.day) or self._occasions(text).day_of(met.dating, met.sentence.start)
        payload = self._claim("meeting", met.sentence, why, held_by(when, self.day, met))
        participants: list[dict[str, Any]] = []
        for who in met.participants:
            excerpt = who.phrase if who.phrase in met.sentence.text else None
            body = who.organisation if not who.name and (who.title or "").endswith("s") else None  # "U.S. officials"
            key = self.registry.person(who, excerpt) or (self.registry.body(body) if body else None)
            if key is None and is_definite_post(who) and who.phrase.endswith(who.title or "\0") and not participants:
                return None  # "the Indian foreign minister met B", no one the text names: not the others' meeting
            if key is None or any(p["entity"] == key for p in participants):
                continue
            item: dict[str, Any] = {"entity": key}
            side = self.registry.body(who.organisation) if who.organisation else (key if not who.name else None)
            if side:
                item["side"] = side
            if who.title:
                item["role"] = who.title
            participants.append(item)
        if len(participants) < (1 if met.group else 2):  # a group's meeting: the group
            return None
        payload["participants"] = participants
        if met.place:
            payload["place"] = met.place
        if met.expected:
            payload["modality"] = "expected"
        if met.duration:
            payload["duration"] = met.duration
            payload["_draft"]["duration_from"] = met.duration_words
        if met.duration_qualifier:
            payload["duration_qualifier"] = met.duration_qualifier
        payload["summary"] = dates.without_dateline(met.sentence.text).strip()
        return _ordered(payload)

    def agreement(self, agreed: Agreed) -> dict[str, Any]:
        why = {"pattern": "an agreement verb", "confidence": 0.5, "agreement_from": agreed.words}
        payload = self._claim("agreement", agreed.sentence, why, dates.resolve(agreed.dating, self.day))
        named = "–".join(agreed.parties)
        payload.update(
            title=f"{named} {agreed.kind.replace('_', ' ') if agreed.kind != 'other' else 'agreement'}",
            parties=[self.registry.body(name) for name in agreed.parties],
            kind=agreed.kind,
            status=agreed.status,
            summary=dates.without_dateline(agreed.sentence.text).strip(),
        )
        if agreed.hedge:
            payload["hedge"] = agreed.hedge
        if agreed.terms:
            payload["terms"] = [term_of(term.sentence.text, term.figure, n) for n, term in enumerate(agreed.terms, 1)]
            payload["_draft"]["terms_from"] = "the sentences that give its terms, each cited"
            cited = dict.fromkeys(term.sentence.text for term in agreed.terms if term.sentence != agreed.sentence)
            payload["citations"] += [{"source": self.source, "excerpt": words} for words in cited]
        return _ordered(payload)

    def data_points(self, sentence: Span, said: list[tuple[int, int]]) -> list[dict[str, Any]]:
        """The figures of a sentence: each level with the change that led to it, each change without its level as a
        change alone (no value). A figure within ``said`` (quotes and transcript turns) is someone's words."""
        found: list[dict[str, Any]] = []
        self._at = sentence.start
        given = _figures_of(self.registry.text, sentence)[:MAX_FIGURES_PER_SENTENCE]
        given = [f for f in given if not overlaps(said, sentence.start + f.start, sentence.start + f.start + 1)]
        given = [f for f in given if not unreported(sentence.text, f)]  # "80 per cent confident", "the expected 6%"
        converted = self._conversions()
        given = [f for f in given if f.converted or sentence.start + f.start >= converted.get((f.value, f.unit), -1)]
        self._repeated = repeated_at(self.registry.text, said) if self._repeated is None else self._repeated
        given = [f for f in given if sentence.start + f.start not in self._repeated]  # "the $135 million" again
        if not given or _EXCHANGE_RATE.search(sentence.text):
            return found  # none, or a note of the exchange rate used: "(1 U.S. dollar equals 142.62 yen)"
        text = dates.without_dateline(sentence.text)
        start, end = periods.period(sentence.text, self.day)
        when = periods.sentence_date(sentence.text, self.day)
        words = measures.keywords(text)
        led_to: dict[int, changes.Change] = {}
        series = figure_context.Series()
        for number, figure in enumerate(given):
            change = changes.change_of(text, figure) or changes.gapped(text, series.change, figure)
            change = change or changes.compared(text, series.change, figure)  # "…, accelerating from 3.1%"
            series.change = change or series.change
            following = given[number + 1] if number + 1 < len(given) else None
            if change is not None and changes.level_after(text, change, following):
                led_to[number + 1] = change  # "rose 5.9% to 108.93 trillion yen": a change of the level after it
                continue
            level = found[-1] if found and number and "change" not in found[-1] else None
            if change and level and changes.change_after_level(text, given[number - 1], change):
                level["change"] = _change(change, self._currency(change.figure))  # "7.05 trillion yen, up 18.7%"
                level["_draft"]["change_from"] = change.words
                found[-1] = _ordered(level)
                continue
            why: dict[str, Any] = {"pattern": "a figure with its unit", "confidence": 0.7}
            why.update({k: v for k, v in (("bound", figure.bound), ("converted", figure.converted)) if v})
            measured, whose = self._read(text, words, figure, series, why)
            why["metric_from"] = measured.words
            how = led_to.get(number) or change
            if how is not None:
                why["change_from"] = how.words
            payload = self._claim("data_point", sentence, why, periods.figure_period(text, figure, when, self.day))
            payload["metric"] = measured.name
            payload.update(whose)
            if change is None:  # a level; a change given without its level has no value
                payload["value"] = figure.value
            payload.update(unit=self._currency(figure), value_as_stated=" ".join(figure.as_stated.split()))
            if figure.converted:  # "SDR 978.2 million (about USD 1.3 billion)": the same figure in dollars
                payload["equivalents"] = [{"value": e.value, "unit": e.unit} for e in figures(figure.converted)]
            if figure.approximate:
                payload["approximate"] = True
            if how is not None:
                payload["change"] = _change(how, self._currency(how.figure))
            scope = measures.product_scope(text, figure) if measured.name == "tariff_rate" else None
            if scope:
                payload["product_scope"], payload["_draft"]["product_scope_from"] = scope
            payload.update(self._period(measured.name, start, end, payload["_draft"]))
            found.append(_ordered(payload))
        return found

    def _read(
        self,
        text: str,
        words: list[tuple[int, int, str]],
        figure: Figure,
        series: figure_context.Series,
        why: dict[str, Any],
    ) -> tuple[measures.Metric, dict[str, str]]:
        """What a figure measures and whose it is: a conjunct of a list that gaps a change's verb ("Trade with
        Singapore increased by 22.5%, Vietnam by 14.5%") has the metric and subject of the list's first figure,
        and the country it names in place of the first's counterpart (see _parallel); a figure that measures
        what the one before does is that one's, in its metric unless its own words before it name one, and a
        tariff naming no party after a tariff that one's (figure_context); any other, its own (see _whose)."""
        gapped = series.change is not None and series.change.figure is figure and series.change.parallel is not None
        before = series.previous
        if gapped and series.metric is not None:
            measured = series.metric
            whose = self._parallel(series.change, series.whose) or series.whose
        elif before and figure_context.same_measure(text, before[0], figure):
            measured = figure_context.shared_metric(measures.metric(words, figure, text), before[1], figure)
            whose = before[2]
        elif owned := shares.share_owner(text, figure):  # "Chile's share of Peru's imports fell to 30%"
            measured, whose = measures.Metric("share", "share", None), self._keys(*owned)
            why["subject_from"] = "the owner of the share"
        else:
            measured = figure_context.referred_metric(measures.metric(words, figure, text), self._last_metric, text)
            after = before is not None and figure_context.tariff_after(text, before, figure, measured)
            whose = before[2] if before and after else self._whose(text, figure, measured, why)
        series.previous, self._last_metric = (figure, measured, whose), measured
        if series.change is not None and series.change.figure is figure and not gapped:
            series.metric, series.whose = measured, whose
        return measured, whose

    def _parallel(self, change: changes.Change | None, first: dict[str, str]) -> dict[str, str] | None:
        """Whose a conjunct that names a country in place of its first's counterpart is: that country's, with the
        first's subject ("Trade with Singapore increased by 22.5%, Vietnam by 14.5%")."""
        named = measures.bodies_at(change.parallel) if change and change.parallel else []
        if not named or "counterpart" not in first:
            return None
        self._last_counterpart = named[0][1]
        return {"subject": first["subject"], "counterpart": self.registry.body(named[0][1])}

    def _currency(self, figure: Figure) -> str:
        """A figure's unit, a bare dollar sign the dollar of whose figure it is (see figure_context.currency)."""
        return figure_context.currency(figure, self._last_subject, self.registry.text)

    def _conversions(self) -> dict[tuple[str, str], int]:
        """The amounts the text gives as another's conversion ("9 trillion yen ($63 billion)"), each with where it is
        first given so: the same amount alone before it (a headline's "a $63 billion surplus") is that figure again."""
        if self._converted is None:
            self._converted = {}
            for figure in text_figures.every_figure(self.registry.text):
                for each in figures(figure.converted) if figure.converted else []:
                    self._converted.setdefault((each.value, each.unit), figure.start)
        return self._converted

    def _period(self, metric: str, start: str | None, end: str | None, why: dict[str, Any]) -> dict[str, Any]:
        """The period a figure covers: its sentence's; for a flow (exports, a surplus) whose sentence gives none, the
        period of the flow before it, else unclear."""
        if start:
            self._last_period = (start, end)
            return {"period_start": start, "period_end": end}
        if metric not in FLOWS:
            return {}
        if self._last_period:
            why["period_from"] = "an earlier sentence"
            return {"period_start": self._last_period[0], "period_end": self._last_period[1]}
        return {"period_unclear": True}

    def _whose(self, sentence: str, figure: Figure, measured: measures.Metric, why: dict[str, Any]) -> dict[str, str]:
        """The subject and counterpart of a figure: from its clause; else the body that opens its sentence (for a
        tariff, not one that faces it, or the country of the leader imposing it: figure_context.imposer); else the
        subject of the figure before it; else the first country the text names (else the negotiation)."""
        subject, counterpart = measures.whose(sentence, figure, measured)
        subject, counterpart = figure_agents.given_to(sentence, figure) or (subject, counterpart)  # "give Kenya $2B"
        subject, counterpart = figure_agents.borrowed(sentence, figure, (subject, counterpart))  # the IMF's: Egypt's
        if given_by := figure_agents.agent(sentence, figure):
            subject, counterpart = given_by, counterpart if counterpart != given_by else subject
            why["subject_from"] = "the one named as giving, setting or asking for it"
        if subject not in GROUPINGS and measures.group_named(sentence, figure) and self._grouping():
            subject = self._grouping()  # "the group agreed to cut production by …": the group the text is about
            why["subject_from"] = "the group of countries the text names first"
        tariff = measured.name == "tariff_rate"
        if tariff and (imposed := tariff_sides.sides(self.registry.text, sentence, figure, subject, counterpart)):
            subject, counterpart, why["subject_from"] = imposed  # "Japan faces a 10% tariff": by the other side
            return self._keys(subject, counterpart)  # the subject of the figures after it stays theirs
        if counterpart is None and measures.counterpart_named_before(sentence, figure):
            counterpart = self._last_counterpart  # "exports to the country": the one the figures before were with
            why["counterpart_from"] = "an earlier sentence" if counterpart else None
        # A tariff's opener imposes it ("U.S. President Donald Trump threatened to double tariffs to 50 per
        # cent"), unless its clause says the opener faces it (see above).
        faced = tariff and tariff_sides.faces(sentence, figure)
        opener = measures.sentence_subject(sentence) if not faced else None
        imposed_by_leader = tariff and not faced  # "Trump imposed a 25% tariff"
        opener = opener or (
            figure_context.imposer(self.registry.text, self._at, sentence, figure) if imposed_by_leader else None
        )
        if subject is None and opener and opener != counterpart:
            subject = opener  # "CPTPP is a trade agreement between 11 countries (…), covering 500 million people"
            why["subject_from"] = "the subject of the sentence"
        if subject is None:
            if self._first_bodies is None:
                bodies = sides_at(self.registry.text[:20_000])  # not a dateline's city, "in Brazil", nor "(Reuters)"
                named = [name for _, name in bodies if name != counterpart and name not in NEWS_ORGANISATIONS]
                self._first_bodies = tuple(dict.fromkeys([name for name in named if name in COUNTRIES] + named))
            before = figure_context.subject_before(self.registry.text, self._at, sentence, figure)  # "the country's"
            earlier = (before, self._last_subject, *self._first_bodies)  # never the counterpart: the next one named
            subject = next((name for name in earlier if name and name != counterpart), None)
            why["subject_from"] = "an earlier sentence" if subject else "no country named: the negotiation"
        self._last_subject = subject
        self._last_counterpart = counterpart or self._last_counterpart
        return self._keys(subject, counterpart)

    def _grouping(self) -> str | None:
        """The first group of countries the text names (see GROUPINGS), which "the group" stands for."""
        if self._group is None:
            named = [name for _, name in measures.bodies_at(self.registry.text[:20_000]) if name in GROUPINGS]
            self._group = next(iter(named), "")
        return self._group or None

    def _keys(self, subject: str | None, counterpart: str | None) -> dict[str, str]:
        """The keys of a figure's subject and counterpart, an office standing for whom it acts for (see ACTS_FOR)."""
        subject, counterpart = ACTS_FOR.get(subject or "", subject), ACTS_FOR.get(counterpart or "", counterpart)
        found = {"subject": self.registry.body(subject) if subject else self.negotiation}
        if counterpart and counterpart != subject:
            found["counterpart"] = self.registry.body(counterpart)
        return found


def _change(how: changes.Change, unit: str) -> dict[str, str]:
    amount = {"amount": how.figure.value, "unit": unit}
    return {"direction": how.direction, **amount, **({"base": how.base} if how.base else {})}


def _ordered(payload: dict[str, Any]) -> dict[str, Any]:
    """The payload with its type first and its reasons last, for people reading the draft."""
    first = {key: payload[key] for key in ("type", "negotiation", "occurred_at", "reported_at") if key in payload}
    rest = {key: value for key, value in payload.items() if key not in first and key not in ("citations", "_draft")}
    return {**first, **rest, "citations": payload["citations"], "_draft": payload["_draft"]}


def _figures_of(text: str, sentence: Span) -> list[Figure]:
    """The figures of one of the sentences of ``text`` (text.sentences), taken from the whole text's, read once
    (`every_figure`), with their places in the sentence."""
    every = text_figures.every_figure(text)
    first, last = (bisect.bisect_left(every, at, key=_START) for at in (sentence.start, sentence.end))
    return [replace(f, start=f.start - sentence.start, end=f.end - sentence.start) for f in every[first:last]]


_START = attrgetter("start")
