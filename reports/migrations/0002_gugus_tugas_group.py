"""Grup "Gugus Tugas": staf gugus tugas pencegahan dan penanganan TPPO. Anggotanya hanya bisa
masuk ke admin dan membuka "Laporan jangkauan" (angka agregat tanpa data pribadi, angka kecil
disamarkan), tanpa hak menyunting halaman, mengelola pengguna, atau melihat peserta
perorangan.

(The "Gugus Tugas" group: wagtailadmin.access_admin and reports.view_reports, nothing else.)
"""

from django.db import migrations

NAME = "Gugus Tugas"
PERMISSIONS = [
    ("wagtailadmin", "admin", "access_admin"),
    ("reports", "reportaccess", "view_reports"),
]


def create_group(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # Permissions are normally created after all migrations; they are needed now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=NAME)
    group.permissions.set(
        [
            Permission.objects.get(
                content_type__app_label=app_label, content_type__model=model, codename=codename
            )
            for app_label, model, codename in PERMISSIONS
        ]
    )


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("reports", "0001_initial"),
        ("wagtailadmin", "0006_formstate"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
