"""`kb add source --html-file PAGE.html` and `--pdf-file DOC.pdf`: real saved pages of four
publishers and real government PDFs (tests/source_files/README.md says where each comes from),
their text stored as the source's snapshot and their metadata filling the options left out; the
options given win. Hostile files are refused with a message, nothing written."""

from __future__ import annotations

import hashlib
import io
import json
import os
import zlib
from pathlib import Path

import pypdf
import pytest
from conftest import tree_bytes
from kbproc import run_kb
from test_datasette import datasette_for, get

from kb.builder.build import build
from kb.cli import cli

FILES = Path(__file__).parent / "source_files"
MB = 1024 * 1024

# What each page gives, checked by hand against the page, and words of its article's text.
PAGES = {
    "salon.com.emissions.html": (
        {
            "title": "Despite everything, U.S. emissions dipped in 2019",
            "publisher": "Salon.com",
            "authors": ["Nathanael Johnson"],
            "url": "https://www.salon.com/2020/01/10/despite-everything-u-s-emissions-dipped-in-2019_partner/",
            "published_at": "2020-01-10",
            "language": "en",
        },
        "total emissions fell 2 percent compared with the year before, according to the Rhodium Group",
    ),
    "wikimediafoundation.org.turkey.html": (
        {
            "title": "Access to Wikipedia restored in Turkey after more than two and a half years",
            "publisher": "Wikimedia Foundation",
            "authors": ["Wikimedia Foundation"],
            "url": "https://wikimediafoundation.org/news/2020/01/15/"
            "access-to-wikipedia-restored-in-turkey-after-more-than-two-and-a-half-years/",
            "published_at": "2020-01-15",
            "language": "en-US",
            "rights": "CC BY-SA 3.0",
        },
        "follows a 26 December 2019 ruling by the Constitutional Court of Turkey",
    ),
    "boingboing.net.millenials.html": (
        {
            "title": "Hating Millennials - the prejudice you're allowed to boast about",
            "publisher": "Boing Boing",
            "authors": ["Cory Doctorow"],
            "url": "https://boingboing.net/2013/07/19/hating-millennials-the-preju.html",
            "published_at": "2013-07-19",
            "language": "en-US",
            "rights": "CC BY-NC-SA 3.0",
        },
        "Cartoonist Matt Bors got a spot on CNN for his great, scathing critique",
    ),
}


def events(kb) -> list[dict]:
    return [json.loads(path.read_text(encoding="utf-8")) for path in sorted(kb.events_dir.rglob("*.json"))]


def added(kb, runner, *args: str) -> tuple[dict, str, str]:
    """The source event a `kb add source` wrote, its snapshot's text, and what it told the user."""
    result = runner.invoke(cli, ["add", "source", *args])
    assert result.exit_code == 0, result.output
    [event] = events(kb)
    assert result.stdout.strip() == event["id"]
    snapshot = kb.snapshots_dir / f"{event['text_sha256']}.txt"
    assert hashlib.sha256(snapshot.read_bytes()).hexdigest() == event["text_sha256"]
    return event, snapshot.read_text(encoding="utf-8"), result.stderr


@pytest.mark.parametrize("name", sorted(PAGES))
def test_a_saved_page_gives_its_article_and_metadata(kb, runner, name):
    fields, words = PAGES[name]
    event, text, told = added(kb, runner, "--kind", "article", "--html-file", str(FILES / name))
    assert {key: event.get(key) for key in fields} == fields
    assert event["type"] == "source" and event["kind"] == "article"
    assert words in " ".join(text.split())
    assert "<" not in text.split("\n")[0] and "function(" not in text  # the article's words, not its markup
    assert f"title (from the file): {fields['title']}" in told


