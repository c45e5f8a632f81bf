"""Every encoding Arabic news comes in decodes right; what is not text is refused with a reason."""

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.decoding import UploadRejected, decode_upload

ARABIC = "قالت مصادر محلية إن غارة جوية استهدفت مواقع قرب مدينة البوكمال مساء السبت، ما أدى إلى إصابة عنصرين."


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1256", "iso8859_6", "bomless-utf-16-le"])
def test_it_decodes_arabic_in_every_common_encoding(encoding):
    raw = ARABIC.encode(encoding.replace("bomless-", ""))
    if encoding in ("utf-16-le", "utf-16-be"):
        raw = (codecs.BOM_UTF16_LE if encoding.endswith("le") else codecs.BOM_UTF16_BE) + raw
    decoded = decode_upload(raw, "a.txt")
    assert decoded.text == ARABIC
    assert decoded.has_arabic


@pytest.mark.parametrize("raw, reason", [
    (b"", "empty"),
    (b"   \n\n ", "empty"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "PNG image"),
    (b"PK\x03\x04" + b"\x00" * 100, "ZIP archive"),
    (b"%PDF-1.7\n...", "PDF"),
    (bytes(range(256)) * 20, "binary"),
])
def test_it_refuses_what_is_not_an_article(raw, reason):
    with pytest.raises(UploadRejected, match=reason):
        decode_upload(raw, "upload.txt")


def test_it_refuses_a_file_over_the_limit():
    with pytest.raises(UploadRejected, match="limit"):
        decode_upload(ARABIC.encode() * 1000, "big.txt", max_bytes=10_000)


def test_html_becomes_its_article_text_without_scripts_or_styles():
    html = f"""<html><head><title>عنوان المقال</title><script>alert('x')</script><style>p{{color:red}}</style>
    <meta property="article:published_time" content="2024-03-05T10:00:00Z"></head>
    <body><nav>الرئيسية</nav><article><p>{ARABIC}</p><p>{ARABIC}</p></article></body></html>"""
    decoded = decode_upload(html.encode("utf-8"), "page.html")
    assert ARABIC in decoded.text
    assert "alert" not in decoded.text and "color" not in decoded.text
    assert decoded.title == "عنوان المقال"
    assert decoded.published.isoformat() == "2024-03-05"


def test_a_dateline_gives_the_publication_date():
    decoded = decode_upload(f"البوكمال - ٧ تشرين الثاني ٢٠٢٤\n{ARABIC}".encode(), "a.txt")
    assert decoded.published.isoformat() == "2024-11-07"
    assert decoded.published_source == "dateline"


def test_text_without_arabic_is_accepted_but_flagged():
    decoded = decode_upload(b"An English report about Albukamal.", "en.txt")
    assert not decoded.has_arabic


@settings(max_examples=400, deadline=None)
@given(st.binary(max_size=4096), st.sampled_from(["a.txt", "a.html", "noname"]))
def test_any_bytes_give_an_article_or_a_reason(raw, name):
    try:
        decoded = decode_upload(raw, name)
    except UploadRejected as exc:
        assert str(exc)
    else:
        assert decoded.text.strip()


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=2000))
def test_any_text_in_any_common_encoding_decodes_or_is_refused_cleanly(text):
    for encoding in ("utf-8", "utf-16"):
        try:
            decode_upload(text.encode(encoding, "surrogatepass"), "a.txt")
        except UploadRejected:
            pass
