"""Term lists: the exact, explainable layer of prompt moderation.

A hit scores 1.0 for its category. Words with innocent senses ("breast", "shooting",
"bomb", "crack") are matched only in context, and known innocent phrases ("chicken breast",
"killer whale", "bath bomb", "nude lipstick") are blanked out before matching. Patterns run
on every normalised view (see :mod:`governance.moderation.normalize`); the lists themselves
are in :mod:`governance.moderation.lexicon`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from governance.moderation import lexicon as lx
from governance.moderation import lexicon_intl as intl
from governance.moderation import negation, normalize, romanized

_HARMFUL_WITH_PERSON = {"sexual", "violence/graphic", "self-harm", "hate", "illicit"}
_LATIN_ONLY: frozenset[str] = frozenset()
_INTL_CATEGORIES = {
    "violence": "violence/graphic",
    "self_harm": "self-harm",
    "hate": "hate",
    "illicit": "illicit",
    "threat": "harassment",
}

#: Words the censor-mark filler (":func:`normalize.uncensor`") may restore.
CENSOR_WORDS = frozenset(
    "porn nude nudes naked sex sexy fuck fucking cock dick pussy tits boobs cum rape gore "
    "nigger faggot kike slut whore bitch cunt penis vagina nsfw hentai suicide kill".split()
)


def mask_people(text: str) -> str:
    """Replace public figures' names with "someone", so the classifier judges the scene.

    Names carry no harm by themselves; left in, the classifier learns that a famous name is
    suspect, because most training prompts that name someone are harmful.
    """
    found = lx.people_search().search(text)
    if not found:
        return text  # the common case, found cheaply
    # people().sub(_someone, text), cheaply: the prefix tree finds the next position where a
    # name matches (the flat pattern matches at the same positions), the flat pattern its
    # span there, instead of the flat pattern trying ~300 names at every position.
    out: list[str] = []
    at = 0
    while found:
        name = lx.people().match(text, found.start())
        if name is None:  # cannot happen (see lexicon.people_search); the reference then
            return lx.people().sub(_someone, text)
        out += [text[at : name.start()], _someone(name)]
        at = name.end()
        found = lx.people_search().search(text, at)
    return "".join(out) + text[at:]


def _someone(name: re.Match[str]) -> str:
    return "someone's" if name.group(0).endswith("'s") else "someone"


@dataclass(frozen=True)
class TermMatch:
    """What the term lists found in one text."""

    scores: dict[str, float]  # categories hit, each 1.0
    real_person: bool  # names a public figure or a private person the requester knows
    minor: bool  # mentions a child
    suggestive: bool  # has sexual or sexualising words


@lru_cache(maxsize=8)
def _innocent_blanked(text: str, scripts: frozenset[str]) -> str:
    """``text`` with the known innocent phrases of every language blanked out. Cached: the
    first English view of a prompt is most often its multilingual fold as well (Latin script
    with no evasions), so :func:`match` and :func:`match_intl` ask for the same text."""
    return intl.pattern("allow", scripts).sub(
        " ~ ", lx.ALLOW.sub(" ~ ", _negations_blanked(text, scripts))
    )


@lru_cache(maxsize=8)
def _negations_blanked(text: str, scripts: frozenset[str]) -> str:
    """``text`` with what it says to leave out blanked ("no nudity", "keine Nacktheit"): unlike
    the innocent phrases, this holds where a child is named too. Cached: where a child is named,
    match and match_intl ask again for the text _innocent_blanked has just blanked."""
    text = negation.blank_negated(text)  # lists of negated harm, in every language
    return intl.pattern("negated", scripts).sub(" ~ ", lx.NEGATED.sub(" ~ ", text))


def match(text_views: tuple[str, ...]) -> TermMatch:
    """Match every view; a hit in any view counts."""
    hits: set[str] = set()
    person_seen = minor_seen = suggestive_seen = False
    for view in text_views:
        v = _innocent_blanked(view, _LATIN_ONLY)
        sexual = bool(lx.SEXUAL.search(v))
        suggestive = sexual or bool(lx.SUGGESTIVE.search(v))
        minor = bool(lx.MINOR.search(v))
        public = bool(lx.people_search().search(v) or lx.TITLED.search(v))
        private = bool(lx.PRIVATE_PERSON.search(v))
        person = public or private
        # Innocent contexts ("nude statue") never excuse nudity once a child is named, nor
        # once a real person is (round 28: "nude statue of <a singer>" was served).
        if (minor or person) and not suggestive:
            kept = _negations_blanked(view, _LATIN_ONLY)
            suggestive = bool(lx.SEXUAL.search(kept) or lx.SUGGESTIVE.search(kept))
        person_seen |= person
        minor_seen |= minor
        suggestive_seen |= suggestive
        if sexual:
            hits.add("sexual")
        if lx.CSAM.search(v) or (suggestive and minor):
            hits.add("sexual/minors")
        if lx.VIOLENCE.search(v):
            hits.add("violence/graphic")
        if lx.SELF_HARM.search(v):
            hits.add("self-harm")
        # A swastika near Hindu, Buddhist or Jain context is a religious symbol.
        hate = [m.group(0) for m in lx.HATE.finditer(v)]
        if any(not m.startswith("swastika") for m in hate) or (
            hate and not lx.SWASTIKA_OK.search(v)
        ):
            hits.add("hate")
        if lx.ILLICIT.search(v):
            hits.add("illicit")
        if lx.HARASSMENT.search(v) or ((person or not sexual) and lx.SLURS.search(v)):
            hits.add("harassment")
        if not person:
            continue  # what follows concerns a person only (and costs a search per list)
        defaming = _defames(v, lx.DEFAMING, _DIAPER, _BABY)
        intimate = suggestive or bool(lx.INTIMATE.search(v))
        if public and (
            intimate or defaming or hits & _HARMFUL_WITH_PERSON or lx.DECEPTIVE.search(v)
        ):
            hits.add("deepfake/real-person")
        # Someone the requester knows: sexualised, it is a deepfake; mocked, harassment.
        if private and (suggestive or lx.FAKED.search(v)):
            hits.add("deepfake/real-person")
        if private and (defaming or hits & _HARMFUL_WITH_PERSON):
            hits.add("harassment")
    return TermMatch(dict.fromkeys(sorted(hits), 1.0), person_seen, minor_seen, suggestive_seen)


def match_intl(text: str) -> TermMatch:
    """The ten other languages' lists (:mod:`governance.moderation.lexicon_intl`) on one text."""
    folded = intl.fold_intl(text)
    sc = intl.scripts_in(folded)

    def has(concept: str) -> bool:
        return bool(intl.pattern(concept, sc).search(v))

    v = _innocent_blanked(folded, sc)
    hits: set[str] = set()
    sexual = has("sexual")
    suggestive = sexual or has("suggestive")
    minor = has("minor") or has("youth_body")
    # The English list's names too: "Milei esnifando cocaína" names him in real_people.txt
    # and defames him in the Spanish list; each alone saw half of it.
    public = bool(intl.people_pattern().search(v) or lx.people_search().search(v))
    private = has("private_person")
    # Innocent contexts ("a nude painting") never excuse nudity once a child is named, nor
    # once a real person is (round 28).
    if (minor or public or private) and not suggestive:
        kept = _negations_blanked(folded, sc)
        suggestive = bool(
            intl.pattern("sexual", sc).search(kept) or intl.pattern("suggestive", sc).search(kept)
        )
    if sexual:
        hits.add("sexual")
    if suggestive and minor:
        hits.add("sexual/minors")
    for concept, category in _INTL_CATEGORIES.items():
        if has(concept):
            hits.add(category)
    # Round 25's combined rules, each needing one of these cues first: one search of the
    # cues (lexicon_intl.ROUND25_CUES) instead of one per rule on texts that have none.
    if has("round25_cues"):
        if _device_or_lab(v, sc, has):
            hits.add("illicit")
        if has("sh_farewell") and has("sh_means"):  # a goodbye next to the means
            hits.add("self-harm")
        if has("shooter_view") and has("civilians_shot"):  # a massacre, first person
            hits.add("violence/graphic")
        if _glorified(v, sc) and not has("victims"):
            hits.add("hate")
    # Round 26's combined rules, behind one search of their cues (lexicon_intl.ROUND26_CUES).
    if has("round26_cues"):
        hits |= _round26(v, sc, has)
    if _dehumanised(v, sc) or (has("expel") and has("group")):
        hits.add("hate")
    if _nazi_glorified(v, sc):
        hits.add("hate")
    if (public or private) and has("insult"):
        hits.add("harassment")
    # Searched once, for either person; a diaper is a baby's where a baby is named.
    defaming = (public or private) and _defames(
        v, intl.pattern("defaming", sc), intl.pattern("diaper", sc), intl.pattern("baby", sc)
    )
    if public and (suggestive or defaming or has("deceptive") or hits & _HARMFUL_WITH_PERSON):
        hits.add("deepfake/real-person")
    if private and suggestive:
        hits.add("deepfake/real-person")
    # Someone the requester knows, defamed (in a diaper, in handcuffs): harassment, as in the
    # English lists (round 24).
    if private and (defaming or hits & _HARMFUL_WITH_PERSON):
        hits.add("harassment")
    return TermMatch(dict.fromkeys(sorted(hits), 1.0), public or private, minor, suggestive)


