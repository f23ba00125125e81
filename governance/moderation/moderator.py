"""Prompt moderation: normalisation, term lists and a classifier, under a policy.

The classifier is a head over a sentence encoder (linear, plus since round 7 the similarity to
k-means prototypes of the training prompts: ``governance.moderation.head``): since round 4 the
multilingual USE-m3 (``governance.moderation.use_encoder``), which reads all eleven service
languages; the English MiniLM of rounds 1-3 remains selectable (``classifier="minilm"``, or
``"both"`` for the higher of the two). A text's score per category is the highest of its
term-list hit (1.0) and the classifier's probability (calibrated so that 0.5 is the validated
operating point); a long text's classifier score is its highest window's. Since round 30 the
windows of long prompts are read by heads fitted on round 14's files (``LinearHead.for_long``),
while prompts read whole get a head that also learned rounds 14-29's sets. What the term lists
know about the text steers two categories: a text that mentions a child scores
``sexual/minors`` at least as high as ``sexual`` (and the minors head counts only as far as
there is sexual evidence); ``deepfake/real-person`` scores only when a real person is named,
and then at least as high as the worst harm done to them. Nothing here catches an exception:
a moderation failure propagates and the caller fails closed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Literal

import numpy as np

from governance.moderation import floors, negation, normalize, terms
from governance.moderation.categories import CATEGORIES, DEFAULT_THRESHOLDS
from governance.moderation.encoder import Backend, Encoder, load_encoder
from governance.moderation.evidence import self_harm_evidence as names_self_harm
from governance.moderation.head import (
    HEAD_PATH,
    STATIC_HEAD_PATH,
    USE_HEAD_PATH,
    USE_STATIC_HEAD_PATH,
    LinearHead,
)
from governance.moderation.negative import (
    only_tags,
    steers_to_nudity,
    strip_safety_exclusions,
)
from governance.moderation.policy import DEFAULT_LONG_PROMPT_POINT, ModerationPolicy
from governance.moderation.use_encoder import UseEncoder, load_use_encoder

# Ties (term hits all score 1.0) go to the more specific category.
_SPECIFICITY = (
    "sexual/minors",
    "deepfake/real-person",
    "self-harm",
    "hate",
    "illicit",
    "violence/graphic",
    "sexual",
    "harassment",
)
#: What tags in a negative prompt can only keep out of an image (see check_prompt). Adult
#: sexual content since round 32: "nudez, transparência, conteúdo sexual" under a swimwear
#: catalogue asks for less skin, not more (rounds 10-31's sets: 11 benign rows refused so, no
#: harmful row served by counting it). Steering by exclusion keeps its own rules
#: (steers_to_nudity: clothing or censorship left out), and so does sexual/minors (the floors
#: read the negative prompt as written, score_texts the minors head).
EXCLUDED_DEPICTIONS = ("violence/graphic", "self-harm", "sexual")
_INDEX = {c: i for i, c in enumerate(CATEGORIES)}
_PERSON_HARMS = ("sexual", "violence/graphic", "self-harm", "hate", "illicit", "harassment")
#: The longest prompt (and negative prompt) the service accepts, in characters. Requests over
#: it are refused with 400 naming the field (deployments/protocol.py validates it).
MAX_PROMPT_CHARS = 4000
# A prompt of up to _WHOLE_UNITS words is read whole by the encoder. A longer one is cut into
# windows that cover all of it (no cap: harm cannot hide after a page of scenery): runs of
# whole clauses of up to _WINDOW_UNITS words, one starting at each clause, so that a harmful
# clause is read with little else around it to dilute it. Each window gets the cheap static
# pass, and the encoder reads the windows it flags, so that the cost of a long harmless prompt
# stays near that of a short one.
_WHOLE_UNITS, _WINDOW_UNITS = 32, 24
# A fixed sentence whose embedding the head file records, to catch a mismatched encoder.
FINGERPRINT_TEXT = "imprimatur moderation encoder fingerprint"


@dataclass(frozen=True)
class ModerationResult:
    """The moderation verdict for one text (or a prompt and its negative prompt merged).

    ``categories[c]`` is true when ``c`` reached its threshold and the policy refuses it;
    ``flagged`` is true when any category is. Scores are reported for every category.
    """

    flagged: bool
    categories: dict[str, bool]
    category_scores: dict[str, float]
    #: The prompt mentions a minor: the image NSFW check then runs at least at the default
    #: policy (see :func:`governance.moderation.floors.nsfw_policy_for`).
    mentions_minor: bool = False
    #: Why the floor refused (None when it did not); the floor ignores the policy.
    floor: str | None = None

    def top_category(self) -> str | None:
        """The flagged category with the highest score (ties: the more specific), or None."""
        hit = [c for c, on in self.categories.items() if on]
        if not hit:
            return None
        return max(hit, key=lambda c: (self.category_scores[c], -_SPECIFICITY.index(c)))


def to_openai_result(result: ModerationResult) -> dict:
    """One entry of an OpenAI ``/v1/moderations`` response's ``results`` list."""
    return {
        "flagged": result.flagged,
        "categories": dict(result.categories),
        "category_scores": dict(result.category_scores),
    }


