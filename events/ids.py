"""Ids typed into query strings: plain ASCII digits within a database integer, nothing else.

`int()` reads '١٢' and ' 12', `str.isdigit()` lets '²' through, a DecimalField reads '1.5' as 1,
and an id past 64 bits overflows SQLite: each of those answered 500 or the wrong rows.
"""

from __future__ import annotations

import re

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _

MAX_ID = 2**63 - 1
_PLAIN = re.compile(r"[0-9]{1,19}")


def parse_id(value: str) -> int | None:
    """The id `value` spells, or None when it is not a plain id."""
    if not isinstance(value, str) or not _PLAIN.fullmatch(value):
        return None
    number = int(value)
    return number if 0 < number <= MAX_ID else None


class IdField(forms.CharField):
    default_error_messages = {"invalid": _("Enter an id: a whole number such as 12.")}

    def to_python(self, value):
        value = super().to_python(value)
        if value in self.empty_values:
            return None
        number = parse_id(value)
        if number is None:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return number


class IdFilter(django_filters.Filter):
    field_class = IdField
