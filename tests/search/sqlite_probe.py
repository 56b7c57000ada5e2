"""Run by ``test_sqlite_engine`` in a separate process on a fresh SQLite file: prints JSON."""

import json
from dataclasses import replace

from django.utils import timezone

from search.documents import SearchDocument, SearchKind, register
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


class ForumTopicKind(SearchKind):  # a kind with a facet of its own (not the community's "thread")
    name = "forum_topic"
    facets = {"answered": "Answered"}


register(ForumTopicKind())
engine.insert(
    [
        replace(document(key, "en", title, "Asked."), kind="forum_topic", facets=(("answered", a),))
        for key, title, a in [("t1", "Zeppelin mast", "yes"), ("t2", "Zeppelin hangar", "no")]
    ]
    + [
        replace(
            document("t3", "en", "Zeppelin crew", "Asked.", ("staff",)),
            kind="forum_topic",
            facets=(("answered", "yes"),),
        ),
        document("w", "en", "Harbour log", "A zeppelin passed the dirigible mast at dawn."),
        *(
            document(f"z{i}", "en", "Zeppelin zeppelin", "Zeppelin over the bay, zeppelin again.")
            for i in range(3)
        ),
    ]
)


def keys(text, locale, principals=("public",), filters=()):
    query = SearchQuery(text=text, locale=locale, principals=principals, filters=filters)
    found = engine.search(query)
    return {
        "keys": [h.doc_id.split(":")[1] for h in found.hits],
        "total": found.total,
        **({"answered": dict(found.facets["answered"])} if found.facets["answered"] else {}),
    }


print(
    json.dumps(
        {
            "invoice_public": keys("invoice", "en"),
            "invoice_member": keys("invoice", "en", ("public", "segment:1")),
            "bill": keys("bill", "en"),
            "racun": keys("racun", "hr"),
            "fapiao": keys("发票", "zh-hans"),
            "answered": keys("asked", "en", filters=(("answered", "yes"),)),
            "answered_staff": keys("asked", "en", ("public", "staff"), (("answered", "yes"),)),
            "asked": keys("asked", "en"),
            "widened": keys("zeppelin dirigible", "en"),
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
