"""`imprimatur audit checkpoint|verify --checkpoint|export --bundle|verify-bundle|erase|witness`.

The transparency-log side of the audit tools. Exit codes: 0 ok, 1 the log or bundle failed a
check (the message names what broke), 2 the store, key or file could not be used.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path

from governance import environment
from governance.audit.checkpoint import load_log_signer
from governance.audit.note import NoteError, Signer, Verifier
from governance.audit.store import AuditStore, AuditUnavailable
from governance.audit.transparency import (
    FolderWitness,
    bundle_json,
    check_witness,
    export_bundle,
    publish_checkpoint,
    split_notes,
    verify_bundle,
    witness_for,
)

Opener = Callable[[argparse.Namespace], AuditStore]


def _signer(args: argparse.Namespace) -> Signer:
    """The log key: --key FILE, else $IMPRIMATUR_AUDIT_LOG_KEY(_FILE), else the dev key."""
    if getattr(args, "key", None):
        return Signer.from_skey(Path(args.key).read_text(encoding="ascii"))
    return load_log_signer(dev_dir=environment.state_dir() / "audit")


def _verifier(args: argparse.Namespace) -> Verifier:
    """The key an auditor trusts: --vkey (text or a file holding it), else the log's own."""
    if args.vkey:
        path = Path(args.vkey)
        text = path.read_text(encoding="ascii") if path.is_file() else args.vkey
        return Verifier.from_vkey(text)
    return _signer(args).verifier


