"""Task-force reports (Gugus Tugas): reach and knowledge gain by area, course, partner and month,
as aggregates only, with small numbers suppressed.

Owns: the "reports.view_reports" permission and the "Gugus Tugas" group, the figures
(reports/figures.py), the one suppression rule (reports/suppression.py), the area mapping
(reports/areas.py), the admin dashboard, its charts and its exports (XLSX, CSV, PDF).
May import: training, certificates, quizzes, courses, accounts, home (never content or elearn).
"""
