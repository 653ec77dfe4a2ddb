"""The harvesting client: reading OAI-PMH answers, and fetching them over HTTP with limits."""

import datetime
import http.server
import itertools
import socket
import threading
import time
import types

import pytest

from tests.federation import oai_xml
from werkplaats.federation import oai_client
from werkplaats.federation.oai_client import HarvestError

UTC = datetime.UTC


# Parsing ------------------------------------------------------------------------------------


def test_identify_gives_granularity_deleted_record_and_response_date():
    identity = oai_client.parse_identify(
        oai_xml.identify(granularity="YYYY-MM-DD", deleted="persistent")
    )
    assert identity.granularity == "YYYY-MM-DD"
    assert identity.deleted_record == "persistent"
    assert identity.response_date == datetime.datetime(2026, 2, 1, 10, tzinfo=UTC)


def test_identify_with_unknown_values_falls_back_to_days_and_no_deletions():
    identity = oai_client.parse_identify(oai_xml.identify(granularity="weekly", deleted="maybe"))
    assert identity.granularity == "YYYY-MM-DD"
    assert identity.deleted_record == "no"


def test_list_records_reads_headers_and_dublin_core():
    page = oai_client.parse_list_records(
        oai_xml.list_records(
            [oai_xml.record(1, title="Eenzaamheid & ontmoeting <in de wijk>"), oai_xml.record(2)]
        )
    )
    assert page.token == ""
    assert page.response_date == datetime.datetime(2026, 2, 1, 10, tzinfo=UTC)
    first = page.records[0]
    assert first.identifier == "oai:elders.example.org:publication:1"
    assert first.datestamp == datetime.datetime(2026, 1, 15, 12, tzinfo=UTC)
    assert not first.deleted
    assert first.metadata["title"] == ["Eenzaamheid & ontmoeting <in de wijk>"]
    assert first.metadata["creator"] == ["Auteur Een", "Auteur Twee"]
    assert first.metadata["type"] == ["Handreiking", "Text"]
    assert first.metadata["identifier"] == ["https://elders.example.org/publicaties/1/"]
    assert [record.identifier for record in page.records][1].endswith(":2")


def test_a_deleted_record_has_only_its_header():
    page = oai_client.parse_list_records(oai_xml.list_records([oai_xml.record(7, deleted=True)]))
    (record,) = page.records
    assert record.deleted
    assert record.identifier == "oai:elders.example.org:publication:7"
    assert record.metadata == {}


def test_the_resumption_token_is_read_and_an_empty_one_ends_the_list():
    page = oai_client.parse_list_records(oai_xml.list_records([oai_xml.record(1)], token="abc"))
    assert page.token == "abc"
    last = oai_client.parse_list_records(oai_xml.list_records([oai_xml.record(2)], token=""))
    assert last.token == ""


def test_no_records_match_is_an_empty_last_page_not_an_error():
    page = oai_client.parse_list_records(oai_xml.error("noRecordsMatch", "Nothing new."))
    assert page.records == []
    assert page.token == ""


@pytest.mark.parametrize(
    "code", ["badResumptionToken", "badArgument", "cannotDisseminateFormat", "badVerb"]
)
def test_other_oai_errors_are_harvest_errors_with_the_code_and_message(code):
    with pytest.raises(HarvestError) as raised:
        oai_client.parse_list_records(oai_xml.error(code, "Something is wrong."))
    assert code in raised.value.message
    assert "Something is wrong." in raised.value.message


