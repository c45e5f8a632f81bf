from django.conf import settings

from .roles import EDIT_PERMISSION, UPLOAD_PERMISSION


def roles(request):
    """What the signed-in user may do, so templates hide controls they cannot use."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"can_upload": False, "can_edit": False}
    return {"can_upload": user.has_perm(UPLOAD_PERMISSION), "can_edit": user.has_perm(EDIT_PERMISSION)}


def password_help(request):
    """The login page offers a reset by email only when the site can send email."""
    return {"password_reset_enabled": settings.PASSWORD_RESET_ENABLED, "accounts_contact": settings.ACCOUNTS_CONTACT}
