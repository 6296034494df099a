"""Quizzes: QuizPage (a child of CoursePage), question blocks, attempts, scoring, item analysis.

May import pagecache, home, accounts and courses; never certificates, training or reports.
"""
