import datetime as dt
import zipfile
from decimal import Decimal

import pytest

from dialogue.tracking.models import ExchangeRate
from dialogue.tracking.rates import ECB, RateBook, RateImportError, rates_import


def _csv(tmp_path, body, name="rates.csv"):
    path = tmp_path / name
    path.write_text("date,base,quote,rate,source\n" + body)
    return path


def _held():
    return set(ExchangeRate.objects.values_list("date", "base", "quote", "rate"))


def test_rates_are_imported_once(db, tmp_path):
    path = _csv(tmp_path, "2024-10-01,USD,KZT,480.50,National Bank of Kazakhstan\n2024-10-01,USD,UZS,12800,Central Bank of Uzbekistan\n")
    assert rates_import(path).created == 2
    again = rates_import(path)
    assert (again.created, again.held, again.refused) == (0, 2, [])
    assert ExchangeRate.objects.count() == 2


def test_a_bad_row_is_named_by_line_and_field_and_the_good_ones_are_imported(db, tmp_path):
    path = _csv(tmp_path, "2024-10-01,USD,KZT,480.50,NBK\n2024-13-01,USD,KZT,481,NBK\n2024-10-02,USD,KZT,-1,NBK\n2024-10-03,USD,KZT,482,NBK\n")
    result = rates_import(path)
    assert result.refused == [f"{path}:3: field 'date': '2024-13-01' has no month 13",
                              f"{path}:4: field 'rate': '-1': a rate is above zero"]
    assert _held() == {(dt.date(2024, 10, 1), "USD", "KZT", Decimal("480.50")), (dt.date(2024, 10, 3), "USD", "KZT", Decimal("482"))}


def test_a_short_row_and_a_word_for_a_rate_are_explained_in_words(db, tmp_path):
    """Not "'NoneType' object has no attribute 'strip'" nor "[<class 'decimal.ConversionSyntax'>]"."""
    result = rates_import(_csv(tmp_path, "2024-10-01,USD,KZT\n2024-10-01,USD,KZT,four hundred,NBK\n"))
    assert [line.split(": ", 1)[1] for line in result.refused] == [
        "has 3 cells; the header names 5 (date,base,quote,rate,source)", "field 'rate': 'four hundred' is not a number"]
    assert not ExchangeRate.objects.exists()


def test_a_file_of_many_bad_rows_is_answered_in_a_hundred_lines(db, tmp_path):
    result = rates_import(_csv(tmp_path, "2024-10-01,USD,KZT,x,NBK\n" * 250))
    assert len(result.refused) == 100 and result.refused[-1] == "... and 151 more"


def test_a_different_rate_for_a_held_day_is_refused(db, tmp_path):
    rates_import(_csv(tmp_path, "2024-10-01,USD,KZT,480.50,NBK\n"))
    result = rates_import(_csv(tmp_path, "2024-10-01,USD,KZT,490,NBK\n2024-10-02,USD,KZT,491,NBK\n"))
    assert len(result.refused) == 1 and "USD/KZT on 2024-10-01 is already held at 480.5 (NBK), not 490" in result.refused[0]
    assert ExchangeRate.objects.get(date="2024-10-01").rate == Decimal("480.5") and result.created == 1


def test_a_file_without_the_columns_is_refused(db, tmp_path):
    path = tmp_path / "rates.csv"
    path.write_text("day,currency,value\n2024-10-01,KZT,480\n")
    with pytest.raises(RateImportError, match="the header lacks base, date, quote, rate, source"):
        rates_import(path)


def test_a_file_that_is_not_utf8_is_refused_whole(db, tmp_path):
    path = tmp_path / "rates.csv"
    path.write_bytes(b"date,base,quote,rate,source\n2024-10-01,USD,KZT,480,Nat\xe9onal\n")
    with pytest.raises(RateImportError, match="not UTF-8 text"):
        rates_import(path)


@pytest.mark.parametrize("row, message", [
    ("2024-10-01,XYZ,KZT,1.5,Somebody", "XYZ is not an ISO 4217 currency"),
    ("2024-10-01,KZT,KZT,1,Somebody", "KZT on both sides"),
    ("2024-10-01,USD,KZT,480,Some\x00body", "control or broken character"),
    ("2024-10-01,USD,KZT,1" + "0" * 20 + ",Somebody", "has 21 digits before the point; the record holds at most 14"),
])
def test_an_unknown_currency_a_rate_to_itself_or_a_hostile_cell_is_refused(db, tmp_path, row, message):
    result = rates_import(_csv(tmp_path, row + "\n"))
    assert message in " ".join(result.refused)
    assert not ExchangeRate.objects.exists()


# The ECB's own files, written here with a few invented rates in its layout.
ECB_DAILY = "Date, USD, JPY, KZT, CYP, \n04 December 2026, 1.1000, 165.20, N/A, N/A, \n"
ECB_HISTORY = ("Date,USD,JPY,CYP,\n2026-12-04,1.1000,165.20,N/A,\n2026-12-03,1.0950,N/A,N/A,\n"
               "2026-12-02,1.0900,164.80,N/A,\n2026-02-30,1.0,160,N/A,\n")


def test_the_ecbs_daily_file_is_read_as_rates_per_euro(db, tmp_path):
    path = tmp_path / "eurofxref.csv"
    path.write_text(ECB_DAILY)
    result = rates_import(path)
    assert result.created == 2 and result.refused == []
    assert result.notes == ["column 'CYP': not a currency of ISO 4217 today, nor one the euro buys; left out"]
    factor, [used] = RateBook().between("EUR", "JPY", dt.date(2026, 12, 5))
    assert (factor, used.date, used.source) == (Decimal("165.20"), dt.date(2026, 12, 4), ECB)


def test_the_ecbs_zipped_history_is_read_and_an_impossible_day_is_named(db, tmp_path):
    path = tmp_path / "eurofxref-hist.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("eurofxref-hist.csv", ECB_HISTORY)
    result = rates_import(path)
    assert result.refused == [f"{path}:5: field 'Date': '2026-02-30' has no day 30 in that month"]
    assert _held() == {(dt.date(2026, 12, 4), "EUR", "USD", Decimal("1.1")), (dt.date(2026, 12, 4), "EUR", "JPY", Decimal("165.2")),
                       (dt.date(2026, 12, 3), "EUR", "USD", Decimal("1.095")), (dt.date(2026, 12, 2), "EUR", "USD", Decimal("1.09")),
                       (dt.date(2026, 12, 2), "EUR", "JPY", Decimal("164.8"))}
    assert rates_import(path).created == 0


def test_a_zip_without_a_csv_file_is_refused(db, tmp_path):
    path = tmp_path / "rates.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "no rates here")
    with pytest.raises(RateImportError, match="should hold one CSV file; it holds 0"):
        rates_import(path)
