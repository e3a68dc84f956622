"""The published site's address, which permalinks to event pages start with (citations, feeds):
given to kb cite, kb bib and kb serve by --base-url or this environment variable, which kb serve
sets for its server (kb.publish.site reads it there)."""

BASE_URL_VARIABLE = "KB_BASE_URL"
