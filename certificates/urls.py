from django.urls import path

from . import views

app_name = "certificates"

urlpatterns = [
    path("sertifikat/", views.lookup, name="lookup"),
    path("sertifikat/<str:code>/", views.verify, name="verify"),
    path("sertifikat/<str:code>/unduh/", views.download, name="download"),
    path("sertifikat/<str:code>/cetak/", views.printable, name="print"),
    path("sertifikat-saya/", views.my_certificates, name="mine"),
]
