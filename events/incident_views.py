"""Incidents: one occurrence told by several reports; the analyst accepts or splits proposals."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.roles import EDIT_PERMISSION
from events import history, incidents
from events.models import Incident


def incident_list(request):
    status = request.GET.get("status")
    rows = Incident.objects.select_related("place").annotate(
        reports=Count("events"), articles=Count("events__article", distinct=True)).order_by("status", "-date_first")
    if status in Incident.Status.values:
        rows = rows.filter(status=status)
    page = Paginator(rows, 50).get_page(request.GET.get("page"))
    return render(request, "events/incident_list.html",
                  {"page": page, "status": status, "statuses": Incident.Status.choices})


def incident_detail(request, pk: int):
    incident = get_object_or_404(Incident.objects.select_related("place", "reviewed_by"), pk=pk)
    ctx = {"incident": incident, "summary": incidents.summarise(incident), "history": history.trail(incident)}
    return render(request, "events/incident_detail.html", ctx)


@require_POST
@permission_required(EDIT_PERMISSION, raise_exception=True)
def incident_decide(request, pk: int):
    incident = get_object_or_404(Incident, pk=pk)
    action = request.POST.get("action")
    if action == "accept":
        incidents.accept(incident, request.user)
        messages.success(request, _("Incident accepted."))
    elif action == "split":
        chosen = [int(i) for i in request.POST.getlist("report") if i.isdigit()]
        if not chosen:
            messages.error(request, _("Tick the reports that tell another occurrence, then split."))
            return redirect(incident)
        moved = incidents.split_off(incident, chosen, request.user)
        messages.success(request, _("%(n)s report(s) split off as incidents of their own.") % {"n": len(moved)})
        if not Incident.objects.filter(pk=pk).exists():
            return redirect("events:incidents")
    else:
        return HttpResponseBadRequest(_("Unknown action."))
    return redirect(incident)
