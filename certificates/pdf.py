"""Certificate PDFs with ReportLab's canvas: A4 landscape, one certificate per page.

Names and titles are drawn with drawString only, never through Paragraph or any markup parser
(ReportLab's paragraph markup once allowed code execution, CVE-2023-33733), so whatever a learner
typed is printed literally. DejaVu Sans is embedded: it covers Latin Extended (Nguyễn, Çelik).
"""

import io
from functools import cache
from pathlib import Path

import segno
from django.utils import formats, timezone
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4, landscape, portrait
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

FONT_DIR = Path(__file__).resolve().parent / "fonts"
PAGE = landscape(A4)
BRAND = HexColor("#7a1f1f")
INK = HexColor("#1d1d1f")
MUTED = HexColor("#5a5a60")


@cache
def _fonts():
    pdfmetrics.registerFont(TTFont("DejaVu", FONT_DIR / "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", FONT_DIR / "DejaVuSans-Bold.ttf"))
    return "DejaVu", "DejaVu-Bold"


def indonesian_date(moment):
    """ "28 November 2026", in Jakarta time."""
    local = timezone.localtime(moment)
    return formats.date_format(local, "j F Y")


def _fit(text, font, size, max_width, min_size=10):
    """The font size at which `text` fits `max_width`, and the text (cut only below min)."""
    while size > min_size and pdfmetrics.stringWidth(text, font, size) > max_width:
        size -= 1
    while pdfmetrics.stringWidth(text, font, size) > max_width and len(text) > 1:
        text = text[:-2] + "…"
    return text, size


def _centred(canvas, text, font, size, y, max_width, colour=INK):
    text, size = _fit(text, font, size, max_width)
    canvas.setFont(font, size)
    canvas.setFillColor(colour)
    canvas.drawCentredString(PAGE[0] / 2, y, text)


def _draw_qr(canvas, data, x, y, size):
    qr = segno.make(data, error="m")
    matrix = list(qr.matrix)
    module = size / len(matrix)
    canvas.setFillColor(INK)
    for row_index, row in enumerate(matrix):
        for col_index, dark in enumerate(row):
            if dark:
                canvas.rect(
                    x + col_index * module,
                    y + size - (row_index + 1) * module,
                    module,
                    module,
                    stroke=0,
                    fill=1,
                )


def _image_reader(image):
    """A raster image for ReportLab, or None (SVG and unreadable files are skipped)."""
    if image is None or image.filename.lower().endswith(".svg"):
        return None
    try:
        with image.open_file() as handle:
            return ImageReader(io.BytesIO(handle.read()))
    except (OSError, ValueError):
        return None


def draw_certificate(canvas, *, certificate, branding, verify_url, note=""):
    regular, bold = _fonts()
    width, height = PAGE
    margin = 14 * mm
    canvas.setStrokeColor(BRAND)
    canvas.setLineWidth(3)
    canvas.rect(margin, margin, width - 2 * margin, height - 2 * margin)
    canvas.setLineWidth(0.8)
    canvas.rect(
        margin + 4 * mm, margin + 4 * mm, width - 2 * margin - 8 * mm, height - 2 * margin - 8 * mm
    )
    usable = width - 2 * margin - 40 * mm

    logo = _image_reader(branding.logo)
    if logo:
        canvas.drawImage(
            logo,
            width / 2 - 20 * mm,
            height - 52 * mm,
            40 * mm,
            22 * mm,
            preserveAspectRatio=True,
            mask="auto",
        )
    # Without a logo the text block moves up, so the page does not look empty at the top.
    top = height - (60 if logo else 44) * mm
    _centred(canvas, branding.issuer, bold, 14, top, usable, BRAND)
    _centred(canvas, "SERTIFIKAT", bold, 34, top - 18 * mm, usable)
    _centred(canvas, "diberikan kepada", regular, 13, top - 30 * mm, usable, MUTED)
    _centred(canvas, certificate.holder_name, bold, 30, top - 46 * mm, usable)
    _centred(canvas, "yang telah menyelesaikan kursus", regular, 13, top - 58 * mm, usable, MUTED)
    _centred(canvas, certificate.course_title, bold, 20, top - 71 * mm, usable)
    _centred(
        canvas,
        f"Jakarta, {indonesian_date(certificate.issued_at)}",
        regular,
        12,
        top - 83 * mm,
        usable,
    )
    if certificate.is_attested:
        # An attested completion is never to be taken for one earned online.
        attested = f"Diverifikasi oleh fasilitator: {certificate.attested_by_name}"
        _centred(canvas, attested, bold, 11, top - 91 * mm, usable, BRAND)
    if note:
        _centred(canvas, note, regular, 10, top - 98 * mm, usable, MUTED)

    # Signature block, bottom right.
    sign_x = width - margin - 95 * mm
    signature = _image_reader(branding.signature)
    if signature:
        canvas.drawImage(
            signature,
            sign_x,
            margin + 26 * mm,
            60 * mm,
            18 * mm,
            preserveAspectRatio=True,
            mask="auto",
        )
    canvas.setStrokeColor(MUTED)
    canvas.line(sign_x, margin + 24 * mm, sign_x + 70 * mm, margin + 24 * mm)
    canvas.setFillColor(INK)
    name, size = _fit(branding.signatory_name or branding.issuer, bold, 11, 75 * mm)
    canvas.setFont(bold, size)
    canvas.drawString(sign_x, margin + 18 * mm, name)
    title, size = _fit(branding.signatory_title, regular, 10, 75 * mm)
    canvas.setFont(regular, size)
    canvas.drawString(sign_x, margin + 13 * mm, title)

    # Code and QR, bottom left.
    qr_size = 30 * mm
    _draw_qr(canvas, verify_url, margin + 10 * mm, margin + 10 * mm, qr_size)
    canvas.setFillColor(INK)
    canvas.setFont(bold, 11)
    canvas.drawString(margin + 44 * mm, margin + 30 * mm, f"Kode: {certificate.display_code}")
    canvas.setFont(regular, 9)
    canvas.setFillColor(MUTED)
    canvas.drawString(margin + 44 * mm, margin + 24 * mm, "Periksa keaslian sertifikat ini di:")
    url, size = _fit(verify_url, regular, 9, 95 * mm, min_size=6)
    canvas.setFont(regular, size)
    canvas.drawString(margin + 44 * mm, margin + 19 * mm, url)


def render_pdf(items, *, note="", two_per_page=False):
    """One PDF of (certificate, branding, verify_url) items: one per A4 landscape page, or two
    per A4 portrait page (each scaled to half the sheet). `note` is printed on each (a
    session's title and date)."""
    items = list(items)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=portrait(A4) if two_per_page else PAGE, invariant=True)
    canvas.setTitle("Sertifikat Waspada TPPO")
    canvas.setAuthor("Waspada TPPO")
    scale = portrait(A4)[0] / PAGE[0]
    for index, (certificate, branding, verify_url) in enumerate(items):
        if two_per_page:
            canvas.saveState()
            # The first of a pair on the upper half, the second on the lower.
            canvas.translate(0, PAGE[1] * scale if index % 2 == 0 else 0)
            canvas.scale(scale, scale)
        draw_certificate(
            canvas, certificate=certificate, branding=branding, verify_url=verify_url, note=note
        )
        if two_per_page:
            canvas.restoreState()
        if not two_per_page or index % 2 == 1:
            canvas.showPage()
    if two_per_page and len(items) % 2 == 1:
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()
