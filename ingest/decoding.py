"""Uploaded bytes to article text, or a clear reason why not.

Arabic news arrives as UTF-8 (with or without BOM), UTF-16, Windows-1256 or
ISO-8859-6, as plain text or as a saved web page. Charset detection is
charset-normalizer's job and HTML-to-text is trafilatura's; this module decides
what to accept and says why it refuses the rest.
"""

from __future__ import annotations

import codecs
import datetime as dt
import re
from dataclasses import dataclass

import charset_normalizer
import trafilatura
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ingest.extraction.dates import find_dateline
from ingest.headlines import headline, without_outlet


class UploadRejected(ValueError):
    """The file cannot become an article; the message is shown to the analyst as is."""


@dataclass(frozen=True)
class DecodedArticle:
    text: str
    title: str
    published: dt.date | None
    published_source: str  # "metadata", "dateline" or "" (none found)
    has_arabic: bool
    encoding: str
    # From a saved web page: og:site_name and the canonical link.
    outlet: str = ""
    url: str = ""


_MAGIC = [
    (b"\x89PNG", gettext_lazy("a PNG image")), (b"\xff\xd8\xff", gettext_lazy("a JPEG image")),
    (b"GIF8", gettext_lazy("a GIF image")), (b"%PDF", gettext_lazy("a PDF document")),
    (b"PK\x03\x04", gettext_lazy("a ZIP archive (or a Word/Excel file)")), (b"\x1f\x8b", gettext_lazy("a gzip archive")),
    (b"Rar!", gettext_lazy("a RAR archive")), (b"7z\xbc\xaf", gettext_lazy("a 7-Zip archive")),
    (b"\x7fELF", gettext_lazy("a program")), (b"MZ", gettext_lazy("a Windows program")),
    (b"RIFF", gettext_lazy("an audio or video file")), (b"\xd0\xcf\x11\xe0", gettext_lazy("an old Office document")),
    (b"ID3", gettext_lazy("an MP3 file")),
]
# Encodings Arabic news is found in, for charset-normalizer to choose from.
_ARABIC_ENCODINGS = ["utf_8", "cp1256", "iso8859_6", "utf_16_le", "utf_16_be", "cp720", "mac_arabic"]
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
_HTML_HINT = re.compile(rb"<\s*(?:!doctype\s+html|html|head|body|article|p|div)\b", re.I)
# Control characters other than tab and line breaks: text should have almost none.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")


def decode_upload(raw: bytes, filename: str = "", max_bytes: int | None = None) -> DecodedArticle:
    if not raw or not raw.strip():
        raise UploadRejected(_("The file is empty."))
    if max_bytes is not None and len(raw) > max_bytes:
        raise UploadRejected(_("The file is %(size).1f MB; the limit is %(limit).1f MB.")
                             % {"size": len(raw) / 1e6, "limit": max_bytes / 1e6})
    for magic, what in _MAGIC:
        if raw.startswith(magic):
            raise UploadRejected(_("This looks like %(what)s, not an article. Upload .txt or .html files.")
                                 % {"what": what})
    text, encoding = _decode_bytes(raw)
    if _mostly_controls(text):
        raise UploadRejected(_("This is a binary file, not text. Upload .txt or .html files."))
    title, published, source, page = "", None, "", PageFacts()
    if filename.lower().endswith((".html", ".htm")) or _HTML_HINT.search(raw[:4096]):
        text, page = _html_to_text(text)
        title, published = page.title, page.published
        source = "metadata" if published else ""
    text = _CONTROL.sub("", text).strip()
    if not text:
        raise UploadRejected(_("No article text was found in the file."))
    if published is None and (published := find_dateline(text[:400])) is not None:
        source = "dateline"
    if not title:
        title = headline(text)
    return DecodedArticle(text, title, published, source, bool(_ARABIC_LETTER.search(text)), encoding,
                          outlet=page.outlet, url=page.url)


def decode_pasted(text: str) -> DecodedArticle:
    """Text pasted into the form: already Unicode, maybe HTML."""
    return decode_upload(text.encode("utf-8"), "pasted.txt")


def _decode_bytes(raw: bytes) -> tuple[str, str]:
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if raw.startswith(bom):
            return _strict(raw, encoding), encoding
    try:
        text = raw.decode("utf-8")
        if not _mostly_controls(text):  # BOM-less UTF-16 of Arabic is "valid" UTF-8 full of controls
            return text, "utf-8"
    except UnicodeDecodeError:
        pass
    for encoding in ("utf-16-le", "utf-16-be"):  # UTF-16 without a BOM, as some exporters write it
        text = _as_readable(raw, encoding)
        if text is not None:
            return text, encoding
    sample = raw[:8192]
    if sum(b < 9 or 13 < b < 32 for b in sample) > len(sample) // 20:
        raise UploadRejected(_("This is a binary file, not text. Upload .txt or .html files."))
    best = charset_normalizer.from_bytes(raw, cp_isolation=_ARABIC_ENCODINGS).best()
    if best is None:
        raise UploadRejected(
            _("The text encoding could not be recognised. Save the file as UTF-8 (or Windows-1256) and upload it "
              "again.")
        )
    return str(best), best.encoding


def _mostly_controls(text: str) -> bool:
    sample = text[:20000]
    return len(_CONTROL.findall(sample)) > max(5, len(sample) // 100)


def _as_readable(raw: bytes, encoding: str) -> str | None:
    """The text if `raw` is plausibly `encoding`: almost all letters, digits, spaces and punctuation."""
    if len(raw) % 2:
        return None
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError:
        return None
    readable = sum(c.isalnum() or c.isspace() or c in ".,;:!?«»\"'()-–—،؛؟/%" for c in text)
    return text if text and readable >= 0.95 * len(text) else None


def _strict(raw: bytes, encoding: str) -> str:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as exc:
        raise UploadRejected(_("The file says it is %(encoding)s but is not valid %(encoding)s.")
                             % {"encoding": encoding.upper()}) from exc


@dataclass(frozen=True)
class PageFacts:
    title: str = ""
    published: dt.date | None = None
    outlet: str = ""
    url: str = ""


def _html_to_text(html: str) -> tuple[str, PageFacts]:
    """Article text (no scripts, styles, menus) and what the page says of itself."""
    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_recall=True) or ""
    if not text.strip():
        text = trafilatura.html2txt(html) or ""
    meta = trafilatura.extract_metadata(html)
    if meta is None:
        return text, PageFacts()
    published = None
    if meta.date:
        try:
            published = dt.date.fromisoformat(meta.date[:10])
        except ValueError:
            published = None
    outlet = (meta.sitename or "").strip()
    url = meta.url or ""
    return text, PageFacts(without_outlet(meta.title or "", outlet), published, outlet,
                           url if url.lower().startswith(("http://", "https://")) else "")
