"""The pages in a real browser: Debian's Chromium driven by Playwright (never a downloaded browser),
against the production server (gunicorn, two workers) in its own process and database.

A focal point of Kazakhstan signs in and sends a report in; a reviewer accepts what extraction
found, one card at a time; the meeting page shows it with its evidence highlighted in the source;
a focal point of Japan cannot edit it, and the Kazakh one can. Screenshots land in the test output folder.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect, sync_playwright

from tests.conftest import REPO
from tests.live import dialogue, own_database, serving

OUTPUT = Path(os.environ.get("DIALOGUE_TEST_OUTPUT", REPO / "test-output")) / "screenshots"
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-gpu",
                  "--disable-component-update", "--no-first-run"]
expect.set_options(timeout=15_000)  # a loaded CI machine is slower than a desk
USERS = [("aigerim", "focal_point", "KZ"), ("haruto", "focal_point", "JP"), ("rosa", "reviewer", "")]
REPORT = ("ASTANA, 14 March 2026 – The 11th Foreign Ministers' Meeting of the Central Asia plus Japan Dialogue was held in "
          "Astana on Friday. Kazakh Deputy Prime Minister and Foreign Minister Murat Nurtleu chaired the meeting. Japanese "
          "Foreign Minister Takeshi Iwaya took part in it, together with the foreign ministers of Kyrgyzstan, Tajikistan, "
          "Turkmenistan and Uzbekistan. The ministers adopted a Joint Statement.")


@pytest.fixture(scope="module")
def site(tmp_path_factory, seeds) -> str:
    """The shipped record served with a focal point each for Kazakhstan and Japan and a reviewer ('pw-' + name + '-2026')."""
    with own_database(tmp_path_factory.mktemp("site")) as env:
        dialogue(env, "migrate")
        for name, role, country in USERS:
            dialogue(env, "users", "add", name, "--role", role, *(["--country", country] if country else []),
                     DIALOGUE_PASSWORD=f"pw-{name}-2026")
        with serving(env, texts=seeds) as url:
            yield url


@pytest.fixture(scope="module")
def browser():
    binary = shutil.which("chromium")
    if binary is None:
        pytest.fail("Debian's chromium is not installed; scripts/system-packages (run by `make install`) installs it")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=binary, headless=True, args=CHROMIUM_FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page_for(browser, site):
    """A fresh browser context per user. A script error or a console error fails the test (a CSP violation is one);
    answers such as an expected 403 are checked where they happen, so the console's note of them is not."""
    contexts, problems = [], []

    def open_as(username: str | None = None, *, width: int = 1280, height: int = 900) -> Page:
        # a phone's browser lays out a page without a viewport tag at 980 px: emulate one, not a narrow desk window
        context = browser.new_context(base_url=site, viewport={"width": width, "height": height}, is_mobile=width <= 480)
        contexts.append(context)
        page = context.new_page()
        page.on("console", lambda message: message.type == "error" and not message.text.startswith("Failed to load resource")
                and problems.append(message.text))
        page.on("pageerror", lambda error: problems.append(str(error)))
        if username:
            page.goto("/accounts/login/")
            page.get_by_label("User name").fill(username)
            page.get_by_label("Password").fill(f"pw-{username}-2026")
            page.get_by_role("button", name="Sign in").click()
            expect(page.get_by_role("button", name="Sign out")).to_be_visible()
        return page

    yield open_as
    for context in contexts:
        context.close()
    assert not problems, problems


def _send_report(page: Page, text: str, publisher: str, published: str = "") -> str:
    """A report sent in from the review page's form; the address of its review page."""
    page.goto("/review/")
    page.get_by_label("Text").fill(text)
    page.get_by_label("Publisher").fill(publisher)
    if published:
        page.get_by_label("Published").fill(published)
    page.get_by_role("button", name="Extract facts for review").click()
    expect(page.get_by_role("status")).to_contain_text("extraction proposes")
    return page.url


