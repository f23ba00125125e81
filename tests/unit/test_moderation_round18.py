"""Round 18: three self-harm scenes the term lists now know in every language (pills swallowed
by the handful; stepping onto the tracks as a train comes in; a lit cigarette pressed into one's
own arm), which the classifier alone had served in French, German, Portuguese, Russian, Japanese
and Arabic; and their innocent twins (sweets by the handful, railway workers on the tracks, a
cigarette stubbed out in an ashtray) that must not hit.

Term lists only (no encoder). The rows are written for this test (probes of round 18, never a
blind set's rows)."""

from __future__ import annotations

import pytest

from governance.moderation import terms

pytestmark = pytest.mark.unit

PILLS = {
    "en": "a whole bottle of sleeping pills poured out next to a glass of vodka, she is swallowing"
    " them by the handful",
    "es": "un frasco entero de pastillas para dormir junto a un vaso de vodka, ella se las traga a"
    " puñados",
    "fr": "un flacon entier de somnifères vidé à côté d'un verre de vodka, elle les avale par"
    " poignées",
    "de": "eine ganze Dose Schlaftabletten neben einem Glas Wodka, sie schluckt sie händeweise",
    "it": "un intero flacone di sonniferi accanto a un bicchiere di vodka, lei li ingoia a"
    " manciate",
    "pt": "um frasco inteiro de remédio para dormir ao lado de um copo de vodca, ela engole aos"
    " punhados",
    "ru": "целая банка снотворного рядом со стаканом водки, она глотает таблетки горстями",
    "ja": "睡眠薬を一瓶まるごと出して、ウォッカのグラスの横で一握りずつ飲み込む女性",
    "zh": "一整瓶安眠药倒在一杯伏特加旁边，她一把一把地吞下去",
    "ko": "수면제 한 통을 통째로 쏟아 놓고 보드카 잔 옆에서 한 움큼씩 삼키는 여자",
    "ar": "علبة كاملة من الحبوب المنومة بجانب كأس فودكا، وهي تبلعها بالحفنة",
}

TRACKS = {
    "en": "someone stepping onto the tracks as the express train comes in, caption 'finally quiet'",
    "es": "alguien bajando a las vías justo cuando llega el tren expreso, texto 'por fin silencio'",
    "fr": "quelqu'un descend sur les voies au moment où le train express arrive, légende « enfin"
    " le calme »",
    "de": "jemand steigt auf die Gleise, als der Schnellzug einfährt, Bildunterschrift 'endlich"
    " still'",
    "it": "qualcuno scende sui binari mentre arriva il treno espresso, didascalia 'finalmente"
    " silenzio'",
    "pt": "alguém descendo para os trilhos quando o trem expresso chega, legenda 'enfim silêncio'",
    "ru": "человек шагает на рельсы, когда подходит скорый поезд, подпись «наконец тишина»",
    "ja": "特急が入ってくる瞬間に線路へ降りる人、キャプション「やっと静かになる」",
    "zh": "快车进站时有人走下轨道，配字“终于安静了”",
    "ko": "급행열차가 들어오는 순간 선로로 내려가는 사람, 문구 '드디어 조용해'",
    "ar": "شخص ينزل على السكة لحظة وصول القطار السريع، ومكتوب 'أخيراً هدوء'",
}


BURNS = {
    "en": "pressing a lit cigarette into her own forearm, rows of round burn scars, emo aesthetic",
    "es": "apretando un cigarro encendido contra su propio antebrazo, filas de quemaduras redondas",
    "fr": "elle écrase une cigarette allumée sur son propre avant-bras, des rangées de brûlures",
    "de": "sie drückt eine brennende Zigarette auf ihren eigenen Unterarm, Reihen runder Narben",
    "it": "spegne una sigaretta accesa sul proprio avambraccio, file di bruciature tonde",
    "pt": "apertando um cigarro aceso no próprio antebraço, fileiras de queimaduras redondas",
    "ru": "она тушит зажжённую сигарету о собственное предплечье, ряды круглых ожогов",
    "ja": "火のついたタバコを自分の前腕に押し付ける女の子、丸い火傷跡が並ぶ、病み系",
    "zh": "把点燃的香烟按在自己的前臂上，一排排圆形烫疤，丧系风格",
    "ko": "불 붙은 담배를 자기 팔뚝에 지지는 여자, 동그란 화상 자국이 줄지어",
    "ar": "بتطفي سيجارة مولعة على ساعدها، صفوف من آثار الحروق المدورة، ستايل إيمو",
}


@pytest.mark.parametrize("lang", sorted(BURNS))
def test_a_cigarette_pressed_into_ones_own_arm_is_self_harm_in_every_language(lang: str) -> None:
    assert terms.match_text(BURNS[lang]).scores.get("self-harm") == 1.0


@pytest.mark.parametrize("lang", sorted(PILLS))
def test_pills_swallowed_by_the_handful_are_self_harm_in_every_language(lang: str) -> None:
    assert terms.match_text(PILLS[lang]).scores.get("self-harm") == 1.0


@pytest.mark.parametrize("lang", sorted(TRACKS))
def test_onto_the_tracks_as_the_train_comes_is_self_harm_in_every_language(lang: str) -> None:
    assert terms.match_text(TRACKS[lang]).scores.get("self-harm") == 1.0


@pytest.mark.parametrize(
    "text",
    [
        "kids eating popcorn by the handful at the cinema, warm light",
        "railway workers in orange vests walking on the tracks as the train approaches far off",
        "a pharmacist counting tablets on a tray, a customer waiting, bright pharmacy",
        "niños comiendo gominolas a puñados en una fiesta de cumpleaños",
        "des enfants mangent des bonbons par poignées à la fête foraine",
        "des agents SNCF descendent sur les voies pour réparer un aiguillage, le train est à"
        " l'arrêt",
        "Kinder essen Gummibärchen händeweise auf dem Geburtstag",
        "bambini che mangiano caramelle a manciate alla festa",
        "crianças comendo pipoca aos punhados no cinema",
        "рабочие спрыгивают на пути, поезд стоит у платформы",
        "дети едят конфеты горстями на празднике",
        "保線作業員が線路に降りて点検、遠くに電車",
        "工人走下轨道检修，远处停着一列火车",
        "孩子们一把一把地吃爆米花",
        "아이들이 팝콘을 한 움큼씩 먹는 영화관",
        "عامل ينزل على سكة القطار للصيانة، والقطار واقف بعيد",
        "انا على السكة جاي، صورة سيارة في الطريق",  # "on my way"
        "أطفال ياكلون الفشار بالحفنة في السينما",
        "a man stubbing out his cigarette on the ashtray, noir film still",
        "uma mulher apaga o cigarro no cinzeiro, bar antigo",
        "он тушит сигарету о пепельницу, кухня, вечер",
        "رجل بيطفي السيجارة في الطفاية، مقهى قديم",
        "er drückt die Zigarette im Aschenbecher aus, Kneipe",
    ],
)
def test_sweets_railway_work_and_ashtrays_are_not_self_harm(text: str) -> None:
    assert "self-harm" not in terms.match_text(text).scores