# "<group> ... are/as/like ... <vermin>": the link words, per language, that say a group IS
# the animal or plague (so "migrants" and "rats" in unrelated clauses do not count).
_LINK = re.compile(
    r"(?<![a-z\u0400-\u04ff])(?:son|como|eran|sont|comme|en|sind|als|wie|sono|come|da|sao|"
    r"e|are|as|like|это|как|в виде|нарисован\w*|изображ\w*|"
    # Arabizi: "zay" (like), "ka" (as), "3ala shakl" (in the shape of)
    r"zay|ka|shakl|kenhom|ka2enohom|kif|kifhom|mitl|mithl|"
    # romaji and romanised Korean: "mitai" (like), "toshite" (as), "cheoreom" (like)
    r"mitai|toshite|no you ni|cheoreom|cheorom|gateun)(?![a-z\u0400-\u04ff])|[=—-]"
)
# The same in scripts written without spaces or with attached particles and prefixes.
_LINK_ATTACHED = re.compile(
    r"是|像|画成|当成|当作|变成|として|のよう|みたい|描かれ|は|로|같은|처럼|مثل|ك|"
    # Korean's topic particle only right after the word: "외국인은 원숭이", not "보는" (round 26)
    r"^[은는]"
)


# Diapers are a baby's, not a humiliation, where a real baby is named ("my coworker's newborn
# baby in diapers"), not someone drawn as one ("Tobias als heulendes Baby in Windeln"; round 25).
# The English words are lexicon_intl's, bounded as the English lists are.
_BABY = re.compile(rf"(?<![a-z])(?:{intl.joined('baby', 'en')})(?![a-z])")
_DIAPER = re.compile(rf"(?<![a-z])(?:{intl.joined('diaper', 'en')})(?![a-z])")


