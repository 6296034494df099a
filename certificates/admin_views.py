"""Staff tools for certificates in the Wagtail admin: list, search, filter, inspect, revoke,
reissue and print many at once. Certificates are never created or edited by hand."""

import django_filters
from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.models import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import log
from wagtail.permission_policies import ModelPermissionPolicy

from courses.models import CoursePage
from home.exports import SafeSpreadsheetExportMixin

from . import rules
from .models import Certificate, CourseBranding
from .pdf import render_pdf
from .views import verify_url

MANAGE = "certificates.change_certificate"
VIEW = "certificates.view_certificate"
BATCH_LIMIT = 500


class CertificatePermissionPolicy(ModelPermissionPolicy):
    """Staff may look and act through the revoke and reissue tools, never add or edit."""

    def user_has_permission(self, user, action):
        if action in ("add", "change", "delete"):
            return False
        return super().user_has_permission(user, action)


class StatusFilter(django_filters.ChoiceFilter):
    def filter(self, queryset, value):
        if value == "sah":
            return queryset.filter(revoked_at__isnull=True)
        if value == "dicabut":
            return queryset.filter(revoked_at__isnull=False)
        return queryset


class CertificateFilterSet(WagtailFilterSet):
    course = django_filters.ModelChoiceFilter(
        label=_("Kursus"), queryset=CoursePage.objects.all().order_by("title")
    )
    issued_at = django_filters.DateFromToRangeFilter(
        label=_("Tanggal terbit"), widget=DateRangePickerWidget
    )
    status = StatusFilter(label=_("Status"), choices=[("sah", _("Sah")), ("dicabut", _("Dicabut"))])

    class Meta:
        model = Certificate
        fields = ["course", "issued_at", "status"]


class ActionsColumn(Column):
    cell_template_name = "certificates/admin/actions_cell.html"


class CertificateIndexView(SafeSpreadsheetExportMixin, IndexView):
    pass


class CertificateViewSet(ModelViewSet):
    model = Certificate
    index_view_class = CertificateIndexView
    icon = "doc-full"
    menu_label = _("Sertifikat")
    menu_order = 250
    add_to_admin_menu = True
    url_prefix = "sertifikat"
    name = "certificate_admin"
    inspect_view_enabled = True
    copy_view_enabled = False
    # Required by ModelViewSet; the permission policy keeps the add and edit views closed.
    form_fields = ["holder_name"]
    filterset_class = CertificateFilterSet
    search_fields = ["code", "holder_name", "course_title"]
    list_display = [
        Column("display_code", label=_("Kode")),
        Column("holder_name", label=_("Nama")),
        Column("course_title", label=_("Kursus")),
        Column("issued_at", label=_("Terbit")),
        Column("status_label", label=_("Status")),
        ActionsColumn("actions", label=_("Tindakan")),
    ]
    list_export = ["display_code", "holder_name", "course_title", "issued_at", "status_label"]
    export_headings = {
        "display_code": _("Kode"),
        "holder_name": _("Nama"),
        "course_title": _("Kursus"),
        "issued_at": _("Terbit"),
        "status_label": _("Status"),
    }
    inspect_view_fields = [
        "code",
        "holder_name",
        "course_title",
        "issued_at",
        "revoked_at",
        "revoked_reason",
        "revoked_by",
        "replaces",
        "reissued_by",
    ]

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("cabut/<int:pk>/", revoke_view, name="revoke"),
            path("terbit-ulang/<int:pk>/", reissue_view, name="reissue"),
            path("cetak/", batch_print_view, name="batch_print"),
        ]


def _require_manage(request):
    if not request.user.has_perm(MANAGE):
        raise PermissionDenied


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=_("Alasan pencabutan"),
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Ditampilkan di halaman pemeriksaan sertifikat."),
    )


class ReissueForm(forms.Form):
    holder_name = forms.CharField(label=_("Nama yang benar"), max_length=150)


