"""What an auditor checks without trusting the operator: saved checkpoints, bundles, witnesses.

- `verify_extends`: does the log still extend a checkpoint someone saved earlier? Names what
  broke: bad signature, truncation, rewrite or fork.
- `export_bundle` / `verify_bundle`: records with inclusion proofs, a signed checkpoint,
  consistency proofs from older checkpoints and the log's key, checked offline.
- Witnesses: `publish_checkpoint` pushes each new checkpoint to sinks outside the operator's
  control (a folder, an HTTP URL); `check_witness` checks all a witness saved in one call.
"""

from __future__ import annotations

import hashlib
import json
import threading
import urllib.request
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

from governance.audit import tlog
from governance.audit.checkpoint import Checkpoint, open_checkpoint
from governance.audit.note import NoteError, Signer, Verifier
from governance.audit.records import AuditRecord, sha256_hex
from governance.audit.store import LAST_RECORD_EXTENSION, AuditStore, AuditUnavailable

BUNDLE_FORMAT = "imprimatur-audit-bundle/1"

OK = "ok"
BAD_SIGNATURE = "bad signature"
TRUNCATION = "truncation"
REWRITE = "rewrite"
FORK = "fork"


@dataclass(frozen=True)
class CheckResult:
    """One saved checkpoint against the log: `problem` is one of the names above."""

    ok: bool
    problem: str
    message: str
    size: int | None = None

    def __str__(self) -> str:
        return self.message if self.ok else f"{self.problem.upper()}: {self.message}"


def _last_record_digest(checkpoint: Checkpoint) -> str | None:
    for line in checkpoint.extensions:
        name, _, value = line.partition(" ")
        if name == LAST_RECORD_EXTENSION:
            return value
    return None


def verify_extends(store: AuditStore, saved: str, verifier: Verifier) -> CheckResult:
    """Check that the log now extends the saved signed checkpoint `saved`.

    The proof is RFC 9162 consistency between the checkpoint's tree and the log's tree today;
    when it fails, the record the checkpoint ended with (its `imprimatur-last-record` line,
    when it has one) tells a rewrite (that record is still at its seq, re-hashed) from a
    cut-back log (it is gone: truncation, or at the same size a second tree, a fork).
    """
    try:
        cp = open_checkpoint(saved, verifier).checkpoint
    except NoteError as exc:
        return CheckResult(False, BAD_SIGNATURE, str(exc))
    head = store.tree_head()
    n, s = cp.size, head.size
    if s < n:
        return CheckResult(
            False,
            TRUNCATION,
            f"the log holds {s} records, but the checkpoint committed to {n}: "
            f"{n - s} records were removed",
            n,
        )
    proof = store.consistency_proof(n, s)
    if tlog.verify_consistency(n, s, cp.root, head.root, proof):
        return CheckResult(True, OK, f"the log ({s} records) extends the checkpoint ({n})", n)
    digest = _last_record_digest(cp)
    at_n = store.list(after_seq=n - 1, limit=1) if n else []
    here = at_n[0] if at_n and at_n[0].seq == n else None
    if digest and here is not None and sha256_hex(here.record_id) == digest:
        return CheckResult(
            False,
            REWRITE,
            f"record {here.record_id} is still at seq {n}, where the checkpoint ended, but the "
            f"first {n} records no longer hash to its root: records were edited and re-hashed",
            n,
        )
    if digest and s == n:
        return CheckResult(
            False,
            FORK,
            f"the log signs a different tree of the same size {n}: two trees of one log, "
            "each shown to someone (a split view)",
            n,
        )
    if digest:
        return CheckResult(
            False,
            TRUNCATION,
            f"the record the checkpoint ended with (seq {n}) is gone: the log was cut back "
            f"and regrown to {s} records (or this is a fork that grew past it)",
            n,
        )
    if s == n:
        return CheckResult(
            False, FORK, f"the log signs a different tree of the same size {n} (a split view)", n
        )
    return CheckResult(
        False,
        REWRITE,
        f"the log's {s} records do not extend the checkpoint's {n}: records among the first "
        f"{n} were rewritten, or the log was cut back and regrown (a checkpoint saved by "
        "`imprimatur audit checkpoint` names its last record and tells which)",
        n,
    )


