"""hrdwatch: the spine that wires extractors → classifiers → alerts to storage and settings."""

__version__ = "0.1.0"
__all__ = ["__version__"]
