"""The serving infrastructure: the shared page cache, personal slots and cached routing.

Owns no content and knows no app above it: apps register what it must know (session keys that
make a guest's page their own, models whose changes invalidate pages). Imports only Django and
Wagtail.
"""
