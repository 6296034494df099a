"""Run inside Django (manage.py shell): median time to render one certificate PDF and one
combined PDF of 200, printed as JSON."""

import json
import statistics
import time

from certificates import rules
from certificates.models import Certificate
from certificates.pdf import render_pdf
from courses.models import CoursePage

course = CoursePage.objects.live().first()
certificate = Certificate(
    code=rules.new_code(),
    holder_name="Nguyễn Thị Siti Nurhaliza",
    course_title=course.title,
)
from django.utils import timezone  # noqa: E402

certificate.issued_at = timezone.now()
branding = rules.branding(course)
url = "https://waspada.example/sertifikat/" + certificate.code + "/"
render_pdf([(certificate, branding, url)])  # fonts load once per process


def median_ms(items, repeat):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        render_pdf(items)
        times.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(times), 1)


print(
    json.dumps(
        {
            "one_pdf_ms": median_ms([(certificate, branding, url)], 21),
            "combined_200_ms": median_ms([(certificate, branding, url)] * 200, 5),
        }
    )
)
