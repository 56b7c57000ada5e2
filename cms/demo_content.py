"""Demo knowledge base for Tallyboard, a fictional time-tracking and invoicing service.

Every text is given in the five portal locales; ``cms.demo_kb`` turns it into pages.
"""

CATEGORIES = [
    {
        "key": "getting-started",
        "icon": "rocket",
        "title": {
            "en": "Getting started",
            "sv": "Kom igång",
            "nb": "Kom i gang",
            "hr": "Prvi koraci",
            "zh-hans": "入门",
        },
        "description": {
            "en": "Set up a workspace and track your first hours.",
            "sv": "Skapa en arbetsyta och registrera dina första timmar.",
            "nb": "Opprett et arbeidsområde og registrer de første timene.",
            "hr": "Postavite radni prostor i zabilježite prve sate.",
            "zh-hans": "创建工作区并记录您的第一批工时。",
        },
    },
    {
        "key": "billing",
        "icon": "receipt",
        "title": {
            "en": "Invoices and billing",
            "sv": "Fakturor och betalning",
            "nb": "Fakturaer og betaling",
            "hr": "Računi i naplata",
            "zh-hans": "发票与账单",
        },
        "description": {
            "en": "Turn approved hours into invoices and get paid.",
            "sv": "Gör godkända timmar till fakturor och få betalt.",
            "nb": "Gjør godkjente timer om til fakturaer og få betalt.",
            "hr": "Pretvorite odobrene sate u račune i naplatite ih.",
            "zh-hans": "将已批准的工时转为发票并收款。",
        },
    },
]