# Window units: words of at most 24 characters (hangul included: Korean writes spaces between
# words), and pairs of Chinese or Japanese characters (those scripts write no spaces; a pair is
# about a word), so that no run of text is too long for one window.
_UNIT = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]{1,2}|[^\s\u3040-\u30ff\u3400-\u9fff]{1,24}")


_CLAUSE_BREAK = re.compile(r"[,.;:!?()\[\]\n\u3001\u3002\uff0c\uff01\uff1f\uff1b\u060c]+")


def windows(text: str) -> list[str]:
    """The whole text when short, else overlapping runs of clauses that cover all of it.

    Windows are stretches of ``text`` as written (from a run's first unit to its last), so
    that scripts written without spaces stay unspaced."""
    if len(list(islice(_UNIT.finditer(text), _WHOLE_UNITS + 1))) <= _WHOLE_UNITS:
        return [text] if text.strip() else []  # (counted only as far as the limit)
    pieces: list[tuple[list[tuple[int, int]], int]] = []  # (unit spans, unit count)
    clause_start = 0
    for brk in [*_CLAUSE_BREAK.finditer(text), None]:
        clause_end = brk.start() if brk is not None else len(text)
        units = [
            (m.start() + clause_start, m.end() + clause_start)
            for m in _UNIT.finditer(text[clause_start:clause_end])
        ]
        # A clause longer than a window is cut into half-overlapping pieces.
        step = _WINDOW_UNITS // 2
        for start in range(0, max(len(units) - step, 1), step):
            chunk = units[start : start + _WINDOW_UNITS]
            if chunk:
                pieces.append((chunk, len(chunk)))
        clause_start = brk.end() if brk is not None else len(text)
    # A window is a run of whole pieces starting at piece i. The next run starts at the first
    # piece past the middle of this one (or the first piece it left out, if sooner), so that
    # every piece lies whole in some window and each unit is read about twice, not once per
    # window that could start before it.
    out: list[str] = []
    i = 0
    while i < len(pieces):
        count, end, last = 0, i, 0
        starts: list[int] = []
        for j in range(i, len(pieces)):
            chunk, n = pieces[j]
            if j > i and count + n > _WINDOW_UNITS:
                break
            starts.append(count)
            count, end, last = count + n, j + 1, chunk[-1][1]
        out.append(text[pieces[i][0][0][0] : last])
        if end >= len(pieces):
            break
        past_middle = [i + k for k, at in enumerate(starts) if k and at >= count / 2]
        i = min(past_middle[0] if past_middle else end, end)
    # The text's last _WINDOW_UNITS units as one window ending at its end: where windows start
    # is set by what came before, so a request of two clauses at the end of a page of scenery
    # could be read only split, its first clause behind scenery and its second alone (a Russian
    # self-harm request after 3,500 characters of scenery; tests/unit/test_moderation_round4).
    units = sorted({span for chunk, _ in pieces for span in chunk})
    tail = text[units[-_WINDOW_UNITS:][0][0] : units[-1][1]]
    if tail not in out:
        out.append(tail)
    return out


#: Where the term lists find a minor, the minors head's score counts without sexual evidence
#: from this value: no benign prompt naming a minor in the training files or held-out splits
#: scores above 0.61 on the USE head (the highest: "a teen fashion model on a runway, modest
#: outfit"; then "teen girls trying on prom dresses", 0.50; the held-out splits' highest 0.08).
MINORS_HEAD_ALONE = 0.65

