"""Languages written in Latin letters: Russian in transliteration ("golaya devushka v dushe"),
and Arabic (Arabizi), Japanese (romaji), Chinese (pinyin) and Korean romanised (round 25).

People type these in Latin letters where a keyboard lacks the script, or to slip past a filter
that reads the script; the term lists are written in each language's script and the encoder
learnt Russian in Cyrillic, so "krasivaya zhenshina bez polotenca" or "ta7dir captagon bel bet"
read as Latin text were nobody's language (before round 25, 32 of the data files' 44 such
harmful rows were served).

:func:`cyrillic_view` gives transliterated Russian in Cyrillic, which the Russian term lists
and the encoder then read as they read Russian (the original is read too; the higher scores
count). It answers only for a text that reads as Russian: several of its words are Russian
words that no other Latin-script language writes ("dlya", "bez", "chto", "sdelay") or have
Russian endings ("-aya", "-ykh"), so English, Spanish or German text gets no view.
:func:`romanized_languages` says which of the other four a Latin text reads as; their own term
lists (:mod:`governance.moderation.lexicon_intl`) apply only there.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

# Words that only transliterated Russian writes: function words, pronouns and the verbs of a
# request ("make", "draw", "show"). Short words that are also English, Romance or German words
# ("no", "da", "on", "i", "a", "so", "ne", "net", "pro", "my", "ego", "emu", "pod", "foto", "moi",
# "nas", "vas", "est", "im", Spanish "ya", Italian "nei") are left out, and so are the
# one-letter prepositions "v", "s" and "k" ("8 k", "80 s", "’s").
_RUSSIAN_WORDS = frozenset(
    """
    vo iz nad bez dlya cherez mezhdu vozle okolo posle
    kak chto shto chtoby eto etot eti etogo vse vsyo vsyu vsego vsekh vsya
    eyo yeyo yego ee yey ikh nim nikh ney ona oni ono menya mne tebya tebe
    sebya sebe vam moy moya moyu moego tvoy tvoya tvoyu svoy svoya svoyu svoi
    ochen tolko uzhe eshche eshe tozhe dazhe nichego nikto nikogda zdes gde kogda togda tak
    sdelay sdelai sdelat narisuy narisui narisovat pokazhi izobrazi nuzhna nuzhno nuzhen khochu
    hochu davay mozhno budet byl byla bylo byli yest kotoryy kotoraya kotoroe
    fotku fotka fotografiya risunok po
    navsegda snova sovsem potom seychas teper vmeste pochemu zachem kuda kto khorosho plokho
    trup trupa trupy trupov trupom grud grudi grudyu
    bolshoy bolshaya malenkiy malenkaya novyy staryy staraya molodoy molodaya
    """.split()
)
# Stems of nouns and adjectives that image requests in Russian use, in any case ending: a
# whole word that starts with one of them.
_RUSSIAN_STEM_IN_TEXT = re.compile(
    r"(?<![a-z0-9'-])"
    r"(?:devushk|devochk|devchonk|babushk|dedushk|zhenshch?in|muzhchin|muzhik|chelovek|lyud|"
    r"paren|sosed|kartink|realistichn|krasiv|strashn|tup(?:oy|aya|ye|ogo)|golaya|golyy|golye|"
    # round 27: the nouns and verbs of a scene ("muzhchina visit v petle" had one word above)
    r"krov|nozh|smert|mertv|ubiystv|ubit[oayi]|petl|verevk|povesi|tabletk|narkot|"
    r"shkol|uchitel|rebenk|rebenok|rebyonok|malchik|mal'chik|komnat|postel|ulits|golov|volos|"
    r"lezh|sidit|sidyat|stoit|stoyat|derzh|smotr|ulyb|plach|odezhd|zhivot)"
    r"[a-z']*(?![a-z0-9'-])"
)
# Letters that English, Romance and German spelling do not join, but transliteration does.
_RUSSIAN_CLUSTER = re.compile(r"zh|kh|shch")
# Russian endings in transliteration, on words of 4 letters or more (not Italian "-ogo",
# "-imi" or English "-oe": "luogo", "primi", "shoe").
_RUSSIAN_ENDING = re.compile(
    r"^(?!playa$)[a-z']{3,}[bvgdzklmnprstfh]aya$|"
    r"^[a-z']{2,}(?:yaya|oye|yye|iye|ykh|ikh|yego|omu|ymi|yami|tsya|"
    r"shchi|yushch\w*|ashch\w*|enn(?:yy|yj|ij|aya|oe|ye)|sk(?:iy|ij|aya|oe|ye))$"
)
# A word: letters between anything but letters, digits, apostrophes and hyphens ("4k", "v-neck"
# and "kid's" hold no Russian word).
_WORD = re.compile(r"(?<![a-z0-9'-])[a-z']+(?![a-z0-9'-])")
# Checking only the non-ASCII characters for letters: a 4,000-character prompt is one C scan.
_NON_ASCII = re.compile(r"[^\x00-\x7f]")

# Longest first: "shch" before "sh" and "ch", "zh" before "z".
_LETTERS = {
    "shch": "щ",
    "sch": "щ",
    "zh": "ж",
    "kh": "х",
    "ts": "ц",
    "tz": "ц",
    "ch": "ч",
    "sh": "ш",
    "yu": "ю",
    "ju": "ю",
    "ya": "я",
    "ja": "я",
    "yo": "ё",
    "jo": "ё",
    "ye": "е",
    "je": "е",
    "a": "а",
    "b": "б",
    "c": "ц",
    "d": "д",
    "e": "е",
    "f": "ф",
    "g": "г",
    "h": "х",
    "i": "и",
    "k": "к",
    "l": "л",
    "m": "м",
    "n": "н",
    "o": "о",
    "p": "п",
    "q": "к",
    "r": "р",
    "s": "с",
    "t": "т",
    "u": "у",
    "v": "в",
    "w": "в",
    "x": "кс",
    "z": "з",
    "'": "ь",
}
_UNIT = re.compile("|".join(sorted(_LETTERS, key=len, reverse=True)) + "|[yj]")
_VOWELS = frozenset("аеёиоуыэюя")
# A word-initial "e" is "е" ("evrei", "esli", "ego") except in words that start like "eto",
# "ekran", "elektrichka", "erotika", "effekt" or "epokha", written with "э".
_INITIAL_E = re.compile(r"^(?:et|ek|el|ero|ef|ep)")


def _word_to_cyrillic(word: str) -> str:
    out: list[str] = []
    for m in _UNIT.finditer(word):
        unit = m.group()
        if unit in ("y", "j"):
            # After a vowel "y" is "й" ("moy", "krupnyj"); after a consonant "ы" ("vy", "ty").
            out.append("й" if not out or out[-1][-1] in _VOWELS else "ы")
        elif unit == "e" and not out and _INITIAL_E.match(word):
            out.append("э")
        else:
            out.append(_LETTERS[unit])
    return "".join(out)


@lru_cache(maxsize=16)
def _words(text: str) -> tuple[str, ...]:
    """The words of ``text`` in lower case (shared by the detectors below)."""
    return tuple(_WORD.findall(text.lower()))


def _unquoted_words(text: str) -> tuple[str, ...]:
    """:func:`_words` without the quote marks around a quoted caption ("'apeumi"): Korean and
    pinyin have no apostrophe, and a quoted word is still one of theirs (round 34: a Korean
    self-harm request with its caption in quotes read as no language). For detection only;
    Russian's soft sign ("krov'") then reads as the word lists spell it ("narisovat")."""
    return tuple(w for w in (word.strip("'") for word in _words(text)) if w)


