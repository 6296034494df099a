from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permissions import register_permission_policy

from .certificate_admin import CertificatePermissionPolicy, certificate_viewset
from .models import Certificate

register_permission_policy(Certificate, CertificatePermissionPolicy(Certificate))


@hooks.register("register_admin_viewset")
def register_certificate_viewset():
    return certificate_viewset


class BatchPrintMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("courses.view_certificate")


@hooks.register("register_admin_menu_item")
def batch_print_menu_item():
    return BatchPrintMenuItem(
        _("Cetak sertifikat"),
        reverse("certificate_admin:batch_print"),
        icon_name="print",
        order=260,
    )
