"""An article's headline: not the outlet line, the byline, the dateline or the share buttons above it.

Saved pages and copied texts start with page furniture: «بلدي نيوز - دير الزور (خاص)», «بقلم …»,
«2025.03.14 | 10:22», «شارك على فيسبوك». The headline is the first line that reads as one.
"""

from __future__ import annotations

import re

from ingest.extraction.dates import find_dateline

_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
_SHARE = re.compile(r"شارك|مشاركة|فيسبوك|فيس بوك|تويتر|واتساب|واتس اب|تلغرام|تيليجرام|طباعة|نسخ الرابط|"
                    r"facebook|twitter|whatsapp|telegram|share|print", re.I)
_BYLINE = re.compile(r"^(?:بقلم|كتب|كتبه|كتبت|إعداد|اعداد|تحرير|ترجمة|المحرر|مراسل|تقرير)\b|^by\s", re.I)
# «بلدي نيوز - دير الزور (خاص)», «وكالة … | البوكمال»: an outlet or desk and a place, nothing told.
_EXCLUSIVE = re.compile(r"\((?:خاص|حصري)\)")
_OUTLET_WORD = re.compile(r"نيوز|شبكة|وكالة|موقع|قناة|تلفزيون|راديو|إذاعة|اذاعة|صحيفة|جريدة|بوست|برس|مرصد|"
                          r"\bnews\b|\bpress\b|\btv\b|\b24\b", re.I)
_READ_ALSO = re.compile(r"^(?:اقرأ|اقرا)\s+(?:أيضا|أيضاً|ايضا|ايضاً)|^(?:المصدر|الصورة|صورة)\s*[:：]")
MAX_LENGTH = 120


def is_furniture(line: str) -> bool:
    words = line.split()
    return bool(
        _SHARE.search(line) and len(words) <= 8
        or _BYLINE.search(line)
        or _EXCLUSIVE.search(line) and len(words) <= 8
        or _OUTLET_WORD.search(line) and len(words) <= 5
        or _READ_ALSO.search(line)
        or find_dateline(line) is not None and len(words) <= 7
    )


def headline(text: str) -> str:
    """The first line near the top that reads as a headline; the first Arabic line failing that."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        return ""
    top = lines[:15]
    title = next((line for line in top if _ARABIC_LETTER.search(line) and len(line.split()) >= 3
                  and not is_furniture(line)), None)
    title = title or next((line for line in top if _ARABIC_LETTER.search(line) and len(line.split()) >= 3),
                          lines[0])
    return title[:MAX_LENGTH] + ("…" if len(title) > MAX_LENGTH else "")


def without_outlet(title: str, outlet: str) -> str:
    """«العنوان - اسم الموقع» → «العنوان»: a page's <title> often carries the site's name."""
    if not outlet:
        return title.strip()
    parts = [p.strip() for p in re.split(r"\s+[-–—|]\s+", title) if p.strip()]
    kept = [p for p in parts if p.casefold() != outlet.strip().casefold()]
    return " - ".join(kept) if kept else title.strip()
