"""The {% wagtailcache %} header and footer follow the site settings (content generation)."""

import pytest
from django.test import Client

from home.models import SiteSettings


@pytest.mark.django_db
def test_a_site_settings_change_shows_in_the_cached_header_and_footer(site_tree):
    url = site_tree["lessons"][0].url
    Client().get(url)
    Client().get(site_tree["course"].url)  # header and footer fragments now cached
    settings = SiteSettings.for_site(site_tree["site"])
    settings.emergency_text = "Bahaya? Telepon 112 sekarang"
    settings.footer_text = "Dikelola oleh tim uji."
    settings.save()

    for page_url in (url, site_tree["course"].url, site_tree["home"].url):
        html = Client().get(page_url).content.decode()
        assert "Bahaya? Telepon 112 sekarang" in html, page_url
        assert "Dikelola oleh tim uji." in html, page_url
