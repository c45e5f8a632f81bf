"""Dictionaries are data: an alias an analyst adds in the admin changes the next parse."""

from django.urls import reverse

from events.models import Actor, Place
from ingest import parsing
from ingest.decoding import decode_upload
from ingest.models import Article
from ingest.services import request_reparse, store_article

ARTICLE = "هاجم مسلحون من لواء أبو الفضل العباس دورية لقوات الدفاع الوطني في قرية الحمرية مساء الجمعة."


def test_an_alias_and_a_place_added_in_the_admin_change_the_next_parse(analyst_client, dictionaries,
                                                                        django_capture_on_commit_callbacks):
    article = store_article(decode_upload(ARTICLE.encode(), "a.txt"), queue=False).article
    parsing.parse_article(article.pk)
    [event] = Article.objects.get(pk=article.pk).events.all()
    assert not event.event_actors.filter(role="actor1").exists() and event.place is None

    militias = Actor.objects.get(slug="iran_backed_militias")
    response = analyst_client.post(reverse("admin:events_actor_change", args=[militias.pk]), {
        "name_en": militias.name_en, "name_ar": militias.name_ar, "kind": militias.kind,
        "aliases_ar": militias.aliases_ar + "\nلواء أبو الفضل العباس",
    })
    assert response.status_code == 302, response.content.decode()[:2000]
    response = analyst_client.post(reverse("admin:events_place_add"), {
        "key": "al-hamriyah-test", "name_en": "Al-Hamriyah (test)", "name_ar": "الحمرية", "aliases_ar": "",
        "kind": "village", "lat": "34.5", "lon": "40.9", "confidence": "low", "source": "test",
    })
    assert response.status_code == 302, response.content.decode()[:2000]

    with django_capture_on_commit_callbacks():
        request_reparse(Article.objects.filter(pk=article.pk))
    parsing.parse_article(article.pk)
    [event] = Article.objects.get(pk=article.pk).events.all()
    assert event.event_actors.get(role="actor1").actor.slug == "iran_backed_militias"
    assert event.place == Place.objects.get(key="al-hamriyah-test")


def test_an_analysts_correction_survives_a_reparse(analyst_client, dictionaries, django_capture_on_commit_callbacks):
    article = store_article(decode_upload(ARTICLE.encode(), "a.txt"), queue=False).article
    parsing.parse_article(article.pk)
    event = Article.objects.get(pk=article.pk).events.get()
    data = {
        "article": article.pk, "event_type": "armed_clash", "date": "2024-11-08", "date_precision": "day",
        "place": Place.objects.get(key="albukamal").pk, "place_text": "", "geo_precision": 2,
        "attribution": "unknown", "evidence": event.evidence, "evidence_start": event.evidence_start,
        "evidence_end": event.evidence_end, "confidence": 1.0, "machine_made": "on",
        "event_actors-TOTAL_FORMS": 0, "event_actors-INITIAL_FORMS": 0,
    }
    response = analyst_client.post(reverse("admin:events_event_change", args=[event.pk]), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    with django_capture_on_commit_callbacks():
        request_reparse(Article.objects.filter(pk=article.pk))
    parsing.parse_article(article.pk)
    [kept] = Article.objects.get(pk=article.pk).events.all()  # not the machine's reading again beside it
    assert (kept.review, kept.place.key, kept.date.isoformat()) == ("edited", "albukamal", "2024-11-08")
