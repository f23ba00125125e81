"""The audit log as a transparency log, run against SQLite and PostgreSQL alike.

Uses the fixtures of audit_contract (`store`, `store_url`, `tamper`; `{tree}` names the table
of stored subtree hashes). An attacker here has the whole database: they rewrite the log
through the store itself, so the chain and tree re-verify; only a checkpoint saved earlier
(outside the database) catches them.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from governance.audit import AuditRecord, AuditStore, open_store, tlog
from governance.audit.checkpoint import open_checkpoint
from governance.audit.note import Signer
from governance.audit.records import sha256_hex
from governance.audit.transparency import (
    BAD_SIGNATURE,
    FORK,
    REWRITE,
    TRUNCATION,
    FolderWitness,
    check_witness,
    export_bundle,
    publish_checkpoint,
    verify_bundle,
    verify_extends,
)

try:
    from audit_contract import Tamper, make_record
except ImportError:  # pragma: no cover
    from tests.unit.audit_contract import Tamper, make_record

ORIGIN = "audit.test.example/log"


def unchained(record: AuditRecord, **changes: object) -> AuditRecord:
    return record.model_copy(update={"seq": None, "prev_hash": None, "hash": None, **changes})


def rewrite_log(store: AuditStore, tamper: Tamper, records: list[AuditRecord]) -> None:
    """What someone with write access to the database can do: empty it and append anew."""
    tamper("DELETE FROM {records}")
    tamper("DELETE FROM {tree}")
    tamper(
        "UPDATE {head} SET last_seq = 0, last_hash = '" + "0" * 64 + "', tree_size = 0,"
        " frontier = substr(frontier, 1, 0)"
    )
    store.append_many(records)


def reference_tree(records: list[AuditRecord]) -> tlog.MemoryTree:
    tree = tlog.MemoryTree()
    for record in records:
        tree.append(record.leaf_bytes())
    return tree


class TransparencyContract:
    @pytest.fixture
    def signer(self) -> Signer:
        return Signer.generate(ORIGIN)

    def test_tree_head_and_roots_match_the_records(self, store: AuditStore) -> None:
        assert store.tree_head().size == 0 and store.tree_head().root == tlog.EMPTY_ROOT
        stored = [store.append(make_record()) for _ in range(3)]
        stored += store.append_many([make_record() for _ in range(6)])
        ref = reference_tree(stored)
        head = store.tree_head()
        assert (head.size, head.root) == (9, ref.root())
        assert [store.root(n) for n in range(10)] == [ref.root(n) for n in range(10)]
        result = store.verify_chain()
        assert (result.ok, result.tree_size, result.root) == (True, 9, ref.root().hex())

    def test_inclusion_and_consistency_proofs_verify(self, store: AuditStore) -> None:
        stored = store.append_many([make_record() for _ in range(13)])
        for size in (1, 5, 8, 13):
            root = store.root(size)
            for record in stored[:size]:
                proof = store.inclusion_proof(record.record_id, size)
                assert proof.verify() and proof.root == root
                assert proof.leaf_hash == tlog.leaf_hash(record.leaf_bytes())
        for first in range(0, 14):
            proof = store.consistency_proof(first, 13)
            assert tlog.verify_consistency(first, 13, store.root(first), store.root(13), proof)
        with pytest.raises(ValueError):
            store.inclusion_proof(stored[-1].record_id, 5)
        with pytest.raises(ValueError):
            store.consistency_proof(3, 14)
        with pytest.raises(LookupError):
            store.inclusion_proof("f" * 16)

    def test_checkpoint_is_signed_and_covers_every_committed_record(
        self, store: AuditStore, signer: Signer
    ) -> None:
        stored = store.append_many([make_record() for _ in range(4)])
        note = store.checkpoint(signer, hint=True)
        cp = open_checkpoint(note, signer.verifier).checkpoint
        assert (cp.origin, cp.size, cp.root) == (ORIGIN, 4, store.root(4))
        assert cp.extensions == (f"imprimatur-last-record {sha256_hex(stored[-1].record_id)}",)
        assert stored[-1].record_id not in note  # the id itself stays private
        plain = store.checkpoint(signer)  # the public form: origin, size, root, blank, signature
        lines = plain.split("\n")
        assert lines[:2] == [ORIGIN, "4"] and lines[3] == "" and lines[4].startswith("\u2014 ")
        assert open_checkpoint(plain, signer.verifier).checkpoint.root == cp.root
        older = open_checkpoint(store.checkpoint(signer, 2), signer.verifier).checkpoint
        assert (older.size, older.root) == (2, store.root(2))

    def test_a_tree_edit_is_named_by_verify(self, store: AuditStore, tamper: Tamper) -> None:
        store.append_many([make_record() for _ in range(6)])
        tamper("UPDATE {tree} SET hash = (SELECT hash FROM {tree} WHERE idx = 0) WHERE idx = 3")
        result = store.verify_chain()
        assert not result.ok and "Merkle tree" in (result.reason or "")

    def test_log_that_still_extends_the_checkpoint(self, store: AuditStore, signer: Signer) -> None:
        store.append_many([make_record() for _ in range(5)])
        saved = store.checkpoint(signer, hint=True)
        store.append_many([make_record() for _ in range(7)])
        result = verify_extends(store, saved, signer.verifier)
        assert result.ok, result.message
        other = Signer.generate(ORIGIN)  # same name, another key
        bad = verify_extends(store, saved, other.verifier)
        assert (bad.ok, bad.problem) == (False, BAD_SIGNATURE)
        forged = saved.replace("\n5\n", "\n4\n", 1)
        assert verify_extends(store, forged, signer.verifier).problem == BAD_SIGNATURE

    def test_truncated_and_regrown_log_is_named(
        self, store: AuditStore, tamper: Tamper, signer: Signer
    ) -> None:
        records = store.append_many([make_record() for _ in range(10)])
        saved = store.checkpoint(signer, hint=True)
        plain_saved = store.checkpoint(signer)
        tamper("DELETE FROM {records} WHERE seq > 6")
        assert not store.verify_chain().ok  # a plain cut shows against the head and tree
        rewrite_log(store, tamper, [unchained(r) for r in records[:6]])
        shrunk = verify_extends(store, saved, signer.verifier)
        assert (shrunk.ok, shrunk.problem) == (False, TRUNCATION)
        store.append_many([make_record() for _ in range(6)])
        assert store.verify_chain().ok  # internally consistent: the chain alone cannot tell
        result = verify_extends(store, saved, signer.verifier)
        assert (result.ok, result.problem) == (False, TRUNCATION)
        assert "cut back and regrown" in result.message
        # A checkpoint without the last-record line still fails, less precisely named.
        generic = verify_extends(store, plain_saved, signer.verifier)
        assert not generic.ok and "cut back and regrown" in generic.message

    def test_rewritten_middle_record_is_named(
        self, store: AuditStore, tamper: Tamper, signer: Signer
    ) -> None:
        records = store.append_many([make_record() for _ in range(10)])
        saved = store.checkpoint(signer, hint=True)
        forged = [unchained(r) for r in records]
        forged[4] = unchained(records[4], outcome="refused", reason="sexual")
        rewrite_log(store, tamper, forged)
        assert store.verify_chain().ok
        assert store.get(records[4].record_id).outcome == "refused"  # type: ignore[union-attr]
        result = verify_extends(store, saved, signer.verifier)
        assert (result.ok, result.problem) == (False, REWRITE)
        assert records[9].record_id in result.message

    def test_forked_log_is_named(
        self, store: AuditStore, tamper: Tamper, signer: Signer, tmp_path: object
    ) -> None:
        records = store.append_many([make_record() for _ in range(6)])
        branch_a = store.append_many([make_record(tenant="a") for _ in range(4)])
        seen_by_witness = store.checkpoint(signer, hint=True)
        # The operator shows another branch of the same size to everyone else.
        rewrite_log(store, tamper, [unchained(r) for r in records])
        store.append_many([make_record(tenant="b") for _ in range(len(branch_a))])
        shown_now = store.checkpoint(signer, hint=True)
        result = verify_extends(store, seen_by_witness, signer.verifier)
        assert (result.ok, result.problem) == (False, FORK)
        witness = check_witness(store, signer.verifier, [shown_now, seen_by_witness])
        assert [r.problem for r in witness] == ["ok", FORK]

    def test_erasure_keeps_proofs_and_checkpoints_valid(
        self, store: AuditStore, tamper: Tamper, signer: Signer
    ) -> None:
        t0 = datetime(2025, 1, 1, tzinfo=UTC)
        old = [
            store.append(make_record(tenant="acme", created=t0 + timedelta(days=i)))
            for i in range(4)
        ]
        other = store.append(make_record(tenant="globex", created=t0))
        saved = store.checkpoint(signer, hint=True)
        proof_before = store.inclusion_proof(old[0].record_id, 5)
        erasure = store.erase_prompts("acme", t0 + timedelta(days=2), policy_version="acme-v2")
        assert erasure.seq == 6 and erasure.params["erased"] == 2
        assert (erasure.tenant, erasure.policy_version) == ("acme", "acme-v2")
        erased = store.get(old[0].record_id)
        assert erased is not None and erased.prompt is None and erased.negative_prompt is None
        assert erased.prompt_sha256 == old[0].prompt_sha256  # the digest stays
        assert store.get(old[3].record_id).prompt == old[3].prompt  # type: ignore[union-attr]
        assert store.get(other.record_id).prompt == other.prompt  # type: ignore[union-attr]
        assert store.verify_chain().ok
        assert verify_extends(store, saved, signer.verifier).ok
        assert store.root(5) == proof_before.root and proof_before.verify()
        assert store.inclusion_proof(old[0].record_id).verify()
        # Erasing without the record that says so is still an edit.
        tamper("UPDATE {records} SET prompt = NULL WHERE seq = 4")
        result = store.verify_chain()
        assert (result.ok, result.first_broken_seq) == (False, 4)

    def test_bundle_verifies_offline_and_catches_edits(
        self, store: AuditStore, signer: Signer
    ) -> None:
        store.append_many([make_record() for _ in range(3)])
        earlier = store.checkpoint(signer, hint=True)
        store.append_many([make_record() for _ in range(5)])
        bundle = export_bundle(store, signer, store.list(), earlier=[earlier])
        report = verify_bundle(bundle, signer.verifier.vkey)
        assert (report.ok, report.records, report.checkpoints) == (True, 8, 1), report.problems
        bundle["records"][2]["record"]["outcome"] = "refused"
        edited = verify_bundle(bundle, signer.verifier.vkey)
        assert not edited.ok and "not in the checkpoint's tree" in edited.problems[0]
        stranger = Signer.generate(ORIGIN)
        assert not verify_bundle(bundle, stranger.verifier.vkey).ok

    def test_witness_folder_gets_each_checkpoint(
        self, store: AuditStore, signer: Signer, tmp_path: object
    ) -> None:
        folder = FolderWitness(f"{tmp_path}/witness")
        for batch in (2, 3, 4):
            store.append_many([make_record() for _ in range(batch)])
            publish_checkpoint(store, signer, [folder])
        saved = folder.saved()
        assert len(saved) == 3
        assert all(r.ok for r in check_witness(store, signer.verifier, saved))

    def test_existing_logs_get_their_tree_on_open(
        self, store: AuditStore, store_url: str, tamper: Tamper
    ) -> None:
        stored = store.append_many([make_record() for _ in range(7)])
        store.close()
        # Back to the pre-tree schema: no tree table, no tree columns in the head row.
        tamper("DROP TABLE {tree}")
        tamper("ALTER TABLE {head} DROP COLUMN tree_size")
        tamper("ALTER TABLE {head} DROP COLUMN frontier")
        with open_store(store_url, create=False) as upgraded:  # as `imprimatur audit` opens
            assert upgraded.tree_head().root == reference_tree(stored).root()
            assert upgraded.verify_chain().ok
            more = upgraded.append(make_record())
            assert more.seq == 8 and upgraded.inclusion_proof(more.record_id).verify()

    def test_retention_erases_per_tenant_once(self, store: AuditStore, signer: Signer) -> None:
        from governance.audit.transparency import apply_retention

        now = datetime(2025, 3, 1, tzinfo=UTC)
        for days_ago in (40, 20, 1):
            store.append(make_record(tenant="acme", created=now - timedelta(days=days_ago)))
            store.append(make_record(tenant="globex", created=now - timedelta(days=days_ago)))
        done = apply_retention(store, {"acme": 30, "globex": None}, now)
        assert [(r.tenant, r.params["erased"]) for r in done] == [("acme", 1)]
        assert apply_retention(store, {"acme": 30}, now) == []  # nothing new: nothing logged
        kept = [r.prompt is not None for r in store.list() if r.model != "imprimatur.audit.erasure"]
        assert kept == [False, True, True, True, True, True]
        assert store.verify_chain().ok

    def test_replica_refuses_to_sign_a_rewritten_history(
        self, store: AuditStore, tamper: Tamper, signer: Signer
    ) -> None:
        from governance.audit import AuditUnavailable
        from governance.audit.transparency import ConsistentSigner

        guard = ConsistentSigner(store, signer)
        records = store.append_many([make_record() for _ in range(6)])
        guard.latest()
        store.append(make_record())
        assert open_checkpoint(guard.latest(), signer.verifier).checkpoint.size == 7
        rewrite_log(store, tamper, [unchained(r) for r in records[:3]])
        store.append_many([make_record() for _ in range(5)])
        with pytest.raises(AuditUnavailable, match="refusing to sign"):
            guard.latest()
        assert ConsistentSigner(store, signer).latest()  # a fresh replica has nothing to compare
