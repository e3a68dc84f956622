"""The caching reverse proxy `kb package` ships (nginx.conf, kb.serve.proxy): Debian's nginx
checks the packaged configuration, then runs it in front of a real `kb serve`: the first reader
of a page makes it, the next gets the proxy's copy, the same bytes."""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import urllib.request
from pathlib import Path

import pytest
from conftest import copy_seed
from test_publish_package import site  # noqa: F401 - the packaged folder

from kb.serve.proxy import build_key, nginx_config
from kb.serve.runner import Served

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_the_packaged_configuration_is_one_nginx_runs(site, tmp_path):  # noqa: F811
    folder = tmp_path / "proxy"
    shutil.copytree(site, folder)
    (folder / "tmp").mkdir()
    config = (folder / "nginx.conf").read_text()
    assert f'proxy_cache_key "{build_key(site / "kb.db")} ' in config
    argv = [NGINX, "-t", "-p", str(folder), "-e", "stderr", "-c", "nginx.conf"]
    checked = subprocess.run(argv, capture_output=True, text=True, timeout=60)
    assert checked.returncode == 0, checked.stderr


@pytest.fixture
def proxied(tmp_path):
    root = copy_seed(tmp_path / "seed").root
    served = Served(root, timeout=120)
    served.cwd = root  # not tmp_path, whose kb/ folder would stand for the kb package
    with served as server, tempfile.TemporaryDirectory() as scratch:
        # Run as root, nginx's workers run as nobody: their folder must be theirs to write.
        folder = Path(scratch) / "proxy"
        (folder / "tmp").mkdir(parents=True)
        for path in (Path(scratch), folder, folder / "tmp"):
            path.chmod(0o777)
        port = free_port()
        upstream = server.base.removeprefix("http://")
        (folder / "nginx.conf").write_text(
            nginx_config("test-build", [upstream], listen=f"127.0.0.1:{port}", daemon=True, workers="1")
        )
        # With daemon on, nginx returns once it listens: no waiting for a port.
        # No pipe: the daemon keeps its parent's descriptors open.
        argv = [NGINX, "-p", str(folder), "-e", "error.log", "-c", "nginx.conf"]
        subprocess.run(argv, check=True, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            yield server.base, f"http://127.0.0.1:{port}"
        finally:
            os.kill(int((folder / "nginx.pid").read_text()), signal.SIGQUIT)


def get(url: str) -> tuple[str | None, str | None, bytes]:
    with urllib.request.urlopen(url, timeout=60) as response:
        return response.headers.get("X-Proxy-Cache"), response.headers.get("Content-Security-Policy"), response.read()


def test_a_page_is_made_once_behind_the_proxy(proxied):
    site_url, proxy_url = proxied
    first = get(proxy_url + "/kb/claims?_search=progress")
    second = get(proxy_url + "/kb/claims?_search=progress")
    assert (first[0], second[0]) == ("MISS", "HIT")
    assert second[2] == first[2] and b"specific progress" in first[2]
    assert second[1] and second[1].startswith("default-src 'self'")  # the site's headers, kept with the page
    direct = get(site_url + "/kb/claims?_search=progress")
    # The site's page (made again: its query time differs), with as many rows.
    rows = re.search(rb"\d+ rows? where search matches", direct[2])
    assert rows and rows.group(0) in first[2]
    assert get(proxy_url + "/kb/claims?_search=specific")[0] == "MISS"  # another page
