"""Where a request comes from, as the feedback limits count it: the client's address."""

import ipaddress

from django.conf import settings

UNKNOWN_ADDRESS = "unknown"


def client_address(request) -> str:
    """The client's address: the connection's own, or the one the trusted proxies saw.

    With ``PORTAL_TRUSTED_PROXIES`` = n, each of the n proxies in front of the portal
    appends the address it was connected from to ``X-Forwarded-For``, so the client's is
    the n-th entry from the right; whatever the client wrote further left is ignored. An
    IPv6 client counts by its /64 network (one subscriber's usual share), and a value that
    is no address at all counts as one shared unknown address.
    """
    address = request.META.get("REMOTE_ADDR", "")
    hops = settings.PORTAL_TRUSTED_PROXIES
    if hops > 0:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        entries = [entry.strip() for entry in forwarded.split(",") if entry.strip()]
        if entries:
            address = entries[-min(hops, len(entries))]
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return UNKNOWN_ADDRESS
    if parsed.version == 6 and parsed.ipv4_mapped is not None:
        return str(parsed.ipv4_mapped)
    if parsed.version == 6:
        return str(ipaddress.ip_network(f"{parsed}/64", strict=False))
    return str(parsed)
