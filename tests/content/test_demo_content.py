import pytest
from django.core.management import call_command
from django.test import Client
from wagtail.models import Page

from courses.models import CoursePage, LessonPage
from home.models import Hotline, SiteSettings


@pytest.mark.django_db
def test_demo_content_loads_twice_without_changes_and_every_page_answers():
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    counts = (Page.objects.count(), Hotline.objects.count())
    revisions = {page.pk: page.latest_revision_id for page in Page.objects.all()}
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert (Page.objects.count(), Hotline.objects.count()) == counts
    assert {page.pk: page.latest_revision_id for page in Page.objects.all()} == revisions

    client = Client()
    for page in Page.objects.live().filter(depth__gt=1).specific():
        response = client.get(page.url)
        assert response.status_code == 200, page.url
    assert LessonPage.objects.live().count() >= 4
    assert CoursePage.objects.live().count() >= 1


@pytest.mark.django_db
def test_an_edited_page_survives_a_rerun():
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    lesson = LessonPage.objects.first()
    lesson.title = "Judul dari editor"
    lesson.save_revision().publish()
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    lesson.refresh_from_db()
    assert lesson.title == "Judul dari editor"


@pytest.mark.django_db
def test_demo_lessons_end_with_sources_and_help_is_linked():
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    for lesson in LessonPage.objects.all():
        assert lesson.body[-1].block_type == "sources", lesson.title
        assert lesson.body[-1].value["items"], lesson.title
    settings = SiteSettings.objects.get()
    assert settings.help_page is not None and settings.privacy_page is not None


@pytest.mark.django_db
def test_every_demo_hotline_has_a_dated_source_and_a_way_to_reach_it():
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    for hotline in Hotline.objects.all():
        assert hotline.source and hotline.last_checked, hotline.service
        assert (
            hotline.phone or hotline.whatsapp or hotline.email or hotline.website or hotline.purpose
        )
