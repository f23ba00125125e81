"""`imprimatur audit verify|export|...`: the reviewer's tools for the audit log.

The transparency-log actions (checkpoints, bundles, erasure, witnesses) live in `audit_log`.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterator
from contextlib import ExitStack
from datetime import UTC, datetime
from typing import IO, Any

from governance import environment
from governance.audit.note import NoteError
from governance.audit.records import AuditRecord
from governance.audit.store import COLUMNS, AuditStore, AuditUnavailable, open_store
from imprimatur_cli import audit_log

_PAGE = 1000


def default_store_url() -> str:
    """Where the service writes: $IMPRIMATUR_AUDIT_URL, else audit.db in $IMPRIMATUR_HOME."""
    return environment.default_audit_url()


def _iso_datetime(text: str) -> datetime:
    try:
        value = datetime.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not an ISO-8601 date/time: {text!r}") from exc
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `audit verify` and `audit export` to the `imprimatur` command."""
    audit = subparsers.add_parser("audit", help="verify or export the tamper-evident audit log")
    actions = audit.add_subparsers(dest="audit_action", metavar="ACTION")
    audit.set_defaults(func=lambda _args: audit.print_help() or 2)
    store_help = (
        f"audit store URL (default: ${environment.AUDIT_URL}, else sqlite:///"
        f"${environment.HOME}/{environment.AUDIT_DB}; now {default_store_url()})"
    )

    verify = actions.add_parser(
        "verify",
        help="re-hash the chain and tree (and, with --checkpoint, check the log extends it); "
        "exit 1 if anything broke",
    )
    verify.add_argument("--store", metavar="URL", help=store_help)
    verify.set_defaults(func=run_verify)

    export = actions.add_parser("export", help="write records as JSON lines or CSV")
    export.add_argument("--store", metavar="URL", help=store_help)
    export.add_argument(
        "--since", metavar="ISO", type=_iso_datetime, help="from this time (inclusive; UTC)"
    )
    export.add_argument(
        "--until", metavar="ISO", type=_iso_datetime, help="before this time (exclusive; UTC)"
    )
    export.add_argument("--tenant", help="only this tenant's records")
    export.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    export.add_argument("--out", metavar="FILE", help="output file (default: stdout)")
    export.set_defaults(func=run_export)
    audit_log.register(actions, store_help, _open)


def _open(args: argparse.Namespace) -> AuditStore:
    # create=False: a mistyped path must not quietly verify a fresh, empty log as "ok".
    return open_store(args.store or default_store_url(), create=False)


def run_verify(args: argparse.Namespace) -> int:
    """Print `ok` and the count, or the first broken link; exit 0 / 1 (2: store unavailable)."""
    try:
        with _open(args) as store:
            result = store.verify_chain()
            extends = (
                audit_log.run_verify_checkpoint(args, store)
                if getattr(args, "checkpoint", None)
                else 0
            )
    except AuditUnavailable as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return 2
    except (NoteError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if result.ok:
        print(f"ok: {result.checked} records, chain and Merkle tree intact, root {result.root}")
        return extends
    where = f"seq {result.first_broken_seq}"
    if result.first_broken_record_id:
        where += f" (record {result.first_broken_record_id})"
    print(f"BROKEN at {where}: {result.reason}; {result.checked} records read")
    return 1


def _records(store: AuditStore, args: argparse.Namespace) -> Iterator[AuditRecord]:
    after_seq = None
    while True:
        page = store.list(
            tenant=args.tenant,
            since=args.since,
            until=args.until,
            limit=_PAGE,
            after_seq=after_seq,
        )
        yield from page
        if len(page) < _PAGE:
            return
        after_seq = page[-1].seq


def _csv_cell(value: Any) -> Any:
    if isinstance(value, dict):
        return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else value


def _write(records: Iterator[AuditRecord], fmt: str, out: IO[str]) -> int:
    count = 0
    if fmt == "csv":
        writer = csv.writer(out)
        writer.writerow(COLUMNS)
        for record in records:
            data = record.model_dump(mode="json")
            writer.writerow([_csv_cell(data[c]) for c in COLUMNS])
            count += 1
    else:
        for record in records:
            out.write(record.model_dump_json() + "\n")
            count += 1
    return count


def run_export(args: argparse.Namespace) -> int:
    """Stream the selected records in seq order, a page at a time."""
    try:
        with ExitStack() as stack:
            store = stack.enter_context(_open(args))
            if getattr(args, "bundle", None):
                return audit_log.run_export_bundle(args, store, _records(store, args))
            out = (
                stack.enter_context(open(args.out, "w", newline="", encoding="utf-8"))
                if args.out
                else sys.stdout
            )
            count = _write(_records(store, args), args.format, out)
    except AuditUnavailable as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return 2
    except (NoteError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"exported {count} records", file=sys.stderr)
    return 0
