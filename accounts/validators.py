import unicodedata

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _


def validate_person_name(value):
    """A name is printed literally everywhere, so reject only what cannot be printed at all."""
    if not value.strip():
        raise ValidationError(_("Nama tidak boleh kosong."))
    if any(unicodedata.category(ch) in {"Cc", "Cs"} for ch in value):
        raise ValidationError(_("Nama berisi karakter yang tidak bisa dicetak."))
