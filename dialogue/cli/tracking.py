"""Commands on how a format is doing: exchange rates, targets' progress, the chair's report,
initiatives and the comparison of formats."""

from __future__ import annotations

from pathlib import Path

import click

from dialogue.cli.common import Command, Group, console, database_ready, err_console, refuse
from dialogue.lib.partial_dates import BadDay, day_parse


class Day(click.ParamType):
    """A calendar day written YYYY-MM-DD; anything else is refused in words that say what to write."""

    name = "YYYY-MM-DD"

    def convert(self, value, param, ctx):
        if not isinstance(value, str):
            return value
        try:
            return day_parse(value)
        except BadDay as error:
            self.fail(str(error), param, ctx)


def _titled(title: str, as_of, recorded_as_of) -> str:
    """'Formats compared, on 2021-06-30', so that a dated table never passes for today's."""
    from dialogue.record.timeline import moment

    words = moment(as_of, recorded_as_of).words()
    return f"{title}, {words}" if words else title


def days(command):
    """`--as-of` (how things stood on a day) and `--recorded-as-of` (what the record said that day); together,
    what the record said on one day about how things stood on another."""
    command = click.option("--recorded-as-of", "recorded_as_of", type=Day(),
                           help="What the record said at the end of that day, from its history (before a load: nothing).")(command)
    return click.option("--as-of", "as_of", type=Day(),
                        help="How things stood that day, from the dates the record holds (meetings, steps, stages).")(command)


@click.group(cls=Group)
def rates() -> None:
    """Exchange rates: the ECB's newer than those shipped, and those it lacks (tenge, som, somoni, manat, sum)."""


@rates.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def rates_import_command(file: Path) -> None:
    """Import rates from a CSV file with the header date,base,quote,rate,source, or from the ECB's files.

    Each row of our CSV says that one BASE is worth RATE QUOTE on DATE, as SOURCE published it
    (2024-10-01,USD,KZT,480.50,National Bank of Kazakhstan). The ECB's reference rates are read as it
    publishes them: eurofxref.csv (the day's), eurofxref-hist.csv (every day since 1999), or either zipped.
    A rate already held changes nothing; a bad row, or a different rate for a held day, is named and left
    out while the good rows are imported (exit 1 when any was left out).
    """
    from dialogue.tracking.rates import RateImportError, rates_import

    database_ready()
    try:
        result = rates_import(file)
    except RateImportError as error:
        refuse(f"No rate was imported from {file}:", error.problems)
    console.print(f"Imported {result.created:,} new rates from {file} ({result.held:,} already held).")
    for note in result.notes:
        console.print(f"  {note}", markup=False)
    if result.refused:
        refuse("Left out (the other rows were imported):", result.refused)


@click.command(cls=Command)
@click.option("--format", "format_name", help="The format's short name (C5+Japan); every format if left out.")
@days
def progress(format_name: str | None, as_of, recorded_as_of) -> None:
    """Each target's progress: achieved, time elapsed, pace needed, status and forecast.

    Deals count from commitment on, converted at the rate of their signing day; every
    conversion names its rate, date and source. A deal whose rate is missing is listed
    as not converted and left out of the sums, with a warning naming the currency and
    day; the command still exits 0.
    """
    from dialogue.record.models import Format
    from dialogue.tracking.progress import target_list, targets_progress

    database_ready()
    fmt = None
    if format_name and (fmt := Format.objects.filter(short_name=format_name).first()) is None:
        raise click.ClickException(f"there is no format {format_name!r}")
    targets, unconverted = target_list(format=fmt, as_of=as_of, recorded_as_of=recorded_as_of), 0
    if not targets and (as_of or recorded_as_of):
        console.print("No target had been set by then." if as_of else "The record held no target then.")
    for target, figures in zip(targets, targets_progress(targets, as_of=as_of, recorded_as_of=recorded_as_of)):
        money = lambda value: f"{value:,.2f} {target.currency or target.unit}" if value is not None else "unknown"  # noqa: E731
        console.print(f"[bold]{target.format.short_name}: {target.title}[/] — target {money(target.amount)}")
        console.print(f"  achieved {money(figures.achieved)} ({figures.percent} %), pledged beside it {money(figures.pledged)}"
                      + (f"; {figures.not_converted}, left out" if figures.unconverted else ""))
        elapsed = f"{figures.elapsed_percent} % of the period elapsed" if figures.elapsed_percent is not None else "time elapsed unknown"
        status = f"{figures.status} ({figures.status_note})" if figures.status_note else figures.status
        console.print(f"  {elapsed}; status: {status}; pace needed {money(figures.pace_needed_per_year)} a year; "
                      f"forecast at the end {money(figures.forecast)}")
        for item in figures.contributions:
            used = "; ".join(str(rate) for rate in item.rates) or "same currency"
            converted = f" = {money(item.converted)} [{used}]" if item.missing is None else ""
            console.print(f"    {item.deal.title}: {item.value:,.2f} {item.currency}{converted} — {item.why}", markup=False)
        unconverted += len(figures.unconverted)
    if unconverted:
        err_console.print(f"Warning: {unconverted} deal{'s' if unconverted != 1 else ''} not converted for want of a rate, left out of "
                          "the sums above; import the rates with `dialogue rates import FILE.csv`.", markup=False)


