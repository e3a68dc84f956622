"""kb add reads only the recorded claims whose repeat key is the new claim's (kb.events.catalog), so
the key must be shared by every pair of claims that kb.model.repeats.repeats finds."""

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kb.errors import InvalidEvent
from kb.events.append import Appender
from kb.events.store import KnowledgeBase
from kb.model.repeats import repeat_key, repeats

few = st.sampled_from
date = few(["2025-04", "2025-04-24", "2025-04-25", "2025-04-24T10:00:00Z"])
participants = st.lists(st.fixed_dictionaries({"entity": few(["akazawa", "bessent", "lutnick"])}), max_size=3)
bodies = st.one_of(
    st.fixed_dictionaries(
        {"type": st.just("meeting"), "negotiation": few(["t", "u"]), "occurred_at": date, "participants": participants}
    ),
    st.fixed_dictionaries(
        {
            "type": st.just("data_point"),
            "negotiation": few(["t", "u"]),
            "metric": few(["tariff", "investment"]),
            "value": few([15, 25, 550000000000]),
            "unit": few(["percent", "USD"]),
        },
        optional={"subject": few(["japan"]), "source_error": few(["misprint"])},
    ),
    st.fixed_dictionaries(
        {
            "type": st.just("statement"),
            "negotiation": few(["t", "u"]),
            "text": few(["We will not cut rice", "we will  not cut rice", "We will cut rice"]),
        },
        optional={"speaker": few(["akazawa", "bessent"]), "occurred_at": date, "reported_at": date},
    ),
)


@settings(max_examples=400, deadline=None)
@given(bodies, bodies)
def test_two_claims_that_repeat_share_their_repeat_key(a, b):
    if "occurred_at" not in a and "reported_at" not in a and a["type"] == "statement":
        a["reported_at"] = "2025-04"
    if "occurred_at" not in b and "reported_at" not in b and b["type"] == "statement":
        b["reported_at"] = "2025-04"
    if repeats(a, b):
        assert repeat_key(a) is not None and repeat_key(a) == repeat_key(b)


def test_kb_add_reads_only_the_claims_that_may_be_repeated(kb: KnowledgeBase, small, clock, monkeypatch):
    """With statements recorded on other days, a new one reads none of them: the catalog's
    repeat key picks the candidates. One on the same day by the same speaker is still refused."""
    read: list[str] = []
    original = Appender._event

    def counting(self, event_id, batch):
        read.append(event_id)
        return original(self, event_id, batch)

    monkeypatch.setattr(Appender, "_event", counting)
    base = {"type": "statement", "speaker": "ryosei-akazawa", "attribution": "paraphrase", "negotiation": "talks"}
    cited = {"citations": [{"source": small.source, "excerpt": "Japan's chief negotiator Ryosei Akazawa"}]}
    for day in range(1, 21):
        appender = Appender(kb, clock)
        appender.append([{**base, **cited, "text": f"Point number {day} of many", "occurred_at": f"2025-03-{day:02d}"}])
    statements = {path.stem for path in kb.events_dir.rglob("*.json") if '"statement"' in path.read_text()}
    read.clear()
    appender = Appender(kb, clock)
    appender.append([{**base, **cited, "text": "Another point altogether", "occurred_at": "2025-05-01"}])
    assert not statements & set(read)
    appender = Appender(kb, clock)
    with pytest.raises(InvalidEvent, match="this statement repeats"):
        appender.append([{**base, **cited, "text": "Point number 7 of many!", "occurred_at": "2025-03-07"}])


@pytest.mark.parametrize(
    "junk",
    [
        {"type": "meeting", "participants": 5, "negotiation": "talks"},
        {"type": "meeting", "participants": [1, "x", None], "negotiation": ["talks"]},
        {"type": "statement", "negotiation": "talks"},  # neither occurred_at nor reported_at
        {"type": "data_point", "metric": {"a": [[[[1]]]]}, "value": None},
        {"type": "statement", "speaker": {"deep": [[[[[[[[[["x"]]]]]]]]]]}, "occurred_at": 20250101},
    ],
)
def test_a_hostile_claim_file_in_events_does_not_break_kb_add(runner, kb, small, junk):
    """The catalog learns every new file, valid or not (kb verify names the bad ones): a file whose
    fields have the wrong shapes gives no repeat key, and kb add goes on."""
    from kb.cli import cli

    folder = kb.events_dir / "zz"
    folder.mkdir(exist_ok=True)
    (folder / "ev-zzzzzzzzzzzzzzzz.json").write_text(json.dumps({**junk, "id": "ev-zzzzzzzzzzzzzzzz"}))
    result = runner.invoke(
        cli,
        ["add", "meeting", "--negotiation", "talks", "--occurred-at", "2025-05-02", "--participant", "akazawa"]
        + ["--summary", "Akazawa met", "--citation", f"{small.source}:Akazawa met U.S. President Donald Trump"],
    )
    assert result.exit_code == 0, result.output
    assert result.output.startswith("ev-")
