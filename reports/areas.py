"""Where a learner is counted: the one mapping of the profile's Area choices onto the kota
codes of the region table (training/data/wilayah-dki-jakarta.csv), and the keys of the report's
area rows.

A learner who took part in a session is counted where their first session was held (the
session's kelurahan, so also its kecamatan and kota: region codes are hierarchical, 31.73.01.1001
lies in kecamatan 31.73.01 of kota 31.73). Anyone else is counted in the kota of their profile
area, in an unknown kecamatan; learners outside DKI get their own row, and those who said
nothing are "tidak diketahui".
"""

from accounts.models import Area

AREA_TO_KOTA = {
    Area.JAKARTA_PUSAT: "31.71",
    Area.JAKARTA_UTARA: "31.72",
    Area.JAKARTA_BARAT: "31.73",
    Area.JAKARTA_SELATAN: "31.74",
    Area.JAKARTA_TIMUR: "31.75",
    Area.KEPULAUAN_SERIBU: "31.01",
}
KOTA_TO_AREA = {code: area for area, code in AREA_TO_KOTA.items()}

OUTSIDE = "luar"
UNKNOWN = "tidak-diketahui"
OUTSIDE_LABEL = "Di luar DKI Jakarta"
UNKNOWN_LABEL = "Tidak diketahui"

KOTA_CODE_LENGTH = 5  # "31.73"
KECAMATAN_CODE_LENGTH = 8  # "31.73.01"


def kota_of(*, kelurahan_code, profile_area):
    """The kota row a learner (or a session participant) is counted in."""
    if kelurahan_code:
        return kelurahan_code[:KOTA_CODE_LENGTH]
    if profile_area == Area.OUTSIDE_DKI:
        return OUTSIDE
    return AREA_TO_KOTA.get(profile_area, UNKNOWN)


def kecamatan_of(*, kelurahan_code):
    """The kecamatan row inside a kota (unknown without a session's kelurahan)."""
    return kelurahan_code[:KECAMATAN_CODE_LENGTH] if kelurahan_code else UNKNOWN
