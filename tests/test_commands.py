"""The command-line contract of DESIGN.md."""

import json

import pytest
from django.core.management import CommandError, call_command

from tests.workers import ROOT


def test_extract_events_prints_one_json_event_per_line_without_a_database(capsys):
    # No db fixture: pytest-django makes any database access here an error.
    call_command("extract_events", "--manifest", str(ROOT / "demo" / "manifest.jsonl"))
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert lines
    strike = next(e for e in lines if e["file"] == "articles/01-drone-strike-hari.txt" and e["event_type"] == "airstrike")
    assert strike["date"] == "2024-04-14" and strike["place"]["name"] == "Al-Hari"
    assert {"id": "kataib_hezbollah", "role": "actor2"} in strike["actors"]
    assert strike["killed"] == {"min": 3, "max": 3} and strike["attribution"] == "suspected"
    assert set(strike) >= {"date_precision", "evidence", "confidence"}


def test_extract_events_takes_published_for_every_file(capsys, tmp_path):
    (tmp_path / "a.txt").write_text("استهدفت غارة جوية مساء السبت قرية الهري.", encoding="utf-8")
    call_command("extract_events", str(tmp_path), "--published", "2024-11-11")
    [event] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert (event["file"], event["date"]) == ("a.txt", "2024-11-09")


@pytest.mark.parametrize("args, message", [
    ([], "give article files"),
    (["/no/such/folder"], "no such file"),
    (["--published", "yesterday", "demo"], "not a date"),
])
def test_commands_explain_bad_arguments(args, message):
    with pytest.raises(CommandError, match=message):
        call_command("extract_events", *args)
