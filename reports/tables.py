"""The report as tables: every figure from reports/figures.py put through the one suppression
rule (reports/suppression.py). The page, the XLSX/CSV exports and the PDF all render these
objects, so they show the same cells."""

from dataclasses import dataclass, field

from accounts.models import AgeGroup, Gender

from . import figures
from .forms import month_label
from .suppression import Cell, gain_cell, share_cell, suppress

NOT_GIVEN = "Tidak diisi"


@dataclass
class DisplayTable:
    slug: str
    title: str
    label_headers: list  # headings of the text columns (area, month, ...)
    headers: list  # headings of the Cell columns
    rows: list  # [(labels: list[str], cells: list[Cell])]
    total: tuple | None = None  # (label, cells) or None
    note: str = ""
    chart: dict | None = None  # {"series": [column index...], "horizontal": bool}

    @property
    def all_headers(self):
        return self.label_headers + self.headers

    def export_rows(self):
        """Rows of plain values for a spreadsheet (suppressed cells hold their mark)."""
        rows = [labels + [cell.export_value for cell in cells] for labels, cells in self.rows]
        if self.total:
            label, cells = self.total
            pad = [""] * (len(self.label_headers) - 1)
            rows.append([label, *pad] + [cell.export_value if cell else "" for cell in cells])
        return rows


@dataclass
class Report:
    filters: figures.Filters
    headline: list  # [(label, Cell)]
    tables: dict = field(default_factory=dict)  # slug: DisplayTable


def _rows(labels, table):
    return [([*label], cells) for label, cells in zip(labels, table.cells, strict=True)]


def headline_table(head):
    """The headline numbers, suppressed: the counts by the primary rule, the two kinds of
    certificate as a row whose total (completions) is published."""
    counts = suppress([[head.registered, head.started, head.sessions, head.participants]])
    registered, started, sessions, participants = counts.cells[0]
    sessions = Cell(head.sessions)  # sessions are not people
    certs = suppress([[head.certificates_online, head.certificates_attested]], row_totals=True)
    online, attested = certs.cells[0]
    pairs = suppress([[head.gain.pairs]]).cells[0][0]
    return DisplayTable(
        slug="ringkasan",
        title="Angka utama",
        label_headers=["Ukuran"],
        headers=["Jumlah"],
        rows=[
            (["Peserta terdaftar"], [registered]),
            (["Peserta yang mulai belajar"], [started]),
            (["Penyelesaian kursus (sertifikat sah)"], [certs.row_totals[0]]),
            (["Sertifikat daring"], [online]),
            (["Sertifikat diverifikasi fasilitator"], [attested]),
            (["Sesi sosialisasi"], [sessions]),
            (["Peserta sesi"], [participants]),
            (["Pasangan pra-tes dan tes akhir"], [pairs]),
            (
                ["Rata-rata peningkatan pengetahuan (poin)"],
                [gain_cell(head.gain.mean_gain, head.gain.pairs)],
            ),
        ],
    )


def month_table(rows):
    table = suppress(
        [[row.registered, row.completions, row.participants] for row in rows], column_totals=True
    )
    return DisplayTable(
        slug="per-bulan",
        title="Per bulan",
        label_headers=["Bulan"],
        headers=["Peserta baru", "Penyelesaian", "Peserta sesi"],
        rows=_rows([[month_label(row.year, row.month)] for row in rows], table),
        total=("Jumlah", table.column_totals),
        chart={"series": [0, 1, 2], "horizontal": False},
    )


def area_table(rows, *, level):
    table = suppress(
        [
            [row.registered, row.started, row.completions, row.participants, row.sessions]
            for row in rows
        ],
        column_totals=True,
        people=[True, True, True, True, False],
    )
    heading = "Kecamatan" if level == "kecamatan" else "Kota/kabupaten administrasi"
    return DisplayTable(
        slug="per-wilayah",
        title=f"Per {heading.lower()}",
        label_headers=[heading],
        headers=["Peserta terdaftar", "Mulai belajar", "Penyelesaian", "Peserta sesi", "Sesi"],
        rows=_rows([[row.name] for row in rows], table),
        total=("Jumlah", table.column_totals),
        note=(
            "Peserta dihitung di wilayah sesi pertama yang diikutinya, atau di kota pada "
            "profilnya; peserta sesi dan sesi di wilayah tempat sesi diadakan. Kecamatan "
            "“Tidak diketahui”: peserta tanpa sesi (profil hanya menyebut kota)."
        ),
        chart={"series": [0, 2, 3], "horizontal": True},
    )


