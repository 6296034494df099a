"""What a facilitator prints or downloads for a session: the paper tests and their key, the
attendance list (PDF and XLSX), the roster (XLSX) and the note on the session's certificates.

PDFs are drawn with ReportLab's canvas and drawString only, never Paragraph or any markup
parser (see certificates/pdf.py): a participant's name is printed literally, whatever it holds.
XLSX cells are written as text: a name such as =HYPERLINK(...) is never stored as a formula.
"""

import io
import zoneinfo
from dataclasses import dataclass, field
from functools import cache
from string import ascii_uppercase

from django.utils import formats, timezone
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from certificates.pdf import FONT_DIR, indonesian_date
from quizzes.scoring import FALSE, TRUE, correct_ids
from quizzes.snapshot import question_pool

from .gain import session_quizzes

JAKARTA = zoneinfo.ZoneInfo("Asia/Jakarta")
INK = HexColor("#1d1d1f")
MUTED = HexColor("#5a5a60")
LINE = HexColor("#9a9aa0")
BLANK_ROWS = 5

INSTRUCTIONS = {
    "single_choice": "Lingkari satu jawaban yang paling tepat.",
    "multiple_choice": "Lingkari semua jawaban yang benar (bisa lebih dari satu).",
    "true_false": "Lingkari Benar atau Salah.",
    "red_flags": "Lingkari setiap pernyataan yang merupakan tanda bahaya.",
}


# Session facts --------------------------------------------------------------------------------


def session_when(session):
    """ "Rabu, 3 Desember 2026, 09.00–12.00 WIB"."""
    starts = timezone.localtime(session.starts_at, JAKARTA)
    ends = timezone.localtime(session.ends_at, JAKARTA)
    day = formats.date_format(starts, "l, j F Y")
    if ends.date() != starts.date():
        return f"{day}, {starts:%H.%M} – {formats.date_format(ends, 'j F Y')}, {ends:%H.%M} WIB"
    return f"{day}, {starts:%H.%M}–{ends:%H.%M} WIB"


def session_place(session):
    kelurahan = session.kelurahan
    parts = [session.venue, f"Kelurahan {kelurahan.name}"]
    district = kelurahan.parent
    if district is not None:
        parts.append(f"Kecamatan {district.name}")
        if district.parent is not None:
            parts.append(district.parent.name)
    return ", ".join(parts)


def certificate_note(session):
    """The line printed on each of the session's certificates."""
    return f"{session.title}, {indonesian_date(session.starts_at)}"


# Paper tests ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class PaperOption:
    letter: str
    text: str
    correct: bool


@dataclass(frozen=True)
class PaperQuestion:
    number: int
    kind: str
    text: str
    scenario_html: str
    options: list = field(default_factory=list)

    @property
    def instruction(self):
        return INSTRUCTIONS[self.kind]

    @property
    def letters(self):
        return [option.letter for option in self.options]

    @property
    def key(self):
        return [option.letter for option in self.options if option.correct]


@dataclass(frozen=True)
class PaperTest:
    quiz: object
    questions: list

    @property
    def title(self):
        return self.quiz.title

    @property
    def pass_mark(self):
        return self.quiz.pass_mark


def _paper_question(number, question):
    right = correct_ids(question)
    if question["type"] == "true_false":
        choices = [(TRUE, "Benar"), (FALSE, "Salah")]
    else:
        choices = [(option["id"], option["text"]) for option in question["options"]]
    return PaperQuestion(
        number=number,
        kind=question["type"],
        text=question["text"],
        scenario_html=question.get("scenario_html", ""),
        options=[
            PaperOption(letter=ascii_uppercase[index], text=text, correct=option_id in right)
            for index, (option_id, text) in enumerate(choices)
        ],
    )


def paper_test(quiz):
    """Every question of the quiz in the editor's order (a paper test draws nothing), with
    choices lettered A, B, C..."""
    return PaperTest(
        quiz=quiz,
        questions=[
            _paper_question(number, question)
            for number, question in enumerate(question_pool(quiz), start=1)
        ],
    )


def paper_tests(session):
    """The session course's pre-test and final test as paper tests (those it has)."""
    return [paper_test(quiz) for quiz in session_quizzes(session.course) if quiz is not None]


# Attendance list as PDF -----------------------------------------------------------------------


@cache
def _fonts():
    pdfmetrics.registerFont(TTFont("DejaVu", FONT_DIR / "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", FONT_DIR / "DejaVuSans-Bold.ttf"))
    return "DejaVu", "DejaVu-Bold"


def _fit(text, font, size, width):
    """`text` cut with an ellipsis so it fits `width` at `size`."""
    text = str(text or "")
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def _attended_label(attended):
    return {True: "Ya", False: "Tidak"}.get(attended, "")


def attendance_rows(session, rows):
    """(number, name, area, present) for the list: the area is the session's kelurahan (a
    learner's own area is a profile answer, which a facilitator does not see)."""
    area = session.kelurahan.name
    return [
        (number, row.name, area, _attended_label(row.attended))
        for number, row in enumerate(rows, start=1)
    ]


