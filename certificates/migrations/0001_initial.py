"""Certificates move out of the courses app into their own.

The tables keep their names (db_table), so no row is copied or lost: the models change app in
Django's state only, and the content types are renamed so that permissions granted on
certificates (and admin log entries) stay attached. A course's own issuer and signatory move
from fields on CoursePage into CourseBranding rows.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

BRANDING = {
    "certificate_issuer": "issuer",
    "certificate_signatory_name": "signatory_name",
    "certificate_signatory_title": "signatory_title",
    "certificate_signature_id": "signature_id",
    "certificate_logo_id": "logo_id",
}


def rename_content_types(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in ("certificate", "certificatesettings"):
        ContentType.objects.filter(app_label="courses", model=model).update(
            app_label="certificates"
        )


def restore_content_types(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in ("certificate", "certificatesettings"):
        ContentType.objects.filter(app_label="certificates", model=model).update(
            app_label="courses"
        )


def copy_course_branding(apps, schema_editor):
    CoursePage = apps.get_model("courses", "CoursePage")
    CourseBranding = apps.get_model("certificates", "CourseBranding")
    for course in CoursePage.objects.all():
        values = {new: getattr(course, old) for old, new in BRANDING.items()}
        if any(values.values()):
            CourseBranding.objects.create(course_id=course.pk, **values)


def copy_course_branding_back(apps, schema_editor):
    CoursePage = apps.get_model("courses", "CoursePage")
    CourseBranding = apps.get_model("certificates", "CourseBranding")
    for row in CourseBranding.objects.all():
        CoursePage.objects.filter(pk=row.course_id).update(
            **{old: getattr(row, new) for old, new in BRANDING.items()}
        )


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('courses', '0003_certificates_move_to_own_app'),
        ('wagtailcore', '0098_apitoken'),
        ('wagtailimages', '0027_image_description'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]
    # The CoursePage fields are removed only once their values are copied.
    run_before = [('courses', '0004_remove_coursepage_certificate_fields')]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='CertificateSettings',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('signatory_name', models.CharField(blank=True, max_length=150, verbose_name='nama penanda tangan')),
                        ('signatory_title', models.CharField(blank=True, max_length=200, verbose_name='jabatan penanda tangan')),
                        ('issuer', models.CharField(default='Waspada TPPO', help_text='Nama lembaga yang menerbitkan sertifikat.', max_length=200, verbose_name='penerbit')),
                        ('logo', models.ForeignKey(blank=True, help_text='PNG atau JPG.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailimages.image', verbose_name='logo')),
                        ('signature', models.ForeignKey(blank=True, help_text='PNG atau JPG dengan latar putih atau transparan.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailimages.image', verbose_name='gambar tanda tangan')),
                        ('site', models.OneToOneField(editable=False, on_delete=django.db.models.deletion.CASCADE, to='wagtailcore.site')),
                    ],
                    options={
                        'verbose_name': 'pengaturan sertifikat',
                        'db_table': 'courses_certificatesettings',
                    },
                ),
                migrations.CreateModel(
                    name='Certificate',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('code', models.CharField(editable=False, max_length=16, unique=True, verbose_name='kode')),
                        ('holder_name', models.CharField(max_length=150, verbose_name='nama di sertifikat')),
                        ('course_title', models.CharField(max_length=255, verbose_name='judul kursus di sertifikat')),
                        ('issued_at', models.DateTimeField(auto_now_add=True, verbose_name='diterbitkan')),
                        ('revoked_at', models.DateTimeField(blank=True, null=True, verbose_name='dicabut')),
                        ('revoked_reason', models.CharField(blank=True, max_length=300, verbose_name='alasan pencabutan')),
                        ('course', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='certificates', to='courses.coursepage', verbose_name='kursus')),
                        ('reissued_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='diterbitkan ulang oleh')),
                        ('replaces', models.OneToOneField(blank=True, help_text='Sertifikat lama yang diganti oleh terbitan ulang ini.', null=True, on_delete=django.db.models.deletion.PROTECT, related_name='replaced_by', to='certificates.certificate', verbose_name='menggantikan')),
                        ('revoked_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='dicabut oleh')),
                        ('user', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='certificates', to=settings.AUTH_USER_MODEL, verbose_name='peserta')),
                    ],
                    options={
                        'verbose_name': 'sertifikat',
                        'verbose_name_plural': 'sertifikat',
                        'db_table': 'courses_certificate',
                        'ordering': ['-issued_at'],
                        'constraints': [models.UniqueConstraint(condition=models.Q(('revoked_at__isnull', True)), fields=('user', 'course'), name='one_valid_certificate_per_course'), models.CheckConstraint(condition=models.Q(('revoked_at__isnull', True), models.Q(('revoked_reason', ''), _negated=True), _connector='OR'), name='revocation_has_a_reason')],
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(rename_content_types, restore_content_types),
        migrations.CreateModel(
            name='CourseBranding',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('issuer', models.CharField(blank=True, help_text='Nama lembaga yang menerbitkan sertifikat.', max_length=200, verbose_name='penerbit')),
                ('signatory_name', models.CharField(blank=True, max_length=150, verbose_name='nama penanda tangan')),
                ('signatory_title', models.CharField(blank=True, max_length=200, verbose_name='jabatan penanda tangan')),
                ('course', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='certificate_branding', to='courses.coursepage', verbose_name='kursus')),
                ('logo', models.ForeignKey(blank=True, help_text='PNG atau JPG.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailimages.image', verbose_name='logo')),
                ('signature', models.ForeignKey(blank=True, help_text='PNG atau JPG dengan latar putih atau transparan.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailimages.image', verbose_name='gambar tanda tangan')),
            ],
            options={
                'verbose_name': 'sertifikat per kursus',
                'verbose_name_plural': 'sertifikat per kursus',
            },
        ),
        migrations.RunPython(copy_course_branding, copy_course_branding_back),
    ]
