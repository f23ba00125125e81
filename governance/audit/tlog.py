"""RFC 9162 Merkle tree hashing, proofs and their checks: pure functions, no storage, no keys.

The tree over n records is MTH(D[n]) of RFC 9162 section 2.1.1. A store keeps every *complete*
subtree hash ("stored hashes", the layout of Go's sumdb/tlog): appending record n adds its leaf
hash plus one hash for each subtree that record completes, so the hashes of one record sit
together and the whole table only ever grows. The root and any proof for any size <= n are
then O(log n) reads of that table. `frontier` (the roots of the perfect subtrees that make up
the tree, largest first) is what an append needs, so a store keeps it beside the chain head.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence

HASH_SIZE = 32
EMPTY_ROOT = hashlib.sha256(b"").digest()
"""MTH({}) = SHA-256 of the empty string (RFC 9162 2.1.1)."""

Node = tuple[int, int]
"""(level, index): the perfect subtree over leaves [index * 2**level, (index + 1) * 2**level)."""

HashReader = Callable[[Sequence[int]], Sequence[bytes]]
"""Reads stored hashes by stored index; returns them in the order asked."""


class ProofError(ValueError):
    """A proof was asked for sizes or an index the tree cannot answer."""


def leaf_hash(data: bytes) -> bytes:
    """SHA-256(0x00 || data): the 0x00 prefix keeps a leaf from posing as an interior node."""
    return hashlib.sha256(b"\x00" + data).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    """SHA-256(0x01 || left || right)."""
    return hashlib.sha256(b"\x01" + left + right).digest()


# -- where each complete subtree hash is stored ------------------------------------------


def stored_count(size: int) -> int:
    """How many hashes a tree of `size` leaves stores: one per complete subtree (2n - popcount)."""
    if size < 0:
        raise ValueError("tree size must be >= 0")
    return 2 * size - size.bit_count()


def stored_index(level: int, index: int) -> int:
    """Position of node (level, index) in the stored-hash table.

    A node is stored right after the leaf that completes it (its last leaf), at offset `level`
    within that leaf's block of new hashes.
    """
    last_leaf = ((index + 1) << level) - 1
    return stored_count(last_leaf) + level


def append_leaf(
    frontier: Sequence[bytes], size: int, leaf: bytes
) -> tuple[list[bytes], list[bytes]]:
    """Add leaf hash `leaf` as leaf number `size`.

    Returns the new frontier and the hashes to store at stored_count(size) onwards: the leaf
    hash, then each subtree hash the leaf completes, from level 1 up.
    """
    if len(frontier) != size.bit_count():
        raise ValueError(f"frontier of {len(frontier)} hashes does not fit tree size {size}")
    stack = list(frontier)
    new = [leaf]
    current, remaining = leaf, size
    while remaining & 1:  # each set low bit is a perfect subtree waiting for a right sibling
        current = node_hash(stack.pop(), current)
        new.append(current)
        remaining >>= 1
    stack.append(current)
    return stack, new


def root_from_frontier(frontier: Sequence[bytes]) -> bytes:
    """MTH of the tree whose perfect subtrees (largest first) are `frontier`."""
    if not frontier:
        return EMPTY_ROOT
    root = frontier[-1]
    for left in reversed(frontier[:-1]):
        root = node_hash(left, root)
    return root


def frontier_nodes(size: int) -> list[Node]:
    """The perfect subtrees that make up a tree of `size` leaves, largest (leftmost) first."""
    return _range_nodes(0, size)


def _range_nodes(lo: int, hi: int) -> list[Node]:
    # [lo, hi) with lo aligned to a power of two >= hi - lo: one perfect subtree per set bit.
    nodes, start = [], lo
    for level in range((hi - lo).bit_length() - 1, -1, -1):
        if (hi - lo) >> level & 1:
            nodes.append((level, start >> level))
            start += 1 << level
    return nodes


# -- reading roots and proofs from stored hashes ------------------------------------------


class _Recorder:
    """Runs a proof algorithm twice: once to learn which nodes it needs, once with their hashes.

    Which nodes a proof needs depends only on the sizes, never on hash values, so the first
    pass can hand out zeros; the second then reads all nodes in one batch (one query).
    """

    def __init__(self, values: dict[Node, bytes] | None = None) -> None:
        self.values = values
        self.wanted: list[Node] = []

    def __call__(self, node: Node) -> bytes:
        if self.values is None:
            self.wanted.append(node)
            return bytes(HASH_SIZE)
        return self.values[node]


def _run(
    algorithm: Callable[[Callable[[Node], bytes]], list[bytes]], read: HashReader
) -> list[bytes]:
    probe = _Recorder()
    algorithm(probe)
    nodes = list(dict.fromkeys(probe.wanted))
    hashes = read([stored_index(level, index) for level, index in nodes]) if nodes else []
    if len(hashes) != len(nodes):
        raise ProofError("the stored tree is missing hashes")
    return algorithm(_Recorder(dict(zip(nodes, hashes, strict=True))))


def _range_hash(lo: int, hi: int, get: Callable[[Node], bytes]) -> bytes:
    nodes = _range_nodes(lo, hi)
    return root_from_frontier([get(node) for node in nodes])


def _split(n: int) -> int:
    """The largest power of two smaller than n (n > 1): where RFC 9162 splits D[n]."""
    return 1 << ((n - 1).bit_length() - 1)


def tree_hash(size: int, read: HashReader) -> bytes:
    """MTH of the first `size` leaves of a stored tree."""
    if size == 0:
        return EMPTY_ROOT
    return _run(lambda get: [_range_hash(0, size, get)], read)[0]


def inclusion_proof(index: int, size: int, read: HashReader) -> list[bytes]:
    """PATH(index, D[size]) of RFC 9162 2.1.3.1, leaf to root."""
    if not 0 <= index < size:
        raise ProofError(f"leaf {index} is not in a tree of size {size}")

    def path(get: Callable[[Node], bytes]) -> list[bytes]:
        out: list[bytes] = []
        lo, hi, m = 0, size, index
        while hi - lo > 1:  # descend from the root; siblings are collected top-down
            k = _split(hi - lo)
            if m < k:
                out.append(_range_hash(lo + k, hi, get))
                hi = lo + k
            else:
                out.append(_range_hash(lo, lo + k, get))
                lo, m = lo + k, m - k
        return out[::-1]

    return _run(path, read)


def consistency_proof(first: int, second: int, read: HashReader) -> list[bytes]:
    """PROOF(first, D[second]) of RFC 9162 2.1.4.1; empty when first is 0 or equals second."""
    if not 0 <= first <= second:
        raise ProofError(f"no consistency proof from size {first} to size {second}")
    if first == 0 or first == second:
        return []

    def subproof(get: Callable[[Node], bytes]) -> list[bytes]:
        out: list[bytes] = []
        lo, hi, m, whole = 0, second, first, True
        while m != hi - lo:
            k = _split(hi - lo)
            if m <= k:
                out.append(_range_hash(lo + k, hi, get))
                hi = lo + k
            else:
                out.append(_range_hash(lo, lo + k, get))
                lo, m, whole = lo + k, m - k, False
        if not whole:
            out.append(_range_hash(lo, hi, get))
        return out[::-1]

    return _run(subproof, read)


# -- checking proofs (RFC 9162 2.1.3.2 and 2.1.4.2) ---------------------------------------


def verify_inclusion(
    index: int, size: int, leaf: bytes, proof: Sequence[bytes], root: bytes
) -> bool:
    """True when `proof` shows leaf hash `leaf` at `index` in the tree of `size` with `root`."""
    if not 0 <= index < size or any(len(p) != HASH_SIZE for p in proof):
        return False
    fn, sn, r = index, size - 1, leaf
    for p in proof:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            while not fn & 1 and fn != 0:
                fn, sn = fn >> 1, sn >> 1
        else:
            r = node_hash(r, p)
        fn, sn = fn >> 1, sn >> 1
    return sn == 0 and r == root


def verify_consistency(
    first: int, second: int, first_root: bytes, second_root: bytes, proof: Sequence[bytes]
) -> bool:
    """True when `proof` shows tree (`second`, `second_root`) extends (`first`, `first_root`)."""
    if not 0 <= first <= second or any(len(p) != HASH_SIZE for p in proof):
        return False
    if first == second:
        return not proof and first_root == second_root
    if first == 0:
        return not proof  # every tree extends the empty one
    path = list(proof)
    if not path:
        return False
    if first & (first - 1) == 0:  # an exact power of two: the old root is a node of the new tree
        path.insert(0, first_root)
    fn, sn = first - 1, second - 1
    while fn & 1:
        fn, sn = fn >> 1, sn >> 1
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            fr, sr = node_hash(c, fr), node_hash(c, sr)
            while not fn & 1 and fn != 0:
                fn, sn = fn >> 1, sn >> 1
        else:
            sr = node_hash(sr, c)
        fn, sn = fn >> 1, sn >> 1
    return fr == first_root and sr == second_root and sn == 0


class MemoryTree:
    """A stored-hash table in a list: for tests, benchmarks and checking an exported bundle."""

    def __init__(self) -> None:
        self.hashes: list[bytes] = []
        self.frontier: list[bytes] = []
        self.size = 0

    def append(self, data: bytes) -> int:
        """Add one record's bytes; returns its leaf index."""
        return self.append_hash(leaf_hash(data))

    def append_hash(self, leaf: bytes) -> int:
        self.frontier, new = append_leaf(self.frontier, self.size, leaf)
        self.hashes.extend(new)
        self.size += 1
        return self.size - 1

    def read(self, indexes: Sequence[int]) -> list[bytes]:
        return [self.hashes[i] for i in indexes]

    def root(self, size: int | None = None) -> bytes:
        return tree_hash(self.size if size is None else size, self.read)
