"""Editors create every page type through the admin's own form, with its panels' data."""

from wagtail.models import Locale, Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from cms.models import (
    ArticlePage,
    Audience,
    CategoryPage,
    CustomerSegment,
    KnowledgeBasePage,
    Product,
)
from home.models import HomePage
from tests.utils import demo_user


def english(model):
    """The first English page (in tree order) or snippet of a kind."""
    order = "path" if issubclass(model, Page) else "pk"
    return model.objects.filter(locale=Locale.get_default()).order_by(order).first()


class PageCreationTests(WagtailPageTestCase):
    def setUp(self):
        self.client.force_login(demo_user("editor"))

    def test_an_editor_creates_a_home_page_with_its_welcome(self):
        # The tree root holds one home page per locale, and a parent takes one home page; a
        # site's container page is where another one can go.
        container = Page.get_first_root_node().add_child(instance=Page(title="Second site"))
        self.client.force_login(demo_user("admin"))  # editors work below their home page

        self.assertCanCreate(
            container,
            HomePage,
            nested_form_data(
                {
                    "title": "Partner help",
                    "slug": "partner-help",
                    "headline": "How can we help our partners?",
                    "intro": rich_text("<p>Answers for <b>partners</b>.</p>"),
                }
            ),
        )

        home = HomePage.objects.child_of(container).get()
        assert (home.live, home.headline) == (True, "How can we help our partners?")
        assert "<b>partners</b>" in home.intro

    def test_an_editor_creates_a_knowledge_base_under_a_home_page(self):
        # The demo's home pages have their knowledge base already (one per home page).
        container = Page.get_first_root_node().add_child(instance=Page(title="Second site"))
        self.client.force_login(demo_user("admin"))  # editors work below their home page
        partner_home = container.add_child(instance=HomePage(title="Partners", slug="partners"))

        self.assertCanNotCreateAt(HomePage, CategoryPage)
        assert not KnowledgeBasePage.can_create_at(english(HomePage))
        self.assertCanCreate(
            partner_home,
            KnowledgeBasePage,
            nested_form_data({"title": "Partner articles", "intro": "Guides for partners."}),
        )

        knowledge_base = KnowledgeBasePage.objects.child_of(partner_home).get()
        assert (knowledge_base.live, knowledge_base.slug) == (True, "partner-articles")
        assert knowledge_base.intro == "Guides for partners."

    def test_an_editor_creates_a_category_with_its_icon(self):
        knowledge_base = english(KnowledgeBasePage)

        self.assertCanCreate(
            knowledge_base,
            CategoryPage,
            nested_form_data(
                {
                    "title": "Airships",
                    "description": "Booking hangars and mooring masts.",
                    "icon": "plug",
                }
            ),
        )

        category = CategoryPage.objects.child_of(knowledge_base).get(slug="airships")
        assert (category.live, category.icon) == (True, "plug")
        assert category.description == "Booking hangars and mooring masts."

    def test_an_editor_creates_an_article_with_blocks_related_links_and_an_audience(self):
        category = english(CategoryPage)
        related = ArticlePage.objects.child_of(category).live().order_by("path").first()
        product = english(Product)
        audience = Audience.objects.create(name="Administrators")  # the demo has none
        segment = CustomerSegment.objects.order_by("pk").first()
        data = nested_form_data(
            {
                "title": "Booking a zeppelin hangar",
                "summary": "How to reserve a hangar for a day.",
                "body": streamfield(
                    [
                        ("paragraph", rich_text("<p>Each booking lasts a <b>day</b>.</p>")),
                        ("heading", {"text": "Before you book", "level": "h2"}),
                        (
                            "steps",
                            {
                                "count": 1,
                                "0": {
                                    "value": {
                                        "title": "Choose a hangar",
                                        "detail": rich_text("<p>Any free one.</p>"),
                                    },
                                    "order": 0,
                                    "deleted": "",
                                },
                            },
                        ),
                        (
                            "callout",
                            {"kind": "tip", "body": rich_text("<p>Book early in summer.</p>")},
                        ),
                    ]
                ),
                "related_links": inline_formset([{"article": related.pk}]),
                "tags": "hangar, booking",
                "access": ArticlePage.Access.SEGMENTS,
                "comments_enabled": "on",
                "review_interval_days": 90,
                "last_reviewed_at": "2026-01-15",
            }
        )
        data.update(products=[product.pk], audiences=[audience.pk], segments=[segment.pk])

        self.assertCanCreate(category, ArticlePage, data)

        article = ArticlePage.objects.child_of(category).get(slug="booking-a-zeppelin-hangar")
        assert article.live
        assert [block.block_type for block in article.body] == [
            "paragraph",
            "heading",
            "steps",
            "callout",
        ]
        assert article.body[2].value[0]["title"] == "Choose a hangar"
        assert [link.article_id for link in article.related_links.all()] == [related.pk]
        assert sorted(article.tags.names()) == ["booking", "hangar"]
        assert list(article.products.all()) == [product]
        assert list(article.audiences.all()) == [audience]
        assert (article.access, list(article.segments.all())) == ("segments", [segment])
        assert str(article.review_due_on) == "2026-04-15"