@pytest.mark.parametrize(
    ("xml", "says"),
    [
        (b"<OAI-PMH", "not valid XML"),
        (b"", "not valid XML"),
        (b"<html><body>Maintenance</body></html>", "not an OAI-PMH answer"),
        (
            b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]>'
            b'<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/">&lol;</OAI-PMH>',
            "document type",
        ),
        (
            b'<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><ListRecords/></OAI-PMH>',
            "no responseDate",
        ),
        (oai_xml.answer("<GetRecord/>"), "no ListRecords element"),
        (oai_xml.list_records(["<record><metadata/></record>"]), "without a header"),
        (
            oai_xml.list_records([oai_xml.record(1, datestamp="gisteren")]),
            "not a date",
        ),
        (
            oai_xml.list_records(
                ["<record><header><datestamp>2026-01-01</datestamp></header></record>"]
            ),
            "usable identifier",
        ),
    ],
)
def test_bad_answers_are_harvest_errors_that_say_what_is_wrong(xml, says):
    with pytest.raises(HarvestError) as raised:
        oai_client.parse_list_records(xml)
    assert says in raised.value.message


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "iso-8859-1"])
def test_a_document_type_is_refused_in_every_encoding(encoding):
    # In UTF-16 "<!DOCTYPE" is not those bytes: the parser itself must refuse it.
    text = (
        f'<?xml version="1.0" encoding="{encoding}"?><!DOCTYPE x [<!ENTITY lol "lol">]>'
        '<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/">'
        "<responseDate>2026-01-01T00:00:00Z</responseDate><ListRecords/></OAI-PMH>"
    )
    with pytest.raises(HarvestError) as raised:
        oai_client.parse_list_records(text.encode(encoding))
    assert "document type" in raised.value.message


@pytest.mark.parametrize("encoding", ["utf-16-le", "x-made-up"])
def test_an_encoding_the_parser_cannot_read_is_a_harvest_error(encoding):
    xml = (
        f'<?xml version="1.0" encoding="{encoding}"?>'.encode()
        + oai_xml.list_records([]).split(b"?>", 1)[-1]
    )
    with pytest.raises(HarvestError) as raised:
        oai_client.parse_list_records(xml)
    assert "not valid XML" in raised.value.message


def test_identify_that_is_an_error_or_has_no_identify_element_is_a_harvest_error():
    with pytest.raises(HarvestError, match="badVerb"):
        oai_client.parse_identify(oai_xml.error("badVerb"))
    with pytest.raises(HarvestError, match="no Identify element"):
        oai_client.parse_identify(oai_xml.answer("<ListSets/>"))


def test_long_and_many_values_are_cut_so_that_a_record_stays_small():
    many = [f"Onderwerp {n}" for n in range(oai_client.MAX_VALUES + 10)]
    page = oai_client.parse_list_records(
        oai_xml.list_records([oai_xml.record(1, subject=many, description=["x" * 20_000])])
    )
    metadata = page.records[0].metadata
    assert len(metadata["subject"]) == oai_client.MAX_VALUES
    assert len(metadata["description"][0]) == oai_client.MAX_VALUE_LENGTH


@pytest.mark.parametrize(
    ("text", "moment"),
    [
        ("2026-03-04", datetime.datetime(2026, 3, 4, tzinfo=UTC)),
        ("2026-03-04T05:06:07Z", datetime.datetime(2026, 3, 4, 5, 6, 7, tzinfo=UTC)),
        ("2026-03-04T07:06:07+02:00", datetime.datetime(2026, 3, 4, 5, 6, 7, tzinfo=UTC)),
    ],
)
def test_datestamps_become_moments_in_utc(text, moment):
    assert oai_client.parse_datestamp(text) == moment


@pytest.mark.parametrize("text", ["0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00"])
def test_a_datestamp_outside_the_calendar_in_utc_is_a_harvest_error(text):
    with pytest.raises(HarvestError, match="not a date"):
        oai_client.parse_datestamp(text)


def test_from_is_written_in_the_granularity_of_the_source():
    moment = datetime.datetime(2026, 3, 4, 5, 6, 7, tzinfo=UTC)
    assert oai_client.format_datestamp(moment, "YYYY-MM-DD") == "2026-03-04"
    assert oai_client.format_datestamp(moment, "YYYY-MM-DDThh:mm:ssZ") == "2026-03-04T05:06:07Z"


# Fetching over HTTP ------------------------------------------------------------------------------


class Handler(http.server.BaseHTTPRequestHandler):
    """Answers by path: /ok, /status500, /slow, /huge, /drip."""

    def log_message(self, *args):
        pass

    def do_GET(self):
        path = self.path.split("?")[0]
        self.server.seen.append(self.path)
        if path in ("/to-ftp", "/to-ok"):
            self.send_response(302)
            target = "ftp://127.0.0.1/x" if path == "/to-ftp" else "/ok"
            self.send_header("Location", target)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if path == "/status500":
            self.send_error(500)
            return
        if path == "/slow":
            time.sleep(1.5)
        body = oai_xml.identify()
        if path == "/huge":
            body = b" " * 3000
        self.send_response(200)
        self.send_header("Content-Type", "text/xml")
        if path != "/drip":
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if path == "/drip":
            for _ in range(30):  # a little at a time, each well within the socket timeout
                self.wfile.write(b" ")
                self.wfile.flush()
                time.sleep(0.1)
            return
        self.wfile.write(body)


