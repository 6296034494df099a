"""The facilitator's screens in the Wagtail admin: "Sesi saya".

A ModelViewSet for the list, and for staff the create and edit forms; custom views for the
session screen (counts, roster, attendance, knowledge gain), the projector view, participants
without a phone, paper scores and everything printed. Every rule is in training.roster (and
training.gain, training.printing); these views parse the request, call one, and answer.

Who sees what is one rule, roster.sessions_for: staff (superusers and users with
training.change_trainingsession) see every session, a facilitator the ones they facilitate.
Any other session id answers 404 on every URL here, exactly like one that does not exist.
A facilitator sees a participant's name, attendance and progress in the session's course only.
"""

import zoneinfo
from functools import wraps

import segno
from django.contrib import messages
from django.db import transaction
from django.db.models import Count, Q
from django.http import HttpResponse, HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import formats, timezone
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from wagtail.admin.panels import FieldPanel, FieldRowPanel, ObjectList
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.views.generic.usage import UsageView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import log
from wagtail.permission_policies import ModelPermissionPolicy

from certificates.admin_views import pdf_items
from certificates.pdf import render_pdf

from . import gain as gain_rules
from . import printing, roster
from .forms import AddParticipantForm, CertificateLayoutForm, PaperScoresForm, SessionForm
from .models import Membership, SessionStatus, TrainingSession

JAKARTA = zoneinfo.ZoneInfo("Asia/Jakarta")
MANAGE = "training.change_trainingsession"
VIEWSET = "training_session"
ORDERS = {"nama": "name", "status": "status"}
STATUS_SHORT = {
    SessionStatus.SCHEDULED: gettext_lazy("Dijadwalkan"),
    SessionStatus.OPEN: gettext_lazy("Dibuka"),
    SessionStatus.CLOSED: gettext_lazy("Ditutup"),
}
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# How often the roster and the projector's count refresh themselves (the script reads it).
REFRESH_SECONDS = 5


def can_manage(user):
    """Task-force staff create and edit sessions; facilitators only open and close theirs."""
    return user.is_active and (user.is_superuser or user.has_perm(MANAGE))


def url(name, *args):
    return reverse(f"{VIEWSET}:{name}", args=args)


def visible_session(request, pk):
    return get_object_or_404(roster.sessions_for(request.user), pk=pk)


class SessionPermissionPolicy(ModelPermissionPolicy):
    """Add and change for staff; delete for nobody (a session is a record of who took part:
    close it instead); view as the model permission says (the "Fasilitator" group has it)."""

    def user_has_permission(self, user, action):
        if action == "delete":
            return False
        if action in ("add", "change"):
            return can_manage(user)
        return super().user_has_permission(user, action) or can_manage(user)


# The ModelViewSet's views ---------------------------------------------------------------------


class JakartaTimeMixin:
    """Sessions are typed and shown in Jakarta time (WIB), whatever the staff member's own
    admin time zone is. The response is rendered inside, so the form shows WIB too."""

    def dispatch(self, request, *args, **kwargs):
        with timezone.override(JAKARTA):
            response = super().dispatch(request, *args, **kwargs)
            if isinstance(response, TemplateResponse) and not response.is_rendered:
                response.render()
        return response


class VisibleSessionMixin:
    """Another facilitator's session id answers 404, before any permission check."""

    def dispatch(self, request, *args, **kwargs):
        if "pk" in kwargs:
            visible_session(request, kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)


def short_when(session):
    starts = timezone.localtime(session.starts_at, JAKARTA)
    return f"{formats.date_format(starts, 'j M Y')}, {starts:%H.%M} WIB"


class ActionsColumn(Column):
    cell_template_name = "training/admin/actions_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        request = parent_context["request"]
        context.update(
            session_url=url("session", instance.pk),
            projector_url=url("projector", instance.pk),
            edit_url=url("edit", instance.pk) if can_manage(request.user) else "",
        )
        return context


