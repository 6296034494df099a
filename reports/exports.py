"""Every report table as XLSX and CSV, with the same suppressed cells as the page (the tables
come from reports/tables.py). CSV cells pass through home.exports.inert_cell."""

import csv
import io

from openpyxl import Workbook

from home.exports import inert_cell

from .suppression import HIDDEN_TEXT, LOW_TEXT

METHOD_LINES = [
    "Peserta: akun yang bukan staf (termasuk akun yang sudah dihapus, sebagai angka saja).",
    "Mulai belajar: peserta yang memulai kursus (terdaftar di kursus) pada periode ini.",
    "Penyelesaian: pasangan peserta x kursus dengan sertifikat sah (tidak dicabut) yang terbit "
    "pada periode ini; sertifikat terbit tepat saat kursus selesai, jadi dipakai sebagai fakta "
    "penyelesaian.",
    "Sertifikat diverifikasi fasilitator: sertifikat yang penyelesaiannya disahkan fasilitator.",
    "Peserta sesi: keikutsertaan dalam sesi yang diadakan pada periode ini (satu per peserta "
    "dan sesi).",
    "Peningkatan pengetahuan: nilai tes akhir terbaik pada periode ini dikurangi nilai pra-tes "
    "pertama, dalam poin (0-100), hanya untuk peserta yang mengerjakan keduanya; rata-rata hanya "
    "ditampilkan untuk sedikitnya 5 pasangan.",
    f"Angka kecil: jumlah 1-4 orang ditampilkan “{LOW_TEXT}”; bila sebuah total diterbitkan, "
    f"satu angka lain di baris atau kolom yang sama ikut disamarkan (“{HIDDEN_TEXT}”) agar angka "
    "yang disamarkan tidak bisa dihitung dari total. Angka 0 ditampilkan sebagai 0.",
    "Laporan ini tidak memuat nama, nama pengguna, email atau isian bebas peserta.",
]


def table_csv(table):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([inert_cell(h) for h in table.all_headers])
    for row in table.export_rows():
        writer.writerow([inert_cell(value) for value in row])
    return buffer.getvalue().encode("utf-8-sig")


def table_xlsx(table, *, described, printed):
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = table.slug[:31]
    sheet.append(table.all_headers)
    for row in table.export_rows():
        sheet.append(row)
    for column in sheet.columns:
        width = max(len(str(cell.value or "")) for cell in column)
        sheet.column_dimensions[column[0].column_letter].width = min(60, max(10, width + 2))
    about = workbook.create_sheet("Keterangan")
    about.append(["Laporan jangkauan Waspada TPPO", table.title])
    for label, value in described:
        about.append([label, value])
    about.append(["Dicetak", printed])
    about.append([])
    for line in METHOD_LINES:
        about.append([line])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
