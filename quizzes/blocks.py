"""Question types as StreamField blocks. Each question, choice and statement keeps the stable id
Wagtail gives it, so attempts can refer to them across edits."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock

from home.blocks import RICH_TEXT_FEATURES

FEEDBACK_HELP = _("Mengapa pilihan ini benar atau salah. Ditampilkan setelah kuis dikirim.")


class ChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Pilihan"), max_length=300)
    correct = blocks.BooleanBlock(label=_("Jawaban benar"), required=False)
    feedback = blocks.TextBlock(label=_("Umpan balik"), max_length=500, help_text=FEEDBACK_HELP)

    class Meta:
        icon = "radio-full"
        label = _("Pilihan jawaban")


def _choice_errors(choices, *, exactly_one):
    correct = sum(1 for choice in choices if choice["correct"])
    if len(choices) < 2:
        return _("Buat minimal dua pilihan jawaban.")
    if correct == 0:
        return _("Tandai minimal satu pilihan sebagai jawaban benar.")
    if exactly_one and correct != 1:
        return _("Soal pilihan tunggal harus punya tepat satu jawaban benar.")
    return None


class _ChoiceQuestionBlock(blocks.StructBlock):
    question = blocks.TextBlock(label=_("Pertanyaan"), max_length=500)
    image = ImageChooserBlock(label=_("Gambar"), required=False)
    image_alt = blocks.CharBlock(
        label=_("Teks alternatif gambar"),
        required=False,
        max_length=250,
        help_text=_("Wajib bila ada gambar."),
    )
    choices = blocks.ListBlock(ChoiceBlock(), label=_("Pilihan jawaban"))
    explanation = blocks.TextBlock(
        label=_("Penjelasan"),
        max_length=800,
        help_text=_("Pelajaran dari soal ini, ditampilkan setelah kuis dikirim."),
    )
    exactly_one = False

    def clean(self, value):
        value = super().clean(value)
        error = _choice_errors(value["choices"], exactly_one=self.exactly_one)
        errors = {}
        if error:
            errors["choices"] = ValidationError(error)
        if value.get("image") and not value.get("image_alt"):
            errors["image_alt"] = ValidationError(_("Tulis teks alternatif untuk gambar ini."))
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value


class SingleChoiceBlock(_ChoiceQuestionBlock):
    exactly_one = True

    class Meta:
        icon = "radio-full"
        label = _("Pilihan tunggal")


class MultipleChoiceBlock(_ChoiceQuestionBlock):
    class Meta:
        icon = "tasks"
        label = _("Pilih semua yang benar")
        help_text = _(
            "Nilai: (pilihan benar yang dicentang − pilihan salah yang dicentang) dibagi jumlah "
            "pilihan benar, paling rendah 0."
        )


class TrueFalseBlock(blocks.StructBlock):
    statement = blocks.TextBlock(label=_("Pernyataan"), max_length=500)
    answer = blocks.BooleanBlock(
        label=_("Pernyataan ini benar"),
        required=False,
        help_text=_("Centang bila jawaban yang benar adalah 'Benar'."),
    )
    feedback_true = blocks.TextBlock(
        label=_("Umpan balik untuk jawaban 'Benar'"), max_length=500, help_text=FEEDBACK_HELP
    )
    feedback_false = blocks.TextBlock(
        label=_("Umpan balik untuk jawaban 'Salah'"), max_length=500, help_text=FEEDBACK_HELP
    )
    explanation = blocks.TextBlock(label=_("Penjelasan"), max_length=800)

    class Meta:
        icon = "success"
        label = _("Benar atau salah")


class StatementBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Pernyataan dari kisah"), max_length=300)
    suspicious = blocks.BooleanBlock(label=_("Ini tanda bahaya"), required=False)
    feedback = blocks.TextBlock(label=_("Umpan balik"), max_length=500, help_text=FEEDBACK_HELP)

    class Meta:
        icon = "warning"
        label = _("Pernyataan")


class RedFlagQuestionBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        label=_("Judul"), max_length=150, help_text=_("Misalnya: Lowongan kerja di media sosial")
    )
    scenario = blocks.RichTextBlock(
        label=_("Kisah"),
        features=RICH_TEXT_FEATURES,
        help_text=_("Iklan lowongan atau percakapan yang realistis, dengan nama samaran."),
    )
    image = ImageChooserBlock(label=_("Gambar"), required=False)
    image_alt = blocks.CharBlock(label=_("Teks alternatif gambar"), required=False, max_length=250)
    statements = blocks.ListBlock(
        StatementBlock(),
        label=_("Pernyataan"),
        help_text=_("Bagian dari kisah yang dinilai satu per satu: tanda bahaya atau bukan."),
    )
    explanation = blocks.TextBlock(label=_("Penjelasan"), max_length=800)

    def clean(self, value):
        value = super().clean(value)
        statements = value["statements"]
        flagged = sum(1 for statement in statements if statement["suspicious"])
        error = None
        if len(statements) < 2:
            error = _("Buat minimal dua pernyataan.")
        elif flagged == 0:
            error = _("Tandai minimal satu pernyataan sebagai tanda bahaya.")
        errors = {"statements": ValidationError(error)} if error else {}
        if value.get("image") and not value.get("image_alt"):
            errors["image_alt"] = ValidationError(_("Tulis teks alternatif untuk gambar ini."))
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value

    class Meta:
        icon = "warning"
        label = _("Tandai tanda bahaya")


def question_blocks():
    return [
        ("single_choice", SingleChoiceBlock()),
        ("multiple_choice", MultipleChoiceBlock()),
        ("true_false", TrueFalseBlock()),
        ("red_flags", RedFlagQuestionBlock()),
    ]
