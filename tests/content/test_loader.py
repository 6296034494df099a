"""The content loader: malformed files are refused with the file and field named, nothing is
written unless every file is valid, and the site it builds has one page per file."""

import shutil
from pathlib import Path

import pytest
import yaml
from django.core.management import CommandError, call_command
from wagtail.models import Page

import content.loader
from content.loader import ROOT, load_demo_content, read_content
from content.validation import ContentError, join_html
from courses.models import CourseIndexPage, CoursePage
from home.models import HomePage, Hotline

KENALI = "courses/kenali-tppo"
LESSON = f"{KENALI}/lessons/01-apa-itu-tppo.yaml"
FINAL = f"{KENALI}/quizzes/tes-akhir.yaml"


@pytest.fixture
def root(tmp_path):
    """A copy of the shipped content files that a test may break."""
    copy = tmp_path / "content"
    copy.mkdir()
    for name in ("site.yaml", "hotlines.yaml", "pages", "courses", "illustrations"):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, copy / name)
        else:
            shutil.copy(source, copy / name)
    return copy


def _edit(root, name, change):
    path = root / name
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _problems(root):
    with pytest.raises(ContentError) as raised:
        read_content(root)
    return raised.value.problems


def test_the_shipped_files_are_valid_and_complete():
    content = read_content()
    assert [course.fields["slug"] for course in content.courses] == [
        "kenali-tppo",
        "waspada-modus-perekrutan",
        "melapor-dan-menolong",
    ]
    assert len(content.pages) == len(list((ROOT / "pages").glob("*.yaml"))) == 4
    assert len(content.hotlines) == len(yaml.safe_load((ROOT / "hotlines.yaml").read_text()))


def test_a_missing_required_field_names_file_and_path(root):
    _edit(root, FINAL, lambda data: data["questions"][4]["choices"][1].pop("feedback"))
    assert _problems(root) == [f"content/{FINAL}: questions[4].choices[1].feedback: required"]


def test_an_empty_required_field_is_refused(root):
    _edit(root, LESSON, lambda data: data["body"][0].update(text=""))
    assert _problems(root) == [f"content/{LESSON}: body[0].text: required"]


def test_an_unknown_block_type_is_refused(root):
    _edit(root, LESSON, lambda data: data["body"][0].update(type="banner"))
    (problem,) = _problems(root)
    assert problem.startswith(f"content/{LESSON}: body[0].type: unknown block type 'banner'")
    assert "heading" in problem and "sources" in problem


def test_a_lesson_block_is_not_allowed_in_a_quiz(root):
    _edit(root, FINAL, lambda data: data["questions"][0].update(type="scenario"))
    (problem,) = _problems(root)
    assert problem.startswith(f"content/{FINAL}: questions[0].type: unknown block type 'scenario'")


def test_an_unknown_field_is_refused(root):
    def misspell(data):
        choice = data["questions"][0]["choices"][0]
        choice["feedbak"] = choice.pop("feedback")

    _edit(root, FINAL, misspell)
    assert set(_problems(root)) == {
        f"content/{FINAL}: questions[0].choices[0].feedback: required",
        f"content/{FINAL}: questions[0].choices[0].feedbak: unknown field "
        "(expected one of: correct, feedback, text)",
    }


@pytest.mark.parametrize(
    ("name", "change", "expected"),
    [
        (
            "hotlines.yaml",
            lambda data: data[0].update(phone=110),
            "content/hotlines.yaml: [0].phone: must be text, not int (put it in quotes)",
        ),
        (
            LESSON,
            lambda data: data.update(estimated_minutes="enam"),
            f"content/{LESSON}: estimated_minutes: must be a whole number, not text",
        ),
        (
            FINAL,
            lambda data: data["questions"][0]["choices"][0].update(correct="ya"),
            f"content/{FINAL}: questions[0].choices[0].correct: must be true or false, not text",
        ),
        (
            LESSON,
            lambda data: data.update(body={"type": "heading"}),
            f"content/{LESSON}: body: must be a list of blocks, not a mapping",
        ),
        (
            LESSON,
            lambda data: data["body"][0].update(level="h5"),
            f"content/{LESSON}: body[0].level: 'h5' is not one of: h2, h3",
        ),
        (
            FINAL,
            lambda data: data.update(kind="exam"),
            f"content/{FINAL}: kind: 'exam' is not one of: final, practice, pretest",
        ),
        (
            "hotlines.yaml",
            lambda data: data[0].update(last_checked="3 Oktober 2025"),
            "content/hotlines.yaml: [0].last_checked: must be a date written YYYY-MM-DD, "
            "not '3 Oktober 2025'",
        ),
    ],
)
def test_a_value_of_the_wrong_type_is_refused(root, name, change, expected):
    _edit(root, name, change)
    assert _problems(root) == [expected]


