"""Sign a PNG through c2pa-rs's data-hashed flow: we hash the file and embed the manifest.

Why. ``c2pa.Builder.sign`` reads the source and writes the signed copy through Python stream
callbacks: ~500 of them for a 1024 px PNG, and each one takes the GIL. In a replica where other
threads hold the GIL between their native calls, every callback waits its turn: 4 ms of signing
took 12-13 ms in the governance replica, and 30-200 ms beside a thread looping in Python.

Here signing is a handful of native calls with no callbacks: c2pa-rs composes a placeholder
``caBX`` chunk (``c2pa_builder_data_hashed_placeholder``); the hash of the file with that chunk
excluded is the hash of the unsigned PNG itself (hashlib, GIL released); c2pa-rs signs a claim
over that hash (``c2pa_builder_sign_data_hashed_embeddable``, which verifies the signed store
when the context's ``verify_after_sign`` is on) and returns a chunk of the placeholder's exact
size, which goes right after ``IHDR``, where ``Builder.sign`` puts it too.

c2pa-python 0.38 does not wrap those two functions; its native library exports them. This
module binds them on its own ``ctypes`` handle and borrows c2pa-python's builder and signer
handles under the same guards its own ``sign`` uses. Where any of that is missing (another
c2pa-python), :func:`load` returns None and the caller signs through streams as before.
"""

from __future__ import annotations

import ctypes
import hashlib
import json
import struct
from typing import Any

import c2pa

from governance.encoding import PNG_SIGNATURE

# The manifest chunk goes right after the signature and IHDR (length, type, 13 bytes, CRC).
AFTER_IHDR = len(PNG_SIGNATURE) + 4 + 4 + 13 + 4

_Bytes = ctypes.POINTER(ctypes.c_ubyte)


class DataHashError(Exception):
    """The native data-hashed signing failed; the message is c2pa-rs's."""


def ihdr_first(png: bytes) -> bool:
    """Whether ``png`` starts with the signature and a well-formed IHDR chunk (where the
    manifest chunk is inserted)."""
    return (
        png[: len(PNG_SIGNATURE)] == PNG_SIGNATURE
        and png[8:16] == struct.pack(">I", 13) + b"IHDR"
        and len(png) > AFTER_IHDR
    )


class DataHashedPngSigner:
    """The two native functions, bound once per process (see the module docstring)."""

    def __init__(self, lib: ctypes.CDLL) -> None:
        self._placeholder = lib.c2pa_builder_data_hashed_placeholder
        self._placeholder.argtypes = [
            ctypes.c_void_p,
            ctypes.c_size_t,
            ctypes.c_char_p,
            ctypes.POINTER(_Bytes),
        ]
        self._placeholder.restype = ctypes.c_int64
        self._sign = lib.c2pa_builder_sign_data_hashed_embeddable
        self._sign.argtypes = [
            ctypes.c_void_p,
            ctypes.c_void_p,
            ctypes.c_char_p,
            ctypes.c_char_p,
            ctypes.c_void_p,
            ctypes.POINTER(_Bytes),
        ]
        self._sign.restype = ctypes.c_int64
        self._reserve_size = lib.c2pa_signer_reserve_size
        self._reserve_size.argtypes = [ctypes.c_void_p]
        self._reserve_size.restype = ctypes.c_int64
        self._free = lib.c2pa_free
        self._free.argtypes = [ctypes.c_void_p]
        self._free.restype = ctypes.c_int

    def sign_png(
        self, builder: c2pa.Builder, signer: c2pa.Signer, png: bytes
    ) -> tuple[bytes, bytes]:
        """``png`` with a signed manifest chunk after IHDR, and the manifest store
        (application/c2pa) that chunk carries. The builder is used up (as by ``Builder.sign``).
        Raises :class:`DataHashError`."""
        if not ihdr_first(png):
            raise DataHashError("not a PNG that starts with its IHDR chunk")
        with builder._exclusive_native_call(), signer._native_call():
            reserve = self._reserve_size(signer._handle)
            if reserve < 0:
                raise DataHashError(_native_error("reserve size"))
            placeholder = self._take(
                "placeholder",
                lambda out: self._placeholder(builder._handle, reserve, b"image/png", out),
            )
            data_hash = {
                "name": "jumbf manifest",
                "alg": "sha256",
                # The file minus the excluded chunk is exactly the unsigned PNG.
                "hash": list(hashlib.sha256(png).digest()),
                "pad": [],
                "exclusions": [{"start": AFTER_IHDR, "length": len(placeholder)}],
            }
            manifest = self._take(
                "signing",
                lambda out: self._sign(
                    builder._handle,
                    signer._handle,
                    json.dumps(data_hash).encode(),
                    b"image/png",
                    None,
                    out,
                ),
            )
        if len(manifest) != len(placeholder):
            raise DataHashError(
                f"the signed manifest chunk is {len(manifest)} bytes, "
                f"its placeholder {len(placeholder)}"
            )
        # The chunk: its length, "caBX", the store, its CRC.
        return b"".join((png[:AFTER_IHDR], manifest, png[AFTER_IHDR:])), manifest[8:-4]

    def _take(self, what: str, call: Any) -> bytes:
        out = _Bytes()
        size = call(ctypes.byref(out))
        if size < 0 or not out:
            raise DataHashError(_native_error(what))
        try:
            return ctypes.string_at(out, size)
        finally:
            self._free(out)


def _native_error(what: str) -> str:
    try:
        message = c2pa.c2pa._read_native_error()
    except Exception:  # noqa: BLE001 - only the message is lost
        message = None
    return f"C2PA {what} failed: {message or 'no message from c2pa-rs'}"


def load() -> DataHashedPngSigner | None:
    """The bound functions, or None where this c2pa-python lacks what they rely on."""
    try:
        native = c2pa.c2pa._lib
        for guard in ("_exclusive_native_call", "_native_call"):
            if not hasattr(c2pa.Builder, guard) or not hasattr(c2pa.Signer, guard):
                return None
        return DataHashedPngSigner(ctypes.CDLL(native._name))
    except (AttributeError, OSError):
        return None
