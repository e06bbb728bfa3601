"""Analysis computed once at import: figures, summaries, keywords.

Only this package may import jieba, and only lazily (see ``_jieba``): the
reader's start path never loads the dictionary.
"""
