"""Learner history survives editors: a page that learners' records depend on (completions,
attempts, certificates, in this page or below it) cannot be deleted in the admin. The editor is
told what depends on it and that unpublishing hides it without erasing anyone's history.

Apps above home register what they hold per page; this module knows none of them.
"""

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

# Each counter takes a list of page ids and returns [(count, singular, plural), ...].
_counters = []


def register_dependents(counter):
    _counters.append(counter)
    return counter


def dependents_of(pages):
    """Human descriptions of the learner records that depend on these pages or their
    descendants, e.g. ["12 pelajaran selesai", "3 sertifikat"] (empty when none)."""
    page_ids = set()
    for page in pages:
        page_ids.update(page.get_descendants(inclusive=True).values_list("pk", flat=True))
    found = []
    for counter in _counters:
        for count, singular, plural in counter(list(page_ids)):
            if count:
                found.append(ngettext(singular, plural, count) % {"count": count})
    return found


def refusal_message(page_title, found):
    return _(
        "“%(title)s” tidak bisa dihapus karena catatan peserta bergantung padanya: "
        "%(records)s. Riwayat belajar peserta dan angka laporan Gugus Tugas tidak boleh "
        "hilang. Bila halaman ini tidak boleh tampil lagi, batalkan terbitnya saja."
    ) % {"title": page_title, "records": ", ".join(found)}
