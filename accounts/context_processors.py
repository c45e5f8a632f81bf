from .roles import EDIT_PERMISSION, UPLOAD_PERMISSION


def roles(request):
    """What the signed-in user may do, so templates hide controls they cannot use."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"can_upload": False, "can_edit": False}
    return {"can_upload": user.has_perm(UPLOAD_PERMISSION), "can_edit": user.has_perm(EDIT_PERMISSION)}
