"""Facilitator sessions (sosialisasi): join codes, roster, attendance, paper scores, session
print, knowledge gain per session; the DKI region table (kota, kecamatan, kelurahan).

May import every app below it (pagecache, home, accounts, courses, quizzes, certificates);
only reports imports it.
"""
