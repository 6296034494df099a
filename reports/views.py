"""The task force's dashboard "Laporan jangkauan", its exports and its PDF. Only users with
reports.view_reports (the "Gugus Tugas" group, superusers) get anything; everyone else gets 403
(or, without admin access at all, Wagtail's redirect to the admin login)."""

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from .charts import bar_chart
from .exports import table_csv, table_xlsx
from .figures import JAKARTA
from .forms import ReportFilterForm, indonesian_date
from .pdf import report_pdf
from .tables import build_report

PERMISSION = "reports.view_reports"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _report(request):
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied
    form = ReportFilterForm(request.GET)
    return form, build_report(filters=form.filters())


def _printed():
    return indonesian_date(timezone.now().astimezone(JAKARTA))


def _no_store(response, filename=None):
    response["Cache-Control"] = "private, no-store"
    if filename:
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def dashboard(request):
    form, report = _report(request)
    query = request.GET.urlencode()
    sections = [
        {
            "table": table,
            "chart": bar_chart(table, chart_id=f"diagram-{table.slug}") if table.chart else "",
        }
        for slug, table in report.tables.items()
        if slug != "ringkasan"
    ]
    return _no_store(
        render(
            request,
            "reports/dashboard.html",
            {
                "form": form,
                "report": report,
                "summary": report.tables["ringkasan"],
                "sections": sections,
                "described": form.described(),
                "query": query,
                "printed": _printed(),
            },
        )
    )


def export(request, table, fmt):
    form, report = _report(request)
    found = report.tables.get(table)
    if found is None or fmt not in ("xlsx", "csv"):
        raise Http404
    filename = f"laporan-{found.slug}.{fmt}"
    if fmt == "csv":
        response = HttpResponse(table_csv(found), content_type="text/csv; charset=utf-8")
    else:
        content = table_xlsx(found, described=form.described(), printed=_printed())
        response = HttpResponse(content, content_type=XLSX)
    return _no_store(response, filename)


def pdf(request):
    form, report = _report(request)
    response = HttpResponse(
        report_pdf(report, described=form.described()), content_type="application/pdf"
    )
    return _no_store(response, "laporan-jangkauan.pdf")
