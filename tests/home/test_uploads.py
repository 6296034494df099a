"""Uploads that can never hurt: images and documents uploaded in the admin, through the single
upload form and the drag-and-drop uploader alike, are refused with an Indonesian message on the
file field when they are not what their name says (or are too big, or could run script); the
refusal is never a 5xx and leaves no row and no stored file behind."""

import html
import io
import struct
import zipfile
import zlib
from pathlib import Path

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from PIL import Image as PILImage
from PIL import features
from wagtail.documents import get_document_model
from wagtail.documents.forms import get_document_form
from wagtail.images import get_image_model
from wagtail.images.forms import get_image_form, get_image_multi_form
from wagtail.models import UploadedFile

from home.uploads import SafeDocumentField, SafeImageField, check_svg
from tests.factories import UserFactory

ILLUSTRATIONS = sorted(
    (Path(__file__).resolve().parents[2] / "content" / "illustrations").glob("*.svg")
)
MB = 1024 * 1024


@pytest.fixture
def admin_client(client, db):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    # A 500 must show up as a status code to assert on, not as an exception in the test.
    client.raise_request_exception = False
    return client


# --- Files ---------------------------------------------------------------------------------------


def raster(fmt, size=(32, 24), **save_options):
    image = PILImage.new("RGB", size)
    for x in range(size[0]):
        for y in range(size[1]):
            image.putpixel((x, y), (x * 8 % 256, y * 10 % 256, 120))
    buffer = io.BytesIO()
    image.save(buffer, fmt, **save_options)
    return buffer.getvalue()


def solid_gif():
    """One colour, so that the header (screen, two-colour palette, image block) ends within the
    first 40 bytes and everything after it is pixel data."""
    buffer = io.BytesIO()
    PILImage.new("RGB", (32, 24), "red").save(buffer, "GIF")
    return buffer.getvalue()


def animated_gif(size, frames):
    images = [PILImage.new("RGB", size, (i * 40, 0, 0)) for i in range(frames)]
    buffer = io.BytesIO()
    images[0].save(buffer, "GIF", save_all=True, append_images=images[1:])
    return buffer.getvalue()


