"""Content blocks shared by every page type that has a body."""

import re
from urllib.parse import parse_qs, urlparse

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "h3", "h4"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Judul"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Tingkat"),
        choices=[("h2", _("Judul bagian (H2)")), ("h3", _("Subjudul (H3)"))],
        default="h2",
        help_text=_("Pakai H2 untuk bagian utama dan H3 untuk bagian di dalamnya."),
    )

    class Meta:
        icon = "title"
        label = _("Judul")
        template = "components/blocks/heading.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Gambar"))
    alt = blocks.CharBlock(
        label=_("Teks alternatif"),
        max_length=250,
        help_text=_(
            "Wajib. Jelaskan isi gambar untuk orang yang tidak bisa melihatnya, "
            "misalnya pengguna pembaca layar atau saat gambar gagal dimuat."
        ),
    )
    caption = blocks.CharBlock(label=_("Keterangan"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Gambar")
        template = "components/blocks/image.html"


_YOUTUBE_HOSTS = {"youtube.com", "www.youtube.com", "m.youtube.com", "youtu.be"}
_VIMEO_HOSTS = {"vimeo.com", "www.vimeo.com"}
_YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{6,20}$")


def embed_url_for(url):
    """Return the privacy-friendly embed address of a YouTube or Vimeo link, or None."""
    parsed = urlparse(url or "")
    host = parsed.netloc.lower()
    if host in _YOUTUBE_HOSTS:
        if host == "youtu.be":
            video_id = parsed.path.lstrip("/")
        elif parsed.path.startswith(("/embed/", "/shorts/")):
            video_id = parsed.path.split("/")[2]
        else:
            video_id = parse_qs(parsed.query).get("v", [""])[0]
        if _YOUTUBE_ID.match(video_id):
            return f"https://www.youtube-nocookie.com/embed/{video_id}?autoplay=1"
    if host in _VIMEO_HOSTS:
        video_id = parsed.path.strip("/").split("/")[0]
        if video_id.isdigit():
            return f"https://player.vimeo.com/video/{video_id}?autoplay=1"
    return None


class VideoBlock(blocks.StructBlock):
    url = blocks.URLBlock(
        label=_("Alamat video"),
        help_text=_("Tautan YouTube atau Vimeo. Video baru dimuat setelah peserta menekan putar."),
    )
    title = blocks.CharBlock(label=_("Judul video"), max_length=150)
    duration = blocks.CharBlock(
        label=_("Durasi"),
        max_length=20,
        required=False,
        help_text=_("Misalnya 3 menit. Membantu peserta menghemat kuota."),
    )
    transcript = blocks.RichTextBlock(
        label=_("Ringkasan atau transkrip"),
        features=RICH_TEXT_FEATURES,
        required=False,
        help_text=_("Untuk peserta yang tidak bisa memutar video."),
    )

    def clean(self, value):
        value = super().clean(value)
        if not embed_url_for(value["url"]):
            raise StructBlockValidationError(
                block_errors={"url": ValidationError(_("Gunakan tautan video YouTube atau Vimeo."))}
            )
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["embed_url"] = embed_url_for(value["url"])
        return context

    class Meta:
        icon = "media"
        label = _("Video")
        template = "components/blocks/video.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Kutipan"))
    source = blocks.CharBlock(label=_("Sumber"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Kutipan")
        template = "components/blocks/quote.html"


class KeyPointsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Judul"), default=_("Poin penting"), max_length=80)
    points = blocks.ListBlock(blocks.CharBlock(label=_("Poin"), max_length=300), label=_("Poin"))

    class Meta:
        icon = "list-ul"
        label = _("Kotak poin penting")
        template = "components/blocks/key_points.html"


class HelpLinkBlock(blocks.StructBlock):
    text = blocks.CharBlock(
        label=_("Ajakan"),
        max_length=200,
        default=_("Butuh bantuan atau ingin melapor? Lihat daftar layanan pengaduan."),
    )

    class Meta:
        icon = "help"
        label = _("Tautan ke Bantuan & Lapor")
        template = "components/blocks/help_link.html"


class SourcesBlock(blocks.StructBlock):
    items = blocks.ListBlock(
        blocks.CharBlock(label=_("Sumber"), max_length=400),
        label=_("Daftar sumber"),
        help_text=_("Satu sumber per baris: lembaga atau media, judul, dan tanggal terbit."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Sumber")
        template = "components/blocks/sources.html"


def base_blocks():
    """The blocks every body offers, as (name, block) pairs for a StreamField."""
    return [
        ("heading", HeadingBlock()),
        (
            "paragraph",
            blocks.RichTextBlock(
                features=RICH_TEXT_FEATURES,
                label=_("Teks"),
                icon="pilcrow",
                template="components/blocks/paragraph.html",
            ),
        ),
        ("image", ImageBlock()),
        ("video", VideoBlock()),
        ("key_points", KeyPointsBlock()),
        ("quote", QuoteBlock()),
        ("help_link", HelpLinkBlock()),
        ("sources", SourcesBlock()),
    ]
