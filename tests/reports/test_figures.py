"""Every headline number of the fixture against the hand computation in conftest.py, the
area, month and age tables, the filters, and the per-session gain against the roster's."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from reports import figures
from reports.areas import AREA_TO_KOTA, OUTSIDE, UNKNOWN, kecamatan_of, kota_of
from reports.tables import build_report
from tests.reports.conftest import EXPECTED, build_fixture, year_filters
from training import roster
from training.models import Region, RegionLevel

pytestmark = pytest.mark.django_db


def test_area_mapping_matches_the_region_table(reach):
    kota = dict(Region.objects.filter(level=RegionLevel.CITY).values_list("code", "name"))
    assert set(AREA_TO_KOTA.values()) == set(kota)
    for area, code in AREA_TO_KOTA.items():
        assert area.label.split()[-1] in kota[code]
    assert kota_of(kelurahan_code="31.73.01.1004", profile_area="jaksel") == "31.73"
    assert kota_of(kelurahan_code=None, profile_area="jakpus") == "31.71"
    assert kota_of(kelurahan_code=None, profile_area="luar") == OUTSIDE
    assert kota_of(kelurahan_code=None, profile_area="") == UNKNOWN
    assert kecamatan_of(kelurahan_code="31.73.01.1004") == "31.73.01"


def test_headline_numbers(reach):
    head = figures.headline(filters=year_filters())
    assert head.registered == EXPECTED["registered"]
    assert head.started == EXPECTED["started"]
    assert head.completions == EXPECTED["completions"]
    assert head.certificates_online == EXPECTED["certificates_online"]
    assert head.certificates_attested == EXPECTED["certificates_attested"]
    assert head.sessions == EXPECTED["sessions"]
    assert head.participants == EXPECTED["participants"]
    assert head.gain.pairs == EXPECTED["pairs"]
    assert head.gain.mean_gain == EXPECTED["mean_gain"]


def test_headline_as_shown(reach):
    shown = {
        labels[0]: cells[0].text for labels, cells in build_report(filters=year_filters()).headline
    }
    assert shown["Peserta terdaftar"] == "17"
    assert shown["Penyelesaian kursus (sertifikat sah)"] == "7"
    # One attested certificate: "< 5", and the online count would give it away (7 - 6).
    assert shown["Sertifikat diverifikasi fasilitator"] == "< 5"
    assert shown["Sertifikat daring"] == "×"
    assert shown["Rata-rata peningkatan pengetahuan (poin)"] == "+58,3"


def test_filters_by_kota_partner_and_period(reach):
    west = figures.headline(filters=year_filters(kota="31.73"))
    # a1-a6, a6 counted where their session was although the profile says Jakarta Selatan
    assert (west.registered, west.started, west.completions) == (6, 6, 5)
    assert (west.sessions, west.participants, west.gain.pairs) == (1, 6, 6)
    assert west.gain.mean_gain == 50.0  # 100 - (4 * 25 + 2 * 100) / 6
    centre = figures.headline(filters=year_filters(kota="31.71"))
    assert (centre.registered, centre.started, centre.completions, centre.sessions) == (
        4,
        4,
        1,
        0,
    )
    cengkareng = figures.headline(filters=year_filters(kota="31.73", kecamatan="31.73.01"))
    assert cengkareng.registered == 6
    partner = figures.headline(filters=year_filters(organiser="Yayasan Mitra"))
    assert (partner.registered, partner.participants, partner.sessions) == (3, 3, 1)
    assert (partner.completions, partner.certificates_attested) == (1, 1)
    november = figures.headline(
        filters=figures.Filters(
            start=year_filters().start.replace(month=11), end=year_filters().start.replace(month=12)
        )
    )
    assert (november.registered, november.sessions, november.completions) == (0, 1, 7)
    course = figures.headline(filters=year_filters(course_id=reach["course"].pk))
    # d1, e2 and f1 never enrolled (e1 did): 14 of the 17
    assert course.registered == 14


def test_by_area(reach):
    rows = {row.key: row for row in figures.by_area(filters=year_filters())}
    assert (rows["31.73"].registered, rows["31.73"].participants, rows["31.73"].sessions) == (
        6,
        6,
        1,
    )
    assert (rows["31.75"].registered, rows["31.75"].completions) == (3, 1)
    assert (rows["31.71"].registered, rows["31.71"].started, rows["31.71"].completions) == (4, 4, 1)
    assert rows["31.72"].registered == 1  # f1, deleted, still counted
    assert rows["31.74"].registered == 0
    assert rows[OUTSIDE].registered == 1
    assert (rows[UNKNOWN].registered, rows[UNKNOWN].started) == (2, 1)
    assert sum(row.registered for row in rows.values()) == EXPECTED["registered"]
    inside = {row.key: row for row in figures.by_area(filters=year_filters(kota="31.73"))}
    assert inside["31.73.01"].registered == 6  # Cengkareng
    assert len([key for key in inside if key.startswith("31.73.")]) == 8  # its kecamatan


def test_by_month_and_age_gender(reach):
    months = {(row.year, row.month): row for row in figures.by_month(filters=year_filters())}
    assert len(months) == 12
    assert months[(2026, 3)].registered == 6
    assert months[(2026, 2)].registered == 4
    assert months[(2026, 11)].participants == 6 and months[(2026, 6)].participants == 3
    assert months[(2026, 11)].completions == 7
    ages = figures.by_age_gender(filters=year_filters())
    assert ages[("25-34", "l")] == 4 and ages[("25-34", "p")] == 2
    assert ages[("50+", "p")] == 3
    assert sum(ages.values()) == EXPECTED["registered"]


def test_session_gain_agrees_with_the_roster(reach):
    by_session = {row.session_id: row for row in figures.gain_by_session(filters=year_filters())}
    for session in reach["sessions"]:
        expected = roster.knowledge_gain(roster.roster(session))
        assert by_session[session.pk].gain == expected
    s1, s2 = reach["sessions"]
    assert by_session[s1.pk].gain.mean_gain == 50.0
    assert by_session[s2.pk].gain.pairs == 3  # b3's paper scores count, as on the roster
    assert by_session[s2.pk].gain.mean_gain is None  # fewer than 5 pairs


def test_course_gain_agrees_with_learner_scores(reach):
    from quizzes.attempts import learner_scores

    (row,) = figures.gain_by_course(filters=year_filters())
    scores = [s for s in learner_scores(course=reach["course"]).values() if s.gain is not None]
    assert row.gain.pairs == len(scores)
    assert row.gain.mean_gain == round(sum(s.gain for s in scores) / len(scores), 1)


def test_questions_still_wrong(reach):
    from quizzes.models import AttemptAnswer

    # Two of nine learners got question 1 of the final test wrong after all.
    first = AttemptAnswer.objects.filter(quiz=reach["final"], position=1)
    ids = list(first.values_list("pk", flat=True)[:2])
    AttemptAnswer.objects.filter(pk__in=ids).update(correct=False)
    rows = figures.still_wrong(filters=year_filters())
    top = rows[0]
    assert (top.answered, top.wrong, top.number) == (9, 2, 1)
    assert top.text == "Soal 0?"


def _queries(filters):
    with CaptureQueriesContext(connection) as captured:
        build_report(filters=filters)
    return len(captured)


def test_query_count_does_not_grow_with_the_data(db):
    build_fixture(scale=1)
    small = _queries(year_filters())
    small_west = _queries(year_filters(kota="31.73"))
    build_fixture(scale=10, start=1)  # nine more copies of every learner: 10x the data
    assert figures.headline(filters=year_filters()).registered == 10 * EXPECTED["registered"]
    assert _queries(year_filters()) == small
    assert _queries(year_filters(kota="31.73")) == small_west
