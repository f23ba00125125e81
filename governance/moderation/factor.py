"""Big alternations, rewritten so that ``re`` tries few alternatives at each position.

The term lists are alternations of hundreds of words behind a ``(?<![a-z0-9])``. At every
word start Python's ``re`` tried each alternative in turn (it skips one cheaply only when it
opens with a literal or a character class, and many open with a group), and most of a long
prompt's term-list cost was there. :func:`factored` rewrites a pattern to dispatch on the next
character first: ``(?:nude|nipple|porn)`` becomes ``(?:n(?:ude|ipple)|porn)``, each branch
opening with a literal, three characters deep.

Exact, not approximate: a backtracking matcher tries a pattern's ways of matching in a fixed
order and takes the first that succeeds. The branch for character ``c`` holds, in their
original order, the alternatives' remainders after ``c`` (their derivatives: a lookbehind
``(?<!x)`` before ``c`` is ``(?<!xc)`` after it, a lookahead's body is derived too), and an
alternative that cannot start with ``c`` could not have matched there anyway; so at every
position the first success, and with it the span, is the one the original finds: ``search``,
``finditer`` and ``sub`` give the same results. Where a construct is not understood here
(anchors, a repeat that may match empty) or copying it would cost too much, the alternative is
kept whole in its place, which is exact too; a pattern with capturing groups or flags is
compiled as written. ``tests/unit/test_moderation_cost.py`` compares every list with its
original on the data prompts and on text made of the lists' own words.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

try:  # The parser behind re; public as sre_parse before 3.11 (deprecated since).
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover
    _p = _c = None  # type: ignore[assignment]

#: How much bigger than an alternative its copies (one per first character: what follows a
#: leading "(?:jews?|muslims|...)" goes into each) may be, in the first dispatch, which re
#: runs at every word start, and in the later ones, which it reaches only past a character
#: that begins some alternative. Alternatives over budget are kept whole in their place.
TOP_COPY_BUDGET = 40
COPY_BUDGET = 1

#: Up to how many first characters a lookbehind goes behind each (see _behind_first_character):
#: measured on 4,000 characters of prose, with more of them re enters the pattern at too many
#: positions for the skip to pay.
FEW = 8

#: The original source of each factored pattern (by its own source): what tests compare with.
ORIGINAL: dict[str, str] = {}

Node = tuple[Any, Any]
Seq = tuple[Node, ...]


class _GiveUp(Exception):
    """A construct this module does not take apart: keep the alternative whole."""


def factored(source: str, depth: int = 3) -> re.Pattern[str]:
    """``re.compile(source)``, rewritten to dispatch on leading characters (see the module
    docstring); the plain compiled pattern where the rewrite does not apply."""
    try:
        fast = re.compile(_factored_source(source, depth))
    except (_GiveUp, re.error, RecursionError, AttributeError):  # kept exact: the plain one
        return re.compile(source)
    ORIGINAL[fast.pattern] = source
    return fast


@lru_cache(maxsize=1024)
def _factored_source(source: str, depth: int) -> str:
    parsed = _p.parse(source)
    if parsed.state.groups > 1 or parsed.state.flags & ~re.UNICODE:
        raise _GiveUp  # groups or flags: left as written
    seq = _tuple(parsed)
    if len(seq) != 1 or seq[0][0] is not _c.BRANCH:
        return _unparse(_factor([seq], depth, top=True))
    return _unparse(_top_level(seq[0][1][1], depth))


def _top_level(alts: tuple[Seq, ...] | list[Seq], depth: int) -> Seq:
    # A top-level alternation ("(?<!x)(?:...)|(?:...)", as the other languages' lists are
    # joined): an alternative that is a lookbehind and an alternation is factored on its own
    # behind it (a dispatch on the first character would move the lookbehind into every
    # branch, where re checks it later and more often); runs of the others are factored
    # together. Order is kept.
    out: list[Seq] = []
    run: list[Seq] = []
    for alt in alts:
        if (
            len(alt) > 1
            and alt[0][0] in (_c.ASSERT, _c.ASSERT_NOT)
            and alt[0][1][0] == -1
            and alt[1][0] is _c.BRANCH
        ):
            if run:
                out.append(_guarded(run, depth))
                run = []
            out.append(_factor_alone(alt, depth))
        else:
            run.append(alt)
    if run and not out:  # one run, the whole pattern: re skips to its first characters
        return _factor(run, depth, top=True)
    if run:
        out.append(_guarded(run, depth))
    return _branch(out)


def _guarded(alts: list[Seq], depth: int) -> Seq:
    """alts factored, behind a lookahead for the characters they can start with: such a run
    (Chinese words, say) has no lookbehind and is tried at every position, where one charset
    test then stands for a test per first character."""
    body = _factor(alts, depth, top=True)
    chars: set[str] = set()
    for alt in alts:
        first = _LARGE if _nullable(alt) else _first(alt)
        if first is _LARGE:
            return body
        chars |= first
    if len(chars) < 4:
        return body
    charset = tuple((_c.LITERAL, ord(ch)) for ch in sorted(chars))
    return ((_c.ASSERT, (1, ((_c.IN, charset),))),) + body


def _behind_first_character(node: Node, inner: Seq, head: Seq) -> tuple[Seq, Seq]:
    """For a lookbehind ``node`` before a dispatch on few characters, the dispatch with the
    lookbehind moved behind each first character ("(?<!x)(?:a..|b..)" as
    "(?:a(?<!xa)..|b(?<!xb)..)"): re then skips to those characters before trying anything,
    where it otherwise tests the lookbehind at every position. (inner, head) as they were
    otherwise."""
    op, av = node
    if op is not _c.ASSERT_NOT or av[0] != -1 or len(inner) != 1:
        return inner, head
    kind, branch = inner[0]
    if kind is not _c.BRANCH or len(branch[1]) > FEW:
        return inner, head
    out = []
    for alt in branch[1]:
        if not alt or alt[0][0] is not _c.LITERAL:
            return inner, head
        moved = (op, (-1, av[1] + (alt[0],)))
        out.append((alt[0], moved) + alt[1:])
    return ((_c.BRANCH, (None, tuple(out))),), ()


@lru_cache(maxsize=256)
def _factor_alone(alt: Seq, depth: int) -> Seq:
    # Cached: every combination of scripts joins the same Latin-script alternative.
    return _factor([alt], depth, top=True)


def original(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern ``pattern`` was factored from (itself if it was not)."""
    return re.compile(ORIGINAL.get(pattern.pattern, pattern.pattern))


