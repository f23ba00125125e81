"""RFC 9162 tree hashing and proofs: the RFC 6962 test vectors, and an independent recursion."""

from __future__ import annotations

import base64
import hashlib
import random

import pytest

from governance.audit import tlog

pytestmark = pytest.mark.unit

# The RFC 6962 reference data set (also in certificate-transparency and transparency-dev/merkle).
LEAVES = [
    bytes.fromhex(h)
    for h in ("", "00", "10", "2021", "3031", "40414243", "5051525354555657",
              "606162636465666768696a6b6c6d6e6f")
]  # fmt: skip
ROOTS = [
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
]
B = base64.b64decode
# (leaf index, tree size, proof) from transparency-dev/merkle testdata/inclusion/*/happy-path.
INCLUSION = [
    (0, 1, []),
    (0, 8, ["lqKW0iTyhcZ77pPDD4owkVfw2qNdxbh+QQt4YwoJz8c=",
            "Xwg/ChozygdqlSeYMlgNs+DvRYS9/x9UyKNg9Q3jAx4=",
            "a0eq8p7jwq+a+Im8H7klTavTEXfxYjLdaqsDXKOb9uQ="]),
    (5, 8, ["vBoGQ7EuTS18d5GPROD095qDi2z57FtcKD4fTYhZnms=",
            "yoVOoSjtBQtBs1/8G4e46yveRh6eO1WW7Oa51ZdaCuA=",
            "037kGJdt2VdTwcc4Yrk5j6Kiz5tP8P3+izDNlSCWFLc="]),
    (2, 3, ["+sVCA+fMaWzw38tCySodnbr3CtnmIfS9jZhmLwDjwSU="]),
    (1, 5, ["bjQLnP+zepicpUTmu3gKLHiQHT+zNzh2hRGjBhevoB0=",
            "Xwg/ChozygdqlSeYMlgNs+DvRYS9/x9UyKNg9Q3jAx4=",
            "vBoGQ7EuTS18d5GPROD095qDi2z57FtcKD4fTYhZnms="]),
]  # fmt: skip
# (first, second, proof) from transparency-dev/merkle testdata/consistency/*/happy-path.
CONSISTENCY = [
    (1, 1, []),
    (1, 8, ["lqKW0iTyhcZ77pPDD4owkVfw2qNdxbh+QQt4YwoJz8c=",
            "Xwg/ChozygdqlSeYMlgNs+DvRYS9/x9UyKNg9Q3jAx4=",
            "a0eq8p7jwq+a+Im8H7klTavTEXfxYjLdaqsDXKOb9uQ="]),
    (6, 8, ["DrxdNDf74tsVi58Sah0RjjCBgQMdCpSfje3t68VY72o=",
            "yoVOoSjtBQtBs1/8G4e46yveRh6eO1WW7Oa51ZdaCuA=",
            "037kGJdt2VdTwcc4Yrk5j6Kiz5tP8P3+izDNlSCWFLc="]),
    (2, 5, ["Xwg/ChozygdqlSeYMlgNs+DvRYS9/x9UyKNg9Q3jAx4=",
            "vBoGQ7EuTS18d5GPROD095qDi2z57FtcKD4fTYhZnms="]),
    (6, 7, ["DrxdNDf74tsVi58Sah0RjjCBgQMdCpSfje3t68VY72o=",
            "sIaT7C5yFZcTBkHoIR5+7cy0wmQTlj7ubB4u0W/7Gl8=",
            "037kGJdt2VdTwcc4Yrk5j6Kiz5tP8P3+izDNlSCWFLc="]),
]  # fmt: skip


# -- an independent implementation, straight from RFC 9162's recursive definitions ---------


