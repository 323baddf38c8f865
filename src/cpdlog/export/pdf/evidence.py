"""Evidence files: images to embed, PDFs to append, and everything else to list.

Nothing a practitioner attached may stop the export. A file that is missing, corrupt, too
large or of a type we cannot embed becomes a clear note in the portfolio (file name and
SHA-256, so an auditor can match it to the original) and a warning for the command line.
"""

from __future__ import annotations

import hashlib
import io
import logging
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError
from pypdf import PdfReader, PdfWriter
from pypdf.errors import PdfReadError

from cpdlog.domain.entry import Evidence
from cpdlog.export.pdf.markup import plain
from cpdlog.i18n import plural, tr

CONTEXT = "cpdlog.pdf"
log = logging.getLogger(__name__)

# Beyond these an image is "huge": decoding it could take seconds and hundreds of megabytes.
MAX_IMAGE_BYTES = 40 * 1024 * 1024
MAX_IMAGE_PIXELS = 40_000_000
# Embedded images are resampled to at most this many pixels on the long side (about 200 dpi
# across an A4 text column), so a folder of phone photos does not make a 500 MB PDF.
EMBED_MAX_SIDE = 1600
EMBEDDABLE_FORMATS = frozenset({"PNG", "JPEG", "GIF", "WEBP", "BMP", "TIFF"})
IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".tif", ".tiff"})
MAX_APPENDED_PDF_PAGES = 500


class EvidenceKind(StrEnum):
    IMAGE = "image"  # embedded in the entry
    PDF = "pdf"  # appended after the portfolio
    LISTED = "listed"  # a type we do not embed: listed with its SHA-256
    PROBLEM = "problem"  # missing, corrupt or too large: listed with a note


@dataclass(slots=True)
class PreparedEvidence:
    evidence: Evidence
    kind: EvidenceKind
    note: str = ""
    image_data: bytes = b""
    image_size: tuple[int, int] = (0, 0)
    pdf_path: Path | None = None
    pdf_pages: int = 0
    label: str = ""  # "A1", "A2"... for appended PDFs

    @property
    def filename(self) -> str:
        return self.evidence.filename


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            if unit == "bytes":
                return plural(CONTEXT, int(value), "%n byte", "%n bytes")
            return f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} bytes"


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1024 * 1024), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _looks_like_image(evidence: Evidence) -> bool:
    return evidence.media_type.lower().startswith("image/") or (
        Path(evidence.filename).suffix.lower() in IMAGE_SUFFIXES
    )


def _looks_like_pdf(evidence: Evidence) -> bool:
    return evidence.media_type.lower() == "application/pdf" or (
        Path(evidence.filename).suffix.lower() == ".pdf"
    )


def prepare(
    evidence: Evidence,
    path: Path | None,
    *,
    entry_title: str,
    warn: Callable[[str], None],
) -> PreparedEvidence:
    """Decide how one evidence file appears, reading it only as far as needed."""
    name = plain(evidence.filename) or tr(CONTEXT, "(no name)")

    def problem(reason: str) -> PreparedEvidence:
        warn(
            tr(CONTEXT, "Evidence “{name}” on “{entry}” was not embedded: {reason}.").format(
                name=name, entry=plain(entry_title), reason=reason
            )
        )
        return PreparedEvidence(evidence, EvidenceKind.PROBLEM, note=reason)

    if path is None or not path.is_file():
        return problem(tr(CONTEXT, "the file is missing from the cpdlog data folder"))
    try:
        actual = _sha256(path)
    except OSError as exc:
        return problem(
            tr(CONTEXT, "the file could not be read ({error})").format(error=exc.strerror or exc)
        )
    if actual.lower() != evidence.sha256.lower():
        return problem(
            tr(CONTEXT, "the stored file does not match the SHA-256 recorded when it was attached")
        )
    if _looks_like_pdf(evidence):
        return _prepare_pdf(evidence, path, problem)
    if _looks_like_image(evidence):
        return _prepare_image(evidence, path, problem)
    return PreparedEvidence(evidence, EvidenceKind.LISTED)


