"""C2SP signed notes with Ed25519 (https://c2sp.org/signed-note), as Go's sumdb/note writes them.

A note is UTF-8 text ending in a newline, a blank line, then signature lines
``— <name> <base64(4-byte key id || signature)>``. The key id is the first 4 bytes of
SHA-256(name || 0x0A || 0x01 || public key), so a verifier can pick its key without trying all.
Keys travel as strings that Go's tooling also reads:
verifier ``<name>+<hex key id>+<base64(0x01 || public key)>`` and signer
``PRIVATE+KEY+<name>+<hex key id>+<base64(0x01 || seed)>``.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

ALG_ED25519 = 0x01
DASH = "\u2014"  # em dash: the signature line marker
_MAX_SIGNATURES = 100


class NoteError(ValueError):
    """A note, key or signature could not be parsed or did not verify. The message says which."""


def _check_name(name: str) -> str:
    if not name or "+" in name or any(c.isspace() for c in name):
        raise NoteError(f"invalid key name {name!r}: must be non-empty, no '+' or whitespace")
    return name


def key_id(name: str, public_key: bytes) -> bytes:
    """First 4 bytes of SHA-256(name || '\\n' || 0x01 || public key)."""
    data = name.encode("utf-8") + b"\n" + bytes([ALG_ED25519]) + public_key
    return hashlib.sha256(data).digest()[:4]


def _b64decode(text: str) -> bytes:
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise NoteError(f"not standard base64: {text[:40]!r}") from exc


def _raw_public(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


@dataclass(frozen=True)
class Verifier:
    """A named Ed25519 public key: checks signatures on notes."""

    name: str
    public_key: bytes

    @property
    def key_id(self) -> bytes:
        return key_id(self.name, self.public_key)

    @property
    def vkey(self) -> str:
        """The verifier key string `<name>+<hex id>+<base64(0x01 || key)>`."""
        blob = base64.b64encode(bytes([ALG_ED25519]) + self.public_key).decode("ascii")
        return f"{self.name}+{self.key_id.hex()}+{blob}"

    @classmethod
    def from_vkey(cls, vkey: str) -> Verifier:
        """Parse a verifier key; refuses unknown algorithms and ids that do not match the key."""
        parts = vkey.strip().split("+", 2)  # base64 may hold '+'
        if len(parts) != 3:
            raise NoteError("a verifier key is <name>+<hex key id>+<base64 key>")
        name, hex_id, blob = parts
        _check_name(name)
        key = _b64decode(blob)
        if len(key) != 33 or key[0] != ALG_ED25519:
            raise NoteError("verifier key is not an Ed25519 key (0x01 || 32 bytes)")
        verifier = cls(name, key[1:])
        if len(hex_id) != 8 or hex_id.lower() != hex_id or verifier.key_id.hex() != hex_id:
            raise NoteError(f"key id {hex_id} does not match the key named {name}")
        return verifier

    def verify(self, message: bytes, signature: bytes) -> bool:
        try:
            Ed25519PublicKey.from_public_bytes(self.public_key).verify(signature, message)
        except (InvalidSignature, ValueError):
            return False
        return True


class Signer:
    """A named Ed25519 private key: signs notes."""

    def __init__(self, name: str, private_key: Ed25519PrivateKey) -> None:
        self.name = _check_name(name)
        self._key = private_key
        self.verifier = Verifier(name, _raw_public(private_key.public_key()))

    @classmethod
    def generate(cls, name: str) -> Signer:
        return cls(name, Ed25519PrivateKey.generate())

    @classmethod
    def from_skey(cls, skey: str) -> Signer:
        """Parse `PRIVATE+KEY+<name>+<hex id>+<base64(0x01 || seed)>` (Go's note.NewSigner)."""
        parts = skey.strip().split("+", 4)  # base64 may hold '+'
        if len(parts) != 5 or parts[:2] != ["PRIVATE", "KEY"]:
            raise NoteError("a signer key is PRIVATE+KEY+<name>+<hex key id>+<base64 key>")
        name, hex_id, blob = parts[2:]
        _check_name(name)
        seed = _b64decode(blob)
        if len(seed) != 33 or seed[0] != ALG_ED25519:
            raise NoteError("signer key is not an Ed25519 seed (0x01 || 32 bytes)")
        signer = cls(name, Ed25519PrivateKey.from_private_bytes(seed[1:]))
        if signer.verifier.key_id.hex() != hex_id:
            raise NoteError(f"key id {hex_id} does not match the signer key named {name}")
        return signer

    @property
    def skey(self) -> str:
        """The private key string (keep it secret: 0600 file or a Secret)."""
        from cryptography.hazmat.primitives.serialization import NoEncryption, PrivateFormat

        seed = self._key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
        blob = base64.b64encode(bytes([ALG_ED25519]) + seed).decode("ascii")
        return f"PRIVATE+KEY+{self.name}+{self.verifier.key_id.hex()}+{blob}"

    def signature_line(self, text: str) -> str:
        """`— <name> <base64(key id || Ed25519(text))>` for a note whose text is `text`."""
        sig = self._key.sign(text.encode("utf-8"))
        blob = base64.b64encode(self.verifier.key_id + sig).decode("ascii")
        return f"{DASH} {self.name} {blob}\n"


def _check_text(text: str) -> None:
    if not text.endswith("\n"):
        raise NoteError("note text must end in a newline")
    if any(c < " " and c != "\n" for c in text):
        raise NoteError("note text must not hold control characters")


def sign(text: str, *signers: Signer) -> str:
    """The signed note: `text`, a blank line, one signature line per signer."""
    _check_text(text)
    if not signers:
        raise NoteError("a note needs at least one signer")
    return text + "\n" + "".join(s.signature_line(text) for s in signers)


@dataclass(frozen=True)
class Signature:
    name: str
    key_id: bytes
    signature: bytes


@dataclass(frozen=True)
class OpenedNote:
    """A note whose signature by at least one known key held."""

    text: str
    verified: tuple[str, ...]
    """Names of the known keys whose signatures verified."""
    unverified: tuple[Signature, ...]
    """Signatures by keys the caller did not name (e.g. witness cosignatures)."""


def split(message: str) -> tuple[str, list[Signature]]:
    """Text and signatures of a note, without checking any signature."""
    cut = message.rfind("\n\n")
    if cut < 0 or not message.endswith("\n"):
        raise NoteError("malformed note: no blank line before the signatures")
    text, block = message[: cut + 1], message[cut + 2 :]
    _check_text(text)
    signatures = []
    for line in block.splitlines():
        fields = line.split(" ")
        if len(fields) != 3 or fields[0] != DASH:
            raise NoteError(f"malformed signature line {line[:60]!r}")
        raw = _b64decode(fields[2])
        if len(raw) < 5:
            raise NoteError(f"signature by {fields[1]} is too short")
        signatures.append(Signature(_check_name(fields[1]), raw[:4], raw[4:]))
    if not signatures or len(signatures) > _MAX_SIGNATURES:
        raise NoteError("a note must carry between 1 and 100 signatures")
    return text, signatures


def open_note(message: str, verifiers: Iterable[Verifier]) -> OpenedNote:
    """Check a note's signatures against known keys.

    Fails (NoteError) when a known key's signature does not verify ("bad signature") or when
    no known key signed it; signatures by unknown keys are returned, unchecked.
    """
    text, signatures = split(message)
    known = {(v.name, v.key_id): v for v in verifiers}
    verified, unverified = [], []
    for sig in signatures:
        verifier = known.get((sig.name, sig.key_id))
        if verifier is None:
            unverified.append(sig)
            continue
        if not verifier.verify(text.encode("utf-8"), sig.signature):
            raise NoteError(f"bad signature: the signature by {sig.name} does not verify")
        verified.append(sig.name)
    if not verified:
        names = ", ".join(sorted({v.name for v in known.values()})) or "none given"
        raise NoteError(f"bad signature: the note is not signed by a known key ({names})")
    return OpenedNote(text, tuple(verified), tuple(unverified))
