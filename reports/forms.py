"""The dashboard's filters: a period (month, quarter, year or a custom range; this year by
default, in Asia/Jakarta) and course, kota, kecamatan and partner organisation."""

from datetime import date, datetime, time, timedelta

from django import forms
from django.utils import timezone

from courses.models import CoursePage
from training.models import Region, RegionLevel, TrainingSession

from .figures import JAKARTA, Filters

MONTHS = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]
QUARTERS = ["I", "II", "III", "IV"]
PERIODS = [
    ("tahun", "Tahun"),
    ("kuartal", "Kuartal"),
    ("bulan", "Bulan"),
    ("rentang", "Rentang tanggal"),
]


def indonesian_date(value):
    """ "3 Desember 2026" """
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def month_label(year, month, *, short=False):
    name = MONTHS[month - 1]
    return f"{name[:3]} {year}" if short else f"{name} {year}"


def _aware(day):
    return timezone.make_aware(datetime.combine(day, time.min), JAKARTA)


def today():
    return timezone.now().astimezone(JAKARTA).date()


class ReportFilterForm(forms.Form):
    periode = forms.ChoiceField(label="Periode", choices=PERIODS, required=False)
    tahun = forms.IntegerField(label="Tahun", min_value=2020, max_value=2100, required=False)
    kuartal = forms.TypedChoiceField(
        label="Kuartal",
        choices=[(n, f"Kuartal {q}") for n, q in enumerate(QUARTERS, start=1)],
        coerce=int,
        required=False,
    )
    bulan = forms.TypedChoiceField(
        label="Bulan",
        choices=[(n, name) for n, name in enumerate(MONTHS, start=1)],
        coerce=int,
        required=False,
    )
    dari = forms.DateField(
        label="Dari tanggal", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    sampai = forms.DateField(
        label="Sampai tanggal", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    kursus = forms.TypedChoiceField(label="Kursus", coerce=int, required=False, empty_value=None)
    kota = forms.ChoiceField(label="Kota/kabupaten administrasi", required=False)
    kecamatan = forms.ChoiceField(label="Kecamatan", required=False)
    mitra = forms.ChoiceField(label="Penyelenggara atau mitra", required=False)

    def __init__(self, data=None, **kwargs):
        super().__init__(data if data is not None else {}, **kwargs)
        everything = [("", "Semua")]
        self.fields["kursus"].choices = everything + list(
            CoursePage.objects.order_by("title").values_list("pk", "title")
        )
        regions = list(
            Region.objects.filter(level__in=[RegionLevel.CITY, RegionLevel.DISTRICT]).values_list(
                "code", "name", "level"
            )
        )
        self.fields["kota"].choices = everything + [
            (code, name) for code, name, level in regions if level == RegionLevel.CITY
        ]
        self.fields["kecamatan"].choices = everything + [
            (code, name) for code, name, level in regions if level == RegionLevel.DISTRICT
        ]
        self.fields["mitra"].choices = everything + [
            (name, name)
            for name in TrainingSession.objects.exclude(organiser="")
            .order_by("organiser")
            .values_list("organiser", flat=True)
            .distinct()
        ]

    def clean(self):
        data = super().clean()
        kota, kecamatan = data.get("kota") or "", data.get("kecamatan") or ""
        if kecamatan and not kota:
            data["kota"] = kecamatan[:5]
        elif kecamatan and not kecamatan.startswith(kota + "."):
            self.add_error("kecamatan", "Kecamatan ini tidak berada di kota yang dipilih.")
        if data.get("periode") == "rentang":
            start, end = data.get("dari"), data.get("sampai")
            if not start or not end:
                self.add_error("dari", "Isi tanggal awal dan akhir rentang.")
            elif end < start:
                self.add_error("sampai", "Tanggal akhir sebelum tanggal awal.")
        return data

    def period(self):
        """(start, end exclusive, label) of the chosen period; this year if nothing valid."""
        data = self.cleaned_data if self.is_valid() else {}
        now = today()
        kind = data.get("periode") or "tahun"
        year = data.get("tahun") or now.year
        if kind == "bulan":
            month = data.get("bulan") or now.month
            start = date(year, month, 1)
            end = date(year + (month == 12), month % 12 + 1, 1)
            return _aware(start), _aware(end), month_label(year, month)
        if kind == "kuartal":
            quarter = data.get("kuartal") or (now.month - 1) // 3 + 1
            start = date(year, 3 * quarter - 2, 1)
            end = date(year + (quarter == 4), (3 * quarter) % 12 + 1, 1)
            return _aware(start), _aware(end), f"Kuartal {QUARTERS[quarter - 1]} {year}"
        if kind == "rentang" and data.get("dari") and data.get("sampai"):
            start, last = data["dari"], data["sampai"]
            label = f"{indonesian_date(start)} – {indonesian_date(last)}"
            return _aware(start), _aware(last + timedelta(days=1)), label
        return _aware(date(year, 1, 1)), _aware(date(year + 1, 1, 1)), f"Tahun {year}"

    def filters(self):
        start, end, _ = self.period()
        data = self.cleaned_data if self.is_valid() else {}
        return Filters(
            start=start,
            end=end,
            course_id=data.get("kursus"),
            kota=data.get("kota") or "",
            kecamatan=data.get("kecamatan") or "",
            organiser=data.get("mitra") or "",
        )

    def described(self):
        """[(label, chosen value)] of the filters in use, for the page, exports and PDF."""
        _, _, label = self.period()
        data = self.cleaned_data if self.is_valid() else {}
        found = [("Periode", label)]
        for name in ("kursus", "kota", "kecamatan", "mitra"):
            value = data.get(name)
            if value:
                choices = dict(self.fields[name].choices)
                found.append((self.fields[name].label, str(choices.get(value, value))))
        return found
