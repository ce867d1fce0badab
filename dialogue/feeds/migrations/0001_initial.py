"""Watched feeds and their items (Source and Format as of record 0006 are all this needs)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('record', '0006_soft_deletion'),
    ]

    operations = [
        migrations.CreateModel(
            name='Feed',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('url', models.URLField(max_length=1000, unique=True)),
                ('language', models.CharField(blank=True, help_text='The language of its items, when the feed is in one.', max_length=8)),
                ('title', models.CharField(blank=True, help_text='As the feed names itself; the publisher of its reports.', max_length=300)),
                ('interval', models.PositiveIntegerField(default=60, help_text='Minutes between two polls.')),
                ('added_at', models.DateTimeField(auto_now_add=True)),
                ('etag', models.CharField(blank=True, max_length=300)),
                ('last_modified', models.CharField(blank=True, max_length=100)),
                ('polled_at', models.DateTimeField(blank=True, null=True)),
                ('next_poll_at', models.DateTimeField(blank=True, db_index=True, null=True)),
                ('outcome', models.CharField(blank=True, choices=[('', 'Not polled yet'), ('ok', 'Read'), ('not modified', 'Unchanged since the last poll'), ('failed', 'Failed')], default='', max_length=20)),
                ('message', models.TextField(blank=True, help_text='Why the last poll failed, or what it read despite a fault.')),
                ('failures', models.PositiveIntegerField(default=0, help_text='Polls failed in a row; the interval doubles with each.')),
                ('format', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='feeds', to='record.format')),
            ],
            options={
                'ordering': ['title', 'url'],
            },
        ),
        migrations.CreateModel(
            name='FeedItem',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('key', models.CharField(help_text="The item's guid or id, else its link.", max_length=500)),
                ('url', models.URLField(blank=True, max_length=1000)),
                ('title', models.CharField(blank=True, max_length=500)),
                ('published', models.CharField(blank=True, max_length=40)),
                ('seen_at', models.DateTimeField(auto_now_add=True)),
                ('state', models.CharField(choices=[('pending', 'Being read'), ('stored', 'Stored'), ('duplicate', 'Already in the record'), ('twin', 'Nearly repeats a report in the record'), ('failed', 'Failed')], default='pending', max_length=10)),
                ('attempts', models.PositiveSmallIntegerField(default=0)),
                ('claim', models.CharField(blank=True, help_text='The poll reading the item; two polls never read one item.', max_length=32)),
                ('claimed_at', models.DateTimeField(blank=True, help_text='When that poll took it: a claim hours old is a poll that died.', null=True)),
                ('message', models.TextField(blank=True)),
                ('feed', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='items', to='feeds.feed')),
                ('source', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='feed_items', to='record.source')),
            ],
            options={
                'ordering': ['-seen_at', '-id'],
                'constraints': [models.UniqueConstraint(fields=('feed', 'key'), name='one_item_per_feed_key')],
            },
        ),
    ]
