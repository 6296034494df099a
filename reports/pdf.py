""" "Unduh laporan (PDF)": the chosen filters' report on A4, for printing. Tables, bar charts
(drawn with reportlab), the period, the date printed and the method note. Every text that may
come from users (partner names, course titles, question texts) is written with drawString,
never parsed as markup."""

import io
from functools import cache

from django.utils import timezone
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from certificates.pdf import FONT_DIR

from .charts import COLOURS, _value, scale_max, series_of
from .exports import METHOD_LINES
from .figures import JAKARTA
from .forms import indonesian_date

WIDTH, HEIGHT = A4
MARGIN = 16 * mm
INK = HexColor("#1d1d1f")
MUTED = HexColor("#5a5a60")
RULE = HexColor("#c8c8c8")


@cache
def _fonts():
    pdfmetrics.registerFont(TTFont("DejaVu", FONT_DIR / "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", FONT_DIR / "DejaVuSans-Bold.ttf"))
    return "DejaVu", "DejaVu-Bold"


def _fit(text, font, size, width):
    text = str(text)
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def _wrap(text, font, size, width):
    lines, line = [], ""
    for word in str(text).split():
        candidate = f"{line} {word}".strip()
        if pdfmetrics.stringWidth(candidate, font, size) <= width:
            line = candidate
        else:
            if line:
                lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


class _Writer:
    def __init__(self, canvas, title):
        self.canvas = canvas
        self.regular, self.bold = _fonts()
        self.title = title
        self.page = 1
        self.y = HEIGHT - MARGIN

    def need(self, height):
        if self.y - height < MARGIN + 10:
            self.new_page()

    def new_page(self):
        self.footer()
        self.canvas.showPage()
        self.page += 1
        self.y = HEIGHT - MARGIN

    def footer(self):
        self.canvas.setFont(self.regular, 8)
        self.canvas.setFillColor(MUTED)
        self.canvas.drawString(MARGIN, MARGIN - 6, self.title)
        self.canvas.drawRightString(WIDTH - MARGIN, MARGIN - 6, f"Halaman {self.page}")
        self.canvas.setFillColor(INK)

    def text(self, value, *, size=10, bold=False, colour=INK, gap=4):
        self.need(size + gap)
        self.canvas.setFont(self.bold if bold else self.regular, size)
        self.canvas.setFillColor(colour)
        self.canvas.drawString(MARGIN, self.y - size, str(value))
        self.canvas.setFillColor(INK)
        self.y -= size + gap

    def paragraph(self, value, *, size=9, colour=INK):
        for line in _wrap(value, self.regular, size, WIDTH - 2 * MARGIN):
            self.text(line, size=size, colour=colour, gap=3)

    def table(self, table):
        usable = WIDTH - 2 * MARGIN
        number_w = 22 * mm if len(table.headers) <= 4 else 18 * mm
        label_w = (usable - number_w * len(table.headers)) / max(1, len(table.label_headers))
        widths = [label_w] * len(table.label_headers) + [number_w] * len(table.headers)
        size, row_h = 8, 12
        self.need(30)
        self.text(table.title, size=12, bold=True, gap=6)
        self._row(table.all_headers, widths, size, row_h, bold=True, numbers_from=99)
        rows = table.export_rows()
        if not rows:
            self.text("Tidak ada data untuk filter ini.", size=9, colour=MUTED)
        for n, row in enumerate(rows):
            is_total = bool(table.total) and n == len(rows) - 1
            texts = [
                cell.text if cell is not None else ""
                for cell in (table.rows[n][1] if not is_total else table.total[1])
            ]
            self._row(
                row[: len(table.label_headers)] + texts,
                widths,
                size,
                row_h,
                bold=is_total,
                numbers_from=len(table.label_headers),
            )
        if table.note:
            self.y -= 2
            self.paragraph(table.note, size=8, colour=MUTED)
        self.y -= 8

    def _row(self, values, widths, size, row_h, *, bold, numbers_from):
        self.need(row_h)
        canvas = self.canvas
        font = self.bold if bold else self.regular
        canvas.setFont(font, size)
        x = MARGIN
        for i, (value, width) in enumerate(zip(values, widths, strict=False)):
            text = _fit(value, font, size, width - 4)
            if i >= numbers_from:
                canvas.drawRightString(x + width - 2, self.y - size, text)
            else:
                canvas.drawString(x + 1, self.y - size, text)
            x += width
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN, self.y - row_h + 1, WIDTH - MARGIN, self.y - row_h + 1)
        self.y -= row_h

    def chart(self, table):
        series = series_of(table)
        labels = [labels[0] for labels, _ in table.rows]
        if not series or not labels:
            return
        canvas = self.canvas
        row_h = 4 + 5 * len(series)
        height = 14 + row_h * len(labels)
        self.need(height + 10)
        self.text(f"Diagram: {table.title}", size=10, bold=True, gap=4)
        x = MARGIN
        canvas.setFont(self.regular, 8)
        for n, (name, _, _) in enumerate(series):
            canvas.setFillColor(HexColor(COLOURS[n % len(COLOURS)]))
            canvas.rect(x, self.y - 8, 7, 7, stroke=0, fill=1)
            canvas.setFillColor(INK)
            canvas.drawString(x + 10, self.y - 7, name)
            x += 16 + pdfmetrics.stringWidth(name, self.regular, 8) + 10
        self.y -= 14
        left = MARGIN + 48 * mm
        plot_w = WIDTH - MARGIN - left - 16 * mm
        top_value = scale_max([_value(c) for _, _, cells in series for c in cells])
        for i, label in enumerate(labels):
            self.need(row_h)
            canvas.setFont(self.regular, 7)
            canvas.setFillColor(INK)
            short = label.replace("Kota Administrasi ", "").replace("Kabupaten Administrasi ", "")
            canvas.drawRightString(
                left - 3, self.y - row_h / 2 - 2, _fit(short, self.regular, 7, 46 * mm)
            )
            for s, (_, colour, cells) in enumerate(series):
                y = self.y - 3 - (s + 1) * 5
                value = _value(cells[i])
                if value is None:
                    canvas.drawString(left + 2, y + 0.5, cells[i].text if cells[i] else "")
                    continue
                w = plot_w * value / top_value
                canvas.setFillColor(HexColor(colour))
                canvas.rect(left, y, w, 4, stroke=0, fill=1)
                canvas.setFillColor(INK)
                canvas.drawString(left + w + 2, y + 0.5, cells[i].text)
            self.y -= row_h
        self.y -= 8


def report_pdf(report, *, described):
    """The PDF bytes of a built report (reports.tables.build_report)."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    title = "Laporan jangkauan Waspada TPPO"
    canvas.setTitle(title)
    canvas.setAuthor("Waspada TPPO")
    writer = _Writer(canvas, title)
    printed = indonesian_date(timezone.now().astimezone(JAKARTA))
    writer.text(title, size=16, bold=True, gap=8)
    for label, value in described:
        writer.text(f"{label}: {value}", size=10)
    writer.text(f"Dicetak: {printed} (WIB)", size=10, colour=MUTED, gap=10)
    for table in report.tables.values():
        writer.table(table)
        if table.chart:
            writer.chart(table)
    writer.need(40)
    writer.text("Catatan metode", size=12, bold=True, gap=6)
    for line in METHOD_LINES:
        writer.paragraph("• " + line, size=8)
    writer.footer()
    canvas.save()
    return buffer.getvalue()