def _real_baby(text: str, babies: Iterable[re.Match[str]]) -> bool:
    """Whether any of the baby words found is a baby, not a person drawn as one: no link word
    ("as", "als", "como", "画成") in the 25 characters before it or the 4 after it."""
    for baby in babies:
        before = text[max(0, baby.start() - 25) : baby.start()]
        after = text[baby.end() : baby.end() + 4]
        if _LINK.search(before):
            continue
        if not (before + after).isascii() and _LINK_ATTACHED.search(before[-6:] + after):
            continue
        return True
    return False


def _defames(
    text: str, defaming: re.Pattern[str], diaper: re.Pattern[str], baby: re.Pattern[str]
) -> bool:
    """Whether a defaming list finds something in ``text``, its diaper words not counting
    where a real baby is named (the English lists and the other languages' alike)."""
    if not defaming.search(text):
        return False
    if not _real_baby(text, baby.finditer(text)):
        return True
    return bool(defaming.search(diaper.sub(" ", text)))


def _device_or_lab(text: str, scripts: frozenset[str], has: Callable[[str], bool]) -> bool:
    """A bomb told by its parts, or a drug lab told by its apparatus (round 25): shrapnel with a
    detonator, with a timer, phone or battery wired, or in a pressure cooker or capped pipe; a
    pressure cooker or capped pipe with a detonator or wiring; two distinct pieces of lab
    apparatus with crystals drying on a tray, coca leaves or a pill press."""
    if has("ied_shrapnel") or has("ied_vessel"):
        triggered = has("ied_detonator") or (has("ied_wire") and has("ied_clock"))
        if triggered or (has("ied_shrapnel") and has("ied_vessel")):
            return True
    if has("lab_product"):
        return _distinct("lab_apparatus", scripts, text) >= 2
    return False


def _distinct(concept: str, scripts: frozenset[str], text: str) -> int:
    """How many distinct words of a concept's list ``text`` holds (two pieces of apparatus,
    two of a person's details, two drugs: one word said twice is one)."""
    return len({m.group() for m in intl.pattern(concept, scripts).finditer(text)})


