"""reader — read a Chinese newspaper in the terminal."""

__version__ = "0.1.0"
