from django.urls import path

from . import views

app_name = "training"

urlpatterns = [
    path("gabung/", views.enter_code, name="enter_code"),
    path("gabung/<str:code>/", views.join, name="join"),
    path("sesi/<int:membership_id>/keluar/", views.leave, name="leave"),
]
