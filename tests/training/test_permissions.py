"""Who may open which facilitator screen. A facilitator sees their own sessions; another
facilitator's session answers 404 on every URL (it looks exactly like one that does not exist,
so ids cannot be probed); task-force staff see all; learners and guests never get in."""

import pytest
from django.test import Client
from django.urls import reverse

from tests.factories import UserFactory
from training import roster
from training.models import Membership, SessionStatus

# (url name, method, needs a membership id)
SESSION_URLS = [
    ("session", "get", False),
    ("roster", "get", False),
    ("projector", "get", False),
    ("count", "get", False),
    ("add_participant", "get", False),
    ("add_participant", "post", False),
    ("paper_scores", "get", True),
    ("paper_scores", "post", True),
    ("attendance", "post", True),
    ("status", "post", False),
    ("print_tests", "get", False),
    ("print_key", "get", False),
    ("print_certificates", "get", False),
    ("attendance_pdf", "get", False),
    ("attendance_xlsx", "get", False),
    ("roster_xlsx", "get", False),
]
# The ModelViewSet's own views that take a session id.
VIEWSET_URLS = ["edit", "delete", "history", "history_results", "usage"]
POST_DATA = {
    "add_participant": {"full_name": "Bu Sarinah"},
    "paper_scores": {"pretest": "40", "final": "50"},
    "attendance": {"hadir": "1"},
    "status": {"status": SessionStatus.CLOSED},
}


def _urls(session, membership):
    for name, method, with_member in SESSION_URLS:
        args = [session.pk, membership.pk] if with_member else [session.pk]
        yield name, method, reverse(f"training_session:{name}", args=args)


def _request(client, method, name, address):
    if method == "post":
        return client.post(address, POST_DATA.get(name, {}))
    return client.get(address)


@pytest.fixture
def membership(session):
    learner = UserFactory(full_name="Peserta Satu")
    return roster.join(session=session, learner=learner)[0]


def _client(user):
    client = Client()
    client.force_login(user)
    return client


def test_the_facilitator_opens_every_screen_of_their_own_session(facilitator, session, membership):
    client = _client(facilitator)
    for name, method, address in _urls(session, membership):
        response = _request(client, method, name, address)
        # Writes answer with a redirect back to the session (Post/Redirect/Get).
        expected = 302 if method == "post" else 200
        assert response.status_code == expected, (name, method, response.status_code)


def test_another_facilitators_session_is_not_found_on_every_url(
    other_facilitator, session, membership
):
    client = _client(other_facilitator)
    for name, method, address in _urls(session, membership):
        assert _request(client, method, name, address).status_code == 404, (name, method)
    for name in VIEWSET_URLS:
        address = reverse(f"training_session:{name}", args=[session.pk])
        assert client.get(address).status_code == 404, name
        assert client.post(address).status_code == 404, name
    membership.refresh_from_db()
    assert membership.attended is None  # nothing written through the refused POSTs
    assert Membership.objects.filter(session=session).count() == 1
    session.refresh_from_db()
    assert session.status == SessionStatus.OPEN


def test_a_membership_of_another_session_is_not_found(facilitator, session, other_session):
    other = roster.join(session=other_session, learner=UserFactory())[0]
    client = _client(facilitator)
    for name in ("paper_scores", "attendance"):
        address = reverse(f"training_session:{name}", args=[session.pk, other.pk])
        assert client.post(address, POST_DATA[name]).status_code == 404


def test_staff_open_every_screen_of_every_session(staff, session, membership, other_session):
    client = _client(staff)
    for name, method, address in _urls(session, membership):
        response = _request(client, method, name, address)
        assert response.status_code == (302 if method == "post" else 200), name
    assert client.get(reverse("training_session:edit", args=[session.pk])).status_code == 200
    assert client.get(reverse("training_session:history", args=[session.pk])).status_code == 200
    assert client.get(reverse("training_session:add")).status_code == 200
    listing = client.get(reverse("training_session:index")).content.decode()
    assert session.title in listing and other_session.title in listing
    assert "Tambah sesi" in listing


@pytest.mark.parametrize("who", ["learner", "anonymous"])
def test_learners_and_guests_are_sent_to_the_login(who, session, membership):
    client = Client()
    if who == "learner":
        client.force_login(UserFactory())
    for name, method, address in _urls(session, membership):
        response = _request(client, method, name, address)
        assert response.status_code == 302, name
        assert response["Location"].startswith(reverse("wagtailadmin_login")), name
    membership.refresh_from_db()
    assert membership.attended is None


def test_a_facilitator_cannot_create_or_edit_sessions(facilitator, session):
    client = _client(facilitator)
    for address in (
        reverse("training_session:add"),
        reverse("training_session:edit", args=[session.pk]),
    ):
        response = client.get(address)
        # Wagtail's refusal: back to the dashboard with a message.
        assert response.status_code == 302
        assert response["Location"] == reverse("wagtailadmin_home")
    page = client.get(reverse("training_session:session", args=[session.pk])).content.decode()
    assert reverse("training_session:edit", args=[session.pk]) not in page
    assert "Ubah sesi" not in page


def test_the_list_shows_a_facilitator_their_own_sessions_only(facilitator, session, other_session):
    client = _client(facilitator)
    for address in (reverse("training_session:index"), reverse("training_session:index_results")):
        page = client.get(address).content.decode()
        assert session.title in page
        assert other_session.title not in page
    assert "Tambah sesi" not in client.get(reverse("training_session:index")).content.decode()


def test_nobody_deletes_a_session(staff, session):
    client = _client(staff)
    response = client.post(reverse("training_session:delete", args=[session.pk]))
    assert response.status_code == 302
    session.refresh_from_db()  # still there


def test_the_facilitators_menu_has_sessions_and_no_pages(facilitator, session):
    dashboard = _client(facilitator).get(reverse("wagtailadmin_home")).content.decode()
    assert "Sesi saya" in dashboard
    assert '"Halaman"' not in dashboard


def test_the_menu_check_can_see_pages_for_a_superuser(db):
    # The check above is meaningful: the same dashboard of a superuser lists "Halaman".
    admin = UserFactory(is_staff=True, is_superuser=True)
    dashboard = _client(admin).get(reverse("wagtailadmin_home")).content.decode()
    assert '"Halaman"' in dashboard and "Sesi saya" in dashboard


def test_a_learner_does_not_see_sessions_in_the_menu(db):
    # An editor without training permissions: no "Sesi saya".
    from django.contrib.auth.models import Group

    editor = UserFactory(is_staff=True)
    editor.groups.add(Group.objects.get(name="Editors"))
    dashboard = _client(editor).get(reverse("wagtailadmin_home")).content.decode()
    assert "Sesi saya" not in dashboard
