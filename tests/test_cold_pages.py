"""A page asked for first after a build costs no more than its reads: what does not depend on the
data is done when a worker starts (its templates compiled), and what does is found by the build
(the figures that disagree, kb.kinds.data_point). Their speed is measured by benchmarks/pages.py."""

from __future__ import annotations

import asyncio
import sqlite3

from test_datasette import datasette_for

from kb.publish import views
from kb.publish.routes import PAGES


def compiled(ds) -> set[str]:
    return {key[1] for key, _ in ds.jinja_env.cache.items()}


def test_a_worker_compiles_every_template_before_its_first_request(seed_db):
    ds = datasette_for(seed_db)
    asyncio.run(ds.invoke_startup())
    at_start = compiled(ds)
    assert {page.template for page in PAGES if page.template} <= at_start
    with sqlite3.connect(seed_db) as conn:
        [[claim]] = conn.execute("SELECT id FROM claims ORDER BY id LIMIT 1")
        [[negotiation]] = conn.execute("SELECT negotiation FROM claims LIMIT 1")
    paths = ["/", "/kb", "/kb/claims", "/kb/current_claims", "/kb/conflicts", f"/kb/claims/{claim}",
             f"/-/event/{claim}", f"/-/negotiation/{negotiation}", "/-/timelines", "/kb/search?q=tariff",
             "/kb/no-such-table"]  # fmt: skip
    for path in paths:
        response = asyncio.run(ds.client.get(path))
        assert response.status_code == (404 if "no-such" in path else 200), path
    assert compiled(ds) == at_start  # nothing compiled during a request


def test_templates_are_compiled_once_per_process(seed_db):
    first, second = datasette_for(seed_db), datasette_for(seed_db)
    asyncio.run(first.invoke_startup())
    codes = dict(views.COMPILED.code)
    assert codes
    asyncio.run(second.invoke_startup())
    assert views.COMPILED.code == codes  # the second Datasette reused the code of the first
    assert compiled(second) == compiled(first)


def test_claim_history_reads_the_claims_in_its_order_and_the_links_before_their_events(seed_db):
    """The page of claim_history, and its count, read the claims through the index of their IDs
    (declared NOT NULL: each appears once) instead of sorting them all, and the links first (not
    every event looked up in links)."""
    with sqlite3.connect(seed_db) as conn:
        [[not_null]] = conn.execute("SELECT [notnull] FROM pragma_table_info('claims') WHERE name = 'id'")
        plan = list(conn.execute("EXPLAIN QUERY PLAN SELECT * FROM claim_history LIMIT 101"))
    assert not_null == 1
    [claims] = [step for step in plan if step[3].startswith("SCAN claims USING INDEX")]
    assert not [step for step in plan if step[1] == claims[1] and "TEMP B-TREE" in step[3]]
    [links] = [step for step in plan if step[3].startswith("SCAN l ")]
    [events] = [step for step in plan if step[1] == links[1] and step[3].startswith("SEARCH e USING")]
    assert plan.index(links) < plan.index(events)