# -- the parse tree as hashable tuples -------------------------------------------------------


def _tuple(sub: Any) -> Seq:
    out = []
    for op, av in sub:
        if op is _c.BRANCH:
            av = (None, tuple(_tuple(a) for a in av[1]))
        elif op is _c.SUBPATTERN:
            group, add, dele, p = av
            if group is not None or add or dele:
                raise _GiveUp
            out.extend(_tuple(p))  # a non-capturing group is its content
            continue
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            av = (av[0], av[1], _tuple(av[2]))
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            av = (av[0], _tuple(av[1]))
        elif op is _c.IN:
            av = tuple(av)
        elif op not in (_c.LITERAL, _c.NOT_LITERAL, _c.ANY, _c.AT):
            raise _GiveUp  # groups, references, possessive and atomic parts
        out.append((op, av))
    return tuple(out)


# -- derivatives ----------------------------------------------------------------------------

_LARGE = None  # a first-character set too large to list


def _nullable(seq: Seq) -> bool:
    """Whether seq may match the empty string (conservative: True when unsure)."""
    for op, av in seq:
        if op in (_c.LITERAL, _c.NOT_LITERAL, _c.ANY, _c.IN):
            return False
        if op is _c.BRANCH:
            if not any(_nullable(a) for a in av[1]):
                return False
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            if av[0] >= 1 and not _nullable(av[2]):
                return False
    return True