def _screenshot(page: Page, name: str) -> Path:
    OUTPUT.mkdir(parents=True, exist_ok=True)
    path = OUTPUT / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def test_the_dashboard_and_a_meeting_page_render_and_are_screenshot(page_for):
    """Runs first, on the shipped record as it is: these are the README's screenshots."""
    page = page_for()
    page.goto("/")
    expect(page.get_by_role("heading", name="Central Asia + Japan Dialogue")).to_be_visible()
    expect(page.locator("svg.timeline circle")).not_to_have_count(0)
    assert _screenshot(page, "dashboard").stat().st_size > 10_000
    page.goto("/meetings/c5-japan.summit-1/")
    expect(page.get_by_role("link", name="Shavkat Mirziyoyev", exact=True)).to_be_visible()
    assert _screenshot(page, "meeting-summit").stat().st_size > 10_000


def test_a_report_goes_from_a_focal_point_through_review_to_the_meeting_page(page_for):
    kazakh = page_for("aigerim")
    review_url = _send_report(kazakh, REPORT, "Test Wire", "2026-03-14")
    expect(kazakh.get_by_role("button", name="Accept")).to_have_count(0)  # only reviewers accept

    reviewer = page_for("rosa")
    reviewer.goto(review_url)
    expect(reviewer.locator("blockquote.evidence mark").first).to_be_visible()  # the text beside the candidates
    _screenshot(reviewer, "review")
    cards = reviewer.locator("article.card")
    for index in range(cards.count()):
        card = cards.nth(index)
        card.get_by_role("button", name="Accept").first.click()  # htmx swaps the card in place
        expect(card.get_by_text("Accepted into the record")).to_be_visible()

    reader = page_for()
    reader.goto("/meetings/")
    reader.get_by_label("Level").select_option("foreign ministers")  # htmx filters in place
    reader.get_by_role("link", name="11th Foreign Ministers' Meeting").click()
    expect(reader.get_by_role("heading", name="Kazakhstan")).to_be_visible()
    expect(reader.get_by_role("link", name="Murat Nurtleu", exact=True)).to_be_visible()
    _screenshot(reader, "meeting")
    meeting_key = reader.url.rstrip("/").rsplit("/", 1)[1]
    reader.get_by_role("link", name="Evidence that Murat Nurtleu took part").click()
    expect(reader.locator("blockquote.evidence mark")).to_contain_text("Murat Nurtleu")
    reader.get_by_role("link", name="Test Wire").first.click()
    expect(reader.locator("mark", has_text="Murat Nurtleu").first).to_be_visible()  # highlighted in the whole text

    japanese = page_for("haruto")
    japanese.goto(f"/facts/meetings/{meeting_key}/")
    expect(japanese.get_by_role("link", name="Edit")).to_have_count(0)
    assert japanese.goto(f"/facts/meetings/{meeting_key}/edit/").status == 403
    expect(japanese.get_by_role("alert")).to_contain_text("focal point of JP cannot edit this meeting")

    kazakh.goto(f"/facts/meetings/{meeting_key}/")
    kazakh.get_by_role("link", name="Edit").click()
    kazakh.get_by_label("City").fill("Astana (Akorda)")
    kazakh.get_by_role("button", name="Save").click()
    expect(kazakh.get_by_role("status")).to_contain_text("Saved")
    kazakh.get_by_role("link", name="History").click()
    expect(kazakh.locator("ins.diff", has_text="Astana (Akorda)")).to_be_visible()


def test_pages_work_from_the_keyboard_and_on_a_phone(page_for):
    page = page_for(width=390, height=844)
    page.goto("/")
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Skip to content")).to_be_focused()
    page.keyboard.press("Enter")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390 + 1  # nothing wider than the phone
    _screenshot(page, "dashboard-phone")


def test_reading_pages_fit_a_phone_and_the_timeline_reads_there_as_a_list(page_for):
    page = page_for(width=390, height=844)
    for path in ["/", "/meetings/", "/meetings/c5-japan.fm-9/", "/people/person.tokayev/", "/initiatives/",
                 "/sources/kazinform-2022-12-25/", "/search/?q=Tokyo", "/facts/attendances/c5-japan.fm-9.attendance.tileuberdi/"]:
        page.goto(path)
        assert page.evaluate("document.documentElement.scrollWidth") <= 390, path
    page.goto("/")
    expect(page.locator("svg.timeline")).to_be_hidden()
    entry = page.locator(".timeline-list").get_by_role("link", name="9th FM · Tokyo")
    expect(entry).to_be_visible()
    assert float(entry.evaluate("link => getComputedStyle(link).fontSize").removesuffix("px")) >= 12


