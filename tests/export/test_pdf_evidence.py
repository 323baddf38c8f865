"""Evidence: images embedded and scaled, PDFs appended with a pointer, the rest listed."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from cpdlog.domain.entry import Evidence
from cpdlog.export.pdf import PortfolioOptions, render_portfolio
from cpdlog.export.pdf import evidence as evidence_module
from tests.export.pdf_support import (
    body_text,
    jpeg_bytes,
    make_data,
    make_entry,
    page_texts,
    pdf_bytes,
    png_bytes,
    squash,
    store_evidence,
)


def images_on_pages(path: Path) -> list[tuple[int, int, int]]:
    """(page number, pixel width, pixel height) of every image drawn."""
    found = []
    for number, page in enumerate(PdfReader(path).pages, start=1):
        for obj in page.get("/Resources", {}).get("/XObject", {}).values():
            xobj = obj.get_object()
            if xobj.get("/Subtype") == "/Image":
                found.append((number, int(xobj["/Width"]), int(xobj["/Height"])))
    return found


def png_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims ``width`` x ``height`` pixels (a decompression bomb)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\0" * 10))
        + chunk(b"IEND", b"")
    )


def export(tmp_path: Path, files: list[Evidence], store: Path) -> tuple[Path, list[str]]:
    entry = make_entry(1, title="Entry with evidence", evidence=files)
    out = tmp_path / "p.pdf"
    result = render_portfolio(make_data([entry], evidence_dir=store), PortfolioOptions(), out)
    return out, result.warnings


def test_png_and_jpeg_are_embedded_and_scaled(tmp_path: Path) -> None:
    store = tmp_path / "ev"
    files = [
        store_evidence(store, "small.png", png_bytes((300, 200)), "image/png"),
        store_evidence(store, "photo.jpg", jpeg_bytes((4000, 3000)), "image/jpeg"),
    ]
    out, warnings = export(tmp_path, files, store)
    assert warnings == []
    sizes = sorted((w, h) for _, w, h in images_on_pages(out))
    assert sizes == [(300, 200), (1600, 1200)]  # the photo is resampled, not embedded at 12 MP
    text = body_text(out)
    assert "small.png" in text and "photo.jpg" in text
    assert squash(f"SHA-256 {files[1].sha256}") in text


def test_transparent_png_keeps_its_transparency(tmp_path: Path) -> None:
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGBA", (64, 64), (255, 0, 0, 128)).save(buffer, format="PNG")
    store = tmp_path / "ev"
    files = [store_evidence(store, "logo.png", buffer.getvalue(), "image/png")]
    out, warnings = export(tmp_path, files, store)
    assert warnings == []
    page = PdfReader(out).pages[images_on_pages(out)[0][0] - 1]
    masks = [
        obj.get_object().get("/SMask")
        for obj in page["/Resources"]["/XObject"].values()
        if obj.get_object().get("/Subtype") == "/Image"
    ]
    assert any(m is not None for m in masks)


def test_huge_image_is_a_note_and_a_warning(tmp_path: Path) -> None:
    store = tmp_path / "ev"
    files = [store_evidence(store, "bomb.png", png_claiming(60_000, 60_000), "image/png")]
    out, warnings = export(tmp_path, files, store)
    assert len(warnings) == 1 and "bomb.png" in warnings[0] and "too large" in warnings[0]
    assert images_on_pages(out) == []
    assert squash("bomb.png could not be included: the image is too large to embed") in body_text(
        out
    )


def test_image_over_the_pixel_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(evidence_module, "MAX_IMAGE_PIXELS", 10_000)
    store = tmp_path / "ev"
    files = [store_evidence(store, "big.png", png_bytes((200, 100)), "image/png")]
    _out, warnings = export(tmp_path, files, store)
    assert "200 × 100 pixels" in warnings[0]


def test_corrupt_image_is_a_note_and_a_warning(tmp_path: Path) -> None:
    store = tmp_path / "ev"
    good = png_bytes((120, 120))
    files = [
        store_evidence(store, "truncated.png", good[: len(good) // 2], "image/png"),
        store_evidence(store, "garbage.jpg", b"this is not a jpeg at all", "image/jpeg"),
    ]
    out, warnings = export(tmp_path, files, store)
    assert len(warnings) == 2
    text = body_text(out)
    assert squash("truncated.png could not be included") in text
    assert squash("garbage.jpg could not be included") in text
    assert squash(f"SHA-256 {files[1].sha256}") in text
    assert images_on_pages(out) == []


def test_unsupported_image_type_is_listed(tmp_path: Path) -> None:
    store = tmp_path / "ev"
    ico = tmp_path / "x.ico"
    from PIL import Image

    Image.new("RGB", (16, 16)).save(ico, format="ICO")
    files = [store_evidence(store, "icon.ico", ico.read_bytes(), "image/x-icon")]
    _out, warnings = export(tmp_path, files, store)
    assert "ICO images cannot be embedded" in warnings[0]


def test_other_files_are_listed_with_name_and_sha256(tmp_path: Path) -> None:
    store = tmp_path / "ev"
    files = [store_evidence(store, "notes.docx", b"PK\x03\x04 fake", "application/msword")]
    out, warnings = export(tmp_path, files, store)
    assert warnings == []
    text = body_text(out)
    assert "notes.docx" in text
    assert squash(f"SHA-256 {files[0].sha256}") in text


def test_missing_and_altered_files_are_reported(tmp_path: Path) -> None:
    store = tmp_path / "ev"
    altered = store_evidence(store, "changed.png", png_bytes(), "image/png")
    (store / altered.sha256).write_bytes(png_bytes((10, 10)))
    missing = Evidence("0" * 64, "gone.pdf", "application/pdf", 100)
    _out, warnings = export(tmp_path, [altered, missing], store)
    assert any("does not match the SHA-256" in w for w in warnings)
    assert any("gone.pdf" in w and "missing" in w for w in warnings)


def test_pdf_evidence_is_appended_with_a_pointer(tmp_path: Path) -> None:
    store = tmp_path / "ev"
    files = [
        store_evidence(
            store, "certificate.pdf", pdf_bytes(2, "Certificate of attendance"), "application/pdf"
        ),
        store_evidence(store, "slides.pdf", pdf_bytes(3, "Workshop slides"), "application/pdf"),
    ]
    entry = make_entry(1, title="Entry with evidence", evidence=files)
    out = tmp_path / "p.pdf"
    result = render_portfolio(make_data([entry], evidence_dir=store), PortfolioOptions(), out)
    texts = page_texts(out)
    assert result.appended_files == 2
    assert result.pages == len(texts)
    assert texts[-5].startswith("Certificate of attendance page 1")
    assert texts[-3].startswith("Workshop slides page 1")
    first_appended = len(texts) - 5 + 1
    body = squash("\n".join(texts[: len(texts) - 5]))
    # The entry and the appendix index both say where each file starts. (The number is a
    # form drawn at the end of the line, so text extraction puts it before the sentence.)
    pointer = "{page}{name} (PDF, {n} pages) is appended after the portfolio as Evidence {label}"
    assert (
        squash(pointer.format(page=first_appended, name="certificate.pdf", n=2, label="A1")) in body
    )
    assert (
        squash(pointer.format(page=first_appended + 2, name="slides.pdf", n=3, label="A2")) in body
    )
    index = squash(texts[len(texts) - 6])
    assert f"2{first_appended}pageA2" in index and f"3{first_appended + 2}page" in index
    # Portfolio pages count the appended ones in "Page X of Y".
    assert f"Page 1 of {len(texts)}" in texts[0]
    outline = PdfReader(out).outline
    titles = [getattr(i, "title", None) for i in outline if not isinstance(i, list)]
    assert "Appended evidence" in titles
    children = outline[
        outline.index(next(i for i in outline if getattr(i, "title", "") == "Appended evidence"))
        + 1
    ]
    assert [c.title for c in children] == ["A1: certificate.pdf", "A2: slides.pdf"]
    meta = PdfReader(out).metadata
    assert meta is not None and meta.title == "CPD portfolio: Siân Llywelyn-Jones"


def test_encrypted_and_broken_pdfs_are_notes(tmp_path: Path) -> None:
    store = tmp_path / "ev"
    writer = PdfWriter()
    writer.append(PdfReader(__import__("io").BytesIO(pdf_bytes(1))))
    writer.encrypt("secret")
    locked = tmp_path / "locked.pdf"
    with locked.open("wb") as fh:
        writer.write(fh)
    files = [
        store_evidence(store, "locked.pdf", locked.read_bytes(), "application/pdf"),
        store_evidence(
            store, "broken.pdf", b"%PDF-1.4\n garbage without objects", "application/pdf"
        ),
        store_evidence(store, "fake.pdf", b"not a pdf", "application/pdf"),
    ]
    out, warnings = export(tmp_path, files, store)
    text = body_text(out)
    assert squash("locked.pdf could not be included: the PDF is password-protected") in text
    assert squash("broken.pdf could not be included") in text
    assert squash("fake.pdf could not be included: the file is not a PDF") in text
    assert len(warnings) == 3
    reader = PdfReader(out)
    assert f"of {len(reader.pages)}" in page_texts(out)[0]
