import pytest

from dialogue.tracking.models import ExchangeRate
from dialogue.tracking.rates import RateImportError, rates_import


def _csv(tmp_path, body):
    path = tmp_path / "rates.csv"
    path.write_text("date,base,quote,rate,source\n" + body)
    return path


def test_rates_are_imported_once(db, tmp_path):
    path = _csv(tmp_path, "2024-10-01,USD,KZT,480.50,National Bank of Kazakhstan\n2024-10-01,USD,UZS,12800,Central Bank of Uzbekistan\n")
    assert rates_import(path) == 2
    assert rates_import(path) == 0
    assert ExchangeRate.objects.count() == 2


def test_a_bad_row_names_its_line_and_nothing_is_imported(db, tmp_path):
    path = _csv(tmp_path, "2024-10-01,USD,KZT,480.50,NBK\n2024-13-01,USD,KZT,481,NBK\n2024-10-02,USD,KZT,-1,NBK\n")
    with pytest.raises(RateImportError) as raised:
        rates_import(path)
    assert [p.split(":")[1] for p in raised.value.problems] == ["3", "4"]
    assert not ExchangeRate.objects.exists()


def test_a_different_rate_for_a_held_day_is_refused(db, tmp_path):
    rates_import(_csv(tmp_path, "2024-10-01,USD,KZT,480.50,NBK\n"))
    with pytest.raises(RateImportError, match="already held at 480.5"):
        rates_import(_csv(tmp_path, "2024-10-01,USD,KZT,490,NBK\n"))


def test_a_file_without_the_columns_is_refused(db, tmp_path):
    path = tmp_path / "rates.csv"
    path.write_text("day,currency,value\n2024-10-01,KZT,480\n")
    with pytest.raises(RateImportError, match="the header lacks base, date, quote, rate, source"):
        rates_import(path)


@pytest.mark.parametrize("row, message", [
    ("2024-10-01,XYZ,KZT,1.5,Somebody", "XYZ is not an ISO 4217 currency"),
    ("2024-10-01,KZT,KZT,1,Somebody", "same on both sides"),
])
def test_an_unknown_currency_or_a_rate_of_a_currency_to_itself_is_refused(db, tmp_path, row, message):
    with pytest.raises(RateImportError) as raised:
        rates_import(_csv(tmp_path, row + "\n"))
    assert message in " ".join(raised.value.problems)
    assert not ExchangeRate.objects.exists()
