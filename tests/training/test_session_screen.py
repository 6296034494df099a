"""The session screen: counts, roster, attendance, status, and the fragment the script polls."""

from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import ModelLogEntry

from tests.concurrency import run_at_once
from tests.factories import UserFactory
from tests.training.conftest import answer, finish_lessons, make_session
from training import roster
from training.models import Membership, SessionStatus


def screen(session):
    return reverse("training_session:session", args=[session.pk])


def fragment(session):
    return reverse("training_session:roster", args=[session.pk])


@pytest.fixture
def hall(course_tree, session, facilitator):
    """Five participants in a known state (and one who left), hand-computed below."""
    pretest, final, lessons = course_tree["pretest"], course_tree["final"], course_tree["lessons"]
    people = {}
    for name in ("Ani Lestari", "Budi Santoso", "Citra Dewi", "Dedi Kurnia", "Fajar Nugroho"):
        people[name] = UserFactory(full_name=name)
        roster.join(session=session, learner=people[name])
    # Ani: pre-test 1 of 4 right (25), every lesson, final 4 of 4 (100): certificate.
    answer(user=people["Ani Lestari"], quiz=pretest, right={1})
    finish_lessons(people["Ani Lestari"], lessons)
    answer(user=people["Ani Lestari"], quiz=final, right={1, 2, 3, 4})
    # Budi: pre-test 50, every lesson, final 50 (below the pass mark of 70): still learning.
    answer(user=people["Budi Santoso"], quiz=pretest, right={1, 2})
    finish_lessons(people["Budi Santoso"], lessons)
    answer(user=people["Budi Santoso"], quiz=final, right={1, 2})
    # Citra: pre-test 0, one lesson.
    answer(user=people["Citra Dewi"], quiz=pretest, right=set())
    finish_lessons(people["Citra Dewi"], lessons[:1])
    # Dedi: joined, nothing else. Fajar: left the session, so not on the roster.
    roster.leave(membership=Membership.objects.get(learner=people["Fajar Nugroho"]))
    # Eka: no phone; paper pre-test 40, paper final 80: an attested certificate.
    eka = roster.add_participant_without_phone(
        session=session, full_name="Eka Putri", by=facilitator
    )
    roster.enter_paper_scores(
        membership=eka, pretest=Decimal("40"), final=Decimal("80"), by=facilitator
    )
    return people


def test_the_counts_and_the_roster_match_the_hand_computed_hall(client, facilitator, session, hall):
    client.force_login(facilitator)
    response = client.get(screen(session))
    assert response.status_code == 200
    counts = response.context["counts"]
    assert (
        counts.joined,
        counts.pretest_taken,
        counts.lessons_finished,
        counts.final_passed,
        counts.certificates,
    ) == (5, 4, 2, 2, 2)
    rows = {row.name: row for row in response.context["rows"]}
    assert list(rows) == ["Ani Lestari", "Budi Santoso", "Citra Dewi", "Dedi Kurnia", "Eka Putri"]
    expected = {
        # name: (pre-test, lessons done, final best, status)
        "Ani Lestari": (25.0, 3, 100.0, "Bersertifikat"),
        "Budi Santoso": (50.0, 3, 50.0, "Sedang belajar"),
        "Citra Dewi": (0.0, 1, None, "Sedang belajar"),
        "Dedi Kurnia": (None, 0, None, "Belum mulai"),
        "Eka Putri": (40.0, 0, 80.0, "Bersertifikat"),
    }
    for name, (pre, done, final, label) in expected.items():
        row = rows[name]
        assert (row.pretest, row.lessons_done, row.final_best, row.status_label) == (
            pre,
            done,
            final,
            label,
        ), name
    page = response.content.decode()
    assert "Fajar Nugroho" not in page
    assert "1 dari 3" in page and "Bersertifikat" in page and "(tanpa ponsel)" in page
    # Three paired tests (Ani, Budi, Eka) are fewer than five: no figures, a reason.
    assert (
        "terlalu sedikit data (kurang dari 5 peserta yang mengerjakan pra-tes dan tes akhir)"
        in page
    )
    assert response["Cache-Control"].startswith("max-age=0")


