"""The table of Django's database cache, the default shared cache when there is no Redis: every
`migrate` (make run, make serve, a deploy) creates it, so no separate step can be forgotten."""

from django.core.management import call_command
from django.db import migrations


def create_cache_table(apps, schema_editor):
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    dependencies = []

    operations = [migrations.RunPython(create_cache_table, migrations.RunPython.noop)]
