"""The ``topic`` facet of claims and its ``_topic=`` filter, counted from the indexed ``topics``
table (one row per claim and topic), which stay fast at a million claims where a facet over
a JSON array would not."""

from __future__ import annotations

from typing import Any

from datasette.database import QueryInterrupted
from datasette.facets import Facet
from datasette.filters import FilterArguments
from datasette.utils import path_with_added_args, path_with_removed_args

from kb.builder.metadata import DATABASE
from kb.publish import facets
from kb.publish.claim_codes import TOPICS, top


class TopicFacet(Facet):  # type: ignore[misc]
    """Facet claims by topic, counted from the topics table (one indexed row per claim and
    topic): an unfiltered count reads only the topics index, and a filtered one joins the
    filtered claims to it. Selecting a topic adds ``_topic=``."""

    type = "topic"

    async def suggest(self) -> list[Any]:
        return []

    async def facet_results(self) -> tuple[list[dict[str, Any]], list[str]]:
        results: list[dict[str, Any]] = []
        timed_out: list[str] = []
        if self.table != "claims" or self.database != DATABASE:
            return results, timed_out
        qs_pairs = self.get_querystring_pairs()
        size = self.get_facet_size()
        unfiltered = not self.params and " where " not in self.sql.lower()
        for source_and_config in self.get_configs():
            config = source_and_config["config"]
            column = config.get("column") or config["simple"]
            if unfiltered:
                sql = (
                    "select topic as value, count(*) as count from topics "
                    f"group by topic order by count desc, value limit {size + 1}"
                )
            else:
                sql = (
                    f"select t.topic as value, count(*) as count from ({self.sql}) c join topics t on t.claim = c.id "
                    f"group by t.topic order by count desc, value limit {size + 1}"
                )
            try:
                rows = await self.rows(sql, size)
            except QueryInterrupted:
                timed_out.append(column)
                continue
            values = []
            for row in rows[:size]:
                selected = ("_topic", row["value"]) in qs_pairs
                change = path_with_removed_args if selected else path_with_added_args
                toggle = change(self.request, {"_topic": row["value"]})
                values.append(
                    {
                        "value": row["value"],
                        "label": row["value"],
                        "count": row["count"],
                        "toggle_url": self.ds.absolute_url(self.request, self.ds.urls.path(toggle)),
                        "selected": selected,
                    }
                )
            results.append(
                {
                    "name": column,
                    "type": self.type,
                    "hideable": source_and_config["source"] != "metadata",
                    "toggle_url": self.ds.urls.path(path_with_removed_args(self.request, {"_facet_topic": column})),
                    "results": values,
                    "truncated": len(rows) > size,
                }
            )
        return results, timed_out

    async def rows(self, sql: str, size: int) -> list[Any]:
        """The topics with their counts, counted with the other facets of claims in one pass if
        the plugin holds the claims' codes (kb.publish.facets), else by ``sql``."""
        counted = await facets.counts_for(self, TOPICS)
        if counted is not None:
            return [{"value": value, "count": count} for value, count in top(counted, size)]
        custom_time_limit = self.ds.setting("facet_time_limit_ms")
        return list(await self.ds.execute(self.database, sql, self.params, custom_time_limit=custom_time_limit))


def filters_from_request(request: Any, database: str, table: str, datasette: Any) -> FilterArguments | None:
    """``?_topic=autos`` (repeatable): claims tagged with that topic, through the topics index."""
    if database != DATABASE or table != "claims":
        return None
    topics = request.args.getlist("_topic")
    if not topics:
        return None
    clauses, params, words = [], {}, []
    for n, topic in enumerate(topics):
        clauses.append(f"id in (select claim from topics where topic = :kb_topic_{n})")
        params[f"kb_topic_{n}"] = topic
        words.append(f'topic is "{topic}"')
    return FilterArguments(clauses, params=params, human_descriptions=words)
