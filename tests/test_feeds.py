"""The feeds as a feed reader and a calendar read them: parsed with feedparser (which flags a
feed that breaks its standard as "bozo") and the icalendar library."""

from __future__ import annotations

import datetime
import sqlite3
from urllib.parse import urlsplit

import feedparser
import icalendar
import pytest
from test_datasette import datasette_for, get

from benchmarks.generate import generate
from kb.builder.build import build
from kb.builder.queries import CALENDAR_PAGE, FEED_PAGE
from kb.events import amend
from kb.events.append import Appender

EVENT = "/-/event/"


def atom(ds, path: str = "/kb/new_claims.atom"):
    response = get(ds, path)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/atom+xml; charset=utf-8"
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    return feed


def first_page(db) -> int:
    """How many entries the feed's first page holds: every claims row, FEED_PAGE at most."""
    with sqlite3.connect(db) as conn:
        return min(FEED_PAGE, conn.execute("SELECT count(*) FROM claims").fetchone()[0])


def calendar(ds) -> icalendar.Calendar:
    response = get(ds, "/kb/calendar.ics")
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(response.text)


def test_atom_entries_have_permalinks_an_author_and_their_dates(seed_db):
    feed = atom(datasette_for(seed_db))
    assert feed.feed.author == "Negotiation knowledge base"  # RFC 4287: a feed without one needs one per entry
    assert feed.feed.id == "http://localhost/kb/new_claims.atom"
    ids = [entry.id for entry in feed.entries]
    assert len(ids) == len(set(ids)) == first_page(seed_db)
    for entry in feed.entries:
        # An IRI of its own, the event page, not a bare event ID resolved against the feed's URL.
        assert entry.id.startswith(f"http://localhost{EVENT}ev-") and entry.link == entry.id
        assert entry.updated_parsed >= entry.published_parsed
    updated = [entry.updated for entry in feed.entries]
    assert updated == sorted(updated, reverse=True)


def test_permalinks_start_with_the_configured_site_address(seed_db, monkeypatch):
    monkeypatch.setenv("KB_BASE_URL", "https://negotiations.example.org/")
    ds = datasette_for(seed_db)
    feed = atom(ds)
    assert all(entry.id.startswith(f"https://negotiations.example.org{EVENT}ev-") for entry in feed.entries)
    for event in calendar(ds).walk("VEVENT"):
        assert str(event["UID"]).endswith("@negotiations.example.org")
        assert str(event["URL"]).startswith(f"https://negotiations.example.org{EVENT}ev-")


def test_a_retraction_and_a_correction_move_the_claim_up_with_a_new_updated(kb, small, clock):
    before = {entry.id.rpartition("/")[2]: entry for entry in atom(datasette_for(build(kb, now=clock).db)).entries}
    appender = Appender(kb, clock)
    [retraction] = appender.append([{"type": "retraction", "target": small.meeting, "reason": "It never happened"}])
    [correction] = appender.append([correction_of(kb, small.statement, "It was Thursday")])
    feed = atom(datasette_for(build(kb, now=clock).db))
    after = {entry.id.rpartition("/")[2]: entry for entry in feed.entries}
    newest = [entry.id.rpartition("/")[2] for entry in feed.entries[:3]]
    assert set(newest[:2]) == {small.statement, correction.stem}
    assert {feed.entries[n].id.rpartition("/")[2] for n in (2, 3)} == {small.meeting, retraction.stem}
    assert after[small.meeting].updated > before[small.meeting].updated
    assert after[small.meeting].published == before[small.meeting].published
    assert "Retracted by " + retraction.stem in after[small.meeting].summary
    # The retraction is an entry of its own: its event page, when it was recorded, what it retracts and why.
    entry = after[retraction.stem]
    assert entry.id.endswith(EVENT + retraction.stem) and entry.link == entry.id
    assert entry.updated == entry.published == after[small.meeting].updated
    assert entry.title.startswith("Retraction of ")
    assert entry.summary.endswith(f": It never happened. It retracts {small.meeting}.")
    # The corrected claim moves up, and its replacement is an entry of its own.
    assert after[small.statement].updated > before[small.statement].updated
    assert "Corrected by " + correction.stem in after[small.statement].summary
    assert "It corrects " + small.statement in after[correction.stem].summary
    assert after[small.data_point].updated == before[small.data_point].updated


def correction_of(kb, claim: str, reason: str) -> dict:
    target = kb.read(next(path for path in kb.paths() if path.stem == claim))
    return amend.correction(target, reason, {"occurred_at": "2025-04-17"})


def test_the_feed_pages_by_rel_next_and_gives_every_claim_once(tmp_path):
    big = generate(tmp_path / "big", 400, seed=2)
    db = build(big, now=lambda: "2025-05-01T00:00:00.000000Z").db
    ds = datasette_for(db)
    import sqlite3

    with sqlite3.connect(db) as conn:
        claims = {row[0] for row in conn.execute("SELECT id FROM claims")}
        claims |= {row[0] for row in conn.execute("SELECT id FROM corrections WHERE kind = 'retraction'")}
    assert len(claims) > 2 * FEED_PAGE
    seen: list[str] = []
    path: str | None = "/kb/new_claims.atom"
    while path:
        feed = atom(ds, path)
        assert len(feed.entries) <= FEED_PAGE
        seen += [entry.id.rpartition("/")[2] for entry in feed.entries]
        following = [link.href for link in feed.feed.links if link.rel == "next"]
        path = urlsplit(following[0])._replace(scheme="", netloc="").geturl() if following else None
    assert len(seen) == len(set(seen)) and set(seen) == claims


