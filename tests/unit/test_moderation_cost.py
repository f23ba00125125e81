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

from governance.moderation import factor, normalize, terms, verdicts
from governance.moderation import lexicon as lx
from governance.moderation import lexicon_intl as intl
from governance.moderation.evaluate import load_rows


def _data_texts() -> list[str]:
    texts = []
    for path in verdicts.data_files():
        assert not path.name.startswith(verdicts.SKIPPED)
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


def _fold_full_per_character(text: str) -> str:
    """normalize._fold_full as it was before round 35 read only the non-ASCII runs."""
    text = unicodedata.normalize("NFKC", text)
    chars = []
    for ch in text:
        if ch in normalize._BLANKS:
            chars.append(" ")
        elif ch not in normalize._INVISIBLE and unicodedata.category(ch) != "Cf":
            chars.append(ch)
    text = "".join(chars).translate(normalize._HOMOGLYPH_TABLE)
    text = normalize._CYRILLIC_U.sub("u", text.casefold()).translate(normalize._CYRILLIC_Y)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.translate(normalize._HOMOGLYPH_TABLE).casefold()
    return normalize._SPACES.sub(normalize._fold_spaces, text).strip()


def _fold_intl_per_character(text: str) -> str:
    """lexicon_intl._fold_intl_full as it was before round 35 read only the non-ASCII runs."""
    text = unicodedata.normalize("NFKC", text).casefold()
    out: list[str] = []
    base = ""
    for ch in unicodedata.normalize("NFD", text):
        if unicodedata.category(ch) == "Cf":
            continue
        if unicodedata.combining(ch):
            if intl.strippable(base):
                continue
        else:
            base = ch
        out.append(ch)
    folded = unicodedata.normalize("NFC", "".join(out)).translate(intl._ARABIC_FOLD)
    return " ".join(folded.split())


def _marked_texts(texts: list[str]) -> list[str]:
    """Texts where marks, invisibles and fillers follow ASCII letters and start or end runs."""
    rng = random.Random(35)
    marks = ["\u0301", "\u0308", "\u064b", "\u0654", "\u3099", "\u200d", "\u00ad", "\ufeff"]
    marks += sorted(normalize._BLANKS | normalize._INVISIBLE)
    pieces = ["e", "A", " ", "n", "ا", "к", "か", "ß", "İ", "ﬁ", "x1", ". "] + marks
    return [
        "".join(rng.choice(pieces) for _ in range(rng.randint(1, 24))) for _ in range(4000)
    ] + texts[::5]


def test_the_per_run_folds_equal_the_per_character_ones(texts: list[str]) -> None:
    """Round 35 reads only non-ASCII runs character by character; the folds stay the same."""
    from governance.moderation import negation, romanized

    for text in _marked_texts(texts):
        assert normalize._fold_full(text) == _fold_full_per_character(text), repr(text)
        assert intl._fold_intl_full(text) == _fold_intl_per_character(text), repr(text)
        per_character = "".join(negation._fold_char(ch) for ch in text)
        assert negation.fold_chars(text) == per_character, repr(text)
        lowered = " ".join(text.lower().split())
        has_accent = any(ch.isalpha() and not ch.isascii() for ch in lowered)
        if has_accent:
            assert romanized._romanized_languages(lowered) == frozenset(), repr(text)


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


def _term_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """Every factored term list: the English ones, and the other languages' with each script
    alone, with none and with all (each combination joins the same parts)."""
    out = [(name, p) for name, p in vars(lx).items() if isinstance(p, re.Pattern)]
    out += [("people", lx.people()), ("people_search", lx.people_search())]
    every = frozenset(intl.LANGS) - {"es", "fr", "de", "it", "pt"}
    combos = [frozenset(), every, *(frozenset([s]) for s in sorted(every))]
    out += [(f"intl.{c}:{sorted(s)}", intl.pattern(c, s)) for c in intl._LISTS for s in combos]
    return out + [("intl.people", intl.people_pattern())]


def _lexicon_salad(count: int) -> list[str]:
    """Texts made of the lists' own words, so that alternatives start, overlap and end near
    each other (random characters rarely spell a word)."""
    sources = [factor.ORIGINAL.get(p.pattern, p.pattern) for _, p in _term_patterns()]
    words = sorted({w for s in sources for w in re.findall(r"[^\W\d_]+|\d+", s)} - {"u"})
    glue = [" ", " ", " ", "-", ", ", ". ", "'", "", " the ", " a ", "\n", "'s "]
    rng = random.Random(36)
    return [
        "".join(rng.choice(words) + rng.choice(glue) for _ in range(rng.randint(1, 12)))
        for _ in range(count)
    ]


# Every list against ~170,000 texts, twice: 7-10 minutes on the 2-core machines, over the
# suite's 600 s per test once round 35 added two probe files and round 34's set as data.
@pytest.mark.timeout(1800)
def test_factored_term_lists_match_as_their_originals(texts: list[str]) -> None:
    """factor.factored changes how a list is searched, never what it finds: the same first
    match (span), the same finditer spans and the same substitution as the pattern as written,
    on the data prompts, their folds, random text and text made of the lists' words."""
    patterns = _term_patterns()
    assert all(p.pattern in factor.ORIGINAL for _, p in patterns)  # none fell back
    corpus = texts + _lexicon_salad(4000)
    corpus += [normalize.fold(t) for t in texts] + [intl.fold_intl(t) for t in texts[::3]]
    # Another script's words join the Latin ones only where that script occurs.
    other_scripts = [t for t in dict.fromkeys(corpus) if intl.scripts_in(t)]
    for name, fast in patterns:
        plain = factor.original(fast)
        for text in other_scripts if name.startswith("intl.") and "[]" not in name else corpus:
            if fast.search(text) is None and plain.search(text) is None:
                continue
            spans = [m.span() for m in plain.finditer(text)]
            assert [m.span() for m in fast.finditer(text)] == spans, (name, text)
            assert fast.sub(" ~ ", text) == plain.sub(" ~ ", text), (name, text)


