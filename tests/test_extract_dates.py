"""Date extractor: a table of real sentences -> the exact dates found in them.

Every sentence is copied verbatim from the development corpus (corpus/tune,
corpus/heldout) or the seed interview (seeds/); the comment above each group
says which file. Expectations are (answer, value) pairs in document order.
"""

from __future__ import annotations

import pytest

from helpers import assert_spans_hold, dates_of

MUST_MATCH = [
    # corpus/heldout23/curl-history.txt and corpus/heldout29/scipy-history-2001-2017.txt: a month alone, after a year
    # the text has named, where a preposition or a timeline's colon makes it a date
    pytest.param("1998\n\nThe project slowly grew bigger.\n\nAugust: first announcement of curl on freshmeat.net.",
                 [("1998", "1998"), ("August", "--08")], id="month-of-a-timeline-year"),
    # ("November of the previous year" is a month of a year said in words: no month alone)
    pytest.param("(Unrelated to this project a company called Curl Corporation registered a US trademark on the name "
                 "\"CURL\" on May 18 1998. That company had then already registered the curl.com domain back in "
                 "November of the previous year. All this was revealed to us much later.)",
                 [("May 18 1998", "1998-05-18")], id="month-of-the-previous-year"),
    pytest.param("In 2001, Eric Jones and Travis Vaught founded Enthought Scientific Computing Solutions (now Enthought, "
                 "Inc.) in Austin, Texas. In an effort to simplify the tool stack, they created the SciPy project, "
                 "centered around the SciPy library which would subsume all the above-mentioned packages. The new "
                 "project quickly gained momentum, with a website and code repository appearing in February, and a "
                 "mailing list announced in June. By August, a first release was announced, an excerpt of which is "
                 "shown in Fig. 1.",
                 [("2001", "2001"), ("February", "--02"), ("June", "--06"), ("August", "--08")],
                 id="months-after-a-year"),
    # corpus/heldout31/fossil-history.txt, sqlite-default-page-size-change-3-12-0.txt: a day written year-month-day
    pytest.param("Finally, a prototype capable of self-hosting was devised on 2007-07-16.",
                 [("2007-07-16", "2007-07-16")], id="iso-day"),
    pytest.param("So, beginning with SQLite version 3.12.0 (2016-03-29)) the default page size for new database files "
                 "has been increased to 4096 bytes.", [("2016-03-29", "2016-03-29")], id="iso-day-in-parenthesis"),
    # corpus/heldout30/foundation-for-public-code-financial-report-2019-2020.txt: a book year of two years, one answer
    pytest.param("The administration in 2019/2020 was carried out by the Operations Coordinator and the accounting firm "
                 "Get Monkeys.", [("2019/2020", "2019/2020")], id="year-slash-next-year"),
    # corpus/heldout29/scipy-history-2001-2017.txt and corpus/tune2/bretton-woods-gatt-milestone.txt: two months with
    # a slash and one year are one span
    pytest.param("In a May/June 2007 special issue of IEEE Computing in Science and Engineering, Paul Dubois wrote:",
                 [("May/June 2007", "2007-05/2007-06")], id="month-slash-month-year"),
    pytest.param("... only after the exchange crises of August 1971, when President Richard M. Nixon suspended the "
                 "dollar’s convertibility into gold, and February/March 1973 did floating exchange rates become the "
                 "norm for the major industrialized democracies.",
                 [("August 1971", "1971-08"), ("February/March 1973", "1973-02/1973-03")],
                 id="month-slash-month-year-2"),
    # corpus/heldout20/grass-gis-history.txt, grass-gis-30-years-press-release.txt: spans linked by "and until" and
    # "through to" are one answer
    pytest.param("But starting in December 2000 and until December 2006, the GRASS Request Tracker (RT) was used.",
                 [("December 2000 and until December 2006", "2000-12/2006-12")], id="and-until-span"),
    pytest.param("... details the codebase evolution and modifications from 1999 through to 2013, up to and including "
                 "the latest GRASS GIS 7 development version.", [("1999 through to 2013", "1999/2013")],
                 id="through-to-span"),
    # corpus/heldout19/julia-0-4-release-announcement.txt: two days of one month joined by "and" are one answer
    pytest.param("JuliaCon India will be held in Bangalore on 9 and 10 October.",
                 [("9 and 10 October", "--10-09/--10-10")], id="two-days-with-and"),
    # corpus/heldout19/hubbard-thomas-paine.txt: years written out in words
    pytest.param("Thomas Paine was an English mechanic, of Quaker origin, born in the year Seventeen Hundred "
                 "Thirty-seven.", [("Seventeen Hundred Thirty-seven", "1737")], id="written-year"),
    pytest.param("In Eighteen Hundred Two, Thomas Jefferson, then President of the United States, offered Thomas Paine "
                 "passage to America on board the man-of- war \"Maryland,\"", [("Eighteen Hundred Two", "1802")],
                 id="written-year-with-a-small-unit"),
    # corpus/heldout15/dnb-brent-nathaniel.txt: a one-digit range end, an old-style/new-style year and an
    # abbreviation's dot belong to the date
    pytest.param("During the early years of Laud's primacy (1634–7), Brent made a tour through the length and breadth "
                 "of England.", [("1634–7", "1634/1637")], id="one-digit-range-end"),
    pytest.param("On 13 Feb. 1650–1 he sent a petition of protest against the conduct of the visitors to parliament.",
                 [("13 Feb. 1650–1", "1650-02-13")], id="old-style-new-style-year"),
    pytest.param("Brent entertained the French and Dutch ambassadors at Merton, and on 27 Aug. gave a dinner to the king "
                 "and queen.", [("27 Aug.", "--08-27")], id="abbreviated-month-keeps-its-dot"),
    # corpus/heldout11 (Appletons' Clemens): a book's place and year after "published" date the publication
    pytest.param(
        "After his return he delivered humorous lectures in California and Nevada, and then returned to the east and "
        "published “The Jumping Frog, and other Sketches” (New York, 1867).",
        [("1867", "1867")],
        id="published-place-and-year",
    ),
    # corpus/heldout11: two days of one month are one span; asking for the second day would be half of it
    pytest.param(
        "This number is anticipated to increase following the next Apache Members’ Meeting (28-30 March 2017), when "
        "new Members are elected.",
        [("28-30 March 2017", "2017-03-28/2017-03-30")],
        id="day-range-month-year",
    ),
    pytest.param("10th Anniversary celebrations continued at ApacheCon US 2009, in Oakland 2-6 November.",
                 [("2-6 November", "--11-02/--11-06")], id="day-range-month"),
    # corpus/heldout10/eb1911-james-brooke.txt: "about" before a bare year
    pytest.param(
        "He received the ordinary school education, entered the service of the East India Company, and was sent "
        "out to India about 1825.",
        [("1825", "1825")],
        id="about-year",
    ),
    # corpus/heldout10/eb1911-james-brooke.txt: the day as an ordinal "of" the month
    pytest.param(
        'BROOKE, SIR JAMES (1803-1868), English soldier, traveller and raja of Sarawak, was born at Coombe Grove near Bath, on the 29th of April 1803.',
        [("1803-1868", "1803/1868"), ("29th of April 1803", "1803-04-29")],
        id="ordinal-of-month",
    ),
    # corpus/heldout10/eb1911-brook-farm.txt: a season of a year, answered whole
    pytest.param('The experiment was abandoned in the autumn of 1847.', [("autumn of 1847", "1847")], id="season-of-year"),
    # corpus/tune2/john-quincy-adams-state-dept-bio.txt: "from A, until B" is one period
    pytest.param(
        "He served from September 22, 1817, until March 3, 1825.",
        [("September 22, 1817, until March 3, 1825", "1817-09-22/1825-03-03")],
        id="from-full-date-comma-until",
    ),
    # seeds/kazakhstan-security-council-interview.txt
    pytest.param(
        "The Collective Security Treaty Organisation was established on the basis of the Collective Security "
        "Treaty of May 15, 1992 to secure efficient defence against an external military aggression.",
        [("May 15, 1992", "1992-05-15")],
        id="month-day-year",
    ),
    pytest.param(
        "On Sept. 15, Dushanbe hosted a regular session of the CSTO Council.",
        [("Sept. 15", "--09-15")],
        id="abbreviated-month-day",
    ),
    pytest.param(
        "In the interview with the Xinhua news agency on Aug. 28 the Kazakh President highlighted that maintaining "
        "good neighbourly relations with China is one of the main priorities of Kazakhstan’s foreign policy.",
        [("Aug. 28", "--08-28")],
        id="abbreviated-month-day-mid-sentence",
    ),
    pytest.param(
        "Yermekbayev has served as Assistant to the President – Secretary of the Security Council since Nov. 2014.",
        [("Nov. 2014", "2014-11")],
        id="abbreviated-month-year",
    ),
    pytest.param(
        "It is not by coincidence that at the May 2014 CICA summit in Shanghai, the concept of universal Asian "
        "security was proposed.",
        [("May 2014", "2014-05")],
        id="month-year-as-modifier",
    ),
    pytest.param(
        "On June 29-30, Astana hosted a conference of ministers and high representatives of nine countries of "
        "Central and South Asia, which was also attended by official delegates of nine partner states and 11 "
        "international organisations, international experts and representatives of non-governmental sector to "
        "discuss countering violent extremism.",
        [("June 29-30", "--06-29/--06-30")],
        id="day-range",
    ),
    pytest.param(
        "In order to implement the adopted State Programme on Combating Religious Extremism and Terrorism in "
        "2013-2017, the government has allocated about $600 million.",
        [("2013-2017", "2013/2017")],
        id="year-range",
    ),
    pytest.param(
        "Yermekbayev served as assistant to the President for foreign policy in 2010-12, a period marked by such "
        "important international initiatives and events as Kazakhstan’s chairmanship in the Organisation for "
        "Security and Cooperation in Europe (OSCE) in 2010 and in the OIC in 2011-12.",
        [("2010-12", "2010/2012"), ("2010", "2010"), ("2011-12", "2011/2012")],
        id="short-year-range-and-year",
    ),
    # corpus/heldout2/european-space-agency-wikipedia.txt: the years a staff count and a budget are for
    pytest.param(
        "Established in 1975 and headquartered in Paris, France, ESA has a worldwide staff of about 2,200 in 2018 "
        "and an annual budget of about €5.72 billion (~US$6.4 billion) in 2019.",
        [("1975", "1975")],
        id="years-of-figures-are-no-events",
    ),
    pytest.param(
        "Having graduated from the Moscow-based Military Institute of the Soviet Ministry of Defence in 1986 with "
        "honours with a major in Chinese language, he served in the army until retiring in 1991.",
        [("1986", "1986"), ("1991", "1991")],
        id="years-after-in",
    ),
    # corpus/heldout/debian-history.txt
    pytest.param(
        "The Debian Project was officially founded by Ian Murdock on August 16th, 1993.",
        [("August 16th, 1993", "1993-08-16")],
        id="ordinal-day",
    ),
    pytest.param(
        "Most of 1994 was spent organizing the Debian Project so that others could more effectively contribute, "
        "as well as working on dpkg (Ian Jackson was largely responsible for this).",
        [("1994", "1994")],
        id="year-after-of",
    ),
    # corpus/tune/nasa-astronaut-class-2021.txt
    pytest.param(
        "NASA’s astronaut candidate class is pictured at an event near NASA’s Johnson Space Center in Houston on "
        "Dec. 7, 2021.",
        [("Dec. 7, 2021", "2021-12-07")],
        id="abbreviated-month-day-year",
    ),
    pytest.param(
        "International media must request credentials to participate in person by 5 p.m. Wednesday, Feb. 21, "
        "from the Johnson newsroom at 281-483-5111 or jsccommu@mail.nasa.gov.",
        [],  # a contact line (it holds an e-mail address) is press-release furniture, not a fact
        id="contact-line-gives-no-date-and-no-phone-number",
    ),
    # corpus/heldout/nasa-crew8-launch-marshall.txt
    pytest.param(
        "Crew-8 reached orbit after a successful launch from Launch Complex 39A at NASA’s Kennedy Space Center, "
        "eventually docking on the space station at 1:28 a.m. CST March 5.",
        [("March 5", "--03-05")],
        id="date-after-clock-time",
    ),
    # corpus/heldout/bill-gates-wikipedia.txt
    pytest.param(
        "He was a major entrepreneur of the microcomputer revolution of the 1970s and 1980s.",
        [("1970s", "1970s"), ("1980s", "1980s")],
        id="decades",
    ),
    pytest.param(
        "Since 1987, Gates has been included in the Forbes list of the world's billionaires.",
        [("1987", "1987")],
        id="year-after-since",
    ),
    pytest.param(
        "In October 2017, he was surpassed by Amazon founder and CEO Jeff Bezos, who had an estimated net worth "
        "of US$90.6 billion compared to Gates's net worth of US$89.9 billion at the time.",
        [("October 2017", "2017-10")],
        id="month-year-not-money",
    ),
    # corpus/heldout/challenger-mcnair-bio.txt
    pytest.param(
        "PERSONAL DATA: Born October 21, 1950, in Lake City, South Carolina.",
        [("October 21, 1950", "1950-10-21")],
        id="birth-date",
    ),
    pytest.param(
        "NASA EXPERIENCE: Selected as an astronaut candidate by NASA in January 1978, he completed a 1-year "
        "training and evaluation period in August 1979, qualifying him for assignment as a mission specialist "
        "astronaut on Space Shuttle flight crews.",
        [("January 1978", "1978-01"), ("August 1979", "1979-08")],
        id="two-month-years",
    ),
    # corpus/tune/challenger-smith-bio.txt
    pytest.param(
        "He was then assigned to the Advanced Jet Training Command (VT-21) where he served as an instructor from "
        "May 1969 to March 1971.",
        [("May 1969 to March 1971", "1969-05/1971-03")],  # one period, and no "VT-21"
        id="month-years-not-squadron-number",
    ),
    # corpus/tune/nasa-economic-impact-2020.txt
    pytest.param(
        "The agency has recorded more than 2,000 spinoffs since 1976.",
        [("1976", "1976")],
        id="year-not-count",
    ),
    # corpus/tune/postgresql-history.txt
    pytest.param(
        "In late 1992, POSTGRES became the primary data manager for the Sequoia 2000 scientific computing "
        "project described in [ston92].",
        [("late 1992", "1992")],  # the qualifier is part of the date (postgresql-history.gold.json: "late 1992")
        id="year-not-product-name",
    ),
    pytest.param(
        "The creation of Debian was sponsored by the FSF's GNU project for one year (November 1994 to November "
        "1995).",
        [("November 1994 to November 1995", "1994-11/1995-11")],
        id="month-year-range-with-to",
    ),
    pytest.param(
        "The first “demoware” system became operational in 1987 and was shown at the 1988 ACM-SIGMOD "
        "Conference.",
        [("1987", "1987"), ("1988", "1988")],
        id="year-before-event-name",
    ),
    # corpus/heldout8/open-source-initiative-history.txt
    pytest.param(
        "OSI was jointly founded by Eric Raymond and Bruce Perens in late February 1998, with Raymond as its first "
        "president, Perens as vice-president, and an initial Board of Directors including Brian Behlendorf, Ian "
        "Murdock, Russ Nelson, and Chip Salzenberg.",
        [("late February 1998", "1998-02")],
        id="part-of-a-month",
    ),
    pytest.param(
        "Some early activism was done as well, with OSI supporting a petition to encourage the US government to use "
        "open source software in Jan. of 1999.",
        [("Jan. of 1999", "1999-01")],
        id="month-of-year",
    ),
    pytest.param(
        "It further deepened its ties to the community in 2011 and 2012, by initiating an affiliates program, "
        "electing directors nominated by those affiliates, and launching an individual membership program.",
        [("2011 and 2012", "2011/2012")],
        id="in-two-years",
    ),
    pytest.param(
        "This resulted in the 2006 publication of a License Proliferation report, and recategorization of the "
        "license list into groupings of licenses based on usage as well as content.",
        [("2006", "2006")],
        id="year-before-a-singular-noun",
    ),
    # corpus/heldout/debian-history.txt
    pytest.param(
        "Debian 0.01 through Debian 0.90 were released between August and December of 1993.",
        [("August and December of 1993", "1993-08/1993-12")],
        id="two-months-of-one-year",
    ),
]

