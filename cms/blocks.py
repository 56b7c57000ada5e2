"""StreamField blocks of an article body; each renders with its own template.

Every block and child carries a translated label, so the admin's block menu and forms read
in the editor's language (tests/test_interface_strings.py holds every block to it).
"""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

INLINE_FEATURES = ["bold", "italic", "link", "code"]
RICH_FEATURES = [*INLINE_FEATURES, "ol", "ul", "document-link"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=200, label=pgettext_lazy("heading block", "Text"))
    level = blocks.ChoiceBlock(
        choices=[
            ("h2", pgettext_lazy("heading level", "Section")),
            ("h3", pgettext_lazy("heading level", "Subsection")),
        ],
        default="h2",
        search_index=False,  # a label of the interface, not words of the article
        label=pgettext_lazy("heading block", "Level"),
    )

    class Meta:
        icon = "title"
        label = pgettext_lazy("block", "Heading")
        template = "cms/blocks/heading.html"
        preview_value = {"text": "Before you start", "level": "h2"}


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=200, label=pgettext_lazy("step block", "Title"))
    detail = blocks.RichTextBlock(
        features=INLINE_FEATURES, required=False, label=pgettext_lazy("step block", "Detail")
    )

    class Meta:
        label = pgettext_lazy("block", "Step")


class CalloutBlock(blocks.StructBlock):
    # The page shows the kind's name: templates/cms/blocks/callout.html translates the same
    # three words for the reader from ``value.kind``.
    kind = blocks.ChoiceBlock(
        choices=[
            ("note", pgettext_lazy("callout", "Note")),
            ("tip", pgettext_lazy("callout", "Tip")),
            ("warning", pgettext_lazy("callout", "Warning")),
        ],
        default="note",
        search_index=False,  # a label of the interface, not words of the article
        label=pgettext_lazy("callout block", "Kind"),
    )
    body = blocks.RichTextBlock(
        features=INLINE_FEATURES, label=pgettext_lazy("callout block", "Text")
    )

    class Meta:
        icon = "warning"
        label = pgettext_lazy("block", "Callout")
        template = "cms/blocks/callout.html"
        preview_value = {"kind": "tip", "body": "<p>Press <code>T</code> to start a timer.</p>"}


class UntranslatedTextBlock(blocks.TextBlock):
    """Text that is the same in every language (code): wagtail-localize leaves it alone."""

    def get_translatable_segments(self, value):
        return []

    def restore_translated_segments(self, value, segments):
        return value


class CodeBlock(blocks.StructBlock):
    language = blocks.ChoiceBlock(
        choices=[
            ("bash", pgettext_lazy("code language", "Shell")),
            ("json", pgettext_lazy("code language", "JSON")),
            ("python", pgettext_lazy("code language", "Python")),
            ("text", pgettext_lazy("code language", "Plain text")),
        ],
        default="bash",
        search_index=False,  # a label of the interface, not words of the article
        label=pgettext_lazy("code block", "Language"),
    )
    code = UntranslatedTextBlock(label=pgettext_lazy("code block", "Code"))

    class Meta:
        icon = "code"
        label = pgettext_lazy("block", "Code")
        template = "cms/blocks/code.html"
        preview_value = {"language": "bash", "code": "curl https://api.example.com/v1/health"}


class FigureBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=pgettext_lazy("figure block", "Image"))
    caption = blocks.CharBlock(
        required=False, max_length=250, label=pgettext_lazy("figure block", "Caption")
    )

    class Meta:
        icon = "image"
        label = pgettext_lazy("block", "Image")
        template = "cms/blocks/figure.html"


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(
        label=pgettext_lazy("video block", "Video address"),
        help_text=_("The address of the video on YouTube, Vimeo or another video site."),
    )
    caption = blocks.CharBlock(
        required=False, max_length=250, label=pgettext_lazy("video block", "Caption")
    )

    class Meta:
        icon = "media"
        label = pgettext_lazy("block", "Video")
        template = "cms/blocks/video.html"


class QuestionAnswerBlock(blocks.StructBlock):
    question = blocks.CharBlock(max_length=300, label=pgettext_lazy("FAQ block", "Question"))
    answer = blocks.RichTextBlock(
        features=RICH_FEATURES, label=pgettext_lazy("FAQ block", "Answer")
    )

    class Meta:
        label = pgettext_lazy("block", "Question and answer")


class ArticleBodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        features=RICH_FEATURES,
        template="cms/blocks/paragraph.html",
        icon="pilcrow",
        label=pgettext_lazy("block", "Paragraph"),
    )
    heading = HeadingBlock()
    steps = blocks.ListBlock(
        StepBlock(),
        icon="list-ol",
        label=pgettext_lazy("block", "Steps"),
        template="cms/blocks/steps.html",
        preview_value=[
            {"title": "Open Settings", "detail": ""},
            {"title": "Choose Team", "detail": "<p>Only administrators see this tab.</p>"},
        ],
    )
    callout = CalloutBlock()
    code = CodeBlock()
    image = FigureBlock()
    video = VideoBlock()
    faq = blocks.ListBlock(
        QuestionAnswerBlock(),
        icon="help",
        label=pgettext_lazy("block", "Questions and answers"),
        template="cms/blocks/faq.html",
        preview_value=[{"question": "Can I undo this?", "answer": "<p>Yes, for seven days.</p>"}],
    )
