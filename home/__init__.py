"""The site shell: HomePage, content pages, help page, hotline snippet, site settings, errors.

May import only pagecache (and Django/Wagtail); every other app may import it.
"""
