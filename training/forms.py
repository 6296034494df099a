"""Forms of the facilitator's screens. Every message is Indonesian and says what to type."""

import re
from collections import defaultdict
from decimal import Decimal, InvalidOperation

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from accounts.models import AgeGroup, Gender, User
from accounts.validators import validate_person_name
from courses.models import CoursePage

from .models import Region, RegionLevel, TrainingSession

# A datetime-local input is a native picker on a phone and needs no script.
DATETIME_FORMAT = "%Y-%m-%dT%H:%M"
MARKUP = re.compile(r"[<>]")


class KelurahanField(forms.ModelChoiceField):
    """Every kelurahan of DKI, grouped by kota and kecamatan, so the list reads like a map."""

    def __init__(self, **kwargs):
        super().__init__(
            queryset=Region.objects.filter(level=RegionLevel.VILLAGE).select_related(
                "parent__parent"
            ),
            **kwargs,
        )

    def grouped_choices(self):
        groups = defaultdict(list)
        for kelurahan in self.queryset.order_by("parent__parent__name", "parent__name", "name"):
            district = kelurahan.parent
            city = district.parent if district else None
            label = f"{city.name if city else ''} — Kecamatan {district.name if district else ''}"
            groups[label].append((kelurahan.pk, kelurahan.name))
        return [("", "Pilih kelurahan"), *groups.items()]


class SessionForm(WagtailAdminModelForm):
    """Create or change a session (staff only). Times are Jakarta time (WIB)."""

    course = forms.ModelChoiceField(
        label=_("Kursus"), queryset=CoursePage.objects.live().order_by("title")
    )
    starts_at = forms.DateTimeField(
        label=_("Mulai (WIB)"),
        input_formats=[DATETIME_FORMAT, "%Y-%m-%d %H:%M"],
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format=DATETIME_FORMAT),
    )
    ends_at = forms.DateTimeField(
        label=_("Selesai (WIB)"),
        input_formats=[DATETIME_FORMAT, "%Y-%m-%d %H:%M"],
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format=DATETIME_FORMAT),
    )
    kelurahan = KelurahanField(
        label=_("Kelurahan"),
        help_text=_("Kelurahan tempat sesi diadakan, dikelompokkan per kota dan kecamatan."),
    )
    facilitators = forms.ModelMultipleChoiceField(
        label=_("Fasilitator"),
        queryset=User.objects.filter(is_staff=True, is_active=True).order_by("full_name"),
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Fasilitator hanya melihat sesi yang mereka pegang."),
    )

    class Meta:
        model = TrainingSession
        fields = [
            "title",
            "course",
            "starts_at",
            "ends_at",
            "venue",
            "kelurahan",
            "organiser",
            "expected_participants",
            "facilitators",
            "status",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kelurahan"].widget.choices = self.fields["kelurahan"].grouped_choices()
        self.fields["facilitators"].label_from_instance = lambda user: user.get_full_name()

    def clean(self):
        cleaned = super().clean()
        starts, ends = cleaned.get("starts_at"), cleaned.get("ends_at")
        if starts and ends and ends < starts:
            self.add_error("ends_at", _("Waktu selesai harus sesudah waktu mulai."))
        return cleaned


class AddParticipantForm(forms.Form):
    """A participant without a phone, added by name."""

    full_name = forms.CharField(
        label=_("Nama lengkap"),
        max_length=150,
        validators=[validate_person_name],
        help_text=_("Seperti yang akan tercetak di sertifikat."),
        error_messages={
            "required": _("Tulis nama peserta."),
            "max_length": _("Nama paling panjang 150 huruf (sekarang %(show_value)d)."),
        },
    )
    age_group = forms.ChoiceField(
        label=_("Kelompok usia (tidak wajib)"),
        choices=[("", _("Tidak diisi")), *AgeGroup.choices],
        required=False,
    )
    gender = forms.ChoiceField(
        label=_("Jenis kelamin (tidak wajib)"),
        choices=[("", _("Tidak diisi")), *Gender.choices],
        required=False,
    )

    def clean_full_name(self):
        name = " ".join(self.cleaned_data["full_name"].split())
        if MARKUP.search(name):
            raise ValidationError(
                _("Nama tidak boleh berisi tanda < atau >. Tulis nama saja, tanpa kode.")
            )
        return name


class ScoreField(forms.CharField):
    """A paper test score from 0 to 100, typed as "75", "82,5" or "82.5"."""

    def __init__(self, **kwargs):
        super().__init__(required=False, max_length=10, **kwargs)
        self.widget.attrs.update(inputmode="decimal", autocomplete="off", size="6")

    def clean(self, value):
        text = super().clean(value).strip().replace(",", ".")
        if not text:
            return None
        try:
            score = Decimal(text)
        except InvalidOperation:
            score = None
        if score is None or not score.is_finite():
            raise ValidationError(_("Tulis angka, misalnya 75 atau 82,5."), code="invalid")
        if score < 0:
            raise ValidationError(_("Nilai paling rendah 0."), code="min_value")
        if score > 100:
            raise ValidationError(_("Nilai paling tinggi 100."), code="max_value")
        if score != score.quantize(Decimal("0.01")):
            raise ValidationError(
                _("Paling banyak dua angka di belakang koma, misalnya 82,25."), code="decimals"
            )
        return score.quantize(Decimal("0.01"))


class PaperScoresForm(forms.Form):
    pretest = ScoreField(
        label=_("Nilai pra-tes kertas (0–100)"), help_text=_("Kosongkan bila belum dikerjakan.")
    )
    final = ScoreField(
        label=_("Nilai tes akhir kertas (0–100)"),
        help_text=_("Nilai di atas atau sama dengan nilai lulus menerbitkan sertifikat."),
    )


class CertificateLayoutForm(forms.Form):
    tata = forms.ChoiceField(
        label=_("Tata letak"),
        choices=[
            ("satu", _("Satu sertifikat per halaman (A4 mendatar)")),
            ("dua", _("Dua sertifikat per halaman (A4 tegak, hemat kertas)")),
        ],
        initial="satu",
        widget=forms.RadioSelect,
    )