def sha(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


def mth(d: list[bytes]) -> bytes:
    n = len(d)
    if n == 0:
        return sha(b"")
    if n == 1:
        return sha(b"\x00" + d[0])
    k = 1
    while k * 2 < n:
        k *= 2
    return sha(b"\x01" + mth(d[:k]) + mth(d[k:]))


def ref_path(m: int, d: list[bytes]) -> list[bytes]:
    n = len(d)
    if n == 1:
        return []
    k = 1
    while k * 2 < n:
        k *= 2
    if m < k:
        return ref_path(m, d[:k]) + [mth(d[k:])]
    return ref_path(m - k, d[k:]) + [mth(d[:k])]


def ref_subproof(m: int, d: list[bytes], b: bool) -> list[bytes]:
    n = len(d)
    if m == n:
        return [] if b else [mth(d)]
    k = 1
    while k * 2 < n:
        k *= 2
    if m <= k:
        return ref_subproof(m, d[:k], b) + [mth(d[k:])]
    return ref_subproof(m - k, d[k:], False) + [mth(d[:k])]


def ref_root_from_path(m: int, n: int, leaf: bytes, path: list[bytes]) -> bytes:
    """Rebuild the root by the same recursion that made the path (not RFC's bit loop)."""
    if n == 1:
        assert not path
        return leaf
    k = 1
    while k * 2 < n:
        k *= 2
    *inner, last = path
    if m < k:
        return sha(b"\x01" + ref_root_from_path(m, k, leaf, inner) + last)
    return sha(b"\x01" + last + ref_root_from_path(m - k, n - k, leaf, inner))


def data(i: int) -> bytes:
    return f"record {i}".encode()


@pytest.fixture(scope="module")
def big() -> tuple[tlog.MemoryTree, list[bytes]]:
    tree, items = tlog.MemoryTree(), [data(i) for i in range(70)]
    for item in items:
        tree.append(item)
    return tree, items


# -- the RFC vectors ------------------------------------------------------------------------


def test_rfc6962_roots_for_every_size() -> None:
    tree = tlog.MemoryTree()
    assert tree.root() == bytes.fromhex(ROOTS[0]) == tlog.EMPTY_ROOT
    for size, leaf in enumerate(LEAVES, start=1):
        tree.append(leaf)
        assert tree.root().hex() == ROOTS[size]
        assert tlog.root_from_frontier(tree.frontier).hex() == ROOTS[size]
        assert mth(LEAVES[:size]).hex() == ROOTS[size]


@pytest.mark.parametrize(("index", "size", "proof"), INCLUSION)
def test_rfc6962_inclusion_vectors(index: int, size: int, proof: list[str]) -> None:
    tree = tlog.MemoryTree()
    for leaf in LEAVES:
        tree.append(leaf)
    expected = [B(p) for p in proof]
    assert tlog.inclusion_proof(index, size, tree.read) == expected
    leaf = tlog.leaf_hash(LEAVES[index])
    assert tlog.verify_inclusion(index, size, leaf, expected, bytes.fromhex(ROOTS[size]))


@pytest.mark.parametrize(("first", "second", "proof"), CONSISTENCY)
def test_rfc6962_consistency_vectors(first: int, second: int, proof: list[str]) -> None:
    tree = tlog.MemoryTree()
    for leaf in LEAVES:
        tree.append(leaf)
    expected = [B(p) for p in proof]
    assert tlog.consistency_proof(first, second, tree.read) == expected
    r1, r2 = bytes.fromhex(ROOTS[first]), bytes.fromhex(ROOTS[second])
    assert tlog.verify_consistency(first, second, r1, r2, expected)
    if first != second:
        assert not tlog.verify_consistency(first, second, r2, r1, expected)


# -- against the independent recursion, every size and index up to 70 -----------------------


def test_roots_and_stored_layout_match_the_definition(big) -> None:
    tree, items = big
    assert len(tree.hashes) == tlog.stored_count(len(items))
    for size in range(len(items) + 1):
        assert tree.root(size) == mth(items[:size])
    for level in range(7):
        for index in range(len(items) >> level):
            span = items[index << level : (index + 1) << level]
            assert tree.hashes[tlog.stored_index(level, index)] == mth(span)


def test_inclusion_proofs_match_the_definition(big) -> None:
    tree, items = big
    for size in range(1, len(items) + 1):
        root = mth(items[:size])
        for index in range(size):
            proof = tlog.inclusion_proof(index, size, tree.read)
            assert proof == ref_path(index, items[:size])
            leaf = tlog.leaf_hash(items[index])
            assert tlog.verify_inclusion(index, size, leaf, proof, root)
            assert ref_root_from_path(index, size, leaf, proof) == root


def test_consistency_proofs_match_the_definition(big) -> None:
    tree, items = big
    for second in range(1, len(items) + 1):
        root2 = mth(items[:second])
        for first in range(1, second + 1):
            proof = tlog.consistency_proof(first, second, tree.read)
            assert proof == ref_subproof(first, items[:second], True)
            assert tlog.verify_consistency(first, second, mth(items[:first]), root2, proof)


def test_tampered_proofs_fail() -> None:
    rng = random.Random(7)
    tree, items = tlog.MemoryTree(), [data(i) for i in range(37)]
    for item in items:
        tree.append(item)
    root = tree.root()
    for _ in range(200):
        index = rng.randrange(37)
        proof = tlog.inclusion_proof(index, 37, tree.read)
        leaf = tlog.leaf_hash(items[index])
        bad = list(proof)
        spot = rng.randrange(len(bad))
        bad[spot] = bytes([bad[spot][0] ^ 1]) + bad[spot][1:]
        assert not tlog.verify_inclusion(index, 37, leaf, bad, root)
        assert not tlog.verify_inclusion(index, 37, leaf, proof[:-1], root)
        assert not tlog.verify_inclusion(index, 37, leaf, [*proof, proof[0]], root)
        assert not tlog.verify_inclusion((index + 1) % 37, 37, leaf, proof, root)
        assert not tlog.verify_inclusion(index, 80, leaf, proof, root)  # path too short
        first = rng.randrange(1, 37)
        cproof = tlog.consistency_proof(first, 37, tree.read)
        r1 = tree.root(first)
        assert tlog.verify_consistency(first, 37, r1, root, cproof)
        if cproof:
            assert not tlog.verify_consistency(first, 37, r1, root, cproof[:-1])
            cbad = list(cproof)
            cbad[0] = bytes(32)
            assert not tlog.verify_consistency(first, 37, r1, root, cbad)
        assert not tlog.verify_consistency(first, 37, tree.root(first - 1), root, cproof)


def test_a_rewritten_leaf_breaks_consistency_with_the_old_root() -> None:
    honest, forged = tlog.MemoryTree(), tlog.MemoryTree()
    for i in range(20):
        honest.append(data(i))
        forged.append(b"edited" if i == 4 else data(i))
    old_root = honest.root(10)
    proof = tlog.consistency_proof(10, 20, forged.read)
    assert not tlog.verify_consistency(10, 20, old_root, forged.root(), proof)


def test_bad_arguments() -> None:
    tree = tlog.MemoryTree()
    tree.append(b"x")
    with pytest.raises(tlog.ProofError):
        tlog.inclusion_proof(1, 1, tree.read)
    with pytest.raises(tlog.ProofError):
        tlog.consistency_proof(2, 1, tree.read)
    assert tlog.consistency_proof(0, 1, tree.read) == []
    assert tlog.verify_consistency(0, 1, tlog.EMPTY_ROOT, tree.root(), [])
    with pytest.raises(ValueError):
        tlog.append_leaf([], 1, bytes(32))
