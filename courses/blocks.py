"""Blocks that only lessons use: red flags and real-life scenarios."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from home.blocks import RICH_TEXT_FEATURES, base_blocks


class RedFlagListBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Judul"), default=_("Tanda bahaya"), max_length=100)
    flags = blocks.ListBlock(
        blocks.CharBlock(label=_("Tanda bahaya"), max_length=300),
        label=_("Daftar tanda bahaya"),
        help_text=_("Satu tanda per baris, ditulis sebagai hal yang bisa dilihat peserta."),
        min_num=1,
    )

    class Meta:
        icon = "warning"
        label = _("Daftar tanda bahaya")
        template = "components/blocks/red_flags.html"


class ScenarioCardBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Judul kisah"), max_length=120)
    story = blocks.RichTextBlock(
        label=_("Kisah"),
        features=RICH_TEXT_FEATURES,
        help_text=_("Kisah singkat dari kejadian nyata, dengan nama samaran."),
    )
    question = blocks.CharBlock(
        label=_("Pertanyaan untuk direnungkan"),
        max_length=250,
        help_text=_("Misalnya: Tanda bahaya apa yang Anda lihat?"),
    )
    explanation = blocks.RichTextBlock(
        label=_("Penjelasan"),
        features=RICH_TEXT_FEATURES,
        help_text=_("Ditampilkan setelah peserta menekan 'Lihat penjelasan'."),
    )

    class Meta:
        icon = "user"
        label = _("Kartu kisah")
        template = "components/blocks/scenario.html"


def lesson_blocks():
    """Everything a lesson body offers: the shared blocks plus the lesson-only ones."""
    return [
        *base_blocks(),
        ("red_flags", RedFlagListBlock()),
        ("scenario", ScenarioCardBlock()),
    ]
