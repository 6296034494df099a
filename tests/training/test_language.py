"""The facilitator's screens show no English string of the installed catalogues (the admin's
own words included), as tests/test_admin_language.py checks for the rest of the admin."""

from django.urls import reverse

from tests.factories import UserFactory
from tests.test_admin_language import catalogue_english, english_msgids, english_on
from training import roster


def test_the_facilitator_and_staff_screens_speak_indonesian(
    client, facilitator, staff, session, course_tree
):
    membership = roster.join(session=session, learner=UserFactory())[0]
    english = english_msgids()
    screens = [
        reverse("training_session:index"),
        *(
            reverse(f"training_session:{name}", args=[session.pk])
            for name in (
                "session",
                "roster",
                "projector",
                "add_participant",
                "print_tests",
                "print_key",
                "print_certificates",
            )
        ),
        reverse("training_session:paper_scores", args=[session.pk, membership.pk]),
    ]
    found = {}
    for user, urls in (
        (facilitator, screens),
        (
            staff,
            [
                *screens,
                reverse("training_session:add"),
                reverse("training_session:edit", args=[session.pk]),
            ],
        ),
    ):
        client.force_login(user)
        for address in urls:
            response = client.get(address)
            assert response.status_code == 200, address
            for text in english_on(response, english):
                found.setdefault(text, []).append(address)
    # Wagtail's own hard-coded strings (e.g. the edit form's hidden counter "None") are listed,
    # with reasons, in tests/test_admin_language.py; everything else must be Indonesian.
    assert catalogue_english(found) == {}