def _mostly(words: tuple[str, ...], shape: re.Pattern[str], share: float) -> bool:
    """Whether at least ``share`` of ``words`` match ``shape``; stops as soon as too many do
    not (English prose fails within its first few dozen words)."""
    allowed = len(words) - math.ceil(share * len(words))
    for word in words:
        if not shape.match(word):
            allowed -= 1
            if allowed < 0:
                return False
    return True


def reads_as_russian(text: str) -> bool:
    """Whether a text in Latin letters is transliterated Russian: two or more distinct words
    only Russian writes (function words, pronouns, requests, common nouns), or one such word
    and two more with Russian endings or letter clusters ("zh", "kh", "shch"). Quote marks
    around a caption are stripped first ("'tak legche'", round 34), as for Korean and pinyin."""
    words = set(_unquoted_words(text))
    known = words & _RUSSIAN_WORDS
    known |= {m.group() for m in _RUSSIAN_STEM_IN_TEXT.finditer(text.lower())}
    if len(known) >= 2:
        return True
    if len(known) != 1:
        return False
    shaped = {
        w
        for w in words - known
        if len(w) >= 4 and (_RUSSIAN_ENDING.match(w) or _RUSSIAN_CLUSTER.search(w))
    }
    return len(shaped) >= 2


@lru_cache(maxsize=64)
def cyrillic_view(text: str) -> str | None:
    """The text with its Latin-letter words written in Cyrillic, where it reads as
    transliterated Russian and holds no Cyrillic already; else None. Digits, punctuation and
    the words' order are kept ("18+", "4k" stay)."""
    if not text.isascii():
        if re.search(r"[\u0400-\u04ff]", text):
            return None
        letters = [ch for ch in text if ch.isalpha()]
        if not letters or sum(ch.isascii() for ch in letters) < 0.9 * len(letters):
            return None
    if not reads_as_russian(text):
        return None
    return _WORD.sub(lambda m: _word_to_cyrillic(m.group()), text.lower())