def png_chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_header_only(width, height):
    """A well-formed PNG that claims width × height pixels but carries almost no pixel data:
    enough for a header check, and what a pixel bomb looks like before anyone decodes it."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", ihdr)
        + png_chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + png_chunk(b"IEND", b"")
    )


def svg(body, head=""):
    return (
        f'{head}<svg xmlns="http://www.w3.org/2000/svg" '
        f'xmlns:xlink="http://www.w3.org/1999/xlink" width="100" height="100">{body}</svg>'
    ).encode()


SVG_SCRIPT = svg("<script>alert(document.cookie)</script>")
SVG_ONLOAD = svg('<rect width="10" height="10" onload="alert(1)"/>').replace(
    b"<svg ", b'<svg onload="alert(1)" '
)
SVG_EXTERNAL = svg('<image xlink:href="https://evil.example/x.png" width="10" height="10"/>')
SVG_ENTITY = svg(
    "<text>&lol2;</text>",
    head='<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY lol "lol">'
    '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>',
)
SVG_FOREIGN = svg(
    '<foreignObject width="10" height="10"><body xmlns="http://www.w3.org/1999/xhtml">'
    "<iframe src='javascript:alert(1)'/></body></foreignObject>"
)
SVG_JAVASCRIPT_LINK = svg('<use href=" java&#x09;script:alert(1)"/>')
SVG_STYLESHEET = svg("<rect/>", head='<?xml-stylesheet type="text/xsl" href="https://x/a.xsl"?>')
SVG_CSS_IMPORT = svg("<style>@import url(https://evil.example/a.css);</style>")
SVG_ANIMATED_LINK = svg('<a><set attributeName="href" to="javascript:alert(1)"/></a>')

MINIMAL_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)


def office_zip(members):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members:
            compression = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            archive.writestr(name, data, compress_type=compression)
    return buffer.getvalue()


DOCX = office_zip(
    [
        ("[Content_Types].xml", "<Types/>"),
        ("_rels/.rels", "<Relationships/>"),
        ("word/document.xml", "<w:document/>"),
    ]
)
XLSX = office_zip([("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook/>")])
ODT = office_zip(
    [("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<office/>")]
)


# --- Upload helpers ------------------------------------------------------------------------------


def stored_files(directory=""):
    try:
        folders, files = default_storage.listdir(directory)
    except FileNotFoundError:
        return set()
    found = {f"{directory}/{name}".lstrip("/") for name in files}
    for folder in folders:
        found |= stored_files(f"{directory}/{folder}".lstrip("/"))
    return found


def post_single(client, kind, name, content):
    url = reverse("wagtailimages:add" if kind == "image" else "wagtaildocs:add")
    response = client.post(
        url, {"title": "Unggahan uji", "file": SimpleUploadedFile(name, content)}
    )
    assert response.status_code < 500
    if response.status_code == 302:
        return True, [], response
    assert response.status_code == 200
    return False, response.context["form"].errors.get("file", []), response


def post_multiple(client, kind, name, content):
    url = reverse("wagtailimages:add_multiple" if kind == "image" else "wagtaildocs:add_multiple")
    response = client.post(
        url,
        {"files[]": SimpleUploadedFile(name, content)},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert response.status_code < 500
    assert response.status_code == 200
    data = response.json()
    return data["success"], data.get("error_message", "")


def model_for(kind):
    return get_image_model() if kind == "image" else get_document_model()


def assert_refused_everywhere(client, kind, name, content, message):
    """Both upload paths answer with the message, and nothing is stored by either."""
    model = model_for(kind)
    rows, files, pending = model.objects.count(), stored_files(), UploadedFile.objects.count()

    accepted, errors, response = post_single(client, kind, name, content)
    assert not accepted
    assert any(message in error for error in errors), errors
    assert html.escape(message) in response.content.decode()

    accepted, error_message = post_multiple(client, kind, name, content)
    assert not accepted
    assert message in error_message, error_message

    assert model.objects.count() == rows
    assert UploadedFile.objects.count() == pending
    assert stored_files() == files


def assert_accepted_everywhere(client, kind, name, content):
    model = model_for(kind)
    before, files = model.objects.count(), stored_files()
    accepted, errors, _ = post_single(client, kind, name, content)
    assert accepted, errors
    accepted, error_message = post_multiple(client, kind, name, content)
    assert accepted, error_message
    assert model.objects.count() == before + 2
    new_files = stored_files() - files
    for item in model.objects.order_by("-pk")[:2]:
        assert item.file.name in new_files


# --- Images --------------------------------------------------------------------------------------

REFUSED_IMAGES = {
    "oversized": (
        "besar.png",
        png_header_only(100, 100) + b"\x00" * (10 * MB),
        "Berkas terlalu besar (10,0\xa0MB); paling besar 10,0\xa0MB.",
    ),
    "pixel bomb header": (
        "bom.png",
        png_header_only(30000, 30000),
        "Gambar terlalu besar: 30000 × 30000 piksel; paling banyak 40 juta piksel.",
    ),
    "svg script": (
        "skrip.svg",
        SVG_SCRIPT,
        "Unsur <script> tidak diizinkan dalam SVG.",
    ),
    "svg onload": (
        "onload.svg",
        SVG_ONLOAD,
        "Atribut onload (penangan kejadian yang menjalankan skrip) tidak diizinkan dalam SVG.",
    ),
    "svg external xlink:href": (
        "luar.svg",
        SVG_EXTERNAL,
        "Tautan ke luar berkas (xlink:href) tidak diizinkan dalam SVG",
    ),
    "svg entity": ("entitas.svg", SVG_ENTITY, "SVG dengan DOCTYPE atau ENTITY tidak diizinkan."),
    "svg foreignObject": (
        "asing.svg",
        SVG_FOREIGN,
        "Unsur <foreignObject> tidak diizinkan dalam SVG.",
    ),
    "svg javascript: link": (
        "tautan.svg",
        SVG_JAVASCRIPT_LINK,
        "Tautan ke luar berkas (href) tidak diizinkan dalam SVG",
    ),
    "svg xml-stylesheet": (
        "xslt.svg",
        SVG_STYLESHEET,
        "SVG ini memuat instruksi pemrosesan (<?...?>) yang tidak diizinkan.",
    ),
    "svg css import": (
        "css.svg",
        SVG_CSS_IMPORT,
        "Gaya (CSS) dalam SVG tidak boleh memuat apa pun dari luar berkas.",
    ),
    "svg animated link": ("animasi.svg", SVG_ANIMATED_LINK, "Unsur <a> tidak diizinkan dalam SVG."),
    "svg not xml": ("rusak.svg", b"<svg><g></svg>", "Berkas ini bukan SVG yang sah"),
    "php named gif": (
        "shell.gif",
        b"<?php system($_GET['c']); ?>\n",
        "Berkas ini bukan gambar GIF yang sah.",
    ),
    "gif signature then junk": (
        "sampah.gif",
        b"GIF89a" + b"\x10\x00\x10\x00" + bytes(range(256)) * 4,
        "Berkas ini bukan gambar GIF yang sah.",
    ),
    # The header reads fine (size, palette, first image block); the pixel data is junk. This
    # is the file that made Willow raise inside Wagtail's field (a 500) before.
    "gif valid header then junk": (
        "sampah.gif",
        solid_gif()[:40] + b"<?php system($_GET['c']); ?>" * 8,
        "Gambar ini rusak atau tidak utuh, jadi tidak bisa dibaca.",
    ),
    "truncated png": (
        "potong.png",
        raster("PNG")[:-40],
        "Gambar ini rusak atau tidak utuh",
    ),
    # Refused rather than renamed: the editor's file name stays what they chose, Wagtail itself
    # refuses a mismatch too, and the fix (rename, upload again) is spelled out.
    "png named jpg": (
        "foto.jpg",
        raster("PNG"),
        "Berkas ini bukan gambar JPEG yang sah. Isinya gambar PNG: ganti ekstensi namanya "
        "menjadi .png lalu unggah lagi.",
    ),
    "jpeg named png": ("foto.png", raster("JPEG"), "Isinya gambar JPEG"),
    "html named png": (
        "halaman.png",
        b"<html><script>alert(1)</script></html>",
        "Berkas ini bukan gambar PNG yang sah.",
    ),
    "pdf named jpg": ("dokumen.jpg", MINIMAL_PDF, "Berkas ini bukan gambar JPEG yang sah."),
    "not an image extension": (
        "gambar.php",
        raster("PNG"),
        "Format gambar ini tidak didukung.",
    ),
}


@pytest.mark.django_db
@pytest.mark.parametrize("case", list(REFUSED_IMAGES))
def test_unsafe_image_is_refused(admin_client, case):
    name, content, message = REFUSED_IMAGES[case]
    assert_refused_everywhere(admin_client, "image", name, content, message)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("max_pixels", "size"),
    # Twice Pillow's limit: DecompressionBombError. Between once and twice: only a warning,
    # which must refuse the upload just the same.
    [(1000, (100, 100)), (1000, (40, 40))],
)
def test_pillow_decompression_bomb_is_a_form_error(admin_client, monkeypatch, max_pixels, size):
    monkeypatch.setattr(PILImage, "MAX_IMAGE_PIXELS", max_pixels)
    message = f"Gambar terlalu besar: {size[0]} × {size[1]} piksel; paling banyak 1.000 piksel."
    assert_refused_everywhere(admin_client, "image", "bom-kecil.png", raster("PNG", size), message)


@pytest.mark.django_db
@override_settings(WAGTAILIMAGES_MAX_IMAGE_PIXELS=1000)
def test_frames_of_an_animation_count_towards_the_pixel_limit(admin_client):
    assert_refused_everywhere(
        admin_client,
        "image",
        "animasi.gif",
        animated_gif((20, 20), 5),
        "Gambar terlalu besar: 20 × 20 piksel × 5 bingkai; paling banyak 1.000 piksel.",
    )


ACCEPTED_IMAGES = {
    "png": ("kecil.png", raster("PNG")),
    "jpeg": ("kecil.jpg", raster("JPEG")),
    "jpeg with .jpeg": ("kecil.jpeg", raster("JPEG")),
    "gif": ("kecil.gif", raster("GIF")),
    "animated gif": ("animasi.gif", animated_gif((20, 20), 3)),
    "webp": ("kecil.webp", raster("WEBP")),
    "uppercase extension": ("KECIL.PNG", raster("PNG")),
    "svg with internal references": (
        "gradasi.svg",
        svg(
            '<defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient>'
            '</defs><rect width="10" height="10" fill="url(#g)"/><use xlink:href="#g"/>'
            '<image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/>',
            head='<?xml version="1.0" encoding="UTF-8"?>',
        ),
    ),
}


@pytest.mark.django_db
@pytest.mark.parametrize("case", list(ACCEPTED_IMAGES))
def test_valid_image_is_accepted(admin_client, case):
    name, content = ACCEPTED_IMAGES[case]
    assert_accepted_everywhere(admin_client, "image", name, content)


@pytest.mark.django_db
@pytest.mark.skipif(not features.check("avif"), reason="Pillow built without AVIF")
def test_avif_is_accepted(admin_client):
    assert_accepted_everywhere(admin_client, "image", "kecil.avif", raster("AVIF"))


def test_the_demo_illustrations_are_all_there():
    assert len(ILLUSTRATIONS) >= 7


@pytest.mark.parametrize("path", ILLUSTRATIONS, ids=lambda path: path.name)
def test_demo_illustration_passes_the_svg_check(path):
    check_svg(path.read_bytes())


@pytest.mark.django_db
@pytest.mark.parametrize("path", ILLUSTRATIONS, ids=lambda path: path.name)
def test_demo_illustration_uploads_in_the_admin(admin_client, path):
    assert_accepted_everywhere(admin_client, "image", path.name, path.read_bytes())


@pytest.mark.django_db
def test_every_image_form_checks_the_file_and_the_uploader_edit_form_has_none():
    model = get_image_model()
    assert isinstance(get_image_form(model)().fields["file"], SafeImageField)
    assert "file" not in get_image_multi_form(model)().fields


# --- Documents -----------------------------------------------------------------------------------

REFUSED_DOCUMENTS = {
    "html named pdf": (
        "laporan.pdf",
        b"<!doctype html><html><script>alert(document.cookie)</script></html>",
        "Berkas ini bukan PDF yang sah.",
    ),
    "oversized pdf": (
        "besar.pdf",
        MINIMAL_PDF + b"\x00" * (20 * MB),
        "Berkas terlalu besar (20,0\xa0MB); paling besar 20,0\xa0MB.",
    ),
    "text named docx": (
        "surat.docx",
        b"Ini hanya teks biasa, bukan dokumen Word.\n",
        "Berkas ini bukan dokumen Word (.docx) yang sah.",
    ),
    "zip without word parts named docx": (
        "arsip.docx",
        office_zip([("foto.jpg", "x")]),
        "Berkas ini bukan dokumen Word (.docx) yang sah.",
    ),
    "html with a zip appended named docx": (
        "campuran.docx",
        b"<html><script>alert(1)</script></html>" + DOCX,
        "Berkas ini bukan dokumen Word (.docx) yang sah.",
    ),
    "docx named xlsx": ("tabel.xlsx", DOCX, "Berkas ini bukan dokumen Excel (.xlsx) yang sah."),
    "docx named odt": ("teks.odt", DOCX, "Berkas ini bukan dokumen OpenDocument (.odt) yang sah."),
    "html named txt": (
        "catatan.txt",
        b"<html><body><script>alert(1)</script></body></html>",
        "Berkas .txt ini berisi kode halaman web (HTML), bukan teks biasa.",
    ),
    "binary named csv": ("data.csv", b"nama,umur\x00\x01\x02", "Berkas .csv ini bukan teks biasa."),
    "latin-1 csv": (
        "data.csv",
        "nama;kota\nJosé;Bogor\n".encode("latin-1"),
        "Berkas .csv ini tidak tersimpan sebagai teks UTF-8.",
    ),
    "not a document extension": (
        "skrip.html",
        b"<html></html>",
        "Jenis berkas ini tidak didukung.",
    ),
}


@pytest.mark.django_db
@pytest.mark.parametrize("case", list(REFUSED_DOCUMENTS))
def test_unsafe_document_is_refused(admin_client, case):
    name, content, message = REFUSED_DOCUMENTS[case]
    assert_refused_everywhere(admin_client, "document", name, content, message)


ACCEPTED_DOCUMENTS = {
    "pdf": ("panduan.pdf", MINIMAL_PDF),
    "docx": ("surat.docx", DOCX),
    "xlsx": ("tabel.xlsx", XLSX),
    "odt": ("teks.odt", ODT),
    "csv": ("hotline.csv", "layanan,wilayah\nSAPA 129,Kupang – NTT\n".encode()),
    "txt with BOM": ("catatan.txt", "\ufeffCatatan: laporkan ke 110.\n".encode()),
}


@pytest.mark.django_db
@pytest.mark.parametrize("case", list(ACCEPTED_DOCUMENTS))
def test_valid_document_is_accepted(admin_client, case):
    name, content = ACCEPTED_DOCUMENTS[case]
    assert_accepted_everywhere(admin_client, "document", name, content)


@pytest.mark.django_db
def test_only_pdfs_open_in_the_browser(admin_client, settings, tmp_path):
    # The serve view reads documents from disk; the in-memory test storage has no files there.
    settings.MEDIA_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }
    assert_accepted_everywhere(admin_client, "document", "panduan.pdf", MINIMAL_PDF)
    assert_accepted_everywhere(admin_client, "document", "catatan.txt", b"Teks biasa.\n")
    served = {}
    for document in get_document_model().objects.all():
        response = admin_client.get(document.url)
        assert response.status_code == 200
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Content-Security-Policy"] == "default-src 'none'"
        served[document.file_extension] = response["Content-Disposition"].split(";")[0]
    assert served == {"pdf": "inline", "txt": "attachment"}


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("kind", "name", "content", "message"),
    [
        ("image", "skrip.svg", SVG_SCRIPT, "Unsur <script> tidak diizinkan dalam SVG."),
        ("document", "laporan.pdf", b"<html></html>", "Berkas ini bukan PDF yang sah."),
    ],
)
def test_the_chooser_upload_tab_refuses_too(admin_client, kind, name, content, message):
    # The "Unggah" tab of the image and document choosers in the page editor.
    model = model_for(kind)
    rows, files = model.objects.count(), stored_files()
    prefix = f"{kind}-chooser-upload"
    url = reverse(
        "wagtailimages_chooser:create" if kind == "image" else "wagtaildocs_chooser:create"
    )
    response = admin_client.post(
        url,
        {f"{prefix}-title": "Unggahan uji", f"{prefix}-file": SimpleUploadedFile(name, content)},
    )
    assert response.status_code == 200
    data = response.json()
    assert data["step"] == "reshow_creation_form"
    assert html.escape(message) in data["htmlFragment"]
    assert model.objects.count() == rows
    assert stored_files() == files


@pytest.mark.django_db
def test_every_document_form_checks_the_file():
    form = get_document_form(get_document_model())()
    assert isinstance(form.fields["file"], SafeDocumentField)
