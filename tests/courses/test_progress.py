import pytest

from courses import progress
from courses.models import Enrolment, LessonCompletion
from tests.concurrency import run_at_once
from tests.factories import UserFactory, build_site


@pytest.mark.django_db
class TestMarkLessonComplete:
    def test_records_once_and_enrols(self, site_tree, learner):
        lesson = site_tree["lessons"][0]
        _, created = progress.mark_lesson_complete(user=learner, lesson=lesson)
        _, created_again = progress.mark_lesson_complete(user=learner, lesson=lesson)
        assert (created, created_again) == (True, False)
        assert LessonCompletion.objects.filter(user=learner).count() == 1
        assert Enrolment.objects.filter(user=learner, course=site_tree["course"]).count() == 1

    def test_completion_knows_its_course(self, site_tree, learner):
        completion, _ = progress.mark_lesson_complete(user=learner, lesson=site_tree["lessons"][1])
        assert completion.course_id == site_tree["course"].pk

    def test_database_refuses_a_duplicate_even_if_code_is_bypassed(self, site_tree, learner):
        from django.db import IntegrityError, transaction

        lesson = site_tree["lessons"][0]
        LessonCompletion.objects.create(user=learner, lesson=lesson, course=site_tree["course"])
        with pytest.raises(IntegrityError), transaction.atomic():
            LessonCompletion.objects.create(user=learner, lesson=lesson, course=site_tree["course"])


@pytest.mark.django_db
class TestCourseProgress:
    def test_progress_is_derived_from_completions(self, site_tree, learner, rf):
        course, lessons = site_tree["course"], site_tree["lessons"]
        progress.mark_lesson_complete(user=learner, lesson=lessons[0])
        request = rf.get("/")
        request.user = learner
        state = progress.progress_for_request(request=request, course_path=course.path)
        assert (state.lessons_done, state.lessons_total) == (1, 3)
        assert state.percent == 33
        assert state.next_item.page_id == lessons[1].pk
        assert not state.complete

    def test_complete_when_every_lesson_is_done(self, site_tree, learner, rf):
        for lesson in site_tree["lessons"]:
            progress.mark_lesson_complete(user=learner, lesson=lesson)
        request = rf.get("/")
        request.user = learner
        state = progress.progress_for_request(request=request, course_path=site_tree["course"].path)
        assert state.complete and state.percent == 100 and state.next_item is None

    def test_position_gives_previous_and_next(self, site_tree, learner, rf):
        request = rf.get("/")
        request.user = learner
        state = progress.progress_for_request(request=request, course_path=site_tree["course"].path)
        lessons = site_tree["lessons"]
        middle = state.position_of(lessons[1].pk)
        assert middle["number"] == 2
        assert middle["previous"].page_id == lessons[0].pk
        assert middle["next"].page_id == lessons[2].pk

    def test_unpublished_lessons_do_not_count(self, site_tree, learner, rf):
        site_tree["lessons"][2].unpublish()
        request = rf.get("/")
        request.user = learner
        state = progress.progress_for_request(request=request, course_path=site_tree["course"].path)
        assert state.lessons_total == 2

    def test_learner_courses_lists_only_own_enrolments(self, site_tree, learner):
        other = UserFactory()
        progress.mark_lesson_complete(user=other, lesson=site_tree["lessons"][0])
        assert progress.learner_courses(user=learner) == []
        progress.enrol(user=learner, course=site_tree["course"])
        [state] = progress.learner_courses(user=learner)
        assert state.lessons_done == 0


@pytest.mark.django_db
class TestGuestProgress:
    def test_guest_progress_is_claimed_once(self, site_tree, learner):
        session = {}
        lesson = site_tree["lessons"][0]
        progress.record_guest_completion(session=session, lesson=lesson)
        progress.record_guest_completion(session=session, lesson=lesson)
        assert session[progress.GUEST_PROGRESS_SESSION_KEY] == [lesson.pk]
        assert progress.claim_guest_progress(session=session, user=learner) == 1
        assert progress.GUEST_PROGRESS_SESSION_KEY not in session
        assert LessonCompletion.objects.filter(user=learner, lesson=lesson).count() == 1


@pytest.mark.django_db(transaction=True)
def test_concurrent_completions_make_one_record():
    """Two tabs or a double tap send the same POST at once: exactly one record results."""
    tree = build_site(lessons=1)
    learner = UserFactory()
    lesson = tree["lessons"][0]
    _, errors = run_at_once(
        lambda: progress.mark_lesson_complete(user=learner, lesson=lesson), times=8
    )
    assert errors == []
    assert LessonCompletion.objects.filter(user=learner, lesson=lesson).count() == 1
    assert Enrolment.objects.filter(user=learner).count() == 1