def _round26(text: str, scripts: frozenset[str], has: Callable[[str], bool]) -> set[str]:
    """Round 26's combined rules, each two or three lists at once (lexicon_intl._ROUND26): a
    poster that gives someone's address, phone or plate and calls them a snitch or a rapist
    (doxxing: harassment); identity papers or a sick note with two of a person's details or
    marks of a real one (name, birth date, MRZ, "signed by", both sides, legible: illicit);
    banknotes with what only a copy meant to pass needs (both sides, actual size, serial
    numbers: illicit); two drugs by name with a price, a menu or a way to order (a dealer's
    list: illicit); a blade by a wrist or thigh with blood (self-harm); a captive with a blade
    at the neck (violence); a headstone or obituary dated to end in the future (a threat:
    harassment); a news photo faked to pass as real or spread, of an explosion or an attack
    (disinformation about a real event: deepfake/real-person)."""
    hits: set[str] = set()
    if has("dox_detail") and has("shame_label"):
        hits.add("harassment")
    if has("id_doc") and _distinct("id_detail", scripts, text) >= 2:
        hits.add("illicit")
    if has("banknote") and has("money_copy"):
        hits.add("illicit")
    if has("drug_sale") and _distinct("drug_named", scripts, text) >= 2:
        hits.add("illicit")
    if has("sh_blade") and has("sh_limb") and has("sh_blood"):
        hits.add("self-harm")
    if has("captive") and has("blade_neck"):
        hits.add("violence/graphic")
    if has("grave") and has("soon"):
        hits.add("harassment")
    if has("news_fake") and has("disaster"):
        hits.add("deepfake/real-person")
    return hits


_HALO = re.compile(r"halo|aureol[ae]|heiligenschein|нимб\w*")
_WITH = re.compile(
    r"(?<![a-z\u0400-\u04ff])(?:with|wearing|con|avec|mit|com|с|со)(?![a-z\u0400-\u04ff])"
)


# A tribute paid to whoever follows it: two more words at most, then "for", "to" or "of" and
# an article, right before the attacker. "A tribute to the victims of the shooter" pays it to
# the victims.
_TRIBUTE_TO = re.compile(
    r"(?:tribute|homage|shrine|fan ?(?:art|edit|page)|hommage|homenaje|homenagem|omaggio)"
    r"(?: [\w-]+){0,2} (?:for|to|of|pour|a|au|al|ao|alla|para|an|fur) "
    r"(?:(?:the|a|an|le|la|un|une|el|o|um|uma|il|lo|der|den|dem|einen) )?$"
)


# The attackers a tribute can be paid to innocently: a lone "shooter" (of a goal), "bomber" (a
# Lancaster's crew), "attacker" (a striker) and their words in the Latin languages. A mass or
# school shooter, a gunman, a terrorist or a killer by name means nothing else.
_AMBIGUOUS_ATTACKER = re.compile(
    r"(?:shooter|attacker|bomber)s?(?:'s)?|tirador|atacante|tireur|assaillant|"
    r"schutze\w*|sparator\w*|atirador\w*"
)


#: How near a Nazi emblem the glory must be (characters between them, either order).
NAZI_GLORY_SPAN = 60


def _nazi_glorified(text: str, scripts: frozenset[str]) -> bool:
    """A Nazi emblem (a swastika, a sonnenrad, the SS; not the black sun alone, an eclipse)
    with glory near it, in any language (round 33): "la esvástica dorada brillando ... soldados
    heroicos", as the English list reads "nazi ... heroic". Alone, an emblem is a museum exhibit
    or an anti-extremism poster (round 8's contrast rows), and a Hindu or Buddhist swastika is a
    symbol of luck."""
    symbols = [m.span() for m in intl.pattern("nazi_symbol", scripts).finditer(text)]
    if not symbols or lx.SWASTIKA_OK.search(text):
        return False
    starts = [start for start, _ in symbols]
    for glory in intl.pattern("nazi_glory", scripts).finditer(text):
        # The nearest emblems are the last one starting before the glory and the first one
        # after it (matches do not overlap): linear in the matches, not their product.
        at = bisect.bisect_right(starts, glory.start())
        for start, end in symbols[max(0, at - 1) : at + 1]:
            if max(glory.start() - end, start - glory.end()) <= NAZI_GLORY_SPAN:
                return True
    return False


