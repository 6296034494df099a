"""Accounts: the custom User, profile and consent, allauth forms, data export and deletion.

May import pagecache and home; apps above add their part of a learner's data through
accounts.personal_data.register_section.
"""
