"""Checks content data against the page models and their StreamField blocks.

The rules come from the models themselves (max_length, blank, choices, validators, the blocks a
StreamField offers and the rich text features it allows), so a file that passes is one the Wagtail
admin would also store. Every problem names the file and the field path, e.g.
``content/courses/kenali-tppo/quizzes/tes-akhir.yaml: questions[3].choices[1].feedback: required``.
"""

import re
from datetime import date
from html.parser import HTMLParser

from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.db import models
from wagtail import blocks
from wagtail.blocks.field_block import BaseChoiceBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.images.blocks import ImageChooserBlock

# Rich text features (as the models name them) and the HTML tags each one allows.
FEATURE_TAGS = {
    "bold": {"b"},
    "italic": {"i"},
    "link": {"a"},
    "ol": {"ol", "li"},
    "ul": {"ul", "li"},
    "h3": {"h3"},
    "h4": {"h4"},
}
LINK_SCHEMES = ("https://", "mailto:")
# Line breaks between two tags only make the file readable; anywhere else they are a space.
_BREAK_BETWEEN_TAGS = re.compile(r">\s*\n\s*<")
_BREAK = re.compile(r"\s*\n\s*")


class ContentError(ValueError):
    """Problems found in the content files, one "file: field: problem" per line."""

    def __init__(self, problems):
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


def field_path(base, key):
    if isinstance(key, int):
        return f"{base}[{key}]"
    return f"{base}.{key}" if base else key


def join_html(text):
    """Rich text as stored: the lines of a YAML block joined back into one string."""
    return _BREAK.sub(" ", _BREAK_BETWEEN_TAGS.sub("><", text.strip()))


class _HtmlChecker(HTMLParser):
    def __init__(self, allowed_tags):
        super().__init__(convert_charrefs=True)
        self.allowed_tags = allowed_tags
        self.open_tags = []
        self.problems = []

    def handle_starttag(self, tag, attrs):
        if tag not in self.allowed_tags:
            self.problems.append(
                f"tag <{tag}> is not allowed (allowed: {_listing(self.allowed_tags)})"
            )
        for name, value in attrs:
            if tag == "a" and name == "href":
                if not (value or "").startswith(LINK_SCHEMES):
                    self.problems.append(
                        f"link '{value}' must start with {' or '.join(LINK_SCHEMES)}"
                    )
            else:
                self.problems.append(f'attribute {name}="..." on <{tag}> is not allowed')
        self.open_tags.append(tag)

    def handle_endtag(self, tag):
        if not self.open_tags or self.open_tags[-1] != tag:
            expected = f"</{self.open_tags[-1]}>" if self.open_tags else "no closing tag"
            self.problems.append(f"</{tag}> found where {expected} was expected")
        if tag in self.open_tags:
            # Resume after the tag it closes, so one slip is reported once.
            del self.open_tags[len(self.open_tags) - 1 - self.open_tags[::-1].index(tag) :]

    def close(self):
        super().close()
        self.problems += [f"<{tag}> is never closed" for tag in reversed(self.open_tags)]


def html_problems(html, *, features):
    checker = _HtmlChecker({"p"}.union(*(FEATURE_TAGS.get(name, set()) for name in features)))
    checker.feed(html)
    checker.close()
    return checker.problems


def _listing(names):
    return ", ".join(sorted(names))


