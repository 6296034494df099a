from urllib.parse import quote

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from home.ratelimit import allow

from . import rules
from .models import Certificate
from .pdf import render_pdf

LOOKUPS_PER_MINUTE = 30
NAME_CHECKS_PER_MINUTE = 10


def verify_url(request, certificate):
    return request.build_absolute_uri(reverse("certificates:verify", args=[certificate.code]))


def _too_many(request):
    return render(request, "certificates/too_many.html", status=429)


def _own_certificate(request, code):
    certificate = get_object_or_404(
        Certificate.objects.select_related("course"), code=rules.normalise_code(code)
    )
    if not rules.can_view(user=request.user, certificate=certificate):
        # Someone else's certificate looks exactly like one that does not exist.
        raise Http404
    return certificate


@never_cache
def lookup(request):
    """The public form: type a code (or arrive from a QR) to check a certificate."""
    typed = request.GET.get("kode", "")
    if rules.looks_like_code(typed):
        return redirect("certificates:verify", code=rules.normalise_code(typed))
    context = {"typed": typed[:40]}
    if typed.strip():
        context["error"] = _(
            "Kode sertifikat terdiri dari 16 huruf dan angka, misalnya ABCD-EFGH-JKLM-NPQR "
            "(tanpa huruf O dan I, tanpa angka 0 dan 1). Periksa lagi kode yang Anda ketik."
        )
    return render(
        request, "certificates/lookup.html", context, status=400 if typed.strip() else 200
    )


@never_cache
@require_http_methods(["GET", "POST"])
def verify(request, code):
    if not allow(request, scope="verify", limit=LOOKUPS_PER_MINUTE):
        return _too_many(request)
    certificate = (
        Certificate.objects.select_related("course", "replaced_by")
        .filter(code=rules.normalise_code(code))
        .first()
    )
    if certificate is None:
        return render(request, "certificates/not_found.html", {"code": code}, status=404)
    context = {
        "certificate": certificate,
        "masked_name": rules.mask_name(certificate.holder_name),
        "branding": rules.branding(certificate.course),
        "verify_url": verify_url(request, certificate),
    }
    if request.method == "POST":
        if not allow(request, scope="name", limit=NAME_CHECKS_PER_MINUTE, key=certificate.code):
            return _too_many(request)
        typed = request.POST.get("nama", "")[:300]
        context["typed_name"] = typed
        context["name_matches"] = rules.name_matches(certificate, typed)
    return render(request, "certificates/verify.html", context)


@login_required
def download(request, code):
    certificate = _own_certificate(request, code)
    pdf = render_pdf(
        [(certificate, rules.branding(certificate.course), verify_url(request, certificate))]
    )
    response = HttpResponse(pdf, content_type="application/pdf")
    filename = f"sertifikat-{certificate.display_code}.pdf"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


@never_cache
@login_required
def printable(request, code):
    certificate = _own_certificate(request, code)
    url = verify_url(request, certificate)
    return render(
        request,
        "certificates/print.html",
        {
            "certificate": certificate,
            "branding": rules.branding(certificate.course),
            "verify_url": url,
            "qr_svg": rules.qr_svg(url),
        },
    )


@never_cache
@login_required
def my_certificates(request):
    items = [
        {
            "certificate": certificate,
            "verify_url": verify_url(request, certificate),
            "share_url": "https://wa.me/?text="
            + quote(
                f"Sertifikat saya dari Waspada TPPO: {certificate.course_title}. "
                f"Periksa keasliannya: {verify_url(request, certificate)}"
            ),
        }
        for certificate in Certificate.objects.filter(user=request.user).order_by("-issued_at")
    ]
    return render(request, "certificates/my_certificates.html", {"items": items})
