"""A learner's progress in a course changed (a lesson done, a final test passed): the
certificate may now be due. Courses and quizzes send the signal; they never import this app."""

from django.dispatch import receiver

from courses.signals import course_progressed

from .rules import issue_if_complete


@receiver(course_progressed, dispatch_uid="certificates_issue_if_complete")
def issue_certificate_if_complete(sender, *, user, course, **kwargs):
    issue_if_complete(user=user, course=course)
