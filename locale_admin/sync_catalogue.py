"""Bring the admin catalogue up to date with the installed Wagtail, allauth and Django, and
compile it.

    .venv/bin/python locale_admin/sync_catalogue.py

Writes locale_admin/id/LC_MESSAGES/django.po and djangojs.po with every msgid of every source
that catalogues.sources() lists, once per domain, in the sources' order:

- an msgid the catalogue already translates keeps its msgstr;
- a new msgid gets the upstream Indonesian translation, marked fuzzy so that a person reviews it
  against the glossary in README.md (Django ignores fuzzy entries until the mark is removed),
  or an empty msgstr;
- entries no source lists any more (strings an upgrade removed) are dropped.

Then it compiles both files with `msgfmt --check-format -c`. Run missing_msgids.py afterwards:
it lists what still needs a translation.
"""

import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import catalogues  # noqa: E402


def current_translations(domain):
    path = catalogues.catalogue_path(domain)
    if not path.exists():
        return {}
    return {entry.key: entry for entry in catalogues.read_po(path)}


def sync(translations=None):
    """Rewrite both .po files. `translations` ({domain: {key: msgstr}}) overrides the current
    catalogue; it is how the first version was filled."""
    catalogues.CATALOGUE_DIR.mkdir(parents=True, exist_ok=True)
    report = {}
    for domain, entries in catalogues.upstream_entries().items():
        current = current_translations(domain)
        given = (translations or {}).get(domain, {})
        new = 0
        for entry in entries:
            upstream = entry.msgstr[0]
            if entry.key in given:
                entry.msgstr = [given[entry.key]]
            elif entry.key in current and current[entry.key].msgstr[0]:
                kept = current[entry.key]
                entry.msgstr = kept.msgstr[:1]
                if "fuzzy" in kept.flags:
                    entry.flags.append("fuzzy")
            else:
                new += 1
                entry.msgstr = [upstream]
                if upstream:
                    entry.flags.append("fuzzy")
        catalogues.write_po(catalogues.catalogue_path(domain), entries)
        report[domain] = (len(entries), new)
    return report


def compile_catalogue():
    msgfmt = shutil.which("msgfmt")
    if msgfmt is None:
        sys.exit("msgfmt not found: install gettext (apt-get install gettext)")
    for domain in catalogues.DOMAINS:
        po = catalogues.catalogue_path(domain)
        subprocess.run(  # noqa: S603
            [msgfmt, "--check-format", "-c", "-o", str(po.with_suffix(".mo")), str(po)],
            check=True,
        )


def main():
    for domain, (total, new) in sync().items():
        print(f"{domain}.po: {total} msgids, {new} new")
    compile_catalogue()


if __name__ == "__main__":
    main()
