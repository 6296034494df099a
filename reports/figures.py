"""The report's figures: one plain function per figure, keyword-only, each a fixed number of
SQL aggregates whatever the number of learners, sessions or attempts. The dashboard, the
exports, the PDF, the benchmark and the tests all call these, so the numbers agree everywhere.

What counts (the method note on the page and in the PDF says the same):
- learners: accounts that are not staff, including deleted (anonymised) ones, so reach does not
  shrink when someone deletes their account; registered = joined in the period;
- started: learners with an enrolment (first lesson done or course started) in the period;
- completed: distinct learner x course with a valid (not revoked) certificate issued in the
  period. A certificate is issued exactly when a course is complete (certificates/rules.py), so
  it is the completion fact, read from one small table instead of recomputing progress;
- certificates: the same valid certificates, online or facilitator-verified (attested_by set);
- sessions held: sessions that started in the period (and have started by now); participants:
  their memberships (one per learner and session, including those who left later);
- knowledge gain: per learner and course, best final-test score in the period minus the first
  pre-test ever submitted (quizzes.attempts.learner_scores), in points; only paired learners.

Area: a learner is counted where their first session was held, else in their profile's kota
(reports/areas.py); sessions and their participants where the session was held.
"""

from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

from django.db.models import Count, Exists, F, Max, OuterRef, Q, Subquery
from django.db.models.functions import TruncMonth
from django.utils import timezone

from accounts.models import User
from certificates.models import Certificate
from courses.models import CoursePage, Enrolment
from quizzes.models import AttemptAnswer, QuizAttempt, QuizKind, QuizPage
from quizzes.scoring import stored_id
from training import roster
from training.gain import question_text
from training.models import Membership, Region, RegionLevel, TrainingSession

from .areas import KOTA_TO_AREA, kecamatan_of, kota_of

JAKARTA = ZoneInfo("Asia/Jakarta")


@dataclass(frozen=True)
class Filters:
    start: datetime  # aware, inclusive
    end: datetime  # aware, exclusive
    course_id: int | None = None
    kota: str = ""  # region code, "31.73"
    kecamatan: str = ""  # region code, "31.73.01"
    organiser: str = ""


# -- the populations ---------------------------------------------------------------------------


def _first_session_kelurahan(ref):
    return Subquery(
        Membership.objects.filter(learner_id=OuterRef(ref))
        .order_by("joined_at", "pk")
        .values("session__kelurahan__code")[:1]
    )


def _learners_only(qs, *, filters, user):
    """Rows that belong to a learner (`user`: the path to the user, "" for User itself), with
    the learner's area annotated (area_kel, profile_area) and the area/partner filters applied."""
    prefix = f"{user}__" if user else ""
    ref = f"{user}_id" if user else "pk"
    qs = qs.filter(**{f"{prefix}is_staff": False, f"{prefix}is_superuser": False}).annotate(
        area_kel=_first_session_kelurahan(ref), profile_area=F(f"{prefix}area")
    )
    if filters.kecamatan:
        qs = qs.filter(area_kel__startswith=filters.kecamatan + ".")
    elif filters.kota:
        qs = qs.filter(
            Q(area_kel__startswith=filters.kota + ".")
            | Q(area_kel__isnull=True, profile_area=KOTA_TO_AREA.get(filters.kota, "-"))
        )
    if filters.organiser:
        qs = qs.filter(
            Exists(
                Membership.objects.filter(
                    learner_id=OuterRef(ref), session__organiser=filters.organiser
                )
            )
        )
    return qs


def registered_learners(*, filters):
    """Learners who registered in the period (with the course filter: who enrolled in that
    course or joined one of its sessions)."""
    qs = _learners_only(User.objects.all(), filters=filters, user="").filter(
        date_joined__gte=filters.start, date_joined__lt=filters.end
    )
    if filters.course_id:
        qs = qs.filter(
            Exists(Enrolment.objects.filter(user_id=OuterRef("pk"), course_id=filters.course_id))
            | Exists(
                Membership.objects.filter(
                    learner_id=OuterRef("pk"), session__course_id=filters.course_id
                )
            )
        )
    return qs