def attendance_pdf(session, rows, *, facilitators=()):
    regular, bold = _fonts()
    width, height = A4
    margin = 15 * mm
    columns = [  # (heading, width)
        ("No", 10 * mm),
        ("Nama", 68 * mm),
        ("Wilayah (kelurahan)", 42 * mm),
        ("Hadir", 14 * mm),
        ("Tanda tangan", width - 2 * margin - 134 * mm),
    ]
    row_height = 9 * mm
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=True)
    canvas.setTitle(f"Daftar hadir: {session.title}")
    canvas.setAuthor("Waspada TPPO")
    entries = attendance_rows(session, rows)
    entries += [(len(entries) + i, "", "", "") for i in range(1, BLANK_ROWS + 1)]
    page = 0

    def header():
        nonlocal page
        page += 1
        y = height - margin
        canvas.setFillColor(INK)
        canvas.setFont(bold, 14)
        canvas.drawString(margin, y - 5 * mm, "DAFTAR HADIR")
        canvas.setFont(bold, 11)
        canvas.drawString(margin, y - 12 * mm, _fit(session.title, bold, 11, width - 2 * margin))
        canvas.setFont(regular, 9)
        lines = [
            f"Waktu: {session_when(session)}",
            f"Tempat: {session_place(session)}",
            f"Kursus: {session.course.title}",
        ]
        for index, line in enumerate(lines):
            canvas.drawString(
                margin, y - (18 + 5 * index) * mm, _fit(line, regular, 9, width - 2 * margin)
            )
        canvas.setFont(regular, 8)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(width - margin, margin - 6 * mm, f"Halaman {page}")
        y -= 36 * mm
        canvas.setFillColor(INK)
        canvas.setFont(bold, 9)
        x = margin
        for heading, column_width in columns:
            canvas.drawString(x + 1.5 * mm, y - 6 * mm, heading)
            x += column_width
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.8)
        canvas.line(margin, y, width - margin, y)
        canvas.line(margin, y - row_height, width - margin, y - row_height)
        return y - row_height

    y = header()
    canvas.setLineWidth(0.4)
    for number, name, area, present in entries:
        if y - row_height < margin + 22 * mm:
            canvas.showPage()
            y = header()
            canvas.setLineWidth(0.4)
        canvas.setFillColor(INK)
        canvas.setFont(regular, 9)
        x = margin
        texts = [str(number), name, area, present]
        for (_, column_width), text in zip(columns, texts, strict=False):
            canvas.drawString(
                x + 1.5 * mm, y - 6 * mm, _fit(text, regular, 9, column_width - 3 * mm)
            )
            x += column_width
        # The usual Indonesian signature column: odd numbers sign on the left, even on the
        # right, so neighbours' signatures do not overlap.
        signature_x = x - columns[-1][1]
        offset = 1.5 * mm if number % 2 else columns[-1][1] / 2
        canvas.setFillColor(MUTED)
        canvas.setFont(regular, 7)
        canvas.drawString(signature_x + offset, y - 6 * mm, f"{number}.")
        canvas.setStrokeColor(LINE)
        canvas.line(margin, y - row_height, width - margin, y - row_height)
        y -= row_height

    canvas.setFillColor(INK)
    canvas.setFont(regular, 9)
    canvas.drawString(margin, y - 8 * mm, f"Jumlah peserta terdaftar: {len(rows)}")
    names = ", ".join(facilitators)
    canvas.drawString(
        width - margin - 70 * mm, y - 8 * mm, _fit("Fasilitator,", regular, 9, 70 * mm)
    )
    canvas.setStrokeColor(INK)
    canvas.line(width - margin - 70 * mm, y - 20 * mm, width - margin, y - 20 * mm)
    canvas.drawString(width - margin - 70 * mm, y - 24 * mm, _fit(names, regular, 9, 70 * mm))
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


# Spreadsheets ---------------------------------------------------------------------------------


def _xlsx(title, headings, rows, widths):
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title[:31]
    sheet.append(headings)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(row)
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            # openpyxl takes a string starting with "=" for a formula; a name is text.
            if cell.data_type == "f":
                cell.data_type = "s"
    for letter, column_width in zip(ascii_uppercase, widths, strict=False):
        sheet.column_dimensions[letter].width = column_width
    sheet.freeze_panes = "A2"
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


def attendance_xlsx(session, rows):
    return _xlsx(
        "Daftar hadir",
        ["No", "Nama", "Wilayah (kelurahan)", "Hadir", "Tanda tangan"],
        [list(entry) + [""] for entry in attendance_rows(session, rows)],
        [6, 40, 28, 8, 24],
    )


def _local(moment):
    # Excel has no time zones: the Jakarta wall-clock time, without tzinfo.
    return timezone.localtime(moment, JAKARTA).replace(tzinfo=None)


def roster_xlsx(session, rows):
    return _xlsx(
        "Peserta",
        [
            "Nama",
            "Bergabung (WIB)",
            "Hadir",
            "Nilai pra-tes",
            "Pelajaran selesai",
            "Jumlah pelajaran",
            "Nilai tes akhir terbaik",
            "Status",
            "Cara bergabung",
        ],
        [
            [
                row.name,
                _local(row.joined_at),
                _attended_label(row.attended),
                row.pretest,
                row.lessons_done,
                row.lessons_total,
                row.final_best,
                row.status_label,
                "Ditambahkan fasilitator (tanpa ponsel)" if row.paper else "Kode gabung",
            ]
            for row in rows
        ],
        [36, 18, 8, 12, 16, 16, 20, 16, 34],
    )
