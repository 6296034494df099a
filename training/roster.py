"""The rules of a facilitator's session: joining, the roster, attendance, paper scores and the
session's certificates. Views, admin screens, commands and tests all call these.

Every figure on the session screen comes from the same selectors as a learner's own pages
(courses.progress, quizzes.attempts) and the task force's reports, in a constant number of
queries however many participants the session has.
"""

import re
import secrets
from dataclasses import dataclass
from decimal import Decimal

from django.db import IntegrityError, transaction
from django.utils import timezone
from wagtail.log_actions import log

from accounts.models import User
from certificates import rules as certificate_rules
from certificates.models import Certificate
from courses.progress import outline_for, progress_for_users
from quizzes.attempts import learner_scores
from quizzes.models import QuizKind, QuizPage

from .models import (
    JOIN_CODE_ALPHABET,
    JOIN_CODE_LENGTH,
    JoinedVia,
    Membership,
    SessionStatus,
    TrainingSession,
    new_join_code,
)

MIN_PAIRS_FOR_GAIN = 5


class JoinRefused(Exception):
    """Why a code does not let the learner in: `reason` is "unknown", "scheduled" or "closed"."""

    def __init__(self, reason, session=None):
        super().__init__(reason)
        self.reason = reason
        self.session = session


def normalise_code(typed):
    """What a participant typed ("abc 234", "ABC-234") as a stored join code."""
    return re.sub(r"[\s\-]", "", str(typed or "")).upper()[: JOIN_CODE_LENGTH * 2]


def looks_like_code(code):
    return len(code) == JOIN_CODE_LENGTH and all(c in JOIN_CODE_ALPHABET for c in code)


def session_for_code(typed):
    """The open session this code names, or JoinRefused saying why not."""
    code = normalise_code(typed)
    if not looks_like_code(code):
        raise JoinRefused("unknown")
    session = (
        TrainingSession.objects.select_related("course", "kelurahan__parent")
        .filter(join_code=code)
        .exclude(status=SessionStatus.CLOSED)
        .first()
    )
    if session is None:
        closed = TrainingSession.objects.filter(join_code=code).order_by("-starts_at").first()
        raise JoinRefused("closed" if closed else "unknown", closed)
    if session.status == SessionStatus.SCHEDULED:
        raise JoinRefused("scheduled", session)
    return session


def assign_join_code(session):
    """A fresh code unique among sessions that are not closed (a clash of 31^6 is rare)."""
    for _ in range(10):
        code = new_join_code()
        if (
            not TrainingSession.objects.filter(join_code=code)
            .exclude(status=SessionStatus.CLOSED)
            .exclude(pk=session.pk)
            .exists()
        ):
            session.join_code = code
            return code
    raise RuntimeError("no free join code")


def join(*, session, learner):
    """Add the learner to the open session with their consent recorded. Idempotent: joining
    twice (or from two tabs at once) gives one membership; a learner who had left rejoins."""
    if not session.is_open:
        raise JoinRefused("closed" if session.status == SessionStatus.CLOSED else "scheduled")
    now = timezone.now()
    membership, created = Membership.objects.get_or_create(
        session=session,
        learner=learner,
        defaults={"joined_via": JoinedVia.CODE, "consent_at": now},
    )
    if not created and (membership.left_at or not membership.consent_at):
        Membership.objects.filter(pk=membership.pk).update(left_at=None, consent_at=now)
        membership.refresh_from_db()
    return membership, created


def leave(*, membership):
    """The learner leaves: the facilitator no longer sees them; counts keep them anonymously."""
    Membership.objects.filter(pk=membership.pk, left_at__isnull=True).update(left_at=timezone.now())


@transaction.atomic
def add_participant_without_phone(*, session, full_name, by, age_group="", gender=""):
    """A participant added by name by the facilitator: an account that cannot log in, so their
    attendance, paper scores and certificate are kept like everyone else's."""
    for _ in range(5):
        username = f"peserta-{secrets.token_hex(4)}"
        if not User.objects.filter(username=username).exists():
            break
    learner = User(
        username=username, full_name=full_name.strip(), age_group=age_group, gender=gender
    )
    learner.set_unusable_password()
    learner.save()
    membership = Membership.objects.create(
        session=session,
        learner=learner,
        joined_via=JoinedVia.FACILITATOR,
        consent_at=timezone.now(),
        attended=True,
    )
    log(instance=membership, action="training.add_participant", user=by)
    return membership


