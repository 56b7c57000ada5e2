"""The article page's peer: a plain Wagtail page type with the article's blocks.

Installed only by ``bench.settings``, with its migration under ``bench/plain/migrations``,
so production code, its settings and its migrations never see it.
"""