class Checker:
    """Checks the data of one file; each clean_* method returns the value as the loader uses it
    (rich text joined into one line, dates parsed) and records what is wrong."""

    def __init__(self, file, *, images):
        self.file = file
        self.images = images
        self.problems = []
        # A file that is not valid YAML has one problem only; its missing fields are no news.
        self.unreadable = False

    def add(self, at, message):
        self.problems.append(f"{self.file}: {at}: {message}" if at else f"{self.file}: {message}")

    # Mappings --------------------------------------------------------------------------------

    def clean_keys(self, data, *, required, optional=(), at=""):
        """The mapping if it is one, with every required key and no unknown key; else None."""
        if self.unreadable:
            return None
        if not isinstance(data, dict):
            self.add(at, f"must be a mapping of fields, not {_type_name(data)}")
            return None
        for key in required:
            if key not in data:
                self.add(field_path(at, key), "required")
        allowed = (*required, *optional)
        for key in data:
            if key not in allowed:
                self.add(
                    field_path(at, key), f"unknown field (expected one of: {_listing(allowed)})"
                )
        return data

    def clean_model_fields(self, model, data, *, names, at=""):
        """The values of `names` present in `data`, checked against the fields of `model`."""
        return {
            name: self.clean_model_field(
                model._meta.get_field(name), data[name], at=field_path(at, name)
            )
            for name in names
            if name in data
        }

    def clean_model_field(self, field, value, *, at):
        if isinstance(field, StreamField):
            return self.clean_stream(field.stream_block, value, at=at)
        if isinstance(field, models.DateField):
            return self._clean_date(value, at=at)
        if isinstance(field, models.IntegerField):
            number = self._clean_int(value, at=at)
            return self._run_validators(field.validators, number, at=at)
        text = self.clean_text(value, at=at, required=not field.blank, max_length=field.max_length)
        if isinstance(field, RichTextField):
            text = self._clean_html(text, features=field.features, at=at)
        choices = [choice for choice, _ in field.choices or ()]
        if choices and text and text not in choices:
            self.add(at, f"'{text}' is not one of: {_listing(choices)}")
            return text
        return self._run_validators(field.validators, text, at=at) if text else text

    # Scalars ---------------------------------------------------------------------------------

    def clean_text(self, value, *, at, required=True, max_length=None):
        if value is None and not required:
            return ""
        if not isinstance(value, str):
            # YAML reads 110, true or 2025-10-03 as a number, yes/no or date unless quoted.
            hint = " (put it in quotes)" if isinstance(value, int | float | date) else ""
            self.add(at, f"must be text, not {_type_name(value)}{hint}")
            return ""
        value = value.strip()
        if required and not value:
            self.add(at, "required")
        if max_length and len(value) > max_length:
            self.add(at, f"too long: {len(value)} characters, at most {max_length}")
        return value

    def _clean_html(self, text, *, features, at):
        html = join_html(text)
        for problem in html_problems(html, features=features or FEATURE_TAGS):
            self.add(at, problem)
        return html

    def _clean_int(self, value, *, at):
        if isinstance(value, bool) or not isinstance(value, int):
            self.add(at, f"must be a whole number, not {_type_name(value)}")
            return None
        if value < 0:
            self.add(at, "must not be negative")
        return value

    def _clean_date(self, value, *, at):
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(value)
        except (TypeError, ValueError):
            self.add(at, f"must be a date written YYYY-MM-DD, not {value!r}")
            return None

    def _run_validators(self, validators, value, *, at):
        """Format rules such as slug, e-mail, URL and number range (lengths are checked above)."""
        if value is None:
            return value
        for validator in validators:
            if isinstance(validator, MaxLengthValidator):
                continue
            try:
                validator(value)
            except ValidationError as error:
                for message in error.messages:
                    self.add(at, message)
        return value

    # StreamField blocks ----------------------------------------------------------------------

    def clean_stream(self, stream_block, items, *, at):
        """A list of `{type: ..., <fields>}` as [(type, value), ...] for the StreamField."""
        if not isinstance(items, list):
            self.add(at, f"must be a list of blocks, not {_type_name(items)}")
            return []
        cleaned = []
        for index, item in enumerate(items):
            where = field_path(at, index)
            if not isinstance(item, dict) or "type" not in item:
                self.add(where, "each block needs a 'type'")
                continue
            kind = item["type"]
            block = stream_block.child_blocks.get(kind) if isinstance(kind, str) else None
            if block is None:
                expected = _listing(stream_block.child_blocks)
                self.add(
                    f"{where}.type", f"unknown block type '{kind}' (expected one of: {expected})"
                )
                continue
            fields = {key: value for key, value in item.items() if key != "type"}
            cleaned.append((kind, self._clean_block_fields(block, fields, at=where)))
        return cleaned

    def _clean_block_fields(self, block, fields, *, at):
        if isinstance(block, blocks.StructBlock):
            return self.clean_block(block, fields, at=at)
        # A block that is a single value (a paragraph) keeps it under one named key.
        key = plain_block_key(block)
        self.clean_keys(fields, required=(key,), at=at)
        return self.clean_block(block, fields.get(key), at=field_path(at, key))

    def clean_block(self, block, value, *, at):
        for kind, method in _BLOCK_CLEANERS:
            if isinstance(block, kind):
                return method(self, block, value, at=at)
        raise TypeError(f"{at}: no rule for {type(block).__name__}")

    def _clean_struct(self, block, value, *, at):
        children = block.child_blocks
        required = [name for name, child in children.items() if _is_required(child)]
        optional = [name for name in children if name not in required]
        if self.clean_keys(value, required=required, optional=optional, at=at) is None:
            return {}
        return {
            name: self.clean_block(children[name], item, at=field_path(at, name))
            for name, item in value.items()
            if name in children
        }

    def _clean_list(self, block, value, *, at):
        if not isinstance(value, list):
            self.add(at, f"must be a list, not {_type_name(value)}")
            return []
        min_num = block.meta.min_num
        if min_num and len(value) < min_num:
            self.add(at, f"needs at least {min_num} item(s)")
        return [
            self.clean_block(block.child_block, item, at=field_path(at, index))
            for index, item in enumerate(value)
        ]

    def _clean_rich_text(self, block, value, *, at):
        text = self.clean_text(value, at=at, required=block.required)
        return self._clean_html(text, features=block.features, at=at)

    def _clean_image(self, block, value, *, at):
        if value in (None, "") and not block.required:
            return value
        name = self.clean_text(value, at=at)
        if name and name not in self.images:
            self.add(at, f"no file '{name}' in illustrations/")
        return name

    def _clean_choice(self, block, value, *, at):
        choices = [choice for choice, _ in block.field.choices if choice]
        if value not in choices:
            self.add(at, f"{value!r} is not one of: {_listing(choices)}")
        return value

    def _clean_field_block(self, block, value, *, at):
        max_length = getattr(block.field, "max_length", None)
        text = self.clean_text(value, at=at, required=block.required, max_length=max_length)
        return self._run_validators(block.field.validators, text, at=at) if text else text

    def _clean_stream_block(self, block, value, *, at):
        return self.clean_stream(block, value, at=at)

    def _clean_boolean_block(self, block, value, *, at):
        if not isinstance(value, bool):
            self.add(at, f"must be true or false, not {_type_name(value)}")
        return bool(value)


def plain_block_key(block):
    return "html" if isinstance(block, blocks.RichTextBlock) else "text"


def _is_required(block):
    # Structs and lists must always be written out; a field block says itself.
    return block.required if isinstance(block, blocks.FieldBlock) else True


def _type_name(value):
    names = {
        dict: "a mapping",
        list: "a list",
        str: "text",
        bool: "true/false",
        type(None): "empty",
    }
    return names.get(type(value), type(value).__name__)


# Most specific first: RichTextBlock, ChoiceBlock and BooleanBlock are FieldBlocks too.
_BLOCK_CLEANERS = (
    (blocks.StructBlock, Checker._clean_struct),
    (blocks.ListBlock, Checker._clean_list),
    (blocks.StreamBlock, Checker._clean_stream_block),
    (blocks.RichTextBlock, Checker._clean_rich_text),
    (ImageChooserBlock, Checker._clean_image),
    (blocks.BooleanBlock, Checker._clean_boolean_block),
    (BaseChoiceBlock, Checker._clean_choice),
    (blocks.FieldBlock, Checker._clean_field_block),
)
