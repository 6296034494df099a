from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    path("profil/", views.profile, name="profile"),
    path("data-saya/", views.export_data, name="export_data"),
    path("hapus/", views.delete, name="delete"),
]
