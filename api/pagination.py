"""Cursor pagination: a script walks every row once even while new articles are being parsed."""

from __future__ import annotations

from rest_framework.pagination import CursorPagination


class Cursor(CursorPagination):
    """Pages in the view's `cursor_ordering`, `page_size` rows at a time (100 unless asked, at most 1000)."""

    page_size = 100
    page_size_query_param = "page_size"
    max_page_size = 1000
    # DRF's cursor holds the last date plus how many rows of that date were already given; its
    # default cap of 1000 would repeat rows on a day with more events than that.
    offset_cutoff = 1_000_000

    def get_ordering(self, request, queryset, view):
        return view.cursor_ordering
