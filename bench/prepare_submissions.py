"""Run inside Django (manage.py shell): open quiz attempts for many bench learners and write one
line per attempt: path, cookie and a correct form body, for bench/submissions.lua."""

import os
import secrets
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.backends.cached_db import SessionStore

from accounts.models import User
from quizzes.attempts import start_attempt
from quizzes.models import QuizPage
from quizzes.scoring import correct_ids

count = int(os.environ.get("BENCH_SUBMISSION_COUNT", "3000"))
out_path = os.environ["BENCH_SUBMISSIONS"]
quiz = QuizPage.objects.live().filter(kind="final").first()
csrf = secrets.token_hex(16)  # a 32-character secret: valid as cookie and as form token
users = User.objects.bulk_create(
    [
        User(username=f"bench{n}", full_name=f"Peserta {n}", password="!")  # noqa: S106 - "!" marks an unusable password
        for n in range(count)
    ]
)
with open(out_path, "w") as handle:
    for user in users:
        session = SessionStore()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session.create()
        attempt = start_attempt(user=user, quiz=quiz)
        data = [("csrfmiddlewaretoken", csrf)]
        for question in attempt.snapshot["questions"]:
            data += [(f"q-{question['id']}", value) for value in sorted(correct_ids(question))]
            if question["type"] == "red_flags":
                data.append((f"seen-{question['id']}", "1"))
        cookie = f"sessionid={session.session_key}; csrftoken={csrf}"
        handle.write(f"/kuis/percobaan/{attempt.pk}/kirim/\t{cookie}\t{urlencode(data)}\n")
print(quiz.url)
