from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from .analysis import item_analysis, quiz_summaries
from .models import QuizAttempt


class _QuizReport(ReportView):
    any_permission_required = ["view"]
    paginate_by = 100

    @cached_property
    def permission_policy(self):
        return ModelPermissionPolicy(QuizAttempt)


class QuizSummaryReport(_QuizReport):
    page_title = _("Ringkasan kuis")
    header_icon = "tasks"
    index_url_name = "quiz_summary_report"
    index_results_url_name = "quiz_summary_report_results"
    columns = [
        Column("course", label=_("Kursus")),
        Column("quiz", label=_("Kuis")),
        Column("kind", label=_("Jenis")),
        Column("attempts", label=_("Percobaan")),
        Column("learners", label=_("Peserta")),
        Column("pass_rate", label=_("Tingkat lulus (%)")),
        Column("average_score", label=_("Nilai rata-rata")),
    ]
    list_export = ["course", "quiz", "kind", "attempts", "learners", "pass_rate", "average_score"]
    export_headings = {column.name: column.label for column in columns}

    def get_queryset(self):
        return quiz_summaries()


class ItemAnalysisReport(_QuizReport):
    page_title = _("Analisis soal kuis")
    header_icon = "list-ol"
    index_url_name = "quiz_item_report"
    index_results_url_name = "quiz_item_report_results"
    columns = [
        Column("course", label=_("Kursus")),
        Column("quiz", label=_("Kuis")),
        Column("number", label=_("No.")),
        Column("question", label=_("Soal")),
        Column("answered", label=_("Dijawab")),
        Column("correct_share", label=_("Benar penuh (%)")),
        Column("common_wrong_answer", label=_("Jawaban salah terbanyak")),
        Column("common_wrong_count", label=_("Dipilih")),
    ]
    list_export = [column.name for column in columns]
    export_headings = {column.name: column.label for column in columns}

    def get_queryset(self):
        return item_analysis()
