"""Text normalisation that undoes the usual ways of hiding a word from a filter.

Users disguise words with zero-width characters, lookalike letters from other scripts,
fullwidth forms, spacing ("n u d e", "n.u.d.e"), leetspeak ("s3x", "n00dz"), stretched
letters ("nuuude") and censor marks ("p*rn"). :func:`canonical` gives the one text the
encoder sees; :func:`views` gives the few variants the term lists are matched against,
because some folds are ambiguous ("1" may stand for "i" or "l").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Letters from Cyrillic, Greek, IPA and small capitals that render like Latin ones.
# Fullwidth forms, circled and mathematical letters are already folded by NFKC.
_HOMOGLYPHS = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o",
    "р": "p", "с": "c", "т": "t", "х": "x", "і": "i", "ї": "i", "ј": "j",
    "ѕ": "s", "һ": "h", "ԁ": "d", "ԛ": "q", "ԝ": "w", "ӏ": "l", "ү": "y", "ь": "b",
    "п": "n", "г": "r", "и": "u", "ɡ": "g", "ѵ": "v", "з": "3", "ч": "4", "б": "6",
    "А": "a", "В": "b", "Е": "e", "К": "k", "М": "m", "Н": "h", "О": "o", "Р": "p",
    "С": "c", "Т": "t", "Х": "x", "І": "i", "Ј": "j", "Ѕ": "s", "Ԁ": "d",
    # Greek
    "α": "a", "β": "b", "γ": "y", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v",
    "ο": "o", "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ω": "w", "ς": "c", "μ": "u",
    "Α": "a", "Β": "b", "Ε": "e", "Ζ": "z", "Η": "h", "Ι": "i", "Κ": "k", "Μ": "m",
    "Ν": "n", "Ο": "o", "Ρ": "p", "Τ": "t", "Υ": "y", "Χ": "x",
    # Latin extensions, IPA and small capitals
    "ı": "i", "ȷ": "j", "ɑ": "a", "ɩ": "i", "ʀ": "r", "ɪ": "i", "ʏ": "y", "ʜ": "h",
    "ʟ": "l", "ɴ": "n", "ʙ": "b", "ɢ": "g", "ᴀ": "a", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e",
    "ᴊ": "j", "ᴋ": "k", "ᴍ": "m", "ᴏ": "o", "ᴘ": "p", "ᴛ": "t", "ᴜ": "u", "ᴠ": "v",
    "ᴡ": "w", "ᴢ": "z", "ꜰ": "f", "ꜱ": "s", "ø": "o", "ð": "d", "þ": "p", "ß": "ss",
    "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ħ": "h",
}  # fmt: skip
_HOMOGLYPH_TABLE = str.maketrans(_HOMOGLYPHS)
# Cyrillic "у" passes for "y" ("sexу") and for "u" ("nуde"): between consonants it is a "u".
_CYRILLIC_U = re.compile(r"(?<=[b-df-hj-np-tv-z])[уУ](?=[b-df-hj-np-tv-z])")
_CYRILLIC_Y = str.maketrans({"у": "y", "У": "y"})

# Characters that render as nothing (or as blank) but split a word for a naive matcher.
# Unicode "Cf" (format) covers ZWSP, ZWJ/ZWNJ, bidi marks, word joiner, BOM, soft hyphen.
_INVISIBLE = {"\u034f", "\u115f", "\u1160", "\u17b4", "\u17b5"}
# Fillers that render as a blank: treated as a space, so spaced-out letters still join.
_BLANKS = {"\u3164", "\uffa0", "\u2800", "\u3000"}

# Leetspeak digits and symbols. "1" and "|" are ambiguous, hence two tables.
_LEET_I = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t",
                         "@": "a", "$": "s", "!": "i", "|": "l", "€": "e", "8": "b"})  # fmt: skip
_LEET_L = str.maketrans({"0": "o", "1": "l", "3": "e", "4": "a", "5": "s", "7": "t",
                         "@": "a", "$": "s", "!": "i", "|": "l", "€": "e", "8": "b"})  # fmt: skip
_LEET_CHARS = set("013457@$!|€8")
_TOKEN = re.compile(r"[a-z0-9@$!|€]+")
# A _TOKEN with a leetspeak character in it: the same spans where it has one (a match starts
# only where a run starts, runs through its letters and 2, 6, 9 to the first leetspeak
# character, and the tail takes the rest of the run), none where it has none. Decoding visits
# only these, in C, instead of calling back for every word. Linear in the text: a start inside
# a run fails at once (without the look-behind, each position of a long run without leetspeak,
# "aaaa..." from a spaced-out "a a a a ...", rescanned the rest of it: 1.2 s at 20,000 chars).
_LEET_TOKEN = re.compile(r"(?<![a-z0-9@$!|€])[a-z269]*[013457@$!|€8][a-z0-9@$!|€]*")
# Tokens that are ordinary numbers with a unit or a short code ("4k", "1080p", "3d", "mp3")
# are not leetspeak; decoding them would turn "4k photo" into "ak photo".
_NOT_LEET = re.compile(
    r"\d+(?:[.,]\d+)?(?:k|p|d|x|s|th|st|nd|rd|mm|cm|km|m|px|fps|hz|am|pm|gb|mb|kb|yo|y|"
    r"yr|yrs|ft|in|lb|lbs|kg|g|mp|v|w|bit|ce|bc|ad|min|h|hr|hrs|sec)?"
    r"|[a-z]{1,3}\d+|[!|@$]+|\d+(?:girl|boy|other)s?"
)

# Three or more single characters separated by blanks or punctuation: "n u d e", "n.u.d.e",
# "g-o-r-e". Runs of real one-letter words ("a", "i") rarely reach three.
_SEPARATOR = r"[\s.\-_*·•~+/\\:,]"  # what spells letters out: blanks and punctuation
_SPACED = re.compile(rf"(?<![a-z0-9])[a-z0-9@$](?:{_SEPARATOR}{{1,3}}[a-z0-9@$](?![a-z0-9])){{2,}}")
_SEPARATOR_RUN = re.compile(rf"{_SEPARATOR}+")
# Punctuation inside a word ("nu.de", "na-ked", "p_o_r_n") joined for one view.
_INTRA_WORD = re.compile(r"(?<=[a-z])[.\-_*·•~'](?=[a-z])")
_CENSORED = re.compile(r"[a-z*]+")
_REPEATS = re.compile(r"([a-z])\1{2,}")
_SPACES = re.compile(r"\s+")


def _fold_spaces(m: re.Match[str]) -> str:
    return "  " if len(m.group(0)) > 1 else " "


def fold(text: str) -> str:
    """Unicode-fold: NFKC, drop invisible characters and accents, map lookalikes, casefold."""
    if text.isascii():
        # The same result, cheaply: ASCII is NFKC and NFKD already, has no invisible ("Cf"),
        # blank-filler, lookalike or combining characters, and casefolds as it lowercases.
        return _SPACES.sub(_fold_spaces, text.lower()).strip()
    return _fold_full(text)


# No ASCII character is a blank filler, invisible, "Cf" or combining: the per-character
# passes below (and negation's) read only the runs of other characters (most prompts are
# mostly ASCII).
NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")


def _blank_and_drop_invisible(run: re.Match[str]) -> str:
    """Blank fillers as spaces, invisible and format ("Cf") characters dropped (no blank
    filler is invisible or "Cf", so the order of the two does not matter)."""
    return "".join(
        " " if ch in _BLANKS else ch
        for ch in run[0]
        if ch not in _INVISIBLE and unicodedata.category(ch) != "Cf"
    )


def _drop_combining(run: re.Match[str]) -> str:
    return "".join(ch for ch in run[0] if not unicodedata.combining(ch))


def _fold_full(text: str) -> str:
    """:func:`fold` for any text, character by character (the reference for its fast path)."""
    text = NON_ASCII_RUN.sub(_blank_and_drop_invisible, unicodedata.normalize("NFKC", text))
    text = text.translate(_HOMOGLYPH_TABLE)
    text = _CYRILLIC_U.sub("u", text.casefold()).translate(_CYRILLIC_Y)
    # Decompose so that "ü" becomes "u" + a combining mark, then drop the marks.
    text = NON_ASCII_RUN.sub(_drop_combining, unicodedata.normalize("NFKD", text))
    text = text.translate(_HOMOGLYPH_TABLE).casefold()
    # Keep a double gap: it can be the word break in spaced-out letters ("g a s  t h e").
    return _SPACES.sub(_fold_spaces, text).strip()


def _join_spaced(m: re.Match[str]) -> str:
    run = m.group(0)
    seps = _SEPARATOR_RUN.findall(run)
    narrow = min(len(s) for s in seps)
    # "g a s  t h e  j e w s": a wider gap than the one between letters is a word break.
    return _SEPARATOR_RUN.sub(lambda s: " " if len(s.group(0)) > narrow else "", run)


def collapse_spaced(text: str) -> str:
    """Join letters spelled out one by one: "n u d e" -> "nude", "g.o.r.e" -> "gore"."""
    return _SPACES.sub(" ", _SPACED.sub(_join_spaced, text))


# The same in Cyrillic: "т е л о", "к.и.ш.к.и" (round 29). Russian has one-letter words ("в",
# "с", "и", "я"), but three in a row with one gap each are rare, and a joined run only counts
# where it then spells a listed word.
_SPACED_CYRILLIC = re.compile(
    r"(?<![\u0400-\u04ff])[\u0400-\u04ff]"
    rf"(?:{_SEPARATOR}{{1,3}}[\u0400-\u04ff](?![\u0400-\u04ff])){{2,}}"
)


def collapse_spaced_cyrillic(text: str) -> str:
    """Join Cyrillic letters spelled out one by one: "т е л о" -> "тело"."""
    return _SPACED_CYRILLIC.sub(_join_spaced, text)


# Digits for the Cyrillic letters they look like, inside a Cyrillic word: "г0лову", "выстр3л",
# "м0зги". A 3 that starts a word is a "з" ("3арезать"); inside one, an "е".
_CYRILLIC_LEET_START = re.compile(r"(?<![\u0400-\u04ff0-9])3(?=[\u0400-\u04ff])")
_CYRILLIC_LEET = re.compile(r"(?<=[\u0400-\u04ff])[0346@]{1,2}(?=[\u0400-\u04ff])")
_CYRILLIC_DIGITS = {"0": "о", "3": "е", "4": "ч", "6": "б", "@": "а"}


def cyrillic_evasions(text: str) -> str:
    """Cyrillic spelled out letter by letter joined, and digits inside Cyrillic words read as
    the letters they stand for: "к а з н ь", "г0лову" -> "казнь", "голову" (round 29)."""
    text = _CYRILLIC_LEET_START.sub("з", text)
    text = _CYRILLIC_LEET.sub(lambda m: "".join(_CYRILLIC_DIGITS[c] for c in m.group()), text)
    return collapse_spaced_cyrillic(text)


def _decode_leet(text: str, table: dict[int, str]) -> str:
    def repl(m: re.Match[str]) -> str:
        tok = m.group(0)
        if not (_LEET_CHARS & set(tok)) or _NOT_LEET.fullmatch(tok):
            return tok
        # A token with no letters at all is a number ("1990"), unless it is all symbols.
        if not any(ch.isalpha() for ch in tok) and tok.isdigit():
            return tok
        return tok.translate(table)

    return _LEET_TOKEN.sub(repl, text)


def decode_leet(text: str) -> str:
    """Decode leetspeak inside words ("s3xy" -> "sexy", "n00dz" -> "noodz"); keep "4k", "1990"."""
    return _decode_leet(text, _LEET_I)


def uncensor(text: str, words: frozenset[str]) -> str:
    """Fill censor marks from a word list: "p*rn" -> "porn" when exactly one word fits."""
    if "*" not in text:
        return text

    def repl(m: re.Match[str]) -> str:
        tok = m.group(0)
        if "*" not in tok or tok.strip("*") == "" or len(tok) > 24:
            return tok
        pattern = re.compile(re.escape(tok).replace(r"\*", "[a-z]{0,2}"))
        shown = len(tok.replace("*", ""))
        fits = [w for w in words if len(w) > shown and pattern.fullmatch(w)]
        return fits[0] if len(fits) == 1 else tok

    return _CENSORED.sub(repl, text)


def canonical(text: str, censor_words: frozenset[str] = frozenset()) -> str:
    """The single normalised text given to the encoder: folded, de-spaced, leet decoded."""
    return decode_leet(uncensor(collapse_spaced(fold(text)), censor_words))


_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
_WORDS_AND_SPACES = re.compile(r"(\s+)")


def encoder_text(text: str, censor_words: frozenset[str] = frozenset()) -> str:
    """The text a multilingual encoder reads: :func:`canonical`'s folds on words that have a
    Latin letter (so "nаked" with a Cyrillic "а", "n u d e" or "s3x" still read as English),
    while words in other scripts keep their letters (NFKC and casefold only): the full fold
    would turn Russian into a Latin-lookalike jumble ("нарисуй" -> "hapuсуй") and strip the
    Japanese voicing marks ("が" -> "か"), which a multilingual encoder then cannot read."""
    if text.isascii():
        # Each word's fold is its lowercase here (see fold), whitespace runs become one space.
        text = _SPACES.sub(" ", text.lower()).strip()
    else:
        text = _encoder_words(text)
    return decode_leet(uncensor(collapse_spaced(text), censor_words))


def _encoder_words(text: str) -> str:
    """:func:`encoder_text`'s per-word folds, before its evasion folds."""
    text = NON_ASCII_RUN.sub(_blank_and_drop_invisible, unicodedata.normalize("NFKC", text))
    words = [
        (w.lower() if w.isascii() else fold(w))
        if _LATIN_LETTER.search(w)
        else (w.casefold() if w.strip() else " ")
        for w in _WORDS_AND_SPACES.split(text)
    ]
    return _SPACES.sub(" ", "".join(words)).strip()


@lru_cache(maxsize=64)
def _collapsed_fold(text: str) -> str:
    """fold, then spaced-out letters joined: shared by the views with and without the censor
    word list (the term lists ask for both of the same prompt)."""
    return collapse_spaced(fold(text))


def leet_view(text: str) -> str:
    """``views(text)[0]`` alone (leet decoded with 1 as i, spaced letters joined), without
    computing the other views: with no censor words, ``uncensor`` changes nothing."""
    return _decode_leet(_collapsed_fold(text), _LEET_I)


def views(text: str, censor_words: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """Variants the term lists are matched against; a hit in any one of them counts."""
    base = uncensor(_collapsed_fold(text), censor_words)
    out = [_decode_leet(base, _LEET_I), _decode_leet(base, _LEET_L)]
    joined = _INTRA_WORD.sub("", out[0])
    out.append(joined)
    out.append(_REPEATS.sub(r"\1", joined))
    # Stretched letters that are doubled in the real word ("baaad", "gooore" -> "good"/"gore"
    # are both plausible): also try squeezing to two.
    out.append(_REPEATS.sub(r"\1\1", joined))
    return tuple(dict.fromkeys(out))
