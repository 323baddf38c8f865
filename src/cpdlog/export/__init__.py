"""Exports: the PDF portfolio, CSV and the lossless JSON backup. Domain objects in, files out."""
