"""Signed notes and checkpoints: Go's golang.org/x/mod/sumdb vectors, and what must not verify."""

from __future__ import annotations

import base64
import os
import stat
from pathlib import Path

import pytest

from governance.audit import tlog
from governance.audit.checkpoint import (
    Checkpoint,
    ensure_dev_log_key,
    load_log_signer,
    open_checkpoint,
    sign_checkpoint,
)
from governance.audit.note import NoteError, Signer, Verifier, key_id, open_note, sign, split

pytestmark = pytest.mark.unit

# From golang.org/x/mod/sumdb/note/note_test.go.
PETER_SKEY = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz"
PETER_VKEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"
ENOCH_VKEY = "EnochRoot+af0cfe78+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop"
TEXT = (
    "If you think cryptography is the answer to your problem,\n"
    "then you don't know what your problem is.\n"
)
PETER_SIG = (
    "\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqd"
    "ngotpRZb6KE6RyyBwJnAM=\n"
)
ENOCH_SIG = (
    "\u2014 EnochRoot rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01oOTGwnW"
    "Lox33WWd1RvMc+QQ=\n"
)


def test_go_signer_key_signs_the_golden_note() -> None:
    signer = Signer.from_skey(PETER_SKEY)
    assert signer.verifier.vkey == PETER_VKEY
    assert signer.skey == PETER_SKEY
    assert sign(TEXT, signer) == TEXT + "\n" + PETER_SIG


def test_go_verifier_keys_and_key_ids() -> None:
    peter = Verifier.from_vkey(PETER_VKEY)
    assert peter.key_id.hex() == "c74f20a3" == key_id("PeterNeumann", peter.public_key).hex()
    enoch = Verifier.from_vkey(ENOCH_VKEY)
    opened = open_note(TEXT + "\n" + PETER_SIG + ENOCH_SIG, [peter, enoch])
    assert opened.text == TEXT and opened.verified == ("PeterNeumann", "EnochRoot")
    only_peter = open_note(TEXT + "\n" + PETER_SIG + ENOCH_SIG, [peter])
    assert [s.name for s in only_peter.unverified] == ["EnochRoot"]


@pytest.mark.parametrize(
    "bad",
    [
        "PeterNeumann+c74f20a4+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",  # id off by one
        "PeterNeumann+173116ae+ZRpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",  # unknown algorithm
        "PeterNeumann+cc469956+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TWBADKEY==",
        "Peter Neumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
        "PeterNeumann+c74f20a3",
    ],
)
def test_mangled_verifier_keys_are_refused(bad: str) -> None:
    with pytest.raises(NoteError):
        Verifier.from_vkey(bad)


def test_bad_signatures_are_named() -> None:
    peter = Verifier.from_vkey(PETER_VKEY)
    with pytest.raises(NoteError, match="bad signature"):
        open_note(TEXT.replace("answer", "ANSWER") + "\n" + PETER_SIG, [peter])
    with pytest.raises(NoteError, match="not signed by a known key"):
        open_note(TEXT + "\n" + ENOCH_SIG, [peter])
    forged = Signer.generate("PeterNeumann")  # same name, other key: the id differs
    with pytest.raises(NoteError, match="not signed by a known key"):
        open_note(sign(TEXT, forged), [peter])
    with pytest.raises(NoteError, match="malformed"):
        split(TEXT + PETER_SIG)
    with pytest.raises(NoteError):
        sign("no final newline", forged)


def test_checkpoint_text_matches_go_tree_note() -> None:
    # golang.org/x/mod/sumdb/tlog note_test.go: FormatTree golden.
    root = tlog.leaf_hash(b"hello world")
    golden = "go.sum database tree\n123456789012\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=\n"
    assert Checkpoint("go.sum database tree", 123456789012, root).text() == golden
    assert Checkpoint.parse(golden) == Checkpoint("go.sum database tree", 123456789012, root)
    for bad in (
        golden.replace("123456789012", "0x1f"),
        golden.replace("123456789012", "0123"),
        golden.replace("TszzRgjTG6xce", "TszzRgjTG6x"),
        golden.rstrip("\n"),
        "\n1\n" + base64.b64encode(root).decode() + "\n",
    ):
        with pytest.raises(NoteError):
            Checkpoint.parse(bad)


def test_signed_checkpoint_round_trip_and_origin_binding() -> None:
    signer = Signer.generate("example.com/log")
    cp = Checkpoint("example.com/log", 5, tlog.leaf_hash(b"x"), ("extension line",))
    note = sign_checkpoint(cp, signer)
    assert note.startswith("example.com/log\n5\n") and "\n\n\u2014 example.com/log " in note
    assert open_checkpoint(note, signer.verifier).checkpoint == cp
    with pytest.raises(NoteError):
        sign_checkpoint(Checkpoint("other/log", 5, cp.root), signer)
    other = Signer.generate("example.com/log")
    with pytest.raises(NoteError, match="bad signature"):
        open_checkpoint(note, other.verifier)


def test_dev_key_is_made_once_0600(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("IMPRIMATUR_AUDIT_LOG_KEY", raising=False)
    monkeypatch.delenv("IMPRIMATUR_AUDIT_LOG_KEY_FILE", raising=False)
    monkeypatch.setenv("IMPRIMATUR_HOME", str(tmp_path))
    first = load_log_signer()
    key_file = tmp_path / "audit" / "log.key"
    assert stat.S_IMODE(os.stat(key_file).st_mode) == 0o600
    assert first.name.startswith("imprimatur.invalid/dev-audit/")
    assert ensure_dev_log_key(tmp_path / "audit").skey == first.skey
    assert (tmp_path / "audit" / "log.vkey").read_text().strip() == first.verifier.vkey
    with pytest.raises(NoteError, match="no audit log key"):
        load_log_signer(allow_dev=False)


def test_production_key_from_env_or_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IMPRIMATUR_HOME", str(tmp_path))
    monkeypatch.setenv("IMPRIMATUR_AUDIT_LOG_KEY", PETER_SKEY)
    assert load_log_signer().verifier.vkey == PETER_VKEY
    monkeypatch.delenv("IMPRIMATUR_AUDIT_LOG_KEY")
    secret = tmp_path / "secret.key"
    secret.write_text(PETER_SKEY + "\n")
    monkeypatch.setenv("IMPRIMATUR_AUDIT_LOG_KEY_FILE", str(secret))
    assert load_log_signer(allow_dev=False).verifier.vkey == PETER_VKEY
    assert not (tmp_path / "audit").exists()  # no dev key made when a real one is given
