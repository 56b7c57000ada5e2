"""The translation catalogues are complete: every message the code and templates use has a
translation in each of the four languages, none empty or fuzzy, none left over from code that
changed, each placeholder kept, and each compiled catalogue matching its source.

The messages are extracted the way a developer extracts them (``makemessages``, with the
portal's defaults) from a copy of the working tree, so the test never rewrites the catalogues.
"""

import re
import shutil
import subprocess

import polib
import pytest
from django.conf import settings
from django.utils import translation
from django.utils.translation import to_locale

from tests.catalogues import CATALOGUES, ROOT, extract_messages
from tests.conftest import need

LANGUAGES = [to_locale(code) for code, _name in settings.LANGUAGES if code != "en"]
DOMAINS = ["django", "djangojs"]
# %(name)s, %s, %d ... as Python formats them; "%%" is a literal percent sign.
PLACEHOLDER = re.compile(r"%(?:\([^)]+\))?[#0 +-]*\d*(?:\.\d+)?[sdifgexXr]")


@pytest.fixture(scope="module")
def templates(tmp_path_factory) -> dict[str, polib.POFile]:
    """The messages of the code as it is now, one template catalogue per domain."""
    found = extract_messages(tmp_path_factory.mktemp("extract"), DOMAINS)
    assert "django" in found, "makemessages found no message at all"
    return found


def _key(entry) -> str:
    return f"{entry.msgctxt} | {entry.msgid}" if entry.msgctxt else entry.msgid


def _placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text.replace("%%", "")))


def _problems(catalogue: polib.POFile, template: polib.POFile) -> list[str]:
    wanted = {_key(entry): entry for entry in template}
    present = {_key(entry): entry for entry in catalogue if not entry.obsolete}
    problems = [f"missing: {key!r}" for key in wanted if key not in present]
    problems += [f"no longer in the code: {_key(e)!r}" for e in catalogue if e.obsolete]
    problems += [f"no longer in the code: {key!r}" for key in present if key not in wanted]
    for key, entry in present.items():
        if key not in wanted:
            continue
        if entry.fuzzy:
            problems.append(f"fuzzy: {key!r}")
        if bool(entry.msgid_plural) != bool(wanted[key].msgid_plural):
            problems.append(f"plural forms differ from the code: {key!r}")
            continue
        if entry.msgid_plural:
            forms = [entry.msgstr_plural.get(i, "") for i in range(_plural_count(catalogue))]
            allowed = _placeholders(entry.msgid) | _placeholders(entry.msgid_plural)
            if not all(forms):
                problems.append(f"empty plural form: {key!r}")
            if any(_placeholders(form) - allowed for form in forms):
                problems.append(f"unknown placeholder in a plural form: {key!r}")
        elif not entry.msgstr:
            problems.append(f"empty: {key!r}")
        elif _placeholders(entry.msgstr) != _placeholders(entry.msgid):
            problems.append(f"placeholders differ ({entry.msgstr!r}): {key!r}")
    return problems


def _plural_count(catalogue: polib.POFile) -> int:
    match = re.search(r"nplurals\s*=\s*(\d+)", catalogue.metadata.get("Plural-Forms", ""))
    assert match, "the catalogue's header has no Plural-Forms"
    return int(match.group(1))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_of_the_code_is_translated_in_each_language(templates, language):
    problems = []
    for domain, template in templates.items():
        source = CATALOGUES / language / "LC_MESSAGES" / f"{domain}.po"
        if not source.exists():
            problems.append(f"{source.relative_to(ROOT)} does not exist")
            continue
        catalogue = polib.pofile(str(source))
        problems += [f"{language}/{domain}: {p}" for p in _problems(catalogue, template)]
    if problems:
        pytest.fail(f"{len(problems)} catalogue problems:\n" + "\n".join(problems), pytrace=False)


@pytest.mark.parametrize("language", LANGUAGES)
def test_gnu_gettext_finds_no_error_or_warning_in_the_catalogues(language):
    need("GNU gettext (msgfmt)", shutil.which("msgfmt") is not None)
    for source in (CATALOGUES / language / "LC_MESSAGES").glob("*.po"):
        checked = subprocess.run(
            ["msgfmt", "--check", "-o", "/dev/null", str(source)], capture_output=True, text=True
        )
        assert checked.returncode == 0 and not checked.stderr, checked.stderr


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_compiled_catalogue_matches_its_source(language):
    for source in (CATALOGUES / language / "LC_MESSAGES").glob("*.po"):
        compiled = source.with_suffix(".mo")
        hint = "run `python manage.py compilemessages`"
        assert compiled.exists(), f"{compiled.relative_to(ROOT)} is missing: {hint}"
        assert compiled.stat().st_mtime >= source.stat().st_mtime, (
            f"{compiled.relative_to(ROOT)} is older than its source: {hint}"
        )
        expected = {
            _key(e): e.msgstr_plural or e.msgstr
            for e in polib.pofile(str(source)).translated_entries()
        }
        actual = {_key(e): e.msgstr_plural or e.msgstr for e in polib.mofile(str(compiled))}
        actual.pop("", None)  # the header
        assert actual == expected, f"{compiled.relative_to(ROOT)} is stale: {hint}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_site_speaks_what_the_catalogue_says(language):
    """The compiled catalogue is the one Django loads for the language."""
    catalogue = polib.pofile(str(CATALOGUES / language / "LC_MESSAGES" / "django.po"))
    entries = [e for e in catalogue.translated_entries() if not e.msgctxt and not e.msgid_plural]
    assert entries, f"{language}: no translated message yet"
    with translation.override(language):
        spoken = {e.msgid: translation.gettext(e.msgid) for e in entries}
    assert spoken == {e.msgid: e.msgstr for e in entries}
