"""The Dutch catalogue is complete: no empty msgstr, nothing fuzzy."""

import ast
import os
import re
from pathlib import Path

import pytest
from django.conf import settings

CATALOGUE = Path(settings.PACKAGE_DIR) / "locale" / "nl" / "LC_MESSAGES" / "django.po"


def parse_po(text: str) -> list[dict]:
    """Entries of a .po file: flags, msgctxt, msgid, msgid_plural and msgstr(s), unquoted.

    A small parser for what makemessages writes; obsolete entries (``#~``) are skipped.
    """
    entries, entry, key = [], None, None

    def finish():
        if entry is not None and "msgid" in entry:
            entries.append(entry)

    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#~"):
            continue
        if line.startswith("#,"):
            if entry is not None and "msgid" in entry:
                finish()
                entry = None
            entry = entry or {"flags": set(), "line": number}
            entry["flags"].update(flag.strip() for flag in line[2:].split(","))
            continue
        if line.startswith("#"):
            if entry is not None and "msgid" in entry:
                finish()
                entry = None
            continue
        match = re.match(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)\s+(".*")$', line)
        if match:
            key, value = match.group(1), ast.literal_eval(match.group(2))
            if key in ("msgid", "msgctxt") and entry is not None and "msgid" in entry:
                finish()
                entry = None
            entry = entry or {"flags": set(), "line": number}
            entry[key] = value
        elif line.startswith('"') and key is not None and entry is not None:
            entry[key] += ast.literal_eval(line)
        else:
            raise ValueError(f"line {number}: cannot read {line!r}")
    finish()
    return entries


def problems(entries: list[dict]) -> list[str]:
    found = []
    for entry in entries:
        if entry["msgid"] == "" and "msgctxt" not in entry:
            continue  # the header
        translations = [value for key, value in entry.items() if key.startswith("msgstr")]
        where = f"line {entry['line']}: {entry['msgid']!r}"
        if "fuzzy" in entry["flags"]:
            found.append(f"{where} is fuzzy")
        if not translations or any(value == "" for value in translations):
            found.append(f"{where} is not translated")
    return found


def test_the_dutch_catalogue_exists():
    assert CATALOGUE.is_file(), f"{CATALOGUE} is missing: run `make messages`"


def test_every_message_has_a_dutch_translation_and_none_is_fuzzy():
    if not CATALOGUE.is_file():
        pytest.fail(f"{CATALOGUE} is missing: run `make messages`")

    entries = parse_po(CATALOGUE.read_text(encoding="utf-8"))

    assert len(entries) > 1
    assert problems(entries) == []


# The parser itself


SAMPLE = r"""
# Header comment
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\n"
"Language: nl\n"

#: accounts/views.py:10
msgid "Welcome to %(werkplaats)s."
msgstr "Welkom bij %(werkplaats)s."

#: templates/base.html:3
#, python-format
msgid ""
"A long message "
"on two lines."
msgstr ""
"Een lang bericht "
"op twee regels."

#, fuzzy
msgid "Members"
msgstr "Leden"

msgid "Untranslated"
msgstr ""

msgctxt "month"
msgid "May"
msgstr "mei"

msgid "%(counter)s organisation"
msgid_plural "%(counter)s organisations"
msgstr[0] "%(counter)s organisatie"
msgstr[1] ""

#~ msgid "Old"
#~ msgstr ""
"""


def test_parser_reads_entries_flags_and_continuation_lines():
    entries = parse_po(SAMPLE)

    by_id = {entry["msgid"]: entry for entry in entries}
    assert len(entries) == 7
    assert by_id["A long message on two lines."]["msgstr"] == "Een lang bericht op twee regels."
    assert by_id["A long message on two lines."]["flags"] == {"python-format"}
    assert by_id["Members"]["flags"] == {"fuzzy"}
    assert by_id["May"]["msgctxt"] == "month"
    assert "Old" not in by_id


def test_parser_finds_fuzzy_and_untranslated_entries_but_not_the_header():
    found = problems(parse_po(SAMPLE))

    assert found == [
        "line 21: 'Members' is fuzzy",
        "line 25: 'Untranslated' is not translated",
        "line 32: '%(counter)s organisation' is not translated",
    ]


# The catalogue is current: what `make messages` would extract now is what it holds.

REPOSITORY = Path(settings.ROOT_DIR)
SKIP_DIRS = {".venv", "node_modules", "var", ".git", "__pycache__", "staticfiles", ".ruff_cache"}


def test_the_catalogue_holds_exactly_the_messages_in_the_code(tmp_path):
    """A text added without `make messages` would show in English: this finds it.

    makemessages runs as `make messages` does, in a copy of the repository whose settings
    point at the copy's catalogue, so the real one is never written.
    """
    import shutil
    import subprocess
    import sys

    from django.db import connection

    if connection.vendor != "sqlite":
        pytest.skip("the same in every database; the SQLite run checks it")
    copy = tmp_path / "repository"
    shutil.copytree(
        REPOSITORY,
        copy,
        ignore=lambda directory, names: [name for name in names if name in SKIP_DIRS],
    )
    locale = copy / "src" / "werkplaats" / "locale"
    (tmp_path / "catalogue_settings.py").write_text(
        f"SECRET_KEY = 'only-for-makemessages'\nLOCALE_PATHS = [{str(locale)!r}]\n"
    )
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "catalogue_settings",
        "PYTHONPATH": str(tmp_path),
    }
    subprocess.run(
        [sys.executable, "-m", "django", "makemessages", "-l", "nl", "--no-obsolete", "-v0"],
        cwd=copy,
        env=environment,
        check=True,
        capture_output=True,
    )
    fresh = locale / "nl" / "LC_MESSAGES" / "django.po"

    def keys(path):
        return {
            (entry.get("msgctxt"), entry["msgid"], entry.get("msgid_plural"))
            for entry in parse_po(path.read_text(encoding="utf-8"))
            if entry["msgid"]
        }

    missing = keys(fresh) - keys(CATALOGUE)
    stale = keys(CATALOGUE) - keys(fresh)
    assert not missing, f"run `make messages` and translate: {sorted(missing, key=str)[:20]}"
    assert not stale, f"run `make messages`; no longer used: {sorted(stale, key=str)[:20]}"
