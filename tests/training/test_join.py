"""The participant's side (training/views.py): typing the code, joining once, leaving."""

import json

import pytest
from django.test import Client
from django.urls import reverse

from tests.concurrency import run_at_once
from tests.factories import UserFactory, build_site
from tests.training.conftest import make_session
from training import roster
from training.models import Membership, SessionStatus
from training.views import WRONG_CODES_PER_ADDRESS


def join_url(session):
    return reverse("training:join", args=[session.join_code])


@pytest.fixture
def open_session(course_tree, facilitator):
    session = make_session(course_tree["course"], facilitators=[facilitator])
    # A code that reads like "ABC 234" so the typed forms below can be checked.
    session.join_code = "ABC234"
    session.save()
    return session


@pytest.mark.parametrize("typed", ["abc 234", "ABC-234", " abc234 ", "a b c 2 3 4"])
def test_a_typed_code_is_normalised(client, open_session, typed):
    response = client.get(reverse("training:enter_code"), {"kode": typed})
    assert response.status_code == 302
    assert response["Location"] == "/gabung/ABC234/"
    assert client.get(response["Location"]).status_code == 200


def test_the_code_in_the_address_is_normalised_too(client, open_session):
    page = client.get("/gabung/abc-234/")
    assert page.status_code == 200
    assert open_session.title in page.content.decode()


@pytest.mark.parametrize(
    ("status", "code", "message"),
    [
        (SessionStatus.CLOSED, 409, "Sesi ini sudah ditutup."),
        (SessionStatus.SCHEDULED, 409, "Sesi ini belum dibuka."),
    ],
)
def test_closed_and_scheduled_sessions_say_so(client, open_session, status, code, message):
    open_session.status = status
    open_session.save()
    response = client.get(join_url(open_session))
    assert response.status_code == code
    assert message in response.content.decode()


def test_an_unknown_code_says_so(client, db):
    response = client.get("/gabung/ZZZ999/")
    assert response.status_code == 404
    assert "Kode itu tidak kami kenal" in response.content.decode()
    typed = client.get(reverse("training:enter_code"), {"kode": "ab"})
    assert typed.status_code == 400
    assert "Kode itu tidak kami kenal" in typed.content.decode()


def test_joining_needs_an_account_and_consent(client, open_session, learner):
    anonymous = client.post(join_url(open_session), {"setuju": "1"})
    assert anonymous.status_code == 302 and "/akun/masuk/" in anonymous["Location"]
    client.force_login(learner)
    refused = client.post(join_url(open_session))
    assert refused.status_code == 400
    assert not Membership.objects.exists()


def test_joining_twice_is_one_membership(client, open_session, learner, course_tree):
    client.force_login(learner)
    first = client.post(join_url(open_session), {"setuju": "1"})
    second = client.post(join_url(open_session), {"setuju": "1"})
    # Straight to the course's first item, the pre-test being the course's quiz here.
    assert first.status_code == second.status_code == 302
    assert first["Location"] == course_tree["lessons"][0].url
    membership = Membership.objects.get()
    assert membership.learner == learner and membership.consent_at is not None
    assert "Anda sudah tergabung" in client.get(join_url(open_session)).content.decode()


@pytest.mark.django_db(transaction=True)
def test_twenty_joins_of_one_learner_at_once_are_one_membership():
    tree = build_site(lessons=1)
    session = make_session(tree["course"])
    learner = UserFactory()
    results, errors = run_at_once(lambda: roster.join(session=session, learner=learner), times=20)
    assert errors == []
    assert len(results) == 20
    assert Membership.objects.filter(session=session, learner=learner).count() == 1
    assert [created for _, created in results].count(True) == 1


def test_wrong_codes_from_one_address_are_limited(client, db):
    for _ in range(WRONG_CODES_PER_ADDRESS):
        assert client.get("/gabung/ZZZ999/").status_code == 404
    limited = client.get("/gabung/ZZZ999/")
    assert limited.status_code == 429
    assert "Terlalu banyak kode yang salah" in limited.content.decode()
    assert client.get(reverse("training:enter_code"), {"kode": "x"}).status_code == 429
    # Another address (another hall) is not affected.
    other = Client(REMOTE_ADDR="10.0.0.9")
    assert other.get("/gabung/ZZZ999/").status_code == 404


def test_two_hundred_participants_behind_one_wifi_all_join(open_session):
    # One kelurahan hall: every phone shares the hall's public address.
    for index in range(200):
        client = Client(REMOTE_ADDR="203.0.113.7")
        client.force_login(UserFactory(username=f"aula{index}"))
        response = client.post(join_url(open_session), {"setuju": "1"})
        assert response.status_code == 302, index
    assert Membership.objects.filter(session=open_session).count() == 200


def test_a_learner_leaves_from_my_courses(client, open_session, learner, facilitator):
    membership = roster.join(session=open_session, learner=learner)[0]
    client.force_login(learner)
    page = client.get(reverse("courses:my_courses")).content.decode()
    assert open_session.title in page and "Keluar dari sesi ini" in page
    response = client.post(reverse("training:leave", args=[membership.pk]))
    assert response["Location"] == reverse("courses:my_courses")
    membership.refresh_from_db()
    assert membership.left_at is not None
    assert roster.roster(open_session) == []
    assert "Keluar dari sesi ini" not in client.get(reverse("courses:my_courses")).content.decode()
    # Another learner's membership id looks like one that does not exist.
    other = roster.join(session=open_session, learner=UserFactory())[0]
    assert client.post(reverse("training:leave", args=[other.pk])).status_code == 404


def test_the_data_export_includes_memberships(client, open_session, learner, facilitator):
    membership = roster.join(session=open_session, learner=learner)[0]
    roster.set_attendance(membership=membership, attended=True, by=facilitator)
    client.force_login(learner)
    data = json.loads(client.get(reverse("accounts:export_data")).content)
    (row,) = data["sesi_tatap_muka"]
    assert row["sesi"] == open_session.title
    assert row["tempat"] == open_session.venue
    assert row["hadir"] is True
    assert row["setuju_berbagi_kemajuan_pada"]
