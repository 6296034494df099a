from allauth.account.adapter import DefaultAccountAdapter
from django import forms
from django.utils.translation import gettext_lazy as _


class AccountAdapter(DefaultAccountAdapter):
    def clean_username(self, username, shallow=False):
        username = super().clean_username(username, shallow=shallow)
        if len(username) > 150:
            raise forms.ValidationError(_("Nama pengguna paling panjang 150 karakter."))
        return username
