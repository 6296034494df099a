from .answers import AttemptAnswer, WrongChoice
from .attempts import QuestionSet, QuizAttempt
from .pages import QuizKind, QuizPage

__all__ = ["AttemptAnswer", "QuestionSet", "QuizAttempt", "QuizKind", "QuizPage", "WrongChoice"]
