"""Certificates moved from the courses app into their own: no row and no code may be lost.

The test goes back to the schema of the release before the move (certificates in `courses`,
the issuer on CoursePage), writes certificates and a course's own issuer there with the models
of that time, and migrates forward again.
"""

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from certificates.models import Certificate, CourseBranding
from tests.factories import UserFactory, build_site

BEFORE_THE_MOVE = [
    ("courses", "0002_coursepage_certificate_issuer_and_more"),
    ("certificates", None),
]


def _migrate(targets):
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    executor.loader.build_graph()
    return executor.loader.project_state(
        [target for target in targets if target[1] is not None]
    ).apps


def _latest():
    executor = MigrationExecutor(connection)
    return executor.loader.graph.leaf_nodes()


@pytest.mark.django_db(transaction=True)
def test_certificates_and_course_issuer_survive_the_move():
    tree = build_site(lessons=1)
    learners = [UserFactory() for _ in range(3)]
    group = Group.objects.create(name="Petugas sertifikat")

    old = _migrate(BEFORE_THE_MOVE)
    OldCertificate = old.get_model("courses", "Certificate")
    OldCoursePage = old.get_model("courses", "CoursePage")
    OldPermission = old.get_model("auth", "Permission")
    codes = {}
    for number, learner in enumerate(learners):
        certificate = OldCertificate.objects.create(
            user_id=learner.pk,
            course_id=tree["course"].pk,
            code=f"ABCDEFGH2345678{number + 2}",
            holder_name=f"Peserta {number}",
            course_title="Kursus uji",
        )
        codes[certificate.pk] = certificate.code
    OldCertificate.objects.filter(user_id=learners[0].pk).update(
        revoked_at="2026-01-02T03:04:05Z", revoked_reason="Salah nama"
    )
    OldCoursePage.objects.filter(pk=tree["course"].pk).update(
        certificate_issuer="Mitra Kelurahan", certificate_signatory_name="Ibu Lurah"
    )
    # Permissions granted before the move must still be granted after it.
    Group.objects.get(pk=group.pk).permissions.add(
        *OldPermission.objects.filter(
            content_type__app_label="courses", codename="change_certificate"
        ).values_list("pk", flat=True)
    )

    _migrate(_latest())

    assert dict(Certificate.objects.values_list("pk", "code")) == codes
    revoked = Certificate.objects.get(user=learners[0])
    assert (revoked.revoked_reason, revoked.is_valid) == ("Salah nama", False)
    assert Certificate.objects.filter(revoked_at__isnull=True).count() == 2
    branding = CourseBranding.objects.get(course=tree["course"])
    assert (branding.issuer, branding.signatory_name) == ("Mitra Kelurahan", "Ibu Lurah")
    assert group.permissions.filter(
        content_type__app_label="certificates", codename="change_certificate"
    ).exists()
    assert not Permission.objects.filter(
        content_type__app_label="courses", codename__endswith="_certificate"
    ).exists()