def set_attendance(*, membership, attended, by):
    """Tick present / absent. Setting the same value again changes nothing and logs nothing."""
    changed = (
        Membership.objects.filter(pk=membership.pk)
        .exclude(attended=attended)
        .update(attended=attended)
    )
    if changed:
        membership.attended = attended
        log(instance=membership, action="training.attendance", user=by, data={"hadir": attended})
    return bool(changed)


def final_pass_mark(course):
    final = QuizPage.objects.child_of(course).filter(kind=QuizKind.FINAL).order_by("path").first()
    return final.pass_mark if final else None


@transaction.atomic
def enter_paper_scores(*, membership, pretest, final, by):
    """Record the paper tests of a participant without a phone. A final score at or above the
    final test's pass mark issues a certificate marked as attested by this facilitator."""
    Membership.objects.filter(pk=membership.pk).update(
        paper_pretest_score=pretest, paper_final_score=final
    )
    membership.paper_pretest_score, membership.paper_final_score = pretest, final
    log(
        instance=membership,
        action="training.paper_scores",
        user=by,
        data={"pra_tes": str(pretest), "tes_akhir": str(final)},
    )
    course = membership.session.course
    pass_mark = final_pass_mark(course)
    if final is not None and pass_mark is not None and Decimal(final) >= pass_mark:
        return certificate_rules.issue_attested(user=membership.learner, course=course, by=by)
    return None


@dataclass(frozen=True)
class RosterRow:
    membership: Membership
    name: str
    joined_at: object
    attended: bool | None
    pretest: float | None
    lessons_done: int
    lessons_total: int
    final_best: float | None
    status: str  # "belum_mulai", "sedang_belajar", "lulus", "bersertifikat"
    paper: bool

    @property
    def status_label(self):
        return STATUS_LABELS[self.status]


STATUS_LABELS = {
    "belum_mulai": "Belum mulai",
    "sedang_belajar": "Sedang belajar",
    "lulus": "Lulus",
    "bersertifikat": "Bersertifikat",
}
STATUS_ORDER = list(STATUS_LABELS)


def _score(online, paper):
    if online is not None:
        return online
    return float(paper) if paper is not None else None


def roster(session, *, search="", order="name"):
    """The session's active participants with their progress in its course, in constant
    queries (memberships, progress, scores, certificates)."""
    memberships = list(
        session.memberships.filter(left_at__isnull=True)
        .select_related("learner")
        .order_by("joined_at", "pk")
    )
    if search:
        needle = search.casefold()
        memberships = [m for m in memberships if needle in m.learner.get_full_name().casefold()]
    user_ids = [m.learner_id for m in memberships]
    outline = outline_for(session.course.path)
    progress = progress_for_users(user_ids=user_ids, outline=outline) if outline else {}
    scores = learner_scores(course=session.course, user_ids=user_ids) if user_ids else {}
    certified = set(
        Certificate.objects.filter(
            course=session.course, user_id__in=user_ids, revoked_at__isnull=True
        ).values_list("user_id", flat=True)
    )
    pass_mark = final_pass_mark(session.course) if memberships else None
    rows = []
    for membership in memberships:
        learner_progress = progress.get(membership.learner_id)
        learner_score = scores.get(membership.learner_id)
        pretest = _score(
            learner_score.pretest_first if learner_score else None,
            membership.paper_pretest_score,
        )
        final = _score(
            learner_score.final_best if learner_score else None, membership.paper_final_score
        )
        paper_passed = (
            membership.paper_final_score is not None
            and pass_mark is not None
            and membership.paper_final_score >= pass_mark
        )
        if membership.learner_id in certified:
            status = "bersertifikat"
        elif (learner_progress and learner_progress.complete) or paper_passed:
            status = "lulus"
        elif (learner_progress and learner_progress.started) or pretest is not None:
            status = "sedang_belajar"
        else:
            status = "belum_mulai"
        rows.append(
            RosterRow(
                membership=membership,
                name=membership.learner.get_full_name(),
                joined_at=membership.joined_at,
                attended=membership.attended,
                pretest=pretest,
                lessons_done=learner_progress.lessons_done if learner_progress else 0,
                lessons_total=learner_progress.lessons_total if learner_progress else 0,
                final_best=final,
                status=status,
                paper=membership.joined_via == JoinedVia.FACILITATOR,
            )
        )
    if order == "status":
        rows.sort(key=lambda row: (STATUS_ORDER.index(row.status), row.name.casefold()))
    else:
        rows.sort(key=lambda row: row.name.casefold())
    return rows


