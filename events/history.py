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


def trail(instance, limit: int = 50) -> list[Change]:
    """The latest changes to `instance` (a model with django-simple-history), newest first."""
    records = list(instance.history.select_related("history_user").order_by("-history_date", "-history_id")
                   [:limit + 1])
    out = []
    for record, older in zip(records, records[1:] + [None], strict=True):
        fields = []
        if older is not None:
            fields = [(c.field, c.old, c.new) for c in record.diff_against(older).changes]
        out.append(Change(record.history_date, record.history_user.get_username() if record.history_user else "",
                          record.history_change_reason or "", KINDS[record.history_type], fields))
    return out[:limit]
