"""What the courses app holds about a learner, for "Unduh data saya"."""

from accounts.personal_data import iso, register_section

from .models import Enrolment, LessonCompletion


def export_enrolments(*, user):
    return [
        {"kursus": enrolment.course.title, "mulai_pada": iso(enrolment.enrolled_at)}
        for enrolment in Enrolment.objects.filter(user=user)
        .select_related("course")
        .order_by("enrolled_at")
    ]


def export_completions(*, user):
    return [
        {
            "kursus": completion.course.title,
            "pelajaran": completion.lesson.title,
            "selesai_pada": iso(completion.completed_at),
        }
        for completion in LessonCompletion.objects.filter(user=user)
        .select_related("course", "lesson")
        .order_by("completed_at")
    ]


register_section("kursus", export=export_enrolments)
register_section("pelajaran_selesai", export=export_completions)
