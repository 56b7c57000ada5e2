"""StreamField blocks of an article body; each renders with its own template."""

from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

INLINE_FEATURES = ["bold", "italic", "link", "code"]
RICH_FEATURES = [*INLINE_FEATURES, "ol", "ul", "document-link"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=200)
    level = blocks.ChoiceBlock(choices=[("h2", "Section"), ("h3", "Subsection")], default="h2")

    class Meta:
        icon = "title"
        template = "cms/blocks/heading.html"
        preview_value = {"text": "Before you start", "level": "h2"}


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=200)
    detail = blocks.RichTextBlock(features=INLINE_FEATURES, required=False)


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        choices=[("note", "Note"), ("tip", "Tip"), ("warning", "Warning")], default="note"
    )
    body = blocks.RichTextBlock(features=INLINE_FEATURES)

    class Meta:
        icon = "warning"
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
        choices=[("bash", "Shell"), ("json", "JSON"), ("python", "Python"), ("text", "Plain")],
        default="bash",
    )
    code = UntranslatedTextBlock()

    class Meta:
        icon = "code"
        template = "cms/blocks/code.html"
        preview_value = {"language": "bash", "code": "curl https://api.example.com/v1/health"}


class FigureBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    caption = blocks.CharBlock(required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "cms/blocks/figure.html"


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock()
    caption = blocks.CharBlock(required=False, max_length=250)

    class Meta:
        icon = "media"
        template = "cms/blocks/video.html"


class QuestionAnswerBlock(blocks.StructBlock):
    question = blocks.CharBlock(max_length=300)
    answer = blocks.RichTextBlock(features=RICH_FEATURES)


class ArticleBodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        features=RICH_FEATURES, template="cms/blocks/paragraph.html", icon="pilcrow"
    )
    heading = HeadingBlock()
    steps = blocks.ListBlock(
        StepBlock(),
        icon="list-ol",
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
        template="cms/blocks/faq.html",
        preview_value=[{"question": "Can I undo this?", "answer": "<p>Yes, for seven days.</p>"}],
    )
