"""Courses: CourseIndexPage > CoursePage > LessonPage, lesson blocks, enrolment and progress.

May import pagecache, home and accounts; other course items (quizzes) register through
courses.items, and apps above react to progress through courses.signals.
"""
