"""The audit record model and its canonical form: what the hash chain is computed over."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, timedelta, timezone

import pytest
from pydantic import ValidationError

from governance.audit import (
    GENESIS_HASH,
    AuditRecord,
    AuditUnavailable,
    ChainVerification,
    new_record_id,
)
from governance.errors import GovernanceFailure

try:  # pytest puts this folder on sys.path (tests/unit has no __init__.py)
    from audit_contract import make_record
except ImportError:  # pragma: no cover - if tests/unit becomes a package
    from tests.unit.audit_contract import make_record

pytestmark = pytest.mark.unit


def test_record_ids_are_64_random_bits_in_hex() -> None:
    ids = {new_record_id() for _ in range(1000)}
    assert len(ids) == 1000
    assert all(len(i) == 16 and int(i, 16) >= 0 and i == i.lower() for i in ids)
    with pytest.raises(ValidationError):
        make_record(record_id="ABCDEF0123456789")


def test_prompt_digests_are_filled_and_checked() -> None:
    record = make_record(prompt="a cat", negative_prompt=None)
    assert record.prompt_sha256 == hashlib.sha256(b"a cat").hexdigest()
    assert record.negative_prompt_sha256 is None
    kept_out = make_record(prompt=None, prompt_sha256=record.prompt_sha256)
    assert kept_out.prompt is None and kept_out.prompt_sha256 == record.prompt_sha256
    with pytest.raises(ValidationError, match="does not match"):
        make_record(prompt="a cat", prompt_sha256="0" * 64)
    with pytest.raises(ValidationError, match="required"):
        make_record(prompt=None)


def test_created_is_aware_and_normalised_to_utc() -> None:
    with pytest.raises(ValidationError, match="timezone-aware"):
        make_record(created=datetime(2025, 1, 1))
    local = datetime(2025, 1, 1, 2, 0, tzinfo=timezone(timedelta(hours=2)))
    record = make_record(created=local)
    assert record.created == datetime(2025, 1, 1, tzinfo=UTC)
    assert record.model_dump(mode="json")["created"] == "2025-01-01T00:00:00.000000+00:00"


def test_unknown_fields_and_non_json_numbers_are_refused() -> None:
    with pytest.raises(ValidationError):
        make_record(colour="red")
    with pytest.raises(ValidationError):
        make_record(params={"guidance": float("nan")})
    with pytest.raises(ValidationError):
        make_record(outcome="maybe")


def test_canonical_form_is_sorted_compact_and_excludes_the_hash() -> None:
    record = make_record().chained(7, GENESIS_HASH)
    body = record.canonical_json()
    decoded = json.loads(body)
    assert "hash" not in decoded and decoded["seq"] == 7 and decoded["prev_hash"] == GENESIS_HASH
    assert body == json.dumps(decoded, sort_keys=True, separators=(",", ":")).encode()
    assert record.hash == hashlib.sha256(body).hexdigest() == record.compute_hash()


def test_hash_covers_every_field_and_survives_a_json_round_trip() -> None:
    record = make_record().chained(3, "ab" * 32)
    again = AuditRecord.model_validate_json(record.model_dump_json())
    assert again == record and again.compute_hash() == record.hash
    for field, value in [
        ("tenant", "other"),
        ("seq", 4),
        ("prev_hash", "cd" * 32),
        ("params", {**record.params, "seed": 1}),
        ("watermark_reliable", None),
        ("created", record.created + timedelta(microseconds=1)),
    ]:
        assert record.model_copy(update={field: value}).compute_hash() != record.hash, field


def test_same_content_ignores_only_the_chain_fields() -> None:
    record = make_record()
    assert record.same_content(record.chained(9, GENESIS_HASH))
    assert not record.same_content(record.model_copy(update={"reason": "x"}))


def test_audit_unavailable_fails_closed_as_a_governance_failure() -> None:
    error = AuditUnavailable("disk full")
    assert isinstance(error, GovernanceFailure)
    assert (error.stage, error.status, error.code) == ("audit", 500, "governance_failure")
    assert AuditUnavailable().to_body()["error"]["message"].startswith("The audit log")


def test_chain_verification_shape() -> None:
    broken = ChainVerification(
        ok=False, checked=4, first_broken_seq=4, first_broken_record_id="a" * 16, reason="x"
    )
    assert broken.model_dump() == {
        "ok": False,
        "checked": 4,
        "first_broken_seq": 4,
        "first_broken_record_id": "a" * 16,
        "reason": "x",
        "tree_size": None,
        "root": None,
    }


def test_leaf_bytes_commit_to_prompt_digests_not_text() -> None:
    record = AuditRecord(
        tenant="acme",
        model="sdxl",
        prompt="a secret prompt",
        negative_prompt="blurry",
        outcome="granted",
        policy_version="v1",
        request_id="r1",
    )
    erased = record.model_copy(update={"prompt": None, "negative_prompt": None})
    assert record.leaf_bytes() == erased.leaf_bytes()
    assert b"a secret prompt" not in record.leaf_bytes()
    assert record.prompt_sha256.encode() in record.leaf_bytes()
    assert record.canonical_json() != erased.canonical_json()  # the chain still covers text
    other = record.model_copy(update={"prompt_sha256": "0" * 64})
    assert other.leaf_bytes() != record.leaf_bytes()