# Arabic written in Latin letters ("Arabizi"): digits stand for the letters Latin lacks (3 for
# ain, 7 for haa, 2 for hamza or qaf, 5 for khaa, 8 for ghain or qaf, 9 for saad, 6 for taa).
# A word of two or more letters with one such digit inside or in front ("3ayez", "ba2ara",
# "sho8l", "7aga"), not an ordinal or a product name ("2nd", "mp3", "ps5").
_ARABIZI_WORD = re.compile(
    r"(?<![a-z0-9])(?=[a-z]*[235679](?![0-9]))(?![0-9](?:st|nd|rd|th|d|k|x|p|s)(?![a-z0-9]))"
    r"(?:[235679]?[a-z]+(?:[235679][a-z]+)*[235679]?|[235679][a-z]+)(?![a-z0-9])"
)
_NOT_ARABIZI = frozenset({"mp3", "ps5", "ps2", "web3", "h2o", "co2", "b2b", "p2p", "gta5", "w3c"})
# A measure ("5cm", "3mm", "2kg") or a paper or grid size ("a3", "b5") is no Arabic word.
_UNIT_WORD = re.compile(r"^[0-9](?:cm|mm|km|kg|ml|px|gb|mb|hz|fps|min|am|pm)$")
# Leetspeak writes 4, 0 and 1 inside words, which Arabizi does not.
_LEET_WORD = re.compile(r"[a-z][014]+[a-z]|[014][a-z]+[0-9]")
# Arabic words people write without a digit, common in requests ("ana 3ayez sora ...").
_ARABIZI_WORDS = frozenset(
    """
    ana enta enti inta inti howa heya e7na i7na fel fil fi wel bel el 3al 3ala 3an lel mn w
    bta3 beta3 bta3et ely elly eli 3ayez 3ayza 3awez bas keda kda mesh msh mish gher ghir
    zay sora soura sura bent walad rasm e3mel a3mel i3mel 3amel ya3ni wala yalla 3ashan
    """.split()
)


