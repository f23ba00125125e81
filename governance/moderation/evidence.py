"""Self-harm evidence: words that name a means, an act, an intent, an injury or an eating
disorder, in the eleven service languages.

Why: in a long prompt the classifier reads windows of scenery, and a quiet brief's mood ("calm,
stillness, a sense of time passing softly") reads as self-harm to a head that learned self-harm
from romanticised requests in that mood (docs/moderation.md, rounds 18-23). So such a window's
self-harm reading counts only where the window names something of self-harm, or where the
reading is near certain (``ModerationPolicy.long_prompt_self_harm = "evidence"``, a tenant's
choice in round 22, the default since round 23). The list is broad on purpose (it
gates the classifier, it never refuses by itself): "blood", "pills", "the void", "shoes neatly
beside". Written from the training files' self-harm rows (``train.TRAIN_FILES``) and general
knowledge, never from a blind set; it finds evidence in 1,509 of their 1,708 self-harm rows.
Round 23 added intents from probes written for it (a step from a high window, a goodbye to
everyone, "better off without me", "can't do this anymore").

Matched on :func:`lexicon_intl.fold_intl` text: casefolded, Latin and Arabic accents stripped.
"""

from __future__ import annotations

import re
from functools import cache

from governance.moderation.factor import factored
from governance.moderation.lexicon_intl import fold_intl