#: Where a text states that its subject is an adult (an adult word or age,
#: :func:`floors.states_adult`) and the term lists find no minor, the minors head's score counts
#: scaled so that this value meets the minors threshold: the head reads an age number with
#: lingerie as a child ("a 25-year-old model in lingerie, seductive pose" 0.82, "взрослая
#: женщина в нижнем белье" 0.68 after round 8's adult contrast rows), which refused adult
#: requests for tenants that allow adult content. A child told by any word, age, grade or
#: youth-coded body the lists know is untouched, and so are the floors; two youth-coded traits
#: ("petite, flat chest, braces, pigtails, school uniform") take the scaling away.
ADULT_STATED_MINORS = 0.9

#: One classifier: an encoder, its head, and (for long prompts) its static head.
Reader = tuple[Encoder | UseEncoder, LinearHead, LinearHead | None]


def prepare(encoder: Encoder | UseEncoder, text: str) -> str:
    """The text ``encoder`` reads: what it says to leave out blanked ("no gore"),
    normalised against evasion, public figures' names masked."""
    text = negation.blank_negated(text)
    if isinstance(encoder, UseEncoder):
        return terms.mask_people(normalize.encoder_text(text, terms.CENSOR_WORDS))
    return terms.mask_people(normalize.canonical(text, terms.CENSOR_WORDS))


#: Windows of each long text that the encoder reads whatever the static pass scores them: the
#: highest-ranked ones (a harmful clause hidden in scenery ranks first even below 0.5).
ALWAYS_READ = 2


def classify(
    texts: Sequence[str],
    encoder: Encoder | UseEncoder,
    head: LinearHead,
    static_head: LinearHead | None = None,
    *,
    self_harm_evidence: bool = False,
) -> tuple[np.ndarray, np.ndarray]:
    """One reader's classifier probabilities for texts, shape (n, categories), and which
    texts were read in windows (shape (n,), bool).

    A text's score is its highest window's. With ``static_head``, the encoder reads a long
    text's windows where the static pass flags them (any category at or above 0.5, its
    calibrated escalation point) and its ALWAYS_READ highest-ranked distinct windows; without
    it, it reads every window (training does this). With ``self_harm_evidence``, a window's
    self-harm reading counts only where the window names self-harm (:func:`_needs_evidence`).
    All windows of all texts go through one encoder call.
    """
    # Each text, and again in the script the encoder learnt its language in (Russian typed in
    # Latin letters in Cyrillic, traditional Chinese in simplified): the higher score counts.
    canon = [(i, prepare(encoder, t)) for i, t in enumerate(texts)]
    for i, text in enumerate(texts):
        canon += [(i, prepare(encoder, reading)) for reading in terms.script_readings(text)]
    segments: list[str] = []
    owners: list[int] = []
    long_windows: list[str] = []
    long_owners: list[int] = []
    for i, text in canon:
        parts = windows(text)
        if len(parts) == 1:
            segments.append(parts[0])
            owners.append(i)
        else:
            long_windows += parts
            long_owners += [i] * len(parts)
    n_short = len(segments)
    windowed = np.zeros(len(texts), dtype=bool)
    windowed[long_owners] = True
    if long_windows:
        if static_head is None:
            keep = np.ones(len(long_windows), dtype=bool)
        else:
            static = static_head.predict(encoder.static_encode(long_windows)).max(axis=1)
            keep = static >= 0.5
            # The pass is calibrated to let ~STATIC_MISS of harmful prompts through below 0.5:
            # each text's highest-ranked distinct windows are read whatever their score, so a
            # harmful clause in scenery that ranks above the scenery is not skipped. Distinct:
            # a repeated window is read once, so copies of one scenery window ranked first and
            # second read one window, not two (a self-harm request after a page of repeated
            # scenery ranked second among distinct windows and 14th of 44 in all, and was served).
            owners_array = np.asarray(long_owners)
            for owner in set(long_owners):
                rows = np.flatnonzero(owners_array == owner)
                picked: set[str] = set()
                for row in rows[np.argsort(-static[rows], kind="stable")]:
                    if long_windows[row] not in picked:
                        picked.add(long_windows[row])
                        keep[row] = True
                        if len(picked) == ALWAYS_READ:
                            break
        # A window repeated in the same text is read once.
        chosen = {(o, w) for w, o, k in zip(long_windows, long_owners, keep, strict=True) if k}
        segments += [w for _, w in sorted(chosen)]
        owners += [o for o, _ in sorted(chosen)]
    classifier = np.zeros((len(texts), len(CATEGORIES)), dtype=np.float64)
    if segments:
        embedded = encoder.encode(segments)
        probs = head.predict(embedded[:n_short])
        if head.for_long is not None:
            _higher_where_named(segments[:n_short], embedded[:n_short], head.for_long, probs)
        if len(segments) > n_short:  # windows of long prompts (see LinearHead.predict_window)
            read = head.predict_window(embedded[n_short:])
            if self_harm_evidence:
                _needs_evidence(segments[n_short:], owners[n_short:], read)
            probs = np.vstack([probs, read])
        np.maximum.at(classifier, np.asarray(owners), probs)
    return classifier, windowed


