from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from demo.site import DEMO_PASSWORD, demo_users, seed_demo


class Command(BaseCommand):
    help = "Create the demo site, its pages in every locale and one user per role (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--allow-production",
            action="store_true",
            help="Seed even with DEBUG off (the demo users share a public password).",
        )
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Only seed a database that has no users yet; print the demo logins either way.",
        )

    def handle(self, *args, allow_production: bool, if_empty: bool, **options):
        if not settings.DEBUG and not allow_production:
            raise CommandError(
                "Refusing to seed demo users with DEBUG off; pass --allow-production."
            )
        if if_empty and get_user_model().objects.exists():
            self.stdout.write("The database already has users; demo content left as it is.")
        else:
            seed_demo()
            self.stdout.write(self.style.SUCCESS("Demo content is in place."))
        if options["verbosity"] > 0:
            self.stdout.write(f"Demo logins (password: {DEMO_PASSWORD}):")
            for user in demo_users():
                self.stdout.write(f"  {user.username:<22} {user.role}")