ARTICLES = [
    {
        "key": "track-time-with-the-timer",
        "category": "getting-started",
        "tags": ["timer", "timesheet"],
        "products": ["web", "mobile"],
        "access": "public",
        "title": {
            "en": "Track time with the timer",
            "sv": "Registrera tid med timern",
            "nb": "Registrer tid med tidtakeren",
            "hr": "Bilježenje vremena štopericom",
            "zh-hans": "使用计时器记录工时",
        },
        "summary": {
            "en": "Start, pause and stop the timer so every minute lands on the right project.",
            "sv": "Starta, pausa och stoppa timern så att varje minut hamnar på rätt projekt.",
            "nb": "Start, sett på pause og stopp tidtakeren så hvert minutt havner på riktig "
            "prosjekt.",
            "hr": "Pokrenite, pauzirajte i zaustavite štopericu da svaka minuta ide na pravi "
            "projekt.",
            "zh-hans": "开始、暂停和停止计时器，让每一分钟都记到正确的项目上。",
        },
        "body": [
            (
                "paragraph",
                {
                    "en": "The timer sits at the top of every page, so you can start it "
                    "wherever you are.",
                    "sv": "Timern finns högst upp på varje sida, så du kan starta den var du "
                    "än är.",
                    "nb": "Tidtakeren ligger øverst på hver side, så du kan starte den uansett "
                    "hvor du er.",
                    "hr": "Štoperica se nalazi na vrhu svake stranice pa je možete pokrenuti "
                    "bilo gdje.",
                    "zh-hans": "计时器位于每个页面的顶部，您可以随时随地启动它。",
                },
            ),
            (
                "steps",
                [
                    {
                        "en": "Pick a project and a task.",
                        "sv": "Välj ett projekt och en uppgift.",
                        "nb": "Velg et prosjekt og en oppgave.",
                        "hr": "Odaberite projekt i zadatak.",
                        "zh-hans": "选择一个项目和任务。",
                    },
                    {
                        "en": "Press Start and get to work.",
                        "sv": "Tryck på Starta och sätt igång.",
                        "nb": "Trykk på Start og sett i gang.",
                        "hr": "Pritisnite Pokreni i počnite raditi.",
                        "zh-hans": "点击开始，然后开始工作。",
                    },
                    {
                        "en": "Press Stop to save the entry to your timesheet.",
                        "sv": "Tryck på Stoppa för att spara posten i din tidrapport.",
                        "nb": "Trykk på Stopp for å lagre oppføringen i timelisten din.",
                        "hr": "Pritisnite Zaustavi da biste unos spremili u evidenciju sati.",
                        "zh-hans": "点击停止，将记录保存到您的工时表中。",
                    },
                ],
            ),
            (
                "callout",
                "tip",
                {
                    "en": "Forgot to stop the timer? Edit the entry afterwards; nothing is lost.",
                    "sv": "Glömde du stoppa timern? Redigera posten efteråt, inget går förlorat.",
                    "nb": "Glemte du å stoppe tidtakeren? Rediger oppføringen etterpå, ingenting "
                    "går tapt.",
                    "hr": "Zaboravili ste zaustaviti štopericu? Uredite unos naknadno, ništa se "
                    "ne gubi.",
                    "zh-hans": "忘记停止计时器？之后编辑该记录即可，不会丢失任何数据。",
                },
            ),
        ],
    },
    {
        "key": "reset-your-password",
        "category": "getting-started",
        "tags": ["password", "sign-in"],
        "products": ["web"],
        "access": "public",
        "title": {
            "en": "Reset your password",
            "sv": "Återställ ditt lösenord",
            "nb": "Tilbakestill passordet ditt",
            "hr": "Ponovno postavljanje lozinke",
            "zh-hans": "重置密码",
        },
        "summary": {
            "en": "Get back into your account with a reset link sent by email.",
            "sv": "Kom tillbaka in på ditt konto med en återställningslänk via e-post.",
            "nb": "Kom inn på kontoen igjen med en tilbakestillingslenke på e-post.",
            "hr": "Vratite se u svoj račun pomoću poveznice poslane e-poštom.",
            "zh-hans": "通过电子邮件中的重置链接重新登录您的账户。",
        },
        "body": [
            (
                "paragraph",
                {
                    "en": "A reset link works once and expires after one hour.",
                    "sv": "En återställningslänk fungerar en gång och slutar gälla efter en timme.",
                    "nb": "En tilbakestillingslenke virker én gang og utløper etter én time.",
                    "hr": "Poveznica za ponovno postavljanje radi jednom i istječe nakon sat "
                    "vremena.",
                    "zh-hans": "重置链接只能使用一次，一小时后失效。",
                },
            ),
            (
                "faq",
                [
                    (
                        {
                            "en": "The email never arrived. What now?",
                            "sv": "E-postmeddelandet kom aldrig. Vad gör jag nu?",
                            "nb": "E-posten kom aldri. Hva gjør jeg nå?",
                            "hr": "E-poruka nije stigla. Što sada?",
                            "zh-hans": "一直没有收到邮件，怎么办？",
                        },
                        {
                            "en": "Check your spam folder, then ask your workspace owner to "
                            "confirm your address.",
                            "sv": "Titta i skräpposten och be sedan arbetsytans ägare att "
                            "bekräfta din adress.",
                            "nb": "Sjekk søppelposten, og be deretter eieren av arbeidsområdet "
                            "om å bekrefte adressen din.",
                            "hr": "Provjerite mapu neželjene pošte, a zatim zamolite vlasnika "
                            "radnog prostora da potvrdi vašu adresu.",
                            "zh-hans": "请检查垃圾邮件文件夹，然后请工作区所有者确认您的地址。",
                        },
                    ),
                ],
            ),
        ],
    },
    {
        "key": "create-an-invoice",
        "category": "billing",
        "tags": ["invoice"],
        "products": ["web"],
        "access": "authenticated",
        "title": {
            "en": "Create an invoice from approved hours",
            "sv": "Skapa en faktura från godkända timmar",
            "nb": "Lag en faktura fra godkjente timer",
            "hr": "Izrada računa iz odobrenih sati",
            "zh-hans": "根据已批准的工时创建发票",
        },
        "summary": {
            "en": "Collect a client's approved hours into one invoice and send it.",
            "sv": "Samla en kunds godkända timmar i en faktura och skicka den.",
            "nb": "Samle en kundes godkjente timer i én faktura og send den.",
            "hr": "Skupite odobrene sate klijenta u jedan račun i pošaljite ga.",
            "zh-hans": "将客户的已批准工时汇总为一张发票并发送。",
        },
        "body": [
            (
                "paragraph",
                {
                    "en": "Only hours that a manager approved can go on an invoice.",
                    "sv": "Bara timmar som en chef har godkänt kan faktureras.",
                    "nb": "Bare timer som en leder har godkjent, kan faktureres.",
                    "hr": "Na račun mogu ići samo sati koje je odobrio voditelj.",
                    "zh-hans": "只有经理批准的工时才能开具发票。",
                },
            ),
            (
                "steps",
                [
                    {
                        "en": "Open Invoices and choose New invoice.",
                        "sv": "Öppna Fakturor och välj Ny faktura.",
                        "nb": "Åpne Fakturaer og velg Ny faktura.",
                        "hr": "Otvorite Računi i odaberite Novi račun.",
                        "zh-hans": "打开“发票”，选择“新建发票”。",
                    },
                    {
                        "en": "Pick the client and the period.",
                        "sv": "Välj kund och period.",
                        "nb": "Velg kunde og periode.",
                        "hr": "Odaberite klijenta i razdoblje.",
                        "zh-hans": "选择客户和时间段。",
                    },
                ],
            ),
        ],
    },
    {
        "key": "single-sign-on",
        "category": "billing",
        "tags": ["sso", "security"],
        "products": ["web", "integrations"],
        "access": "segment:enterprise",
        "title": {
            "en": "Set up single sign-on",
            "sv": "Konfigurera enkel inloggning",
            "nb": "Sett opp enkel pålogging",
            "hr": "Postavljanje jedinstvene prijave",
            "zh-hans": "设置单点登录",
        },
        "summary": {
            "en": "Let your team sign in with your company identity provider.",
            "sv": "Låt teamet logga in med företagets identitetsleverantör.",
            "nb": "La teamet logge på med bedriftens identitetsleverandør.",
            "hr": "Omogućite timu prijavu putem davatelja identiteta vaše tvrtke.",
            "zh-hans": "让您的团队使用公司的身份提供商登录。",
        },
        "body": [
            (
                "paragraph",
                {
                    "en": "Single sign-on is part of the Enterprise plan.",
                    "sv": "Enkel inloggning ingår i Enterprise-planen.",
                    "nb": "Enkel pålogging er en del av Enterprise-planen.",
                    "hr": "Jedinstvena prijava dio je paketa Enterprise.",
                    "zh-hans": "单点登录属于企业版套餐。",
                },
            ),
            (
                "steps",
                [
                    {
                        "en": "Copy the callback address from Settings, Security.",
                        "sv": "Kopiera återanropsadressen från Inställningar, Säkerhet.",
                        "nb": "Kopier tilbakekallingsadressen fra Innstillinger, Sikkerhet.",
                        "hr": "Kopirajte povratnu adresu iz Postavke, Sigurnost.",
                        "zh-hans": "从“设置 > 安全”中复制回调地址。",
                    },
                    {
                        "en": "Paste it into your identity provider and save.",
                        "sv": "Klistra in den hos identitetsleverantören och spara.",
                        "nb": "Lim den inn hos identitetsleverandøren og lagre.",
                        "hr": "Zalijepite je kod davatelja identiteta i spremite.",
                        "zh-hans": "将其粘贴到身份提供商中并保存。",
                    },
                ],
            ),
        ],
    },
]
