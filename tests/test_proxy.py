"""The compose proxy (deploy/nginx.conf, Debian's nginx) in front of gunicorn: slow clients hold no worker.

Without it, two clients that send half a request each froze both gunicorn workers (sync
workers read the request themselves). Here nginx and gunicorn run on loopback ports, with
the shipped site config and only the upstream and listen addresses swapped.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time

import pytest
import requests
import yaml

from tests.workers import ROOT, free_port, wait_for

SITE = ROOT / "deploy" / "nginx.conf"


def nginx_binary() -> str:
    found = shutil.which("nginx") or ("/usr/sbin/nginx" if os.path.exists("/usr/sbin/nginx") else None)
    if found is None:
        pytest.fail("Debian's nginx is not installed (apt-get install nginx; bin/test does it)")
    return found


@pytest.fixture
def gunicorn(tmp_path):
    port = free_port()
    env = {**os.environ, "DEBUG": "1"}
    log = open(tmp_path / "gunicorn.log", "ab")
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "config.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "2",
         "--timeout", "60", "--preload"], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    wait_for(lambda: answers(url), 60, "gunicorn to answer")
    yield port
    process.terminate()
    process.wait(30)
    log.close()


@pytest.fixture
def nginx(tmp_path, gunicorn):
    port = free_port()
    site = SITE.read_text().replace("server web:8000;", f"server 127.0.0.1:{gunicorn};").replace(
        "listen 80;", f"listen 127.0.0.1:{port};")
    (tmp_path / "site.conf").write_text(site)
    temp = tmp_path / "nginx-temp"
    temp.mkdir()
    (tmp_path / "nginx.conf").write_text(f"""
        {"user root;" if os.geteuid() == 0 else ""}
        daemon off; worker_processes 1; pid {tmp_path}/nginx.pid; error_log {tmp_path}/nginx-error.log;
        events {{ worker_connections 64; }}
        http {{
            access_log off;
            client_body_temp_path {temp}/body; proxy_temp_path {temp}/proxy; fastcgi_temp_path {temp}/fastcgi;
            uwsgi_temp_path {temp}/uwsgi; scgi_temp_path {temp}/scgi;
            include {tmp_path}/site.conf;
        }}""")
    process = subprocess.Popen([nginx_binary(), "-c", str(tmp_path / "nginx.conf"), "-p", str(tmp_path)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    wait_for(lambda: answers(url) or process.poll() is not None, 30, "nginx to answer")
    assert process.poll() is None, (tmp_path / "nginx-error.log").read_text()
    yield port
    process.terminate()
    process.wait(10)


def answers(url: str, timeout: float = 2) -> bool:
    try:
        return requests.get(url + "/accounts/login/", timeout=timeout).status_code == 200
    except requests.RequestException:
        return False


def half_sent(port: int, body: bool) -> socket.socket:
    """A client that starts a request and stops: headers cut short, or a body that never finishes."""
    sock = socket.create_connection(("127.0.0.1", port))
    if body:
        # With a CSRF cookie, so the CSRF check waits for the body instead of refusing at once.
        sock.sendall(b"POST /accounts/login/ HTTP/1.1\r\nHost: localhost\r\nCookie: csrftoken=" + b"a" * 32 +
                     b"\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 100000\r\n\r\n"
                     b"username=a")
    else:
        sock.sendall(b"GET /accounts/login/ HTTP/1.1\r\nHost: local")
    return sock


def status_of(port: int, head: bytes) -> int:
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(head)
        return int(sock.recv(64).split()[1])


def test_slow_clients_do_not_hold_the_workers(nginx):
    slow = [half_sent(nginx, body=False), half_sent(nginx, body=True), half_sent(nginx, body=True)]
    try:
        started = time.monotonic()
        assert answers(f"http://127.0.0.1:{nginx}", timeout=10)
        assert time.monotonic() - started < 5
    finally:
        for sock in slow:
            sock.close()


def test_a_body_over_the_limit_is_refused_before_it_is_sent(nginx, settings):
    too_big = settings.MAX_REQUEST_BYTES + 10 * 1024 * 1024
    head = (f"POST /articles/upload/ HTTP/1.1\r\nHost: localhost\r\nContent-Type: multipart/form-data; "
            f"boundary=x\r\nContent-Length: {too_big}\r\n\r\n").encode()
    assert status_of(nginx, head) == 413


def test_the_proxy_allows_what_the_app_allows():
    # nginx's body limit sits at settings.MAX_REQUEST_BYTES, so the app's own message shows below it.
    from django.conf import settings

    assert "client_max_body_size 60m;" in SITE.read_text()
    assert settings.MAX_REQUEST_BYTES == 60 * 1024 * 1024


def test_compose_publishes_only_the_proxy():
    services = yaml.safe_load((ROOT / "docker-compose.yml").read_text())["services"]
    published = {name for name, service in services.items() if service.get("ports")}
    assert published == {"proxy"}
    assert "./deploy/nginx.conf:/etc/nginx/conf.d/default.conf:ro" in services["proxy"]["volumes"]
    assert services["web"]["environment"]["PROXY_COUNT"] == "1"
