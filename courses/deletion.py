"""Course records that must keep a page from being deleted (see home/deletion.py)."""

from django.db.models import Q

from home.deletion import register_dependents

from .models import Enrolment, LessonCompletion


@register_dependents
def course_records(page_ids):
    completions = LessonCompletion.objects.filter(
        Q(lesson_id__in=page_ids) | Q(course_id__in=page_ids)
    ).count()
    enrolments = Enrolment.objects.filter(course_id__in=page_ids).count()
    return [
        (completions, "%(count)d pelajaran selesai", "%(count)d pelajaran selesai"),
        (enrolments, "%(count)d peserta terdaftar", "%(count)d peserta terdaftar"),
    ]