def test_calendar_events_are_valid_all_day_with_place_link_and_stamp(kb, small, clock):
    Appender(kb, clock).append(
        [
            {
                "type": "meeting",
                "negotiation": "talks",
                "occurred_at": "2025-04-17T10:00:00-04:00",
                "place": "Treasury, Washington",
                "duration": "PT50M",
                "participants": [{"entity": "akazawa", "side": "japan"}],
                "summary": "Akazawa met Bessent",
                "citations": [{"source": small.source, "excerpt": "Akazawa met U.S. President Donald Trump"}],
                "note": "a made-up second meeting, with its time",
            }
        ]
    )
    cal = calendar(datasette_for(build(kb, now=clock).db))
    events = {str(event["UID"]).partition("@")[0]: event for event in cal.walk("VEVENT")}
    assert len(events) == 2
    day = events[small.meeting]
    assert str(day["UID"]) == f"{small.meeting}@localhost"
    # Only the day is known: an all-day date, which no time zone moves to the day before.
    assert day["DTSTART"].dt == datetime.date(2025, 4, 16) and day["DTSTART"].params.get("VALUE") == "DATE"
    assert day["LOCATION"] == "Washington"
    assert str(day["URL"]) == f"http://localhost{EVENT}{small.meeting}"
    assert isinstance(day["DTSTAMP"].dt, datetime.datetime) and day["DTSTAMP"].dt.tzinfo is not None
    timed = next(event for uid, event in events.items() if uid != small.meeting)
    assert timed["DTSTART"].dt == datetime.datetime(2025, 4, 17, 14, 0, tzinfo=datetime.UTC)
    assert timed["DURATION"].dt == datetime.timedelta(minutes=50)
    assert timed["LOCATION"] == "Treasury, Washington"
    for event in cal.walk("VEVENT"):
        for required in ("UID", "DTSTAMP", "DTSTART", "SUMMARY"):
            assert required in event, required


@pytest.mark.parametrize("before", ["", "zzzz", "'; drop table claims; --", "\u202e" * 500])
def test_any_cursor_gives_a_valid_feed(seed_db, before):
    from urllib.parse import quote

    ds = datasette_for(seed_db)
    feed = atom(ds, f"/kb/new_claims.atom?before={quote(before)}")
    assert len(feed.entries) == (0 if before.startswith("'") else first_page(seed_db))
    every = len(calendar(ds).walk("VEVENT"))
    response = get(ds, f"/kb/calendar.ics?before={quote(before)}")
    assert response.status_code == 200 and response.headers["content-type"] == "text/calendar; charset=utf-8"
    events = icalendar.Calendar.from_ical(response.text).walk("VEVENT")
    assert len(events) == (0 if before.startswith("'") else every)


def test_the_calendar_holds_the_latest_entries_and_links_the_earlier_ones(tmp_path):
    """A calendar client is given the CALENDAR_PAGE latest meetings and expected dates (every one to
    come, then the most recent), and the calendar says where the earlier ones are: following it
    gives every entry once."""
    big = generate(tmp_path / "big", 4500, seed=3)
    db = build(big, now=lambda: "2025-05-01T00:00:00.000000Z").db
    with sqlite3.connect(db) as conn:
        every = {
            row[0]
            for row in conn.execute(
                """SELECT c.id FROM claims c JOIN meetings m ON m.id = c.id
                   WHERE c.status = 'active' AND length(c.occurred_at) >= 10
                   UNION ALL SELECT x.id FROM expectations x JOIN claims c ON c.id = x.id
                   WHERE c.status = 'active' AND length(x.by_when) >= 10"""
            )
        }
    assert len(every) > CALENDAR_PAGE
    ds = datasette_for(db)
    pages, path = [], "/kb/calendar.ics"
    while path:
        response = get(ds, path)
        assert response.status_code == 200, response.text
        cal = icalendar.Calendar.from_ical(response.text)
        events = cal.walk("VEVENT")
        assert 0 < len(events) <= CALENDAR_PAGE
        pages.append([(str(event["DTSTART"].to_ical(), "ascii"), str(event["UID"])) for event in events])
        earlier = str(cal.get("X-WR-CALDESC", ""))
        assert ("the earlier: http://localhost/kb/calendar.ics?before=" in earlier) == (len(events) == CALENDAR_PAGE)
        path = urlsplit(earlier.rpartition(" ")[2])._replace(scheme="", netloc="").geturl() if earlier else None
    assert len(pages) == 2
    assert min(pages[0]) > max(pages[1])  # the first page is the latest
    seen = [uid.partition("@")[0] for page in pages for _, uid in page]
    assert len(seen) == len(set(seen)) and set(seen) == every
    # Any day: the entries before it.
    day = sorted(pages[0])[len(pages[0]) // 2][0][:8]
    before = icalendar.Calendar.from_ical(get(ds, f"/kb/calendar.ics?before={day[:4]}-{day[4:6]}-{day[6:]}").text)
    assert all(event["DTSTART"].to_ical().decode()[:8] < day for event in before.walk("VEVENT"))