class SessionIndexView(generic.IndexView):
    page_title = gettext_lazy("Sesi saya")

    def get_base_queryset(self):
        return roster.sessions_for(self.request.user).annotate(
            participants=Count(
                "memberships", filter=Q(memberships__left_at__isnull=True), distinct=True
            )
        )


class SessionCreateView(JakartaTimeMixin, generic.CreateView):
    page_title = gettext_lazy("Sesi baru")

    def save_instance(self):
        """Through roster.create_session, which gives the session its join code."""
        data = self.form.cleaned_data
        fields = {name: data[name] for name in SessionForm.Meta.fields if name != "facilitators"}
        with transaction.atomic():
            session = roster.create_session(**fields)
            session.facilitators.set(data["facilitators"])
            log(
                instance=session,
                action="wagtail.create",
                user=self.request.user,
                content_changed=True,
            )
        return session

    def get_success_url(self):
        return url("session", self.object.pk)

    def get_success_message(self, instance):
        return _("Sesi “%(title)s” dibuat dengan kode gabung %(code)s.") % {
            "title": instance.title,
            "code": instance.display_code,
        }


class SessionEditView(VisibleSessionMixin, JakartaTimeMixin, generic.EditView):
    def save_instance(self):
        session = self.form.instance
        clash = (
            TrainingSession.objects.filter(join_code=session.join_code)
            .exclude(status=SessionStatus.CLOSED)
            .exclude(pk=session.pk)
        )
        if session.status != SessionStatus.CLOSED and clash.exists():
            # Reopened after its code went to another session: it gets a fresh one.
            roster.assign_join_code(session)
        return super().save_instance()

    def get_success_url(self):
        return url("session", self.object.pk)


class SessionDeleteView(VisibleSessionMixin, generic.DeleteView):
    pass


class SessionHistoryView(VisibleSessionMixin, HistoryView):
    pass


class SessionUsageView(VisibleSessionMixin, UsageView):
    pass


# The session's own screens --------------------------------------------------------------------


def session_view(view):
    """The session from the URL, as the user may see it (else 404), in Jakarta time, never
    cached."""

    @never_cache
    @wraps(view)
    def wrapped(request, pk, *args, **kwargs):
        session = visible_session(request, pk)
        with timezone.override(JAKARTA):
            response = view(request, session, *args, **kwargs)
            if isinstance(response, TemplateResponse) and not response.is_rendered:
                response.render()
        return response

    return wrapped


def _is_fetch(request):
    return request.headers.get("x-requested-with") == "XMLHttpRequest"


def _roster_query(request):
    search = " ".join(request.GET.get("cari", "").split())[:100]
    order = request.GET.get("urut", "nama")
    return search, order if order in ORDERS else "nama"


def _with_query(address, search, order):
    query = {}
    if search:
        query["cari"] = search
    if order != "nama":
        query["urut"] = order
    return f"{address}?{urlencode(query)}" if query else address


def _roster_context(request, session):
    search, order = _roster_query(request)
    everyone = roster.roster(session, order=ORDERS[order])
    rows = roster.roster(session, search=search, order=ORDERS[order]) if search else everyone
    here = url("session", session.pk)
    return {
        "session": session,
        "rows": rows,
        "everyone": everyone,
        "counts": roster.counts(everyone),
        "search": search,
        "order": order,
        "here": _with_query(here, search, order),
        "fragment_url": _with_query(url("roster", session.pk), search, order),
        "sort_by_name_url": _with_query(here, search, "nama"),
        "sort_by_status_url": _with_query(here, search, "status"),
        "refresh_seconds": REFRESH_SECONDS,
    }


def _back(request, session):
    """Where a form on the session screen returns to: the screen, as it was (search, order)."""
    target = request.POST.get("kembali", "")
    home = url("session", session.pk)
    if (
        target.startswith(home)
        and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()})
        and "#" not in target
    ):
        return target
    return home