class ConsistentSigner:
    """Signs the log's latest checkpoint, but never one that contradicts a checkpoint it signed
    before (C2SP: a log MUST NOT sign inconsistent checkpoints).

    Someone who rewrites the database under running replicas gets no signature on the new
    history from them: each refuses until restarted, and says why.
    """

    def __init__(self, store: AuditStore, signer: Signer) -> None:
        self.store, self.signer = store, signer
        self._last: tuple[int, bytes] | None = None
        self._lock = threading.Lock()

    def latest(self, *, hint: bool = False) -> str:
        note = self.store.checkpoint(self.signer, hint=hint)
        cp = Checkpoint.parse(note.split("\n\n", 1)[0] + "\n")
        with self._lock:
            if self._last is not None:
                size, root = self._last
                if cp.size < size or not tlog.verify_consistency(
                    size, cp.size, root, cp.root, self.store.consistency_proof(size, cp.size)
                ):
                    raise AuditUnavailable(
                        f"refusing to sign: the log of {cp.size} records does not extend the "
                        f"checkpoint of {size} this replica signed (truncated or rewritten)"
                    )
            if self._last is None or cp.size >= self._last[0]:
                self._last = (cp.size, cp.root)
        return note


# -- bundles -------------------------------------------------------------------------------


def export_bundle(
    store: AuditStore,
    signer: Signer,
    records: Iterable[AuditRecord],
    *,
    earlier: Sequence[str] = (),
) -> dict[str, Any]:
    """Records with inclusion proofs against a checkpoint signed now, plus consistency proofs
    from `earlier` checkpoints (e.g. what the auditor saved last time) to it."""
    note = store.checkpoint(signer, hint=True)
    cp = Checkpoint.parse(note.split("\n\n", 1)[0] + "\n")
    out_records = []
    for record in records:
        proof = store.inclusion_proof(record.record_id, cp.size)
        out_records.append(
            {
                "record": record.model_dump(mode="json"),
                "leaf_index": proof.leaf_index,
                "audit_path": [h.hex() for h in proof.audit_path],
            }
        )
    consistency = []
    for old in earlier:
        old_cp = open_checkpoint(old, signer.verifier).checkpoint
        if old_cp.size <= cp.size:
            proof_hashes = store.consistency_proof(old_cp.size, cp.size)
            consistency.append({"checkpoint": old, "proof": [h.hex() for h in proof_hashes]})
    return {
        "format": BUNDLE_FORMAT,
        "vkey": signer.verifier.vkey,
        "checkpoint": note,
        "records": out_records,
        "consistency": consistency,
    }


@dataclass
class BundleReport:
    ok: bool
    records: int = 0
    checkpoints: int = 0
    problems: list[str] = field(default_factory=list)
    key_from_bundle: bool = False


def verify_bundle(bundle: dict[str, Any], vkey: str | None = None) -> BundleReport:
    """Check a bundle offline: the checkpoint's signature, each record's inclusion, each
    earlier checkpoint's consistency. Trust comes from `vkey` (obtained out of band); without
    it the bundle's own key is used and the report says so."""
    report = BundleReport(ok=False, key_from_bundle=vkey is None)
    if bundle.get("format") != BUNDLE_FORMAT:
        report.problems.append(f"not an audit bundle (format {bundle.get('format')!r})")
        return report
    try:
        verifier = Verifier.from_vkey(vkey or bundle["vkey"])
        cp = open_checkpoint(bundle["checkpoint"], verifier).checkpoint
    except (NoteError, KeyError) as exc:
        report.problems.append(f"{BAD_SIGNATURE}: checkpoint: {exc}")
        return report
    for item in bundle.get("records", []):
        try:
            record = AuditRecord.model_validate(item["record"])
            path = [bytes.fromhex(h) for h in item["audit_path"]]
        except (ValueError, KeyError) as exc:
            report.problems.append(f"record not readable: {str(exc).splitlines()[0]}")
            continue
        leaf = tlog.leaf_hash(record.leaf_bytes())
        index = (record.seq or 0) - 1
        if item.get("leaf_index") != index or not tlog.verify_inclusion(
            index, cp.size, leaf, path, cp.root
        ):
            report.problems.append(f"record {record.record_id}: not in the checkpoint's tree")
        report.records += 1
    for item in bundle.get("consistency", []):
        try:
            old = open_checkpoint(item["checkpoint"], verifier).checkpoint
            proof = [bytes.fromhex(h) for h in item["proof"]]
        except (NoteError, KeyError, ValueError) as exc:
            report.problems.append(f"{BAD_SIGNATURE}: earlier checkpoint: {exc}")
            continue
        if not tlog.verify_consistency(old.size, cp.size, old.root, cp.root, proof):
            report.problems.append(
                f"the tree of {cp.size} does not extend the earlier one of {old.size}"
            )
        report.checkpoints += 1
    report.ok = not report.problems
    return report