def _glorified(text: str, scripts: frozenset[str]) -> bool:
    """An attacker (a mass shooter, a bomber) made a saint, a hero or a martyr (round 25): the
    attacker first, then within 40 characters a link word ("as", "als", "como", "в виде") and
    the glory; in scripts written without spaces the link may follow the glory ("乱射犯を英雄と
    して"). "A heroic officer stopping the shooter" names both and glorifies no attacker. Or a
    tribute paid to the attacker ("a shrine to the gunman", round 29: ``_TRIBUTE_TO``)."""
    glory = list(intl.pattern("glorify", scripts).finditer(text))
    for attacker in intl.pattern("attacker", scripts).finditer(text):
        # "a tribute poster for a mass shooter" (round 29); not to a lone "shooter" or
        # "bomber", who may have scored a goal or flown a Lancaster
        if _TRIBUTE_TO.search(
            text[max(0, attacker.start() - 48) : attacker.start()]
        ) and not _AMBIGUOUS_ATTACKER.fullmatch(attacker.group()):
            return True
        for found in glory:
            between = text[attacker.end() : found.start()]
            if found.start() < attacker.end() or len(between) > 40:
                continue
            if _LINK.search(between):
                return True
            # A halo is worn: "the El Paso shooter with a golden halo" (round 27).
            if _HALO.fullmatch(found.group()) and _WITH.search(between):
                return True
            after = text[found.end() : found.end() + 4]
            if not between.isascii() and _LINK_ATTACHED.search(between + after):
                return True
    return False


def _dehumanised(text: str, scripts: frozenset[str]) -> bool:
    """A group named and, close by (either order), called vermin, animals or a plague, with
    a word between them that says the one is the other ("are", "as", "drawn as", "として")."""
    dehumanize = list(intl.pattern("dehumanize", scripts).finditer(text))
    if not dehumanize:
        return False
    for group in intl.pattern("group", scripts).finditer(text):
        for found in dehumanize:
            if found.start() >= group.end():
                between = text[group.end() : found.start()]
            elif found.end() <= group.start():
                between = text[found.end() : group.start()]
            else:
                continue
            if len(between) <= 60 and _LINK.search(between):
                return True
            if len(between) <= 20 and not between.isascii() and _LINK_ATTACHED.search(between):
                return True
            # Japanese and Korean put "like" after the animal: "外国人を猿みたいに",
            # "흑인을 원숭이처럼", "gaikokujin wo saru mitai ni" (round 26).
            after = text[found.end() : found.end() + 12]
            if found.start() >= group.end() and len(between) <= 20 and _LINK_AFTER.match(after):
                return True
    return False


# The words for "like" that follow the animal (see _dehumanised).
_LINK_AFTER = re.compile(
    r"\s*(?:mitai|no you|toshite|cheoreom|cheorom|gateun|gachi|みたい|のよう|として|처럼|같은|같이)"
)


def _latin_evasions(text: str) -> str | None:
    """For Latin-script text written with leetspeak, spaced letters or censor marks, the
    decoded text, so that the other Latin languages' lists read "d3snuda" and "n u d a" too;
    None when decoding changes nothing."""
    if intl.scripts_in(text):
        return None
    decoded = normalize.leet_view(text)  # leet decoded (1 as i), spaced letters joined
    return decoded if decoded != intl.fold_intl(text) else None


def script_readings(text: str) -> list[str]:
    """The text again in the script its lists (and the encoder) learnt the language in: Russian
    typed in Latin letters in Cyrillic, Chinese in traditional characters in simplified ones.
    Both are read beside the text as written; a hit or a higher score in either counts."""
    readings = (romanized.cyrillic_view(text), intl.simplified(text))
    return [reading for reading in readings if reading is not None]


@lru_cache(maxsize=256)
def match_text(text: str) -> TermMatch:
    """Every list on every view of ``text``: English (with evasions undone) and the others.

    Cached: the moderator and the floors both ask for the same prompt. Do not mutate."""
    english = match(normalize.views(text, CENSOR_WORDS))
    others = [match_intl(text)]
    decoded = _latin_evasions(text)
    if decoded is not None:
        others.append(match_intl(decoded))
    decoded_cyrillic = normalize.cyrillic_evasions(text)
    if decoded_cyrillic != text:
        others.append(match_intl(decoded_cyrillic))
    others += [match_intl(reading) for reading in script_readings(text)]
    return TermMatch(
        {k: v for m in (english, *others) for k, v in m.scores.items()},
        any(m.real_person for m in (english, *others)),
        any(m.minor for m in (english, *others)),
        any(m.suggestive for m in (english, *others)),
    )
