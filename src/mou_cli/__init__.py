"""mou: draft and check partnership agreements (MoU, Perjanjian Kerja Sama)."""

__version__ = "0.1.0"
