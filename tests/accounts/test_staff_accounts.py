"""Staff accounts in the admin use the site's single full name (issue 18, point 6)."""

import re

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from accounts.models import User
from tests.factories import UserFactory


@pytest.fixture
def admin_client(client, db):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    return client


@pytest.mark.django_db
def test_a_staff_member_with_one_name_can_be_created(site_tree, admin_client):
    form = admin_client.get(reverse("wagtailusers_users:add")).content.decode()
    assert 'name="full_name"' in form
    assert 'name="first_name"' not in form and 'name="last_name"' not in form
    assert "Kata sandi" in form and "Kata Kunci" not in form
    response = admin_client.post(
        reverse("wagtailusers_users:add"),
        {
            "username": "agus",
            "full_name": "Agus",
            "email": "",
            "password1": "Sandi-rahasia-2026",
            "password2": "Sandi-rahasia-2026",
            "groups": [Group.objects.get(name="Editors").pk],
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    agus = User.objects.get(username="agus")
    assert agus.full_name == "Agus" and agus.email == ""
    listing = admin_client.get(reverse("wagtailusers_users:index")).content.decode()
    # The list shows the full name as the user's name, linked to the edit form.
    assert re.search(rf'href="/admin/users/edit/{agus.pk}/">\s*Agus\s*</a>', listing)


@pytest.mark.django_db
def test_editing_keeps_the_full_name(site_tree, admin_client):
    staff = UserFactory(username="sari", full_name="Sari Dewi", is_staff=True)
    response = admin_client.post(
        reverse("wagtailusers_users:edit", args=[staff.pk]),
        {"username": "sari", "full_name": "Sari Dewi Lestari", "email": "", "is_active": "on"},
    )
    assert response.status_code == 302
    staff.refresh_from_db()
    assert staff.full_name == "Sari Dewi Lestari"


@pytest.mark.django_db
def test_avatars_need_no_outside_service(site_tree, admin_client):
    html = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "gravatar.com" not in html
