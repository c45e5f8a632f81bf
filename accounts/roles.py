"""The two roles and what each may do.

Roles are Django groups so an administrator can see and change them in the admin;
the permissions each group gets are listed here, once, and applied by a migration
and by `manage.py create_user`.
"""

from __future__ import annotations

ANALYST = "analyst"
VIEWER = "viewer"

# Viewers read, filter and export: that needs no model permission beyond a login.
ROLE_PERMISSIONS = {
    ANALYST: [
        "ingest.add_article",
        "ingest.change_article",
        "ingest.view_article",
        "events.change_event",
        "events.delete_event",
        "events.view_event",
        "events.add_place",
        "events.change_place",
        "events.view_place",
        "events.add_actor",
        "events.change_actor",
        "events.view_actor",
        "events.add_triggerword",
        "events.change_triggerword",
        "events.delete_triggerword",
        "events.view_triggerword",
    ],
    VIEWER: [],
}

UPLOAD_PERMISSION = "ingest.add_article"
EDIT_PERMISSION = "events.change_event"


def sync_role_groups(**kwargs) -> None:
    """Create the role groups and give them exactly their permissions.

    Runs on post_migrate (after Django has created the permissions) and from
    `create_user`, so a fresh database always has both groups.
    """
    from django.contrib.auth.models import Group, Permission

    for role, perms in ROLE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=role)
        wanted = []
        for perm in perms:
            app_label, codename = perm.split(".")
            wanted += Permission.objects.filter(content_type__app_label=app_label, codename=codename)
        group.permissions.set(wanted)