def _guard(run: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    def guarded(args: argparse.Namespace) -> int:
        try:
            return run(args)
        except AuditUnavailable as exc:
            print(f"error: {exc.message}", file=sys.stderr)
        except (NoteError, OSError, ValueError) as exc:
            print(f"error: {exc}", file=sys.stderr)
        return 2

    return guarded


def register(
    actions: argparse._SubParsersAction[argparse.ArgumentParser], store_help: str, opener: Opener
) -> None:
    """Add the transparency-log actions next to `audit verify|export`."""
    key_help = "log signing key file (PRIVATE+KEY+...); default $IMPRIMATUR_AUDIT_LOG_KEY(_FILE)"
    vkey_help = "the log's verifier key, or a file holding it (default: the log key's own)"

    def add(name: str, help_text: str, run: Callable[[argparse.Namespace], int]):
        parser = actions.add_parser(name, help=help_text)
        parser.add_argument("--store", metavar="URL", help=store_help)
        parser.set_defaults(func=_guard(run), open_store=opener)
        return parser

    keygen = actions.add_parser("keygen", help="make a log signing key (0600) and print its vkey")
    keygen.add_argument(
        "--name", required=True, help="the log's origin, e.g. audit.example.com/log"
    )
    keygen.add_argument("--out", required=True, metavar="FILE", help="where to write the key")
    keygen.set_defaults(func=_guard(run_keygen))

    checkpoint = add("checkpoint", "print the latest signed checkpoint", run_checkpoint)
    checkpoint.add_argument("--key", metavar="FILE", help=key_help)
    checkpoint.add_argument(
        "--plain", action="store_true", help="leave out the last-record line (as the API)"
    )

    export = actions.choices["export"]
    export.add_argument(
        "--bundle", metavar="FILE", help="write a bundle (records, proofs, checkpoint, key)"
    )
    export.add_argument("--key", metavar="FILE", help=key_help)
    export.add_argument(
        "--earlier", metavar="FILE", help="saved checkpoint(s) to prove the bundle extends"
    )

    verify = actions.choices["verify"]
    verify.add_argument(
        "--checkpoint",
        metavar="FILE",
        help="also check that the log extends the signed checkpoint(s) saved in FILE",
    )
    verify.add_argument("--vkey", metavar="KEY|FILE", help=vkey_help)
    verify.add_argument("--key", metavar="FILE", help=key_help)

    offline = actions.add_parser("verify-bundle", help="check an exported bundle offline")
    offline.add_argument("bundle", metavar="FILE")
    offline.add_argument("--vkey", metavar="KEY|FILE", help="the key you trust (default: bundle's)")
    offline.set_defaults(func=_guard(run_verify_bundle))

    erase = add("erase", "erase a tenant's prompt texts (digests stay; logged)", run_erase)
    erase.add_argument("--tenant", required=True)
    erase.add_argument("--before", required=True, metavar="ISO", help="created before (UTC)")
    erase.add_argument("--policy-version", default="retention", help="recorded with the erasure")

    witness = add(
        "witness", "push the checkpoint to witnesses, or check what one saved", run_witness
    )
    witness.add_argument("mode", choices=("push", "check"))
    witness.add_argument(
        "--to", action="append", default=[], metavar="DIR|URL", help="push: a folder or URL"
    )
    witness.add_argument("--from", dest="source", metavar="DIR|FILE", help="check: saved notes")
    witness.add_argument("--key", metavar="FILE", help=key_help)
    witness.add_argument("--vkey", metavar="KEY|FILE", help=vkey_help)


def run_keygen(args: argparse.Namespace) -> int:
    signer = Signer.generate(args.name)
    fd = os.open(args.out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)  # never overwrite a key
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(signer.skey + "\n")
    print(signer.verifier.vkey)
    return 0


def run_checkpoint(args: argparse.Namespace) -> int:
    signer = _signer(args)
    with args.open_store(args) as store:
        sys.stdout.write(store.checkpoint(signer, hint=not args.plain))
    return 0


def run_verify_checkpoint(args: argparse.Namespace, store: AuditStore) -> int:
    """`audit verify --checkpoint FILE`: every note in FILE must be extended by the log."""
    verifier = _verifier(args)
    notes = split_notes(Path(args.checkpoint).read_text(encoding="utf-8"))
    if not notes:
        print(f"error: no checkpoint in {args.checkpoint}", file=sys.stderr)
        return 2
    results = check_witness(store, verifier, notes)
    for result in results:
        print(("ok: " if result.ok else "") + str(result))
    return 0 if all(r.ok for r in results) else 1


def run_export_bundle(args: argparse.Namespace, store: AuditStore, records) -> int:  # noqa: ANN001
    signer = _signer(args)
    earlier = split_notes(Path(args.earlier).read_text(encoding="utf-8")) if args.earlier else []
    bundle = export_bundle(store, signer, records, earlier=earlier)
    Path(args.bundle).write_text(bundle_json(bundle), encoding="utf-8")
    print(
        f"bundle: {len(bundle['records'])} records, {len(bundle['consistency'])} earlier "
        f"checkpoints -> {args.bundle}",
        file=sys.stderr,
    )
    return 0


def run_verify_bundle(args: argparse.Namespace) -> int:
    bundle = json.loads(Path(args.bundle).read_text(encoding="utf-8"))
    vkey = None
    if args.vkey:
        path = Path(args.vkey)
        vkey = path.read_text(encoding="ascii").strip() if path.is_file() else args.vkey
    report = verify_bundle(bundle, vkey)
    for problem in report.problems:
        print(f"FAILED: {problem}")
    if report.key_from_bundle:
        print("warning: checked against the key inside the bundle; pass --vkey to pin it")
    if report.ok:
        print(f"ok: {report.records} records and {report.checkpoints} earlier checkpoints verify")
    return 0 if report.ok else 1


def run_erase(args: argparse.Namespace) -> int:
    from imprimatur_cli.audit import _iso_datetime

    before = _iso_datetime(args.before)
    with args.open_store(args) as store:
        record = store.erase_prompts(args.tenant, before, policy_version=args.policy_version)
    assert record is not None  # skip_if_none is off: an erasure is always recorded
    print(
        f"erased the prompts of {record.params['erased']} records of {args.tenant} created "
        f"before {record.params['before']}; erasure record {record.record_id} (seq {record.seq})"
    )
    return 0


def run_witness(args: argparse.Namespace) -> int:
    with args.open_store(args) as store:
        if args.mode == "push":
            if not args.to:
                print("error: witness push needs --to DIR|URL", file=sys.stderr)
                return 2
            note, failures = publish_checkpoint(
                store, _signer(args), [witness_for(t) for t in args.to]
            )
            for failure in failures:
                print(f"witness failed: {failure}", file=sys.stderr)
            print(note.split("\n", 2)[1] + " records checkpointed to "
                  f"{len(args.to) - len(failures)} of {len(args.to)} witnesses")  # fmt: skip
            return 1 if failures else 0
        if not args.source:
            print("error: witness check needs --from DIR|FILE", file=sys.stderr)
            return 2
        source = Path(args.source)
        notes = (
            FolderWitness(source).saved()
            if source.is_dir()
            else split_notes(source.read_text(encoding="utf-8"))
        )
        results = check_witness(store, _verifier(args), notes)
        for result in results:
            print(("ok: " if result.ok else "") + str(result))
        print(f"{sum(r.ok for r in results)} of {len(results)} saved checkpoints hold")
        return 0 if results and all(r.ok for r in results) else 1