def test_a_text_longer_than_the_field_allows_is_refused(root):
    _edit(root, LESSON, lambda data: data["body"][0].update(text="x" * 121))
    assert _problems(root) == [
        f"content/{LESSON}: body[0].text: too long: 121 characters, at most 120"
    ]


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<p>Judul</p><h2>Bagian</h2>", "tag <h2> is not allowed"),
        ("<p>Klik <script>alert(1)</script></p>", "tag <script> is not allowed"),
        ('<p style="color:red">Merah</p>', 'attribute style="..." on <p> is not allowed'),
        ('<p><a href="http://contoh.id">tautan</a></p>', "link 'http://contoh.id' must start"),
        ("<p>Tebal <b>sekali</p>", "</p> found where </b> was expected"),
        ("<ul><li>satu</li>", "<ul> is never closed"),
    ],
)
def test_html_outside_the_allowed_tags_is_refused(root, html, expected):
    index = 1  # body[1] of the first lesson is a paragraph
    _edit(root, LESSON, lambda data: data["body"][index].update(html=html))
    (problem,) = _problems(root)
    assert problem.startswith(f"content/{LESSON}: body[1].html: {expected}")


def test_a_file_that_is_not_yaml_names_the_file_and_line(root):
    (root / FINAL).write_text("slug: tes-akhir\ntitle: [belum ditutup\n", encoding="utf-8")
    (problem,) = _problems(root)
    assert problem.startswith(f"content/{FINAL}: not valid YAML: line ")


def test_every_problem_is_reported_at_once(root):
    _edit(root, LESSON, lambda data: data["body"][0].update(type="banner"))
    _edit(root, "hotlines.yaml", lambda data: data[1].update(phone=112))
    problems = _problems(root)
    assert len(problems) == 2
    assert problems[0].startswith(f"content/{LESSON}:")
    assert problems[1].startswith("content/hotlines.yaml: [1].phone:")


def test_an_image_needs_its_file_and_its_alt_text(root):
    def break_image(data):
        image = next(block for block in data["body"] if block["type"] == "image")
        image["image"] = "tidak-ada.svg"
        del image["alt"]

    _edit(root, LESSON, break_image)
    assert set(_problems(root)) == {
        f"content/{LESSON}: body[4].image: no file 'tidak-ada.svg' in illustrations/",
        f"content/{LESSON}: body[4].alt: required",
    }


def test_a_slug_must_match_its_file_name(root):
    _edit(root, LESSON, lambda data: data.update(slug="apa-itu"))
    assert _problems(root) == [
        f"content/{LESSON}: slug: 'apa-itu' does not match the file name ('apa-itu-tppo')"
    ]


def test_the_course_order_lists_every_lesson_and_quiz_once(root):
    _edit(root, f"{KENALI}/course.yaml", lambda data: data["order"].remove("quizzes/pra-tes.yaml"))
    _edit(root, f"{KENALI}/course.yaml", lambda data: data["order"].append("quizzes/ujian.yaml"))
    assert set(_problems(root)) == {
        f"content/{KENALI}/course.yaml: order[7]: 'quizzes/ujian.yaml' does not exist",
        f"content/{KENALI}/course.yaml: order: 'quizzes/pra-tes.yaml' exists but is not listed",
    }


def test_every_course_folder_is_listed_in_site_yaml(root):
    shutil.copytree(root / KENALI, root / "courses" / "kursus-baru")
    assert _problems(root) == ["content/site.yaml: courses: 'kursus-baru' exists but is not listed"]


