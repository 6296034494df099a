"""Course items other than lessons, contributed by apps above courses (quizzes register theirs).

A course's outline lists its live children in order. Lessons belong to this app; any other
page type takes part in progress only through an ItemType registered here, so courses never
imports the app that defines it.
"""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class ItemType:
    kind: str
    # {page id: variant} for those of these page ids that are of this type (e.g. "final").
    variants: Callable[[list[int]], dict[int, str]]
    # {(user id, page id): state} for many learners at once, in a constant number of queries
    # (called as states_for_users(user_ids=..., page_ids=...)); a state has `attempts` and
    # `best_score`. Pairs without a state may be missing. There is deliberately no per-learner
    # variant: one learner is a list of one, so a single learner and a roster never disagree.
    states_for_users: Callable[..., dict]
    # Whether a state completes an item of this variant.
    done: Callable[[str, object], bool]
    # Whether an item of this variant must be done for the course to be complete.
    required: Callable[[str], bool]


_types: dict[str, ItemType] = {}


def register_item_type(item_type):
    _types[item_type.kind] = item_type


def item_type(kind):
    return _types.get(kind)


def item_types():
    return list(_types.values())
