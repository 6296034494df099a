"""Facilitators reach their own sessions through training's screens, which decide access per
session. Model permissions on memberships would also open Wagtail's site history, where every
session's log entries name their participants: take them away."""

from django.db import migrations

CODENAMES = ["view_membership", "add_membership", "change_membership"]


def remove(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name="Fasilitator").first()
    if group is not None:
        group.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="training", codename__in=CODENAMES
            )
        )


def restore(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name="Fasilitator").first()
    if group is not None:
        group.permissions.add(
            *Permission.objects.filter(
                content_type__app_label="training", codename__in=CODENAMES
            )
        )


class Migration(migrations.Migration):
    dependencies = [("training", "0003_facilitator_group")]

    operations = [migrations.RunPython(remove, restore)]