def enrolments(*, filters):
    qs = _learners_only(Enrolment.objects.all(), filters=filters, user="user").filter(
        enrolled_at__gte=filters.start, enrolled_at__lt=filters.end
    )
    if filters.course_id:
        qs = qs.filter(course_id=filters.course_id)
    return qs


def valid_certificates(*, filters):
    qs = _learners_only(
        Certificate.objects.filter(revoked_at__isnull=True), filters=filters, user="user"
    ).filter(issued_at__gte=filters.start, issued_at__lt=filters.end)
    if filters.course_id:
        qs = qs.filter(course_id=filters.course_id)
    return qs


def _session_q(filters, prefix=""):
    q = Q(
        **{
            f"{prefix}starts_at__gte": filters.start,
            f"{prefix}starts_at__lt": filters.end,
            f"{prefix}starts_at__lte": timezone.now(),
        }
    )
    if filters.course_id:
        q &= Q(**{f"{prefix}course_id": filters.course_id})
    if filters.organiser:
        q &= Q(**{f"{prefix}organiser": filters.organiser})
    if filters.kecamatan:
        q &= Q(**{f"{prefix}kelurahan__code__startswith": filters.kecamatan + "."})
    elif filters.kota:
        q &= Q(**{f"{prefix}kelurahan__code__startswith": filters.kota + "."})
    return q


def sessions_held(*, filters):
    return TrainingSession.objects.filter(_session_q(filters))


def participations(*, filters):
    """Memberships of learners in the sessions held (one per learner and session)."""
    return Membership.objects.filter(
        _session_q(filters, "session__"), learner__is_staff=False, learner__is_superuser=False
    )


# -- headline ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Gain:
    pairs: int
    mean_gain: float | None  # points, rounded to 0.1; None without pairs
    mean_pretest: float | None = None
    mean_final: float | None = None


def _mean_gain(pairs):
    if not pairs:
        return Gain(pairs=0, mean_gain=None)
    mean_pre = sum(pre for pre, _ in pairs) / len(pairs)
    mean_final = sum(final for _, final in pairs) / len(pairs)
    return Gain(
        pairs=len(pairs),
        mean_gain=round(mean_final - mean_pre, 1),
        mean_pretest=round(mean_pre, 1),
        mean_final=round(mean_final, 1),
    )


def gain_pairs(*, filters):
    """[(user id, course id, first pre-test, best final)] for every learner and course with both
    tests (the final submitted in the period). One query."""
    first_pretest = (
        QuizAttempt.objects.filter(
            user_id=OuterRef("user_id"),
            course_id=OuterRef("course_id"),
            kind=QuizKind.PRETEST,
            submitted_at__isnull=False,
        )
        .order_by("submitted_at", "pk")
        .values("score")[:1]
    )
    qs = _learners_only(
        QuizAttempt.objects.filter(
            kind=QuizKind.FINAL,
            submitted_at__gte=filters.start,
            submitted_at__lt=filters.end,
        ),
        filters=filters,
        user="user",
    )
    if filters.course_id:
        qs = qs.filter(course_id=filters.course_id)
    rows = (
        qs.values("user_id", "course_id")
        .annotate(final_best=Max("score"), pretest_first=Subquery(first_pretest))
        .order_by()
        .values_list("user_id", "course_id", "pretest_first", "final_best")
    )
    return [
        (user_id, course_id, float(pre), float(final))
        for user_id, course_id, pre, final in rows
        if pre is not None and final is not None
    ]


@dataclass(frozen=True)
class Headline:
    registered: int
    started: int
    completions: int
    certificates_online: int
    certificates_attested: int
    sessions: int
    participants: int
    gain: Gain

    @property
    def certificates(self):
        return self.certificates_online + self.certificates_attested


