"""Datasette's ASGI app of a knowledge base, for a multi-process server (``kb serve --workers N``).

``kb serve`` sets the environment and runs Gunicorn with Uvicorn workers, each calling this
factory, as one would run it by hand::

    KB_SERVE_DB=kb.db KB_SERVE_INSPECT=kb.inspect.json KB_SERVE_METADATA=metadata.json \\
        gunicorn 'kb.serve.asgi:app()' --worker-class uvicorn_worker.UvicornWorker --workers 2

Each worker serves the same immutable database with the same settings as ``datasette serve``
in ``kb serve`` (kb.serve.runner.SETTINGS); the plugin's startup runs on each worker's first request.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from kb.errors import KbError

VARIABLES = ("KB_SERVE_DB", "KB_SERVE_INSPECT", "KB_SERVE_METADATA")


def app() -> Any:
    """The ASGI app: Datasette on the database, inspect file and metadata the environment names."""
    from datasette.app import Datasette

    from kb.serve.runner import SETTINGS, configuration_kwargs

    missing = [name for name in VARIABLES if not os.environ.get(name)]
    if missing:
        raise KbError(f"{', '.join(missing)} not set — run `kb serve --workers N`, which sets them")
    db, inspect_file, metadata = (Path(os.environ[name]) for name in VARIABLES)
    datasette = Datasette(
        immutables=[str(db)],
        inspect_data=json.loads(inspect_file.read_text(encoding="utf-8")),
        metadata=json.loads(metadata.read_text(encoding="utf-8")),
        settings=dict(SETTINGS),
        **configuration_kwargs(metadata.parent),
    )
    return datasette.app()