def _in_chars(items: tuple) -> frozenset[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            chars.add(chr(av))
        elif op is _c.RANGE and av[1] - av[0] < 256:
            chars.update(chr(i) for i in range(av[0], av[1] + 1))
        else:
            return _LARGE  # categories (\s, \w), negation, wide ranges
    return frozenset(chars)


def _first(seq: Seq) -> frozenset[str] | None:
    """A superset of the characters seq can start with; _LARGE when unlisted."""
    if not seq:
        return _LARGE
    op, av = seq[0]
    rest = seq[1:]
    if op is _c.LITERAL:
        return frozenset(chr(av))
    if op is _c.IN:
        return _in_chars(av)
    if op is _c.BRANCH:
        out: set[str] = set()
        for a in av[1]:
            f = _first(a + rest)
            if f is _LARGE:
                return _LARGE
            out |= f
        return frozenset(out)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
        f = _first(av[2])
        if f is _LARGE or av[0] == 0 and (f := _union(f, _first(rest))) is _LARGE:
            return _LARGE
        return f
    if op in (_c.ASSERT, _c.ASSERT_NOT):
        return _first(rest)
    return _LARGE


def _union(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    return _LARGE if a is _LARGE or b is _LARGE else a | b


@lru_cache(maxsize=4096)
def _in_set(items: tuple, ch: str) -> bool:
    return re.fullmatch(_unparse(((_c.IN, items),)), ch) is not None


@lru_cache(maxsize=1 << 16)
def _size(seq: Seq) -> int:
    """Roughly how many nodes seq holds (what copying it costs)."""
    n = 0
    for op, av in seq:
        n += 1
        if op is _c.BRANCH:
            n += sum(_size(a) for a in av[1])
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            n += _size(av[2])
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            n += _size(av[1])
    return n


def _small(seq: Seq) -> bool:
    return _size(seq) <= 12


def _deriv(seq: Seq, ch: str) -> list[Seq]:
    """The ways seq can go on after reading ``ch``, in the order the matcher tries them: seq
    matches at i (with text[i] == ch) exactly as ``ch`` followed by the result's alternatives."""
    if not seq:
        return []
    op, av = seq[0]
    rest = seq[1:]
    code = ord(ch)
    if op is _c.LITERAL:
        return [rest] if av == code else []
    if op is _c.NOT_LITERAL:
        return [rest] if av != code else []
    if op is _c.ANY:
        return [rest] if ch != "\n" else []
    if op is _c.IN:
        return [rest] if _in_set(av, ch) else []
    if op is _c.BRANCH:
        alts = av[1]
        if _small(rest) or any(_nullable(a) for a in alts):
            return [d for a in alts for d in _deriv(a + rest, ch)]
        # (A|B)R after ch is (A'|B')R when neither A nor B is empty: R is not copied.
        inner = [d for a in alts for d in _deriv(a, ch)]
        return [_branch(inner) + rest] if inner else []
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
        lo, hi, item = av
        if _nullable(item):
            raise _GiveUp  # re stops a repeat on an empty iteration: keep it whole
        if hi == 0:
            return _deriv(rest, ch)
        left = (op, (max(lo - 1, 0), hi if hi == _c.MAXREPEAT else hi - 1, item))
        more = _deriv(item + ((left,) if left[1][1] else ()) + rest, ch)
        if lo >= 1:
            return more
        none = _deriv(rest, ch)
        return more + none if op is _c.MAX_REPEAT else none + more
    if op in (_c.ASSERT, _c.ASSERT_NOT):
        direction, body = av
        if direction == -1:
            # (?<!Z) before ch is (?<!Zch) after it.
            moved = (op, (-1, body + ((_c.LITERAL, code),)))
            return [(moved,) + d for d in _deriv(rest, ch)]
        if _nullable(body):
            raise _GiveUp
        inner = _deriv(body, ch)
        if not inner:  # the lookahead's body cannot start with ch
            return [] if op is _c.ASSERT else _deriv(rest, ch)
        moved = (op, (1, _branch(inner)))
        return [(moved,) + d for d in _deriv(rest, ch)]
    raise _GiveUp


def _branch(alts: list[Seq]) -> Seq:
    if not alts:  # nothing can match here ("(?:(?=a)b|(?=c)d)"): "(?!)", not "(?:)"
        return ((_c.ASSERT_NOT, (1, ())),)
    if len(alts) == 1:
        return alts[0]
    return ((_c.BRANCH, (None, tuple(alts))),)


_STEADY = {"LITERAL", "NOT_LITERAL", "ANY", "IN", "ASSERT", "ASSERT_NOT", "AT"}


def _common_head(alts: list[Seq]) -> tuple[Seq, list[Seq]]:
    """The leading single-way nodes every alternative starts with, and what follows them."""
    n = 0
    first = alts[0]
    while (
        n < len(first)
        and str(first[n][0]) in _STEADY
        and all(len(a) > n and a[n] == first[n] for a in alts[1:])
    ):
        n += 1
    return first[:n], [a[n:] for a in alts]


def _factor(alts: list[Seq], depth: int, top: bool = False) -> Seq:
    """One sequence that matches as the alternation of alts does (same first success)."""
    if len(alts) > 1 or top:
        head, alts = _common_head(alts)
    else:
        head = ()
    # A lone alternative that opens with a branch: that branch is what to dispatch, and what
    # follows it (the closing "(?![a-z0-9])") stays after it, not copied into every branch.
    if len(alts) == 1 and alts[0] and alts[0][0][0] is _c.BRANCH:
        inner = _factor(list(alts[0][0][1][1]), depth, top)
        if top and len(head) == 1:
            inner, head = _behind_first_character(head[0], inner, head)
        return head + inner + alts[0][1:]
    if depth == 0 or len(alts) < 2:
        return head + _branch(alts)
    out: list[Seq] = []
    run: list[dict[str, list[Seq]]] = []  # per alternative: its derivatives by first character

    def flush() -> None:
        for ch in sorted({ch for ways in run for ch in ways}):
            ways = [d for by_ch in run for d in by_ch.get(ch, ())]
            if ways:
                out.append(((_c.LITERAL, ord(ch)),) + _factor(ways, depth - 1))
        run.clear()

    budget = TOP_COPY_BUDGET if top else COPY_BUDGET
    for alt in alts:
        first = None if _nullable(alt) else _first(alt)
        by_ch: dict[str, list[Seq]] | None = None
        if first is not _LARGE:
            try:
                by_ch = {ch: _deriv(alt, ch) for ch in first}
            except _GiveUp:
                pass
        if by_ch is not None:
            copied = sum(_size(d) for ways in by_ch.values() for d in ways)
            if copied > budget * _size(alt) + 40:
                by_ch = None  # what follows its first characters would be copied too often
        if by_ch is None:  # kept whole, in its place, its own branches factored
            flush()
            out.append(_inner(alt, depth))
        else:
            run.append(by_ch)
    flush()
    return head + _branch(out)


def _inner(seq: Seq, depth: int) -> Seq:
    """seq with each branch in it factored on its own (exact in any context)."""
    out: list[Node] = []
    for op, av in seq:
        if op is _c.BRANCH and len(av[1]) > 2:
            try:
                out.extend(_factor([_inner(a, depth) for a in av[1]], depth))
                continue
            except _GiveUp:
                pass
        out.append((op, av))
    return tuple(out)


# -- back to a pattern ----------------------------------------------------------------------

_SPECIAL_IN_CLASS = set("\\]^-[")
_CATEGORIES = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}
_AT = {
    "AT_BEGINNING": "^",
    "AT_BEGINNING_STRING": r"\A",
    "AT_BOUNDARY": r"\b",
    "AT_NON_BOUNDARY": r"\B",
    "AT_END": "$",
    "AT_END_STRING": r"\Z",
}


def _class_char(code: int) -> str:
    ch = chr(code)
    return "\\" + ch if ch in _SPECIAL_IN_CLASS else _escape(ch)


@lru_cache(maxsize=4096)
def _escape(ch: str) -> str:
    if ch == "\n":
        return r"\n"
    if ch == "\t":
        return r"\t"
    return re.escape(ch)


def _unparse(seq: Seq) -> str:
    return "".join(_unparse_node(op, av) for op, av in seq)


def _atom(seq: Seq) -> str:
    text = _unparse(seq)
    if len(seq) == 1 and seq[0][0] in (_c.LITERAL, _c.IN, _c.ANY, _c.NOT_LITERAL):
        return text
    return f"(?:{text})"


def _unparse_node(op: Any, av: Any) -> str:
    if op is _c.LITERAL:
        return _escape(chr(av))
    if op is _c.NOT_LITERAL:
        return f"[^{_class_char(av)}]"
    if op is _c.ANY:
        return "."
    if op is _c.IN:
        parts = []
        for iop, iav in av:
            if iop is _c.NEGATE:
                parts.append("^")
            elif iop is _c.LITERAL:
                parts.append(_class_char(iav))
            elif iop is _c.RANGE:
                parts.append(f"{_class_char(iav[0])}-{_class_char(iav[1])}")
            elif iop is _c.CATEGORY:
                parts.append(_CATEGORIES[str(iav)])
            else:
                raise _GiveUp
        return "[" + "".join(parts) + "]"
    if op is _c.BRANCH:
        return "(?:" + "|".join(_unparse(a) for a in av[1]) + ")"
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
        lo, hi, item = av
        if (lo, hi) == (0, _c.MAXREPEAT):
            q = "*"
        elif (lo, hi) == (1, _c.MAXREPEAT):
            q = "+"
        elif (lo, hi) == (0, 1):
            q = "?"
        elif hi == _c.MAXREPEAT:
            q = f"{{{lo},}}"
        elif lo == hi:
            q = f"{{{lo}}}"
        else:
            q = f"{{{lo},{hi}}}"
        return _atom(item) + q + ("?" if op is _c.MIN_REPEAT else "")
    if op in (_c.ASSERT, _c.ASSERT_NOT):
        direction, body = av
        kind = (
            ("=" if op is _c.ASSERT else "!")
            if direction == 1
            else ("<=" if op is _c.ASSERT else "<!")
        )
        return f"(?{kind}{_unparse(body)})"
    if op is _c.AT:
        return _AT[str(av)]
    raise _GiveUp
