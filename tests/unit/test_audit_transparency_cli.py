"""`imprimatur audit checkpoint|verify --checkpoint|export --bundle|verify-bundle|erase|witness`
on a real SQLite store, as an operator and an outside auditor would run them."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest

from governance.audit import AuditStore, open_store
from governance.audit.note import Signer
from imprimatur_cli.main import main

try:
    from audit_contract import make_record
except ImportError:  # pragma: no cover
    from tests.unit.audit_contract import make_record

pytestmark = pytest.mark.unit


@pytest.fixture
def log_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Signer:
    signer = Signer.generate("cli.test.example/audit")
    monkeypatch.setenv("IMPRIMATUR_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("IMPRIMATUR_AUDIT_LOG_KEY", signer.skey)
    return signer


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "audit.db"


@pytest.fixture
def store(db: Path) -> Iterator[AuditStore]:
    with open_store(f"sqlite:///{db}") as store:
        yield store


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(["audit", *argv])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def save_checkpoint(capsys, db: Path, path: Path) -> str:
    code, out = run(capsys, "checkpoint", "--store", f"sqlite:///{db}")
    assert code == 0
    path.write_text(out, encoding="utf-8")
    return out


def rewrite(db: Path, keep: int) -> None:
    """Someone with the database file: cut the log back to `keep` records, fix up everything."""
    from governance.audit import tlog
    from governance.audit.tree import encode_frontier

    conn = sqlite3.connect(db)
    last_hash = conn.execute("SELECT hash FROM audit_records WHERE seq = ?", (keep,)).fetchone()
    nodes = [tlog.stored_index(level, i) for level, i in tlog.frontier_nodes(keep)]
    frontier = [
        conn.execute("SELECT hash FROM audit_tree WHERE idx = ?", (i,)).fetchone()[0] for i in nodes
    ]
    conn.execute("DELETE FROM audit_records WHERE seq > ?", (keep,))
    conn.execute("DELETE FROM audit_tree WHERE idx >= ?", (tlog.stored_count(keep),))
    conn.execute(
        "UPDATE audit_chain_head SET last_seq = ?, last_hash = ?, tree_size = ?, frontier = ?",
        (keep, last_hash[0], keep, encode_frontier(frontier)),
    )
    conn.commit()
    conn.close()


def test_checkpoint_then_verify_ok_then_truncated_and_regrown(capsys, log_key, store, db, tmp_path):
    url = f"sqlite:///{db}"
    store.append_many([make_record() for _ in range(8)])
    note = save_checkpoint(capsys, db, tmp_path / "cp.txt")
    assert (
        note.startswith("cli.test.example/audit\n8\n") and "\u2014 cli.test.example/audit" in note
    )
    store.append_many([make_record() for _ in range(3)])
    code, out = run(capsys, "verify", "--store", url, "--checkpoint", str(tmp_path / "cp.txt"))
    assert code == 0 and "extends the checkpoint" in out
    rewrite(db, keep=5)
    with open_store(url) as again:
        again.append_many([make_record() for _ in range(9)])
    code, out = run(capsys, "verify", "--store", url, "--checkpoint", str(tmp_path / "cp.txt"))
    assert code == 1 and "TRUNCATION" in out and "chain and Merkle tree intact" in out


def test_verify_names_a_bad_signature(capsys, log_key, store, db, tmp_path):
    store.append_many([make_record() for _ in range(3)])
    save_checkpoint(capsys, db, tmp_path / "cp.txt")
    stranger = Signer.generate(log_key.name)
    argv = ["verify", "--store", f"sqlite:///{db}", "--checkpoint", str(tmp_path / "cp.txt")]
    code, out = run(capsys, *argv, "--vkey", stranger.verifier.vkey)
    assert code == 1 and "BAD SIGNATURE" in out
    (tmp_path / "vkey").write_text(log_key.verifier.vkey + "\n")
    assert run(capsys, *argv, "--vkey", str(tmp_path / "vkey"))[0] == 0


def test_bundle_round_trip_and_tampering(capsys, log_key, store, db, tmp_path):
    url = f"sqlite:///{db}"
    store.append_many([make_record(tenant="a" if i % 2 else "b") for i in range(6)])
    save_checkpoint(capsys, db, tmp_path / "old.txt")
    store.append_many([make_record(tenant="a") for _ in range(2)])
    bundle = tmp_path / "bundle.json"
    argv = ["export", "--store", url, "--tenant", "a", "--bundle", str(bundle)]
    code, out = run(capsys, *argv, "--earlier", str(tmp_path / "old.txt"))
    assert code == 0 and "5 records, 1 earlier" in out
    vkey = log_key.verifier.vkey
    code, out = run(capsys, "verify-bundle", str(bundle), "--vkey", vkey)
    assert code == 0 and "ok: 5 records and 1 earlier checkpoints verify" in out
    data = json.loads(bundle.read_text())
    data["records"][0]["record"]["tenant"] = "b"
    bundle.write_text(json.dumps(data))
    code, out = run(capsys, "verify-bundle", str(bundle), "--vkey", vkey)
    assert code == 1 and "FAILED" in out


def test_erase_keeps_the_log_verifiable(capsys, log_key, store, db, tmp_path):
    url = f"sqlite:///{db}"
    t0 = datetime(2025, 1, 1, tzinfo=UTC)
    store.append_many(
        [make_record(tenant="acme", created=t0 + timedelta(days=i)) for i in range(4)]
    )
    save_checkpoint(capsys, db, tmp_path / "cp.txt")
    code, out = run(capsys, "erase", "--store", url, "--tenant", "acme", "--before", "2025-01-03")
    assert code == 0 and "erased the prompts of 2 records" in out
    assert [r.prompt is None for r in store.list(tenant="acme")] == [True, True, False, False, True]
    code, out = run(capsys, "verify", "--store", url, "--checkpoint", str(tmp_path / "cp.txt"))
    assert code == 0, out


class _Collector(BaseHTTPRequestHandler):
    received: list[str] = []

    def do_POST(self) -> None:  # noqa: N802 - http.server's name
        length = int(self.headers["Content-Length"])
        type(self).received.append(self.rfile.read(length).decode("utf-8"))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


def test_witness_push_to_folder_and_url_then_check(capsys, log_key, store, db, tmp_path):
    url = f"sqlite:///{db}"
    server = HTTPServer(("127.0.0.1", 0), _Collector)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        target = f"http://127.0.0.1:{server.server_port}/checkpoints"
        folder = tmp_path / "witness"
        for n in (2, 3):
            store.append_many([make_record() for _ in range(n)])
            argv = ["witness", "push", "--store", url, "--to", str(folder), "--to", target]
            code, out = run(capsys, *argv)
            assert code == 0 and "to 2 of 2 witnesses" in out
    finally:
        server.shutdown()
    assert [note.split("\n")[1] for note in _Collector.received] == ["2", "5"]
    code, out = run(capsys, "witness", "check", "--store", url, "--from", str(folder))
    assert code == 0 and "2 of 2 saved checkpoints hold" in out
    rewrite(db, keep=1)
    code, out = run(capsys, "witness", "check", "--store", url, "--from", str(folder))
    assert code == 1 and "TRUNCATION" in out
    dead = ["witness", "push", "--store", url, "--to", "http://127.0.0.1:9/nobody"]
    assert run(capsys, *dead)[0] == 1


def test_keygen_writes_a_private_key_once(capsys, tmp_path, monkeypatch):
    key = tmp_path / "log.key"
    code, out = run(capsys, "keygen", "--name", "audit.example.com/log", "--out", str(key))
    assert code == 0 and (key.stat().st_mode & 0o777) == 0o600
    signer = Signer.from_skey(key.read_text())
    assert out.strip() == signer.verifier.vkey
    assert run(capsys, "keygen", "--name", "x", "--out", str(key))[0] == 2  # not overwritten
    assert Signer.from_skey(key.read_text()).skey == signer.skey