@session_view
@require_GET
def session_screen(request, session):
    context = _roster_context(request, session)
    gain = roster.knowledge_gain(context["everyone"])
    questions = gain_rules.question_gains(session) if gain.enough else []
    context.update(
        when=printing.session_when(session),
        place=printing.session_place(session),
        status_label=STATUS_SHORT[session.status],
        facilitators=[user.get_full_name() for user in session.facilitators.all()],
        can_manage=can_manage(request.user),
        edit_url=url("edit", session.pk),
        index_url=url("index"),
        gain=gain,
        questions=questions,
        biggest_gains=gain_rules.biggest_gains(questions),
        still_wrong=gain_rules.still_wrong(questions),
        status_choices=[
            (value, label)
            for value, label in (
                (SessionStatus.OPEN, _("Buka sesi")),
                (SessionStatus.CLOSED, _("Tutup sesi")),
            )
            if value != session.status
        ],
    )
    return TemplateResponse(request, "training/admin/session.html", context)


@session_view
@require_GET
def roster_fragment(request, session):
    """The counts and the roster table only: what the screen's script swaps in every few
    seconds (and a page of its own without the script)."""
    return TemplateResponse(
        request, "training/admin/roster.html", _roster_context(request, session)
    )


@session_view
@require_POST
def attendance(request, session, membership_id):
    """Present or not, as the button says. The form carries the value to set, not "toggle":
    the same button pressed twice (a double tap) sets the same value twice, one change."""
    membership = get_object_or_404(
        Membership, pk=membership_id, session=session, left_at__isnull=True
    )
    value = request.POST.get("hadir")
    if value not in ("0", "1"):
        return HttpResponseBadRequest(_("Pilihan kehadiran tidak dikenal."))
    changed = roster.set_attendance(membership=membership, attended=value == "1", by=request.user)
    if _is_fetch(request):
        return JsonResponse({"hadir": value == "1", "berubah": changed})
    return redirect(f"{_back(request, session)}#peserta-{membership.pk}")


@session_view
@require_POST
def change_status(request, session):
    status = request.POST.get("status", "")
    if status not in SessionStatus.values:
        return HttpResponseBadRequest(_("Status sesi tidak dikenal."))
    if roster.set_status(session=session, status=status, by=request.user):
        messages.success(
            request,
            {
                SessionStatus.OPEN: _("Sesi dibuka: peserta bisa bergabung dengan kode %s."),
                SessionStatus.CLOSED: _("Sesi ditutup: kode %s tidak bisa dipakai lagi."),
                SessionStatus.SCHEDULED: _("Sesi dikembalikan ke jadwal (kode %s belum aktif)."),
            }[status]
            % session.display_code,
        )
    return redirect(_back(request, session))


def join_url(request, session):
    return request.build_absolute_uri(reverse("training:join", args=[session.join_code]))


def _joined(session):
    return session.memberships.filter(left_at__isnull=True).count()


@session_view
@require_GET
def projector(request, session):
    address = join_url(request, session)
    qr = segno.make(address, error="m").svg_inline(
        scale=1, border=2, dark="#000", light="#fff", omitsize=True
    )
    return TemplateResponse(
        request,
        "training/admin/projector.html",
        {
            "session": session,
            "join_url": address,
            "short_address": f"{request.get_host()}{reverse('training:enter_code')}",
            "qr_svg": qr,
            "joined": _joined(session),
            "count_url": url("count", session.pk),
            "session_url": url("session", session.pk),
            "refresh_seconds": REFRESH_SECONDS,
        },
    )


@session_view
@require_GET
def joined_count(request, session):
    joined = _joined(session)
    return JsonResponse({"bergabung": joined, "terbuka": session.is_open})


