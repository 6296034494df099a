import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from courses.models import CourseIndexPage, CoursePage, LessonPage
from home.models import ContentPage, HelpPage, HomePage
from tests.factories import HotlineFactory, build_site


class PageTreeRulesTests(WagtailPageTestCase):
    def test_home_sits_at_the_root_and_holds_the_sections(self):
        self.assertCanCreateAt(Page, HomePage)
        self.assertAllowedSubpageTypes(HomePage, {CourseIndexPage, ContentPage, HelpPage})

    def test_courses_live_only_in_the_course_index(self):
        self.assertAllowedParentPageTypes(CoursePage, {CourseIndexPage})
        self.assertAllowedSubpageTypes(CourseIndexPage, {CoursePage})
        self.assertCanNotCreateAt(HomePage, CoursePage)

    def test_lessons_live_only_in_a_course_and_have_no_children(self):
        self.assertAllowedParentPageTypes(LessonPage, {CoursePage})
        self.assertAllowedSubpageTypes(LessonPage, set())
        self.assertCanNotCreateAt(CourseIndexPage, LessonPage)

    def test_content_pages_nest_under_home_help_and_each_other(self):
        self.assertAllowedParentPageTypes(ContentPage, {HomePage, ContentPage, HelpPage})
        self.assertAllowedParentPageTypes(HelpPage, {HomePage})


@pytest.mark.django_db
class TestRendering:
    def test_every_page_type_renders_for_a_guest(self, client):
        tree = build_site(lessons=2)
        for key in ("home", "index", "course", "help", "about"):
            response = client.get(tree[key].url)
            assert response.status_code == 200, key
        response = client.get(tree["lessons"][0].url)
        assert response.status_code == 200
        html = response.content.decode()
        # Every lesson block renders with its own markup.
        for marker in (
            "Bagian 1",
            "box--danger",
            "Lihat penjelasan",
            "Poin penting",
            "Laporkan, jangan hanya unggah.",
            "Sumber A, 2024",
            "video__facade",
        ):
            assert marker in html, marker

    def test_video_is_a_click_to_load_facade_not_an_iframe(self, client):
        tree = build_site(lessons=1)
        html = client.get(tree["lessons"][0].url).content.decode()
        assert "<iframe" not in html
        assert 'data-embed="https://www.youtube-nocookie.com/embed/abcdefghijk?autoplay=1"' in html

    def test_help_link_is_in_header_and_footer_of_every_page(self, client):
        tree = build_site(lessons=1)
        for page in (tree["home"], tree["course"], tree["lessons"][0], tree["about"]):
            html = client.get(page.url).content.decode()
            assert html.count(f'href="{tree["help"].url}"') >= 2, page

    def test_pages_are_in_indonesian(self, client):
        tree = build_site(lessons=1)
        html = client.get(tree["course"].url).content.decode()
        assert '<html lang="id">' in html
        assert "Mulai kursus" in html


@pytest.mark.django_db
class TestHelpPage:
    def test_hotlines_have_working_tel_and_whatsapp_links(self, client):
        tree = build_site(lessons=1)
        HotlineFactory(service="SAPA 129", phone="129", whatsapp="08111-129-129")
        HotlineFactory(
            service="KP2MI", phone="0-800-1000", whatsapp="0811-8080-141", scope="nasional"
        )
        html = client.get(tree["help"].url).content.decode()
        assert 'href="tel:129"' in html
        assert 'href="https://wa.me/628111129129"' in html
        assert 'href="tel:08001000"' in html
        assert 'href="https://wa.me/628118080141"' in html

    def test_international_number_keeps_its_country_code(self):
        hotline = HotlineFactory.build(phone="+62 21 2924 4800", whatsapp="+62 812 9007 0027")
        assert hotline.tel_href == "tel:+622129244800"
        assert hotline.whatsapp_href == "https://wa.me/6281290070027"
