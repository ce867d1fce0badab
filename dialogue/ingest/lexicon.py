"""The vocabulary of diplomatic reporting that extraction looks for: posts, meetings, documents."""

from __future__ import annotations

# Post titles, as a head and the words that may stand before it ("First Deputy Foreign Minister").
TITLE_HEADS = [
    ["prime", "minister"], ["foreign", "minister"], ["foreign", "ministers"], ["minister", "of", "foreign", "affairs"],
    ["minister", "for", "foreign", "affairs"], ["minister"], ["president"], ["vice", "president"], ["vice-president"],
    ["premier"], ["chancellor"], ["ambassador"], ["special", "representative"], ["special", "envoy"], ["envoy"],
    ["secretary", "of", "state"], ["state", "secretary"], ["secretary", "general"], ["secretary-general"],
    ["high", "representative"], ["commissioner"], ["chairman"], ["chairwoman"], ["chairperson"], ["chair"],
    ["director", "general"], ["director-general"], ["director"], ["head"], ["king"], ["emir"], ["sultan"], ["crown", "prince"],
    ["vice-minister"], ["vice", "minister"], ["vice-ministers"], ["deputy", "minister"], ["deputy", "ministers"],
    ["chief", "cabinet", "secretary"], ["spokesperson"], ["spokesman"], ["spokeswoman"], ["adviser"], ["advisor"],
    ["national", "security", "advisor"], ["national", "security", "adviser"], ["press", "secretary"],
    ["external", "affairs", "minister"], ["minister", "of", "external", "affairs"],
    ["foreign", "secretary"], ["home", "secretary"], ["undersecretary"], ["under-secretary"], ["pm"], ["fm"], ["eam"],
]
# Posts the press abbreviates ("PM Modi", "EAM Jaishankar"), as the record spells them.
TITLE_ABBREVIATIONS = {"pm": "Prime Minister", "fm": "Foreign Minister", "eam": "External Affairs Minister"}
# Posts that, with no country named, only one country (or the Union) has in English news.
POST_COUNTRIES = {"secretary of state": "US", "external affairs minister": "IN", "minister of external affairs": "IN",
                  "chief cabinet secretary": "JP", "high representative": "EU", "european commission president": "EU",
                  "european council president": "EU", "federal chancellor": "DE", "german chancellor": "DE", "federal foreign minister": "DE"}
TITLE_WORDS = {word for head in TITLE_HEADS for word in head} | {"counterpart", "counterparts", "minister", "ministers"}
TITLE_MODIFIERS = ["first", "deputy", "vice", "acting", "senior", "state", "parliamentary", "assistant", "executive", "foreign", "federal"]
# Posts whose holders speak about a meeting rather than take part in it.
NON_PARTICIPANT_TITLES = {"spokesperson", "spokesman", "spokeswoman", "adviser", "advisor", "press secretary", "director"}
FORMER_MARKERS = {"former", "then", "then-", "late", "ex", "ex-"}
HONORIFICS = {"mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr.", "h.e.", "he", "madam", "sir", "honorable", "honourable"}
NAME_PARTICLES = {"von", "der", "de", "van", "al", "bin", "ibn", "da", "di", "la", "le", "del"}
# Capitalised words that begin no person's name.
NOT_NAMES = {
    "The", "A", "An", "On", "In", "At", "During", "Following", "After", "Before", "According", "This", "That",
    "His", "Her", "Their", "Its", "Minister", "President", "Ministry", "Foreign", "Affairs", "Deputy", "Prime",
    "Ambassador", "Republic", "Government", "Office", "Council", "Commission", "Summit", "Meeting", "Dialogue",
    "Central", "Asia", "Asian", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "He", "She", "They", "We", "It", "I", "Also", "And", "But", "Mr", "Ms",
    "Special", "Representative", "Secretary", "State", "Chairman", "Head", "First", "Vice", "Senior",
    "Presidents", "Ministers", "Leaders", "Counterparts", "Premiers", "Heads",
    # a headline in title case goes on with its verb: "President of Norway Participated in ..."
    "Participated", "Participates", "Attended", "Attends", "Meets", "Met", "Holds", "Held", "Visits", "Visited",
    "Arrives", "Arrived", "Receives", "Received", "Discusses", "Discussed", "Signs", "Signed", "Opens", "Opened",
    "Addresses", "Addressed", "Joins", "Joined", "Hosts", "Hosted", "Calls", "Called", "Says", "Said", "Proposes",
    "Proposed", "Urges", "Urged", "Takes", "Took", "Chairs", "Chaired",
    # a sentence's opening adverb before a comma: "Then, the president will meet ..."
    "Then", "There", "Later", "Earlier", "Meanwhile", "However", "Afterwards", "Subsequently", "Thereafter",
}
ORGANIZATION_HEADS = {
    "council", "commission", "parliament", "ministry", "bank", "committee", "office", "agency", "union",
    "organization", "organisation", "forum", "assembly", "government", "secretariat", "fund", "cabinet",
    "foundation", "centre", "center", "department", "service", "administration", "chamber", "senate",
}

