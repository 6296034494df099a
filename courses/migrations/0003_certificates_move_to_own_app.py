"""Certificate and CertificateSettings now belong to the certificates app (state only: their
tables stay as they are; see certificates/migrations/0001_initial.py)."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('courses', '0002_coursepage_certificate_issuer_and_more'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name='Certificate'),
                migrations.DeleteModel(name='CertificateSettings'),
            ],
            database_operations=[],
        ),
    ]
