"""The types every kind of event's fields are made of, and what every event carries.

Each type says in plain words what a value must be (``PATTERN_MEANINGS``), so that a refused
value gets a message a person understands.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

SCHEMA_VERSION = 1
MAX_TEXT = 20_000
MAX_LINE = 500

# What each pattern of a field means, in plain words, for the messages of refused input.
PATTERN_MEANINGS: dict[str, str] = {}


def _means(pattern: str, meaning: str) -> str:
    PATTERN_MEANINGS[pattern] = meaning
    return pattern


# Control characters other than tab and newline never belong in an event (nor in a source's
# text, whose words events quote: kb.events.store.normalised_snapshot refuses them).
CONTROL_CHARACTERS = r"\x00-\x08\x0b-\x1f\x7f"
_NO_CONTROL = _means(rf"^[^{CONTROL_CHARACTERS}]*$", "must not contain control characters other than tab and newline")
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
EVENT_ID_PATTERN = _EVENT_ID  # how kb.events.models finds every field that holds an event's ID
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
# How a source bounds a number: "about", "over 5%", "well over $15 billion", "up to $550 billion".
ValueQualifier = Literal["about", "over", "well_over", "under", "up_to", "at_least", "nearly"]
DurationQualifier = Literal["about", "over", "under", "at_least", "nearly"]
_DURATION = _means(
    r"^P(?:\d{1,4}D(?:T(?:\d{1,4}H(?:\d{1,5}M)?(?:\d{1,6}S)?|\d{1,5}M(?:\d{1,6}S)?|\d{1,6}S))?"
    r"|T(?:\d{1,4}H(?:\d{1,5}M)?(?:\d{1,6}S)?|\d{1,5}M(?:\d{1,6}S)?|\d{1,6}S))$",
    "must be an ISO 8601 duration in days, hours, minutes and seconds, such as PT50M, PT2H or PT1H30M",
)
Duration = Annotated[str, StringConstraints(max_length=30, pattern=_DURATION)]


def duration_minutes(value: str) -> float:
    """An ISO 8601 duration (as Duration allows) in minutes: PT1H30M → 90."""
    match = re.match(r"^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$", value)
    assert match, value
    days, hours, minutes, seconds = (int(part or 0) for part in match.groups())
    return days * 1440 + hours * 60 + minutes + seconds / 60


Sha256 = Annotated[str, StringConstraints(pattern=_SHA256)]
Url = Annotated[str, StringConstraints(max_length=2000, pattern=_URL)]
Language = Annotated[str, StringConstraints(max_length=35, pattern=_LANGUAGE)]
Qid = Annotated[str, StringConstraints(pattern=_QID)]
HsCode = Annotated[
    str,
    StringConstraints(
        pattern=_means(r"^\d{2}(?:\d{2}(?:\d{2}(?:\d{2,4})?)?)?$", "must be an HS code of 2, 4, 6, 8 or 10 digits")
    ),
]


class Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", strict=True, defer_build=True)


def not_a_bool(value: Any) -> Any:
    # Python's True equals 1, so Literal[1] takes it; JSON's true is no integer (nor in the schema).
    if isinstance(value, bool):
        raise ValueError("schema_version is an integer, not true or false")
    return value


class Envelope(Model):
    """What every event carries, whatever its type."""

    id: EventId = Field(
        description="The event ID: ev- and the first 16 characters of the lowercase base32 SHA-256 "
        "of the RFC 8785 canonical JSON of the event without its id"
    )
    # Each kind narrows it to the versions it knows (EventKind.schema_version; kb.model.kind.kinds()).
    schema_version: int = Field(description="Version of this type's schema the event was written in")
    recorded_at: Timestamp = Field(description="When the event was appended to the knowledge base (UTC)")
    recorded_by: Line | None = Field(None, description="Who appended the event")


class Citation(Model):
    source: EventId = Field(description="ID of the source event")
    excerpt: Text = Field(description="The exact words of the source that support the claim")
