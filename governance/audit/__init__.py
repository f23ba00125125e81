"""The tamper-evident audit log: one hash-chained record for every request, granted or not.

Compliance reviewers show from it, per image, who generated it, with which model, under which
policy, and how governance decided; `verify_chain()` shows that nothing was edited or removed.

It is also a transparency log: an RFC 9162 Merkle tree over the records (`tlog`, `tree`),
signed C2SP checkpoints (`note`, `checkpoint`), and the checks an outside auditor runs
without trusting the operator (`transparency`).
"""

from governance.audit.records import GENESIS_HASH, AuditRecord, ChainVerification, new_record_id
from governance.audit.store import AuditStore, AuditStoreDown, AuditUnavailable, open_store

__all__ = [
    "GENESIS_HASH",
    "AuditRecord",
    "AuditStore",
    "AuditStoreDown",
    "AuditUnavailable",
    "ChainVerification",
    "new_record_id",
    "open_store",
]