@dataclass(frozen=True)
class Counts:
    joined: int
    pretest_taken: int
    lessons_finished: int
    final_passed: int
    certificates: int


def counts(rows):
    return Counts(
        joined=len(rows),
        pretest_taken=sum(1 for row in rows if row.pretest is not None),
        lessons_finished=sum(
            1 for row in rows if row.lessons_total and row.lessons_done == row.lessons_total
        ),
        final_passed=sum(1 for row in rows if row.status in ("lulus", "bersertifikat")),
        certificates=sum(1 for row in rows if row.status == "bersertifikat"),
    )


@dataclass(frozen=True)
class SessionGain:
    pairs: int
    mean_pretest: float | None = None
    mean_final: float | None = None
    mean_gain: float | None = None
    improved: int = 0

    @property
    def enough(self):
        return self.pairs >= MIN_PAIRS_FOR_GAIN


def knowledge_gain(rows):
    """Mean pre-test and final-test score of the participants who took both (paired), the
    mean gain in points and how many improved; shown only for 5 pairs or more."""
    pairs = [
        (row.pretest, row.final_best) for row in rows if None not in (row.pretest, row.final_best)
    ]
    if len(pairs) < MIN_PAIRS_FOR_GAIN:
        return SessionGain(pairs=len(pairs))
    mean_pre = sum(pre for pre, _ in pairs) / len(pairs)
    mean_final = sum(final for _, final in pairs) / len(pairs)
    return SessionGain(
        pairs=len(pairs),
        mean_pretest=round(mean_pre, 1),
        mean_final=round(mean_final, 1),
        mean_gain=round(mean_final - mean_pre, 1),
        improved=sum(1 for pre, final in pairs if final > pre),
    )


def completed_certificates(session):
    """Valid certificates of the session's course held by its active participants, by name:
    what "Cetak sertifikat sesi" prints (a participant who completes later appears next time)."""
    learner_ids = session.memberships.filter(left_at__isnull=True).values("learner_id")
    certificates = Certificate.objects.filter(
        course=session.course, user_id__in=learner_ids, revoked_at__isnull=True
    ).select_related("course")
    return sorted(certificates, key=lambda c: c.holder_name.casefold())


def sessions_for(user):
    """The sessions a user may see: all for task-force staff, their own for a facilitator."""
    sessions = TrainingSession.objects.select_related("course", "kelurahan__parent")
    if user.is_superuser or user.has_perm("training.change_trainingsession"):
        return sessions
    return sessions.filter(facilitators=user)


def create_session(**fields):
    session = TrainingSession(**fields)
    assign_join_code(session)
    try:
        with transaction.atomic():
            session.save()
    except IntegrityError:
        assign_join_code(session)
        session.save()
    return session


def set_status(*, session, status, by):
    """Open, close or reschedule a session (a facilitator opens and closes their own). A
    session reopened after closing gets a fresh join code if another session took its old one
    meanwhile (codes are unique only among sessions that are not closed). Returns whether the
    status changed."""
    if status not in SessionStatus.values:
        raise ValueError(f"unknown status {status!r}")
    if session.status == status:
        return False
    if (
        status != SessionStatus.CLOSED
        and TrainingSession.objects.filter(join_code=session.join_code)
        .exclude(status=SessionStatus.CLOSED)
        .exclude(pk=session.pk)
        .exists()
    ):
        assign_join_code(session)
    session.status = status
    session.save(update_fields=["status", "join_code"])
    log(instance=session, action="training.status", user=by, data={"status": status})
    return True
