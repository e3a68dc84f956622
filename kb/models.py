"""The kinds of event, as frozen pydantic models.

Every field has a description: it becomes the JSON Schema in ``schema/`` and the
column descriptions that Datasette shows. An event file is one of these models,
dumped as JSON; ``EVENT`` validates any of them, dispatched on ``type``.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Iterator
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    TypeAdapter,
    model_validator,
)

SCHEMA_VERSION = 1
MAX_TEXT = 20_000
MAX_LINE = 500

# What each pattern of a field means, in plain words, for the messages of refused input.
PATTERN_MEANINGS: dict[str, str] = {}


def _means(pattern: str, meaning: str) -> str:
    PATTERN_MEANINGS[pattern] = meaning
    return pattern


# Control characters other than tab and newline never belong in an event.
_NO_CONTROL = _means(r"^[^\x00-\x08\x0b-\x1f\x7f]*$", "must not contain control characters other than tab and newline")
_NO_CONTROL_ONE_LINE = _means(r"^[^\x00-\x1f\x7f]*$", "must not contain control characters or line breaks")


def _nfc(value: str) -> str:
    if unicodedata.normalize("NFC", value) != value:
        raise ValueError("text must be NFC-normalised Unicode (kb add does this for you)")
    return value


def _not_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be blank")
    return value


_DATE_RE = re.compile(
    r"^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,6})?)?"
    r"(Z|[+-]\d{2}:\d{2}))?)?)?$"
)


_NOT_A_DATE = "not an ISO 8601 date: use 2025, 2025-04, 2025-04-18 or 2025-04-18T09:30Z"


def real_date(value: str) -> str:
    """The value, if it is an ISO 8601 date as precise as known that exists; ValueError if not."""
    match = _DATE_RE.match(value)
    if not match:
        raise ValueError(_NOT_A_DATE)
    year, month, day, hour, minute, second, _ = match.groups()
    try:
        dt.datetime(int(year), int(month or 1), int(day or 1), int(hour or 0), int(minute or 0), int(second or 0))
    except ValueError as error:
        raise ValueError(f"impossible date {value!r}: {error}") from None
    return value


Text = Annotated[
    str,
    StringConstraints(min_length=1, max_length=MAX_TEXT, pattern=_NO_CONTROL),
    AfterValidator(_nfc),
    AfterValidator(_not_blank),
]
Line = Annotated[
    str,
    StringConstraints(min_length=1, max_length=MAX_LINE, pattern=_NO_CONTROL_ONE_LINE),
    AfterValidator(_nfc),
    AfterValidator(_not_blank),
]
_KEY = _means(
    r"^[a-z0-9]+(?:-[a-z0-9]+)*$",
    "must be a key: lowercase letters and digits joined by hyphens, such as ryosei-akazawa",
)
_TAG = _means(
    r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$", "must be a tag: lowercase letters and digits joined by - or _, such as autos"
)
_EVENT_ID = _means(r"^ev-[a-z2-7]{16}$", "must be an event ID such as ev-abcdefghij234567")
Key = Annotated[str, StringConstraints(max_length=80, pattern=_KEY)]
Tag = Annotated[str, StringConstraints(max_length=40, pattern=_TAG)]
EventId = Annotated[str, StringConstraints(pattern=_EVENT_ID)]
PartialDate = Annotated[
    str,
    StringConstraints(pattern=_means(_DATE_RE.pattern, _NOT_A_DATE)),
    AfterValidator(real_date),
]
Timestamp = Annotated[
    str,
    StringConstraints(
        pattern=_means(
            r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?Z$", "must be a UTC time such as 2025-04-18T09:30:00Z"
        )
    ),
    AfterValidator(real_date),
]
_DECIMAL = _means(r"^-?(?:0|[1-9]\d*)(?:\.\d+)?$", "must be an exact decimal number such as 9000000000000 or 2.5")
_SHA256 = _means(r"^[0-9a-f]{64}$", "must be a SHA-256 in 64 lowercase hexadecimal digits")
_URL = _means(r"^https?://[^\s\x00-\x1f\x7f]+$", "must be an http:// or https:// URL without spaces")
_LANGUAGE = _means(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$", "must be a BCP 47 language code such as en or ja")
_QID = _means(r"^Q[1-9]\d*$", "must be a Wikidata item such as Q17")
Decimal = Annotated[str, StringConstraints(max_length=60, pattern=_DECIMAL)]
Sha256 = Annotated[str, StringConstraints(pattern=_SHA256)]
Url = Annotated[str, StringConstraints(max_length=2000, pattern=_URL)]
Language = Annotated[str, StringConstraints(max_length=35, pattern=_LANGUAGE)]
Qid = Annotated[str, StringConstraints(pattern=_QID)]


class Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", strict=True)


class Envelope(Model):
    """What every event carries, whatever its type."""

    id: EventId = Field(
        description="The event ID: ev- and the first 16 characters of the lowercase base32 SHA-256 "
        "of the RFC 8785 canonical JSON of the event without its id"
    )
    schema_version: Literal[1] = Field(description="Version of this type's schema the event was written in")
    recorded_at: Timestamp = Field(description="When the event was appended to the knowledge base (UTC)")
    recorded_by: Line | None = Field(None, description="Who appended the event")


# --- Sources and entities -------------------------------------------------------------------


class SourceFields(Model):
    type: Literal["source"] = Field(description="Kind of event")
    kind: Literal["article", "official_page", "press_release", "transcript", "data_release", "other"] = Field(
        description="What the source is"
    )
    publisher: Line = Field(description="Who published it (a news agency, a ministry)")
    title: Line = Field(description="Its title or headline")
    url: Url | None = Field(None, description="Where it was published")
    published_at: PartialDate = Field(description="When it was published (ISO 8601, as precise as known)")
    language: Language = Field("en", description="Language of the text (BCP 47 code)")
    authors: list[Line] = Field(default_factory=list, description="Authors named by the source")
    text_sha256: Sha256 | None = Field(
        None, description="SHA-256 of the source's text snapshot, stored as snapshots/<sha256>.txt"
    )
    rights: Line | None = Field(None, description="Copyright holder and terms of the text")


class EntityFields(Model):
    type: Literal["entity"] = Field(description="Kind of event")
    key: Key = Field(description="Unique slug that other events use to refer to it, such as ryosei-akazawa")
    kind: Literal["person", "organisation", "country", "negotiation", "group"] = Field(description="What the entity is")
    name: Line = Field(description="Its usual name")
    aliases: list[Line] = Field(default_factory=list, description="Other names it is referred to by")
    wikidata: Qid | None = Field(None, description="Its Wikidata item, such as Q123")
    description: Line | None = Field(None, description="A short description")


class Citation(Model):
    source: EventId = Field(description="ID of the source event")
    excerpt: Text = Field(description="The exact words of the source that support the claim")


class RoleFields(Model):
    type: Literal["role"] = Field(description="Kind of event")
    person: Key = Field(description="Entity key of the person holding the post")
    title: Line = Field(description="The post, such as chief negotiator")
    organisation: Key | None = Field(None, description="Entity key of the organisation or country of the post")
    start: PartialDate | None = Field(None, description="When the person took the post, if known")
    end: PartialDate | None = Field(None, description="When the person left the post, if known")
    citations: list[Citation] = Field(default_factory=list, description="Sources that give the role")


# --- Claims ---------------------------------------------------------------------------------


class ClaimFields(Model):
    """What every claim carries."""

    negotiation: Key = Field(description="Entity key of the negotiation the claim belongs to")
    occurred_at: PartialDate = Field(description="When it happened or was said (ISO 8601, as precise as known)")
    topics: list[Tag] = Field(default_factory=list, description="Short tags such as autos, agriculture, fx")
    modality: Literal["asserted", "expected", "hypothetical", "denied"] = Field(
        "asserted", description="Whether the claim is asserted, expected, hypothetical or denied"
    )
    citations: list[Citation] = Field(min_length=1, description="The sources of the claim, with their exact words")


class StatementFields(ClaimFields):
    type: Literal["statement"] = Field(description="Kind of event")
    speaker: Key | None = Field(None, description="Entity key of who said it, when named")
    speaker_description: Line | None = Field(
        None, description="Who said it, when not named: a Japanese government source, analysts"
    )
    attribution: Literal["direct_quote", "partial_quote", "paraphrase", "reported"] = Field(
        description="How the words reached the source: quoted in full, in part, paraphrased, or reported"
    )
    text: Text = Field(
        description="What was said: the exact words for a direct quote; for a partial quote, the quoted "
        'words within "double quotes"'
    )
    via: Line | None = Field(None, description="Who passed the words on, when not the speaker")
    venue: Line | None = Field(None, description="Where it was said: told reporters, press conference")
    about_agreement: EventId | None = Field(
        None, description="ID of the agreement the statement gives an account of, when it does"
    )
    about_term: Tag | None = Field(None, description="Key of the agreement's term the statement gives an account of")

    @model_validator(mode="after")
    def _someone_said_it(self) -> StatementFields:
        if not self.speaker and not self.speaker_description:
            raise ValueError("a statement needs a speaker or a speaker_description")
        return self


class Participant(Model):
    entity: Key = Field(description="Entity key of the participant")
    side: Key | None = Field(None, description="Entity key of the side the participant represents")
    role: Line | None = Field(None, description="The participant's role in the meeting")


class MeetingFields(ClaimFields):
    type: Literal["meeting"] = Field(description="Kind of event")
    participants: list[Participant] = Field(min_length=1, description="Who took part")
    place: Line | None = Field(None, description="Where it took place")
    format: Literal["in_person", "virtual", "phone", "unknown"] = Field(
        "in_person", description="How the participants met"
    )
    round: Line | None = Field(None, description="Which round of talks, when numbered")
    summary: Text = Field(description="What the meeting was, in plain words")


class DataPointFields(ClaimFields):
    type: Literal["data_point"] = Field(description="Kind of event")
    metric: Tag = Field(description="What is measured, such as trade_surplus or exports")
    subject: Key = Field(description="Entity key of what the figure is about")
    counterpart: Key | None = Field(None, description="Entity key of the counterpart, for bilateral figures")
    value: Decimal = Field(description="The value as an exact decimal string, in units (not thousands)")
    unit: Line = Field(description="Unit or currency code, such as JPY, USD or percent")
    approximate: bool = Field(False, description="Whether the source gives the value as approximate")
    period_start: PartialDate | None = Field(None, description="Start of the period the figure covers")
    period_end: PartialDate | None = Field(None, description="End of the period the figure covers")
    value_as_stated: Line = Field(description="The value verbatim, such as around 9 trillion yen ($63 billion)")
    stated_by: Key | None = Field(None, description="Entity key of who published or gave the figure")


class PositionFields(ClaimFields):
    type: Literal["position"] = Field(description="Kind of event")
    holder: Key = Field(description="Entity key of who holds the position")
    kind: Literal["demand", "offer", "red_line", "principle", "concern"] = Field(description="What kind of position")
    addressee: Key | None = Field(None, description="Entity key of whom it is addressed to")
    issue: Line = Field(description="The issue, in a few words")
    text: Text = Field(description="The position, in plain words")


class ExpectationFields(ClaimFields):
    type: Literal["expectation"] = Field(description="Kind of event")
    holder: Key | None = Field(None, description="Entity key of who expects it, when named")
    what: Text = Field(description="What is expected")
    by_when: PartialDate | None = Field(None, description="When it is expected by")
    conditions: Text | None = Field(None, description="Conditions attached to it")


HsCode = Annotated[str, StringConstraints(pattern=r"^\d{2}(?:\d{2}(?:\d{2}(?:\d{2,4})?)?)?$")]


class AgreementTerm(Model):
    key: Tag = Field(description="Short key of the term within the agreement, such as autos-tariff")
    kind: Literal["tariff_rate", "investment", "purchase", "quota", "other"] = Field(description="What the term is")
    description: Text = Field(description="The term in plain words")
    product_scope: Line | None = Field(None, description="The products it covers, in plain words")
    hs_codes: list[HsCode] = Field(default_factory=list, description="HS codes of the products, when given")
    rate: Decimal | None = Field(None, description="Tariff rate, as an exact decimal string")
    rate_unit: Line | None = Field(None, description="Unit of the rate, such as percent")
    amount: Decimal | None = Field(None, description="Amount of an investment or purchase commitment, in units")
    currency: Line | None = Field(None, description="Currency of the amount, such as USD")
    quantity: Decimal | None = Field(None, description="Quantity of a quota")
    quantity_unit: Line | None = Field(None, description="Unit of the quantity, such as tonnes or vehicles")
    period: Line | None = Field(None, description="Period of the commitment or quota, as stated")
    committed_by: Key | None = Field(None, description="Entity key of who commits to it")
    value_as_stated: Line | None = Field(None, description="The figure verbatim, such as $550 billion")


class AgreementFields(ClaimFields):
    type: Literal["agreement"] = Field(description="Kind of event")
    title: Line = Field(description="Name of the agreement, as reported")
    parties: list[Key] = Field(min_length=1, description="Entity keys of the parties")
    kind: Literal[
        "framework_agreement",
        "joint_statement",
        "memorandum_of_understanding",
        "trade_agreement",
        "unilateral_announcement",
        "executive_order",
        "law",
        "other",
    ] = Field(description="What kind of agreement or instrument it is")
    status: Literal[
        "under_negotiation",
        "agreed_in_principle",
        "announced",
        "signed",
        "implemented",
        "suspended",
        "terminated",
    ] = Field(description="Its status when reported")
    terms: list[AgreementTerm] = Field(default_factory=list, description="Its terms, each a structured item")
    follows: EventId | None = Field(
        None, description="ID of the earlier report of the same agreement that this one follows up"
    )
    summary: Text = Field(description="The agreement in plain words")


class MeasureFields(ClaimFields):
    type: Literal["measure"] = Field(description="Kind of event")
    imposing: Key = Field(description="Entity key of the jurisdiction imposing the measure")
    affected: list[Key] = Field(default_factory=list, description="Entity keys of the jurisdictions affected")
    instrument: Literal[
        "ad_valorem_tariff",
        "specific_duty",
        "tariff_rate_quota",
        "quota",
        "exemption",
        "export_restriction",
        "other",
    ] = Field(description="The trade instrument")
    legal_basis: Line | None = Field(None, description="The legal basis as stated, such as Section 232")
    rate: Decimal | None = Field(None, description="The rate, as an exact decimal string")
    rate_unit: Line | None = Field(None, description="Unit of the rate, such as percent")
    product_scope: Line = Field(description="The products covered, in plain words")
    hs_codes: list[HsCode] = Field(default_factory=list, description="HS codes of the products, when given")
    announced_at: PartialDate | None = Field(None, description="When it was announced")
    effective_at: PartialDate | None = Field(None, description="When it took or takes effect")
    removed_at: PartialDate | None = Field(None, description="When it was removed")
    status: Literal["proposed", "announced", "in_force", "suspended", "removed"] = Field(
        description="Its status when reported"
    )
    stacking: Literal["adds_to_existing", "replaces_existing", "unknown"] = Field(
        "unknown", description="Whether it adds to the duties already in force or replaces them"
    )
    agreement: EventId | None = Field(None, description="ID of the agreement that set or changed it")
    summary: Text = Field(description="The measure in plain words")


# --- Retractions and corrections -----------------------------------------------------------


class RetractionFields(Model):
    type: Literal["retraction"] = Field(description="Kind of event")
    target: EventId = Field(description="ID of the claim withdrawn")
    reason: Text = Field(description="Why it is withdrawn")


ClaimBody = Annotated[
    StatementFields | MeetingFields | DataPointFields | PositionFields | ExpectationFields,
    Field(discriminator="type"),
]


class CorrectionFields(Model):
    type: Literal["correction"] = Field(description="Kind of event")
    target: EventId = Field(description="ID of the claim replaced")
    replacement: ClaimBody = Field(description="The complete claim that replaces it")
    reason: Text = Field(description="Why it is replaced")


class CorroborationFields(Model):
    type: Literal["corroboration"] = Field(description="Kind of event")
    target: EventId = Field(description="ID of the claim that further sources report")
    citations: list[Citation] = Field(min_length=1, description="The further sources, with their exact words")


class LinkFields(Model):
    type: Literal["link"] = Field(description="Kind of event")
    kind: Literal["same_statement", "same_meeting", "same_data_point"] = Field(
        description="What the linked claims are: one remark in different wordings or translations, one meeting "
        "reported separately, one figure reported separately"
    )
    events: list[EventId] = Field(min_length=2, description="IDs of the claims that are the same")
    note: Text | None = Field(None, description="Why they are the same, or how the versions differ")


# --- Events: the envelope plus the fields of one kind ----------------------------------------


class Source(Envelope, SourceFields):
    """An article, official page, transcript or data release."""


class Entity(Envelope, EntityFields):
    """A person, organisation, country or negotiation."""


class Role(Envelope, RoleFields):
    """A post held over a time span."""


class Statement(Envelope, StatementFields):
    """Who said what."""


class Meeting(Envelope, MeetingFields):
    """Who met whom."""


class DataPoint(Envelope, DataPointFields):
    """A reported number."""


class Position(Envelope, PositionFields):
    """A demand, offer, red line or principle."""


class Expectation(Envelope, ExpectationFields):
    """Something said to be coming."""


class Agreement(Envelope, AgreementFields):
    """What the parties agreed, with its terms."""


class Measure(Envelope, MeasureFields):
    """A tariff or trade measure."""


class Retraction(Envelope, RetractionFields):
    """A claim withdrawn."""


class Correction(Envelope, CorrectionFields):
    """A claim replaced by another."""


class Corroboration(Envelope, CorroborationFields):
    """Further sources for a claim already recorded."""


class Link(Envelope, LinkFields):
    """Claims recorded separately that are the same: two wordings of one remark, one meeting twice."""


MODELS: dict[str, type[Envelope]] = {
    "source": Source,
    "entity": Entity,
    "role": Role,
    "statement": Statement,
    "meeting": Meeting,
    "data_point": DataPoint,
    "position": Position,
    "expectation": Expectation,
    "agreement": Agreement,
    "measure": Measure,
    "retraction": Retraction,
    "correction": Correction,
    "corroboration": Corroboration,
    "link": Link,
}
CLAIM_TYPES = ("statement", "meeting", "data_point", "position", "expectation", "agreement", "measure")
# Fields that point at an agreement: a later report of it, a measure it set, an account of it.
AGREEMENT_FIELDS = ("follows", "agreement", "about_agreement")
LINK_KINDS = {"same_statement": "statement", "same_meeting": "meeting", "same_data_point": "data_point"}


def claim_kind(event: dict[str, Any]) -> str | None:
    """The kind of claim an event is (a correction is the claim it carries), or None."""
    if event.get("type") == "correction" and isinstance(event.get("replacement"), dict):
        return event["replacement"].get("type")
    return event.get("type") if event.get("type") in CLAIM_TYPES else None


def claim_targets(event: dict[str, Any]) -> list[tuple[str, str, str | None]]:
    """The claims an event points at: (field, event ID, kind of claim required or None for any)."""
    if event.get("type") in ("retraction", "corroboration"):
        return [("target", event["target"], None)]
    if event.get("type") == "link":
        return [(f"events.{n}", target, LINK_KINDS[event["kind"]]) for n, target in enumerate(event["events"])]
    if event.get("type") == "correction" and isinstance(event.get("replacement"), dict):
        return [("target", event["target"], None)] + [
            (f"replacement.{field}", target, kind) for field, target, kind in claim_targets(event["replacement"])
        ]
    return [(field, event[field], "agreement") for field in AGREEMENT_FIELDS if isinstance(event.get(field), str)]


Event = Annotated[
    Source | Entity | Role | Statement | Meeting | DataPoint | Position | Expectation | Retraction | Correction,
    Field(discriminator="type"),
]
EVENT: TypeAdapter[Event] = TypeAdapter(Event)

# Fields of an event that name an entity, by type (participants and replacements are walked
# by ``entity_slots``).
ENTITY_FIELDS: dict[str, tuple[str, ...]] = {
    "role": ("person", "organisation"),
    "statement": ("negotiation", "speaker"),
    "meeting": ("negotiation", "participants.*.entity", "participants.*.side"),
    "data_point": ("negotiation", "subject", "counterpart", "stated_by"),
    "position": ("negotiation", "holder", "addressee"),
    "expectation": ("negotiation", "holder"),
    "agreement": ("negotiation", "parties.*", "terms.*.committed_by"),
    "measure": ("negotiation", "imposing", "affected.*"),
}


def entity_slots(event: dict[str, Any], prefix: str = "") -> Iterator[tuple[str, Any, Any]]:
    """Where an event (a JSON object) names an entity: (path, the object or list holding it, the
    field name or list index), so that a reference can be read or replaced in place."""
    for path in ENTITY_FIELDS.get(str(event.get("type")), ()):
        yield from _walk(event, path.split("."), prefix)
    if event.get("type") == "correction" and isinstance(event.get("replacement"), dict):
        yield from entity_slots(event["replacement"], "replacement.")


def _walk(holder: Any, parts: list[str], prefix: str) -> Iterator[tuple[str, Any, Any]]:
    head, rest = parts[0], parts[1:]
    if head == "*":
        slots: Iterable[tuple[Any, Any]] = enumerate(holder) if isinstance(holder, list) else ()
    else:
        slots = [(head, holder.get(head))] if isinstance(holder, dict) else []
    for name, value in slots:
        if rest:
            yield from _walk(value, rest, f"{prefix}{name}.")
        elif isinstance(value, str):
            yield f"{prefix}{name}", holder, name
