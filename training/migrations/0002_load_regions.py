"""The DKI Jakarta region table, from training/data/wilayah-dki-jakarta.csv (see its README for
the source and licence). Codes are kept as published."""

import csv
from pathlib import Path

from django.db import migrations

DATA = Path(__file__).resolve().parent.parent / "data" / "wilayah-dki-jakarta.csv"


def load_regions(apps, schema_editor):
    Region = apps.get_model("training", "Region")
    with open(DATA, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    by_code = {}
    # Parents come before their children in the file (sorted by code).
    for row in sorted(rows, key=lambda r: r["kode"]):
        region, _ = Region.objects.update_or_create(
            code=row["kode"],
            defaults={
                "name": row["nama"],
                "level": row["tingkat"],
                "parent": by_code.get(row["kode_induk"]),
            },
        )
        by_code[region.code] = region


class Migration(migrations.Migration):
    dependencies = [("training", "0001_initial")]

    operations = [migrations.RunPython(load_regions, migrations.RunPython.noop)]