# Meeting nouns, and the words around them that say the level.
MEETING_NOUNS = {"summit", "meeting", "meetings", "session", "conference", "consultations", "forum", "dialogue", "gathering", "edition"}
NON_MEETING_BEFORE = {"press", "news", "bilateral", "one-on-one", "separate", "preparatory"}
SUMMIT_WORDS = {"summit", "leaders", "presidential", "leaders'", "leaders’", "heads-of-state"}  # "heads" only of state or government
MINISTERIAL_WORDS = {"ministerial", "ministers", "ministers'", "ministers’", "minister", "minister-level", "fms"}
SENIOR_OFFICIALS_WORDS = {"senior", "officials", "officials'", "officials’", "som", "vice-ministers", "vice-ministerial", "deputy"}
OTHER_LEVEL_WORDS = {"expert", "experts", "experts'", "business", "working", "intellectual", "investors"}
NEXT_WORDS = {"next", "upcoming", "forthcoming"}
FUTURE_AFTER = ("being prepared", "in preparation", "being planned", "will be held", "to be held", "will take place", "to take place", "is scheduled", "scheduled for",
                "scheduled to", "is planned", "planned for", "will be hosted", "is expected to be held")
FUTURE_BEFORE = ("agreed to hold", "will hold", "to hold", "will host", "to host", "prepare for", "preparations for", "ahead of",
                 "run-up to", "in the lead-up to")
PAST_MARKERS = ("was held", "were held", "took place", "was convened", "held on", "has been held", "convened")

# Seats that name their city: "a meeting at the White House" was held in Washington.
VENUES = {"white house": "Washington", "kremlin": "Moscow", "akorda": "Astana", "ak orda": "Astana",
          "great hall of the people": "Beijing", "zhongnanhai": "Beijing", "elysee palace": "Paris", "élysée palace": "Paris",
          "kantei": "Tokyo", "blue house": "Seoul", "yongsan presidential office": "Seoul"}

# Outcome documents, longest first: what a report calls them when they are adopted or signed.
DOCUMENT_KINDS = [
    ("joint statement", "joint statement"), ("joint declaration", "declaration"), ("declaration", "declaration"),
    ("communiqué", "joint statement"), ("communique", "joint statement"), ("joint action plan", "action plan"),
    ("action plan", "action plan"), ("plan of joint action", "action plan"), ("roadmap", "action plan"),
    ("road map", "action plan"), ("programme of cooperation", "action plan"), ("program of cooperation", "action plan"),
    ("plan", "action plan"), ("concept", "other"), ("memorandum of understanding", "memorandum"), ("memoranda of understanding", "memorandum"), ("memoranda", "memorandum"),
    ("memorandums", "memorandum"), ("memorandum", "memorandum"), ("agreements", "agreement"), ("agreement", "agreement"),
    ("contracts", "contract"), ("contract", "contract"), ("treaty", "agreement"), ("protocol", "agreement"),
    ("chair's statement", "joint statement"), ("final statement", "joint statement"), ("chairman's summary", "other"), ("documents", "other"), ("document", "other"),
    ("papers", "other"),
]
DOCUMENT_VERBS = ("adopted", "adopt", "signed", "sign", "issued", "approved", "endorsed", "concluded", "inked", "presented",
                  "adoption", "signing", "exchanged", "exchanging", "inking", "ink")

