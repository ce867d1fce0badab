"""Load the ISO 3166 countries (reference data every record refers to)."""

from django.db import migrations


def load_countries(apps, schema_editor):
    from dialogue.record.countries import country_rows

    Country = apps.get_model("record", "Country")
    Country.objects.bulk_create([Country(**row) for row in country_rows()])


def unload_countries(apps, schema_editor):
    apps.get_model("record", "Country").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("record", "0001_initial")]
    operations = [migrations.RunPython(load_countries, unload_countries)]