def age_gender_table(counts):
    ages = [*AgeGroup.values, ""]
    genders = [*Gender.values, ""]
    table = suppress(
        [[counts.get((age, gender), 0) for gender in genders] for age in ages],
        row_totals=True,
        column_totals=True,
    )
    age_labels = dict(AgeGroup.choices)
    gender_labels = dict(Gender.choices)
    return DisplayTable(
        slug="usia-jenis-kelamin",
        title="Peserta terdaftar per kelompok usia dan jenis kelamin",
        label_headers=["Kelompok usia"],
        headers=[str(gender_labels.get(g, NOT_GIVEN)) for g in genders] + ["Jumlah"],
        rows=[
            ([str(age_labels.get(age, NOT_GIVEN))], cells + [total])
            for age, cells, total in zip(ages, table.cells, table.row_totals, strict=True)
        ],
        total=("Jumlah", table.column_totals + [table.grand_total]),
    )


def course_gain_table(rows):
    pairs = suppress([[row.gain.pairs] for row in rows], column_totals=True, people=[True])
    return DisplayTable(
        slug="peningkatan-per-kursus",
        title="Peningkatan pengetahuan per kursus",
        label_headers=["Kursus"],
        headers=["Pasangan", "Rata-rata pra-tes", "Rata-rata tes akhir", "Peningkatan (poin)"],
        rows=[
            (
                [row.title],
                [
                    pair_cell,
                    _score_cell(row.gain.mean_pretest, row.gain.pairs),
                    _score_cell(row.gain.mean_final, row.gain.pairs),
                    gain_cell(row.gain.mean_gain, row.gain.pairs),
                ],
            )
            for row, (pair_cell,) in zip(rows, pairs.cells, strict=True)
        ],
        total=("Jumlah", [pairs.column_totals[0], None, None, None]),
        note="Pasangan: peserta dengan pra-tes pertama dan tes akhir terbaik di kursus itu.",
    )


def _score_cell(value, pairs):
    if value is None or pairs < 5:
        return Cell(None, suppressed=pairs > 0, kind="gain")
    return Cell(value, kind="score")


def session_table(rows):
    counts = suppress([[row.participants] for row in rows], column_totals=True, people=[True])
    pairs = suppress([[row.gain.pairs] for row in rows])
    return DisplayTable(
        slug="per-sesi",
        title="Per sesi sosialisasi",
        label_headers=["Tanggal", "Kelurahan", "Kecamatan", "Penyelenggara", "Kursus"],
        headers=["Peserta", "Pasangan", "Peningkatan (poin)"],
        rows=[
            (
                [
                    row.starts_at.astimezone(figures.JAKARTA).strftime("%d-%m-%Y"),
                    row.kelurahan,
                    row.kecamatan,
                    row.organiser or "–",
                    row.course,
                ],
                [count, pair, gain_cell(row.gain.mean_gain, row.gain.pairs)],
            )
            for row, (count,), (pair,) in zip(rows, counts.cells, pairs.cells, strict=True)
        ],
        total=("Jumlah", [counts.column_totals[0], None, None]),
        note=(
            "Peningkatan per sesi dihitung seperti di layar fasilitator: peserta aktif, nilai "
            "daring atau nilai tes kertas."
        ),
    )


def question_table(rows, *, limit=10):
    answered = suppress([[row.answered] for row in rows])
    wrong = suppress([[row.wrong] for row in rows])
    display = []
    for row, (answered_cell,), (wrong_cell,) in zip(rows, answered.cells, wrong.cells, strict=True):
        share = share_cell(row.wrong, row.answered, numerator_cell=wrong_cell)
        display.append(
            (
                [row.course, str(row.number or "–"), row.text],
                [answered_cell, wrong_cell, share],
            )
        )
    # The questions most learners still get wrong, among those whose share may be shown.
    display = [row for row in display if not row[1][2].suppressed][:limit]
    return DisplayTable(
        slug="soal-masih-salah",
        title="Soal tes akhir yang paling sering masih salah",
        label_headers=["Kursus", "No.", "Soal"],
        headers=["Dijawab", "Masih salah", "Masih salah (%)"],
        rows=display,
        note="Dari tes akhir terbaik tiap peserta pada periode ini.",
    )


def build_report(*, filters):
    """Every table of the dashboard for these filters. A fixed number of queries."""
    head = figures.headline(filters=filters)
    report = Report(filters=filters, headline=[])
    summary = headline_table(head)
    report.headline = summary.rows
    tables = [
        summary,
        month_table(figures.by_month(filters=filters)),
        area_table(figures.by_area(filters=filters), level=figures.area_level(filters=filters)),
        age_gender_table(figures.by_age_gender(filters=filters)),
        course_gain_table(figures.gain_by_course(filters=filters)),
        session_table(figures.gain_by_session(filters=filters)),
        question_table(figures.still_wrong(filters=filters)),
    ]
    report.tables = {table.slug: table for table in tables}
    return report
