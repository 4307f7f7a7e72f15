"""The engine makes no network connection: sockets are blocked while the samples are screened."""

from __future__ import annotations

import socket

import hostile_files as H
import pytest
from conftest import SAMPLES

SUFFIXES = (".pdf", ".docx", ".txt")


@pytest.fixture
def no_network(monkeypatch):
    attempts: list[object] = []

    def refuse(self, address, *args, **kwargs):
        attempts.append(address)
        raise OSError(f"network blocked in tests: {address!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: refuse(None, a))
    monkeypatch.setattr(socket, "getaddrinfo", lambda *a, **k: refuse(None, a))
    return attempts


def _files() -> list[tuple[str, bytes]]:
    files = [(p.name, p.read_bytes()) for p in sorted(SAMPLES.glob("*")) if p.suffix in SUFFIXES]
    return files or [H.good_cv(i) for i in range(6)]


def test_screen_in_process_makes_no_connection(no_network):
    from matcher.pipeline import build_pipeline

    pipeline = build_pipeline()  # profiles and the spaCy matcher built with sockets blocked
    results = [pipeline.screen_bytes(data, file=name) for name, data in _files()]
    assert {r.status for r in results} <= {"ok", "no_text"}
    assert any(r.status == "ok" for r in results)
    assert no_network == []


def test_blocked_socket_really_refuses(no_network):
    with pytest.raises(OSError):
        socket.create_connection(("192.0.2.1", 80), timeout=1)
    assert len(no_network) == 1
