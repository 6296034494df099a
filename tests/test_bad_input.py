"""Each request shape that once gave a 500 now gets a 4xx with an Indonesian page, and writes
nothing (issue 17, the known 500s)."""

import pytest
from django.test import Client

from accounts.models import User
from courses.models import LessonCompletion
from tests.factories import UserFactory

BEYOND_64_BITS = 2**63


@pytest.fixture
def clients(db):
    anonymous = Client(raise_request_exception=False)
    learner = Client(raise_request_exception=False)
    learner.force_login(UserFactory())
    return {"anonymous": anonymous, "learner": learner}


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["anonymous", "learner"])
@pytest.mark.parametrize(
    "url",
    [
        f"/kemajuan/pelajaran/{BEYOND_64_BITS}/selesai/",
        f"/kemajuan/kursus/{BEYOND_64_BITS}/mulai/",
        f"/admin/pages/{BEYOND_64_BITS}/edit/",
    ],
)
def test_ids_beyond_the_databases_integers_are_not_found(site_tree, clients, role, url):
    response = clients[role].post(url)
    assert response.status_code == 404
    assert "Halaman tidak ditemukan" in response.content.decode()
    assert LessonCompletion.objects.count() == 0


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["anonymous", "learner"])
@pytest.mark.parametrize("charset", ["klingon", "x-unknown-123", "utf-16"])
def test_a_form_in_a_charset_that_does_not_decode_is_refused(site_tree, clients, role, charset):
    response = clients[role].generic(
        "POST",
        "/akun/masuk/",
        b"login=a&password=b",
        content_type=f"application/x-www-form-urlencoded; charset={charset}",
    )
    assert response.status_code == 400
    assert "Permintaan tidak bisa diproses" in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["anonymous", "learner"])
@pytest.mark.parametrize(
    ("method", "url", "data"),
    [
        ("get", "/sertifikat/?kode=AB%00CD", None),
        ("get", "/sertifikat/ABCD%00/", None),
        ("get", "/%00/", None),
        ("post", "/akun/masuk/", {"login": "a\x00b", "password": "x"}),
        (
            "post",
            "/akun/daftar/",
            {"username": "nul\x00", "full_name": "N\x00", "password1": "x", "password2": "x"},
        ),
    ],
)
def test_nul_bytes_are_refused_and_nothing_is_written(site_tree, clients, role, method, url, data):
    users = User.objects.count()
    client = clients[role]
    response = client.get(url) if method == "get" else client.post(url, data)
    assert response.status_code == 400
    assert User.objects.count() == users


@pytest.mark.django_db
@pytest.mark.parametrize("typed", ["//evil.com", "../../etc", "<script>", "A" * 500, "ABCD-EFGH"])
def test_a_certificate_code_of_any_shape_gets_a_clear_answer(site_tree, client, typed):
    response = client.get("/sertifikat/", {"kode": typed})
    assert response.status_code == 400
    html = response.content.decode()
    assert "16 huruf dan angka" in html
    assert "<script>" not in html


@pytest.mark.django_db
def test_a_well_formed_code_goes_to_its_page(site_tree, client):
    response = client.get("/sertifikat/", {"kode": "abcd efgh-jkmn pqrs"})
    assert response.status_code == 302
    assert response["Location"] == "/sertifikat/ABCDEFGHJKMNPQRS/"
