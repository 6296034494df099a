"""Backfill: each attempt's questions into a shared question set, and per-question rows.

For every attempt still holding its whole snapshot:

- its questions join a question set of its quiz (one per quiz version as far as the stored
  snapshots tell: attempts whose common questions are identical share a set, which grows by
  appending, so positions already handed out never move), and the attempt gets a layout of
  positions into that set;
- the set and the layout must give back exactly the stored snapshot; only then is the snapshot
  column cleared, otherwise the attempt keeps it and reads it as before;
- a submitted attempt gets one AttemptAnswer per stored result and one WrongChoice per wrong
  judgement, from its own stored results: no attempt is re-scored, so no score can change.

The helpers are copied from quizzes.snapshot and quizzes.scoring as they are today, so later
changes to those modules cannot change what this migration did.
"""

import hashlib
import json

from django.db import migrations

BATCH = 200
SNAPSHOT_KEYS = {"version", "quiz_title", "pass_mark", "questions"}


def _dump(value):
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def content_hash(pool, version):
    return hashlib.sha256(_dump({"version": version, "questions": pool}).encode()).hexdigest()


def assemble(pool, layout):
    questions = []
    for entry in layout["questions"]:
        question = dict(pool[entry["index"]])
        question["options"] = [dict(question["options"][position]) for position in entry["options"]]
        questions.append(question)
    return {
        "version": layout["version"],
        "quiz_title": layout["quiz_title"],
        "pass_mark": layout["pass_mark"],
        "questions": questions,
    }


def correct_ids(question):
    if question["type"] == "true_false":
        return {"benar" if question["answer"] else "salah"}
    key = "suspicious" if question["type"] == "red_flags" else "correct"
    return {option["id"] for option in question["options"] if option[key]}


def wrong_choices(question, selected):
    right = correct_ids(question)
    wrong = [option_id for option_id in selected if option_id not in right]
    if question["type"] == "red_flags":
        chosen = set(selected)
        wrong += [
            option["id"]
            for option in question["options"]
            if option["id"] in right and option["id"] not in chosen
        ]
    return wrong


def _canonical(question):
    """A question regardless of the order of its options (shuffled per attempt)."""
    return _dump({**question, "options": sorted(map(_dump, question["options"]))})


def _splittable(snapshot):
    return (
        isinstance(snapshot, dict)
        and set(snapshot) == SNAPSHOT_KEYS
        and isinstance(snapshot["questions"], list)
        and all(
            isinstance(question, dict) and isinstance(question.get("options"), list)
            for question in snapshot["questions"]
        )
    )


class Pool:
    """A question set being gathered: questions appended, never reordered."""

    def __init__(self, version):
        self.version = version
        self.questions = []
        self.by_id = {}  # question id -> (position, canonical form)
        self.row = None

    def fits(self, questions):
        ids = [question["id"] for question in questions]
        if len(set(map(repr, ids))) != len(ids) or not all(isinstance(i, str) for i in ids):
            return False  # ambiguous ids: such an attempt gets a set of its own
        for question in questions:
            known = self.by_id.get(question["id"])
            if known is not None and known[1] != _canonical(question):
                return False
        return True

    def layout_for(self, snapshot, *, own):
        """Positions of the snapshot's questions and options, adding what is new."""
        entries = []
        for question in snapshot["questions"]:
            canonical = _canonical(question)
            known = None if own else self.by_id.get(question["id"])
            if known is None:
                self.questions.append(question)
                known = (len(self.questions) - 1, canonical)
                if not own:
                    self.by_id[question["id"]] = known
            stored = self.questions[known[0]]["options"]
            used, positions = set(), []
            for option in question["options"]:
                position = next(
                    (p for p, o in enumerate(stored) if p not in used and o == option), None
                )
                if position is None:
                    return None
                used.add(position)
                positions.append(position)
            entries.append({"index": known[0], "options": positions})
        return {
            "version": snapshot["version"],
            "quiz_title": snapshot["quiz_title"],
            "pass_mark": snapshot["pass_mark"],
            "questions": entries,
        }


def _pool_for(pools, attempt, snapshot):
    candidates = pools.setdefault((attempt.quiz_id, snapshot["version"]), [])
    for pool in candidates:
        if pool.fits(snapshot["questions"]):
            return pool, False
    pool = Pool(snapshot["version"])
    own = not pool.fits(snapshot["questions"])
    if not own:
        candidates.append(pool)
    return pool, own


