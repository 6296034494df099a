"""A course's own certificate issuer and signatory now live in certificates.CourseBranding
(copied there by certificates 0001 before these fields go)."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('courses', '0003_certificates_move_to_own_app'),
    ]

    operations = [
        migrations.RemoveField(model_name='coursepage', name='certificate_issuer'),
        migrations.RemoveField(model_name='coursepage', name='certificate_logo'),
        migrations.RemoveField(model_name='coursepage', name='certificate_signatory_name'),
        migrations.RemoveField(model_name='coursepage', name='certificate_signatory_title'),
        migrations.RemoveField(model_name='coursepage', name='certificate_signature'),
    ]
