"""The sources of the admin's Indonesian catalogue, and a small reader and writer for .po files.

Shared by missing_msgids.py (which reports what the catalogue lacks), sync_catalogue.py (which
adds new msgids after an upgrade) and tests/test_admin_language.py. Nothing here needs Django
to be set up: the installed apps are read from elearn/settings/base.py.
"""

import importlib.util
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parent
CATALOGUE_DIR = HERE / "id" / "LC_MESSAGES"
DOMAINS = ("django", "djangojs")
PLURAL_FORMS = "nplurals=1; plural=0;"

# allauth ships one catalogue for all of its apps; only these source paths are on the pages of
# the two apps the project installs (allauth and allauth.account). MFA, social accounts, user
# sessions and the identity provider are not installed.
ALLAUTH_SOURCES = (
    "account/",
    "templates/account/",
    "templates/allauth/",
    "core/",
    "utils.py",
    "decorators.py",
    "ratelimit.py",
)

# Django's own strings that forms on the account pages and in the admin show: field errors,
# validators and the password rules. Its Indonesian catalogue is complete but says "sandi" and
# "kata sandi", "bidang" and "kolom" by turns; the admin catalogue makes them one voice.
DJANGO_SOURCES = {
    "django": (
        "conf/locale",
        ("forms/", "core/validators.py", "db/models/fields/__init__.py", "db/models/base.py"),
    ),
    "django.contrib.auth": (
        "contrib/auth/locale",
        (
            "contrib/auth/forms.py",
            "contrib/auth/models.py",
            "contrib/auth/password_validation.py",
            "contrib/auth/validators.py",
        ),
    ),
}


@dataclass
class Entry:
    msgid: str
    msgctxt: str | None = None
    msgid_plural: str | None = None
    msgstr: list[str] = field(default_factory=lambda: [""])
    comments: list[str] = field(default_factory=list)  # "#." lines, without the "#. "
    references: list[str] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)

    @property
    def key(self):
        return (self.msgctxt, self.msgid)

    @property
    def translated(self):
        return bool(self.msgstr) and all(self.msgstr) and "fuzzy" not in self.flags


_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "r": "\r"}


def _unquote(text):
    text = text.strip()
    if not (text.startswith('"') and text.endswith('"')):
        raise ValueError(f"not a PO string: {text!r}")
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), "\\" + m.group(1)), text[1:-1])


def read_po(path):
    """Entries of a .po file (the header excluded, obsolete "#~" entries skipped), in order."""
    entries = []
    for block in re.split(r"\n\s*\n", Path(path).read_text(encoding="utf-8")):
        lines = [line for line in block.splitlines() if line.strip()]
        if not lines or all(line.startswith("#~") or line.startswith("#") for line in lines):
            continue
        entry = Entry(msgid="")
        strings = {}
        current = None
        for line in lines:
            if line.startswith("#~"):
                continue
            if line.startswith("#."):
                entry.comments.append(line[2:].strip())
            elif line.startswith("#:"):
                entry.references.extend(line[2:].split())
            elif line.startswith("#,"):
                entry.flags.extend(f.strip() for f in line[2:].split(","))
            elif line.startswith("#"):
                continue
            elif line.startswith('"'):
                strings[current] += _unquote(line)
            else:
                keyword, _, rest = line.partition(" ")
                current = keyword
                strings[current] = _unquote(rest)
        if "msgid" not in strings:
            continue
        entry.msgid = strings["msgid"]
        entry.msgctxt = strings.get("msgctxt")
        entry.msgid_plural = strings.get("msgid_plural")
        if entry.msgid_plural is None:
            entry.msgstr = [strings.get("msgstr", "")]
        else:
            forms = sorted((int(k[7:-1]), v) for k, v in strings.items() if k.startswith("msgstr["))
            entry.msgstr = [v for _, v in forms] or [""]
        if entry.msgid == "" and entry.msgctxt is None:
            continue  # the header
        entries.append(entry)
    return entries


def _quote(text):
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t")
    parts = escaped.split("\n")
    if len(parts) == 1:
        return f'"{escaped}"'
    chunks = [part + "\\n" for part in parts[:-1]] + ([parts[-1]] if parts[-1] else [])
    return '""\n' + "\n".join(f'"{chunk}"' for chunk in chunks)


HEADER = (
    "# Indonesian catalogue for the Wagtail admin, django-allauth's account pages and the Django\n"
    "# strings they show. Made by locale_admin/sync_catalogue.py; see locale_admin/README.md.\n"
    'msgid ""\n'
    'msgstr ""\n'
    '"Project-Id-Version: waspada-tppo admin\\n"\n'
    '"PO-Revision-Date: 2026-12-03 12:00+0700\\n"\n'
    '"Last-Translator: Waspada TPPO\\n"\n'
    '"Language-Team: Waspada TPPO\\n"\n'
    '"Language: id\\n"\n'
    '"MIME-Version: 1.0\\n"\n'
    '"Content-Type: text/plain; charset=UTF-8\\n"\n'
    '"Content-Transfer-Encoding: 8bit\\n"\n'
    f'"Plural-Forms: {PLURAL_FORMS}\\n"\n'
)


