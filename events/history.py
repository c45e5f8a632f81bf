"""The audit trail as people read it: who, when, why, and each field before → after."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _


@dataclass
class Change:
    when: object
    who: str
    reason: str
    kind: str  # created, changed, deleted
    fields: list[tuple[str, object, object]]


KINDS = {"+": _("created"), "~": _("changed"), "-": _("deleted")}
# Reasons are stored in English (events.review, ingest.parsing, ...); the fixed ones read in the page's language.
REASONS = {
    "parsed": _("parsed"), "edited": _("edited"), "added by hand": _("added by hand"), "accepted": _("accepted"),
    "confirmed": _("confirmed"), "rejected": _("rejected"), "unreviewed": _("unreviewed"),
    "facts corrected": _("facts corrected"),
    "re-parsed: the article's publication date changed": _("re-parsed: the article's publication date changed"),
}


def trail(instance, limit: int = 50) -> list[Change]:
    """The latest changes to `instance` (a model with django-simple-history), newest first."""
    records = list(instance.history.select_related("history_user").order_by("-history_date", "-history_id")
                   [:limit + 1])
    out = []
    for record, older in zip(records, records[1:] + [None], strict=True):
        fields = []
        if older is not None:
            fields = [_readable(type(instance), c.field, c.old, c.new) for c in record.diff_against(older).changes]
        if record.history_type == "~" and not fields and not record.history_change_reason:
            continue  # saved without a visible change
        out.append(Change(record.history_date, record.history_user.get_username() if record.history_user else "",
                          _reason(record.history_change_reason or ""), KINDS[record.history_type], fields))
    return out[:limit]


def _reason(stored: str) -> str:
    head, sep, tail = stored.partition(";")  # "edited; actors: ..." keeps its detail
    return f"{REASONS.get(head, head)}{sep}{tail}"


def _readable(model, name: str, old, new) -> tuple[str, object, object]:
    """The field's label and its values as people read them: a place's name, not its id; a choice's label."""
    field = model._meta.get_field(name)
    if field.is_relation:
        found = field.related_model._default_manager.in_bulk([v for v in (old, new) if v is not None])
        old, new = found.get(old, old), found.get(new, new)
    elif field.choices:
        labels = dict(field.flatchoices)
        old, new = labels.get(old, old), labels.get(new, new)
    return str(field.verbose_name), old, new
