from .certificates import Certificate, CertificateSettings
from .pages import CourseIndexPage, CoursePage, LessonPage
from .progress import Enrolment, LessonCompletion

__all__ = [
    "Certificate",
    "CertificateSettings",
    "CourseIndexPage",
    "CoursePage",
    "Enrolment",
    "LessonCompletion",
    "LessonPage",
]
