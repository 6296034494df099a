from django.http import HttpResponse
from django.shortcuts import render

# A fixed 2 KB page: the benchmark's ceiling, the fastest a Django view can answer here.
_CEILING_HTML = (
    "<!doctype html><html lang=id><head><meta charset=utf-8><title>Batas</title></head><body>"
    + "<p>Halaman tetap untuk mengukur batas kecepatan server.</p>" * 33
    + "</body></html>"
).encode()


def benchmark_ceiling(request):
    return HttpResponse(_CEILING_HTML)


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    return render(request, "500.html", status=500)


def csrf_failure(request, reason=""):
    return render(request, "403_csrf.html", status=403)