@pytest.mark.parametrize("path", [
    "/", "/meetings/", "/meetings/c5-japan.fm-9/", "/people/person.tokayev/", "/initiatives/", "/deals/",
    "/targets/c5-japan.target.business-projects-3000000000000-jpy/", "/sources/kazinform-2022-12-25/",
    "/search/?q=Tokyo", "/accounts/login/",
])
def test_pages_have_no_serious_accessibility_violations(page_for, path):
    """axe-core (bundled with axe-playwright-python) finds no serious or critical WCAG violation."""
    page = page_for()
    page.goto(path)
    assert not _serious_violations(page)


@pytest.mark.parametrize("path", ["/review/", "/facts/meetings/c5-japan.fm-9/edit/", "/facts/meetings/c5-japan.fm-9/history/",
                                  "/deals/new/?source=kazinform-2022-12-25"])
def test_signed_in_pages_have_no_serious_accessibility_violations(page_for, path):
    page = page_for("rosa")
    page.goto(path)
    assert not _serious_violations(page)


def _serious_violations(page: Page) -> list[tuple]:
    """axe-core's serious and critical findings: the rule, its summary, and where (the first three places)."""
    return [(v["id"], v["help"], [node["target"] for node in v["nodes"]][:3])
            for v in Axe().run(page).response["violations"] if v["impact"] in ("serious", "critical")]


DEAL_REPORT = ("ASTANA, 2 April 2026 – Kazakhstan and Japan signed a loan agreement worth JPY 90 billion for a rail depot "
               "in Karaganda, the ministry of transport said on Thursday.")


def test_a_focal_point_enters_a_deal_with_a_quote_picked_in_its_source_and_the_target_moves(page_for):
    kazakh = page_for("aigerim")
    source_key = _send_report(kazakh, DEAL_REPORT, "Test Wire", "2026-04-02").rstrip("/").rsplit("/", 1)[1]
    kazakh.goto(f"/sources/{source_key}/")
    kazakh.get_by_role("link", name="Enter a deal from this source").click()
    words = "signed a loan agreement worth JPY 90 billion"
    _select_words(kazakh, words)
    expect(kazakh.get_by_label("Quote")).to_have_value(words)
    kazakh.get_by_label("Title").fill("Rail depot loan")
    kazakh.get_by_label("Amount").fill("90000000000")
    kazakh.get_by_label("Currency").select_option("JPY")
    kazakh.get_by_label("Stage").select_option("commitment")
    kazakh.get_by_role("checkbox", name="Japan").check()
    kazakh.locator('input[name="targets"]').first.check()
    kazakh.get_by_role("button", name="Enter the deal").click()
    expect(kazakh.get_by_role("status")).to_contain_text("Deal entered. Now")
    expect(kazakh.locator("blockquote.evidence mark")).to_contain_text(words)


def _select_words(page: Page, words: str) -> None:
    """Select words in the source's text beside a form, as a person does with the mouse."""
    page.locator("#source-text").evaluate("""(text, words) => {
        const node = text.firstChild, start = node.textContent.indexOf(words);
        const range = document.createRange();
        range.setStart(node, start); range.setEnd(node, start + words.length);
        window.getSelection().removeAllRanges(); window.getSelection().addRange(range);
        text.dispatchEvent(new MouseEvent("mouseup", {bubbles: true}));
    }""", words)


def test_a_reviewer_edits_a_fact_citing_words_picked_in_a_source(page_for):
    reviewer = page_for("rosa")
    reviewer.goto("/facts/people/person.zhaparov/edit/")
    reviewer.get_by_label("Family name").fill("Japarov")
    reviewer.get_by_label("Source:", exact=True).select_option("anadolu-caj-first-summit")
    reviewer.get_by_role("button", name="Show its text").click()
    expect(reviewer.get_by_label("Family name")).to_have_value("Japarov")  # shown, not saved, nothing lost
    _select_words(reviewer, "Zhaparov")
    expect(reviewer.get_by_label("Quote")).to_have_value("Zhaparov")
    reviewer.get_by_role("button", name="Save").click()
    expect(reviewer.get_by_role("status")).to_contain_text("Saved.")
    expect(reviewer.locator("section#family_name blockquote.evidence mark")).to_have_text("Zhaparov")