# -- witnesses -----------------------------------------------------------------------------


class Witness(Protocol):
    def push(self, note: str) -> None: ...


class FolderWitness:
    """Saves each checkpoint as a file in a folder (which should live outside the operator's
    reach: another account's disk, an object store mount)."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)

    def push(self, note: str) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        size = note.split("\n", 2)[1]
        digest = hashlib.sha256(note.encode("utf-8")).hexdigest()[:12]
        path = self.folder / f"checkpoint-{int(size):012d}-{digest}.txt"
        if not path.exists():
            path.write_text(note, encoding="utf-8")

    def saved(self) -> list[str]:
        return [p.read_text(encoding="utf-8") for p in sorted(self.folder.glob("checkpoint-*"))]


class HttpWitness:
    """POSTs each checkpoint (text/plain) to a URL; a failed push raises OSError."""

    def __init__(self, url: str, timeout_s: float = 5.0) -> None:
        self.url, self.timeout_s = url, timeout_s

    def push(self, note: str) -> None:
        request = urllib.request.Request(
            self.url,
            data=note.encode("utf-8"),
            method="POST",
            headers={"Content-Type": "text/plain; charset=utf-8"},
        )
        with urllib.request.urlopen(request, timeout=self.timeout_s) as response:  # noqa: S310
            if response.status >= 300:
                raise OSError(f"witness {self.url} answered {response.status}")


def witness_for(target: str) -> Witness:
    """`http(s)://...` posts there; anything else is a folder."""
    if target.startswith(("http://", "https://")):
        return HttpWitness(target)
    return FolderWitness(target.removeprefix("file://"))


def publish_checkpoint(
    store: AuditStore, signer: Signer, witnesses: Iterable[Witness]
) -> tuple[str, list[str]]:
    """Sign the current tree head and push it to every witness; returns the note and the
    witnesses that failed (each failure named), so one dead sink does not stop the rest."""
    note = store.checkpoint(signer, hint=True)
    failures = []
    for witness in witnesses:
        try:
            witness.push(note)
        except OSError as exc:
            failures.append(f"{witness!r}: {exc}")
    return note, failures


def split_notes(text: str) -> list[str]:
    """Notes saved one after another in one file: a note ends at its last signature line."""
    notes: list[str] = []
    current: list[str] = []
    for line in text.splitlines(keepends=True):
        if current and current[-1].startswith("\u2014 ") and not line.startswith("\u2014 "):
            notes.append("".join(current))
            current = []
        current.append(line)
    if current:
        notes.append("".join(current))
    return [n for n in notes if n.strip()]


def check_witness(store: AuditStore, verifier: Verifier, saved: Iterable[str]) -> list[CheckResult]:
    """Check every checkpoint a witness saved against the log, and against each other: two
    validly signed checkpoints of one size with different roots are a fork on their own."""
    results, by_size = [], {}
    for note in saved:
        result = verify_extends(store, note, verifier)
        if result.problem != BAD_SIGNATURE:
            cp = open_checkpoint(note, verifier).checkpoint
            other = by_size.setdefault(cp.size, cp.root)
            if other != cp.root:
                result = CheckResult(
                    False,
                    FORK,
                    f"the witness holds two signed checkpoints of size {cp.size} with different "
                    "roots: the log showed two trees",
                    cp.size,
                )
        results.append(result)
    return results


def apply_retention(
    store: AuditStore, retention_days: Mapping[str, int | None], now: datetime | None = None
) -> list[AuditRecord]:
    """Erase the prompt texts each tenant's `prompt_retention_days` no longer allows; returns
    the erasure records appended (none for a tenant with nothing left to erase), so it can
    run on a schedule without filling the log."""
    now = now or datetime.now(UTC)
    done = []
    for tenant, days in sorted(retention_days.items()):
        if days:
            cutoff = now - timedelta(days=days)
            record = store.erase_prompts(tenant, cutoff, skip_if_none=True)
            if record is not None:
                done.append(record)
    return done


def bundle_json(bundle: dict[str, Any]) -> str:
    return json.dumps(bundle, indent=1, sort_keys=True, ensure_ascii=False)