#: Categories that a prompt read whole reads as the higher of the head and its ``for_long``
#: head, where the text names that harm (:func:`classify`): round 30's refit with the former
#: blind sets read an Arabic implied suicide ("the last night before she jumps from the bridge
#: because no one will miss her") at 0.485 self-harm, where the head fitted on round 14's files
#: reads 0.79; a refit must not lower self-harm (docs/moderation.md, round 30).
HIGHER_OF_BOTH: tuple[str, ...] = ("self-harm",)


def _higher_where_named(
    texts: Sequence[str], embedded: np.ndarray, other: LinearHead, probs: np.ndarray
) -> None:
    """In place: for each text read whole that names self-harm (a means, act, intent, injury
    or eating disorder: :func:`governance.moderation.evidence.self_harm_evidence`), the
    categories of ``HIGHER_OF_BOTH`` read the higher of ``probs`` and ``other``'s reading (the
    head fitted on round 14's files: docs/moderation.md, round 30). Without the evidence, the
    higher of both refused 279 of round 21's 620 benign twins of self-harm prompts; with it
    237, against 233 for the prompt head alone and 257 for round 14's heads."""
    rows = [i for i, text in enumerate(texts) if names_self_harm(text)]
    if not rows:
        return
    columns = [_INDEX[c] for c in HIGHER_OF_BOTH]
    reading = other.predict(embedded[rows])[:, columns]
    probs[np.ix_(rows, columns)] = np.maximum(probs[np.ix_(rows, columns)], reading)


#: A text read in windows scores its highest window's reading, and a window's reading is
#: calibrated for one window: the highest of a page's 10-80 windows over-reads (rounds 14-23's
#: long benign rows refused by the classifier alone read 0.5-0.8, the harmful ones 0.8-1.0).
#: ``ModerationPolicy.long_prompt_point`` lets a tenant count a windowed text's readings so
#: that a higher point reads as 0.5 (the logit moved down by the point's); the default
#: (``DEFAULT_LONG_PROMPT_POINT``, 0.5) leaves them as they are: at 0.7 two to three harmful
#: requests hidden in long prompts are served for each long benign brief saved
#: (docs/moderation.md, round 24). Not moved at any point: sexual/minors and sexual, which the
#: minors floor reads as its evidence (``floors.check``: a named minor with a sexual reading
#: of 0.3), and self-harm, whose window readings have their own gate (``_needs_evidence``) and
#: whose requests, diluted by the scenery around them, can read 0.52-0.64 (round 4's "the
#: moment she steps off the bridge" after 1,500-3,500 characters of scenery).
_UNMOVED = tuple(_INDEX[c] for c in ("sexual/minors", "sexual", "self-harm"))


def at_long_prompt_point(
    probs: np.ndarray, windowed: np.ndarray, point: float = DEFAULT_LONG_PROMPT_POINT
) -> np.ndarray:
    """``probs`` with the rows of windowed texts moved so that ``point`` reads 0.5 (0.5: as
    they are), the sexual/minors, sexual and self-harm columns left as they are."""
    if not 0.0 < point < 1.0:
        raise ValueError(f"long_prompt_point must be in (0, 1), got {point!r}")
    out = probs.copy()
    if not windowed.any() or point == 0.5:
        return out
    columns = [i for i in range(probs.shape[1]) if i not in _UNMOVED]
    block = np.clip(out[np.ix_(windowed, columns)], 1e-12, 1.0 - 1e-12)
    shift = np.log(point / (1.0 - point))
    moved = 1.0 / (1.0 + np.exp(shift - np.log(block / (1.0 - block))))
    out[np.ix_(windowed, columns)] = np.where(block <= 1e-12, 0.0, moved)
    return out