def _prepare_image(
    evidence: Evidence, path: Path, problem: Callable[[str], PreparedEvidence]
) -> PreparedEvidence:
    size = path.stat().st_size
    if size > MAX_IMAGE_BYTES:
        return problem(
            tr(CONTEXT, "the image is too large to embed ({size})").format(size=human_size(size))
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as img:
                fmt = img.format or "unknown"
                if fmt not in EMBEDDABLE_FORMATS:
                    return problem(
                        tr(CONTEXT, "{format} images cannot be embedded").format(format=fmt)
                    )
                width, height = img.size
                if width * height > MAX_IMAGE_PIXELS:
                    return problem(
                        tr(
                            CONTEXT, "the image is too large to embed ({width} × {height} pixels)"
                        ).format(width=f"{width:,}", height=f"{height:,}")
                    )
                if fmt == "JPEG":
                    img.draft("RGB", (EMBED_MAX_SIDE, EMBED_MAX_SIDE))
                img.load()
                picture = ImageOps.exif_transpose(img) or img
                picture.thumbnail((EMBED_MAX_SIDE, EMBED_MAX_SIDE))
                data, dims = _encode(picture)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        return problem(tr(CONTEXT, "the image is too large to embed"))
    except UnidentifiedImageError:
        return problem(
            tr(CONTEXT, "the file is not an image we can read (corrupt or unsupported type)")
        )
    except (OSError, ValueError, SyntaxError, EOFError) as exc:
        return problem(
            tr(CONTEXT, "the image is damaged ({error})").format(
                error=plain(str(exc)) or type(exc).__name__
            )
        )
    return PreparedEvidence(evidence, EvidenceKind.IMAGE, image_data=data, image_size=dims)


def _encode(picture: Image.Image) -> tuple[bytes, tuple[int, int]]:
    """Re-encode as JPEG (opaque) or PNG (transparency), which every PDF reader shows."""
    out = io.BytesIO()
    transparent = picture.mode in ("RGBA", "LA", "PA") or (
        picture.mode == "P" and "transparency" in picture.info
    )
    if transparent:
        picture.convert("RGBA").save(out, format="PNG", optimize=False)
    else:
        picture.convert("RGB").save(out, format="JPEG", quality=85)
    return out.getvalue(), picture.size


def _prepare_pdf(
    evidence: Evidence, path: Path, problem: Callable[[str], PreparedEvidence]
) -> PreparedEvidence:
    try:
        with path.open("rb") as fh:
            if not fh.read(1024).lstrip().startswith(b"%PDF-"):
                return problem(tr(CONTEXT, "the file is not a PDF"))
        reader = PdfReader(path, strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            return problem(tr(CONTEXT, "the PDF is password-protected"))
        pages = len(reader.pages)
    except (PdfReadError, OSError, ValueError, KeyError, TypeError) as exc:
        return problem(
            tr(CONTEXT, "the PDF could not be read ({error})").format(
                error=plain(str(exc)) or type(exc).__name__
            )
        )
    if pages == 0:
        return problem(tr(CONTEXT, "the PDF has no pages"))
    if pages > MAX_APPENDED_PDF_PAGES:
        return problem(
            plural(
                CONTEXT,
                pages,
                "the PDF is too long to append (%n page)",
                "the PDF is too long to append (%n pages)",
            )
        )
    return PreparedEvidence(evidence, EvidenceKind.PDF, pdf_path=path, pdf_pages=pages)


@dataclass(slots=True)
class EvidenceBundle:
    """The PDF evidence, already copied into one document, and where each file starts."""

    data: bytes = b""
    pages: int = 0
    items: list[tuple[PreparedEvidence, int]] = field(default_factory=list)  # (item, offset)


def bundle_pdfs(items: Sequence[PreparedEvidence], warn: Callable[[str], None]) -> EvidenceBundle:
    """Copy every PDF to append into one document *before* the portfolio is laid out.

    pypdf can read some files it cannot copy; doing the copy first means a file that fails
    becomes a note in its entry, and the page numbers printed in the portfolio stay true.
    Items are labelled A1, A2... in order.
    """
    writer = PdfWriter()
    bundle = EvidenceBundle()
    for item in items:
        assert item.pdf_path is not None
        start = len(writer.pages)
        try:
            writer.append(item.pdf_path, import_outline=False)
        except Exception as exc:
            log.exception("A PDF of evidence could not be appended (%d pages so far)", start)
            while len(writer.pages) > start:  # drop any pages copied before the failure
                writer.remove_page(len(writer.pages) - 1)
            reason = tr(CONTEXT, "the PDF could not be copied ({error})").format(
                error=plain(str(exc)) or type(exc).__name__
            )
            warn(
                tr(CONTEXT, "Evidence “{name}” was not appended: {reason}.").format(
                    name=plain(item.filename), reason=reason
                )
            )
            item.kind, item.note, item.pdf_path = EvidenceKind.PROBLEM, reason, None
            continue
        item.pdf_pages = len(writer.pages) - start
        item.label = f"A{len(bundle.items) + 1}"
        bundle.items.append((item, start))
    if bundle.items:
        out = io.BytesIO()
        writer.write(out)
        bundle.data, bundle.pages = out.getvalue(), len(writer.pages)
    return bundle


def append_bundle(portfolio: bytes, bundle: EvidenceBundle, *, index_page: int) -> bytes:
    """The portfolio followed by the bundled evidence, with an outline entry per file."""
    writer = PdfWriter(clone_from=io.BytesIO(portfolio))
    first = len(writer.pages)
    writer.append(io.BytesIO(bundle.data), import_outline=False)
    parent = writer.add_outline_item(
        title=tr(CONTEXT, "Appended evidence"), page_number=max(0, index_page - 1)
    )
    for item, offset in bundle.items:
        writer.add_outline_item(
            title=f"{item.label}: {plain(item.filename)}",
            page_number=first + offset,
            parent=parent,
        )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
