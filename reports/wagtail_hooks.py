from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import views


@hooks.register("register_admin_urls")
def report_urls():
    return [
        path("laporan/jangkauan/", views.dashboard, name="reports_reach"),
        path("laporan/jangkauan/pdf/", views.pdf, name="reports_reach_pdf"),
        path(
            "laporan/jangkauan/unduh/<slug:table>.<str:fmt>",
            views.export,
            name="reports_reach_export",
        ),
    ]


class ReachMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(views.PERMISSION)


@hooks.register("register_admin_menu_item")
def reach_menu_item():
    return ReachMenuItem(
        "Laporan jangkauan", reverse("reports_reach"), icon_name="table", order=250
    )
