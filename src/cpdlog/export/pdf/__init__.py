"""The PDF portfolio a practitioner hands to their regulator, manager or auditor."""

from cpdlog.export.pdf.document import ExportCancelledError
from cpdlog.export.pdf.model import (
    Layout,
    PageSize,
    PortfolioData,
    PortfolioOptions,
    PortfolioOwner,
    RenderResult,
)
from cpdlog.export.pdf.portfolio import render_portfolio

__all__ = [
    "ExportCancelledError",
    "Layout",
    "PageSize",
    "PortfolioData",
    "PortfolioOptions",
    "PortfolioOwner",
    "RenderResult",
    "render_portfolio",
]
