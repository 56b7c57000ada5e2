"""Demo content: data files, the loaders that turn them into pages, and ``seed_demo``.

The demo is data, not code. ``demo/content/`` holds JSON files, every user-facing text an
object keyed by locale (``{"en": ..., "sv": ..., "nb": ..., "hr": ..., "zh-hans": ...}``):
``home.json`` (the home page), ``knowledge_base.json`` (the knowledge base page, products,
segments and the demo's editorial history), ``categories.json`` (the sections in page order,
each listing its articles in page order) and ``articles/<slug>.json`` (one article, its
five languages and its body blocks). ``demo.loader`` reads them (no Django needed),
``demo.kb`` and ``demo.site`` create the pages and translate them through wagtail-localize,
and ``manage.py seed_demo`` runs it all, idempotently.

Production never imports this package: ``demo`` is in ``INSTALLED_APPS`` only in the dev
and test settings, so production has no ``seed_demo`` command, and
``tests/demo/test_demo_package.py`` fails if a module of the portal's apps imports it.

Adding the demo content of another app (the community's threads, the support desk's
tickets): put its data in ``demo/content/<app>/`` (one file per item where items are
long, texts keyed by locale like the articles), read it with a function in
``demo/loader.py`` that reads files relative to this package, write ``demo/<app>.py`` with
an idempotent ``seed_<app>()`` that creates the objects through the app's own services, and
call it from ``demo.site.seed_demo``. Production code of that app imports nothing from
``demo``; its tests read the demo texts through ``demo.loader``. New data files are
packaged by the ``demo`` entries of ``[tool.setuptools.package-data]`` in
``pyproject.toml``; a new folder needs its own entry there.
"""