def _learners_in_every_state(tree):
    """Learners a facilitator's roster would show: not started, enrolled, part-way, finished
    lessons with a failed final test, complete, and a completion without an enrolment row."""
    from quizzes.models import QuizKind
    from tests.factories import add_quiz, take_quiz

    course, lessons = tree["course"], tree["lessons"]
    pre = add_quiz(course, kind=QuizKind.PRETEST, questions=2, slug="pra")
    final = add_quiz(course, kind=QuizKind.FINAL, questions=2, pass_mark=100, slug="akhir")
    learners = {name: UserFactory() for name in ("new", "enrolled", "partway", "failed", "done")}
    learners["orphan"] = UserFactory()
    progress.enrol(user=learners["enrolled"], course=course)
    progress.mark_lesson_complete(user=learners["partway"], lesson=lessons[0])
    take_quiz(user=learners["partway"], quiz=pre, correct=False)
    for name in ("failed", "done"):
        for lesson in lessons:
            progress.mark_lesson_complete(user=learners[name], lesson=lesson)
        take_quiz(user=learners[name], quiz=pre, correct=False)
        take_quiz(user=learners[name], quiz=final, correct=False)
    take_quiz(user=learners["done"], quiz=final, correct=True)
    LessonCompletion.objects.create(user=learners["orphan"], lesson=lessons[1], course=course)
    return learners


@pytest.mark.django_db
class TestProgressForManyLearners:
    def test_equals_each_learners_own_progress(self, site_tree):
        learners = _learners_in_every_state(site_tree)
        outline = progress.outline_for(site_tree["course"].path)
        ids = [learner.pk for learner in learners.values()]
        bulk = progress.progress_for_users(user_ids=ids, outline=outline)
        assert set(bulk) == set(ids)
        for learner in learners.values():
            assert bulk[learner.pk] == progress.progress_for_user(user=learner, outline=outline)
        summary = {
            name: (
                bulk[learner.pk].enrolled,
                bulk[learner.pk].lessons_done,
                bulk[learner.pk].percent,
                bulk[learner.pk].complete,
            )
            for name, learner in learners.items()
        }
        # Three lessons and one final test make the course: 4 required items.
        assert summary == {
            "new": (False, 0, 0, False),
            "enrolled": (True, 0, 0, False),
            "partway": (True, 1, 25, False),
            "failed": (True, 3, 75, False),
            "done": (True, 3, 100, True),
            "orphan": (True, 1, 25, False),
        }
        final = bulk[learners["done"].pk].quizzes[-1]
        assert (final.attempts, final.best_score, final.done) == (2, 100.0, True)

    def test_learner_courses_agrees(self, site_tree):
        learners = _learners_in_every_state(site_tree)
        outline = progress.outline_for(site_tree["course"].path)
        for learner in learners.values():
            mine = progress.learner_courses(user=learner)
            if Enrolment.objects.filter(user=learner).exists():
                assert mine == [progress.progress_for_user(user=learner, outline=outline)]
            else:
                assert mine == []

    def test_queries_do_not_grow_with_learners(self, site_tree, django_assert_num_queries):
        from accounts.models import User
        from tests.factories import add_quiz, take_quiz

        course, lessons = site_tree["course"], site_tree["lessons"]
        final = add_quiz(course, questions=1, slug="akhir")
        users = User.objects.bulk_create(
            User(username=f"roster{n}", full_name=f"Peserta {n}") for n in range(200)
        )
        Enrolment.objects.bulk_create(Enrolment(user=user, course=course) for user in users)
        LessonCompletion.objects.bulk_create(
            LessonCompletion(user=user, lesson=lessons[n % 3], course=course)
            for n, user in enumerate(users)
        )
        for user in users[::40]:
            take_quiz(user=user, quiz=final)
        outline = progress.outline_for(course.path)
        # Completions, enrolments, and one query per item type (quizzes).
        for size in (5, 200):
            with django_assert_num_queries(3):
                table = progress.progress_for_users(
                    user_ids=[user.pk for user in users[:size]], outline=outline
                )
            assert len(table) == size
        assert sum(state.complete for state in table.values()) == 0
        assert sum(state.quizzes[0].done for state in table.values()) == 5

    def test_no_learners_no_queries(self, site_tree, django_assert_num_queries):
        outline = progress.outline_for(site_tree["course"].path)
        with django_assert_num_queries(0):
            assert progress.progress_for_users(user_ids=[], outline=outline) == {}