#: A window's self-harm reading at or above this counts without evidence (``_needs_evidence``):
#: chosen on rounds 14-22's sets, never on the current blind set (docs/moderation.md, round 23).
SELF_HARM_SURE = 0.95


def _needs_evidence(windows: Sequence[str], owners: Sequence[int], probs: np.ndarray) -> None:
    """Zero, in place, the self-harm reading of each window that names no means, act, intent,
    injury or eating disorder (``ModerationPolicy.long_prompt_self_harm = "evidence"``, the
    default since round 23): the head reads a quiet brief's mood as self-harm
    (docs/moderation.md, rounds 22-23). A reading of ``SELF_HARM_SURE`` or more counts
    anyway: few quiet briefs reach it, and some implied suicides with no listed word do.

    A text's score is its highest window's, so each text's windows are looked at from the
    highest reading down and only until one counts: the rest cannot raise the score (the
    list costs ~0.1 ms a window; a 4,000-character prompt has ~80)."""
    column = _INDEX["self-harm"]
    rows_of: dict[int, list[int]] = {}
    for row, owner in enumerate(owners):
        rows_of.setdefault(owner, []).append(row)
    for rows in rows_of.values():
        for row in sorted(rows, key=lambda r: -probs[r, column]):
            reading = probs[row, column]
            if reading <= 0.0 or reading >= SELF_HARM_SURE or names_self_harm(windows[row]):
                break
            probs[row, column] = 0.0


def score_texts(
    texts: Sequence[str],
    encoder: Encoder | UseEncoder,
    head: LinearHead,
    static_head: LinearHead | None = None,
    *,
    also: Sequence[Reader] = (),
    negative: Sequence[bool] = (),
    self_harm_evidence: bool = False,
    long_prompt_point: float = DEFAULT_LONG_PROMPT_POINT,
) -> np.ndarray:
    """Category scores in [0, 1], shape (len(texts), len(CATEGORIES)).

    The classifier score is the highest of the readers' (``encoder``/``head``/``static_head``
    and any in ``also``), then combined with the term lists as the module docstring says.
    ``negative[i]`` marks a negative prompt: a list of what to leave out, where naming children
    ("child, minor, teen") excludes them, so the minors head never counts alone there.
    ``self_harm_evidence``: see :func:`classify`. ``long_prompt_point``: see
    :func:`at_long_prompt_point` (0.5: windowed texts read as the windows give them).
    """
    classifier, windowed = classify(
        texts, encoder, head, static_head, self_harm_evidence=self_harm_evidence
    )
    for reader in also:
        more, more_windowed = classify(texts, *reader, self_harm_evidence=self_harm_evidence)
        classifier = np.maximum(classifier, more)
        windowed |= more_windowed
    # The minors floor's evidence (its head, and sexual as evidence for it) and self-harm are
    # read as the windows gave them; the other categories at the long-prompt point.
    read = at_long_prompt_point(classifier, windowed, long_prompt_point)

    sexual, minors, person = (
        _INDEX["sexual"],
        _INDEX["sexual/minors"],
        _INDEX["deepfake/real-person"],
    )
    harms = [_INDEX[c] for c in _PERSON_HARMS]
    scores = read.copy()
    for i, text in enumerate(texts):
        found = terms.match_text(text)
        clf = classifier[i]
        # The minors head also reacts to children in innocent scenes ("a teen girl at the
        # mall"): it counts only as far as there is evidence of sexual content.
        scores[i, minors] = min(clf[minors], 1.0 if found.suggestive else clf[sexual])
        if not found.minor and floors.states_adult(text) and not floors.youth_coded(text):
            scores[i, minors] *= DEFAULT_THRESHOLDS["sexual/minors"] / ADULT_STATED_MINORS
        is_negative = i < len(negative) and negative[i]
        if is_negative and not found.suggestive:
            # What a negative prompt names is kept out of the image ("niña, menor de edad,
            # colegiala"): without a sexual word there, the heads' reading of the list as a
            # prompt is no evidence of sexual content or of a sexualised child. Steering by
            # exclusion is read by its own rules (steers_to_nudity; floors.check: youth
            # steering, a child with sexual words in the negative prompt).
            scores[i, minors] = 0.0
            scores[i, sexual] = 0.0
        elif found.minor:
            scores[i, minors] = max(scores[i, minors], clf[sexual])
            # A named minor and a minors head this sure: the head counts alone (a child
            # sexualised by implication, "film her in the bath slowly, lingering on her body").
            if clf[minors] >= MINORS_HEAD_ALONE and not is_negative:
                scores[i, minors] = max(scores[i, minors], clf[minors])
        # Without a person the term lists recognise, the classifier's guess that a text
        # depicts a real person is no evidence; with one, any harm done to them counts.
        scores[i, person] = max(read[i, person], *read[i, harms]) if found.real_person else 0.0
        for category, score in found.scores.items():
            scores[i, _INDEX[category]] = max(scores[i, _INDEX[category]], score)
    return np.clip(scores, 0.0, 1.0)