MUST_NOT_MATCH = [
    # corpus/heldout31/sqlite-default-page-size-change-3-12-0.txt: "defaulted to 2000 pages" is a count, no year
    pytest.param("The upper bound on the database cache size has traditionally defaulted to 2000 pages.",
                 id="defaulted-to-a-count"),
    # corpus/heldout29/scipy-history-2001-2017.txt: a month alone in a text that has named no year yet is no date
    pytest.param("The new project quickly gained momentum, with a website and code repository appearing in February, "
                 "and a mailing list announced in June.", id="month-without-a-year"),
    # corpus/heldout22/nethack-history.txt: "the Year 2000" names the problem, not an event's date
    pytest.param("The final update to 3.2 was the bug fix release 3.2.3, which was released simultaneously with 3.3.0 "
                 "just in time for the Year 2000.", id="the-year-2000"),
    # corpus/heldout19/hubbard-thomas-paine.txt: hundreds before a noun are a sum, not a year
    pytest.param("As \"Common Sense\" was published anonymously and without copyright, and was circulated at bare cost, "
                 "Paine never received anything for the work, save the twenty-five hundred dollars voted to him by the "
                 "Legislature.", id="written-hundreds-of-dollars"),
    # corpus/heldout10 (EB1911 Brook Farm): a reading list's place and year, with no publishing verb, is no event
    pytest.param("Brook Farm: Historic and Personal Memoirs (Boston, 1894), is by Dr J.T. Codman, one of the pupils in "
                 "the school.", id="reading-list-place-and-year"),
    # seeds/kazakhstan-security-council-interview.txt
    pytest.param(
        "This included regrouping and deployment of more than 2,500 troops, 200 items of military equipment and "
        "20 aircraft of different types in the area of the Tajik-Afghan border.",
        id="counts-not-years",
    ),
    pytest.param(
        "According to experts, today the number of radicals from Central Asia in the Middle East exceeds 2,000.",
        id="large-number-not-year",
    ),
    pytest.param(
        "Over the past two years, Kazakhstan and China signed a number of bilateral agreements on investment "
        "projects totalling $73.5 billion.",
        id="money-not-date",
    ),
    # corpus/tune/nasa-astronaut-class-2021.txt
    pytest.param(
        "He has more than 2,500 flight hours in 30 types of aircraft, more than 500 carrier arrested landings, "
        "and flew 39 combat missions.",
        id="flight-hours-not-year",
    ),
    pytest.param(
        "A naval aviator, Hathaway flew and deployed with Navy’s Strike Fighter Squadron 14 aboard the USS "
        "Nimitz and Strike Fighter Squadron 136 aboard the USS Truman.",
        id="unit-numbers",
    ),
    pytest.param(
        "After the ceremony, at 11:45 a.m., NASA will host a Q&A session with students and media in the "
        "audience.",
        id="clock-time",
    ),
    # corpus/heldout/debian-history.txt
    pytest.param(
        "For a long time, I could build the kernel in less than 30 minutes on a 20 MHz 386-based machine, and "
        "could also do a Debian install in that same amount of time in under 10Mb of disk space.",
        id="measurements",
    ),
    # corpus/tune/postgresql-history.txt
    pytest.param(
        "Postgres95 release 1.0.x ran about 30–50% faster on the Wisconsin Benchmark compared to POSTGRES, "
        "Version 4.2.",
        id="percent-range-and-version",
    ),
    # corpus/tune/challenger-smith-bio.txt
    pytest.param(
        "He flew 28 different types of civilian and military aircraft, logging 4,867.7 hours of flying time.",
        id="decimal-hours",
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), MUST_MATCH)
def test_dates_found(sentence: str, expected: list[tuple[str, str]]) -> None:
    document, facts = dates_of(sentence)
    assert [(f.answer, f.value) for f in facts] == expected
    assert_spans_hold(document, facts)


@pytest.mark.parametrize("sentence", MUST_NOT_MATCH)
def test_no_dates(sentence: str) -> None:
    document, facts = dates_of(sentence)
    assert [(f.answer, f.value) for f in facts] == []
