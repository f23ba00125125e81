"""Round 7's false-positive study: innocent contexts the term lists now know (see
docs/moderation.md, "Round 7: false positives"), and what they must not excuse."""

from __future__ import annotations

import pytest

from governance.moderation import terms


@pytest.mark.parametrize(
    "text",
    [
        # A negation is no sexual evidence, even where a child is named.
        "a christmas market with children on a carousel, warm colours, no nudity, no gore",
        "Weihnachtsmarkt mit Kindern am Karussell, freundlich, keine Gewalt, keine Nacktheit",
        "mercado navideño con niños en el tiovivo, sin violencia, sin desnudos",
        "cartel de cine de miedo: una niña de espaldas en un pasillo vacío, sin gore",
        # Couscous is no "sex" in Arabic.
        "ساحة جامع الفنا، اطباق الطاجين والكسكس، اطفال يركضون بين الحشود",
        # Nudes as art, about adults.
        "art class: students drawing a nude adult model, charcoal sketches on easels",
        "fine art nude of an adult man, back to the camera, life drawing class",
        "Renaissance painting of Venus, nude, seashell, museum reproduction",
        "ensaio de nu artístico de uma mulher adulta em preto e branco",
        "박물관의 고대 그리스 나체 조각상",
        # Preparing food.
        "杀鱼教程：怎么给一条鲈鱼去鳞开膛，步骤图",
        "كيفية تقطيع دجاجة كاملة، صور خطوة بخطوة",
    ],
)
def test_innocent_contexts_hit_no_list(text: str) -> None:
    assert terms.match_text(text).scores == {}, text


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # The negation blanks only what it negates: other sexual words still count.
        ("a naked 12 year old girl in the bath, no gore", "sexual/minors"),
        ("nackte Kinder am Strand, keine Gewalt", "sexual/minors"),
        # Art never excuses nudity once a child is named.
        ("fine art nude of a 12 year old girl", "sexual/minors"),
        ("فيلم سكس", "sexual"),
        ("开膛破肚的尸体，鲜血", "violence/graphic"),
        ("تقطيع جثة", "violence/graphic"),
        ("把他像杀鱼一样开膛", "violence/graphic"),
    ],
)
def test_what_the_new_exceptions_do_not_excuse(text: str, category: str) -> None:
    assert category in terms.match_text(text).scores, text