WHOLE_REPORT = ("BISHKEK, 20 May 2026 – The 12th Foreign Ministers' Meeting of the Central Asia plus Japan Dialogue was held in "
                "Bishkek on Wednesday. Kyrgyz Foreign Minister Aibek Toktorov chaired it, and Japanese Foreign Minister Kenji Mori "
                "took part. The ministers adopted the Bishkek Joint Statement.")


def test_a_reviewer_accepts_a_whole_report_from_labelled_forms_and_the_sender_follows_it(page_for):
    kyrgyz_desk = page_for("aigerim")
    review_url = _send_report(kyrgyz_desk, WHOLE_REPORT, "Steppe Wire")

    reviewer = page_for("rosa")
    reviewer.goto(review_url)
    meeting = reviewer.locator("article.card").first
    expect(meeting.get_by_text("Number in the series", exact=True)).to_be_visible()  # labels, not internal names
    meeting.get_by_text("Correct before accepting").click()
    meeting.get_by_label("City").fill("Cholpon-Ata")
    meeting.get_by_label("Host country").select_option(label="Kyrgyzstan")
    meeting.get_by_role("button", name="Save the correction").click()
    expect(reviewer.locator("article.card").first.get_by_text("Corrected")).to_be_visible()
    reviewer.get_by_role("button", name="Accept all").click()
    expect(reviewer.get_by_role("status").first).to_contain_text("into the record")
    expect(reviewer.locator("article.card .badge.pending")).to_have_count(0)
    reviewer.locator("article.card").first.get_by_role("link").filter(has_text="12th").first.click()
    expect(reviewer.get_by_text("Cholpon-Ata").first).to_be_visible()

    kyrgyz_desk.get_by_role("link", name="My reports").first.click()
    expect(kyrgyz_desk.get_by_role("row").filter(has_text="Steppe Wire")).to_contain_text("accepted")


def _force_text(page: Page, selector: str, value: str) -> None:
    """What an older browser, or a person typing, can send: a date box made a plain text box holding a day no calendar has."""
    page.locator(selector).evaluate("(box, value) => { box.type = 'text'; box.value = value; }", value)


def test_bad_input_in_the_pages_gets_a_field_error_and_nothing_typed_is_lost(page_for, browser, site):
    desk = page_for("aigerim")
    desk.goto("/review/")
    desk.get_by_label("Text").fill(WHOLE_REPORT)
    desk.get_by_label("Publisher").fill("Kept Wire")
    _force_text(desk, "#id_published", "2026-02-30")
    desk.get_by_role("button", name="Extract facts for review").click()
    expect(desk.locator(".errorlist")).to_contain_text("Not a date of the calendar")
    expect(desk.get_by_label("Text")).to_have_value(WHOLE_REPORT)
    expect(desk.get_by_label("Publisher")).to_have_value("Kept Wire")

    long_text = "A long paste. " * 40_000  # 560,000 characters: the box must not cut it
    desk.get_by_label("Text").fill(long_text)
    desk.get_by_role("button", name="Extract facts for review").click()
    expect(desk.get_by_role("alert")).to_contain_text("at most 500,000 characters")
    assert desk.get_by_label("Text").evaluate("box => box.value.length") == len(long_text)

    desk.goto("/deals/new/")
    desk.get_by_label("Title").fill("Kept deal title")
    _force_text(desk, "#id_signed_0", "2026-02-30")
    desk.get_by_label("No source is cited").check()
    desk.get_by_role("button", name="Enter the deal").click()
    expect(desk.locator(".errorlist")).to_contain_text("Not a date of the calendar")
    expect(desk.get_by_label("Title")).to_have_value("Kept deal title")

    reviewer = page_for("rosa")
    reviewer.goto("/facts/meetings/c5-japan.fm-9/edit/")
    reviewer.get_by_label("Title").fill("Kept meeting title")
    _force_text(reviewer, "#id_date_0", "2026-02-30")
    reviewer.get_by_role("button", name="Save").click()
    expect(reviewer.locator(".errorlist")).to_contain_text("Not a date of the calendar")
    expect(reviewer.get_by_label("Title")).to_have_value("Kept meeting title")
    reviewer.get_by_label("City").fill("")
    reviewer.get_by_role("button", name="Save").click()
    expect(reviewer.locator(".errorlist").first).to_be_visible()

    no_script = browser.new_context(base_url=site, java_script_enabled=False)  # nothing holds the form back
    page = no_script.new_page()
    page.goto("/accounts/login/")
    page.get_by_label("User name").fill("aigerim")
    page.get_by_label("Password").fill("pw-aigerim-2026")
    page.get_by_role("button", name="Sign in").click()
    page.goto("/review/")
    page.get_by_label("Text").fill("x" * (1024 * 1024 + 100))
    page.get_by_role("button", name="Extract facts for review").click()
    expect(page.get_by_role("heading", name="Too long to send at once")).to_be_visible()
    no_script.close()


