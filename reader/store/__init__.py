"""Storage: content files, the catalogue, user state and the search index."""
