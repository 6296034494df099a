from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods
from wagtail.admin.views.account import LogoutView

# A fixed 2 KB page: the benchmark's ceiling, the fastest a Django view can answer here.
_CEILING_HTML = (
    "<!doctype html><html lang=id><head><meta charset=utf-8><title>Batas</title></head><body>"
    + "<p>Halaman tetap untuk mengukur batas kecepatan server.</p>" * 33
    + "</body></html>"
).encode()


def benchmark_ceiling(request):
    return HttpResponse(_CEILING_HTML)


def bad_request(request, exception=None):
    return render(request, "400.html", status=400)


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    return render(request, "500.html", status=500)


def csrf_failure(request, reason=""):
    return render(request, "403_csrf.html", status=403)


@never_cache
@require_http_methods(["GET", "POST"])
def admin_logout(request):
    """Wagtail's logout ends the session on any method (its dispatch deletes the cookie even
    when it answers 405), so a link or an image on any page could log an editor out. Only a
    POST with a CSRF token logs out; a GET asks first."""
    if request.method == "POST":
        return LogoutView.as_view()(request)
    if not request.user.is_authenticated:
        return redirect("wagtailadmin_login")
    return render(request, "elearn/admin_logout.html")
