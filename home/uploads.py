"""Uploads that can never hurt: every image or document an editor uploads in the admin is read
for what it really is before Wagtail touches it, and anything that is not what its name says
ends as an Indonesian error on the file field (never a 500, never a stored file).

Wagtail builds its upload forms (single upload, the "Tambah gambar" drag-and-drop uploader, the
chooser's upload tab, the edit view) from WAGTAILIMAGES_IMAGE_FORM_BASE and
WAGTAILDOCS_DOCUMENT_FORM_BASE, so the two form bases below cover every path. The checks live in
the file field rather than in clean_file() so that they run before Wagtail's own field code,
which lets some Pillow exceptions escape as 500s and reports in English.
"""

import io
import logging
import os
import re
import warnings
import zipfile

from defusedxml import DefusedXmlException
from defusedxml import ElementTree as SafeElementTree
from django.conf import settings
from django.core.exceptions import ValidationError
from django.forms.fields import FileField
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from PIL import Image as PILImage
from wagtail.documents.fields import WagtailDocumentField
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

logger = logging.getLogger(__name__)

# Extension -> the Pillow formats a file with that name may really be. MPO is how Pillow names
# the multi-picture JPEGs that phone cameras write; browsers show them as JPEG.
RASTER_FORMATS = {
    "avif": ("AVIF",),
    "gif": ("GIF",),
    "jpg": ("JPEG", "MPO"),
    "jpeg": ("JPEG", "MPO"),
    "png": ("PNG",),
    "webp": ("WEBP",),
}
# Pillow format -> (the name editors know, the extension to suggest when the name is wrong).
FORMAT_NAMES = {
    "AVIF": ("AVIF", "avif"),
    "GIF": ("GIF", "gif"),
    "JPEG": ("JPEG", "jpg"),
    "MPO": ("JPEG", "jpg"),
    "PNG": ("PNG", "png"),
    "WEBP": ("WebP", "webp"),
}

# Junk after a valid header only shows when the pixels are decoded. JPEG can decode at a reduced
# scale (draft), which keeps the memory of this check small; other formats decode in full, as
# Willow does anyway right after (wagtail.images.fields reads the size through a full load).
DECODE_CHECK_SIZE = (256, 256)

# Error codes Wagtail's own field may still raise (after ours have passed); they get Indonesian
# texts so that no English message reaches the editor.
WAGTAIL_IMAGE_MESSAGES = {
    "invalid_image": "Berkas ini bukan gambar yang sah atau gambarnya rusak.",
    "invalid_image_known_format": (
        "Berkas ini bukan gambar .%(extension)s yang sah: isinya berformat %(image_format)s."
    ),
    "file_too_large": "Berkas terlalu besar (%(file_size)s); paling besar %(max_filesize)s.",
    "file_too_many_pixels": (
        "Gambar terlalu besar: %(num_pixels)s piksel; paling banyak %(max_pixels_count)s piksel."
    ),
}