@session_view
@require_http_methods(["GET", "POST"])
def add_participant(request, session):
    form = AddParticipantForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        membership = roster.add_participant_without_phone(
            session=session,
            full_name=form.cleaned_data["full_name"],
            age_group=form.cleaned_data["age_group"],
            gender=form.cleaned_data["gender"],
            by=request.user,
        )
        messages.success(
            request,
            _("%(name)s ditambahkan ke sesi dan ditandai hadir.")
            % {"name": membership.learner.full_name},
        )
        if "lagi" in request.POST:
            return redirect(url("add_participant", session.pk))
        return redirect(f"{url('session', session.pk)}#peserta-{membership.pk}")
    status = 400 if form.is_bound else 200
    return TemplateResponse(
        request,
        "training/admin/add_participant.html",
        {"session": session, "form": form, "session_url": url("session", session.pk)},
        status=status,
    )


@session_view
@require_http_methods(["GET", "POST"])
def paper_scores(request, session, membership_id):
    membership = get_object_or_404(
        Membership.objects.select_related("learner"),
        pk=membership_id,
        session=session,
        left_at__isnull=True,
    )
    form = PaperScoresForm(
        request.POST or None,
        initial={
            "pretest": _score_text(membership.paper_pretest_score),
            "final": _score_text(membership.paper_final_score),
        },
    )
    if request.method == "POST" and form.is_valid():
        certificate = roster.enter_paper_scores(
            membership=membership,
            pretest=form.cleaned_data["pretest"],
            final=form.cleaned_data["final"],
            by=request.user,
        )
        name = membership.learner.full_name
        if certificate is not None:
            messages.success(
                request,
                _(
                    "Nilai %(name)s disimpan. Sertifikatnya terbit dengan keterangan "
                    "“diverifikasi oleh fasilitator”."
                )
                % {"name": name},
            )
        else:
            messages.success(request, _("Nilai %(name)s disimpan.") % {"name": name})
        return redirect(f"{url('session', session.pk)}#peserta-{membership.pk}")
    return TemplateResponse(
        request,
        "training/admin/paper_scores.html",
        {
            "session": session,
            "membership": membership,
            "name": membership.learner.get_full_name(),
            "form": form,
            "pass_mark": roster.final_pass_mark(session.course),
            "session_url": url("session", session.pk),
        },
        status=400 if form.is_bound else 200,
    )


def _score_text(value):
    return "" if value is None else formats.number_format(value.normalize(), use_l10n=True)


@session_view
@require_GET
def print_tests(request, session):
    return TemplateResponse(
        request,
        "training/print/paper_test.html",
        {"session": session, "tests": printing.paper_tests(session), "key": False},
    )


@session_view
@require_GET
def print_key(request, session):
    return TemplateResponse(
        request,
        "training/print/answer_key.html",
        {"session": session, "tests": printing.paper_tests(session), "key": True},
    )


def _download(content, content_type, filename):
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


def _file_stem(prefix, session):
    starts = timezone.localtime(session.starts_at, JAKARTA)
    return f"{prefix}-{starts:%Y-%m-%d}-{session.join_code}"


@session_view
@require_GET
def print_certificates(request, session):
    """Choose a layout, then one PDF of every certificate the session's participants hold."""
    certificates = roster.completed_certificates(session)
    form = CertificateLayoutForm(request.GET if "tata" in request.GET else None)
    empty = False
    if form.is_bound and form.is_valid():
        if certificates:
            pdf = render_pdf(
                pdf_items(request, certificates),
                note=printing.certificate_note(session),
                two_per_page=form.cleaned_data["tata"] == "dua",
            )
            return _download(pdf, "application/pdf", _file_stem("sertifikat", session) + ".pdf")
        empty = True
    return TemplateResponse(
        request,
        "training/admin/certificates.html",
        {
            "session": session,
            "certificates": certificates,
            "form": form,
            "empty": empty,
            "session_url": url("session", session.pk),
        },
    )


@session_view
@require_GET
def attendance_pdf(request, session):
    rows = roster.roster(session)
    facilitators = [user.get_full_name() for user in session.facilitators.all()]
    pdf = printing.attendance_pdf(session, rows, facilitators=facilitators)
    return _download(pdf, "application/pdf", _file_stem("daftar-hadir", session) + ".pdf")


