"""Run by ``test_sqlite_engine`` in a separate process on a fresh SQLite file: prints JSON."""

import json

from django.utils import timezone

from search.documents import SearchDocument
from search.engines.database import DatabaseEngine
from search.query import SearchQuery


def document(key, locale, title, body, principals=("public",)):
    now = timezone.now()
    return SearchDocument(
        kind="article",
        key=key,
        locale=locale,
        title=title,
        body=body,
        url=f"/{locale}/{key}/",
        principals=principals,
        created_at=now,
        updated_at=now,
        tags=("billing",),
        category="Billing",
    )


engine = DatabaseEngine()
engine.insert(
    [
        document("a", "en", "Create an invoice", "Turn tracked hours into an invoice."),
        document("b", "hr", "Izradite račun", "Pošaljite račun klijentu."),
        document("c", "zh-hans", "创建发票", "将已批准的工时转为客户发票。"),
        document("d", "en", "Single sign-on", "Invoice admins may use SAML.", ("segment:1",)),
    ]
)
engine.write({("article", "a"): [document("a", "en", "Create a bill", "Bills from hours.")]})


def keys(text, locale, principals=("public",)):
    found = engine.search(SearchQuery(text=text, locale=locale, principals=principals))
    return {"keys": [h.doc_id.split(":")[1] for h in found.hits], "total": found.total}


print(
    json.dumps(
        {
            "invoice_public": keys("invoice", "en"),
            "invoice_member": keys("invoice", "en", ("public", "segment:1")),
            "bill": keys("bill", "en"),
            "racun": keys("racun", "hr"),
            "fapiao": keys("发票", "zh-hans"),
            "suggest": [
                s.title
                for s in engine.suggest(
                    SearchQuery(text="creat", locale="en", principals=("public",))
                )
            ],
            "snippet": engine.search(SearchQuery(text="racun", locale="hr", principals=("public",)))
            .hits[0]
            .snippet,
        }
    )
)