def test_a_hotline_is_listed_once(root):
    _edit(root, "hotlines.yaml", lambda data: data.append(dict(data[0])))
    assert _problems(root) == [
        "content/hotlines.yaml: service 'Polri – Layanan Darurat 110' is used twice"
    ]


def test_an_empty_file_is_refused(root):
    (root / LESSON).write_text("", encoding="utf-8")
    assert _problems(root) == [f"content/{LESSON}: must be a mapping of fields, not empty"]


def test_a_page_needs_an_existing_parent(root):
    _edit(root, "pages/04-panduan-fasilitator.yaml", lambda data: data.update(parent="panduan"))
    assert _problems(root) == [
        "content/pages/04-panduan-fasilitator.yaml: parent: 'panduan' is neither 'home' nor a "
        "page in an earlier file"
    ]


def test_rich_text_lines_are_joined_back_into_one_string():
    text = "<p>Satu</p>\n<ul>\n  <li>dua</li>\n</ul>\n<p>tiga\nempat</p>\n"
    assert join_html(text) == "<p>Satu</p><ul><li>dua</li></ul><p>tiga empat</p>"


def _expected_pages(root):
    """(parent slug, slug) of every page the files describe."""
    site = yaml.safe_load((root / "site.yaml").read_text(encoding="utf-8"))
    home, index = site["home"]["slug"], site["course_index"]["slug"]
    expected = {("root", home), (home, index)}
    for folder in sorted((root / "courses").iterdir()):
        expected.add((index, folder.name))
        for path in [*folder.glob("lessons/*.yaml"), *folder.glob("quizzes/*.yaml")]:
            expected.add((folder.name, yaml.safe_load(path.read_text(encoding="utf-8"))["slug"]))
    for path in (root / "pages").glob("*.yaml"):
        page = yaml.safe_load(path.read_text(encoding="utf-8"))
        expected.add((home if page["parent"] == "home" else page["parent"], page["slug"]))
    return expected


@pytest.mark.django_db
def test_the_loader_builds_one_page_per_file():
    report = load_demo_content()
    pages = Page.objects.filter(depth__gt=1)
    built = {("root" if page.depth == 2 else page.get_parent().slug, page.slug) for page in pages}
    assert built == _expected_pages(ROOT)
    assert pages.count() == len(_expected_pages(ROOT)) == 34
    assert Hotline.objects.count() == len(yaml.safe_load((ROOT / "hotlines.yaml").read_text()))
    assert report[:3] == ["beranda dibuat", "daftar kursus dibuat", "kursus 'Kenali TPPO' dibuat"]
    assert load_demo_content() == []


@pytest.mark.django_db
def test_the_course_order_of_the_file_is_the_order_of_the_pages():
    load_demo_content()
    course = CoursePage.objects.get(slug="waspada-modus-perekrutan")
    order = yaml.safe_load((ROOT / "courses" / course.slug / "course.yaml").read_text())["order"]
    slugs = [
        Path(name).stem.split("-", 1)[1] if "lessons/" in name else Path(name).stem
        for name in order
    ]
    assert [page.slug for page in course.get_children().order_by("path")] == slugs
    assert slugs.index("latihan-cek-dulu") == slugs.index("cek-dulu-tawaran-kerja-dan-agen") + 1


@pytest.mark.django_db
def test_nothing_is_written_when_a_file_is_invalid(root):
    _edit(root, FINAL, lambda data: data["questions"][4]["choices"][1].pop("feedback"))
    with pytest.raises(ContentError):
        load_demo_content(root)
    assert not HomePage.objects.exists()
    assert not CourseIndexPage.objects.exists()
    assert not Hotline.objects.exists()


@pytest.mark.django_db
def test_the_command_reports_problems_without_a_traceback(root, monkeypatch):
    _edit(root, LESSON, lambda data: data["body"][0].update(type="banner"))
    monkeypatch.setattr(content.loader, "ROOT", root)
    with pytest.raises(CommandError, match=f"content/{LESSON}: body\\[0\\].type"):
        call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
