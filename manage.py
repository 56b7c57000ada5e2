#!/usr/bin/env python
"""Django's command-line utility, with configuration errors reported on one line."""

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
    from portal.settings.env import startup_error_message

    try:
        from django.core.management import execute_from_command_line

        execute_from_command_line(sys.argv)
    except Exception as error:
        message = startup_error_message(error)
        if message is None:
            raise
        sys.exit(message)


if __name__ == "__main__":
    main()