def headline(*, filters):
    """The headline numbers. Five queries."""
    certs = valid_certificates(filters=filters).aggregate(
        total=Count("id"),
        attested=Count("id", filter=Q(attested_by__isnull=False)),
    )
    sessions = sessions_held(filters=filters).aggregate(
        sessions=Count("id", distinct=True),
        participants=Count(
            "memberships",
            filter=Q(
                memberships__learner__is_staff=False, memberships__learner__is_superuser=False
            ),
        ),
    )
    pairs = gain_pairs(filters=filters)
    return Headline(
        registered=registered_learners(filters=filters).count(),
        started=enrolments(filters=filters).values("user_id").distinct().count(),
        # One valid certificate per learner and course (a database constraint): their number
        # is the number of distinct learner x course completions.
        completions=certs["total"],
        certificates_online=certs["total"] - certs["attested"],
        certificates_attested=certs["attested"],
        sessions=sessions["sessions"],
        participants=sessions["participants"],
        gain=_mean_gain([(pre, final) for _, _, pre, final in pairs]),
    )


# -- by month ----------------------------------------------------------------------------------


def months(*, filters):
    """(year, month) of every month the period touches, in order."""
    start = filters.start.astimezone(JAKARTA)
    end = filters.end.astimezone(JAKARTA)
    year, month = start.year, start.month
    found = []
    while datetime(year, month, 1, tzinfo=JAKARTA) < end:
        found.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return found


def _per_month(qs, field_name):
    rows = (
        qs.annotate(month=TruncMonth(field_name, tzinfo=JAKARTA))
        .values("month")
        .annotate(n=Count("id"))
        .order_by()
    )
    found = {}
    for row in rows:
        month = row["month"]
        if month is None:
            continue
        if isinstance(month, datetime):
            month = month.astimezone(JAKARTA) if timezone.is_aware(month) else month
        key = (month.year, month.month)
        found[key] = found.get(key, 0) + row["n"]
    return found


@dataclass(frozen=True)
class MonthRow:
    year: int
    month: int
    registered: int
    completions: int
    participants: int


def by_month(*, filters):
    """New learners, completions and session participants per month of the period. Three
    queries."""
    registered = _per_month(registered_learners(filters=filters), "date_joined")
    completions = _per_month(valid_certificates(filters=filters), "issued_at")
    participants = _per_month(participations(filters=filters), "session__starts_at")
    return [
        MonthRow(
            year=year,
            month=month,
            registered=registered.get((year, month), 0),
            completions=completions.get((year, month), 0),
            participants=participants.get((year, month), 0),
        )
        for year, month in months(filters=filters)
    ]


# -- by area -----------------------------------------------------------------------------------


@dataclass
class AreaRow:
    key: str  # a region code, areas.OUTSIDE or areas.UNKNOWN
    name: str
    registered: int = 0
    started: int = 0
    completions: int = 0
    participants: int = 0
    sessions: int = 0


def area_level(*, filters):
    """ "kecamatan" when a kota is chosen (rows are its kecamatan), else "kota"."""
    return "kecamatan" if filters.kota else "kota"


def _area_key(level, kelurahan_code, profile_area):
    if level == "kecamatan":
        return kecamatan_of(kelurahan_code=kelurahan_code)
    return kota_of(kelurahan_code=kelurahan_code, profile_area=profile_area)


