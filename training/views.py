"""The participant's side of a session: join with a code (typed or from the QR), and leave."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from courses.progress import outline_for
from home.ratelimit import allow

from . import roster
from .models import Membership

# Wrong codes per address in 10 minutes: a hall of 200 behind one Wi-Fi mistypes a few; a
# guesser needs 31^6 tries.
WRONG_CODES_PER_ADDRESS = 40
JOINS_PER_SESSION_PER_MINUTE = 400

REFUSALS = {
    "unknown": _("Kode itu tidak kami kenal. Periksa lagi kode di layar: 6 huruf dan angka."),
    "scheduled": _("Sesi ini belum dibuka. Tunggu fasilitator membukanya, lalu coba lagi."),
    "closed": _("Sesi ini sudah ditutup. Anda tetap bisa belajar sendiri di daftar kursus."),
}


def _too_many(request):
    return render(request, "training/too_many.html", status=429)


@never_cache
@require_http_methods(["GET"])
def enter_code(request):
    """/gabung/: type the code shown by the facilitator."""
    typed = request.GET.get("kode", "")
    if not typed.strip():
        return render(request, "training/enter_code.html")
    code = roster.normalise_code(typed)
    if roster.looks_like_code(code):
        return redirect("training:join", code=code)
    if not allow(request, scope="join-wrong", limit=WRONG_CODES_PER_ADDRESS, period=600):
        return _too_many(request)
    context = {"typed": typed[:20], "error": REFUSALS["unknown"]}
    return render(request, "training/enter_code.html", context, status=400)


@never_cache
@require_http_methods(["GET", "POST"])
def join(request, code):
    """/gabung/<KODE>/: the session, what the facilitator will see, and the consent to join."""
    try:
        session = roster.session_for_code(code)
    except roster.JoinRefused as refused:
        if refused.reason == "unknown" and not allow(
            request, scope="join-wrong", limit=WRONG_CODES_PER_ADDRESS, period=600
        ):
            return _too_many(request)
        context = {"typed": code[:20], "error": REFUSALS[refused.reason]}
        status = 404 if refused.reason == "unknown" else 409
        return render(request, "training/enter_code.html", context, status=status)
    here = reverse("training:join", args=[session.join_code])
    context = {
        "session": session,
        "signup_url": f"{reverse('account_signup')}?{urlencode({'next': here})}",
        "login_url": f"{reverse('account_login')}?{urlencode({'next': here})}",
        "membership": None,
    }
    if request.user.is_authenticated:
        context["membership"] = Membership.objects.filter(
            session=session, learner=request.user, left_at__isnull=True
        ).first()
    if request.method == "POST":
        if not request.user.is_authenticated:
            return redirect(context["login_url"])
        if request.POST.get("setuju") != "1":
            context["error"] = _(
                "Centang persetujuan dulu: fasilitator perlu melihat kemajuan Anda di kursus ini."
            )
            return render(request, "training/join.html", context, status=400)
        if not allow(
            request, scope="join", limit=JOINS_PER_SESSION_PER_MINUTE, key=str(session.pk)
        ):
            return _too_many(request)
        roster.join(session=session, learner=request.user)
        return redirect(_first_step(session))
    return render(request, "training/join.html", context)


def _first_step(session):
    """Where a participant starts: the course's first item (the pre-test, when it has one)."""
    outline = outline_for(session.course.path)
    if outline and outline.items:
        return outline.items[0].url
    return session.course.url


@login_required
@require_POST
def leave(request, membership_id):
    # Another learner's membership id looks exactly like one that does not exist.
    membership = get_object_or_404(
        Membership, pk=membership_id, learner=request.user, left_at__isnull=True
    )
    roster.leave(membership=membership)
    messages.success(
        request,
        _(
            "Anda sudah keluar dari sesi “%(title)s”. Fasilitatornya tidak lagi melihat "
            "kemajuan Anda."
        )
        % {"title": membership.session.title},
    )
    return redirect("courses:my_courses")