class Server(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        pass  # the client hung up on purpose (too slow, too large): nothing to report


@pytest.fixture
def server():
    httpd = Server(("127.0.0.1", 0), Handler)
    httpd.seen = []
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield httpd, f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_fetch_sends_the_arguments_and_returns_the_body(server):
    httpd, root = server
    body = oai_client.fetch_url(f"{root}/ok", {"verb": "ListRecords", "from": "2026-01-01"})
    assert oai_client.parse_identify(body).granularity == "YYYY-MM-DDThh:mm:ssZ"
    assert httpd.seen == ["/ok?verb=ListRecords&from=2026-01-01"]


def test_redirects_are_followed_to_web_addresses_only(server):
    _httpd, root = server
    body = oai_client.fetch_url(f"{root}/to-ok", {"verb": "Identify"})
    assert oai_client.parse_identify(body).deleted_record == "no"
    with pytest.raises(HarvestError, match="redirected to an address that is not http"):
        oai_client.fetch_url(f"{root}/to-ftp", {"verb": "Identify"})


def test_an_http_error_status_is_a_harvest_error(server):
    _httpd, root = server
    with pytest.raises(HarvestError, match="HTTP status 500"):
        oai_client.fetch_url(f"{root}/status500", {"verb": "Identify"})


def test_a_server_that_does_not_answer_in_time_is_a_harvest_error(server, monkeypatch):
    _httpd, root = server
    monkeypatch.setattr(oai_client, "TIMEOUT", 0.5)
    with pytest.raises(HarvestError, match="did not answer within"):
        oai_client.fetch_url(f"{root}/slow", {"verb": "Identify"})


def test_a_server_that_drips_its_answer_is_stopped_after_the_time_for_all_of_it(
    server, monkeypatch
):
    _httpd, root = server
    # The harvester's clock moves half a second per look: each byte comes well within the
    # socket's timeout, but after a few the time for the whole answer is up. No wall clock.
    ticks = itertools.count()
    monkeypatch.setattr(
        oai_client, "time", types.SimpleNamespace(monotonic=lambda: next(ticks) * 0.5)
    )
    monkeypatch.setattr(oai_client, "TIMEOUT", 1)
    monkeypatch.setattr(oai_client, "CHUNK", 1)
    with pytest.raises(HarvestError, match="did not answer within"):
        oai_client.fetch_url(f"{root}/drip", {"verb": "Identify"})


@pytest.mark.parametrize("path", ["/huge", "/drip"])
def test_an_answer_larger_than_the_limit_is_a_harvest_error(server, monkeypatch, path):
    _httpd, root = server
    monkeypatch.setattr(oai_client, "MAX_RESPONSE_BYTES", 10)
    monkeypatch.setattr(oai_client, "CHUNK", 1)
    with pytest.raises(HarvestError, match="larger than"):
        oai_client.fetch_url(f"{root}{path}", {"verb": "Identify"})


def test_a_source_that_cannot_be_reached_is_a_harvest_error():
    with socket.socket() as sock:  # a port that was free a moment ago, and now is closed
        sock.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{sock.getsockname()[1]}/oai/"
    with pytest.raises(HarvestError, match=r"could not be reached|connection with the source"):
        oai_client.fetch_url(closed, {"verb": "Identify"})


def test_a_server_that_does_not_speak_http_is_a_harvest_error():
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)

        def answer_garbage():
            connection, _address = listener.accept()
            with connection:
                connection.recv(65536)
                connection.sendall(b"SSH-2.0-OpenSSH_9.2\r\n\r\n")

        thread = threading.Thread(target=answer_garbage, daemon=True)
        thread.start()
        address = f"http://127.0.0.1:{listener.getsockname()[1]}/oai/"
        with pytest.raises(HarvestError, match="connection with the source failed"):
            oai_client.fetch_url(address, {"verb": "Identify"})
        thread.join(timeout=5)


def test_only_web_addresses_are_fetched():
    with pytest.raises(HarvestError, match="http"):
        oai_client.fetch_url("file:///etc/passwd", {"verb": "Identify"})