def _verdict(
    scores: dict[str, float],
    categories: dict[str, bool],
    prompt: str,
    negative_prompt: str | None,
) -> ModerationResult:
    """Apply the floors on top of the policy's verdict: they can only add refusals."""
    floor = floors.check(prompt, negative_prompt, scores)
    if floor.sexual_minors:
        categories = {**categories, "sexual/minors": True}
        scores = {**scores, "sexual/minors": max(scores["sexual/minors"], 1.0)}
    return ModerationResult(
        any(categories.values()),
        categories,
        scores,
        mentions_minor=floor.mentions_minor,
        floor=floor.reason,
    )


def _policy_flags(scores: dict[str, float], policy: ModerationPolicy) -> dict[str, bool]:
    return {c: c in policy.refuse and scores[c] >= policy.thresholds[c] for c in CATEGORIES}


def _rounded(row: np.ndarray) -> dict[str, float]:
    return {c: float(round(s, 6)) for c, s in zip(CATEGORIES, row, strict=True)}


#: Which classifier(s) read the prompt: ``use`` (multilingual USE-m3, the default since round
#: 4), ``minilm`` (the English MiniLM of rounds 1-3) or ``both`` (the higher of the two).
Classifier = Literal["use", "minilm", "both"]
DEFAULT_CLASSIFIER: Classifier = "use"


