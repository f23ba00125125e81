"""The tamper-evident audit log: one hash-chained record for every request, granted or not.

Compliance reviewers show from it, per image, who generated it, with which model, under which
policy, and how governance decided; `verify()` shows that nothing was edited or removed.
"""

from governance.audit.records import GENESIS_HASH, AuditRecord, ChainVerification, new_record_id
from governance.audit.store import AuditStore, AuditUnavailable, open_store

__all__ = [
    "GENESIS_HASH",
    "AuditRecord",
    "AuditStore",
    "AuditUnavailable",
    "ChainVerification",
    "new_record_id",
    "open_store",
]
