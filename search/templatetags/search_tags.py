from django import template

from search.documents import facet_value_labels

register = template.Library()


@register.simple_tag(takes_context=True)
def query_with(context, **changes) -> str:
    """This page's query string with ``changes`` applied (a value of None drops the name)."""
    params = context["request"].GET.copy()
    for name, value in changes.items():
        params.pop(name, None)
        if value is not None:
            params[name] = value
    if "page" not in changes:
        params.pop("page", None)
    return "?" + params.urlencode()


@register.simple_tag(takes_context=True)
def facet_toggled(context, name: str, value: str) -> str:
    """This page's query string with one facet value switched on or off."""
    params = context["request"].GET.copy()
    values = params.getlist(name)
    params.setlist(name, [v for v in values if v != value] if value in values else [*values, value])
    params.pop("page", None)
    return "?" + params.urlencode()


@register.simple_tag
def kind_label(kind: str) -> str:
    """What readers call a result's kind ("Article"), in the page's language."""
    return facet_value_labels("kind", [kind]).get(kind, kind)
