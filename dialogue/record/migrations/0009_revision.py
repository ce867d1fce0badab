from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("record", "0008_deal_stage_changes"),
    ]

    operations = [
        migrations.CreateModel(
            name="Revision",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("token", models.CharField(max_length=32)),
            ],
        ),
    ]
