"""The portal's own endpoints on Wagtail's API v3 (mounted at /api/v3/portal/)."""

from django.http import HttpRequest
from django.utils.translation import get_language_info
from ninja import Router, Schema
from wagtail.coreutils import get_content_languages
from wagtail.models import Locale

from cms.selectors import locale_list_with_page_counts

router = Router(tags=["portal"])


class LocaleOut(Schema):
    language_code: str
    name: str
    name_local: str
    is_source: bool
    published_pages: int

    @staticmethod
    def resolve_name(obj: Locale) -> str:
        return str(get_content_languages().get(obj.language_code, obj.language_code))

    @staticmethod
    def resolve_name_local(obj: Locale) -> str:
        return get_language_info(obj.language_code)["name_local"]

    @staticmethod
    def resolve_is_source(obj: Locale) -> bool:
        return obj.is_default


@router.get(
    "/locales/",
    response=list[LocaleOut],
    url_name="portal_locales",
    summary="Locales with their published page counts",
    operation_id="portal_locales_list",
)
def list_locales(request: HttpRequest):
    return locale_list_with_page_counts()