def forwards(apps, schema_editor):
    QuizAttempt = apps.get_model("quizzes", "QuizAttempt")
    QuestionSet = apps.get_model("quizzes", "QuestionSet")
    AttemptAnswer = apps.get_model("quizzes", "AttemptAnswer")
    WrongChoice = apps.get_model("quizzes", "WrongChoice")

    pools = {}
    pending = []  # every Pool that got a row, to be given its final content at the end
    ids = list(
        QuizAttempt.objects.filter(question_set__isnull=True, legacy_snapshot__isnull=False)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    for start in range(0, len(ids), BATCH):
        attempts = list(QuizAttempt.objects.filter(pk__in=ids[start : start + BATCH]).order_by("pk"))
        moved, answers, wrongs = [], [], []
        for attempt in attempts:
            snapshot = attempt.legacy_snapshot
            if attempt.submitted_at is not None:
                _answer_rows(attempt, snapshot, answers, wrongs, AttemptAnswer, WrongChoice)
            if not _splittable(snapshot):
                continue
            pool, own = _pool_for(pools, attempt, snapshot)
            layout = pool.layout_for(snapshot, own=own)
            if layout is None or assemble(pool.questions, layout) != snapshot:
                continue  # not faithfully splittable: the attempt keeps its snapshot
            if pool.row is None:
                # A provisional key; the real hash is known once the set stops growing.
                pool.row = QuestionSet.objects.create(
                    content_hash=f"pending-{len(pending)}", version=pool.version, questions=[]
                )
                pending.append(pool)
            attempt.question_set_id = pool.row.pk
            attempt.layout = layout
            attempt.legacy_snapshot = None
            moved.append(attempt)
        QuizAttempt.objects.bulk_update(moved, ["question_set", "layout", "legacy_snapshot"])
        AttemptAnswer.objects.bulk_create(answers)
        WrongChoice.objects.bulk_create(wrongs)

    for pool in pending:
        digest = content_hash(pool.questions, pool.version)
        existing = QuestionSet.objects.filter(content_hash=digest).first()
        if existing is not None:
            QuizAttempt.objects.filter(question_set=pool.row).update(question_set=existing)
            pool.row.delete()
        else:
            QuestionSet.objects.filter(pk=pool.row.pk).update(
                content_hash=digest, questions=pool.questions
            )


def _answer_rows(attempt, snapshot, answers, wrongs, AttemptAnswer, WrongChoice):
    # As the old item analysis read them: a result counts when its question is in the snapshot.
    questions = snapshot.get("questions", []) if isinstance(snapshot, dict) else []
    by_id = {question["id"]: question for question in questions}
    for position, result in enumerate(attempt.results or [], start=1):
        question = by_id.get(result["id"])
        if question is None:
            continue
        question_id = "" if result["id"] is None else str(result["id"])
        answers.append(
            AttemptAnswer(
                attempt_id=attempt.pk,
                quiz_id=attempt.quiz_id,
                question_id=question_id,
                position=position,
                score=result["score"],
                correct=result["score"] >= 1,
                selected=list(result["selected"]),
            )
        )
        wrongs.extend(
            WrongChoice(
                attempt_id=attempt.pk,
                quiz_id=attempt.quiz_id,
                question_id=question_id,
                option_id=str(option_id),
            )
            for option_id in wrong_choices(question, result["selected"])
        )


def backwards(apps, schema_editor):
    """Give every attempt its whole snapshot back, so the column can be required again."""
    QuizAttempt = apps.get_model("quizzes", "QuizAttempt")
    apps.get_model("quizzes", "AttemptAnswer").objects.all().delete()
    apps.get_model("quizzes", "WrongChoice").objects.all().delete()
    ids = list(
        QuizAttempt.objects.filter(legacy_snapshot__isnull=True)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    for start in range(0, len(ids), BATCH):
        attempts = list(
            QuizAttempt.objects.filter(pk__in=ids[start : start + BATCH]).select_related(
                "question_set"
            )
        )
        for attempt in attempts:
            attempt.legacy_snapshot = assemble(attempt.question_set.questions, attempt.layout)
            attempt.question_set = None
            attempt.layout = None
        QuizAttempt.objects.bulk_update(attempts, ["legacy_snapshot", "question_set", "layout"])
    apps.get_model("quizzes", "QuestionSet").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("quizzes", "0003_question_sets_and_answer_rows")]

    operations = [migrations.RunPython(forwards, backwards)]