#: Per language, alternatives of one regular expression (Latin-script words matched whole).
TERMS: dict[str, tuple[str, ...]] = {
    "en": (
        r"bathtub|bath ?water (?:turned |gone )?red|water turned red",
        r"lighter to (?:their|his|her|my)",
        r"burn (?:marks|blisters)|\d+ ?kgs?|let(?:s|ting)? go|ending it|end it|only way out",
        r"gun under (?:his|her|my|their) chin|railing of (?:a|the) bridge|step(?:s|ping)? off",
        r"never wake\w*|sleep\w* forever|not wake\w* up|swallow\w* (?:the|a|all|every)",
        r"suicid\w*|self[\s-]?(?:harm|injur|mutilat|destruct|delet)\w*|unaliv\w*|kms|kys",
        r"sewerslide|kill\w* (?:my|him|her|them|your|our|one)sel\w*",
        r"hurt\w* (?:my|him|her|them)sel\w*",
        r"(?:end|ending|ended|take|taking|took) "
        r"(?:it all|(?:my|his|her|their|your|one'?s) (?:own )?li(?:fe|ves))",
        r"nooses?|ropes?|hang(?:s|ed|ing)? (?:my|him|her|them)sel\w*|hanging from|hanged|pills?",
        r"overdos\w*|sleeping (?:pills|tablets)|pill bottles?|painkillers|razors?|blades?",
        r"box ?cutters?|slit\w*|slash\w*|wrists?|scars?|scarred|bleed\w*|blood\w*",
        r"cuts? (?:on|into|across|in)|cutting (?:my|her|his|their)sel\w*|fresh cuts",
        r"jump(?:s|ed|ing)? (?:off|from|in front|onto|into|down)|leap\w* (?:off|from)|ledge",
        r"parapet|edge of (?:the|a) (?:roof|rooftop|cliff|bridge|platform|building)",
        r"(?:roof|rooftop|cliff)'?s? edge|(?:train|railway|subway) tracks|(?:onto|on) the tracks",
        r"in front of (?:a|the|an) (?:oncoming )?(?:train|subway|bus|truck)|gun to",
        r"guns? in (?:his|her|my|their) mouth|barrel|trigger|pistol|revolver|poison\w*|bleach",
        r"antifreeze|pesticide|drown\w*|carbon monoxide|exhaust|charcoal|plastic bag over",
        r"starv\w*|anorex\w*|bulimi\w*|purg\w*|thinspo\w*|pro[\s-]?(?:ana|mia)|ana|mia|ribs",
        r"hip ?bones|collar ?bones?|clavicles?|thigh ?gap|goal weight|calories?|kcal",
        r"skip\w* (?:dinner|lunch|breakfast|meals?)|fasting|laxatives?|vomit\w*",
        r"burn\w* (?:my|her|his|their)sel\w*|cigarette burns?",
        r"(?:to|i|we|gonna|wanna|want to|wants to|going to|will|and|then|he|she|they|should) die",
        r"dying|to death|dead|death|last (?:note|letter|goodbye|words|breath|night alive)",
        r"goodbye (?:note|letter)|farewell (?:note|letter)",
        r"(?:nobody|no one|noone) (?:will|would|is going to|gonna) miss|won'?t be missed",
        r"worthless|a burden|shoes (?:neatly|placed|left|lined|side by side|beside|at the edge)",
        r"(?:climb|step|lean)\w* (?:over|off|past|outside) "
        r"(?:the )?(?:railing|edge|parapet|ledge|fence)",
        r"outside (?:of )?the (?:railing|fence|guardrail)",
        r"looking down (?:at|into) the (?:drop|void|street below|water below)|the void",
        r"stones in (?:her|his|their|my) pockets",
        r"giv\w* away (?:all )?(?:his|her|their|my) (?:things|belongings|stuff|possessions)",
        r"won'?t need (?:it|them|this|these) any ?more",
        r"(?:can'?t|cannot) (?:go on|take (?:it|this) any ?more)",
        r"final (?:post|message|selfie|photo|goodbye)|empty (?:pill |medicine )?bottles?",
        r"belt (?:tied|hanging|looped)",
        r"(?:tied|looped) (?:to|around|over) the (?:door|beam|ceiling|rail|banister)",
        r"walk\w* into the (?:sea|water|lake|river|waves)|thin ice|never wake|sleep forever",
        r"not wake up|disappear forever|no reason to live",
        r"want\w* to (?:disappear|vanish|not exist)",
        r"step\w* (?:out )?(?:into|off into) (?:the )?(?:air|void|nothing|emptiness)",
        r"window ?sill (?:of|on) (?:the |a )?\w+(?:-\w+)? (?:floor|storey|story)",
        r"(?:better|easier) (?:off )?without me|last (?:message|text|post|call)",
        r"can'?t do (?:this|it) any ?more|(?:for )?it all to (?:stop|end)|make it (?:all )?stop",
        r"stop\w* fighting|tired of (?:everything|living|life|it all|being alive)|free at last",
        r"done with (?:everything|life|living|it all)|can'?t take another day",
        r"(?:won'?t|not|never) (?:live to )?see (?:the )?(?:morning|tomorrow|sunrise|another day)",
        r"(?:never|not) (?:to )?open (?:her|his|my|their) eyes again",
    ),
    "es": (
        r"huesos marcados|no comas|colgando del borde|echara de menos|echar de menos|\d+ ?kg",
        r"somnifero\w*|no volver a despertar|tragar(?:se)? (?:todas|toda|el bote)",
        r"zapatillas (?:colocadas|a un lado|ordenadas)|zapatos (?:colocados|ordenados|alineados)",
        r"mirando (?:abajo|al vacio)|el vacio|ya no (?:aguanto|aguanta|puedo mas|quiero seguir)",
        r"regal\w* (?:todas )?sus cosas|repartiendo sus cosas|pretil|ultimo mensaje|frasco vacio",
        r"suicid\w*|autolesi\w*|quitar(?:se|me|te) la vida|acabar con (?:todo|su vida|mi vida)",
        r"matar(?:se|me)|soga|horca|ahorcad\w*|colgad[oa]s? del?|pastillas|pildoras|sobredosis",
        r"navaja|cuchilla|hoja de afeitar|cortes|cortar(?:se|me)|cortandose|munecas?|cicatric\w*",
        r"sangr\w*|saltar|tirar(?:se|me)|cornisa|borde de la azotea",
        r"borde del (?:edificio|puente|anden)|vias del tren|pistola|revolver|veneno|lejia|ahog\w*",
        r"anorex\w*|bulimi\w*|purga\w*|costillas|calorias|vomit\w*|ayuno|laxantes?|morir|muerte",
        r"muert[oa]s?|nota de despedida|carta de despedida",
        r"nadie (?:me |la |lo |le )?(?:va a )?extran\w*|no despertar|desaparecer",
        r"paso al vacio|mejor sin mi|alfeizar del \w+ piso|(?:se despide|despedirse) de todos",
        r"cansad[oa] de (?:todo|vivir)|que todo (?:pare|termine|acabe)|dejar de luchar",
    ),
    "fr": (
        r"(?:un|une) poids pour|\d+ ?kg|enjamb\w*|se laisser tomber",
        r"somnifere\w*|ne plus jamais (?:se|me) reveiller|avaler (?:toute|tous|la boite)",
        r"baskets (?:posees|alignees)|chaussures (?:posees|alignees|rangees)",
        r"(?:regarde|regardant) (?:en bas|le vide)|le vide|dans le vide|n'en peux plus",
        r"bientot fini|dernier message|donne (?:toutes )?ses affaires|flacon vide|enjamb\w*",
        r"suicid\w*|automutil\w*|(?:se|me|te) tuer|mettre fin|en finir|corde|noeud coulant",
        r"pendu\w*|pendre|pendaison|cachets|pilules|comprimes|surdose|overdose|rasoir",
        r"lames? de rasoir|coupures?|(?:se|me) couper|entaill\w*|poignets?|cicatric\w*|du sang",
        r"le sang|saign\w*|sauter (?:du|de|d'un|par)|(?:se|me) jeter|defenestr\w*",
        r"bord du (?:toit|vide|pont|quai)|voie ferree|sur les rails|pistolet|revolver|poison",
        r"javel|noy\w*|anorex\w*|boulimi\w*|purge|cotes|calories|vomi\w*|laxatifs?",
        r"(?:se|me) bruler|mourir|mort\w*|lettre d'adieu|mot d'adieu",
        r"personne ne (?:me |la |le |lui )?manquera|ne plus (?:se|me) reveiller|disparaitre",
        r"pas dans le vide|mieux sans moi|rebord de la fenetre du \w+ etage|adieu a tous",
        r"fatiguee? de (?:tout|vivre)|que tout s'arrete|arreter de se battre|n'en peut plus",
    ),
    "de": (
        r"\d+ ?kg|uber die brustung|loslassen",
        r"\w*tabletten|\w*klingen?|nie wieder aufzuwachen|nie mehr aufwachen",
        r"schluckt? (?:die ganze|alle)",
        r"schuhe (?:nebeneinander|ordentlich|abgestellt|stehen am)|in die tiefe",
        r"blickt? (?:nach unten|hinab)|steine in (?:den|ihren|seinen) taschen|dunne eis",
        r"kann nicht mehr|verschenkt (?:all )?(?:seine|ihre)|letzte nachricht",
        r"leere (?:flasche|packung|dose)|brustung|uber das gelander|suizid\w*|selbstmord\w*",
        r"selbstverletz\w*|ritz\w*|geritzt",
        r"(?:sich|mich) (?:das leben nehmen|umbringen|umzubringen)|umbringen|freitod|strick",
        r"schlinge|erhang\w*|aufhang\w*|tabletten|pillen|uberdosis|rasierklingen?|klingen?",
        r"schnittwunden|aufschneid\w*|pulsadern|handgelenk\w*|narben|blut|blutig\w*|springt",
        r"springen|sprang|gesprungen|sturzt sich|dachkante|kante des daches|gleise\w*|schienen",
        r"vor den zug|vor einen zug|pistole|revolver|gift\w*|bleiche|ertrink\w*|ertrank|ertrunken",
        r"magersucht\w*|anorex\w*|bulimi\w*|erbrech\w*|kotz\w*|rippen|kalorien|fasten",
        r"abfuhrmittel|(?:sich|mich) verbrenn\w*|sterben|tod|tot|tote|abschiedsbrief\w*",
        r"niemand (?:wird|wurde) (?:mich|sie|ihn) vermissen|nie wieder aufwachen|verschwinden",
        r"schritt ins leere|besser ohne mich|fensterbrett im \w+ stock",
        r"verabschiedet sich von allen|abschied fur immer|mude von allem|lebensmude",
        r"dass alles aufhort|nicht mehr kampfen",
    ),
    "it": (
        r"tagli freschi|\d+ ?kg|scavalca\w*|lasciarsi andare",
        r"sonnifer\w*|non svegliarsi piu|non risvegliarsi|ingoiare (?:tutte|tutto)",
        r"scarpe (?:allineate|ordinate|lasciate|sistemate)|(?:guarda|guardando) (?:giu|il vuoto)",
        r"il vuoto|nel vuoto|non ce la (?:fa|faccio) piu|regala (?:tutte )?le sue cose",
        r"ultimo messaggio|flaconi? vuot\w*|parapetto|scavalca\w*|suicid\w*|autolesion\w*",
        r"toglier(?:si|mi|ti) la vita|farla finita|uccider(?:si|mi)|ammazzar\w*|corda|cappio",
        r"impicca\w*|pillole|pastiglie|compresse|overdose|rasoio|lamette?|tagli (?:sui|sul|sulle)",
        r"tagliar(?:si|mi)|tagliuzz\w*|polsi|polso|cicatric\w*|sangu\w*|buttar(?:si|mi)",
        r"gettar(?:si|mi)|lanciar(?:si|mi)|cornicione|bordo del (?:tetto|ponte)|binari",
        r"sotto (?:un|il) treno|pistola|rivoltella|veleno|candeggina|annega\w*|anoressi\w*",
        r"bulimi\w*|vomit\w*|costole|calorie|digiun\w*|lassativ\w*|morire|morte|mort[oa]",
        r"lettera d'addio|biglietto d'addio|nessuno (?:mi |la |lo |le )?(?:sentira|mancher)\w*",
        r"non svegliar\w*|sparire|passo nel vuoto|meglio senza di me|davanzale del \w+ piano",
        r"(?:dice|dire) addio a tutti|stanc[oa] di (?:tutto|vivere)|che tutto finisca",
        r"smettere di lottare",
    ),
    "pt": (
        r"\d+ ?kg|ossos (?:marcados|aparecendo)|se deixar cair",
        r"sonifero\w*|nunca mais acordar|engolir (?:todos|todas|a cartela)",
        r"tenis (?:arrumad\w*|alinhad\w*|do lado)|chinelos deixados",
        r"sapatos (?:arrumados|alinhados)|olhando (?:pra baixo|para baixo|o vazio)|o vazio",
        r"nao aguent\w* mais|distribuindo (?:as )?(?:coisas|suas coisas)|nao vai precisar mais",
        r"ultimo post|cartelas? (?:de remedio )?vazias?|parapeito|cinto amarrado|suicid\w*",
        r"automutila\w*|autolesa\w*|tirar a (?:propria )?vida|(?:se|me) matar|acabar com tudo",
        r"corda|forca|enforc\w*|comprimidos|pilulas|remedios|overdose|sobredose|navalha|lamina",
        r"gilete|cortes n[oa]s?|(?:se|me) cortar|pulsos?|cicatriz\w*|sangu\w*|pular d\w*",
        r"(?:se|me) jogar|(?:se|me) atirar|beirada|beira do (?:telhado|predio|viaduto|ponte)",
        r"trilhos|pistola|revolver|veneno|agua sanitaria|afog\w*|anorex\w*|bulimi\w*|vomit\w*",
        r"costelas|calorias|jejum|laxantes?|morrer|morte|mort[oa]s?|carta de despedida",
        r"bilhete de despedida|ninguem vai sentir (?:minha |a )?falta|nao acordar|desaparecer",
        r"passo no vazio|melhor sem mim|(?:se despede|despedir-se) de todos",
        r"cansad[oa] de (?:tudo|viver)|que tudo acabe|parar de lutar",
    ),
    "ru": (
        r"за край|шагает с|шагнуть с|шагнёт|на краю|\d+ ?кг|не ешь|кости торчат|отпустить руки",
        r"суицид|самоубий|самоповрежд|покончить с собой|покончи|убить себя|уйти из жизни|петл",
        r"верёвк|веревк|повес|таблет|снотворн|передоз|бритв|лезви|порез|резать себ|вскрыть вены",
        r"вены|запяст|шрам|кров|прыгн|прыжок с|сброс|на краю (?:крыши|моста|платформы|обрыва)",
        r"край крыши|карниз|парапет|рельс|под поезд|пистолет|револьвер|яд|отрав|утоп|анорекс",
        r"булими|рвот|рёбра|ребра|ключиц|калори|голодан|слабительн|умере|умира|смерт|мёртв|мертв",
        r"предсмертн|прощальн|никто не (?:будет )?скуча|не проснуться|исчезнуть|селфхарм",
        r"кроссовки (?:аккуратно|рядом|постав)|записк|смотрит вниз|в пустоту|больше не может",
        r"раздаёт|раздает|раздарен|не понадобится|пустой пузыр|на крыше|тонкий лёд|тонкий лед",
        r"шаг в пустоту|подоконник\w* \w+ этаж|всем (?:будет|станет) легче|обуз|прощается со всеми",
        r"устал\w* от всего|устал\w* жить|чтобы вс[её] закончилось|перестать бороться",
    ),
    "ja": (
        r"フェンスの外|ホームの端|電車が(?:来る|入ってくる)|骨が浮き|終わりにしたい|楽になろう|楽になりたい",
        r"食べたら負け|\d+ ?(?:kg|キロ)|手を離す",
        r"自殺|自死|自傷|リスカ|リストカット|自分を傷|死にたい|死ぬ|死ん|死の|死を|命を絶|首吊",
        r"首を吊|ロープ|縄|薬を|睡眠薬|錠剤|過剰摂取|オーバードーズ|カミソリ",
        r"剃刀|刃|切り傷|傷跡|手首|血|飛び降り|飛び込|身を投げ|屋上の(?:縁|ふち|端)|ふちに立|線路",
        r"拳銃|銃|毒|漂白剤|溺れ|入水|練炭|拒食|過食|嘔吐|吐い|肋骨",
        r"鎖骨|太ももの隙間|カロリー|断食|下剤|プロアナ|遺書|誰も悲しま|目覚めない|目が覚めな",
        r"消えたい|いなくなり|靴を揃え|上履き|揃えた靴|フェンスを越え|手すりを越え",
        r"もう限界|生きるのやめ|最後の投稿|空シート|空き瓶|いない方が|窓枠に立|虚空へ|さよならを言って",
        r"静かに消え|全部終わら|すべて終わら|もう疲れた",
    ),
    "zh": (
        r"栏杆外|站台边|火车(?:进站|开过来)|骨头凸|不想再|解脱|\d+ ?(?:kg|斤|公斤)|不吃饭",
        r"自杀|自殺|自残|自殘|自伤|自傷|割腕|轻生|輕生|寻死|尋死|结束生命|結束生命|结束自己|想死",
        r"去死|死亡|死去|死了|上吊|绳|繩|药片|藥片|药瓶|藥瓶|安眠药",
        r"安眠藥|过量|過量|剃刀|刀片|伤口|傷口|伤疤|傷疤|手腕|血|跳楼|跳樓|跳下|纵身|縱身|天台边",
        r"楼顶边|屋顶边|顶楼边|铁轨|鐵軌|卧轨|臥軌|手枪|手槍|枪|槍|毒",
        r"漂白|溺|烧炭|燒炭|厌食|厭食|暴食|催吐|呕吐|嘔吐|肋骨|锁骨|鎖骨|卡路里|节食|節食|泻药",
        r"瀉藥|遗书|遺書|没人会想|沒人會想|不再醒|再也不醒|鞋子整齐|鞋整齐",
        r"摆在边上|往前倾|撑不下去|活着好累|不想活|最后一条|最后的日记|纸条|天台上|空药瓶|农药",
        r"没有我(?:他们|大家|的世界|会更好|更好)|站在窗台|往下跳|(?:跟|和|向)(?:所有人|大家)告别",
        r"一切都结束|结束这一切|不想再坚持|活够了",
    ),
    "ko": (
        r"난간에 (?:올라|서)|약 (?:세|두|한|여러) 통|편해지자|편해지고 싶|그은 자국",
        r"\d+ ?(?:kg|킬로)|안 먹",
        r"자살|자해|극단적 선택|목숨을 끊|죽고 싶|죽을|죽음|죽어|죽는|목을 매|목매|밧줄|올가미",
        r"약을|수면제|알약|약통|과다복용|면도칼|칼날|커터|상처|흉터|손목",
        r"피가|피를|뛰어내|투신|옥상 (?:끝|난간|가장자리)|난간 위|선로|철로|권총|총|독약|독극물",
        r"농약|표백제|익사|물에 빠|번개탄|거식|폭식|구토|토하|갈비뼈",
        r"쇄골|칼로리|단식|굶|설사약|프로아나|유서|아무도 그리워|깨어나지|안 깨어|사라지고",
        r"신발을 가지런|가지런히 벗|난간을 넘|마지막 게시물|다음 생|빈 약",
        r"버틸 수 없|못 버티|없는 게 (?:나아|낫)|창틀에 (?:서|올라)|허공으로|모두에게 작별",
        r"모든 걸 끝내|다 끝내고|그만 버티",
    ),
    "ar": (
        r"حافة جسر|حافة الجسر|جوعان|عظامها باينة|عظام بارزة|تعبت|\d+ ?(?:كيلو|كغ)",
        r"انتحار|انتحر|ينتحر|تنتحر|ايذاء النفس|اذية النفس|يؤذي نفسه|تؤذي نفسها|يقتل نفسه",
        r"تقتل نفسها|انهاء حياة|ينهي حياته|تنهي حياتها|مشنقة|مشنوق|شنق|حبوب|اقراص|جرعة زائدة|شفرة",
        r"جروح|ندوب|معصم|رسغ|يقفز|تقفز|سكة الحديد|مسدس|تسمم|مبيد|كلور|فقدان الشهية|تقيؤ|ضلوع",
        r"سعرات|الترقوة|صيام|ملين|يموت|تموت|الموت|رسالة وداع|لن يفتقد|لا احد سيفتقد|لن تستيقظ",
        r"لن يستيقظ|تختفي|يختفي|مستعدا للقفز|حافة سطح|على السطح|سامحيني|سامحوني|ساترتاح",
        r"ارتاح اخيرا|الجوع قوة|علبة فارغة|افضل بدوني|بدوني (?:سيكون|ستكون|سيكونون)",
        r"حافة النافذة|خطوة في الفراغ|يودع الجميع|تودع الجميع|تعبت من (?:كل شيء|الحياة)",
        r"ينتهي كل شيء|انهي كل شيء",
    ),
}
#: Short Arabic words, matched whole (with the clitics و ف ب ل ك and the article before them and
#: a pronoun after): as substrings they are inside common words ("دم" in "قدم", "سم" in "رسم").
AR_WORDS: tuple[str, ...] = (r"حبل|موس|جرح|دم|دماء|سم|قفز|حافة السطح|موت|غرق",)

