"""Certificate rules: issue once on completion, revoke, reissue, and public verification."""

import re
import secrets
import unicodedata
from dataclasses import dataclass

import segno
from django.db import IntegrityError, transaction
from django.utils import timezone
from wagtail.models import Site

from courses.progress import outline_for, progress_for_user

from .models import (
    CODE_ALPHABET,
    CODE_LENGTH,
    BrandingFields,
    Certificate,
    CertificateSettings,
    CourseBranding,
)


def new_code():
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalise_code(text):
    """What a person typed (any case, with dashes or spaces) as a stored code: only the
    code's own alphabet is kept, so no slash, NUL byte or markup reaches a URL or a query."""
    kept = re.sub(r"[\s\-]", "", str(text or "").upper())[:64]
    return "".join(character for character in kept if character in CODE_ALPHABET)


def looks_like_code(text):
    """Whether what was typed can be a certificate code at all (before looking it up)."""
    cleaned = re.sub(r"[\s\-]", "", str(text or "").upper())
    return len(cleaned) == CODE_LENGTH and all(c in CODE_ALPHABET for c in cleaned)


def _create(**fields):
    # A clash of 80-bit random codes is practically impossible; retry rather than fail if so.
    for _ in range(5):
        try:
            with transaction.atomic():
                return Certificate.objects.create(code=new_code(), **fields)
        except IntegrityError as error:
            if "code" not in str(error).lower():
                raise
    raise RuntimeError("could not find a free certificate code")


def issue_if_complete(*, user, course):
    """Issue the learner's certificate once the course is complete. Returns it, or None.

    Exactly once: the database allows one valid certificate per learner and course, and a
    learner who already has one (valid or revoked) never gets another automatically.
    """
    existing = Certificate.objects.filter(user=user, course=course).first()
    if existing is not None:
        return existing if existing.is_valid else None
    outline = outline_for(course.path)
    if outline is None or not progress_for_user(user=user, outline=outline).complete:
        return None
    try:
        return _create(
            user=user,
            course=course,
            holder_name=user.full_name or user.username,
            course_title=course.title,
        )
    except IntegrityError:
        # A concurrent completion (two tabs, a double submit) issued it first.
        return Certificate.objects.get(user=user, course=course, revoked_at__isnull=True)


def issue_attested(*, user, course, by):
    """A certificate for a participant whose paper final test a facilitator entered as passed.
    Issued once, like any other; it carries the facilitator's name. Returns it (or the valid
    one the learner already has)."""
    existing = Certificate.objects.filter(user=user, course=course, revoked_at__isnull=True)
    if existing.exists():
        return existing.get()
    try:
        return _create(
            user=user,
            course=course,
            holder_name=user.full_name or user.username,
            course_title=course.title,
            attested_by=by,
            attested_by_name=by.get_full_name(),
        )
    except IntegrityError:
        return Certificate.objects.get(user=user, course=course, revoked_at__isnull=True)


def revoke(*, certificate, reason, by):
    if not reason.strip():
        raise ValueError("a revocation needs a reason")
    updated = Certificate.objects.filter(pk=certificate.pk, revoked_at__isnull=True).update(
        revoked_at=timezone.now(), revoked_reason=reason.strip(), revoked_by=by
    )
    certificate.refresh_from_db()
    return updated == 1


@transaction.atomic
def reissue(*, certificate, holder_name, by, reason="Diterbitkan ulang dengan koreksi nama"):
    """Replace a certificate (for a name correction): the old one is revoked and points to the
    new one, which has a new code. Both stay on record."""
    revoke(certificate=certificate, reason=reason, by=by)
    return _create(
        user=certificate.user,
        course=certificate.course,
        holder_name=holder_name.strip(),
        course_title=certificate.course_title,
        replaces=certificate,
        reissued_by=by,
    )


def mask_name(name):
    """ "Siti Nurhaliza" -> "S*** N*******": enough to recognise, too little to learn a name."""
    return " ".join(word[0] + "*" * (len(word) - 1) for word in name.split() if word)


def _name_key(name):
    name = unicodedata.normalize("NFKC", name or "").casefold()
    return " ".join(name.split())


def name_matches(certificate, typed):
    return bool(typed.strip()) and _name_key(certificate.holder_name) == _name_key(typed)


@dataclass(frozen=True)
class Branding:
    issuer: str
    signatory_name: str
    signatory_title: str
    signature: object
    logo: object


def can_view(*, user, certificate):
    """Who may open a certificate's PDF and printable page: its holder and certificate staff.

    The one rule for the learner's pages, the admin and (later) a facilitator's class."""
    if not user.is_authenticated:
        return False
    return certificate.user_id == user.pk or user.has_perm("certificates.view_certificate")


def _site_defaults():
    site = Site.objects.filter(is_default_site=True).first()
    return CertificateSettings.for_site(site) if site else CertificateSettings()


def _merge(own, defaults):
    return Branding(
        **{
            name: getattr(own, name, None) or getattr(defaults, name)
            for name in BrandingFields.FIELDS
        }
    )


def brandings(course_ids):
    """{course id: Branding} for many courses in two queries (batch print, session print)."""
    defaults = _site_defaults()
    own = {
        row.course_id: row
        for row in CourseBranding.objects.filter(course_id__in=set(course_ids)).select_related(
            "signature", "logo"
        )
    }
    return {course_id: _merge(own.get(course_id), defaults) for course_id in set(course_ids)}


def branding(course):
    """Issuer, signatory and images for a course: its own where set, else the site's."""
    return brandings([course.pk])[course.pk]


def qr_svg(url):
    """The verification QR as inline SVG, for the printable HTML certificate."""
    return segno.make(url, error="m").svg_inline(scale=4, dark="#1d1d1f")
