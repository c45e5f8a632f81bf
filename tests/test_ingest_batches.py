"""`manage.py ingest` of a large folder: stored in batches, each parse queued once, bad files reported."""

import io

from django.core.management import call_command

from ingest.fakes import write_articles
from ingest.models import Article


def ingest(*args) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("ingest", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_it_stores_a_folder_in_batches_and_queues_each_parse_once(db, tmp_path, django_capture_on_commit_callbacks):
    write_articles(tmp_path, 250)
    (tmp_path / "broken.txt").write_bytes(b"")  # an empty file among good ones
    with django_capture_on_commit_callbacks() as queued:
        out, err = ingest(str(tmp_path), "--published", "2024-06-01", "--batch-size", "100")
    assert out.strip() == "250 stored, 1 rejected"
    assert err.startswith("broken.txt: rejected:")
    assert Article.objects.count() == 250 and len(queued) == 250
    assert set(Article.objects.values_list("status", flat=True)) == {"queued"}


def test_a_second_run_stores_and_queues_nothing_again(db, tmp_path, django_capture_on_commit_callbacks):
    write_articles(tmp_path, 30)
    ingest(str(tmp_path), "--batch-size", "7")
    with django_capture_on_commit_callbacks() as queued:
        out, _ = ingest(str(tmp_path), "--batch-size", "7")
    assert out.strip() == "0 stored, 30 already stored"
    assert queued == [] and Article.objects.count() == 30
