from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo content and its ``seed_demo`` command; installed by the dev and test settings."""

    name = "demo"
    label = "demo"
    verbose_name = "Demo content"
