"""A caching reverse proxy in front of the published site: nginx (Debian's nginx-light will
do), which keeps every answer of status 200 for as long as the build is served, so that a page
costs the site once, whichever proxy worker and whichever replica made it.

The cache key starts with the build's digest (``_meta.ids_digest`` and the builder's version):
a proxy whose cache folder outlives a package never answers with an older build's pages. The
site's own ``Cache-Control`` (Datasette's few seconds, for browsers) is passed on to browsers
but not obeyed by the proxy: the database under it never changes. ``kb package`` writes the
configuration as ``nginx.conf``; paths in it are relative to the folder nginx runs in
(``nginx -p FOLDER -c nginx.conf``).
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

PROXY_PORT = 8080


def build_key(db: Path) -> str:
    """What names a build: its events' digest and the builder that projected them."""
    with contextlib.closing(sqlite3.connect(f"file:{db}?immutable=1", uri=True)) as conn:
        meta = dict(conn.execute("SELECT key, value FROM _meta WHERE key IN ('ids_digest', 'builder_version')"))
    return f"{meta.get('builder_version', '')[:12]}-{meta.get('ids_digest', '')[:16]}"


def nginx_config(
    build: str,
    upstreams: list[str],
    *,
    listen: str = f"0.0.0.0:{PROXY_PORT}",
    daemon: bool = False,
    workers: str = "auto",
) -> str:
    """nginx.conf: listen on ``listen``, answer from the cache or from the ``upstreams``
    (host:port of each replica, round robin). In the foreground (as a container runs it) it
    logs to standard error; as a daemon (``daemon``: nginx returns once it listens), to error.log."""
    servers = "".join(f"        server {upstream};\n" for upstream in upstreams)
    return f"""# A caching reverse proxy for this knowledge base's site (made by kb package): every page is
# made once for this build, then answered from the cache. Run it in this folder:
#   nginx -p "$PWD" -c nginx.conf
daemon {"on" if daemon else "off"};
worker_processes {workers};
pid nginx.pid;
error_log {"error.log" if daemon else "stderr"} warn;
events {{
    worker_connections 1024;
}}
http {{
    access_log off;
    client_body_temp_path tmp/client;
    proxy_temp_path tmp/proxy;
    fastcgi_temp_path tmp/fastcgi;
    uwsgi_temp_path tmp/uwsgi;
    scgi_temp_path tmp/scgi;
    proxy_cache_path cache levels=1:2 keys_zone=kb:16m max_size=2g inactive=30d use_temp_path=off;
    upstream kb_site {{
{servers}        keepalive 32;
    }}
    server {{
        listen {listen};
        location / {{
            proxy_pass http://kb_site;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host $http_host;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_cache kb;
            proxy_cache_key "{build} $scheme $http_host $request_method $request_uri";
            proxy_cache_methods GET HEAD;
            proxy_cache_valid 200 30d;
            proxy_ignore_headers Cache-Control Expires;
            proxy_cache_lock on;
            proxy_cache_lock_timeout 30s;
            proxy_cache_use_stale error timeout updating http_502 http_503 http_504;
            add_header X-Proxy-Cache $upstream_cache_status always;
        }}
    }}
}}
"""
