from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from cms.demo import DEMO_PASSWORD, demo_users, seed_demo


class Command(BaseCommand):
    help = "Create the demo site, its pages in every locale and one user per role (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--allow-production",
            action="store_true",
            help="Seed even with DEBUG off (the demo users share a public password).",
        )

    def handle(self, *args, allow_production: bool = False, **options):
        if not settings.DEBUG and not allow_production:
            raise CommandError("Refusing to seed demo users with DEBUG off; pass --allow-production.")
        seed_demo()
        if options["verbosity"] > 0:
            self.stdout.write(self.style.SUCCESS("Demo content is in place."))
            self.stdout.write(f"Demo logins (password: {DEMO_PASSWORD}):")
            for user in demo_users():
                self.stdout.write(f"  {user.username:<22} {user.role}")
