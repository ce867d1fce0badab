"""Extraction from Russian reports: the same facts as the English rules, read with pymorphy3's lemmas and cases."""
