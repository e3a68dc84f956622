"""The published site's own address, which permalinks (an Atom entry's id, a calendar event's
URL and UID, a citation's URL) start with: ``KB_BASE_URL`` in the server's environment when the
publisher sets it (``kb serve --base-url`` sets it; ``docker run -e KB_BASE_URL=…`` for the
folder of ``kb package``), so that they stay whatever host a reader reaches the site by; else
the address the request came to."""

from __future__ import annotations

import os
from typing import Any

from kb.model.site import BASE_URL_VARIABLE


def site_url(datasette: Any, request: Any) -> str:
    """The site's address without a final slash: https://negotiations.example.org."""
    configured = os.environ.get(BASE_URL_VARIABLE, "").strip()
    if configured:
        return configured.rstrip("/")
    return datasette.absolute_url(request, "/").rstrip("/")
