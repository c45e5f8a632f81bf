"""Triggers of one sentence that tell one event: keep the event, drop the parts of it.

«ضبط صهريج محمل بالوقود واعتقال سائقه» is one seizure; «هاجم مسلحون حاجزاً» is an attack
whose target is a checkpoint; «اشتباك بين عناصر الفرقة ومجموعة تهريب» a clash whose sides
smuggle; «عقد اجتماع في مبنى المنفذ» a meeting held at a crossing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import cues
from .details import has_destination
from .kinds import ATTACK_TYPES, REMOTE_VIOLENCE

if TYPE_CHECKING:  # mentions.py builds mentions and asks this module which to keep
    from .mentions import Mention


# Non-violent events whose trigger words also name what an attack hits.
TARGET_TYPES = {"checkpoint", "crossing", "recruitment", "meeting", "smuggling"}
# How far after the attack word its target may still be described.
_TARGET_WINDOW = 12


def _is_target(m: Mention) -> bool:
    """A checkpoint, a crossing… or movements («استهدفت المدفعية تحركات لمجموعات التنظيم»), which
    an attack hit; not reinforcements sent after it."""
    return m.event_type in TARGET_TYPES or m.event_type == "deployment" and m.phrase in cues.MOVEMENTS_SEEN


def _describes_target(attack: Mention, m: Mention) -> bool:
    """`m` stands in the attack's own clause, after it: no «و» opens a new clause between them."""
    if attack.anaphoric or not (0 <= m.start - attack.end <= _TARGET_WINDOW):
        return False
    s = m.sentence
    if m.start - attack.end <= 2 or s.word_at(m.start - 1, cues.TARGET_PREPOSITIONS):
        return True
    return not any(s.toks[j].text.startswith("و") for j in range(attack.end, m.start))


def one_event_per_reading(out: list[Mention]) -> list[Mention]:
    """Drop mentions that are part of another event told in the same sentence."""
    types = {m.event_type for m in out}
    if "smuggling" in types and "arrest" in types and out[0].sentence.has_word(cues.SEIZURES):
        # «ضبط صهريج محمل بالوقود واعتقال سائقه» is the seizure; «اعتقال ثلاثة بتهمة التهريب وضبط
        # قارب» is the arrest: one operation, told by what the sentence reports first.
        first = next(m.event_type for m in out if m.event_type in ("smuggling", "arrest"))
        out = [m for m in out if m.event_type != ("arrest" if first == "smuggling" else "smuggling")]
    if "crossing" in types and "smuggling" in types:
        # Smuggling through a crossing is one event: a seizure is the smuggling operation,
        # otherwise the crossing it goes through.
        seizure = out[0].sentence.has_word(cues.SEIZURES)
        out = [m for m in out if m.event_type != ("crossing" if seizure else "smuggling")]
    if any(m.event_type == "armed_clash" and not m.anaphoric for m in out):
        # «استطاعت المجموعة المهاجمة الانسحاب»: the attackers leaving is part of the attack (not
        # «وعقب الهجوم، دفعت الميليشيات بتعزيزات», which follows an attack already told, nor
        # reinforcements sent somewhere of their own: «ودفعت بتعزيزات إلى بلدة البصيرة»).
        out = [m for m in out if m.event_type != "deployment" or has_destination(m)]
    if any(m.event_type == "armed_clash" and m.strength == "event" for m in out) \
            and not out[0].sentence.has_word(cues.SEIZURES):
        # «اشتباك بين عناصر الفرقة ومجموعة تهريب على خلفية تقاسم شحنة»: who fought and over what.
        out = [m for m in out if m.event_type != "smuggling"]
    meetings = [m.start for m in out if m.event_type == "meeting"]
    if meetings:
        # «عقدت إدارة منفذ القائم اجتماعاً ضم مسؤولين من معبر البوكمال اتُّفق فيه على تسهيل العبور»: the
        # crossing is who met, where and what was discussed; the meeting is the event.
        out = [m for m in out if m.event_type != "crossing"
               or m.start < meetings[0] and not m.sentence.word_at(m.start - 1, cues.CROSSING_OFFICES)]
    checkpoints = [m.start for m in out if m.event_type == "checkpoint"]
    # «نشرت قوات … حواجز»: forces deployed to man checkpoints are the checkpoint event.
    out = [m for m in out if not (m.event_type == "deployment" and m.phrase.startswith("نشر")
                                  and any(c > m.start for c in checkpoints))]
    attacks = [m for m in out if m.event_type in ATTACK_TYPES]
    # «هاجم مسلحون حاجزاً», «استهدفت معسكراً للتدريب», «ضربت رتلاً من الشاحنات لحظة دخولها من معبر
    # السكك»: what the attack hit, and where it was, are the target, not events of their own.
    out = [m for m in out if not _is_target(m) or not any(_describes_target(a, m) for a in attacks)]
    clashes = [m for m in out if m.event_type == "armed_clash" and m.strength == "event" and not m.anaphoric]
    # «قُتل شابان … في اشتباكات بين عشيرتين»: the killings told first are the clash's toll.
    out = [m for m in out if m.event_type != "violence_against_civilians"
           or not any(c.start > m.start and c.sentence.word_at(c.start - 1, cues.DURING) for c in clashes)]
    if types & REMOTE_VIOLENCE:
        # «غارة … أسفرت عن مقتل مدنيين»: a strike that killed civilians, coded as the strike.
        out = [m for m in out if m.event_type != "violence_against_civilians"]
    return out
