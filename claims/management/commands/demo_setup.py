"""python manage.py demo_setup : demo users (printed) and the demo corpus through the real pipeline."""

from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import BaseCommand

from articles.models import Article

DEMO_DIR = Path(settings.BASE_DIR) / "demo" / "articles"
# Development-only accounts; demo_setup refuses to run with DEBUG off.
USERS = [
    ("admin", "admin-demo-pass", None),
    ("editor", "editor-demo-pass", "editor"),
    ("reviewer", "reviewer-demo-pass", "reviewer"),
]


class Command(BaseCommand):
    help = "Create demo users (admin, editor, reviewer) and load the demo corpus once."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            self.stderr.write("demo_setup creates well-known passwords; it only runs with DJANGO_DEBUG on.")
            return
        User = get_user_model()
        for username, password, role in USERS:
            user, created = User.objects.get_or_create(username=username)
            if created:
                user.set_password(password)
                user.is_staff = user.is_superuser = role is None
                user.save()
            if role:
                user.groups.add(Group.objects.get(name=role))
        self.stdout.write("Demo users (development only):")
        for username, password, role in USERS:
            self.stdout.write(f"  {username:<9} password {password:<20} role {role or 'admin (superuser)'}")
        if Article.objects.exists():
            self.stdout.write("Articles already stored: demo corpus not loaded again.")
            return
        call_command("ingest", str(DEMO_DIR), quiet_progress=True, stdout=self.stdout)
