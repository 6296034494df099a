"""Wagtail changes that must invalidate cached pages, routes and fragments."""

from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.images import get_image_model
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from .generation import bump_generation, invalidate_on_change

page_published.connect(bump_generation, dispatch_uid="pagecache_published")
page_unpublished.connect(bump_generation, dispatch_uid="pagecache_unpublished")
post_page_move.connect(bump_generation, dispatch_uid="pagecache_moved")
invalidate_on_change(Site, get_image_model())


@receiver(post_delete, dispatch_uid="pagecache_page_deleted")
def _page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        bump_generation()
