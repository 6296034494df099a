"""Certificates keep their course from being deleted (see home/deletion.py)."""

from home.deletion import register_dependents

from .models import Certificate


@register_dependents
def certificate_records(page_ids):
    count = Certificate.objects.filter(course_id__in=page_ids).count()
    return [(count, "%(count)d sertifikat", "%(count)d sertifikat")]
