"""Rules that look across documents: duplicates and conflicting figures."""

from factcheck.checks.corpus.cross_article_conflict import CrossArticleConflict
from factcheck.checks.corpus.duplicate_article import DuplicateArticle

__all__ = ["CrossArticleConflict", "DuplicateArticle"]
