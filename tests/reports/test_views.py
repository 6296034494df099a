"""The dashboard, its exports and its PDF: who may open them, that they show the same suppressed
numbers, and that no learner's name, username or email is in any of them."""

import csv
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook
from pypdf import PdfReader

from reports.tables import build_report
from tests.factories import UserFactory
from tests.reports.conftest import year_filters
from tests.training.conftest import make_facilitator

pytestmark = pytest.mark.django_db

YEAR = {"periode": "tahun", "tahun": "2026"}
DASHBOARD = "reports_reach"
TABLES = [
    "ringkasan",
    "per-bulan",
    "per-wilayah",
    "usia-jenis-kelamin",
    "peningkatan-per-kursus",
    "per-sesi",
    "soal-masih-salah",
]


def plain(value):
    """A cell as text, numbers compared as numbers (openpyxl reads 100.0 back as 100)."""
    if value is None:
        return ""
    try:
        return f"{float(value):g}"
    except (TypeError, ValueError):
        return str(value)


def urls():
    yield reverse(DASHBOARD)
    yield reverse("reports_reach_pdf")
    for table in TABLES:
        for fmt in ("xlsx", "csv"):
            yield reverse("reports_reach_export", args=[table, fmt])


def test_task_force_sees_the_reports_and_nothing_else(task_force_client, reach):
    response = task_force_client.get(reverse(DASHBOARD), YEAR)
    assert response.status_code == 200
    assert b"Laporan jangkauan" in response.content
    home = task_force_client.get(reverse("wagtailadmin_home"))
    assert home.status_code == 200
    assert reverse(DASHBOARD).encode() in home.content  # the menu item
    explorer = task_force_client.get(reverse("wagtailadmin_explore_root"))
    assert explorer.status_code in (302, 403)
    for name in ("wagtailusers_users:index", "wagtailusers_groups:index", "training_session:index"):
        assert task_force_client.get(reverse(name)).status_code in (302, 403), name
    edit = task_force_client.get(reverse("wagtailadmin_pages:edit", args=[reach["course"].pk]))
    assert edit.status_code in (302, 403)


@pytest.mark.parametrize("who", ["learner", "facilitator"])
def test_learners_and_facilitators_get_nothing(client, reach, who):
    user = UserFactory() if who == "learner" else make_facilitator()
    client.force_login(user)
    for url in urls():
        response = client.get(url, YEAR)
        if who == "facilitator":
            # Wagtail turns the view's PermissionDenied into a redirect to the admin home.
            assert response.status_code in (302, 403), url
            assert b"Peserta terdaftar" not in response.content
        else:
            # No admin access at all: Wagtail sends them to the admin login, with no data.
            assert response.status_code in (302, 403, 404), url
            assert b"Peserta terdaftar" not in response.content
    home = client.get(reverse("wagtailadmin_home"))
    assert reverse(DASHBOARD).encode() not in home.content


def test_anonymous_is_sent_to_login(client, reach):
    response = client.get(reverse(DASHBOARD))
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_dashboard_has_accessible_charts_and_the_numbers(task_force_client, reach):
    content = task_force_client.get(reverse(DASHBOARD), YEAR).content.decode()
    assert content.count("<svg") >= 2
    charts = content.count('<svg class="laporan-diagram"')
    assert charts == 2  # by month, by area
    assert content.count("<title id=") == charts
    assert content.count("<desc id=") == charts
    assert "Kota Administrasi Jakarta Barat" in content
    assert "+58,3" in content
    assert "&lt; 5" in content
    assert "Catatan metode" in content


def test_filter_to_a_kota_shows_its_kecamatan(task_force_client, reach):
    content = task_force_client.get(reverse(DASHBOARD), {**YEAR, "kota": "31.73"}).content.decode()
    assert (
        "Per kecamatan" in content
        and "Cengkareng" in content
        and "Tidak diketahui" not in (content.split("Per kecamatan")[1].split("</table>")[0])
    )