def test_sorting_by_status_and_searching(client, facilitator, session, hall):
    client.force_login(facilitator)
    by_status = client.get(screen(session), {"urut": "status"}).context["rows"]
    assert [row.status for row in by_status] == [
        "belum_mulai",
        "sedang_belajar",
        "sedang_belajar",
        "bersertifikat",
        "bersertifikat",
    ]
    found = client.get(screen(session), {"cari": "budi"})
    assert [row.name for row in found.context["rows"]] == ["Budi Santoso"]
    # The counts at the top stay those of the whole session.
    assert found.context["counts"].joined == 5
    assert "1 dari 5 peserta cocok" in found.content.decode()
    # An unknown order falls back to names; the fragment keeps the search and the order.
    assert client.get(screen(session), {"urut": "x"}).context["order"] == "nama"
    expected = f'data-roster-src="/admin/sesi/{session.pk}/peserta/?cari=budi&amp;urut=status"'
    assert expected in (
        client.get(screen(session), {"cari": "budi", "urut": "status"}).content.decode()
    )


def test_the_fragment_is_the_roster_only(client, facilitator, session, hall):
    client.force_login(facilitator)
    response = client.get(fragment(session), HTTP_X_REQUESTED_WITH="XMLHttpRequest")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in html and "<tbody>" in html
    assert "Ani Lestari" in html and "5</strong> bergabung" in html


def populate(session, course_tree, facilitator, count):
    """`count` participants who all took both tests (so the gain is shown for 5 as for 200):
    a fifth certified online, a fifth on paper, the others at various points."""
    pretest, final, lessons = course_tree["pretest"], course_tree["final"], course_tree["lessons"]
    for index in range(count):
        if index % 5 == 1:
            member = roster.add_participant_without_phone(
                session=session, full_name=f"Peserta kertas {index}", by=facilitator
            )
            roster.enter_paper_scores(
                membership=member, pretest=Decimal("30"), final=Decimal("60"), by=facilitator
            )
            continue
        learner = UserFactory()
        roster.join(session=session, learner=learner)
        answer(user=learner, quiz=pretest, right={1} if index % 2 else {1, 2})
        if index % 5 == 0:
            finish_lessons(learner, lessons)
        elif index % 5 == 2:
            finish_lessons(learner, lessons[:1])
        answer(user=learner, quiz=final, right={1, 2, 3, 4} if index % 5 != 3 else {1})


def _queries(client, address):
    client.get(address)  # warm: the course outline is cached after the first request
    with CaptureQueriesContext(connection) as captured:
        assert client.get(address).status_code == 200
    return len(captured.captured_queries)


def test_the_screen_and_the_fragment_take_the_same_queries_for_5_and_200(
    client, course_tree, facilitator, django_assert_num_queries
):
    small = make_session(course_tree["course"], facilitators=[facilitator], title="Kecil")
    large = make_session(course_tree["course"], facilitators=[facilitator], title="Besar")
    populate(small, course_tree, facilitator, 5)
    populate(large, course_tree, facilitator, 200)
    client.force_login(facilitator)
    for view in (screen, fragment):
        expected = _queries(client, view(small))
        client.get(view(large))
        with django_assert_num_queries(expected):
            response = client.get(view(large))
        assert len(response.context["rows"]) == 200
    # With at least five pairs the gain is shown, per question too, at no extra cost per row.
    page = client.get(screen(large)).content.decode()
    assert "Soal dengan kenaikan terbesar" in page


def _attend(client, session, membership, value="1"):
    return client.post(
        reverse("training_session:attendance", args=[session.pk, membership.pk]),
        {"hadir": value, "kembali": screen(session) + "?urut=status"},
    )


def test_attendance_pressed_twice_quickly_is_one_change(client, facilitator, session):
    membership = roster.join(session=session, learner=UserFactory())[0]
    client.force_login(facilitator)
    first = _attend(client, session, membership)
    second = _attend(client, session, membership)
    # Back to the screen as it was, at the participant's row.
    assert first["Location"] == f"{screen(session)}?urut=status#peserta-{membership.pk}"
    assert second.status_code == 302
    membership.refresh_from_db()
    assert membership.attended is True
    logs = ModelLogEntry.objects.filter(action="training.attendance")
    assert logs.count() == 1
    assert logs.get().user == facilitator
    # The script's request gets JSON; unticking is a change of its own.
    response = client.post(
        reverse("training_session:attendance", args=[session.pk, membership.pk]),
        {"hadir": "0"},
        HTTP_X_REQUESTED_WITH="XMLHttpRequest",
    )
    assert response.json() == {"hadir": False, "berubah": True}
    assert logs.count() == 2


