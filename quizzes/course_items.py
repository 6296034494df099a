"""Quizzes as items of a course's outline and progress (see courses.items)."""

from courses.items import ItemType, register_item_type

from .attempts import quiz_done, quiz_states
from .models import QuizKind, QuizPage


def _variants(page_ids):
    return dict(QuizPage.objects.filter(pk__in=page_ids).values_list("pk", "kind"))


def _states(*, user, page_ids):
    return quiz_states(user=user, quiz_ids=page_ids)


def register():
    register_item_type(
        ItemType(
            kind="quiz",
            variants=_variants,
            states=_states,
            done=quiz_done,
            # Pre-tests and practice quizzes never block completion; final tests must be passed.
            required=lambda variant: variant == QuizKind.FINAL,
        )
    )