def test_factoring_keeps_the_order_of_alternatives() -> None:
    """Leftmost-first: where two alternatives match at one place, the earlier one wins, as in
    re; a lookbehind or lookahead moved past the first character still tests the same place."""
    cases = {
        r"(?<![a-z])(?:ab|abc|b|abcd)(?![a-z])": ["abc", "x abcd", "ab", "zab b"],
        r"(?:abc|ab)c?": ["abcc", "abc", "ab"],
        r"(?:a(?<!xa)b|ab(?=c)|a)": ["xab", "abc", "xabc", "a"],
        r"(?<!stone )ages?[\s:]+[1-9]|ag": ["stone age 5", "age: 7", "agx", "stone ages 1"],
        r"(?:x(?: \w+){0,2} y|x y z)": ["x y z", "x a b y", "x a b c y"],
        r"(?:no|not)[\s-](?:any )?gore|n\w+": ["not gore", "no any gore", "nothing"],
        r"(?:a+?b|a)": ["aaab", "a"],
        r"(?:a\b|ab)": ["ab", "a b"],
        r"(?:(?=a)b|(?=c)d)": ["ab", "b", "cd", ""],  # can never match
    }
    for source, texts in cases.items():
        fast, plain = factor.factored(source), re.compile(source)
        for text in texts:
            assert [m.span() for m in fast.finditer(text)] == [
                m.span() for m in plain.finditer(text)
            ], (source, text)


def _random_regex(rng: random.Random, depth: int = 0) -> str:
    """A small regex over "abc -" with the constructs the term lists use."""
    k = rng.random()
    if depth > 3 or k < 0.3:
        return rng.choice(["a", "b", "c", " ", "ab", "ba", "[ab]", "[a-c]", r"\w", r"[\s-]", "."])
    if k < 0.5:
        parts = [_random_regex(rng, depth + 1) for _ in range(rng.randint(2, 4))]
        return "(?:" + "|".join(parts) + ")"
    if k < 0.7:
        return "".join(_random_regex(rng, depth + 1) for _ in range(rng.randint(2, 3)))
    if k < 0.82:
        quantifier = rng.choice(["?", "*", "+", "{0,2}", "{1,3}", "??", "*?", "{2}"])
        return "(?:" + _random_regex(rng, depth + 1) + ")" + quantifier
    if k < 0.9:
        behind = rng.choice(["(?<![ab])", "(?<!a )", "(?<=b)", "(?<!c)", "(?=a)", "(?![bc])"])
        return behind + _random_regex(rng, depth + 1)
    if k < 0.97:
        ahead = rng.choice(["(?![ab])", "(?=a)", "(?!b c)", "(?=[ab]c)"])
        return _random_regex(rng, depth + 1) + ahead
    return _random_regex(rng, depth + 1) + r"\b"


@pytest.mark.parametrize("budgets", [(40, 1, 8), (0, 0, 100)])
def test_factoring_random_patterns(budgets: tuple[int, int, int], monkeypatch) -> None:
    """factored() on random alternations (with nothing kept whole for its size, and with every
    lookbehind moved behind the first characters) finds the spans re finds."""
    for name, value in zip(("TOP_COPY_BUDGET", "COPY_BUDGET", "FEW"), budgets, strict=True):
        monkeypatch.setattr(factor, name, value)
    factor._factored_source.cache_clear()
    factor._factor_alone.cache_clear()
    rng = random.Random(budgets[0])
    try:
        for _ in range(300):
            alts = [_random_regex(rng) for _ in range(rng.randint(1, 8))]
            source = "(?<![a-z])" * rng.randint(0, 1) + "|".join(alts)
            plain = re.compile(source)
            for depth in (1, 3):
                fast = factor.factored(source, depth)
                for _ in range(20):
                    text = "".join(rng.choice("aabbc  -x") for _ in range(rng.randint(0, 12)))
                    expected = [m.span() for m in plain.finditer(text)]
                    assert [m.span() for m in fast.finditer(text)] == expected, (source, text)
    finally:
        factor._factored_source.cache_clear()
        factor._factor_alone.cache_clear()


def test_negations_factored_match_as_written(texts: list[str]) -> None:
    """negation._NEGATED is factored: the same spans as the patterns compiled as written."""
    from governance.moderation import negation

    written = re.compile("|".join(f"(?:{p})" for p in negation._PATTERNS))
    for text in texts:
        folded = "".join(negation._fold_char(ch) for ch in text)
        assert [m.span() for m in negation._NEGATED.finditer(folded)] == [
            m.span() for m in written.finditer(folded)
        ], text[:80]
        assert negation.negated_spans(text) == tuple(m.span() for m in written.finditer(folded))