def reads_as_arabizi(text: str) -> bool:
    """Whether a text reads as Arabic in Latin letters: two or more distinct words with the
    letter digits (two letters or more, not a measure), or one and two common Arabic words
    written in Latin letters; never text in Arabic script or in leetspeak."""
    lowered = text.lower()
    if re.search(r"[\u0600-\u06ff]", lowered):
        return False
    if _LEET_WORD.search(lowered):  # "n4k3d s3lfi3": leetspeak, whose 3 is an e
        return False
    digit_words = {
        w
        for w in _ARABIZI_WORD.findall(lowered)
        if w not in _NOT_ARABIZI and sum(ch.isalpha() for ch in w) >= 2 and not _UNIT_WORD.match(w)
    }
    common = len(set(_words(text)) & _ARABIZI_WORDS)
    if len(digit_words) >= 2:
        # Words whose only digit is a 3 are leetspeak's "e" as often ("K3ta, P3p" for ketamine
        # and pep in a German dealer's banner, round 28): then one common Arabic word too.
        return common >= 1 or any(set(w) & set("25679") for w in digit_words)
    if len(digit_words) != 1:
        return False
    return common >= 2


# Japanese in romaji ("okujou no fuchi ni suwaru shoujo"): most words are romaji syllables and
# some are Japanese particles or verb endings no other language writes.
_ROMAJI_SYLLABLES = re.compile(
    r"^(?:(?:kk|ss|tt|pp|cch|ssh)?(?:sh|ch|ts|ky|gy|ny|hy|by|py|my|ry|[kgsztdnhbpmyrwfj])?"
    r"[aiueo]{1,2}|n(?![aiueoy]))+$"
)
_ROMAJI_WORDS = frozenset(
    """
    wo ga ni wa desu masu deshita mashita shite shita shitai sareru saseru suru shimasu
    kudasai kara made mitai yori dake naru nai chan kun sama sensei shoujo shounen onna otoko
    atatakai kawaii yasashii no de mo onegai onegaishimasu shashin tokoro
    """.split()
)
# The particles and verb endings of _ROMAJI_WORDS that no other language writes.
_ROMAJI_DISTINCT = frozenset(
    "wo ga ni wa desu masu shite shita shitai sareru saseru suru kudasai mitai onegai "
    "onegaishimasu".split()
)


#: Pinyin syllables that Hepburn romaji never writes (x, q and zh initials): where a text
#: reads as both, two of them settle it for pinyin (round 34's set: "bang wo hua yi zhi chao
#: xiong de hei mao ... xiang hei she hui lao da" was read as romaji too).
_PINYIN_ONLY = re.compile(r"(?<![a-z])(?:x|q|zh)[a-z]*(?![a-z])")


def reads_as_romaji(text: str) -> bool:
    """Whether a text reads as Japanese in Latin letters: three or more words, most of them
    romaji syllables, and two words that only Japanese writes ("wo", "ga", "shite") or one
    such word with two more Japanese particles or common words."""
    words = _words(text)
    if len(words) < 3:
        return False
    distinct = set(words) & _ROMAJI_DISTINCT
    if not (len(distinct) >= 2 or (len(distinct) == 1 and len(set(words) & _ROMAJI_WORDS) >= 3)):
        return False
    return _mostly(words, _ROMAJI_SYLLABLES, 0.6)


# Chinese in pinyin without tones ("xi jin ping bei dai shou kao"): most words are pinyin
# syllables, and several have initials or finals English spelling does not use this way.
_PINYIN_SYLLABLE = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|"
    r"ua|uo|ui|ue|ve|er|a|o|e|i|u|v)"
)
_PINYIN_WORD = re.compile(rf"^(?:{_PINYIN_SYLLABLE})+$")
_PINYIN_MARKED = re.compile(
    r"^(?:x(?:i|u)|q(?:i[aenou]|u[aen])|zh|[a-z]*(?:uo|iao|ian|iang|iong)$)"
)


