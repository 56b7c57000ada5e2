from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from cms.models.pages import ArticleRouteMixin


class HomePage(ArticleRouteMixin, Page):
    """The portal's front page, one per locale.

    Attributes:
        headline: the large question under the site name ("How can we help?").
        intro: a short rich-text welcome shown under the headline.
    """

    # The default is content, not interface: it is the first text of a new home page, which
    # translators then translate with the page.
    headline = models.CharField(_("headline"), max_length=200, default="How can we help?")
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("headline"), FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1
    # Who may read a page is the article's audience (``access``, ``segments``), which
    # cms.selectors applies on every channel; none of them reads Wagtail's page privacy,
    # so the admin does not offer it (tests/cms/test_page_privacy.py).
    private_page_options = []

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        from cms.models import KnowledgeBasePage
        from cms.selectors import category_list_for_index

        context = super().get_context(request, *args, **kwargs)
        knowledge_base = KnowledgeBasePage.objects.live().child_of(self).first()
        context["knowledge_base"] = knowledge_base
        context["categories"] = (
            category_list_for_index(index_page=knowledge_base, user=request.user)
            if knowledge_base
            else []
        )
        return context
