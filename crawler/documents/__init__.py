"""Reading downloaded documents (pdf, docx, xlsx, doc, xls) into cleaned Thai text.

``extract_document`` is imported lazily so that the worker processes
(``python -m crawler.documents.worker --serve``) do not import pydantic.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .formats import is_document_url, sniff_format

if TYPE_CHECKING:
    from .extract import extract_document

__all__ = ["extract_document", "is_document_url", "sniff_format"]


def __getattr__(name: str):
    if name == "extract_document":
        from .extract import extract_document

        return extract_document
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
