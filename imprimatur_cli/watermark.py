"""`imprimatur watermark embed|decode`: mark a file, or read which record an image came from.

A reviewer holding an image without its C2PA manifest (stripped by a re-upload) decodes the
record id here and looks it up in the audit log.
"""

from __future__ import annotations

import argparse
import sys

from PIL import Image, UnidentifiedImageError

from governance import environment
from governance.watermark import MIN_RELIABLE_SIDE, Watermarker, WatermarkError

_KEY_HELP = (
    "watermark key (default: $IMPRIMATUR_WATERMARK_KEY, else the development key); "
    "must match the key the service embedded with"
)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add `imprimatur watermark embed IN OUT --record-id HEX` and `... decode IN`."""
    watermark = subparsers.add_parser("watermark", help="embed or read the invisible record id")
    watermark.set_defaults(func=lambda _args: watermark.print_help() or 2)
    sub = watermark.add_subparsers(dest="watermark_command", metavar="SUBCOMMAND")

    embed = sub.add_parser("embed", help="write a copy of IN to OUT carrying the record id")
    embed.add_argument("input", metavar="IN", help="image file to mark")
    embed.add_argument("output", metavar="OUT", help="where to write the marked image")
    embed.add_argument("--record-id", required=True, help="16 lowercase hex characters")
    embed.add_argument("--key", default=None, help=_KEY_HELP)
    embed.set_defaults(func=_cmd_embed)

    decode = sub.add_parser("decode", help="print the record id carried by IN")
    decode.add_argument("input", metavar="IN", help="image file to read")
    decode.add_argument("--key", default=None, help=_KEY_HELP)
    decode.set_defaults(func=_cmd_decode)


def _watermarker(key: str | None) -> Watermarker:
    return Watermarker(key if key is not None else environment.read(environment.WATERMARK_KEY))


def _open(path: str) -> Image.Image | None:
    try:
        with Image.open(path) as image:
            return image.convert("RGB")
    except (OSError, UnidentifiedImageError) as exc:
        print(f"imprimatur watermark: cannot read {path}: {exc}", file=sys.stderr)
        return None


def _cmd_embed(args: argparse.Namespace) -> int:
    image = _open(args.input)
    if image is None:
        return 1
    try:
        marked = _watermarker(args.key).embed(image, args.record_id)
    except WatermarkError as exc:
        print(f"imprimatur watermark: {exc.message}", file=sys.stderr)
        return 1
    if min(image.size) < MIN_RELIABLE_SIDE:
        print(
            f"imprimatur watermark: warning: {image.width}x{image.height} is below "
            f"{MIN_RELIABLE_SIDE} px on its short side; the mark may not survive edits",
            file=sys.stderr,
        )
    try:
        marked.save(args.output)
    except (OSError, ValueError) as exc:
        print(f"imprimatur watermark: cannot write {args.output}: {exc}", file=sys.stderr)
        return 1
    return 0


def _cmd_decode(args: argparse.Namespace) -> int:
    image = _open(args.input)
    if image is None:
        return 1
    record_id = _watermarker(args.key).decode(image)
    if record_id is None:
        print(f"imprimatur watermark: no record id found in {args.input}", file=sys.stderr)
        return 1
    print(record_id)
    return 0