def test_a_foreign_return_address_is_ignored(client, facilitator, session):
    membership = roster.join(session=session, learner=UserFactory())[0]
    client.force_login(facilitator)
    response = client.post(
        reverse("training_session:attendance", args=[session.pk, membership.pk]),
        {"hadir": "1", "kembali": "https://contoh.invalid/"},
    )
    assert response["Location"] == f"{screen(session)}#peserta-{membership.pk}"
    bad = client.post(
        reverse("training_session:attendance", args=[session.pk, membership.pk]),
        {"hadir": "ya"},
    )
    assert bad.status_code == 400


@pytest.mark.django_db(transaction=True)
def test_attendance_sent_at_the_same_instant_is_one_change():
    from tests.factories import build_site
    from tests.training.conftest import make_facilitator

    tree = build_site(lessons=1)
    facilitator = make_facilitator()
    session = make_session(tree["course"], facilitators=[facilitator])
    membership = roster.join(session=session, learner=UserFactory())[0]
    results, errors = run_at_once(
        lambda: roster.set_attendance(membership=membership, attended=True, by=facilitator),
        times=5,
    )
    assert errors == []
    assert results.count(True) == 1
    assert ModelLogEntry.objects.filter(action="training.attendance").count() == 1


def test_the_facilitator_opens_and_closes_their_session(client, facilitator, course_tree):
    session = make_session(
        course_tree["course"], facilitators=[facilitator], status=SessionStatus.SCHEDULED
    )
    client.force_login(facilitator)
    address = reverse("training_session:status", args=[session.pk])
    client.post(address, {"status": SessionStatus.OPEN})
    session.refresh_from_db()
    assert session.status == SessionStatus.OPEN
    client.post(address, {"status": SessionStatus.CLOSED})
    session.refresh_from_db()
    assert session.status == SessionStatus.CLOSED
    assert ModelLogEntry.objects.filter(action="training.status").count() == 2
    assert client.post(address, {"status": "hapus"}).status_code == 400


def test_a_reopened_session_whose_code_was_taken_gets_a_new_one(course_tree, facilitator):
    first = make_session(course_tree["course"], facilitators=[facilitator])
    roster.set_status(session=first, status=SessionStatus.CLOSED, by=facilitator)
    second = make_session(course_tree["course"], facilitators=[facilitator])
    second.join_code = first.join_code
    second.save()
    old = first.join_code
    assert roster.set_status(session=first, status=SessionStatus.OPEN, by=facilitator)
    first.refresh_from_db()
    assert first.status == SessionStatus.OPEN and first.join_code != old


def test_staff_create_a_session_with_a_join_code_in_jakarta_time(
    client, staff, facilitator, course_tree
):
    from training.models import Region, TrainingSession

    client.force_login(staff)
    kelurahan = Region.objects.get(code="31.73.01.1004")
    data = {
        "title": "Sosialisasi RW 05",
        "course": course_tree["course"].pk,
        "starts_at": "2026-12-10T09:00",
        "ends_at": "2026-12-10T08:00",
        "venue": "Aula RW 05",
        "kelurahan": kelurahan.pk,
        "facilitators": [facilitator.pk],
        "status": SessionStatus.SCHEDULED,
    }
    refused = client.post(reverse("training_session:add"), data)
    assert refused.status_code == 200
    assert "Waktu selesai harus sesudah waktu mulai." in refused.content.decode()
    data["ends_at"] = "2026-12-10T12:00"
    response = client.post(reverse("training_session:add"), data)
    created = TrainingSession.objects.get(title="Sosialisasi RW 05")
    assert response["Location"] == screen(created)
    assert roster.looks_like_code(created.join_code)
    assert created.starts_at.isoformat() == "2026-12-10T02:00:00+00:00"  # 09.00 WIB
    assert list(created.facilitators.all()) == [facilitator]
    # The kelurahan list is grouped by kota and kecamatan, and holds kelurahan only.
    form = client.get(reverse("training_session:add")).content.decode()
    assert '<optgroup label="Kota Administrasi Jakarta Barat — Kecamatan Cengkareng">' in form
    assert ">Cengkareng</option>" not in form
    # The facilitator now sees it among theirs.
    client.force_login(facilitator)
    assert "Sosialisasi RW 05" in client.get(reverse("training_session:index")).content.decode()