def reads_as_pinyin(text: str) -> bool:
    """Whether a text reads as Chinese in toneless pinyin: four or more words, four in five of
    them pinyin syllables, and two distinct words marked as pinyin (initials x and zh, q
    before its finals; finals such as "uo", "iang"). Three until round 34: the 16,750 rows of
    the data files in ASCII gain 7 detections at two, all of them pinyin ("zhizuo jia
    shenfenzheng de jiaocheng tu")."""
    words = _unquoted_words(text)
    if len(words) < 4 or not _mostly(words, _PINYIN_WORD, 0.8):
        return False
    return len({w for w in words if _PINYIN_MARKED.match(w) and _PINYIN_WORD.match(w)}) >= 2


# Korean in the Revised Romanization ("jasal jeon majimak selca"): vowels "eo" and "eu" inside
# a word (Portuguese ends words in "-eu": "meu", "museu"), particles and endings that English
# and the Romance languages do not write.
_KOREAN_PARTICLES = (
    r"^(?:[a-z]+(?:eul|reul|neun|eun|eseo|haejwo|juseyo|seyo|hago|haeseo|sipeo|"
    r"sipda|jwo|jugo)|jeon|sajin|geurim|haksaeng|sal|nim|ssi|oppa|eonni|hyeong|nuna|yeoja|namja|"
    r"eopsi|eopseo|jangmyeon)$"
)
_KOREAN_MARKED = re.compile(rf"(?:eo|eu)[a-z]|{_KOREAN_PARTICLES}")
#: At least one mark must be a particle, an ending or a word only Korean writes: "eo" inside
#: a word alone is Spanish "leon", "neones" too (round 25's regression rows).
_KOREAN_PARTICLE = re.compile(_KOREAN_PARTICLES)
_ROMAN_KOREAN_SYLLABLES = re.compile(
    r"^(?:(?:kk|tt|pp|ss|jj|ch|[gkndrlmbsjhtp])?"
    r"(?:yae|yeo|wae|a|ae|ya|eo|e|ye|o|wa|oe|yo|u|wo|we|wi|yu|eu|ui|i)(?:ng|[gkndlmbpst])?)+$"
)


def reads_as_korean(text: str) -> bool:
    """Whether a text reads as Korean in the Revised Romanization: three or more words, most of
    them its syllables, and two distinct words with its marks ("eo", "eu", particles), one of
    them a particle, an ending or a word only Korean writes."""
    words = _unquoted_words(text)
    if len(words) < 3 or not _mostly(words, _ROMAN_KOREAN_SYLLABLES, 0.6):
        return False
    marked = {w for w in words if _KOREAN_MARKED.search(w) and _ROMAN_KOREAN_SYLLABLES.match(w)}
    return len(marked) >= 2 and any(_KOREAN_PARTICLE.match(w) for w in marked)


def romanized_languages(text: str) -> frozenset[str]:
    """Which of Arabic, Japanese, Chinese and Korean ``text`` reads as, written in Latin
    letters: "ar-latn", "ja-latn", "zh-latn", "ko-latn" (the term lists' keys)."""
    return _romanized_languages(" ".join(text.lower().split()))


@lru_cache(maxsize=64)
def _romanized_languages(text: str) -> frozenset[str]:
    """:func:`romanized_languages` of a lowercased text with single spaces. Cached on that
    form: the term lists and the floors ask for the prompt and its folds, which for Latin
    text differ only in case and spacing."""
    if not text.isascii() and any(m[0].isalpha() for m in _NON_ASCII.finditer(text)):
        return frozenset()  # accents: a Latin language
    found = set()
    if reads_as_arabizi(text):
        found.add("ar-latn")
    if reads_as_romaji(text):
        found.add("ja-latn")
    if reads_as_pinyin(text):
        found.add("zh-latn")
        if len(set(_PINYIN_ONLY.findall(text))) >= 2:  # "xiang", "zhi": no romaji writes them
            found.discard("ja-latn")
    if reads_as_korean(text):
        found.add("ko-latn")
    return frozenset(found)