def test_the_options_given_win_over_the_page(kb, runner):
    """Deutsche Welle's page names itself DW.COM and trafilatura reads the date of a related item
    (2019-08-01) for the story's own 10.06.2013: the person's options are what is stored."""
    event, text, told = added(
        kb,
        runner,
        *("--kind", "article", "--publisher", "Deutsche Welle", "--published-at", "2013-06-10"),
        *("--title", "Uncork the mystery of Germany's Frühburgunder"),
        *("--html-file", str(FILES / "dw.com.uncork.html")),
    )
    assert event["publisher"] == "Deutsche Welle" and event["published_at"] == "2013-06-10"
    assert event["title"] == "Uncork the mystery of Germany's Frühburgunder"
    assert event["url"] == "https://www.dw.com/en/uncork-the-mystery-of-germanys-fr%C3%BChburgunder/a-16863843"
    assert event["authors"] == ["Deutsche Welle"] and event["language"] == "en"
    assert "the Ahr Valley has a tradition as both innovator and iconoclast" in text
    assert "publisher (from the file)" not in told and "url (from the file)" in told


def test_a_json_payload_is_filled_from_the_page_too(kb, runner, tmp_path):
    payload = tmp_path / "source.json"
    payload.write_text(json.dumps({"kind": "official_page", "title": "Wikipedia is back in Turkey"}))
    result = runner.invoke(
        cli,
        ["add", "source", "--json", str(payload), "--html-file", str(FILES / "wikimediafoundation.org.turkey.html")],
    )
    assert result.exit_code == 0, result.output
    [event] = events(kb)
    assert (event["kind"], event["title"], event["publisher"]) == (
        "official_page",
        "Wikipedia is back in Turkey",
        "Wikimedia Foundation",
    )


def test_a_government_pdf_gives_its_text_title_date_and_language(kb, runner):
    event, text, told = added(
        kb,
        runner,
        "--kind",
        "official_page",
        "--publisher",
        "Ville de Sainte-Adèle",
        "--pdf-file",
        str(FILES / "2023-06-20-PV.pdf"),
    )
    assert event["title"] == "Comité de démolition - Procès-verbal de la séance publique du 20 juin 2023"
    assert event["published_at"] == "2023-06-21"  # the day the PDF was made, the day after the meeting
    assert event["language"] == "fr-CA"
    assert event["authors"] == [] and "url" not in event
    assert "Résolution DM-2023-001" in text and "La séance est ouverte à 16h00." in text
    assert "published_at (from the file): 2023-06-21" in told


def test_a_pdf_locked_only_against_copying_is_read(kb, runner, tmp_path):
    """Many official PDFs are encrypted (AES) with an owner's password only, forbidding copying or
    printing: every reader opens them with no password, and so does kb."""
    writer = pypdf.PdfWriter(clone_from=FILES / "2023-06-20-PV.pdf")
    writer.encrypt(user_password="", owner_password="the ministry's", algorithm="AES-256", permissions_flag=0)
    path = tmp_path / "locked.pdf"
    writer.write(path)
    assert pypdf.PdfReader(path).is_encrypted
    event, text, _ = added(kb, runner, "--kind", "official_page", "--publisher", "Ville", "--pdf-file", str(path))
    assert event["title"] == "Comité de démolition - Procès-verbal de la séance publique du 20 juin 2023"
    assert "Résolution DM-2023-001" in text


def test_a_transcript_pdf_whose_metadata_names_files_not_titles(kb, runner):
    """The Supreme Court's PDF calls itself 10811.exe by Supreme: neither is taken as its title
    or its author, so the title must be given; its creation date is taken."""
    pdf = str(FILES / "scotus-transcript-p1.pdf")
    result = runner.invoke(
        cli, ["add", "source", "--kind", "transcript", "--publisher", "Supreme Court", "--pdf-file", pdf]
    )
    assert result.exit_code == 1 and "scotus-transcript-p1.pdf: no title found in it — give --title" in result.output
    assert events(kb) == []
    event, text, _ = added(
        kb,
        runner,
        *("--kind", "transcript", "--publisher", "Supreme Court of the United States"),
        *("--title", "Knowles v. Mirzayance, oral argument", "--pdf-file", pdf),
    )
    assert event["published_at"] == "2009-01-13" and event["authors"] == []
    assert "IN THE SUPREME COURT OF THE UNITED STATES" in text
    assert "The above-entitled matter came on for oral" in text


