"""How a member is named in public: never by an e-mail address."""

from django.utils.translation import pgettext


def display_name(user) -> str:
    """What a member's posts carry: their full name, else their username; a name that looks
    like an e-mail address is cut at its ``@``, so that none is ever shown."""
    name = user.get_full_name() or user.get_username()
    return name.split("@", 1)[0] or pgettext("post author without a name", "Member")
