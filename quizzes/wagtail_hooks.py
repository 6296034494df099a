from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import ItemAnalysisReport, QuizSummaryReport


@hooks.register("register_admin_urls")
def quiz_report_urls():
    return [
        path("laporan/kuis/", QuizSummaryReport.as_view(), name="quiz_summary_report"),
        path(
            "laporan/kuis/hasil/",
            QuizSummaryReport.as_view(results_only=True),
            name="quiz_summary_report_results",
        ),
        path("laporan/soal-kuis/", ItemAnalysisReport.as_view(), name="quiz_item_report"),
        path(
            "laporan/soal-kuis/hasil/",
            ItemAnalysisReport.as_view(results_only=True),
            name="quiz_item_report_results",
        ),
    ]


class QuizReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("quizzes.view_quizattempt")


@hooks.register("register_reports_menu_item")
def quiz_summary_menu_item():
    return QuizReportMenuItem(
        _("Ringkasan kuis"), reverse("quiz_summary_report"), icon_name="tasks", order=1100
    )


@hooks.register("register_reports_menu_item")
def quiz_item_menu_item():
    return QuizReportMenuItem(
        _("Analisis soal kuis"), reverse("quiz_item_report"), icon_name="list-ol", order=1110
    )
