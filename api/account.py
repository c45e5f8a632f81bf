"""The account page where users create and revoke their own API tokens (a browser session only)."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from api.models import ApiToken
from api.tokens import create_token, revoke_token


class TokenForm(forms.ModelForm):
    class Meta:
        model = ApiToken
        fields = ["name"]
        labels = {"name": gettext_lazy("Name of the new token")}


@never_cache  # the page that shows a new token once must not be kept by a browser or a proxy
def tokens(request):
    form = TokenForm(request.POST or None)
    new_token = None
    if request.method == "POST" and form.is_valid():
        _, new_token = create_token(request.user, form.cleaned_data["name"])
        form = TokenForm()
    ctx = {"form": form, "new_token": new_token,
           "tokens": ApiToken.objects.filter(user=request.user, revoked=None),
           "revoked": ApiToken.objects.filter(user=request.user).exclude(revoked=None)[:20]}
    return render(request, "api/tokens.html", ctx)


@require_POST
def revoke(request, pk: int):
    if revoke_token(request.user, pk):
        messages.success(request, _("The token is revoked: requests with it are refused from now on."))
    return redirect("api:tokens")
