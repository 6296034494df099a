"""Signals the courses app sends so that apps above it can react without being imported.

`course_progressed(user=, course=)` is sent once for each new step a learner makes in a course
(a lesson completed for the first time, a quiz passed); the certificates app listens and
issues a certificate when the course has become complete.
"""

from django.dispatch import Signal

course_progressed = Signal()
