from .attempts import QuizAttempt
from .pages import QuizKind, QuizPage

__all__ = ["QuizAttempt", "QuizKind", "QuizPage"]
