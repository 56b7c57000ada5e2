"""Judged search queries for evaluating help-center search on the demo knowledge base.

The queries are what a visitor might type into the search box of the demo help center built
from ``demo/content/``: short keyword queries, a few natural questions, light English typos,
inflected forms that need stemming, Croatian typed without diacritics and two-character
Chinese queries. They are meant for ranking metrics such as MRR and nDCG@5, run as an
anonymous visitor in the query's locale.

Each entry has:

- ``locale``: the language the query is typed in (en, sv, nb, hr or zh-hans).
- ``query``: the raw text as typed.
- ``relevant``: article keys (the slug of the article in every locale) mapped to a graded
  relevance. 3 means the article answers the query and should rank first; 1 means the article
  is also useful, for example because it covers the same task in passing. Articles not listed
  count as 0. Only public articles are judged, because restricted articles (signed-in users or
  the Enterprise segment) are not visible to the anonymous visitor running the evaluation.

Optional flags describe what makes a query hard, so results can be broken down by kind:

- ``typo``: the English query has a light misspelling.
- ``inflected``: the query uses another inflection than the article text (plural or singular,
  verb form), so it only matches after stemming.
- ``folded``: the Croatian query omits diacritics that the article text has (``racun`` for
  ``račun``).
- ``two_chars``: the Chinese query is exactly two Han characters found in the target article's
  Chinese title or body.
- ``fallback``: the target article has no translation in the query's locale, so the search is
  expected to fall back to the English source; the query uses terms found in the English text.
"""