def revoke_view(request, pk):
    _require_manage(request)
    certificate = get_object_or_404(Certificate, pk=pk)
    form = RevokeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        rules.revoke(certificate=certificate, reason=form.cleaned_data["reason"], by=request.user)
        log(
            instance=certificate,
            action="certificates.revoke",
            user=request.user,
            data={"reason": form.cleaned_data["reason"]},
        )
        messages.success(request, _("Sertifikat %s dicabut.") % certificate.display_code)
        return redirect("certificate_admin:index")
    return render(
        request,
        "certificates/admin/form.html",
        {"form": form, "certificate": certificate, "title": _("Cabut sertifikat"), "danger": True},
    )


def reissue_view(request, pk):
    _require_manage(request)
    certificate = get_object_or_404(Certificate, pk=pk, revoked_at__isnull=True)
    form = ReissueForm(request.POST or None, initial={"holder_name": certificate.holder_name})
    if request.method == "POST" and form.is_valid():
        new = rules.reissue(
            certificate=certificate, holder_name=form.cleaned_data["holder_name"], by=request.user
        )
        log(
            instance=certificate,
            action="certificates.reissue",
            user=request.user,
            data={"new_code": new.display_code},
        )
        messages.success(
            request,
            _("Sertifikat diterbitkan ulang dengan kode %(new)s; kode lama %(old)s dicabut.")
            % {"new": new.display_code, "old": certificate.display_code},
        )
        return redirect("certificate_admin:index")
    return render(
        request,
        "certificates/admin/form.html",
        {"form": form, "certificate": certificate, "title": _("Terbitkan ulang (koreksi nama)")},
    )


def pdf_items(request, certificates):
    """(certificate, branding, verify URL) for each certificate, in constant queries."""
    by_course = rules.brandings([certificate.course_id for certificate in certificates])
    return [
        (certificate, by_course[certificate.course_id], verify_url(request, certificate))
        for certificate in certificates
    ]


def batch_print_view(request):
    """Pick certificates (by course) and download them as one PDF, a page each, by name."""
    if not request.user.has_perm(VIEW):
        raise PermissionDenied
    valid = Certificate.objects.active().select_related("course")
    if request.method == "POST":
        ids = [int(value) for value in request.POST.getlist("pilih") if value.isdigit()]
        chosen = sorted(
            valid.filter(pk__in=ids[:BATCH_LIMIT]), key=lambda c: c.holder_name.casefold()
        )
        if not chosen:
            messages.error(request, _("Pilih minimal satu sertifikat untuk dicetak."))
            return redirect(request.get_full_path())
        response = HttpResponse(
            render_pdf(pdf_items(request, chosen)), content_type="application/pdf"
        )
        response["Content-Disposition"] = 'attachment; filename="sertifikat-gabungan.pdf"'
        return response
    courses = CoursePage.objects.filter(certificates__isnull=False).distinct().order_by("title")
    course_id = request.GET.get("kursus", "")
    listed = valid.filter(course_id=course_id) if course_id.isdigit() else valid
    total = listed.count()
    return render(
        request,
        "certificates/admin/batch_print.html",
        {
            "certificates": sorted(listed[:BATCH_LIMIT], key=lambda c: c.holder_name.casefold()),
            "total": total,
            "limit": BATCH_LIMIT,
            "courses": courses,
            "course_id": course_id,
            "index_url": reverse("certificate_admin:index"),
        },
    )


class CourseBrandingViewSet(ModelViewSet):
    """A course's own issuer or signatory (for a course run with a partner organisation)."""

    model = CourseBranding
    icon = "doc-full"
    menu_label = _("Sertifikat per kursus")
    add_to_settings_menu = True
    url_prefix = "sertifikat-per-kursus"
    name = "course_branding"
    copy_view_enabled = False
    panels = CourseBranding.panels
    list_display = ["course", "issuer", "signatory_name"]


course_branding_viewset = CourseBrandingViewSet()
certificate_viewset = CertificateViewSet()
