from allauth.account import views as account_views
from django.conf import settings
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from . import views

urlpatterns = [
    # Before Wagtail's own: logging out needs a POST (see views.admin_logout).
    path("admin/logout/", views.admin_logout, name="wagtailadmin_logout"),
    path("admin/", include(wagtailadmin_urls)),
    path("dokumen/", include(wagtaildocs_urls)),
    path("akun/", include("allauth.urls")),
    # Indonesian addresses for the account pages people share and type; listed after allauth's
    # own so that reverse() (which prefers the last pattern of a name) gives these.
    path("akun/daftar/", account_views.signup, name="account_signup"),
    path("akun/masuk/", account_views.login, name="account_login"),
    path("akun/keluar/", account_views.logout, name="account_logout"),
    path("akun/kata-sandi/ubah/", account_views.password_change, name="account_change_password"),
    path("akun/kata-sandi/lupa/", account_views.password_reset, name="account_reset_password"),
    path("akun/", include("accounts.urls")),
    path("sehat/", include("elearn.health")),
    path("", include("courses.urls")),
    path("", include("quizzes.urls")),
    path("", include("certificates.urls")),
    path("", include("training.urls")),
]

if settings.BENCHMARK_CEILING_VIEW:
    urlpatterns.append(path("__batas__/", views.benchmark_ceiling))

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns.append(path("", include(wagtail_urls)))

handler400 = "elearn.views.bad_request"
handler404 = "elearn.views.page_not_found"
handler500 = "elearn.views.server_error"
