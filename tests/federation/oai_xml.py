"""Canned OAI-PMH answers, and a fake source that serves them and remembers what was asked."""

from html import escape

RESPONSE_DATE = "2026-02-01T10:00:00Z"


def answer(body: str, *, response_date: str = RESPONSE_DATE) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/">'
        f"<responseDate>{response_date}</responseDate>"
        "<request>https://elders.example.org/oai/</request>"
        f"{body}</OAI-PMH>"
    ).encode()


def identify(
    *, granularity="YYYY-MM-DDThh:mm:ssZ", deleted="no", response_date=RESPONSE_DATE
) -> bytes:
    return answer(
        "<Identify><repositoryName>Elders</repositoryName>"
        "<baseURL>https://elders.example.org/oai/</baseURL>"
        "<protocolVersion>2.0</protocolVersion><adminEmail>a@example.org</adminEmail>"
        "<earliestDatestamp>2020-01-01T00:00:00Z</earliestDatestamp>"
        f"<deletedRecord>{deleted}</deletedRecord><granularity>{granularity}</granularity>"
        "</Identify>",
        response_date=response_date,
    )


def record(
    number: int,
    *,
    datestamp="2026-01-15T12:00:00Z",
    deleted=False,
    title=None,
    **dc,
) -> str:
    identifier = f"oai:elders.example.org:publication:{number}"
    if deleted:
        return (
            f'<record><header status="deleted"><identifier>{identifier}</identifier>'
            f"<datestamp>{datestamp}</datestamp></header></record>"
        )
    elements = {
        "title": [title or f"Schulden in de wijk {number}"],
        "creator": ["Auteur Een", "Auteur Twee"],
        "subject": ["Armoede"],
        "description": ["Hoe het wijkteam vroeg signaleert."],
        "publisher": ["Werkplaats Elders"],
        "date": ["2025-06-01"],
        "type": ["Handreiking", "Text"],
        "identifier": [f"https://elders.example.org/publicaties/{number}/"],
        "language": ["nl"],
    }
    elements.update(dc)
    dc_xml = "".join(
        f"<dc:{name}>{escape(value)}</dc:{name}>"
        for name, values in elements.items()
        for value in values
    )
    return (
        f"<record><header><identifier>{identifier}</identifier>"
        f"<datestamp>{datestamp}</datestamp><setSpec>kind:handreiking</setSpec></header>"
        '<metadata><oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/"'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"{dc_xml}</oai_dc:dc></metadata></record>"
    )


def list_records(records: list[str], *, token=None, response_date=RESPONSE_DATE) -> bytes:
    token_xml = ""
    if token is not None:
        token_xml = f'<resumptionToken cursor="0">{token}</resumptionToken>'
    return answer(
        f"<ListRecords>{''.join(records)}{token_xml}</ListRecords>", response_date=response_date
    )


def error(code: str, message: str = "", *, response_date=RESPONSE_DATE) -> bytes:
    return answer(f'<error code="{code}">{message}</error>', response_date=response_date)


class FakeSource:
    """A source whose answers a test sets: ``identify`` and a list of ListRecords pages (bytes,
    or an exception to raise) for each harvest, taken in order. ``asked`` keeps every request."""

    def __init__(self, *, identify_answer: bytes | None = None):
        self.identify_answer = identify_answer or identify()
        self.pages: list = []
        self.asked: list[dict[str, str]] = []

    def __call__(self, base_url: str, params: dict[str, str]) -> bytes:
        self.asked.append(dict(params))
        answer_ = self.identify_answer if params["verb"] == "Identify" else self.pages.pop(0)
        if isinstance(answer_, Exception):
            raise answer_
        return answer_

    def list_requests(self) -> list[dict[str, str]]:
        return [params for params in self.asked if params["verb"] == "ListRecords"]
