from django.urls import path

from . import views

app_name = "courses"

urlpatterns = [
    path("kursus-saya/", views.my_courses, name="my_courses"),
    path("kemajuan/kursus/<int:course_id>/mulai/", views.start_course, name="start_course"),
    path(
        "kemajuan/pelajaran/<int:lesson_id>/selesai/",
        views.complete_lesson,
        name="complete_lesson",
    ),
    path(
        "kemajuan/pelajaran/<int:lesson_id>/simpan/",
        views.save_guest_progress,
        name="save_guest_progress",
    ),
]