def by_area(*, filters):
    """[AreaRow] per kota (or per kecamatan of the chosen kota), then "luar" and "tidak
    diketahui" (only rows with a number). Six queries."""
    from .areas import OUTSIDE, OUTSIDE_LABEL, UNKNOWN, UNKNOWN_LABEL

    level = area_level(filters=filters)
    if level == "kecamatan":
        regions = Region.objects.filter(
            level=RegionLevel.DISTRICT, code__startswith=filters.kota + "."
        )
    else:
        regions = Region.objects.filter(level=RegionLevel.CITY)
    rows = {
        code: AreaRow(key=code, name=name) for code, name in regions.values_list("code", "name")
    }
    extra = {
        OUTSIDE: AreaRow(key=OUTSIDE, name=OUTSIDE_LABEL),
        UNKNOWN: AreaRow(key=UNKNOWN, name=UNKNOWN_LABEL),
    }

    def add(attribute, grouped):
        for kelurahan_code, profile_area, n in grouped:
            key = _area_key(level, kelurahan_code, profile_area)
            row = rows.get(key) or extra.get(key)
            if row is None:  # a region code outside the table: count it as unknown
                row = extra[UNKNOWN]
            setattr(row, attribute, getattr(row, attribute) + n)

    def learner_groups(qs, count):
        return qs.values_list("area_kel", "profile_area").annotate(n=count).order_by()

    add("registered", learner_groups(registered_learners(filters=filters), Count("id")))
    add(
        "started",
        learner_groups(enrolments(filters=filters), Count("user_id", distinct=True)),
    )
    add("completions", learner_groups(valid_certificates(filters=filters), Count("id")))
    add(
        "participants",
        (
            (code, "", n)
            for code, n in participations(filters=filters)
            .values_list("session__kelurahan__code")
            .annotate(n=Count("id"))
            .order_by()
        ),
    )
    add(
        "sessions",
        (
            (code, "", n)
            for code, n in sessions_held(filters=filters)
            .values_list("kelurahan__code")
            .annotate(n=Count("id"))
            .order_by()
        ),
    )
    ordered = list(rows.values())
    ordered += [row for row in extra.values() if _has_numbers(row)]
    return ordered


def _has_numbers(row):
    return any((row.registered, row.started, row.completions, row.participants, row.sessions))


# -- by age group and gender -------------------------------------------------------------------


def by_age_gender(*, filters):
    """{(age_group, gender): learners registered in the period}, "" for not given. One query."""
    return {
        (age, gender): n
        for age, gender, n in registered_learners(filters=filters)
        .values_list("age_group", "gender")
        .annotate(n=Count("id"))
        .order_by()
    }


# -- knowledge gain ----------------------------------------------------------------------------


@dataclass(frozen=True)
class CourseGain:
    course_id: int
    title: str
    gain: Gain


def gain_by_course(*, filters):
    """[CourseGain] for every course with a pair, by title. Two queries."""
    grouped = {}
    for _, course_id, pre, final in gain_pairs(filters=filters):
        grouped.setdefault(course_id, []).append((pre, final))
    titles = dict(CoursePage.objects.filter(pk__in=grouped).values_list("pk", "title"))
    return sorted(
        (
            CourseGain(course_id=course_id, title=titles.get(course_id, ""), gain=_mean_gain(pairs))
            for course_id, pairs in grouped.items()
        ),
        key=lambda row: row.title.casefold(),
    )


@dataclass(frozen=True)
class _ScoreRow:
    pretest: float | None
    final_best: float | None


@dataclass
class SessionFigures:
    session_id: int
    starts_at: datetime
    kelurahan: str
    kecamatan: str
    kota_code: str
    organiser: str
    course: str
    participants: int
    gain: roster.SessionGain = field(default_factory=lambda: roster.SessionGain(pairs=0))


