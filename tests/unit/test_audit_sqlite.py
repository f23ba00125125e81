"""The SQLite audit store (the embedded default) and the `imprimatur audit` commands."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from governance.audit import AuditStore, AuditUnavailable, open_store
from imprimatur_cli.main import main

try:  # pytest puts this folder on sys.path (tests/unit has no __init__.py)
    from audit_contract import AuditStoreContract, Tamper, make_record
    from transparency_contract import TransparencyContract
except ImportError:  # pragma: no cover - if tests/unit becomes a package
    from tests.unit.audit_contract import AuditStoreContract, Tamper, make_record
    from tests.unit.transparency_contract import TransparencyContract

pytestmark = pytest.mark.unit


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "audit.db"


@pytest.fixture
def store_url(db_path: Path) -> str:
    return f"sqlite:///{db_path}"


@pytest.fixture
def store(store_url: str) -> Iterator[AuditStore]:
    store = open_store(store_url)
    yield store
    store.close()


@pytest.fixture
def tamper(db_path: Path, store: AuditStore) -> Tamper:
    def run(statement: str) -> None:
        conn = sqlite3.connect(db_path)
        conn.execute(
            statement.replace("{records}", "audit_records")
            .replace("{head}", "audit_chain_head")
            .replace("{tree}", "audit_tree")
        )
        conn.commit()
        conn.close()

    return run


class TestSQLiteStore(AuditStoreContract, TransparencyContract):
    def test_file_is_in_wal_mode(self, store: AuditStore, db_path: Path) -> None:
        conn = sqlite3.connect(db_path)
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        conn.close()


def test_memory_store(tmp_path: Path) -> None:
    with open_store("sqlite:///:memory:") as store:
        stored = store.append_many([make_record(), make_record()])
        assert [r.seq for r in stored] == [1, 2]
        assert store.verify_chain().ok


def test_relative_url_and_options(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    with open_store("sqlite:///./var/audit.db?synchronous=normal&busy_timeout_ms=500") as store:
        store.append(make_record())
    assert (tmp_path / "var" / "audit.db").exists()
    with pytest.raises(ValueError, match="unknown"):
        open_store("sqlite:///x.db?journal=off")
    with pytest.raises(ValueError, match="unsupported"):
        open_store("mysql://localhost/audit")


def test_unusable_path_is_unavailable(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("not a folder")
    with pytest.raises(AuditUnavailable) as info:
        open_store(f"sqlite:///{tmp_path / 'file' / 'audit.db'}")
    assert (info.value.stage, info.value.status) == ("audit", 500)
    with pytest.raises(AuditUnavailable, match="no audit store"):
        open_store(f"sqlite:///{tmp_path / 'missing.db'}", create=False)


# -- imprimatur audit verify / export --------------------------------------------------


def _fill(store: AuditStore) -> list[datetime]:
    t0 = datetime(2025, 6, 1, tzinfo=UTC)
    times = [t0 + timedelta(hours=i) for i in range(6)]
    store.append_many([make_record(created=t, tenant=f"t{i % 2}") for i, t in enumerate(times)])
    return times


def test_cli_verify_ok_and_broken(
    store: AuditStore, store_url: str, tamper: Tamper, capsys: pytest.CaptureFixture[str]
) -> None:
    _fill(store)
    assert main(["audit", "verify", "--store", store_url]) == 0
    assert capsys.readouterr().out.startswith("ok: 6 records")
    victim = store.list()[2]
    tamper("UPDATE {records} SET outcome = 'refused' WHERE seq = 3")
    assert main(["audit", "verify", "--store", store_url]) == 1
    out = capsys.readouterr().out
    assert "BROKEN at seq 3" in out and victim.record_id in out


def test_cli_verify_uses_env_url_and_refuses_missing_store(
    store: AuditStore,
    store_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _fill(store)
    monkeypatch.setenv("IMPRIMATUR_AUDIT_URL", store_url)
    assert main(["audit", "verify"]) == 0
    monkeypatch.delenv("IMPRIMATUR_AUDIT_URL")
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")  # no ./var/audit.db here: must not create one
    assert main(["audit", "verify"]) == 2
    assert "no audit store" in capsys.readouterr().err
    assert not Path("var/audit.db").exists()


def test_cli_export_jsonl_window(
    store: AuditStore, store_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    times = _fill(store)
    argv = ["audit", "export", "--store", store_url, "--format", "jsonl"]
    argv += ["--since", times[1].isoformat(), "--until", "2025-06-01T04:00:00"]
    assert main(argv) == 0
    lines = capsys.readouterr().out.splitlines()
    exported = [json.loads(line) for line in lines]
    assert [r["seq"] for r in exported] == [2, 3, 4]
    assert exported[0] == store.list()[1].model_dump(mode="json")


def test_cli_export_csv_to_file(store: AuditStore, store_url: str, tmp_path: Path) -> None:
    _fill(store)
    out = tmp_path / "export.csv"
    argv = ["audit", "export", "--store", store_url, "--format", "csv", "--out", str(out)]
    assert main([*argv, "--tenant", "t1"]) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [int(r["seq"]) for r in rows] == [2, 4, 6]
    first = store.get(rows[0]["record_id"])
    assert first is not None
    assert json.loads(rows[0]["params"]) == first.params
    assert json.loads(rows[0]["moderation"]) == first.moderation
    assert rows[0]["watermark_reliable"] == "true" and rows[0]["reason"] == ""
    assert rows[0]["hash"] == first.hash


def test_cli_export_pages_through_large_logs(
    store: AuditStore, store_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    store.append_many([make_record() for _ in range(2100)])
    assert main(["audit", "export", "--store", store_url]) == 0
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 2100
    assert "exported 2100 records" in captured.err


def test_cli_rejects_bad_dates(store_url: str) -> None:
    with pytest.raises(SystemExit):
        main(["audit", "export", "--store", store_url, "--since", "yesterday"])
