"""Names learners type must reach a facilitator's spreadsheet as text, never as a formula."""

import csv
import io

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from openpyxl import load_workbook

from home.exports import inert_cell
from tests.factories import CertificateFactory, UserFactory

HOSTILE = ["=1+1", "+62 812", "@SUM(A1)", "-x", '=HYPERLINK("http://x","klik")', "\tTab", "\rCR"]


def test_inert_cell_rule():
    assert [inert_cell(v) for v in HOSTILE] == ["'" + v for v in HOSTILE]
    assert inert_cell("Siti Nurhaliza") == "Siti Nurhaliza"
    assert inert_cell(12) == 12


@pytest.fixture
def staff_client(client, db):
    staff = UserFactory(is_staff=True)
    group = Group.objects.get(name="Editors")
    group.permissions.add(Permission.objects.get(codename="view_certificate"))
    staff.groups.add(group)
    client.force_login(staff)
    return client


@pytest.mark.django_db
def test_certificate_csv_and_xlsx_keep_hostile_names_as_text(site_tree, staff_client):
    for name in HOSTILE:
        CertificateFactory(user=UserFactory(full_name=name), course=site_tree["course"])
    url = reverse("certificate_admin:index")
    response = staff_client.get(url, {"export": "csv"})
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    names = {row["Nama"] for row in csv.DictReader(io.StringIO(text, newline=""))}
    assert names == {"'" + name for name in HOSTILE}
    response = staff_client.get(url, {"export": "xlsx"})
    content = b"".join(response.streaming_content) if response.streaming else response.content
    sheet = load_workbook(io.BytesIO(content)).active
    cells = [row[1] for row in sheet.iter_rows(min_row=2, values_only=True)]
    # XML normalises a lone carriage return to a line feed; the text is otherwise unchanged.
    assert sorted(cells) == sorted(name.replace("\r", "\n") for name in HOSTILE)
    assert all(cell.data_type == "s" for row in sheet.iter_rows(min_row=2) for cell in row[1:2])