def test_a_saved_page_with_markup_in_its_title_is_stored_as_text_and_shown_inert(kb, runner, tmp_path, clock):
    page = tmp_path / "page.html"
    body = "<p>" + "Negotiators met in Geneva on Monday and agreed to meet again in May, officials said. " * 4
    page.write_text(
        "<!DOCTYPE html><html lang='en'><head><title><script>alert(1)</script> Talks resume</title>"
        "<meta property='og:site_name' content='<img src=x onerror=alert(2)> Wire'>"
        f"<meta name='date' content='2025-03-02'></head><body><article>{body}</p></article></body></html>"
    )
    event, text, _ = added(kb, runner, "--kind", "article", "--html-file", str(page))
    assert event["title"] == "<script>alert(1)</script> Talks resume"
    assert event["publisher"] == "<Img Src=X Onerror=Alert(2)> Wire"  # trafilatura capitalises a site's name
    assert "Negotiators met in Geneva on Monday" in text
    ds = datasette_for(build(kb, now=clock).db)
    for url in (f"/-/event/{event['id']}", "/kb/sources"):
        html = get(ds, url).text
        assert "&lt;script&gt;alert(1)&lt;/script&gt; Talks resume" in html, url
        assert "<script>alert(1)" not in html and "<img src=x" not in html.lower(), url


@pytest.mark.parametrize(
    ("heading", "first_line"),
    [
        ("<h1>Negotiators agree to meet again in May</h1>", "Negotiators agree to meet again in May"),
        ("<h1>Wire</h1>", "Negotiators met in Geneva on Monday"),  # a site's name, no headline
        ("<h1>Negotiators met in Geneva on Monday</h1>", "Negotiators met in Geneva on Monday"),  # not twice
    ],
    ids=["a headline", "a site's name", "a headline the text opens with"],
)
def test_a_saved_pages_headline_opens_its_text(kb, runner, tmp_path, heading, first_line):
    """trafilatura keeps the page's <h1> apart as its title; the snapshot opens with it, as the story does, so that
    a draft reads it and may cite it."""
    page = tmp_path / "page.html"
    body = "<p>" + "Negotiators met in Geneva on Monday and agreed to meet again in May, officials said. " * 4
    page.write_text(
        f"<html lang='en'><head><title>Talks | Wire</title><meta name='date' content='2025-03-02'></head>"
        f"<body><header>{heading}</header>"
        f"<article>{body}</p></article></body></html>"
    )
    event, text, _ = added(kb, runner, "--kind", "article", "--publisher", "Wire", "--html-file", str(page))
    assert text.split("\n")[0].startswith(first_line)
    assert text.count("Negotiators agree to meet again in May") <= 1


def test_control_characters_in_a_page_or_a_pdf_are_left_out_of_the_text(kb, runner, tmp_path):
    """What an extractor reads between the words (NUL, BEL) is no word of the source: dropped,
    as trafilatura drops them from a page; a text given with --text-file is the person's, and
    refused instead (tests/test_hostile_input.py)."""
    path = tmp_path / "statement.pdf"
    path.write_bytes(minimal_pdf(rb"BT /F1 12 Tf 72 700 Td (Talks resumed\007 on\000 Monday.) Tj ET", TITLE + DATE))
    event, text, _ = added(kb, runner, "--kind", "press_release", "--publisher", "Ministry", "--pdf-file", str(path))
    assert text == "Talks resumed on Monday."
    assert event["title"] == "Joint statement on the talks" and event["published_at"] == "2025-03-02"
    page = tmp_path / "page.html"
    page.write_bytes(
        b"<html><head><title>Talks\x00 re\x07sume</title><meta name='date' content='2025-03-02'></head><body>"
        b"<article><p>"
        + b"Negotiators met\x00 in Geneva\x1b and agreed to meet again, officials said. " * 4
        + b"</p></article></body></html>"
    )
    result = runner.invoke(cli, ["add", "source", "--kind", "article", "--publisher", "Wire", "--html-file", str(page)])
    assert result.exit_code == 0, result.output
    [event] = [event for event in events(kb) if event["publisher"] == "Wire"]
    text = (kb.snapshots_dir / f"{event['text_sha256']}.txt").read_text(encoding="utf-8")
    assert text.startswith("Negotiators met in Geneva and agreed") and event["title"] == "Talks resume"


