"""Quizzes as items of a course's outline and progress (see courses.items)."""

from courses.items import ItemType, register_item_type

from .attempts import quiz_done, quiz_states_for_users
from .models import QuizKind, QuizPage


def _variants(page_ids):
    return dict(QuizPage.objects.filter(pk__in=page_ids).values_list("pk", "kind"))


def _states_for_users(*, user_ids, page_ids):
    return quiz_states_for_users(user_ids=user_ids, quiz_ids=page_ids)


def register():
    register_item_type(
        ItemType(
            kind="quiz",
            variants=_variants,
            states_for_users=_states_for_users,
            done=quiz_done,
            # Pre-tests and practice quizzes never block completion; final tests must be passed.
            required=lambda variant: variant == QuizKind.FINAL,
        )
    )
