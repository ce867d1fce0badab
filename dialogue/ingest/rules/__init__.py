"""Extraction rules, one module per fact type."""