@session_view
@require_GET
def attendance_xlsx(request, session):
    content = printing.attendance_xlsx(session, roster.roster(session))
    return _download(content, XLSX, _file_stem("daftar-hadir", session) + ".xlsx")


@session_view
@require_GET
def roster_xlsx(request, session):
    content = printing.roster_xlsx(session, roster.roster(session))
    return _download(content, XLSX, _file_stem("peserta", session) + ".xlsx")


# The viewset ----------------------------------------------------------------------------------


class SessionViewSet(ModelViewSet):
    model = TrainingSession
    index_view_class = SessionIndexView
    add_view_class = SessionCreateView
    edit_view_class = SessionEditView
    delete_view_class = SessionDeleteView
    history_view_class = SessionHistoryView
    usage_view_class = SessionUsageView
    icon = "group"
    menu_label = gettext_lazy("Sesi saya")
    menu_name = "sesi-saya"
    menu_order = 150
    add_to_admin_menu = True
    url_prefix = "sesi"
    name = VIEWSET
    copy_view_enabled = False
    search_fields = ["title", "venue"]
    list_filter = ["status"]
    edit_handler = ObjectList(
        [
            FieldPanel("title"),
            FieldPanel("course"),
            FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
            FieldPanel("venue"),
            FieldPanel("kelurahan"),
            FieldPanel("organiser"),
            FieldPanel("expected_participants"),
            FieldPanel("facilitators"),
            FieldPanel("status"),
        ],
        base_form_class=SessionForm,
    )
    list_display = [
        TitleColumn(
            "title",
            label=gettext_lazy("Judul sesi"),
            sort_key="title",
            get_url=lambda session: url("session", session.pk),
        ),
        Column("course", label=gettext_lazy("Kursus"), accessor="course.title"),
        Column("starts_at", label=gettext_lazy("Waktu"), accessor=short_when, sort_key="starts_at"),
        Column("kelurahan", label=gettext_lazy("Kelurahan"), accessor="kelurahan.name"),
        Column(
            "status",
            label=gettext_lazy("Status"),
            accessor=lambda session: STATUS_SHORT[session.status],
        ),
        Column("display_code", label=gettext_lazy("Kode")),
        Column("participants", label=gettext_lazy("Peserta")),
        ActionsColumn("actions", label=gettext_lazy("Tindakan")),
    ]

    def get_permissions_to_register(self):
        # All four, view included: the "Fasilitator" group is given it, and the group editor
        # should show it rather than hide it.
        from django.contrib.auth.models import Permission
        from django.contrib.contenttypes.models import ContentType

        return Permission.objects.filter(
            content_type=ContentType.objects.get_for_model(TrainingSession)
        )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("<int:pk>/", session_screen, name="session"),
            path("<int:pk>/peserta/", roster_fragment, name="roster"),
            path("<int:pk>/hadir/<int:membership_id>/", attendance, name="attendance"),
            path("<int:pk>/status/", change_status, name="status"),
            path("<int:pk>/layar/", projector, name="projector"),
            path("<int:pk>/layar/jumlah/", joined_count, name="count"),
            path("<int:pk>/tambah-peserta/", add_participant, name="add_participant"),
            path("<int:pk>/nilai/<int:membership_id>/", paper_scores, name="paper_scores"),
            path("<int:pk>/cetak/tes/", print_tests, name="print_tests"),
            path("<int:pk>/cetak/kunci/", print_key, name="print_key"),
            path("<int:pk>/cetak/sertifikat/", print_certificates, name="print_certificates"),
            path("<int:pk>/daftar-hadir.pdf", attendance_pdf, name="attendance_pdf"),
            path("<int:pk>/daftar-hadir.xlsx", attendance_xlsx, name="attendance_xlsx"),
            path("<int:pk>/peserta.xlsx", roster_xlsx, name="roster_xlsx"),
        ]


session_viewset = SessionViewSet()
