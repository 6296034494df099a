import io

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from pypdf import PdfReader

from certificates.models import Certificate
from tests.factories import CertificateFactory, UserFactory


def issue(course, name):
    return CertificateFactory(user=UserFactory(full_name=name), course=course)


@pytest.fixture
def staff_client(client, db):
    staff = UserFactory(is_staff=True)
    group = Group.objects.get(name="Editors")
    group.permissions.add(
        Permission.objects.get(codename="change_certificate"),
        Permission.objects.get(codename="view_certificate"),
    )
    staff.groups.add(group)
    client.force_login(staff)
    client.staff = staff
    return client


@pytest.mark.django_db
class TestCertificateAdmin:
    def test_list_search_and_filter(self, site_tree, staff_client):
        issue(site_tree["course"], "Budi Santoso")
        issue(site_tree["course"], "Ani Wijaya")
        html = staff_client.get(reverse("certificate_admin:index")).content.decode()
        assert "Budi Santoso" in html and "Ani Wijaya" in html
        found = staff_client.get(reverse("certificate_admin:index"), {"q": "Budi"}).content.decode()
        assert "Budi Santoso" in found and "Ani Wijaya" not in found
        revoked = staff_client.get(reverse("certificate_admin:index"), {"status": "dicabut"})
        assert "Budi Santoso" not in revoked.content.decode()

    def test_no_one_can_add_or_edit_certificates_by_hand(self, site_tree, staff_client):
        certificate = issue(site_tree["course"], "Budi Santoso")
        assert staff_client.get(reverse("certificate_admin:add")).status_code in (302, 403)
        edit = staff_client.get(reverse("certificate_admin:edit", args=[certificate.pk]))
        assert edit.status_code in (302, 403)

    def test_revoke_records_who_when_and_why(self, site_tree, staff_client):
        certificate = issue(site_tree["course"], "Budi Santoso")
        url = reverse("certificate_admin:revoke", args=[certificate.pk])
        assert staff_client.post(url, {"reason": ""}).status_code == 200  # a reason is required
        staff_client.post(url, {"reason": "Peserta tidak hadir"})
        certificate.refresh_from_db()
        assert certificate.revoked_reason == "Peserta tidak hadir"
        assert certificate.revoked_by == staff_client.staff and certificate.revoked_at

    def test_reissue_with_corrected_name(self, site_tree, staff_client):
        certificate = issue(site_tree["course"], "Budi Santos")
        staff_client.post(
            reverse("certificate_admin:reissue", args=[certificate.pk]),
            {"holder_name": "Budi Santoso"},
        )
        new = Certificate.objects.get(replaces=certificate)
        assert new.holder_name == "Budi Santoso" and new.is_valid

    def test_batch_print_is_one_pdf_sorted_by_name(self, site_tree, staff_client):
        names = ["Citra Lestari", "ani Wijaya", "Budi Santoso"]
        ids = [issue(site_tree["course"], name).pk for name in names]
        page = staff_client.get(reverse("certificate_admin:batch_print"))
        assert "Citra Lestari" in page.content.decode()
        response = staff_client.post(
            reverse("certificate_admin:batch_print"), {"pilih": [str(pk) for pk in ids]}
        )
        assert response["Content-Type"] == "application/pdf"
        reader = PdfReader(io.BytesIO(response.content))
        assert len(reader.pages) == 3
        printed = [next(n for n in names if n in page.extract_text()) for page in reader.pages]
        assert printed == ["ani Wijaya", "Budi Santoso", "Citra Lestari"]

    def test_learners_cannot_reach_certificate_admin(self, site_tree, learner_client):
        certificate = issue(site_tree["course"], "Budi Santoso")
        for url in (
            reverse("certificate_admin:index"),
            reverse("certificate_admin:batch_print"),
            reverse("certificate_admin:revoke", args=[certificate.pk]),
        ):
            assert learner_client.get(url).status_code in (302, 403), url
