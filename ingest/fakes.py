"""Synthetic Arabic articles for the load test and the ingest benchmark.

Every sentence below is our own and fictional; the slots (place, doer, day, toll) vary
so no two articles are alike and the extractor meets a realistic mix of event types.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

PLACES = ["البوكمال", "الهري", "السكرية", "السويعية", "الباغوز فوقاني", "المراشدة", "الكشمة", "هجين", "الشعفة",
          "العباس", "الجلاء", "السوسة"]
MILITIAS = ["ميليشيا حزب الله العراقي", "قوات الدفاع الوطني", "ميليشيا لواء فاطميون", "الحرس الثوري الإيراني",
            "ميليشيا النجباء", "الفرقة الرابعة"]
DAYS = ["السبت", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة"]
TOLLS = ["ثلاثة", "أربعة", "خمسة", "ستة", "سبعة"]
SENTENCES = [
    "استهدفت غارة جوية مجهولة مساء {day} مواقع {militia} في بلدة {place}، ما أدى إلى مقتل {toll} عناصر.",
    "قصفت طائرة مسيرة فجر {day} سيارة تقل عناصر من {militia} قرب {place}.",
    "نشرت {militia} يوم {day} حواجز عسكرية جديدة على مداخل {place}.",
    "سقطت قذائف صاروخية صباح {day} على أطراف {place} دون أن تسفر عن إصابات.",
    "شنت {militia} حملة مداهمة واعتقال في {place} يوم {day} طالت عددا من الشبان.",
    "أغلقت {militia} معبر السكك غير الرسمي يوم {day} أمام حركة المدنيين.",
    "انفجرت عبوة ناسفة مساء {day} بدورية تابعة لـ{militia} على طريق {place}، وأصيب {toll} من عناصرها.",
    "استقدمت {militia} تعزيزات عسكرية إلى {place} يوم {day} وسط استنفار في صفوفها.",
]
BACKGROUND = [
    "وتشهد المنطقة توترا أمنيا منذ أسابيع.",
    "ولم تعلن أي جهة مسؤوليتها حتى ساعة إعداد هذا التقرير.",
    "وقال سكان محليون إن الأهالي يخشون تكرار مثل هذه الحوادث.",
    "ويعاني سكان الريف الشرقي من ارتفاع أسعار المحروقات وانقطاع الكهرباء لساعات طويلة كل يوم.",
    "وتعد المنطقة الحدودية ممرا مهما للبضائع بين البلدين منذ سنوات طويلة.",
    "وأشار ناشطون إلى أن حركة المرور على الطريق العام عادت إلى طبيعتها في ساعات المساء.",
    "ويقول مزارعون في القرى المجاورة إن موسم القمح هذا العام جاء أقل من المتوقع بسبب شح المياه.",
    "وتتابع شبكات محلية أخبار المنطقة يوميا وتنشر تقارير عن الأوضاع المعيشية فيها.",
]


def make_article(number: int, rng: random.Random, sentences: int = 4) -> str:
    """One article: a headline, a few report sentences and a closing line that makes it unique."""
    place = rng.choice(PLACES)
    lines = [f"تقرير ميداني من {place}"]
    for template in rng.sample(SENTENCES, sentences):
        lines.append(template.format(day=rng.choice(DAYS), militia=rng.choice(MILITIAS),
                                     place=rng.choice(PLACES), toll=rng.choice(TOLLS)))
    lines += rng.sample(BACKGROUND, rng.randint(2, 5))
    lines.append(f"هذا هو التقرير رقم {number} في سلسلة تقارير شبكة الرصد المحلية.")
    return "\n".join(lines) + "\n"


def write_articles(folder: Path, count: int, seed: int = 1) -> list[Path]:
    """`count` distinct article files in `folder` (UTF-8 .txt)."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(1, count + 1):
        path = folder / f"article-{number:05d}.txt"
        path.write_text(make_article(number, rng, sentences=rng.randint(2, 5)), encoding="utf-8")
        paths.append(path)
    return paths


def write_manifest(paths: list[Path], first: dt.date, days: int, seed: int = 1) -> Path:
    """A manifest giving each file a publication date within `days` of `first`, as an archive spreads."""
    rng = random.Random(seed)
    manifest = paths[0].parent / "manifest.jsonl"
    with manifest.open("w", encoding="utf-8") as out:
        for path in paths:
            published = first + dt.timedelta(days=rng.randrange(days))
            out.write(json.dumps({"file": path.name, "published": published.isoformat()}) + "\n")
    return manifest