EVERY_PAGE = [
    "/", "/meetings/", "/meetings/c5-japan.fm-9/", "/meetings/c5-japan.summit-1/", "/people/person.tokayev/", "/initiatives/",
    "/deals/", "/deals/new/", "/deals/new/?source=kazinform-2022-12-25",
    "/targets/c5-japan.target.business-projects-3000000000000-jpy/", "/sources/kazinform-2022-12-25/", "/search/?q=Tokyo",
    "/facts/meetings/c5-japan.fm-9/", "/facts/meetings/c5-japan.fm-9/edit/", "/facts/meetings/c5-japan.fm-9/history/",
    "/deleted/", "/review/", "/review/mine/", "/api/docs", "/no-such-page/",
]


def test_every_page_fits_a_phone(page_for):
    """No page is wider than a 390 px phone; the review page of a real report is checked in the walk above."""
    page = page_for("rosa", width=390, height=844)
    wide = {}
    for path in EVERY_PAGE:
        page.goto(path)
        if path == "/api/docs":  # drawn by script once the schema is read: open one operation, its widest part
            page.locator(".opblock-summary").first.click()
            page.locator(".opblock-body").first.wait_for()
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > 390:
            wide[path] = width
    page.goto("/review/")
    review = page.locator("table a").first
    if review.count():
        review.click()
        if (width := page.evaluate("document.documentElement.scrollWidth")) > 390:
            wide["a report's review page"] = width
    assert not wide, wide


SCREEN_REPORTS = {
    1366: ("DUSHANBE, 3 September 2026 – Tajik Foreign Minister Rustam Nazarov hosted the 13th Foreign Ministers' Meeting of "
           "the Central Asia plus Japan Dialogue in Dushanbe on Thursday, with Japanese Foreign Minister Kenji Mori. The ministers "
           "adopted the Dushanbe Joint Statement, and Tajik and Japanese firms signed 6 agreements worth $120 million."),
    390: ("ASHGABAT, 11 November 2026 – The 5th Senior Officials' Meeting of the Central Asia plus Japan Dialogue took place "
          "in Ashgabat on Wednesday. Turkmenistan proposed a Caspian Logistics Council to speed freight to the sea."),
}


@pytest.mark.parametrize("width", [1366, 390])
def test_the_readmes_screenshots_at_desk_and_phone_width(page_for, width):
    page = page_for("rosa", width=width, height=900 if width > 400 else 844)
    page.goto("/")
    _screenshot(page, f"dashboard-{width}")
    page.goto("/targets/c5-japan.target.business-projects-3000000000000-jpy/")
    _screenshot(page, f"target-{width}")
    page.goto(_send_report(page, SCREEN_REPORTS[width], f"Screen Wire {width}"))
    _screenshot(page, f"review-{width}")


def test_the_target_chart_shrinks_to_a_phone_and_a_sum_shows_its_exact_figure_on_hover(page_for):
    page = page_for(width=390, height=844)
    page.goto("/targets/c5-japan.target.business-projects-3000000000000-jpy/")
    assert page.locator("svg.target-chart").bounding_box()["width"] < 390
    assert page.get_by_text("JPY 3 trillion").first.get_attribute("title") == "3,000,000,000,000 JPY"