def gain_by_session(*, filters):
    """[SessionFigures] for the sessions held, newest first: participants (every membership)
    and the session's knowledge gain exactly as the facilitator's roster computes it
    (training.roster.knowledge_gain over its active participants, online score else paper
    score). Two queries."""
    sessions = {
        row["pk"]: SessionFigures(
            session_id=row["pk"],
            starts_at=row["starts_at"],
            kelurahan=row["kelurahan__name"],
            kecamatan=row["kelurahan__parent__name"] or "",
            kota_code=(row["kelurahan__code"] or "")[:5],
            organiser=row["organiser"],
            course=row["course__title"],
            participants=row["participants"],
        )
        for row in sessions_held(filters=filters)
        .values(
            "pk",
            "starts_at",
            "kelurahan__name",
            "kelurahan__code",
            "kelurahan__parent__name",
            "organiser",
            "course__title",
        )
        .annotate(
            participants=Count(
                "memberships",
                filter=Q(
                    memberships__learner__is_staff=False,
                    memberships__learner__is_superuser=False,
                ),
            )
        )
        .order_by("-starts_at", "-pk")
    }
    submitted = QuizAttempt.objects.filter(
        user_id=OuterRef("learner_id"),
        course_id=OuterRef("session__course_id"),
        submitted_at__isnull=False,
    )
    first_pretest = (
        submitted.filter(kind=QuizKind.PRETEST).order_by("submitted_at", "pk").values("score")[:1]
    )
    best_final = submitted.filter(kind=QuizKind.FINAL).order_by("-score").values("score")[:1]
    scores = {}
    for session_id, pre, final, paper_pre, paper_final in (
        participations(filters=filters)
        .filter(left_at__isnull=True)
        .annotate(pre=Subquery(first_pretest), final=Subquery(best_final))
        .values_list("session_id", "pre", "final", "paper_pretest_score", "paper_final_score")
    ):
        scores.setdefault(session_id, []).append(
            _ScoreRow(pretest=_score(pre, paper_pre), final_best=_score(final, paper_final))
        )
    for session_id, rows in scores.items():
        if session_id in sessions:
            sessions[session_id].gain = roster.knowledge_gain(rows)
    return list(sessions.values())


def _score(online, paper):
    """As the roster: the online score, else the paper one."""
    if online is not None:
        return float(online)
    return float(paper) if paper is not None else None


# -- questions still wrong ---------------------------------------------------------------------


@dataclass(frozen=True)
class QuestionFigures:
    course: str
    quiz: str
    number: int | None
    text: str
    answered: int
    wrong: int


def still_wrong(*, filters):
    """Per final-test question: how many learners answered it in their best final attempt
    (submitted in the period) and how many still got it wrong, most wrong first. Two
    queries."""
    best_final = (
        QuizAttempt.objects.filter(
            user_id=OuterRef("attempt__user_id"),
            quiz_id=OuterRef("quiz_id"),
            submitted_at__isnull=False,
        )
        .order_by("-score", "-submitted_at", "-pk")
        .values("pk")[:1]
    )
    qs = _learners_only(
        AttemptAnswer.objects.filter(
            attempt__kind=QuizKind.FINAL,
            attempt__submitted_at__gte=filters.start,
            attempt__submitted_at__lt=filters.end,
        ),
        filters=filters,
        user="attempt__user",
    )
    if filters.course_id:
        qs = qs.filter(attempt__course_id=filters.course_id)
    rows = list(
        qs.filter(attempt_id=Subquery(best_final))
        .values("quiz_id", "question_id")
        .annotate(answered=Count("id"), wrong=Count("id", filter=Q(correct=False)))
        .order_by()
    )
    quizzes = {
        quiz.pk: quiz
        for quiz in QuizPage.objects.filter(pk__in={row["quiz_id"] for row in rows}).only(
            "pk", "title", "questions", "path", "depth"
        )
    }
    course_titles = _course_titles(quizzes.values())
    found = []
    for row in rows:
        quiz = quizzes.get(row["quiz_id"])
        number, text = None, "(soal tidak lagi ada di kuis)"
        if quiz is not None:
            for position, block in enumerate(quiz.questions, start=1):
                if stored_id(block.id) == row["question_id"]:
                    number, text = position, question_text(block)
                    break
        found.append(
            QuestionFigures(
                course=course_titles.get(row["quiz_id"], ""),
                quiz=quiz.title if quiz else "",
                number=number,
                text=text,
                answered=row["answered"],
                wrong=row["wrong"],
            )
        )
    found.sort(key=lambda q: (-(q.wrong / q.answered if q.answered else 0), -q.answered, q.text))
    return found


def _course_titles(quizzes):
    """{quiz id: its course's title}, from the page paths (one query)."""
    parents = {quiz.pk: quiz.path[: -CoursePage.steplen] for quiz in quizzes}
    titles = dict(
        CoursePage.objects.filter(path__in=set(parents.values())).values_list("path", "title")
    )
    return {pk: titles.get(path, "") for pk, path in parents.items()}