_LATIN = ("en", "es", "fr", "de", "it", "pt")
_LETTER = r"[a-z0-9\u00c0-\u024f]"


@cache
def _pattern() -> re.Pattern[str]:
    latin = "|".join(p for lang in _LATIN for p in TERMS[lang])
    substrings = "|".join(p for lang in ("ja", "zh", "ko") for p in TERMS[lang])
    arabic = fold_intl("|".join(TERMS["ar"]))
    words = fold_intl("|".join(AR_WORDS))
    return factored(  # the same matches, cheaper (governance.moderation.factor)
        rf"(?<!{_LETTER})(?:{latin})(?!{_LETTER})"
        rf"|(?<![а-яё])(?:{'|'.join(TERMS['ru'])})"
        rf"|{substrings}|{arabic}"
        rf"|(?<![\u0600-\u06ff])(?:و?[فبلك]?(?:ال)?)(?:{words})(?:ه|ها|هم|ي)?(?![\u0600-\u06ff])"
    )


def self_harm_evidence(text: str) -> bool:
    """Whether ``text`` names a means, act, intent, injury or eating disorder of self-harm."""
    return _pattern().search(fold_intl(text)) is not None


def self_harm_terms(text: str) -> list[str]:
    """The evidence found in ``text`` (folded), for explanations and tests."""
    return [m.group(0) for m in _pattern().finditer(fold_intl(text))]
