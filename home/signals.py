"""Content changes that must invalidate cached pages and fragments."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.images import get_image_model
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from .models import Hotline, SiteSettings
from .page_cache import bump_generation

page_published.connect(bump_generation, dispatch_uid="pagecache_published")
page_unpublished.connect(bump_generation, dispatch_uid="pagecache_unpublished")
post_page_move.connect(bump_generation, dispatch_uid="pagecache_moved")


@receiver(post_delete)
def _page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        bump_generation()


for model in (Hotline, SiteSettings, Site, get_image_model()):
    post_save.connect(
        bump_generation, sender=model, dispatch_uid=f"pagecache_save_{model.__name__}"
    )
    post_delete.connect(
        bump_generation, sender=model, dispatch_uid=f"pagecache_delete_{model.__name__}"
    )