def test_default_period_is_this_year(task_force_client, reach):
    from reports.forms import today

    content = task_force_client.get(reverse(DASHBOARD)).content.decode()
    assert f"Tahun {today().year}" in content


def test_bad_filters_do_not_break_the_page(task_force_client, reach):
    for query in (
        {"periode": "rentang", "dari": "2026-05-01", "sampai": "2026-01-01"},
        {"kota": "31.71", "kecamatan": "31.73.01"},
        {"tahun": "abc", "kursus": "999999", "mitra": "<script>"},
    ):
        assert task_force_client.get(reverse(DASHBOARD), query).status_code == 200


def test_other_periods(task_force_client, reach):
    for query, label in (
        ({"periode": "bulan", "tahun": "2026", "bulan": "11"}, "November 2026"),
        ({"periode": "kuartal", "tahun": "2026", "kuartal": "4"}, "Kuartal IV 2026"),
        (
            {"periode": "rentang", "dari": "2026-06-01", "sampai": "2026-06-30"},
            "1 Juni 2026 – 30 Juni 2026",
        ),
    ):
        response = task_force_client.get(reverse(DASHBOARD), query)
        assert label in response.content.decode()


def test_exports_hold_the_same_numbers_as_the_page(task_force_client, reach):
    report = build_report(filters=year_filters())
    for slug in TABLES:
        table = report.tables[slug]
        expected = [[plain(v) for v in row] for row in table.export_rows()]
        url = reverse("reports_reach_export", args=[slug, "xlsx"])
        response = task_force_client.get(url, YEAR)
        assert response.status_code == 200
        sheet = load_workbook(io.BytesIO(response.content)).worksheets[0]
        rows = [[plain(v) for v in row] for row in sheet.iter_rows(values_only=True)]
        assert rows[0] == table.all_headers
        assert rows[1:] == expected, slug
        url = reverse("reports_reach_export", args=[slug, "csv"])
        text = task_force_client.get(url, YEAR).content.decode("utf-8-sig")
        read = [[plain(v) for v in row] for row in csv.reader(io.StringIO(text))]
        assert read[1:] == expected, slug
    # The page shows the same cells.
    content = task_force_client.get(reverse(DASHBOARD), YEAR).content.decode()
    area = report.tables["per-wilayah"]
    for labels, _cells in area.rows:
        assert labels[0] in content
    assert f'<td class="angka">{area.total[1][0].text}</td>' in content


def test_pdf(task_force_client, reach):
    response = task_force_client.get(reverse("reports_reach_pdf"), {**YEAR, "kota": "31.73"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    assert "Laporan jangkauan Waspada TPPO" in text
    assert "Tahun 2026" in text
    assert "Dicetak:" in text and "Catatan metode" in text
    assert "Cengkareng" in text and "PKK Kedaung" in text


def test_no_personal_data_anywhere(task_force_client, reach):
    secrets = []
    for person in reach["people"]:
        secrets += [person.full_name, person.username, person.email]
    facilitator = reach["facilitator"]
    secrets += [facilitator.full_name, facilitator.username]
    assert all(secrets)
    for query in (YEAR, {**YEAR, "kota": "31.73"}, {**YEAR, "mitra": "PKK Kedaung"}):
        for url in urls():
            response = task_force_client.get(url, query)
            assert response.status_code == 200, url
            if url.endswith(".xlsx"):
                book = load_workbook(io.BytesIO(response.content))
                text = "\n".join(
                    str(value)
                    for sheet in book.worksheets
                    for row in sheet.iter_rows(values_only=True)
                    for value in row
                    if value is not None
                )
            elif "pdf" in url:
                reader = PdfReader(io.BytesIO(response.content))
                text = "\n".join(page.extract_text() for page in reader.pages)
            else:
                text = response.content.decode("utf-8-sig")
            lowered = text.casefold()
            for secret in secrets:
                assert secret.casefold() not in lowered, (url, secret)
