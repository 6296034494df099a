"""Certificates: issued once on completion, PDF, public verification, revoke, reissue, batch print.

May import pagecache, home, accounts, courses and quizzes; only training and reports import it.
"""
