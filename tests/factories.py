"""Test data builders: users with Indonesian names, and a small page tree."""

import factory
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Locale, Page, Site

from accounts.models import User
from certificates.rules import new_code
from content.loader import stream
from courses.models import CourseIndexPage, CoursePage, LessonPage
from home.models import ContentPage, HelpPage, HomePage, Hotline, SiteSettings


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User

    username = factory.Sequence(lambda n: f"peserta{n}")
    full_name = factory.Faker("name", locale="id_ID")
    password = factory.django.Password("kata-sandi-rahasia-1")


class CertificateFactory(factory.django.DjangoModelFactory):
    """A valid certificate as issue_if_complete would write it (pass `course=`)."""

    class Meta:
        model = "certificates.Certificate"

    user = factory.SubFactory(UserFactory)
    code = factory.LazyFunction(new_code)
    holder_name = factory.LazyAttribute(lambda o: o.user.full_name)
    course_title = factory.LazyAttribute(lambda o: o.course.title)


class HotlineFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Hotline

    service = factory.Sequence(lambda n: f"Layanan {n}")
    purpose = "Untuk melapor."
    phone = "129"
    whatsapp = "0811-1129-129"
    source = "Sumber uji"
    last_checked = "2025-01-01"


def lesson_body(n=1):
    return stream(
        [
            ("heading", {"text": f"Bagian {n}", "level": "h2"}),
            ("paragraph", f"<p>Isi pelajaran {n}.</p>"),
            (
                "red_flags",
                {"title": "Tanda bahaya", "flags": ["Gaji terlalu tinggi", "Paspor ditahan"]},
            ),
            (
                "scenario",
                {
                    "title": "Kisah Rina",
                    "story": "<p>Rina ditawari kerja.</p>",
                    "question": "Apa tanda bahayanya?",
                    "explanation": "<p>Biaya di muka.</p>",
                },
            ),
            ("key_points", {"title": "Poin penting", "points": ["Periksa agen"]}),
            ("quote", {"text": "Laporkan, jangan hanya unggah.", "source": "Kemlu"}),
            ("help_link", {"text": "Butuh bantuan?"}),
            (
                "video",
                {
                    "url": "https://youtu.be/abcdefghijk",
                    "title": "Video",
                    "duration": "2 menit",
                    "transcript": "<p>Ringkasan</p>",
                },
            ),
            ("sources", {"items": ["Sumber A, 2024"]}),
        ]
    )


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _root():
    """The tree's root; recreated when a transactional test has flushed the migrations' data."""
    Locale.objects.get_or_create(language_code="id")
    return Page.get_first_root_node() or Page.add_root(
        instance=Page(
            title="Root", slug="root", content_type=ContentType.objects.get_for_model(Page)
        )
    )


def build_site(*, lessons=3):
    """Home > (Kursus > one course with `lessons` lessons), Bantuan, Tentang; returns a dict."""
    root = _root()
    home = publish(
        root,
        HomePage(
            title="Beranda",
            slug="beranda-uji",
            hero_title="Kenali bujukannya",
            hero_text="Belajar gratis.",
        ),
    )
    site = Site.objects.filter(is_default_site=True).first() or Site(
        hostname="localhost", port=80, is_default_site=True
    )
    site.root_page = home
    site.save()
    index = publish(home, CourseIndexPage(title="Kursus", slug="kursus"))
    course = publish(
        index,
        CoursePage(
            title="Waspada Modus Perekrutan", slug="modus", summary="Kenali lowongan palsu."
        ),
    )
    lesson_pages = [
        publish(
            course, LessonPage(title=f"Pelajaran {i}", slug=f"pelajaran-{i}", body=lesson_body(i))
        )
        for i in range(1, lessons + 1)
    ]
    help_page = publish(
        home, HelpPage(title="Bantuan & Lapor", slug="bantuan", intro="Darurat? 110 atau 112.")
    )
    about = publish(
        home,
        ContentPage(
            title="Tentang", slug="tentang", body=stream([("paragraph", "<p>Tentang kami.</p>")])
        ),
    )
    settings = SiteSettings.for_site(site)
    settings.help_page = help_page
    settings.about_page = about
    settings.privacy_page = about
    settings.save()
    return {
        "home": home,
        "index": index,
        "course": course,
        "lessons": lesson_pages,
        "help": help_page,
        "about": about,
        "site": site,
    }


def question_specs(count, *, correct_index=0):
    """`count` questions cycling through the four types; `correct_index` picks which choice is
    right, so two quizzes can differ only in their answers."""
    specs = []
    for n in range(count):
        kind = ("single_choice", "multiple_choice", "true_false", "red_flags")[n % 4]
        if kind in ("single_choice", "multiple_choice"):
            choices = [
                {
                    "text": f"Pilihan {n}.{i}",
                    "correct": i == correct_index,
                    "feedback": f"Alasan {i}",
                }
                for i in range(3)
            ]
            if kind == "multiple_choice":
                choices[(correct_index + 1) % 3]["correct"] = True
            specs.append(
                (kind, {"question": f"Soal {n}?", "choices": choices, "explanation": "Penjelasan."})
            )
        elif kind == "true_false":
            specs.append(
                (
                    kind,
                    {
                        "statement": f"Pernyataan {n}.",
                        "answer": correct_index == 0,
                        "feedback_true": "Karena A.",
                        "feedback_false": "Karena B.",
                        "explanation": "Penjelasan.",
                    },
                )
            )
        else:
            statements = [
                {
                    "text": f"Kalimat {n}.{i}",
                    "suspicious": i == correct_index or i == 2,
                    "feedback": f"Sebab {i}",
                }
                for i in range(3)
            ]
            specs.append(
                (
                    kind,
                    {
                        "title": f"Kisah {n}",
                        "scenario": "<p>Lowongan kerja.</p>",
                        "image": "",
                        "image_alt": "",
                        "statements": statements,
                        "explanation": "Penjelasan.",
                    },
                )
            )
    return specs


def add_quiz(course, *, kind="final", questions=4, correct_index=0, slug=None, **fields):
    from quizzes.models import QuizPage

    quiz = QuizPage(
        title=f"Kuis {kind}",
        slug=slug or f"kuis-{kind}",
        kind=kind,
        shuffle_choices=False,
        questions=stream(question_specs(questions, correct_index=correct_index)),
        **fields,
    )
    return publish(course, quiz)


def take_quiz(*, user, quiz, correct=True):
    """A submitted attempt, through the same rules a learner's request goes through."""
    from quizzes import attempts
    from quizzes.scoring import correct_ids

    attempt = attempts.start_attempt(user=user, quiz=quiz)
    answers = {
        q["id"]: sorted(correct_ids(q)) if correct else [] for q in attempt.snapshot["questions"]
    }
    return attempts.submit_attempt(attempt=attempt, answers=answers)[0]


def right_answers(attempt):
    """The POST data of a fully correct submission of this attempt (options named by the
    attempt's tokens, as its form names them)."""
    from quizzes.attempts import option_token
    from quizzes.scoring import correct_ids

    data = {}
    for question in attempt.snapshot["questions"]:
        data[f"q-{question['id']}"] = sorted(
            option_token(attempt, question["id"], option_id) for option_id in correct_ids(question)
        )
        if question["type"] == "red_flags":
            data[f"seen-{question['id']}"] = "1"
    return data
