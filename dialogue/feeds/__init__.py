"""Official feeds watched for new reports: each poll fetches the feed, reads each new item's page and
ingests it as a report, so that nobody pastes every ministry's press release by hand."""