def human_pixels(count):
    if count % 1_000_000 == 0:
        return _("%(count)s juta") % {"count": count // 1_000_000}
    return f"{count:,}".replace(",", ".")


def extension_of(name):
    return os.path.splitext(name or "")[1].lower().lstrip(".")


def read_upload(data):
    """The whole upload as bytes (its size is checked first, so this is bounded), leaving the
    file at its start for Wagtail's field code that reads it again."""
    data.seek(0)
    content = data.read()
    data.seek(0)
    return content


def check_size(data, max_size):
    if max_size is not None and data.size > max_size:
        raise ValidationError(
            _("Berkas terlalu besar (%(size)s); paling besar %(max)s.")
            % {"size": filesizeformat(data.size), "max": filesizeformat(max_size)},
            code="file_too_large",
        )


# --- Raster images -----------------------------------------------------------------------------


def _open_header(content, pil_format):
    """The image object Pillow's plugin builds from the header alone: size and format are read,
    no pixel is decoded. Image.open() would refuse a pixel bomb here too, but without saying how
    big it is, so the plugin factory Image.open() itself uses is called directly."""
    PILImage.init()
    if pil_format not in PILImage.OPEN:  # Pillow built without this format
        return None
    factory, accept = PILImage.OPEN[pil_format]
    prefix = content[:16]
    accepted = accept(prefix) if accept else True
    if not accepted or isinstance(accepted, str):
        return None
    try:
        return factory(io.BytesIO(content), "")
    except Exception:  # any failure to read the header means "not this format"
        return None


def _real_format(content):
    for formats in RASTER_FORMATS.values():
        for pil_format in formats:
            if _open_header(content, pil_format) is not None:
                return pil_format
    return None


def _not_a_valid(label, content):
    message = _("Berkas ini bukan gambar %(format)s yang sah.") % {"format": label}
    real = _real_format(content)
    if real and FORMAT_NAMES[real][0] != label:
        real_label, extension = FORMAT_NAMES[real]
        message += " " + _(
            "Isinya gambar %(real)s: ganti ekstensi namanya menjadi .%(extension)s "
            "lalu unggah lagi."
        ) % {"real": real_label, "extension": extension}
    return ValidationError(message, code="invalid_image_known_format")


def _too_many_pixels(width, height, frames, max_pixels):
    if frames > 1:
        size = _("%(width)s × %(height)s piksel × %(frames)s bingkai") % {
            "width": width,
            "height": height,
            "frames": frames,
        }
    else:
        size = _("%(width)s × %(height)s piksel") % {"width": width, "height": height}
    return ValidationError(
        _("Gambar terlalu besar: %(size)s; paling banyak %(max)s piksel.")
        % {"size": size, "max": human_pixels(max_pixels)},
        code="file_too_many_pixels",
    )


def check_raster_image(content, extension, max_pixels):
    """Refuse anything that is not a whole, decodable image of the format its extension names,
    or that has more pixels than max_pixels (checked from the header, before decoding)."""
    formats = RASTER_FORMATS[extension]
    label = FORMAT_NAMES[formats[0]][0]
    header = None
    for pil_format in formats:
        header = _open_header(content, pil_format)
        if header is not None:
            break
    if header is None:
        raise _not_a_valid(label, content)

    width, height = header.size
    if width < 1 or height < 1:
        raise _not_a_valid(label, content)
    if max_pixels is not None:
        if width * height > max_pixels:
            raise _too_many_pixels(width, height, 1, max_pixels)
        try:
            frames = getattr(header, "n_frames", 1)
        except Exception:  # a broken frame table is a broken image
            raise _not_a_valid(label, content) from None
        # Renditions of an animation are made frame by frame, as Wagtail counts them.
        if width * height * frames > max_pixels:
            raise _too_many_pixels(width, height, frames, max_pixels)

    unreadable = ValidationError(
        _(
            "Gambar ini rusak atau tidak utuh, jadi tidak bisa dibaca. "
            "Simpan ulang lalu unggah lagi."
        ),
        code="invalid_image",
    )
    try:
        with warnings.catch_warnings():
            # Pillow only warns between MAX_IMAGE_PIXELS and twice that; both must refuse.
            warnings.simplefilter("error", PILImage.DecompressionBombWarning)
            with PILImage.open(io.BytesIO(content), formats=formats) as image:
                image.verify()
            # verify() leaves the image unusable; decoding needs a fresh one.
            with PILImage.open(io.BytesIO(content), formats=formats) as image:
                image.draft(image.mode, DECODE_CHECK_SIZE)
                image.load()
    except (PILImage.DecompressionBombError, PILImage.DecompressionBombWarning):
        # Warnings are errors here, so Pillow's own limit is MAX_IMAGE_PIXELS, not twice it.
        limit = min(filter(None, (PILImage.MAX_IMAGE_PIXELS, max_pixels)))
        raise ValidationError(
            _("Gambar terlalu besar: %(width)s × %(height)s piksel; paling banyak %(max)s piksel.")
            % {"width": width, "height": height, "max": human_pixels(limit)},
            code="file_too_many_pixels",
        ) from None
    except Exception:  # whatever Pillow raises on bad data is the editor's error
        raise unreadable from None


# --- SVG -----------------------------------------------------------------------------------------

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
# Metadata that editors' tools (Inkscape, Illustrator) write; browsers neither render nor run it.
INERT_NAMESPACES = {
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "http://purl.org/dc/elements/1.1/",
    "http://creativecommons.org/ns#",
    "http://web.resource.org/cc/",
    "http://www.inkscape.org/namespaces/inkscape",
    "http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd",
    "http://ns.adobe.com/AdobeIllustrator/10.0/",
    "http://ns.adobe.com/Extensibility/1.0/",
}
# Static drawing only. Everything else is refused rather than listed as dangerous: script and
# foreignObject (HTML inside SVG) run code, a/animate/set can turn a link or attribute into
# javascript: at run time, iframe/embed/object load other documents.
SVG_ELEMENTS = {
    "svg", "g", "defs", "title", "desc", "metadata", "symbol", "use", "switch", "view",
    "rect", "circle", "ellipse", "line", "polyline", "polygon", "path",
    "text", "tspan", "textPath", "image", "style",
    "linearGradient", "radialGradient", "stop", "pattern", "clipPath", "mask", "marker",
    "filter", "feBlend", "feColorMatrix", "feComponentTransfer", "feComposite",
    "feConvolveMatrix", "feDiffuseLighting", "feDisplacementMap", "feDistantLight",
    "feDropShadow", "feFlood", "feFuncA", "feFuncB", "feFuncG", "feFuncR", "feGaussianBlur",
    "feImage", "feMerge", "feMergeNode", "feMorphology", "feOffset", "fePointLight",
    "feSpecularLighting", "feSpotLight", "feTile", "feTurbulence",
}  # fmt: skip
# Only a reference inside the file, or an embedded raster picture. An embedded SVG is refused:
# it would need the same checks, and nothing here needs one.
SAFE_HREF = re.compile(r"^(#|data:image/(png|jpeg|gif|webp)[;,])", re.IGNORECASE)
# url(...) in CSS or presentation attributes that points anywhere but inside the file.
EXTERNAL_URL = re.compile(r"url\(\s*(?!['\"]?\s*#)", re.IGNORECASE)
XML_DECLARATION = re.compile(r"^<\?xml\s[^>]*\?>")
DECLARED_ENCODING = re.compile(r"encoding\s*=\s*['\"]([^'\"]+)['\"]")
# Characters browsers drop from attribute values before looking at a URL scheme.
IGNORED_IN_URLS = re.compile(r"[\x00-\x20]")


def _local(name):
    return name.rsplit("}", 1)[-1]


def _namespace(name):
    return name[1:].split("}", 1)[0] if name.startswith("{") else ""


def _svg_error(message, **params):
    return ValidationError(_(message) % params if params else _(message), code="unsafe_svg")


def check_svg(content):
    """Refuse an SVG that could run script, load anything from outside itself or blow up the
    XML parser; accept plain drawings such as the demo illustrations."""
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _svg_error("SVG ini tidak tersimpan sebagai teks UTF-8.") from None
    lowered = text.lower()
    # Entities can only be declared in a DOCTYPE: refusing both before parsing rules out entity
    # expansion (billion laughs) and external entities (XXE), whatever the parser does with them.
    if "<!doctype" in lowered or "<!entity" in lowered:
        raise _svg_error("SVG dengan DOCTYPE atau ENTITY tidak diizinkan.")
    stripped = text.lstrip()
    declaration = XML_DECLARATION.match(stripped)
    if declaration:
        encoding = DECLARED_ENCODING.search(declaration.group(0))
        # The browser decodes by the declared encoding; it must be the one checked here.
        if encoding and encoding.group(1).lower() not in ("utf-8", "utf8", "us-ascii"):
            raise _svg_error("SVG ini tidak tersimpan sebagai teks UTF-8.")
        stripped = stripped[declaration.end() :]
    # <?xml-stylesheet?> makes the browser load and apply an external stylesheet or XSLT.
    if "<?" in stripped:
        raise _svg_error("SVG ini memuat instruksi pemrosesan (<?...?>) yang tidak diizinkan.")
    try:
        # defusedxml (already required by Willow) as a second lock behind the check above.
        root = SafeElementTree.fromstring(text, forbid_dtd=True)
    except DefusedXmlException:
        raise _svg_error("SVG dengan DOCTYPE atau ENTITY tidak diizinkan.") from None
    except SafeElementTree.ParseError:
        raise _svg_error("Berkas ini bukan SVG yang sah: isinya bukan XML yang utuh.") from None
    if root.tag != f"{{{SVG_NS}}}svg":
        raise _svg_error("Berkas ini bukan SVG yang sah: unsur terluarnya bukan <svg>.")

    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        namespace, name = _namespace(element.tag), _local(element.tag)
        if namespace in INERT_NAMESPACES:
            continue
        if namespace != SVG_NS or name not in SVG_ELEMENTS:
            raise _svg_error("Unsur <%(name)s> tidak diizinkan dalam SVG.", name=name)
        if name == "style" and _has_external_css(element.text or ""):
            raise _svg_error("Gaya (CSS) dalam SVG tidak boleh memuat apa pun dari luar berkas.")
        for attribute, value in element.attrib.items():
            attribute_name = _local(attribute)
            if attribute_name.lower().startswith("on"):
                raise _svg_error(
                    "Atribut %(name)s (penangan kejadian yang menjalankan skrip) tidak diizinkan "
                    "dalam SVG.",
                    name=attribute_name,
                )
            if attribute_name == "href":
                if not SAFE_HREF.match(IGNORED_IN_URLS.sub("", value)):
                    raise _svg_error(
                        "Tautan ke luar berkas (%(name)s) tidak diizinkan dalam SVG; hanya "
                        "rujukan ke dalam berkas (#...) atau gambar tersemat (data:image/...).",
                        name="xlink:href" if _namespace(attribute) == XLINK_NS else "href",
                    )
            elif _has_external_css(value) or "javascript:" in (
                IGNORED_IN_URLS.sub("", value).lower()
            ):
                raise _svg_error(
                    "Atribut %(name)s dalam SVG tidak boleh memuat apa pun dari luar berkas.",
                    name=attribute_name,
                )


def _has_external_css(css):
    return bool(EXTERNAL_URL.search(css)) or "@import" in css.lower()


# --- Documents -----------------------------------------------------------------------------------

OFFICE_PARTS = {"docx": "word/", "xlsx": "xl/", "pptx": "ppt/"}
OPENDOCUMENT_MIMETYPES = {"odt": b"application/vnd.oasis.opendocument.text"}
OFFICE_LABELS = {"docx": "Word", "xlsx": "Excel", "pptx": "PowerPoint", "odt": "OpenDocument"}
# Text that a browser, or a viewer that sniffs, would take for a web page.
MARKUP_IN_TEXT = ("<html", "<script", "<!doctype html", "<iframe", "<svg")


def check_document(content, extension):
    if extension == "pdf":
        if not content.startswith(b"%PDF-"):
            raise ValidationError(_("Berkas ini bukan PDF yang sah."), code="invalid_document")
    elif extension in OFFICE_PARTS or extension in OPENDOCUMENT_MIMETYPES:
        _check_office_zip(content, extension)
    elif extension in ("csv", "txt"):
        _check_plain_text(content, extension)


def _check_office_zip(content, extension):
    invalid = ValidationError(
        _("Berkas ini bukan dokumen %(kind)s (.%(extension)s) yang sah.")
        % {"kind": OFFICE_LABELS[extension], "extension": extension},
        code="invalid_document",
    )
    # A zip read from its end tolerates anything in front of it (an HTML page, say): the file
    # must start as a zip does.
    if not content.startswith(b"PK\x03\x04"):
        raise invalid
    try:
        # Only the directory is read; nothing is decompressed (a zip bomb stays packed).
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            members = archive.infolist()
            if extension in OFFICE_PARTS:
                names = {member.filename for member in members}
                prefix = OFFICE_PARTS[extension]
                if "[Content_Types].xml" not in names or not any(
                    name.startswith(prefix) for name in names
                ):
                    raise invalid
            else:
                first = members[0] if members else None
                expected = OPENDOCUMENT_MIMETYPES[extension]
                if (
                    first is None
                    or first.filename != "mimetype"
                    or first.file_size != len(expected)
                    or archive.read(first) != expected
                ):
                    raise invalid
    except ValidationError:
        raise
    except Exception:  # a damaged archive is the editor's error, not ours
        raise invalid from None


def _check_plain_text(content, extension):
    if b"\x00" in content:
        raise ValidationError(
            _("Berkas .%(extension)s ini bukan teks biasa.") % {"extension": extension},
            code="invalid_document",
        )
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError(
            _(
                "Berkas .%(extension)s ini tidak tersimpan sebagai teks UTF-8. Simpan ulang "
                "dengan pengodean UTF-8 (di Excel: “CSV UTF-8”) lalu unggah lagi."
            )
            % {"extension": extension},
            code="invalid_document",
        ) from None
    lowered = text.lower()
    if any(marker in lowered for marker in MARKUP_IN_TEXT):
        raise ValidationError(
            _("Berkas .%(extension)s ini berisi kode halaman web (HTML), bukan teks biasa.")
            % {"extension": extension},
            code="invalid_document",
        )


# --- Fields and forms ----------------------------------------------------------------------------


class SafeImageField(WagtailImageField):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for code, message in WAGTAIL_IMAGE_MESSAGES.items():
            self.error_messages[code] = _(message)
        # Both are also shown by the drag-and-drop uploader's script before it sends the file.
        self.error_messages["invalid_image_extension"] = _(
            "Format gambar ini tidak didukung. Format yang didukung: %(formats)s."
        ) % {"formats": self.supported_formats_text}
        self.error_messages["file_too_large_unknown_size"] = _(
            "Berkas terlalu besar; paling besar %(max)s."
        ) % {"max": self.max_upload_size_text}

    def to_python(self, data):
        upload = FileField.to_python(self, data)
        if upload is None:
            return None
        check_size(upload, self.max_upload_size)
        extension = extension_of(upload.name)
        if extension not in self.allowed_image_extensions:
            raise ValidationError(
                self.error_messages["invalid_image_extension"], code="invalid_image_extension"
            )
        content = read_upload(upload)
        if extension == "svg":
            check_svg(content)
        elif extension in RASTER_FORMATS:
            check_raster_image(content, extension, self.max_image_pixels)
        else:
            # An extension allowed in settings that nobody taught this module to read.
            raise ValidationError(
                self.error_messages["invalid_image_extension"], code="invalid_image_extension"
            )
        try:
            return super().to_python(data)
        except ValidationError:
            raise
        except Exception:  # Wagtail/Willow failing on a file we let through
            logger.warning("Image upload %r passed our checks but not Wagtail's", upload.name)
            raise ValidationError(
                self.error_messages["invalid_image"], code="invalid_image"
            ) from None


class SafeDocumentField(WagtailDocumentField):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.error_messages["file_too_large_unknown_size"] = _(
            "Berkas terlalu besar; paling besar %(max)s."
        ) % {"max": self.max_upload_size_text}

    def to_python(self, data):
        upload = FileField.to_python(self, data)
        if upload is None:
            return None
        check_size(upload, self.max_upload_size)
        extension = extension_of(upload.name)
        allowed = getattr(settings, "WAGTAILDOCS_EXTENSIONS", None)
        # No list means any extension, as in Wagtail; the content checks still apply.
        if allowed and extension not in allowed:
            raise ValidationError(
                _("Jenis berkas ini tidak didukung. Jenis yang didukung: %(types)s.")
                % {"types": ", ".join(allowed).upper()},
                code="invalid_extension",
            )
        check_document(read_upload(upload), extension)
        return super().to_python(data)


def _replace_file_field(form, field_class):
    # Not a declared field: Meta.exclude does not remove declared fields, so one would appear
    # (and be required) in the drag-and-drop uploader's edit form, which leaves the file out.
    # Swapping the field Wagtail built keeps Wagtail's choice of fields in every form.
    field = form.fields.get("file")
    if field is None or isinstance(field, field_class):
        return
    form.fields["file"] = field_class(
        label=field.label, required=field.required, widget=field.widget
    )


class SafeImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _replace_file_field(self, SafeImageField)


class SafeDocumentForm(BaseDocumentForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _replace_file_field(self, SafeDocumentField)