@click.command(cls=Command)
@click.option("--format", "format_name", default="C5+Japan", show_default=True, help="The format's short name.")
@days
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, path_type=Path), help="FILE.html, FILE.pdf or FILE.md")
@click.option("--language", type=click.Choice(["en", "ru"]), help="The report's language (its words, dates and figures); "
              "by default the command line's own (DIALOGUE_LANGUAGE, else the locale, else English). Facts keep their sources' words.")
def report(format_name: str, as_of, recorded_as_of, out: Path, language: str | None) -> None:
    """Write the progress report a chair brings to the next meeting.

    Meetings, initiatives by priority area and status, targets with charts, documents,
    open items for the next meeting, and the sources cited. The file's suffix chooses
    HTML, PDF (through WeasyPrint) or Markdown.
    """
    from django.utils.translation import gettext as _

    from dialogue.record.models import Format
    from dialogue.tracking.report import report_write

    database_ready()
    fmt = Format.objects.filter(short_name=format_name).first()
    if fmt is None:
        raise click.ClickException(_("there is no format %(name)r (known: %(known)s)") % {
            "name": format_name, "known": ", ".join(Format.objects.values_list("short_name", flat=True))})
    try:
        report_write(fmt, out, as_of=as_of, recorded_as_of=recorded_as_of, language=language)
    except ValueError as error:
        raise click.ClickException(str(error)) from None
    console.print(_("Wrote the %(format)s progress report to %(file)s") % {"format": fmt.short_name, "file": out})


@click.command(cls=Command)
@click.option("--format", "format_name", default="C5+Japan", show_default=True, help="The format's short name.")
@days
@click.option("--stale-months", type=click.IntRange(1, 120), default=12, show_default=True,
              help="An initiative still under way with no news for this many months (counted from the latest report of it) is stale.")
def initiatives(format_name: str, as_of, recorded_as_of, stale_months: int) -> None:
    """Each initiative's status, completion, staleness and lineage; then what each member
    proposed and how far members kept their commitments (+1 full, 0 partial, -1 none)."""
    from rich.table import Table

    from dialogue.record.models import Format
    from dialogue.tracking.initiatives import compliance, initiative_states, member_proposals

    database_ready()
    fmt = Format.objects.filter(short_name=format_name).first()
    if fmt is None:
        raise click.ClickException(f"there is no format {format_name!r}")
    table = Table("initiative", "proposed by", "status", "completion", "latest news", "lineage", title=_titled(f"{fmt.name}: initiatives", as_of, recorded_as_of))
    for state in initiative_states(fmt, as_of=as_of, recorded_as_of=recorded_as_of, stale_after_months=stale_months):
        lineage = "; ".join([f"from {i.title} ({kind})" for kind, i in state.came_from] + [f"{kind} {i.title}" for kind, i in state.went_to])
        table.add_row(state.initiative.title, str(state.initiative.proposed_by_country or "jointly"), state.standing, state.completion,
                      (state.latest_news or "never") + (" (stale)" if state.stale else ""), lineage)
    console.print(table)
    for country, states in member_proposals(fmt, as_of=as_of, recorded_as_of=recorded_as_of).items():
        console.print(f"{country.name} proposed: " + "; ".join(f"{s.initiative.title} ({s.standing})" for s in states), markup=False)
    for member in compliance(fmt, as_of=as_of, recorded_as_of=recorded_as_of):
        console.print(f"{member.country.name}: average compliance {member.average} over {len(member.scores)} commitments", markup=False)


@click.command(cls=Command)
@days
def compare(as_of, recorded_as_of) -> None:
    """Every format in the record side by side: meetings a year by level, initiatives
    proposed and delivered, and how far each target has come."""
    from rich.table import Table

    from dialogue.tracking.compare import format_comparison

    database_ready()
    table = Table("format", "meetings by year (level: count)", "initiatives", "proposed by a member", "delivered", "targets",
                  title=_titled("Formats compared", as_of, recorded_as_of))
    for summary in format_comparison(as_of=as_of, recorded_as_of=recorded_as_of):
        meetings = "; ".join(f"{year}: " + ", ".join(f"{level} {n}" for level, n in sorted(levels.items()))
                             for year, levels in summary.meetings_by_year.items()) or "none"
        targets = "; ".join(f"{title}: {percent} % ({status})" for title, percent, status in summary.attainment) or "none"
        table.add_row(summary.format.short_name, meetings, str(summary.initiatives), str(summary.proposed_by_members),
                      f"{summary.delivered} ({summary.delivery_rate if summary.delivery_rate is not None else '—'} %)", targets)
    console.print(table)
