from pathlib import Path

from django.utils import translation

CATALOGUE = Path(__file__).resolve().parent.parent / "locale" / "id" / "LC_MESSAGES"


def test_the_id_catalogue_is_compiled_and_complete():
    po = (CATALOGUE / "django.po").read_text()
    assert (CATALOGUE / "django.mo").exists()
    # Every entry has a translation (an empty msgstr line followed by no continuation).
    blocks = po.split("\n\n")[1:]
    untranslated = [
        b for b in blocks if 'msgstr ""\n' in b + "\n" and '\n"' not in b.split('msgstr ""')[-1]
    ]
    assert untranslated == []


def test_admin_words_wagtail_leaves_in_english_are_indonesian():
    with translation.override("id"):
        assert translation.gettext("Reports") == "Laporan"
        assert translation.gettext("Collapse all") == "Ciutkan semua"
