"""The cheaper paths of moderation (issue 16) give exactly what the paths they shortcut give.

Each fast path is compared with its reference on every prompt and negative prompt of the
labelled data files (the current round's frozen blind set excepted), on random ASCII text with
control characters, and on text mixing scripts. The whole-moderator proof (every verdict and
score before and after) is ``python -m governance.moderation.verdicts``; here its comparison
is checked to notice a change.
"""

from __future__ import annotations

import random
import re
import unicodedata

import pytest

from governance.moderation import lexicon as lx
from governance.moderation import lexicon_intl as intl
from governance.moderation import normalize, terms, verdicts
from governance.moderation.evaluate import load_rows


def _data_texts() -> list[str]:
    texts = []
    for path in verdicts.data_files():
        assert not path.name.startswith("blind_round8")
        for row in load_rows(path):
            texts.append(row["prompt"])
            if row.get("negative_prompt"):
                texts.append(row["negative_prompt"])
    return texts


def _random_texts() -> list[str]:
    rng = random.Random(16)
    ascii_chars = [chr(i) for i in range(128)]
    mixed = ascii_chars + list("éüßÀçñ¨ ​\u200dнаготаが子供女の子소녀عارية\u3000ﬁ①Ⅻ")
    out = []
    for alphabet in (ascii_chars, mixed):
        for _ in range(3000):
            out.append("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))))
    out += ["N U D E  p h o t o", "s3xy\x1c\x1fgirl", "  \t\n", "", "A\u00a0B", "ｎｕｄｅ"]
    return out


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return _data_texts() + _random_texts()


def _encoder_text_reference(text: str, censor_words: frozenset[str]) -> str:
    """encoder_text as it was before its fast paths (round 4), on the full fold."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(
        " " if ch in normalize._BLANKS else ch
        for ch in text
        if ch not in normalize._INVISIBLE and unicodedata.category(ch) != "Cf"
    )
    words = [
        normalize._fold_full(w)
        if normalize._LATIN_LETTER.search(w)
        else (w.casefold() if w.strip() else " ")
        for w in re.split(r"(\s+)", text)
    ]
    text = normalize._SPACES.sub(" ", "".join(words)).strip()
    return normalize.decode_leet(normalize.uncensor(normalize.collapse_spaced(text), censor_words))


def test_folds_equal_their_references(texts: list[str]) -> None:
    for text in texts:
        assert normalize.fold(text) == normalize._fold_full(text), repr(text)
        assert intl.fold_intl(text) == intl._fold_intl_full(text), repr(text)
        expected = _encoder_text_reference(text, terms.CENSOR_WORDS)
        assert normalize.encoder_text(text, terms.CENSOR_WORDS) == expected, repr(text)


def test_views_equal_with_and_without_the_shared_fold(texts: list[str]) -> None:
    for text in texts[::7]:
        normalize._collapsed_fold.cache_clear()
        base = normalize.uncensor(
            normalize.collapse_spaced(normalize._fold_full(text)), terms.CENSOR_WORDS
        )
        assert normalize.views(text, terms.CENSOR_WORDS)[0] == normalize.decode_leet(base)
        # The cached fold serves the other word list's call without leaking into it.
        plain = normalize.collapse_spaced(normalize._fold_full(text))
        assert normalize.views(text)[0] == normalize.decode_leet(plain)


def test_people_search_finds_what_the_people_pattern_finds(texts: list[str]) -> None:
    names = lx._people_names()
    variants = [
        t
        for name in names
        for t in (name, f"{name}'s", f"x{name}", f"{name}x", f"the {name} show",
                  name.replace(" ", "-"), name.replace(" ", ""), name[:-1],
                  name.replace(" ", ". "))
    ]  # fmt: skip
    found = 0
    for text in variants + [normalize.fold(t) for t in texts]:
        expected = bool(lx.people().search(text))
        assert bool(lx.people_search().search(text)) == expected, repr(text)
        found += expected
        if not expected:
            assert terms.mask_people(text) == text
    assert found > len(names)  # the comparison saw plenty of names, not only misses


def _mask_people_reference(text: str) -> str:
    """mask_people as it was before it walked the prefix tree's matches: one flat sub."""
    if not lx.people_search().search(text):
        return text
    return lx.people().sub(lambda m: "someone's" if m.group(0).endswith("'s") else "someone", text)


def test_mask_people_equals_the_flat_substitution(texts: list[str]) -> None:
    names = lx._people_names()
    trios = zip(names, names[1:], names[2:], strict=False)
    joined = [f"{a} and {b}'s friend {c}" for a, b, c in trios]
    variants = [f"{n}'s {n}{n} {n}-{n}. {n[:-1]}" for n in names] + joined
    for text in variants + texts + [normalize.fold(t) for t in texts[::5]]:
        assert terms.mask_people(text) == _mask_people_reference(text), repr(text)


def _decode_leet_reference(text: str, table: dict[int, str]) -> str:
    """_decode_leet as it was before it visited only tokens with a leetspeak character."""
    old_sub = normalize._LEET_TOKEN
    try:
        normalize._LEET_TOKEN = normalize._TOKEN
        return normalize._decode_leet(text, table)
    finally:
        normalize._LEET_TOKEN = old_sub


def test_leet_decoding_equals_its_reference(texts: list[str]) -> None:
    extra = ["4k 1080p s3x n00dz 1990 h0t|!ne €ur0 @$$ 8ball l33t", "a1b2c3 x 7 | ! @", "ß5"]
    for text in extra + texts + [normalize.fold(t) for t in texts[::5]]:
        for table in (normalize._LEET_I, normalize._LEET_L):
            assert normalize._decode_leet(text, table) == _decode_leet_reference(text, table)
        assert normalize.leet_view(text) == normalize.views(text)[0], repr(text)


def test_mask_people_still_masks() -> None:
    assert terms.mask_people("taylor swift's cat on a sofa") == "someone's cat on a sofa"
    assert terms.mask_people("a cat on a sofa") == "a cat on a sofa"


def test_verdict_comparison_notices_a_change() -> None:
    one = {
        "refused": True,
        "categories": ["violence/graphic"],
        "floor": None,
        "mentions_minor": False,
        "scores": {"violence/graphic": 0.9, "sexual": 0.1},
    }
    assert verdicts.compare({"a": one}, {"a": dict(one)}) == []
    served = {**one, "refused": False, "categories": []}
    assert len(verdicts.compare({"a": one}, {"a": served})) == 2
    nudged = {**one, "scores": {"violence/graphic": 0.9, "sexual": 0.1001}}
    assert verdicts.compare({"a": one}, {"a": nudged}) == ["a: score sexual 0.1 -> 0.1001"]
    assert verdicts.compare({"a": one}, {"a": one, "b": one}) == ["b: only after"]
