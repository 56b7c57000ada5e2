from django.core.management.base import BaseCommand

from community.services import serial_votes_reverse


class Command(BaseCommand):
    help = (
        "Take back serial voting: bursts of votes from one member on another's posts"
        " (run every hour)."
    )

    def handle(self, *args, **options):
        taken = serial_votes_reverse()
        if options["verbosity"]:
            self.stdout.write(f"{taken} serial votes taken back.")
