from django.urls import path

from . import views

app_name = "quizzes"

urlpatterns = [
    path("kuis/<int:quiz_id>/mulai/", views.start, name="start"),
    path("kuis/percobaan/<int:attempt_id>/kirim/", views.submit, name="submit"),
    path("kuis/percobaan/<int:attempt_id>/", views.result, name="result"),
]
