"""`imprimatur verify IMAGE`: the detection tool on the command line.

Locally it validates the C2PA manifest against the given trust anchors and decodes the
watermark; with `--store` it also looks the record up in an audit store, and with `--url`
it asks a running service instead (the same answer as POST /v1/provenance/verify).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from governance import environment


def _local(args: argparse.Namespace, data: bytes) -> dict[str, Any]:
    from governance.audit import open_store
    from governance.detection import describe_record, inspect_image, sniff_mime
    from governance.provenance import ContentCredentials
    from governance.watermark import Watermarker

    anchors = Path(args.trust_anchors).read_text() if args.trust_anchors else None
    credentials = ContentCredentials.reader_only(anchors)
    key = args.watermark_key or environment.read(environment.WATERMARK_KEY) or None
    found = inspect_image(data, sniff_mime(data, None), credentials, Watermarker(key))
    answer: dict[str, Any] = {"c2pa": found["c2pa"], "watermark": found["watermark"]}
    record_id = found["watermark"]["record_id"] or found["manifest_record_id"]
    if args.store and record_id:
        store = open_store(args.store, create=False)
        try:
            record = store.get(record_id)
        finally:
            store.close()
        answer["record"] = (
            describe_record(record, "Imprimatur", show_private=True) if record else None
        )
    return answer


def _remote(args: argparse.Namespace, data: bytes) -> dict[str, Any]:
    import httpx

    from governance.detection import sniff_mime

    headers = {"Content-Type": sniff_mime(data, None)}
    if args.api_key:
        headers["Authorization"] = f"Bearer {args.api_key}"
    response = httpx.post(
        f"{args.url.rstrip('/')}/v1/provenance/verify", content=data, headers=headers, timeout=60
    )
    body = response.json()
    if response.status_code != 200:
        raise SystemExit(f"verify: {body.get('error', {}).get('message', response.text)}")
    return body


def _print_human(answer: dict[str, Any]) -> None:
    c2pa = answer["c2pa"]
    print(
        f"C2PA:      {c2pa['state']}" + (f" (signed by {c2pa['signer']})" if c2pa["signer"] else "")
    )
    for action in c2pa.get("actions") or []:
        source = action.get("digitalSourceType", "")
        print(f"  action:  {action.get('action')} {source}".rstrip())
    disclosure = c2pa.get("disclosure")
    if disclosure:
        system, model = disclosure.get("system") or {}, disclosure.get("model") or {}
        print(f"  provider:   {disclosure.get('provider')}")
        print(f"  system:     {system.get('name')} {system.get('version')}")
        print(f"  model:      {model.get('name')} {model.get('version')}")
        print(f"  created:    {disclosure.get('created')}")
        print(f"  identifier: {disclosure.get('identifier')} ({disclosure.get('manifest_id')})")
    if c2pa.get("timestamp"):
        print(f"  timestamp:  {c2pa['timestamp']} (RFC 3161 time-stamp authority)")
    watermark = answer["watermark"]
    print(f"Watermark: {watermark['record_id'] if watermark['detected'] else 'not detected'}")
    record = answer.get("record")
    if record:
        print(f"Record:    {record['record_id']} by {record['provider']}, model {record['model']}")
        print(f"           created {record['created']}")
    elif "record" in answer:
        print("Record:    none found")


def _verify(args: argparse.Namespace) -> int:
    try:
        data = Path(args.image).read_bytes()
    except OSError as exc:
        print(f"verify: cannot read {args.image}: {exc}", file=sys.stderr)
        return 2
    from governance.errors import ImprimaturError

    try:
        answer = _remote(args, data) if args.url else _local(args, data)
    except ImprimaturError as exc:
        print(f"verify: {exc.message}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(answer, indent=2, default=str))
    else:
        _print_human(answer)
    marked = answer["watermark"]["detected"] or answer["c2pa"]["state"] != "absent"
    return 0 if marked else 1


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "verify",
        help="check an image's C2PA credentials and invisible watermark",
        description="Exit 0 when the image carries credentials or a watermark, 1 when neither.",
    )
    parser.add_argument("image", help="PNG, JPEG or WebP file")
    parser.add_argument("--json", action="store_true", help="print the full JSON answer")
    parser.add_argument("--trust-anchors", help="PEM roots to validate against (else: untrusted)")
    parser.add_argument("--watermark-key", help="watermark key (default $IMPRIMATUR_WATERMARK_KEY)")
    parser.add_argument("--store", help="audit store URL to look the record up in")
    parser.add_argument("--url", help="ask a running service instead, e.g. http://127.0.0.1:8000")
    parser.add_argument("--api-key", help="with --url: a tenant key shows private fields")
    parser.set_defaults(func=_verify)
