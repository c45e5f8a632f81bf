from django.utils.translation import gettext_lazy as _
from rest_framework.permissions import BasePermission

from accounts.roles import UPLOAD_PERMISSION


class CanUpload(BasePermission):
    """Reading is for every signed-in role; posting articles is for the roles that may upload (analysts)."""

    message = _("Your role may read but not upload articles.")

    def has_permission(self, request, view):
        if request.method in ("GET", "HEAD", "OPTIONS"):
            return True
        return request.user.has_perm(UPLOAD_PERMISSION)
