"""The log's checkpoint (https://c2sp.org/tlog-checkpoint) and the key that signs it.

A checkpoint is the note text ``<origin>\\n<tree size>\\n<base64 root hash>\\n``, signed with
the log's Ed25519 key. Production reads the key (Go's ``PRIVATE+KEY+...`` form) from
``IMPRIMATUR_AUDIT_LOG_KEY`` or the file ``IMPRIMATUR_AUDIT_LOG_KEY_FILE`` names (a mounted
Secret); development makes one under ``$IMPRIMATUR_HOME/audit/`` (default ``./var``) on first
use, as ``imprimatur certs dev`` makes the C2PA dev CA.
"""

from __future__ import annotations

import base64
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from governance import environment
from governance.audit.note import NoteError, OpenedNote, Signer, Verifier, open_note, sign
from governance.audit.tlog import HASH_SIZE

KEY_ENV = environment.AUDIT_LOG_KEY
KEY_FILE_ENV = environment.AUDIT_LOG_KEY_FILE
DEV_KEY_FILE = "log.key"
DEV_VKEY_FILE = "log.vkey"


@dataclass(frozen=True)
class Checkpoint:
    """One tree head of one log: who (origin), how many records (size), and the root."""

    origin: str
    size: int
    root: bytes
    extensions: tuple[str, ...] = ()

    def text(self) -> str:
        """The note text a signature covers."""
        lines = [self.origin, str(self.size), base64.b64encode(self.root).decode("ascii")]
        return "\n".join([*lines, *self.extensions]) + "\n"

    @classmethod
    def parse(cls, text: str) -> Checkpoint:
        """Parse checkpoint note text (signatures already split off)."""
        lines = text.split("\n")
        if len(lines) < 4 or lines[-1] != "":
            raise NoteError("a checkpoint is origin, size and root hash, one per line")
        origin, size_text, root_text, *extensions = lines[:-1]
        if not origin:
            raise NoteError("checkpoint origin is empty")
        if not size_text.isdigit() or (size_text.startswith("0") and size_text != "0"):
            raise NoteError(f"checkpoint tree size {size_text!r} is not a decimal number")
        try:
            root = base64.b64decode(root_text, validate=True)
        except ValueError as exc:
            raise NoteError("checkpoint root hash is not base64") from exc
        if len(root) != HASH_SIZE:
            raise NoteError("checkpoint root hash is not 32 bytes")
        if any(not line for line in extensions):
            raise NoteError("checkpoint has an empty extension line")
        return cls(origin, int(size_text), root, tuple(extensions))


@dataclass(frozen=True)
class SignedCheckpoint:
    checkpoint: Checkpoint
    note: OpenedNote


def sign_checkpoint(checkpoint: Checkpoint, signer: Signer) -> str:
    """The signed note for `checkpoint` (C2SP requires the log's key name to be its origin)."""
    if signer.name != checkpoint.origin:
        raise NoteError(f"key {signer.name!r} cannot sign for origin {checkpoint.origin!r}")
    return sign(checkpoint.text(), signer)


def open_checkpoint(message: str, verifier: Verifier) -> SignedCheckpoint:
    """Verify the log's signature and parse the checkpoint; NoteError names what failed."""
    opened = open_note(message, [verifier])
    checkpoint = Checkpoint.parse(opened.text)
    if checkpoint.origin != verifier.name:
        raise NoteError(f"checkpoint origin {checkpoint.origin!r} is not {verifier.name!r}")
    return SignedCheckpoint(checkpoint, opened)


# -- the log key ---------------------------------------------------------------------------


def _write_private(path: Path, data: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(data + "\n")


def ensure_dev_log_key(directory: Path | None = None, *, origin: str | None = None) -> Signer:
    """Load the development log key from `directory`, making it (0600) on first use.

    Its origin names a development log (`imprimatur.invalid/dev-audit/<random>`), so a
    checkpoint it signs can never pass for a production log's.
    """
    directory = Path(directory or environment.state_dir() / "audit")
    key_file = directory / DEV_KEY_FILE
    if key_file.is_file():
        return Signer.from_skey(key_file.read_text(encoding="ascii"))
    directory.mkdir(parents=True, exist_ok=True)
    signer = Signer.generate(origin or f"imprimatur.invalid/dev-audit/{secrets.token_hex(4)}")
    try:
        _write_private(key_file, signer.skey)
    except FileExistsError:  # another replica made it first: use theirs
        return Signer.from_skey(key_file.read_text(encoding="ascii"))
    (directory / DEV_VKEY_FILE).write_text(signer.verifier.vkey + "\n", encoding="ascii")
    return signer


def load_log_signer(*, dev_dir: Path | None = None, allow_dev: bool = True) -> Signer:
    """The log key: $IMPRIMATUR_AUDIT_LOG_KEY, else the file $IMPRIMATUR_AUDIT_LOG_KEY_FILE,
    else (development only) the generated key under var/."""
    if text := environment.read(KEY_ENV):
        return Signer.from_skey(text)
    if path := environment.read(KEY_FILE_ENV):
        return Signer.from_skey(Path(path).read_text(encoding="ascii"))
    if not allow_dev:
        raise NoteError(f"no audit log key: set {KEY_ENV} or {KEY_FILE_ENV}")
    return ensure_dev_log_key(dev_dir)