def write_po(path, entries):
    out = [HEADER]
    for entry in entries:
        lines = [f"#. {comment}" for comment in entry.comments]
        line = ""
        for ref in entry.references:
            if line and len(line) + len(ref) + 1 > 79:
                lines.append(line)
                line = ""
            line = f"{line} {ref}" if line else f"#: {ref}"
        if line:
            lines.append(line)
        flags = [f for f in entry.flags if f]
        if flags:
            lines.append("#, " + ", ".join(flags))
        if entry.msgctxt is not None:
            lines.append("msgctxt " + _quote(entry.msgctxt))
        lines.append("msgid " + _quote(entry.msgid))
        if entry.msgid_plural is not None:
            lines.append("msgid_plural " + _quote(entry.msgid_plural))
            lines.append("msgstr[0] " + _quote(entry.msgstr[0] if entry.msgstr else ""))
        else:
            lines.append("msgstr " + _quote(entry.msgstr[0] if entry.msgstr else ""))
        out.append("\n".join(lines) + "\n")
    Path(path).write_text("\n".join(out), encoding="utf-8")


def installed_apps():
    """The module names of the installed apps (an AppConfig path counts as the app it names)."""
    if str(PROJECT) not in sys.path:
        sys.path.insert(0, str(PROJECT))
    import django
    from django.apps import apps
    from django.conf import settings

    if not settings.configured:
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "elearn.settings.dev")
    if not apps.ready:
        django.setup()
    return [config.name for config in apps.get_app_configs()]


def _package_dir(name):
    spec = importlib.util.find_spec(name)
    return Path(next(iter(spec.submodule_search_locations)))


@dataclass
class Source:
    """One upstream catalogue: its English msgids and, where it has them, Indonesian ones."""

    app: str
    domain: str
    english: Path
    indonesian: Path | None
    reference_prefixes: tuple[str, ...] = ()
    reference_base: str = ""  # prefixed to the upstream references (which are app-relative)

    def entries(self):
        """The upstream msgids with the upstream Indonesian msgstr filled in where it exists."""
        known = {}
        if self.indonesian and self.indonesian.exists():
            known = {e.key: e for e in read_po(self.indonesian) if e.translated}
        result = []
        for entry in read_po(self.english):
            if self.reference_prefixes and not any(
                ref.startswith(self.reference_prefixes) for ref in entry.references
            ):
                continue
            upstream = known.get(entry.key)
            entry.msgstr = list(upstream.msgstr[:1]) if upstream else [""]
            entry.flags = [f for f in entry.flags if f != "fuzzy"]
            entry.references = [f"{self.reference_base}/{ref}" for ref in entry.references]
            result.append(entry)
        return result


def _indonesian_dir(package_locale):
    for name in ("id", "id_ID"):
        if (package_locale / name).exists():
            return package_locale / name
    return None


def sources():
    """Every upstream catalogue whose strings an installed app can show, in a stable order."""
    found = []
    wagtail_root = _package_dir("wagtail").parent
    for app in installed_apps():
        if not (app == "wagtail" or app.startswith("wagtail.")):
            continue
        locale = _package_dir(app) / "locale"
        for domain in DOMAINS:
            english = locale / "en" / "LC_MESSAGES" / f"{domain}.po"
            if not english.exists():
                continue
            indonesian = _indonesian_dir(locale)
            found.append(
                Source(
                    app,
                    domain,
                    english,
                    indonesian / "LC_MESSAGES" / f"{domain}.po" if indonesian else None,
                    reference_base=_package_dir(app).relative_to(wagtail_root).as_posix(),
                )
            )
    if "allauth.account" in installed_apps():
        locale = _package_dir("allauth") / "locale"
        found.append(
            Source(
                "allauth",
                "django",
                locale / "en" / "LC_MESSAGES" / "django.po",
                locale / "id" / "LC_MESSAGES" / "django.po",
                ALLAUTH_SOURCES,
                reference_base="allauth",
            )
        )
    for app, (locale_dir, prefixes) in DJANGO_SOURCES.items():
        if app != "django" and app not in installed_apps():
            continue
        locale = _package_dir("django") / locale_dir
        found.append(
            Source(
                app,
                "django",
                locale / "en" / "LC_MESSAGES" / "django.po",
                locale / "id" / "LC_MESSAGES" / "django.po",
                prefixes,
                reference_base="django",
            )
        )
    return found


# Placeholders that must survive translation unchanged: printf (%s, %(name)s, %d),
# brace ({count}, {0}), Wagtail's JS double underscores (__count__) and HTML tags.
PLACEHOLDER = re.compile(
    r"%\([A-Za-z0-9_]+\)[#0 +-]*\d*(?:\.\d+)?[sdifrxXeEgGc]|%[#0 +-]*\d*(?:\.\d+)?[sdifrxXeEgGc]"
    r"|\{[A-Za-z0-9_]*\}|__[A-Za-z0-9_]+__|</?[A-Za-z][^<>]*>"
)


def placeholders(text):
    return sorted(PLACEHOLDER.findall(text))


def upstream_entries():
    """{domain: [Entry]}: every msgid of every source once, in source order.

    An msgid several apps share is one entry with all their references; its msgstr is the first
    upstream Indonesian translation found (Wagtail's own, allauth's or Django's), or empty.
    """
    merged = {domain: {} for domain in DOMAINS}
    for source in sources():
        for entry in source.entries():
            seen = merged[source.domain].get(entry.key)
            if seen is None:
                merged[source.domain][entry.key] = entry
                continue
            seen.references += [r for r in entry.references if r not in seen.references]
            seen.comments += [c for c in entry.comments if c not in seen.comments]
            seen.flags += [f for f in entry.flags if f not in seen.flags]
            if not seen.msgstr[0] and entry.msgstr[0]:
                seen.msgstr = entry.msgstr
    return {domain: list(entries.values()) for domain, entries in merged.items()}


def catalogue_path(domain):
    return CATALOGUE_DIR / f"{domain}.po"