JUDGED_QUERIES = [
    # English
    {"locale": "en", "query": "reset password", "relevant": {"reset-your-password": 3}},
    {
        "locale": "en",
        "query": "pasword reset",
        "relevant": {"reset-your-password": 3},
        "typo": True,
    },
    {
        "locale": "en",
        "query": "exporting reports",
        "relevant": {"export-reports": 3, "cancel-your-subscription": 1},
        "inflected": True,
    },
    {
        "locale": "en",
        "query": "approving timesheets",
        "relevant": {"approve-timesheets": 3, "submit-your-timesheet": 1},
        "inflected": True,
    },
    {
        "locale": "en",
        "query": "invite teammate",
        "relevant": {"invite-teammates": 3},
        "inflected": True,
    },
    {
        "locale": "en",
        "query": "webhook signature",
        "relevant": {"receive-events-with-webhooks": 3},
        "inflected": True,
    },
    {
        "locale": "en",
        "query": "api rate limit",
        "relevant": {"api-rate-limits-and-pagination": 3},
    },
    {
        "locale": "en",
        "query": "credit notes",
        "relevant": {"void-or-credit-an-invoice": 3},
        "inflected": True,
    },
    {
        "locale": "en",
        "query": "overtime",
        "relevant": {"overtime-rules": 3, "approve-timesheets": 1},
    },
    {"locale": "en", "query": "VAT", "relevant": {"taxes-and-currencies": 3}},
    {"locale": "en", "query": "backup codes", "relevant": {"two-factor-sign-in": 3}},
    {
        "locale": "en",
        "query": "transfer ownership",
        "relevant": {"transfer-workspace-ownership": 3},
    },
    {
        "locale": "en",
        "query": "quickbooks sycn",
        "relevant": {"connect-accounting-software": 3, "fix-accounting-sync-errors": 1},
        "typo": True,
    },
    {
        "locale": "en",
        "query": "lock timsheet period",
        "relevant": {"lock-timesheet-periods": 3},
        "typo": True,
    },
    {
        "locale": "en",
        "query": "how do I cancel my subscription",
        "relevant": {"cancel-your-subscription": 3},
    },
    {
        "locale": "en",
        "query": "can I approve timesheets from my phone",
        "relevant": {"approve-timesheets": 3, "install-the-mobile-apps": 1},
    },
    {
        "locale": "en",
        "query": "gdpr personal data",
        "relevant": {"export-or-delete-your-personal-data": 3},
    },
    # Swedish
    {"locale": "sv", "query": "återställ lösenord", "relevant": {"reset-your-password": 3}},
    {
        "locale": "sv",
        "query": "exportera rapport",
        "relevant": {"export-reports": 3, "cancel-your-subscription": 1},
        "inflected": True,
    },
    {
        "locale": "sv",
        "query": "godkänna tidrapport",
        "relevant": {"approve-timesheets": 3, "submit-your-timesheet": 1},
    },
    {"locale": "sv", "query": "kreditfaktura", "relevant": {"void-or-credit-an-invoice": 3}},
    {
        "locale": "sv",
        "query": "övertid",
        "relevant": {"overtime-rules": 3, "approve-timesheets": 1},
    },
    {
        "locale": "sv",
        "query": "bjuda in kollega",
        "relevant": {"invite-teammates": 3},
        "inflected": True,
    },
    {
        "locale": "sv",
        "query": "påminnelse obetald faktura",
        "relevant": {"payment-reminders": 3},
        "inflected": True,
    },
    {
        "locale": "sv",
        "query": "synkroniseringsfel",
        "relevant": {"fix-accounting-sync-errors": 3},
    },
    {"locale": "sv", "query": "tvåstegsverifiering", "relevant": {"two-factor-sign-in": 3}},
    {
        "locale": "sv",
        "query": "hur exporterar jag mina personuppgifter",
        "relevant": {"export-or-delete-your-personal-data": 3},
        "inflected": True,
    },
    # Norwegian Bokmål
    {
        "locale": "nb",
        "query": "tilbakestille passord",
        "relevant": {"reset-your-password": 3},
        "inflected": True,
    },
    {
        "locale": "nb",
        "query": "godkjenne timeliste",
        "relevant": {"approve-timesheets": 3, "submit-your-timesheet": 1},
    },
    {
        "locale": "nb",
        "query": "eksportere rapporter",
        "relevant": {"export-reports": 3, "cancel-your-subscription": 1},
    },
    {"locale": "nb", "query": "kreditnota", "relevant": {"void-or-credit-an-invoice": 3}},
    {"locale": "nb", "query": "purregebyr", "relevant": {"payment-reminders": 3}},
    {
        "locale": "nb",
        "query": "tidtaker",
        "relevant": {"track-time-with-the-timer": 3, "install-the-mobile-apps": 1},
    },
    {
        "locale": "nb",
        "query": "overtid",
        "relevant": {"overtime-rules": 3, "approve-timesheets": 1},
    },
    {"locale": "nb", "query": "totrinnsbekreftelse", "relevant": {"two-factor-sign-in": 3}},
    {
        "locale": "nb",
        "query": "låse timelister",
        "relevant": {"lock-timesheet-periods": 3},
        "inflected": True,
    },
    {
        "locale": "nb",
        "query": "hvordan kobler jeg til regnskapsprogram",
        "relevant": {"connect-accounting-software": 3, "fix-accounting-sync-errors": 1},
        "inflected": True,
    },
    # Croatian
    {
        "locale": "hr",
        "query": "stornirati racun",
        "relevant": {"void-or-credit-an-invoice": 3, "create-an-invoice": 1},
        "folded": True,
    },
    {
        "locale": "hr",
        "query": "knjizno odobrenje",
        "relevant": {"void-or-credit-an-invoice": 3},
        "folded": True,
    },
    {
        "locale": "hr",
        "query": "stoperica",
        "relevant": {"track-time-with-the-timer": 3, "install-the-mobile-apps": 1},
        "folded": True,
    },
    {
        "locale": "hr",
        "query": "zakljucavanje razdoblja",
        "relevant": {"lock-timesheet-periods": 3},
        "folded": True,
    },
    {
        "locale": "hr",
        "query": "izvjestaj csv",
        "relevant": {"export-reports": 3},
        "folded": True,
    },
    {
        "locale": "hr",
        "query": "zaboravljena lozinka",
        "relevant": {"reset-your-password": 3},
        "inflected": True,
    },
    {
        "locale": "hr",
        "query": "pogreške sinkronizacije",
        "relevant": {"fix-accounting-sync-errors": 3, "connect-accounting-software": 1},
    },
    {
        "locale": "hr",
        "query": "podsjetnik za plaćanje",
        "relevant": {"payment-reminders": 3},
    },
    {"locale": "hr", "query": "porez PDV", "relevant": {"taxes-and-currencies": 3}},
    {
        "locale": "hr",
        "query": "prekovremeni rad",
        "relevant": {"overtime-rules": 3, "approve-timesheets": 1},
    },
    {
        "locale": "hr",
        "query": "prijava u dva koraka",
        "relevant": {"two-factor-sign-in": 3},
        "inflected": True,
    },
    {
        "locale": "hr",
        "query": "GDPR",
        "relevant": {"export-or-delete-your-personal-data": 3},
        "fallback": True,
    },
    # Simplified Chinese
    {
        "locale": "zh-hans",
        "query": "加班",
        "relevant": {"overtime-rules": 3, "approve-timesheets": 1},
        "two_chars": True,
    },
    {
        "locale": "zh-hans",
        "query": "作废",
        "relevant": {"void-or-credit-an-invoice": 3, "create-an-invoice": 1},
        "two_chars": True,
    },
    {
        "locale": "zh-hans",
        "query": "重置",
        "relevant": {"reset-your-password": 3, "two-factor-sign-in": 1},
        "two_chars": True,
    },
    {
        "locale": "zh-hans",
        "query": "离线",
        "relevant": {"mobile-offline-mode": 3},
        "two_chars": True,
    },
    {
        "locale": "zh-hans",
        "query": "汇率",
        "relevant": {"taxes-and-currencies": 3},
        "two_chars": True,
    },
    {
        "locale": "zh-hans",
        "query": "锁定",
        "relevant": {"lock-timesheet-periods": 3, "add-and-edit-time-entries": 1},
        "two_chars": True,
    },
    {
        "locale": "zh-hans",
        "query": "令牌",
        "relevant": {"create-an-api-token": 3, "api-rate-limits-and-pagination": 1},
        "two_chars": True,
    },
    {
        "locale": "zh-hans",
        "query": "邀请",
        "relevant": {"invite-teammates": 3, "create-your-workspace": 1},
        "two_chars": True,
    },
    {"locale": "zh-hans", "query": "取消订阅", "relevant": {"cancel-your-subscription": 3}},
    {"locale": "zh-hans", "query": "忘记密码怎么办", "relevant": {"reset-your-password": 3}},
    {
        "locale": "zh-hans",
        "query": "批准工时表",
        "relevant": {"approve-timesheets": 3, "submit-your-timesheet": 1},
    },
    {
        "locale": "zh-hans",
        "query": "连接会计软件",
        "relevant": {"connect-accounting-software": 3, "fix-accounting-sync-errors": 1},
    },
    {"locale": "zh-hans", "query": "双重验证", "relevant": {"two-factor-sign-in": 3}},
    {"locale": "zh-hans", "query": "付款提醒", "relevant": {"payment-reminders": 3}},
    {
        "locale": "zh-hans",
        "query": "GDPR",
        "relevant": {"export-or-delete-your-personal-data": 3},
        "fallback": True,
    },
]
