from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permissions import register_permission_policy

from .admin_views import CertificatePermissionPolicy, certificate_viewset, course_branding_viewset
from .models import Certificate

register_permission_policy(Certificate, CertificatePermissionPolicy(Certificate))


@hooks.register("register_admin_viewset")
def register_certificate_viewsets():
    return [certificate_viewset, course_branding_viewset]


class BatchPrintMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("certificates.view_certificate")


@hooks.register("register_admin_menu_item")
def batch_print_menu_item():
    return BatchPrintMenuItem(
        _("Cetak sertifikat"),
        reverse("certificate_admin:batch_print"),
        icon_name="print",
        order=260,
    )


@hooks.register("register_log_actions")
def register_certificate_log_actions(actions):
    actions.register_action("certificates.revoke", _("Cabut sertifikat"), _("Sertifikat dicabut"))
    actions.register_action(
        "certificates.reissue", _("Terbitkan ulang sertifikat"), _("Sertifikat diterbitkan ulang")
    )