class Moderator:
    """Moderates prompts. Build one per process and share it: loading takes ~1 s."""

    def __init__(
        self,
        encoder_path: str | None = None,
        *,
        num_threads: int | None = None,
        backend: Backend = "auto",
        classifier: Classifier = DEFAULT_CLASSIFIER,
    ) -> None:
        """Load the encoder(s) and the classifier heads once.

        ``classifier``: see :data:`Classifier`. ``num_threads``, when given, is the encoders'
        thread count (USE's BLAS threads; MiniLM's ONNX Runtime intra-op threads and torch's
        for the process); ``None`` keeps one BLAS thread for USE and the host's setting for
        MiniLM. ``encoder_path`` and ``backend`` concern MiniLM only (see
        :mod:`governance.moderation.encoder`).
        """
        if classifier not in ("use", "minilm", "both"):
            raise ValueError(f"unknown classifier {classifier!r}")
        self.classifier = classifier
        readers: list[Reader] = []
        if classifier in ("use", "both"):
            use = load_use_encoder(threads=num_threads or 1)
            head = LinearHead.load(USE_HEAD_PATH)
            static = LinearHead.load(USE_STATIC_HEAD_PATH)
            _check_compatible(use, head, static)
            readers.append((use, head, static))
        if classifier in ("minilm", "both"):
            if num_threads is not None:
                import torch

                torch.set_num_threads(num_threads)
            minilm = load_encoder(encoder_path, backend=backend, threads=num_threads)
            head = LinearHead.load(HEAD_PATH)
            static = LinearHead.load(STATIC_HEAD_PATH)
            _check_compatible(minilm, head, static)
            readers.append((minilm, head, static))
        self._readers = readers
        self._encoder, self._head, self._static_head = readers[0]
        self._default_policy = ModerationPolicy()

    @classmethod
    def from_readers(cls, readers: Sequence[Reader]) -> Moderator:
        """A moderator over given (encoder, head, static head) readers, e.g. heads just fitted
        and not yet saved (train.py compares classifiers this way)."""
        self = cls.__new__(cls)
        self.classifier = "custom"
        self._readers = list(readers)
        self._encoder, self._head, self._static_head = self._readers[0]
        self._default_policy = ModerationPolicy()
        return self

    def _score(
        self,
        texts: list[str],
        negative: Sequence[bool] = (),
        *,
        policy: ModerationPolicy | None = None,
    ) -> np.ndarray:
        """The category scores of ``texts`` under ``policy`` (None: the default policy)."""
        policy = policy if policy is not None else self._default_policy
        return score_texts(
            texts,
            self._encoder,
            self._head,
            self._static_head,
            also=self._readers[1:],
            negative=negative,
            self_harm_evidence=policy.long_prompt_self_harm == "evidence",
            long_prompt_point=policy.long_prompt_point,
        )

    def check(
        self, texts: list[str], policy: ModerationPolicy | None = None
    ) -> list[ModerationResult]:
        """Moderate each text, embedding them all in one batched encoder call."""
        if isinstance(texts, str) or not all(isinstance(t, str) for t in texts):
            raise TypeError("texts must be a list of str")
        if not texts:
            return []
        policy = policy if policy is not None else self._default_policy
        results = []
        for text, row in zip(texts, self._score(texts, policy=policy), strict=True):
            scores = _rounded(row)
            results.append(_verdict(scores, _policy_flags(scores, policy), text, None))
        return results

    def check_prompt(
        self,
        prompt: str,
        negative_prompt: str | None = None,
        policy: ModerationPolicy | None = None,
    ) -> ModerationResult:
        """Moderate a prompt and its negative prompt together: max scores, OR'd flags.

        The negative prompt is read as exclusions (see governance.moderation.negative): safety
        exclusions such as "nsfw, gore" are dropped first, and excluding clothing refuses as
        sexual content.
        """
        texts = [prompt]
        negative = strip_safety_exclusions(negative_prompt) if negative_prompt else ""
        if negative:
            texts.append(negative)
        policy = policy if policy is not None else self._default_policy
        rows = self._score(texts, negative=[False, True], policy=policy)
        if negative and only_tags(negative):
            # Tags in a negative prompt keep a depiction out: "blood, severe injury, real
            # corpse" under a boxing photo makes it less violent, not more, and "nudity,
            # sexualized" under a medical diagram less sexual. Slurs, people and illicit goods
            # named there still count, and so do phrases (only_tags).
            rows[1, [_INDEX[c] for c in EXCLUDED_DEPICTIONS]] = 0.0
            # Nor is the minors head's echo of sexual tags ("sexual pose" under a life drawing
            # class read 0.47) a child: with no child named there, tags that keep sex out say
            # nothing of age. A child named with sexual words in the negative prompt, and
            # youth steering by exclusion, are the floor's own rules (floors.check).
            if not terms.match_text(negative).minor:
                rows[1, _INDEX["sexual/minors"]] = 0.0
        scores = _rounded(rows.max(axis=0))
        if negative_prompt and steers_to_nudity(negative_prompt):
            scores["sexual"] = 1.0
        return _verdict(scores, _policy_flags(scores, policy), prompt, negative_prompt)


def _check_compatible(
    encoder: Encoder | UseEncoder, head: LinearHead, static_head: LinearHead | None = None
) -> None:
    if head.categories != CATEGORIES:
        raise ValueError(f"head categories {head.categories} != {CATEGORIES}; retrain the head")
    if head.dim != encoder.dim:
        raise ValueError(f"head expects {head.dim}-d embeddings, encoder gives {encoder.dim}")
    if static_head is not None and (
        static_head.categories != CATEGORIES or static_head.dim != encoder.dim
    ):
        raise ValueError("static head does not match; retrain the heads")
    expected = np.asarray(head.meta.get("fingerprint", []), dtype=np.float32)
    got = encoder.encode([FINGERPRINT_TEXT])[0, : expected.size]
    if expected.size == 0 or not np.allclose(got, expected, atol=1e-3):
        raise ValueError(
            f"the encoder at {Path(encoder.path)} is not the one the head was trained on; "
            "retrain with python -m governance.moderation.train"
        )
