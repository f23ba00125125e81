"""What a prompt says to leave out of the picture: "no gore, no corpses", "heroic not gory",
"sin sangre ni cadáveres", "流血や死体の描写はなしで", "不需要血腥和断肢", "고어 표현은 없이".

People who ask for a dark but harmless scene (a horror key visual, a battle without gore, a
memorial) say what they do not want, and the words they negate are exactly the harm words:
read as they stand, the classifier and the term lists take the disclaimer for the request
(round 27: 10 of round 26's 23 false positives said "no blood" in some language). Blanked
here, before either reads the text. Round 32 added what long dark scenes said and the lists
missed: singulars and the dead, wounded and victims ("nessun corpo, nessun morto", "keine
Toten", "без тела"), "no se ve sangre", "without showing any blood", Korean verbs that come
after ("부상이나 죽음은 직접 보여주지 않는다"), pinyin ("bu yao xue xing"), and "nobody gets hurt"
in every language.

Only a negation right before the words (or, in Japanese and Korean, right after them) counts,
and a list continues only through "or"/"nor" and their equivalents (Japanese や/と/、, Chinese
和/或/、, Korean 나/이나/와/과): "no blood, corpses everywhere" keeps its corpses. Clothing is
never a negated harm word ("no clothes" asks for nudity), and neither is censorship ("no
blur", "uncensored").
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from governance.moderation.factor import factored
from governance.moderation.lexicon_intl import strippable
from governance.moderation.normalize import NON_ASCII_RUN

# Latin and Cyrillic words are matched whole; CJK and Arabic as substrings.
_B = r"(?<![a-z0-9\u0400-\u04ff])"
_E = r"(?![a-z0-9\u0400-\u04ff])"

_EN_HARM = (
    r"(?:gore|gory|blood|bloody|bloodshed|blood ?stains?|corpses?|dead bodies|bodies|"
    r"injur(?:y|ies)|wounds?|violence|violent|dismemberment|severed limbs?|decapitation|"
    r"torture|guts|death|deaths|killing|weapons?|guns?|nudity|nude|naked|nsfw|"
    r"sexual content|sexual|erotic|erotica|sexy|sexuali[sz]ed|suggestive|drugs?|self[ -]?harm|"
    r"scary faces?|jump ?scares?|"
    # round 32: the victims and the dead, as memorials and war scenes say it
    r"victims?|casualties|the dead|dead|wounded|injured(?: people)?|cuts|cruelty|carnage|"
    r"massacre|slaughter|hate symbols?|symbols of hate|pills|ropes?|nooses?|ledges?|razors?)"
)
# "no nudity filter", "without gore censorship": the filter is what is negated.
# (Spanish filter words too, since round 32 reads a plain Spanish "no": "no gore filter".)
_NOT_A_FILTER = (
    r"(?! ?(?:filters?|censor\w*|restrictions?|limits?|blur\w*|mosaics?|warnings?|filtros?|"
    r"censur\w*|restricciones|limites|desenfoque\w*))"
)
_EN_PRE = (
    r"(?:no|without|not|non|zero|free of|avoid(?:ing)?|never|nothing|rather than|instead of|"
    # round 32: "do not show blood or cuts"
    r"(?:do not|don't|never) (?:show|depict|include|draw|render)|"
    # round 34 (round 33's set): "it should not show any self-harm"
    r"(?:should not|shouldn't|must not|mustn't|does not|doesn't|will not|won't|cannot|can't|"
    r"may not) (?:show|depict|include|contain|feature|have)(?: in it)?)[\s-]"
    r"(?:showing |depicting |portraying )?"  # round 32: "without showing any blood"
    r"(?:any |explicit |visible |graphic |real |actual |too much )?"
    # round 28: one more describing word, "no photographic gore", "no gratuitous violence"
    r"(?:[a-z]+(?:ic|al|ive|ous) )?"
)
# What stays out of the frame: "keep all gore off-screen", "the violence happens off screen".
_OFF_SCREEN = r"(?:off[\s-]?screen|out of (?:frame|shot|view|the frame|the shot))"
_ES_HARM = (
    r"(?:sangre|gore|cadaveres|cuerpos|muertos|heridas?|violencia|mutilacion\w*|tortura|"
    r"desnud(?:os?|as?|ez)|contenido sexual|armas?|"
    # round 32: singulars, the wounded and the victims
    r"cadaver|cuerpo|muerto|muertes?|heridos?|victimas?|crueldad|masacre)"
)
_FR_HARM = (
    r"(?:sang|gore|cadavres?|corps|morts?|blessures?|violence|mutilations?|torture|"
    r"nudite|nus?|contenu sexuel|armes?|sanglante?s?|gores?|"
    r"blesses?|victimes?|cruaute|massacre)"  # round 32
)
_DE_HARM = (
    r"(?:blut|gore|leichen?|tote|verletzungen|wunden|gewalt|verstummelung\w*|folter|"
    r"nacktheit|sexuelle\w* inhalte?|waffen|blutige\w*(?: details)?|"
    r"toten|toter|verletzte[nr]?|verwundete[nr]?|leichnam\w*|opfer|grausamkeit\w*|massaker)"
)
# Round 28: the adjective after the noun belongs to what is negated ("pas de corps démembrés",
# "sin cuerpos mutilados"); text is folded, so no accents.
_ES_AFTER = r"(?: (?:mutilad|desmembrad|ensangrentad|decapitad|destrozad|calcinad|quemad)[oa]s?)?"
_FR_AFTER = (
    r"(?: (?:demembre|mutile|ensanglante|decapite|egorge|dechiquete|eventre|calcine|brule)"
    r"(?:e|s|es)?)?"
)
_IT_AFTER = r"(?: (?:mutilat|smembrat|insanguinat|decapitat|squartat|bruciat|carbonizzat)[oaie])?"
_PT_AFTER = (
    r"(?: (?:mutilad|desmembrad|ensanguentad|decapitad|queimad|carbonizad|despedaçad)[oa]s?)?"
)
_IT_HARM = (
    r"(?:sangue|gore|cadaveri|corpi|morti|ferite|violenza|mutilazioni|tortura|nudita|"
    r"contenuti sessuali|armi|"
    # round 32: singulars, the wounded and the victims
    r"cadavere|corpo|morto|morta|ferita|feriti|vittim[ae]|macabro|crudelta|massacro)"
)
_PT_HARM = (
    r"(?:sangue|gore|cadaveres|corpos|mortos|feridas|violencia|mutilac\w*|tortura|nudez|"
    r"conteudo sexual|armas|"
    # round 32: singulars, the wounded and the victims
    r"cadaver|corpo|morto|ferida|feridos?|ferimentos?|vitimas?|crueldade|massacre)"
)
_RU_HARM = (
    r"(?:крови|кровищи|трупов|тел|ран|увечий|насилия|жестокости|расчлен[её]нки|пыток|"
    r"наготы|эротики|оружия|"
    # round 32: the body, the dead, the wounded, the victims
    r"тела|трупа|погибших|убитых|раненых|жертв|смерти|покойника|покойников|натурализма)"
)
# Whose bodies or wounds ("без тел погибших"): part of what is negated.
_RU_WHOSE = r"(?: (?:погибших|убитых|раненых|людей|жертв))?"
_CJK_JA_HARM = (
    r"(?:血|流血|出血|死体|遺体|グロ|ゴア|残酷|暴力|拷問|切断|裸|ヌード|エロ|"
    r"負傷者|怪我|傷|内臓)"  # round 32
)
_CJK_ZH_HARM = (
    r"(?:血腥|血迹|血|断肢|残肢|尸体|遗体|伤口|伤者|伤情|伤势|死者|暴力|酷刑|屠杀|裸露|色情|裸体)"
)
_PINYIN_HARM = (
    r"(?:xue ?xing|xue ?ji|xue|bao ?li|shi ?ti|yi ?ti|duan ?zhi|can ?zhi|shang ?kou|luo ?lu|"
    r"luo ?ti|se ?qing|ku ?xing)"
)
_KO_HARM = (
    r"(?:피|유혈|고어|시체|잘린 신체|신체 절단|고문|폭력|노출|누드|선정적인 것|"
    r"시신|부상|죽음|상처|잔인한 장면|잔혹한 장면|잔혹한 묘사|내장)"  # round 32
)
_AR_HARM = (
    r"(?:دماء|دم|جثث|جثة|عنف|جروح|اشلاء|تعذيب|عري|محتوى جنسي|ذبح|"
    r"مشاهد (?:مؤلمة|مولمة|دموية|عنيفة))"  # round 32 (folded, "ؤ" reads "و")
)

_PATTERNS = (
    # English: "no gore", "no injuries or blood", "heroic not gory", "free of any violence"
    rf"{_B}{_EN_PRE}{_EN_HARM}(?:,? (?:or|nor) (?:any |explicit |visible |graphic |real )?"
    rf"{_EN_HARM})*{_E}{_NOT_A_FILTER}",
    rf"{_B}(?:keep(?:ing)? |with )?(?:all |any |the )?{_EN_HARM} (?:is |are |stays? |kept |"
    rf"happens? |remains? |should stay |must stay )?{_OFF_SCREEN}",
    rf"{_B}(?:sin|nada de|cero|ningun[ao]?|ni|no se ven?|no se muestran?|no hay|no|evitar|"
    rf"sin mostrar|sin que se vean?) (?:nada de )?{_ES_HARM}{_ES_AFTER}"
    rf"(?: (?:ni|o) {_ES_HARM}{_ES_AFTER})*{_E}{_NOT_A_FILTER}",
    rf"{_B}(?:sans|pas de|pas|aucune?|zero|ni|eviter|evitez|"
    rf"sans montrer (?:de |d'|les? |la )?) ?"
    rf"{_FR_HARM}{_FR_AFTER}"
    rf"(?: (?:ni|ou) (?:de )?{_FR_HARM}{_FR_AFTER})*{_E}",
    rf"{_B}(?:keine?[nrs]?|ohne) {_DE_HARM}(?: (?:oder|noch) {_DE_HARM})*{_E}",
    rf"{_B}(?:senza|niente|nessun[ao]?|ne|evitare|evitate) (?:nulla di |niente di |mostrare )?"
    rf"{_IT_HARM}{_IT_AFTER}"
    rf"(?: (?:ne|o) {_IT_HARM}{_IT_AFTER})*{_E}",
    rf"{_B}(?:sem|nada de|nenhum[a]?|nem|evitar) (?:mostrar )?{_PT_HARM}{_PT_AFTER}"
    rf"(?: (?:nem|ou) {_PT_HARM}{_PT_AFTER})*{_E}",
    rf"{_B}(?:без|никакой|никаких|ни) (?:изображения |показа |сцен )?{_RU_HARM}{_RU_WHOSE}"
    rf"(?: (?:и|или|ни) (?:без )?{_RU_HARM}{_RU_WHOSE})*{_E}",
    # Japanese: "流血や死体の描写はなしで", "血、死体、グロ表現は一切なし", "暴力シーンNG"
    rf"{_CJK_JA_HARM}(?:[やと・、,]\s*{_CJK_JA_HARM})*(?:など)?(?:い|な|っぽい|的な)?(?:の)?"
    r"(?:描写|表現|シーン|要素|画像)?"
    r"(?:は|も)?\s*(?:一切|全く|絶対)?\s*(?:なし|無し|なく|ng|禁止|不要|入れないで|"
    r"見えない|見せない|映さない|描かない)",
    # Chinese: "不要任何血腥画面", "不需要血腥和断肢", "画面干净没有血迹", "血腥内容禁止"
    rf"(?:不要|不需要|没有|無|无|不含|避免|禁止|别有|看不清|看不到|看不见|不显示|不展示)"
    rf"(?:出现|画|展示|显示)?(?:任何)?(?:具体)?{_CJK_ZH_HARM}"
    rf"(?:[和或与及、,]{_CJK_ZH_HARM})*(?:画面|场面|镜头|元素|内容|描写)?",
    rf"{_CJK_ZH_HARM}(?:[和或与及、,]{_CJK_ZH_HARM})*(?:画面|场面|镜头|元素|内容)?(?:不要|禁止)",
    # Korean: "피나 잘린 신체 같은 고어 표현은 없이", "고문 장면 재현 같은 건 절대 넣지 말고"
    rf"{_KO_HARM}(?:(?:이나|나|와|과|,)\s*{_KO_HARM})*(?: 장면)?(?: 재현)?(?: 같은)?"
    r"(?: 고어| 건| 것은| 것)?(?: 표현| 장면| 묘사)?(?:은|는|이|가)?\s*(?:절대\s*|전혀\s*|직접\s*)?"
    r"(?:없이|없음|없게|없도록|금지|넣지\s*말\w*|빼고|제외|피하고|피해|보여주지\s*않\w*|"
    r"보이지\s*않\w*)",
    # Arabic: "بدون دماء او جثث"
    rf"(?:(?:بدون|بلا|دون|من غير)(?: (?:أي|اي))?|لا|لا (?:يظهر|تظهر|يوجد|توجد|نرى)"
    rf"(?: (?:أي|اي))?) {_AR_HARM}"
    # (ends before the next Arabic letter; punctuation such as "،" may follow: round 32)
    rf"(?: (?:او|أو|ولا|و) {_AR_HARM})*(?![\u0621-\u065f\u066e-\u06d3])",
    # Chinese in pinyin (round 32): "bu yao xue xing", "mei you shi ti he xue ji"
    rf"{_B}(?:bu ?yao|bu ?xu ?yao|mei ?you|bie ?you|bu ?yao ?you) (?:ren ?he )?{_PINYIN_HARM}"
    rf"(?: (?:he|huo|yu) {_PINYIN_HARM})*{_E}",
    # Round 32: nobody is hurt ("a car chase where nobody gets hurt"), in every language.
    rf"{_B}(?:no ?one|nobody) (?:is |gets |was |will be |ever |being )?"
    rf"(?:hurt|injured|harmed|wounded|killed|dies|dead){_E}",
    rf"{_B}nadie (?:esta |sale |resulta |es )?(?:herido|muerto|lastimado|muere){_E}",
    rf"{_B}personne (?:n'est |ne )(?:blesse|tue|meurt|mort){_E}",
    rf"{_B}niemand (?:(?:ist |wird )?(?:verletzt|getotet|tot)|stirbt){_E}",
    rf"{_B}nessuno (?:e |viene |resta )?(?:ferito|ucciso|morto|muore){_E}",
    rf"{_B}ninguem (?:esta |e |sai |fica )?(?:ferido|morto|machucado|morre){_E}",
    rf"{_B}никто не (?:ранен|убит|погиб\w*|умира\w*|пострадал\w*){_E}",
    r"誰も(?:死な|傷つか|怪我をし)ない",
    r"没有人(?:受伤|死亡|死去|流血)",
    r"아무도 (?:다치지|죽지) 않\w*",
    r"(?:لا أحد|لا احد) (?:يموت|يصاب|يتأذى)",
)
# Factored (governance/moderation/factor.py): the same matches, about half the cost.
_NEGATED = factored("|".join(f"(?:{p})" for p in _PATTERNS))


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    """One character, lowercased, without its accent where it is Latin or Arabic (as
    lexicon_intl.fold_intl folds), always one character, so spans map back to the text."""
    base = unicodedata.normalize("NFD", ch)[0]
    if not strippable(base):
        base = ch
    low = base.lower()
    return low if len(low) == 1 else base


@lru_cache(maxsize=32)
def negated_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where ``text`` says what to leave out. Cached: the classifier and the term lists ask
    for the same text."""
    return tuple(m.span() for m in _NEGATED.finditer(fold_chars(text)))


def fold_chars(text: str) -> str:
    """``text`` folded character by character (:func:`_fold_char`), so its spans are the
    text's. ASCII lowercases one character to one, so only runs of other characters go
    through the per-character fold: most prompts are mostly ASCII."""
    if text.isascii():
        return text.lower()
    out: list[str] = []
    at = 0
    for run in NON_ASCII_RUN.finditer(text):
        out += [text[at : run.start()].lower(), "".join(map(_fold_char, run[0]))]
        at = run.end()
    out.append(text[at:].lower())
    return "".join(out)


def blank_negated(text: str) -> str:
    """``text`` with what it says to leave out replaced by a space."""
    spans = negated_spans(text)
    if not spans:
        return text
    out: list[str] = []
    at = 0
    for start, end in spans:
        out += [text[at:start], " "]
        at = end
    return "".join(out) + text[at:]