def test_kb_add_source_imports_the_extractors_only_for_a_document(kb, tmp_path):
    from test_startup import run

    text = tmp_path / "article.txt"
    text.write_text("Akazawa met Trump.\n")
    source = ["add", "source", "--kind", "article", "--publisher", "Kyodo", "--title", "T", "--published-at", "2025"]
    loaded = set(run(kb, *source, "--text-file", str(text))["modules"])
    assert not {"trafilatura", "pypdf", "lxml", "kb.events.extract"} & loaded
    pdf = str(FILES / "scotus-transcript-p1.pdf")
    assert {"pypdf", "kb.events.extract"} <= set(run(kb, *source, "--pdf-file", pdf)["modules"])


# Hostile files, through the real kb in a subprocess: each refused, nothing written.

TITLE = b"/Title(Joint statement on the talks)"
DATE = b"/CreationDate(D:20250302120000Z)"


def minimal_pdf(content: bytes, info: bytes = b"", resource: bytes = b"") -> bytes:
    """A one-page PDF drawing ``content`` (Helvetica as F1; ``resource`` as the image Im1)."""
    objects = [
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R"
        b"/Resources<</Font<</F1 5 0 R>>/XObject<</Im1 7 0 R>>>>>>",
        b"<</Length %d>>\nstream\n%s\nendstream" % (len(content), content),
        b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>",
        b"<<%s>>" % info,
        resource or b"null",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<</Size %d/Root 1 0 R/Info 6 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def scanned_pdf() -> bytes:
    """A page that is only an image, as a scanner makes it: grey pixels, no text layer."""
    pixels = zlib.compress(bytes(range(256)) * 40)
    image = b"<</Type/XObject/Subtype/Image/Width 160/Height 64/ColorSpace/DeviceGray/BitsPerComponent 8"
    image += b"/Filter/FlateDecode/Length %d>>\nstream\n%s\nendstream" % (len(pixels), pixels)
    return minimal_pdf(b"q 480 0 0 192 66 500 cm /Im1 Do Q", TITLE + DATE, image)


SOURCE = ["add", "source", "--kind", "article", "--publisher", "Kyodo", "--title", "T", "--published-at", "2025-04"]


def refused(kb, args, words, code=1):
    before = tree_bytes(kb.root)
    run = run_kb(args)
    assert run.code == code, run.output
    assert "Traceback" not in run.output
    for word in words:
        assert word in run.output, run.output
    assert tree_bytes(kb.root) == before
    return run


def test_a_huge_page_or_pdf_is_refused_unread(kb, tmp_path):
    path = tmp_path / "huge.html"
    with open(path, "wb") as handle:  # sparse: fast to make, 600 MB to read
        handle.write(b"<html><body><p>Akazawa met Trump.</p>")
        handle.seek(600 * MB)
        handle.write(b"</body></html>\n")
    for option in ("--html-file", "--pdf-file"):
        run = refused(kb, [*SOURCE, option, str(path)], ["huge.html: larger than 50 MB", "--text-file"])
        assert run.peak_mb < 120, f"{run.peak_mb:.0f} MB"  # kb --help alone takes about 40 MB


def test_a_link_a_fifo_or_a_directory_is_refused(kb, tmp_path):
    link = tmp_path / "page.html"
    link.symlink_to(FILES / "salon.com.emissions.html")
    refused(kb, [*SOURCE, "--html-file", str(link)], ["page.html: a symbolic link, not a file"])
    fifo = tmp_path / "doc.pdf"
    os.mkfifo(fifo)
    refused(kb, [*SOURCE, "--pdf-file", str(fifo)], ["doc.pdf: a FIFO (named pipe), not a file"])
    folder = tmp_path / "folder.html"
    folder.mkdir()
    refused(kb, [*SOURCE, "--html-file", str(folder)], ["folder.html", "is a directory"], code=2)


def test_a_file_that_is_not_what_its_option_says(kb, tmp_path):
    text = tmp_path / "notes.html"
    text.write_text("Akazawa met Trump on Wednesday.\n" * 20)
    refused(kb, [*SOURCE, "--html-file", str(text)], ["notes.html: not an HTML page", "--text-file"])
    refused(kb, [*SOURCE, "--pdf-file", str(text)], ["notes.html: not a PDF (no %PDF- header)"])
    pdf = str(FILES / "scotus-transcript-p1.pdf")
    refused(kb, [*SOURCE, "--html-file", pdf], ["scotus-transcript-p1.pdf: a PDF, not a web page — use --pdf-file"])
    page = str(FILES / "salon.com.emissions.html")
    refused(kb, [*SOURCE, "--pdf-file", page], ["salon.com.emissions.html: not a PDF", "use --html-file"])
    refused(kb, [*SOURCE, "--pdf-file", pdf, "--html-file", page], ["give one of --text-file"], code=2)
    empty = tmp_path / "empty.html"
    empty.write_text("<html><head><title>Nothing here</title></head><body></body></html>")
    refused(kb, [*SOURCE, "--html-file", str(empty)], ["empty.html: no article text found in the page"])


def test_a_truncated_or_malformed_pdf(kb, tmp_path):
    data = (FILES / "scotus-transcript-p1.pdf").read_bytes()
    path = tmp_path / "cut.pdf"
    for cut in (data[: len(data) // 2], data[:100], b"%PDF-1.7\n" + os.urandom(4000)):
        path.write_bytes(cut)
        refused(kb, [*SOURCE, "--pdf-file", str(path)], ["cut.pdf: cannot be read as a PDF", "--text-file"])


def test_an_encrypted_pdf(kb):
    refused(
        kb,
        [*SOURCE, "--pdf-file", str(FILES / "password-example.pdf")],
        ["password-example.pdf: encrypted with a password", "qpdf --decrypt", "--text-file"],
    )


def test_a_scanned_pdf_without_a_text_layer(kb, tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(scanned_pdf())
    reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
    image = reader.pages[0]["/Resources"]["/XObject"]["/Im1"].get_object()
    assert image["/Subtype"] == "/Image" and reader.pages[0].extract_text() == ""  # an image, and no text
    refused(kb, [*SOURCE, "--pdf-file", str(path)], ["scan.pdf: no text layer in it (a scanned document?)", "OCR"])


def test_a_date_in_the_future_or_unreadable(kb, tmp_path):
    path = tmp_path / "doc.pdf"
    no_date = ["add", "source", "--kind", "article", "--publisher", "Ministry", "--pdf-file", str(path)]
    path.write_bytes(
        minimal_pdf(b"BT /F1 12 Tf 72 700 Td (Talks resumed.) Tj ET", TITLE + b"/CreationDate(D:20310501)")
    )
    refused(kb, no_date, ["doc.pdf: its date 2031-05-01 is in the future — give --published-at"])
    assert run_kb([*no_date, "--published-at", "2025-03-02"]).code == 0  # the date given wins
    [event] = events(kb)
    assert event["published_at"] == "2025-03-02" and event["title"] == "Joint statement on the talks"
    path.write_bytes(minimal_pdf(b"BT /F1 12 Tf 72 700 Td (Talks resumed.) Tj ET", TITLE + b"/CreationDate(soon)"))
    refused(kb, no_date, ["doc.pdf: no date of publication found in it — give --published-at"])
    page = tmp_path / "page.html"  # htmldate takes no date after today: none is found
    page.write_text(
        "<html><head><title>Talks resume in Geneva</title><meta name='date' content='2031-05-01'></head>"
        "<body><article><p>"
        + "Negotiators met in Geneva and agreed to meet again, officials said. " * 4
        + "</p></article></body></html>"
    )
    no_date = ["add", "source", "--kind", "article", "--publisher", "Wire", "--html-file", str(page)]
    refused(kb, no_date, ["page.html: no date of publication found in it — give --published-at"])
