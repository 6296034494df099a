"""List the msgids of the installed Wagtail apps, allauth and Django that the admin catalogue
lacks, leaves untranslated (empty or fuzzy), or translates with different placeholders.

    .venv/bin/python locale_admin/missing_msgids.py

Exits 0 when there is nothing to do, 1 otherwise. After a Wagtail, allauth or Django upgrade,
run sync_catalogue.py first (it adds the new msgids), translate what this script lists, and run
sync_catalogue.py again to compile.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import catalogues  # noqa: E402


def problems():
    """[(domain, kind, entry)] for every msgid that needs a translator's attention."""
    found = []
    for domain, upstream in catalogues.upstream_entries().items():
        path = catalogues.catalogue_path(domain)
        ours = {e.key: e for e in catalogues.read_po(path)} if path.exists() else {}
        for entry in upstream:
            mine = ours.get(entry.key)
            if mine is None:
                found.append((domain, "missing", entry))
            elif not mine.translated:
                found.append((domain, "fuzzy" if mine.msgstr[0] else "untranslated", mine))
            elif catalogues.placeholders(mine.msgid_plural or mine.msgid) != (
                catalogues.placeholders(mine.msgstr[0])
            ):
                found.append((domain, "placeholders differ", mine))
    return found


def describe(entry):
    context = f"[{entry.msgctxt}] " if entry.msgctxt else ""
    where = entry.references[0] if entry.references else "?"
    return f"{context}{entry.msgid!r}  ({where})"


def main():
    found = problems()
    for domain, kind, entry in found:
        print(f"{domain}: {kind}: {describe(entry)}")
    if found:
        print(f"{len(found)} msgid(s) need a translation in locale_admin/id/LC_MESSAGES/.")
        return 1
    totals = {d: len(e) for d, e in catalogues.upstream_entries().items()}
    print(
        "Nothing missing: "
        + ", ".join(f"{domain}.po translates all {n} msgids" for domain, n in totals.items())
        + "."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
