from django.db import migrations


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, _ = ContentType.objects.get_or_create(app_label="quizzes", model="quizattempt")
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename="view_quizattempt",
        defaults={"name": "Can view percobaan kuis"},
    )
    for group in Group.objects.filter(name__in=["Editors", "Moderators"]):
        group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [("quizzes", "0001_initial"), ("wagtailcore", "0002_initial_data")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
