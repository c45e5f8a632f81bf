"""Create (or update) a user with a role: `create_user NAME --role analyst|viewer`."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

from accounts.roles import ANALYST, ROLE_PERMISSIONS, sync_role_groups


class Command(BaseCommand):
    help = "Create or update a user in the analyst or viewer role."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--role", choices=sorted(ROLE_PERMISSIONS), required=True)
        parser.add_argument("--password", help="defaults to the DASHBOARD_PASSWORD environment variable")
        parser.add_argument("--superuser", action="store_true", help="also give full admin rights")

    def handle(self, username, role, password, superuser, **options):
        import os

        password = password or os.environ.get("DASHBOARD_PASSWORD")
        if not password:
            raise CommandError("give --password or set DASHBOARD_PASSWORD")
        sync_role_groups()
        user, created = get_user_model().objects.get_or_create(username=username)
        user.set_password(password)
        # Analysts edit dictionaries in the admin; viewers never see it.
        user.is_staff = role == ANALYST or superuser
        user.is_superuser = superuser
        user.save()
        user.groups.set([Group.objects.get(name=role)])
        self.stdout.write(f"{'created' if created else 'updated'} {username} ({role})")
