"""An email address changes only through allauth's email management (issue: the profile form
used to change it behind allauth's back, and the old address kept logging in and receiving
password resets)."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.test import Client
from django.urls import reverse

from tests.factories import UserFactory

PASSWORD = "kata-sandi-rahasia-1"


@pytest.fixture
def ani(db):
    user = UserFactory(username="ani", email="lama@example.id")
    EmailAddress.objects.create(user=user, email="lama@example.id", primary=True, verified=True)
    return user


@pytest.mark.django_db
def test_the_profile_form_cannot_change_the_email(site_tree, ani, client):
    client.force_login(ani)
    client.post(
        reverse("accounts:profile"), {"full_name": "Ani Suryani", "email": "baru@example.id"}
    )
    ani.refresh_from_db()
    assert ani.full_name == "Ani Suryani"
    assert ani.email == "lama@example.id"
    assert "baru@example.id" not in client.get(reverse("accounts:profile")).content.decode()


@pytest.mark.django_db
def test_after_a_change_the_old_address_neither_logs_in_nor_gets_resets(
    site_tree, ani, client, mailoutbox
):
    client.force_login(ani)
    client.post(reverse("account_email"), {"action_add": "", "email": "baru@example.id"})
    # The change takes effect once the new address is confirmed from the mail allauth sends.
    (confirmation,) = [m for m in mailoutbox if "baru@example.id" in m.to]
    link = re.search(r"https?://testserver(/\S+)", confirmation.body).group(1)
    client.post(link)
    assert EmailAddress.objects.get(user=ani).email == "baru@example.id"
    assert not EmailAddress.objects.filter(email="lama@example.id").exists()
    mailoutbox.clear()
    old = Client()
    old.post(reverse("account_login"), {"login": "lama@example.id", "password": PASSWORD})
    assert "_auth_user_id" not in old.session
    Client().post(reverse("account_reset_password"), {"email": "lama@example.id"})
    # allauth (ACCOUNT_PREVENT_ENUMERATION) tells an unknown address that it has no account,
    # but sends it no reset link.
    to_old = [message for message in mailoutbox if "lama@example.id" in message.to]
    assert to_old and not any("/key/" in message.body for message in to_old)
    Client().post(reverse("account_reset_password"), {"email": "baru@example.id"})
    assert any("/key/" in m.body for m in mailoutbox if "baru@example.id" in m.to)
