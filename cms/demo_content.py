"""Demo help-center content for Tallyboard, a fictional time-tracking and invoicing SaaS.

Pure data with no imports. Every user-facing text is a dict with the locales en, sv,
nb, hr and zh-hans. CATEGORIES holds the six help-center sections. ARTICLES holds the
articles; each body is a list of blocks whose first item names the block type:

- paragraph: (type, text)
- heading: (type, text)
- steps: (type, [text, ...])
- callout: (type, kind, text), where kind is note, tip or warning
- code: (type, language, source), never translated
- faq: (type, [(question, answer), ...])

Access is public, authenticated, or segment:enterprise. ``cms.demo_kb`` turns this data into
knowledge-base pages.
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
            "zh-hans": "快速入门",
        },
        "description": {
            "en": "Set up your workspace, invite your team and track your first hours.",
            "sv": "Skapa din arbetsyta, bjud in ditt team och registrera dina första timmar.",
            "nb": "Opprett arbeidsområdet, inviter teamet og før de første timene dine.",
            "hr": "Postavite radni prostor, pozovite tim i zabilježite prve sate rada.",
            "zh-hans": "创建工作区、邀请团队成员并记录第一批工时。",
        },
    },
    {
        "key": "account-and-billing",
        "icon": "user",
        "title": {
            "en": "Account and billing",
            "sv": "Konto och fakturering",
            "nb": "Konto og fakturering",
            "hr": "Korisnički račun i naplata",
            "zh-hans": "账户与账单",
        },
        "description": {
            "en": "Manage your profile, team roles, your plan and payment details.",
            "sv": "Hantera din profil, teamroller, ditt abonnemang och dina betalningsuppgifter.",
            "nb": "Administrer profilen din, teamroller, abonnementet og betalingsopplysningene.",
            "hr": "Upravljajte profilom, ulogama u timu, paketom i podacima za plaćanje.",
            "zh-hans": "管理个人资料、团队角色、套餐和付款信息。",
        },
    },
    {
        "key": "time-tracking",
        "icon": "clock",
        "title": {
            "en": "Time tracking and timesheets",
            "sv": "Tidsregistrering och tidrapporter",
            "nb": "Timeføring og timelister",
            "hr": "Praćenje vremena i evidencija sati",
            "zh-hans": "时间跟踪与工时表",
        },
        "description": {
            "en": "Track hours with the timer, fix entries and get timesheets approved.",
            "sv": "Registrera timmar med timern, rätta poster och få tidrapporter godkända.",
            "nb": "Før timer med tidtakeren, rett opp føringer og få timelister godkjent.",
            "hr": (
                "Bilježite sate štopericom, ispravljajte unose i šaljite evidencije sati na "
                "odobrenje."
            ),
            "zh-hans": "使用计时器记录工时、修改记录并完成工时表审批。",
        },
    },
    {
        "key": "invoices-and-reports",
        "icon": "receipt",
        "title": {
            "en": "Invoices and reports",
            "sv": "Fakturor och rapporter",
            "nb": "Fakturaer og rapporter",
            "hr": "Računi i izvještaji",
            "zh-hans": "发票与报表",
        },
        "description": {
            "en": "Turn approved hours into invoices, handle taxes and export reports.",
            "sv": "Gör godkända timmar till fakturor, hantera moms och exportera rapporter.",
            "nb": "Gjør godkjente timer om til fakturaer, håndter mva. og eksporter rapporter.",
            "hr": "Pretvorite odobrene sate u račune, upravljajte porezima i izvozite izvještaje.",
            "zh-hans": "将已批准的工时转为发票、处理税费并导出报表。",
        },
    },
    {
        "key": "integrations-and-api",
        "icon": "plug",
        "title": {
            "en": "Integrations and API",
            "sv": "Integrationer och API",
            "nb": "Integrasjoner og API",
            "hr": "Integracije i API",
            "zh-hans": "集成与 API",
        },
        "description": {
            "en": "Connect accounting tools, use webhooks and build on the Tallyboard API.",
            "sv": (
                "Koppla ihop bokföringsprogram, använd webhooks och bygg vidare på Tallyboards API."
            ),
            "nb": (
                "Koble til regnskapsprogrammer, bruk webhooks og bygg videre på Tallyboard-API-et."
            ),
            "hr": (
                "Povežite računovodstvene alate, koristite webhookove i gradite na Tallyboard "
                "API-ju."
            ),
            "zh-hans": "连接会计工具、使用 Webhook，并基于 Tallyboard API 进行开发。",
        },
    },
    {
        "key": "security-and-admin",
        "icon": "shield",
        "title": {
            "en": "Security and administration",
            "sv": "Säkerhet och administration",
            "nb": "Sikkerhet og administrasjon",
            "hr": "Sigurnost i administracija",
            "zh-hans": "安全与管理",
        },
        "description": {
            "en": "Protect sign-ins, control access and manage how long your data is kept.",
            "sv": "Skydda inloggningar, styr åtkomst och bestäm hur länge data sparas.",
            "nb": "Beskytt pålogginger, styr tilgang og bestem hvor lenge data lagres.",
            "hr": (
                "Zaštitite prijave, upravljajte pristupom i odredite koliko dugo se podaci čuvaju."
            ),
            "zh-hans": "保护登录安全、控制访问权限并管理数据保留期限。",
        },
    },
]

ARTICLES = [
    {
        "key": "create-your-workspace",
        "category": "getting-started",
        "tags": ["setup", "workspace", "sign-up"],
        "products": ["web"],
        "access": "public",
        "title": {
            "en": "Sign up and create your workspace",
            "sv": "Registrera dig och skapa din arbetsyta",
            "nb": "Registrer deg og opprett arbeidsområdet ditt",
            "hr": "Registrirajte se i izradite radni prostor",
            "zh-hans": "注册并创建工作区",
        },
        "summary": {
            "en": (
                "Create a free Tallyboard account and set up a workspace for your team in a few "
                "minutes."
            ),
            "sv": (
                "Skapa ett kostnadsfritt Tallyboard-konto och sätt upp en arbetsyta för ditt team "
                "på några minuter."
            ),
            "nb": (
                "Opprett en gratis Tallyboard-konto og sett opp et arbeidsområde for teamet ditt "
                "på noen få minutter."
            ),
            "hr": (
                "Otvorite besplatan korisnički račun na Tallyboardu i za nekoliko minuta postavite "
                "radni prostor za svoj tim."
            ),
            "zh-hans": "几分钟内即可注册免费的 Tallyboard 账户，并为团队创建工作区。",
        },
        "body": [
            (
                "paragraph",
                {
                    "en": (
                        "A workspace holds your projects, clients, time entries and invoices. "
                        "Everyone you invite joins the same workspace."
                    ),
                    "sv": (
                        "En arbetsyta samlar dina projekt, kunder, tidsposter och fakturor. Alla "
                        "du bjuder in ansluter till samma arbetsyta."
                    ),
                    "nb": (
                        "Et arbeidsområde samler prosjekter, kunder, timeføringer og fakturaer. "
                        "Alle du inviterer, blir med i det samme arbeidsområdet."
                    ),
                    "hr": (
                        "Radni prostor sadrži vaše projekte, klijente, unose vremena i račune. Svi "
                        "koje pozovete pridružuju se istom radnom prostoru."
                    ),
                    "zh-hans": (
                        "工作区包含您的项目、客户、工时记录和发票。您邀请的所有成员都会加入同一个工"
                        "作区。"
                    ),
                },
            ),
            (
                "heading",
                {
                    "en": "Create your account",
                    "sv": "Skapa ditt konto",
                    "nb": "Opprett kontoen din",
                    "hr": "Izradite korisnički račun",
                    "zh-hans": "创建账户",
                },
            ),
            (
                "steps",
                [
                    {
                        "en": "Go to tallyboard.example and select Sign up.",
                        "sv": "Gå till tallyboard.example och välj Registrera dig.",
                        "nb": "Gå til tallyboard.example og velg Registrer deg.",
                        "hr": "Otvorite tallyboard.example i odaberite Registracija.",
                        "zh-hans": "访问 tallyboard.example 并点击“注册”。",
                    },
                    {
                        "en": (
                            "Enter your work email and choose a password, or continue with Google."
                        ),
                        "sv": (
                            "Ange din e-postadress på jobbet och välj ett lösenord, eller fortsätt "
                            "med Google."
                        ),
                        "nb": (
                            "Skriv inn jobb-e-posten din og velg et passord, eller fortsett med "
                            "Google."
                        ),
                        "hr": (
                            "Unesite poslovnu e-adresu i odaberite lozinku ili nastavite putem "
                            "Googlea."
                        ),
                        "zh-hans": "输入工作邮箱并设置密码，或使用 Google 账号继续。",
                    },
                    {
                        "en": "Confirm your email address with the link we send you.",
                        "sv": "Bekräfta din e-postadress via länken vi skickar till dig.",
                        "nb": "Bekreft e-postadressen din med lenken vi sender deg.",
                        "hr": "Potvrdite e-adresu putem poveznice koju vam pošaljemo.",
                        "zh-hans": "点击我们发送给您的链接，验证邮箱地址。",
                    },
                    {
                        "en": (
                            "Name your workspace, pick your time zone and set the default currency."
                        ),
                        "sv": "Namnge arbetsytan, välj tidszon och ange standardvaluta.",
                        "nb": "Gi arbeidsområdet et navn, velg tidssone og angi standardvaluta.",
                        "hr": (
                            "Imenujte radni prostor, odaberite vremensku zonu i postavite zadanu "
                            "valutu."
                        ),
                        "zh-hans": "为工作区命名，选择时区并设置默认货币。",
                    },
                ],
            ),
            (
                "callout",
                "tip",
                {
                    "en": (
                        "You can rename the workspace and change its time zone later under "
                        "Settings → General."
                    ),
                    "sv": (
                        "Du kan byta namn på arbetsytan och ändra tidszon senare under "
                        "Inställningar → Allmänt."
                    ),
                    "nb": (
                        "Du kan endre navn og tidssone for arbeidsområdet senere under "
                        "Innstillinger → Generelt."
                    ),
                    "hr": (
                        "Naziv i vremensku zonu radnog prostora možete kasnije promijeniti u "
                        "Postavke → Općenito."
                    ),
                    "zh-hans": "之后可以在“设置 → 常规”中修改工作区名称和时区。",
                },
            ),
            (
                "faq",
                [
                    (
                        {
                            "en": "Is the Free plan really free?",
                            "sv": "Är Free-abonnemanget verkligen gratis?",
                            "nb": "Er Free-abonnementet virkelig gratis?",
                            "hr": "Je li paket Free zaista besplatan?",
                            "zh-hans": "免费版真的免费吗？",
                        },
                        {
                            "en": (
                                "Yes. The Free plan has no time limit and covers up to three users "
                                "and two active projects."
                            ),
                            "sv": (
                                "Ja. Free-abonnemanget har ingen tidsgräns och omfattar upp till "
                                "tre användare och två aktiva projekt."
                            ),
                            "nb": (
                                "Ja. Free-abonnementet har ingen tidsbegrensning og dekker opptil "
                                "tre brukere og to aktive prosjekter."
                            ),
                            "hr": (
                                "Da. Paket Free nema vremensko ograničenje i uključuje do tri "
                                "korisnika i dva aktivna projekta."
                            ),
                            "zh-hans": (
                                "是的。免费版没有使用期限，最多支持三名用户和两个进行中的项目。"
                            ),
                        },
                    ),
                    (
                        {
                            "en": "Can I belong to more than one workspace?",
                            "sv": "Kan jag tillhöra mer än en arbetsyta?",
                            "nb": "Kan jeg være med i mer enn ett arbeidsområde?",
                            "hr": "Mogu li biti član više radnih prostora?",
                            "zh-hans": "我可以加入多个工作区吗？",
                        },
                        {
                            "en": (
                                "Yes. Use the workspace switcher in the top-left corner to move "
                                "between them."
                            ),
                            "sv": (
                                "Ja. Använd arbetsyteväljaren i det övre vänstra hörnet för att "
                                "växla mellan dem."
                            ),
                            "nb": (
                                "Ja. Bruk arbeidsområdevelgeren øverst til venstre for å bytte "
                                "mellom dem."
                            ),
                            "hr": (
                                "Da. Za prebacivanje koristite izbornik radnih prostora u gornjem "
                                "lijevom kutu."
                            ),
                            "zh-hans": "可以。使用左上角的工作区切换器即可在不同工作区之间切换。",
                        },
                    ),
                ],
            ),
        ],
    },
    {
        "key": "invite-teammates",
        "category": "getting-started",
        "tags": ["team", "invite"],
        "products": ["web"],
        "access": "public",
        "title": {
            "en": "Invite teammates to your workspace",
            "sv": "Bjud in kollegor till din arbetsyta",
            "nb": "Inviter kolleger til arbeidsområdet",
            "hr": "Pozovite suradnike u radni prostor",
            "zh-hans": "邀请同事加入工作区",
        },
        "summary": {
            "en": (
                "Send email invitations or share an invite link so your team can start tracking "
                "time."
            ),
            "sv": (
                "Skicka inbjudningar via e-post eller dela en inbjudningslänk så att teamet kan "
                "börja registrera tid."
            ),
            "nb": (
                "Send invitasjoner på e-post eller del en invitasjonslenke, slik at teamet kan "
                "begynne å føre timer."
            ),
            "hr": (
                "Pošaljite pozivnice e-poštom ili podijelite poveznicu za poziv kako bi tim mogao "
                "početi bilježiti vrijeme."
            ),
            "zh-hans": "通过电子邮件发送邀请或分享邀请链接，让团队开始记录工时。",
        },
        "body": [
            (
                "paragraph",
                {
                    "en": (
                        "Only Owners and Admins can invite people. Each invitation is valid for "
                        "seven days."
                    ),
                    "sv": (
                        "Endast ägare och administratörer kan bjuda in personer. Varje inbjudan "
                        "gäller i sju dagar."
                    ),
                    "nb": (
                        "Bare eiere og administratorer kan invitere personer. Hver invitasjon er "
                        "gyldig i sju dager."
                    ),
                    "hr": (
                        "Samo vlasnici i administratori mogu pozivati nove članove. Svaka "
                        "pozivnica vrijedi sedam dana."
                    ),
                    "zh-hans": "只有所有者和管理员可以邀请成员。每份邀请的有效期为七天。",
                },
            ),
            (
                "steps",
                [
                    {
                        "en": "Open Settings → Team and select Invite people.",
                        "sv": "Öppna Inställningar → Team och välj Bjud in personer.",
                        "nb": "Åpne Innstillinger → Team og velg Inviter personer.",
                        "hr": "Otvorite Postavke → Tim i odaberite Pozovi osobe.",
                        "zh-hans": "打开“设置 → 团队”，点击“邀请成员”。",
                    },
                    {
                        "en": "Enter one or more email addresses, separated by commas.",
                        "sv": "Ange en eller flera e-postadresser, åtskilda med kommatecken.",
                        "nb": "Skriv inn én eller flere e-postadresser, atskilt med komma.",
                        "hr": "Unesite jednu ili više e-adresa odvojenih zarezom.",
                        "zh-hans": "输入一个或多个邮箱地址，用逗号分隔。",
                    },
                    {
                        "en": (
                            "Choose a role for the new members and, if you like, the projects they "
                            "should join."
                        ),
                        "sv": (
                            "Välj en roll för de nya medlemmarna och, om du vill, vilka projekt de "
                            "ska gå med i."
                        ),
                        "nb": (
                            "Velg en rolle for de nye medlemmene og eventuelt hvilke prosjekter de "
                            "skal bli med i."
                        ),
                        "hr": (
                            "Odaberite ulogu za nove članove i, po želji, projekte kojima se "
                            "trebaju pridružiti."
                        ),
                        "zh-hans": "为新成员选择角色，并可选择他们要加入的项目。",
                    },
                    {
                        "en": "Select Send invitations.",
                        "sv": "Välj Skicka inbjudningar.",
                        "nb": "Velg Send invitasjoner.",
                        "hr": "Odaberite Pošalji pozivnice.",
                        "zh-hans": "点击“发送邀请”。",
                    },
                ],
            ),
            (
                "callout",
                "note",
                {
                    "en": (
                        "On the Free plan you can have up to three users. Invitations beyond that "
                        "limit stay pending until you upgrade."
                    ),
                    "sv": (
                        "Med Free-abonnemanget kan du ha upp till tre användare. Inbjudningar "
                        "utöver gränsen väntar tills du uppgraderar."
                    ),
                    "nb": (
                        "Med Free-abonnementet kan du ha opptil tre brukere. Invitasjoner utover "
                        "grensen venter til du oppgraderer."
                    ),
                    "hr": (
                        "U paketu Free možete imati najviše tri korisnika. Pozivnice iznad tog "
                        "ograničenja čekaju dok ne nadogradite paket."
                    ),
                    "zh-hans": (
                        "免费版最多支持三名用户。超出限制的邀请将保持待处理状态，直到您升级套餐。"
                    ),
                },
            ),
            (
                "faq",
                [
                    (
                        {
                            "en": "An invitation email never arrived. What can I do?",
                            "sv": "Ett inbjudningsmejl kom aldrig fram. Vad kan jag göra?",
                            "nb": "En invitasjon på e-post kom aldri frem. Hva kan jeg gjøre?",
                            "hr": "E-poruka s pozivnicom nije stigla. Što mogu učiniti?",
                            "zh-hans": "没有收到邀请邮件怎么办？",
                        },
                        {
                            "en": (
                                "Ask the person to check their spam folder, then resend the "
                                "invitation from Settings → Team or copy the invite link and share "
                                "it directly."
                            ),
                            "sv": (
                                "Be personen kontrollera skräpposten och skicka sedan inbjudan "
                                "igen från Inställningar → Team, eller kopiera inbjudningslänken "
                                "och dela den direkt."
                            ),
                            "nb": (
                                "Be personen sjekke søppelpostmappen, og send deretter "
                                "invitasjonen på nytt fra Innstillinger → Team, eller kopier "
                                "invitasjonslenken og del den direkte."
                            ),
                            "hr": (
                                "Zamolite osobu da provjeri mapu neželjene pošte, a zatim ponovno "
                                "pošaljite pozivnicu iz Postavke → Tim ili kopirajte poveznicu za "
                                "poziv i podijelite je izravno."
                            ),
                            "zh-hans": (
                                "请对方检查垃圾邮件文件夹，然后在“设置 → 团队”中重新发送邀请，或复"
                                "制邀请链接直接发给对方。"
                            ),
                        },
                    ),
                    (
                        {
                            "en": "Can I limit invitations to our company domain?",
                            "sv": "Kan jag begränsa inbjudningar till vår företagsdomän?",
                            "nb": "Kan jeg begrense invitasjoner til firmadomenet vårt?",
                            "hr": "Mogu li ograničiti pozivnice na domenu naše tvrtke?",
                            "zh-hans": "可以只允许公司域名的邮箱受邀吗？",
                        },
                        {
                            "en": (
                                "Yes. Under Settings → Security, add your domain to the list of "
                                "allowed email domains."
                            ),
                            "sv": (
                                "Ja. Under Inställningar → Säkerhet lägger du till din domän i "
                                "listan över tillåtna e-postdomäner."
                            ),
                            "nb": (
                                "Ja. Under Innstillinger → Sikkerhet legger du til domenet ditt i "
                                "listen over tillatte e-postdomener."
                            ),
                            "hr": (
                                "Da. U Postavke → Sigurnost dodajte svoju domenu na popis "
                                "dopuštenih domena e-pošte."
                            ),
                            "zh-hans": (
                                "可以。在“设置 → 安全”中将您的域名添加到允许的邮箱域名列表。"
                            ),
                        },
                    ),
                ],
            ),
        ],
    },
    {
        "key": "set-up-your-first-project",
        "category": "getting-started",
        "tags": ["projects", "clients", "setup"],
        "products": ["web"],
        "access": "public",
        "title": {
            "en": "Set up your first project and client",
            "sv": "Skapa ditt första projekt och din första kund",
            "nb": "Opprett ditt første prosjekt og din første kunde",
            "hr": "Izradite prvi projekt i klijenta",
            "zh-hans": "创建第一个项目和客户",
        },
        "summary": {
            "en": (
                "Add a client, create a project with billable rates and assign the people who work "
                "on it."
            ),
            "sv": (
                "Lägg till en kund, skapa ett projekt med debiterbara timpriser och tilldela de "
                "personer som arbetar i det."
            ),
            "nb": (
                "Legg til en kunde, opprett et prosjekt med fakturerbare timepriser og tildel "
                "personene som jobber på det."
            ),
            "hr": (
                "Dodajte klijenta, izradite projekt s naplativim satnicama i dodijelite ljude koji "
                "na njemu rade."
            ),
            "zh-hans": "添加客户、创建带有计费费率的项目，并分配参与该项目的成员。",
        },
        "body": [
            (
                "paragraph",
                {
                    "en": (
                        "Projects are where time is tracked. Linking each project to a client lets "
                        "you invoice the right people later."
                    ),
                    "sv": (
                        "Tid registreras alltid på ett projekt. Om du kopplar varje projekt till "
                        "en kund kan du senare fakturera rätt mottagare."
                    ),
                    "nb": (
                        "Timer føres alltid på et prosjekt. Når hvert prosjekt er knyttet til en "
                        "kunde, kan du senere fakturere riktig mottaker."
                    ),
                    "hr": (
                        "Vrijeme se uvijek bilježi na projektu. Ako svaki projekt povežete s "
                        "klijentom, kasnije ćete moći izdati račun pravoj osobi."
                    ),
                    "zh-hans": (
                        "工时始终记录在项目下。将每个项目关联到客户，之后即可向正确的对象开具发票。"
                    ),
                },
            ),
            (
                "steps",
                [
                    {
                        "en": (
                            "Go to Clients and select New client. Enter the name, billing address "
                            "and currency."
                        ),
                        "sv": (
                            "Gå till Kunder och välj Ny kund. Ange namn, faktureringsadress och "
                            "valuta."
                        ),
                        "nb": (
                            "Gå til Kunder og velg Ny kunde. Skriv inn navn, fakturaadresse og "
                            "valuta."
                        ),
                        "hr": (
                            "Otvorite Klijenti i odaberite Novi klijent. Unesite naziv, adresu za "
                            "naplatu i valutu."
                        ),
                        "zh-hans": "进入“客户”，点击“新建客户”，填写名称、账单地址和货币。",
                    },
                    {
                        "en": "Go to Projects, select New project and pick the client.",
                        "sv": "Gå till Projekt, välj Nytt projekt och välj kunden.",
                        "nb": "Gå til Prosjekter, velg Nytt prosjekt og velg kunden.",
                        "hr": "Otvorite Projekti, odaberite Novi projekt i izaberite klijenta.",
                        "zh-hans": "进入“项目”，点击“新建项目”并选择客户。",
                    },
                    {
                        "en": (
                            "Choose a billing method: an hourly rate per project, per person or "
                            "per task, or a fixed fee."
                        ),
                        "sv": (
                            "Välj debiteringsmetod: timpris per projekt, per person eller per "
                            "uppgift, eller ett fast pris."
                        ),
                        "nb": (
                            "Velg faktureringsmetode: timepris per prosjekt, per person eller per "
                            "oppgave, eller en fast pris."
                        ),
                        "hr": (
                            "Odaberite način naplate: satnica po projektu, osobi ili zadatku, ili "
                            "fiksna cijena."
                        ),
                        "zh-hans": "选择计费方式：按项目、按人员或按任务的小时费率，或固定费用。",
                    },
                    {
                        "en": (
                            "Add tasks such as Design or Meetings, and mark which ones are "
                            "billable."
                        ),
                        "sv": (
                            "Lägg till uppgifter som Design eller Möten och markera vilka som är "
                            "debiterbara."
                        ),
                        "nb": (
                            "Legg til oppgaver som Design eller Møter, og marker hvilke som er "
                            "fakturerbare."
                        ),
                        "hr": (
                            "Dodajte zadatke poput Dizajn ili Sastanci i označite koji su "
                            "naplativi."
                        ),
                        "zh-hans": "添加“设计”“会议”等任务，并标记哪些任务可计费。",
                    },
                    {
                        "en": (
                            "Under Team, add the people who should be able to track time on the "
                            "project."
                        ),
                        "sv": (
                            "Under Team lägger du till de personer som ska kunna registrera tid på "
                            "projektet."
                        ),
                        "nb": (
                            "Under Team legger du til personene som skal kunne føre timer på "
                            "prosjektet."
                        ),
                        "hr": (
                            "U odjeljku Tim dodajte osobe koje trebaju moći bilježiti vrijeme na "
                            "projektu."
                        ),
                        "zh-hans": "在“团队”中添加可以在该项目下记录工时的成员。",
                    },
                ],
            ),
            (
                "callout",
                "tip",
                {
                    "en": (
                        "Set a project budget in hours or money to get an alert when 80 percent of "
                        "it is used."
                    ),
                    "sv": (
                        "Ange en projektbudget i timmar eller pengar för att få en varning när 80 "
                        "procent har förbrukats."
                    ),
                    "nb": (
                        "Angi et prosjektbudsjett i timer eller beløp for å få et varsel når 80 "
                        "prosent er brukt."
                    ),
                    "hr": (
                        "Postavite proračun projekta u satima ili novcu kako biste dobili "
                        "upozorenje kad se potroši 80 posto."
                    ),
                    "zh-hans": "为项目设置工时或金额预算，用量达到 80% 时会收到提醒。",
                },
            ),
        ],
    },
    {
        "key": "install-the-mobile-apps",
        "category": "getting-started",
        "tags": ["mobile", "ios", "android"],
        "products": ["mobile"],
        "access": "public",
        "title": {
            "en": "Install the Tallyboard mobile apps",
            "sv": "Installera Tallyboards mobilappar",
            "nb": "Installer Tallyboard-mobilappene",
            "hr": "Instalirajte mobilne aplikacije Tallyboard",
            "zh-hans": "安装 Tallyboard 移动应用",
        },
        "summary": {
            "en": "Track time on the go with the Tallyboard apps for iPhone and Android.",
            "sv": (
                "Registrera tid när du är på språng med Tallyboards appar för iPhone och Android."
            ),
            "nb": "Før timer mens du er på farten med Tallyboard-appene for iPhone og Android.",
            "hr": "Bilježite vrijeme u pokretu s aplikacijama Tallyboard za iPhone i Android.",
            "zh-hans": "使用适用于 iPhone 和 Android 的 Tallyboard 应用，随时随地记录工时。",
        },
        "body": [
            (
                "paragraph",
                {
                    "en": (
                        "The mobile apps are included in every plan. They let you run the timer, "
                        "add entries, attach receipts and approve timesheets."
                    ),
                    "sv": (
                        "Mobilapparna ingår i alla abonnemang. Med dem kan du köra timern, lägga "
                        "till tidsposter, bifoga kvitton och godkänna tidrapporter."
                    ),
                    "nb": (
                        "Mobilappene er inkludert i alle abonnementer. Med dem kan du bruke "
                        "tidtakeren, legge til timeføringer, legge ved kvitteringer og godkjenne "
                        "timelister."
                    ),
                    "hr": (
                        "Mobilne aplikacije uključene su u sve pakete. Pomoću njih možete "
                        "pokrenuti štopericu, dodavati unose, prilagati račune za troškove i "
                        "odobravati evidencije sati."
                    ),
                    "zh-hans": (
                        "所有套餐均包含移动应用。您可以用它运行计时器、添加工时记录、上传收据以及审"
                        "批工时表。"
                    ),
                },
            ),
            (
                "steps",
                [
                    {
                        "en": (
                            "Search for Tallyboard in the App Store or Google Play and install the "
                            "app."
                        ),
                        "sv": (
                            "Sök efter Tallyboard i App Store eller Google Play och installera "
                            "appen."
                        ),
                        "nb": (
                            "Søk etter Tallyboard i App Store eller Google Play og installer appen."
                        ),
                        "hr": (
                            "Potražite Tallyboard u trgovini App Store ili Google Play i "
                            "instalirajte aplikaciju."
                        ),
                        "zh-hans": "在 App Store 或 Google Play 中搜索 Tallyboard 并安装应用。",
                    },
                    {
                        "en": (
                            "Open the app and sign in with the same email and password you use on "
                            "the web."
                        ),
                        "sv": (
                            "Öppna appen och logga in med samma e-postadress och lösenord som på "
                            "webben."
                        ),
                        "nb": (
                            "Åpne appen og logg på med samme e-postadresse og passord som på "
                            "nettet."
                        ),
                        "hr": (
                            "Otvorite aplikaciju i prijavite se istom e-adresom i lozinkom koje "
                            "koristite na webu."
                        ),
                        "zh-hans": "打开应用，使用与网页版相同的邮箱和密码登录。",
                    },
                    {
                        "en": (
                            "Allow notifications if you want reminders to start or stop the timer."
                        ),
                        "sv": (
                            "Tillåt aviseringar om du vill få påminnelser om att starta eller "
                            "stoppa timern."
                        ),
                        "nb": (
                            "Tillat varsler hvis du vil få påminnelser om å starte eller stoppe "
                            "tidtakeren."
                        ),
                        "hr": (
                            "Dopustite obavijesti ako želite podsjetnike za pokretanje ili "
                            "zaustavljanje štoperice."
                        ),
                        "zh-hans": "如需接收开始或停止计时的提醒，请允许通知。",
                    },
                ],
            ),
            (
                "callout",
                "note",
                {
                    "en": "The apps need iOS 16 or Android 10 or later.",
                    "sv": "Apparna kräver iOS 16 eller Android 10 eller senare.",
                    "nb": "Appene krever iOS 16 eller Android 10 eller nyere.",
                    "hr": "Za aplikacije je potreban iOS 16 ili Android 10 ili noviji.",
                    "zh-hans": "应用需要 iOS 16 或 Android 10 及以上版本。",
                },
            ),
            (
                "faq",
                [
                    (
                        {
                            "en": "Can I sign in with SSO on mobile?",
                            "sv": "Kan jag logga in med SSO i mobilappen?",
                            "nb": "Kan jeg logge på med SSO i mobilappen?",
                            "hr": "Mogu li se u mobilnoj aplikaciji prijaviti putem SSO-a?",
                            "zh-hans": "移动应用支持单点登录吗？",
                        },
                        {
                            "en": (
                                "Yes. Tap Sign in with SSO and enter your company email; you will "
                                "be sent to your identity provider."
                            ),
                            "sv": (
                                "Ja. Tryck på Logga in med SSO och ange din e-postadress på "
                                "jobbet, så skickas du vidare till er identitetsleverantör."
                            ),
                            "nb": (
                                "Ja. Trykk på Logg på med SSO og skriv inn jobb-e-posten din, så "
                                "sendes du videre til identitetsleverandøren."
                            ),
                            "hr": (
                                "Da. Dodirnite Prijava putem SSO-a i unesite poslovnu e-adresu; "
                                "bit ćete preusmjereni na svog pružatelja identiteta."
                            ),
                            "zh-hans": (
                                "支持。点击“使用 SSO 登录”并输入公司邮箱，系统会将您转到身份提供商"
                                "页面。"
                            ),
                        },
                    ),
                    (
                        {
                            "en": "Do I need a separate subscription for the apps?",
                            "sv": "Behöver jag ett separat abonnemang för apparna?",
                            "nb": "Trenger jeg et eget abonnement for appene?",
                            "hr": "Trebam li zasebnu pretplatu za aplikacije?",
                            "zh-hans": "移动应用需要单独订阅吗？",
                        },
                        {
                            "en": "No. The apps use your workspace’s existing plan.",
                            "sv": "Nej. Apparna använder arbetsytans befintliga abonnemang.",
                            "nb": "Nei. Appene bruker arbeidsområdets eksisterende abonnement.",
                            "hr": "Ne. Aplikacije koriste postojeći paket vašeg radnog prostora.",
                            "zh-hans": "不需要。移动应用沿用工作区现有的套餐。",
                        },
                    ),
                ],
            ),
        ],
    },
    {
        "key": "mobile-offline-mode",
        "category": "getting-started",
        "tags": ["mobile", "offline", "sync"],
        "products": ["mobile"],
        "access": "public",
        "title": {
            "en": "Track time offline in the mobile app",
            "sv": "Registrera tid offline i mobilappen",
            "nb": "Før timer uten nett i mobilappen",
            "hr": "Bilježite vrijeme izvanmrežno u mobilnoj aplikaciji",
            "zh-hans": "在移动应用中离线记录工时",
        },
        "summary": {
            "en": (
                "Keep tracking time without a connection; entries sync automatically when you are "
                "back online."
            ),
            "sv": (
                "Fortsätt registrera tid utan uppkoppling – posterna synkroniseras automatiskt när "
                "du är online igen."
            ),
            "nb": (
                "Fortsett å føre timer uten nettforbindelse – føringene synkroniseres automatisk "
                "når du er på nett igjen."
            ),
            "hr": (
                "Nastavite bilježiti vrijeme bez veze; unosi se automatski sinkroniziraju kad se "
                "ponovno povežete."
            ),
            "zh-hans": "没有网络时也能继续记录工时，恢复联网后记录会自动同步。",
        },
        "body": [
            (
                "paragraph",
                {
                    "en": (
                        "The mobile app stores new and edited entries on your device while you are "
                        "offline. A cloud icon with a line through it shows that changes are "
                        "waiting to sync."
                    ),
                    "sv": (
                        "Mobilappen sparar nya och ändrade poster på enheten när du är offline. En "
                        "överstruken molnikon visar att ändringar väntar på synkronisering."
                    ),
                    "nb": (
                        "Mobilappen lagrer nye og endrede føringer på enheten mens du er uten "
                        "nett. Et overstreket skyikon viser at endringer venter på synkronisering."
                    ),
                    "hr": (
                        "Dok ste izvan mreže, mobilna aplikacija sprema nove i izmijenjene unose "
                        "na uređaju. Prekrižena ikona oblaka pokazuje da promjene čekaju "
                        "sinkronizaciju."
                    ),
                    "zh-hans": (
                        "离线时，移动应用会将新建和修改的记录保存在设备上。带斜线的云朵图标表示有更"
                        "改等待同步。"
                    ),
                },
            ),
            (
                "heading",
                {
                    "en": "Make sure your entries sync",
                    "sv": "Se till att posterna synkroniseras",
                    "nb": "Sørg for at føringene synkroniseres",
                    "hr": "Provjerite jesu li unosi sinkronizirani",
                    "zh-hans": "确保记录已同步",
                },
            ),
            (
                "steps",
                [
                    {
                        "en": "Open the app at least once after you reconnect to the internet.",
                        "sv": "Öppna appen minst en gång efter att du har fått uppkoppling igen.",
                        "nb": (
                            "Åpne appen minst én gang etter at du har fått nettforbindelse igjen."
                        ),
                        "hr": (
                            "Nakon ponovnog spajanja na internet barem jednom otvorite aplikaciju."
                        ),
                        "zh-hans": "恢复联网后，至少打开一次应用。",
                    },
                    {
                        "en": "Pull down on the Time screen to start a manual sync.",
                        "sv": "Dra nedåt på skärmen Tid för att starta en manuell synkronisering.",
                        "nb": "Dra ned på Tid-skjermen for å starte en manuell synkronisering.",
                        "hr": (
                            "Povucite prema dolje na zaslonu Vrijeme kako biste ručno pokrenuli "
                            "sinkronizaciju."
                        ),
                        "zh-hans": "在“工时”页面下拉即可手动同步。",
                    },
                    {
                        "en": "Check that the cloud icon no longer has a line through it.",
                        "sv": "Kontrollera att molnikonen inte längre är överstruken.",
                        "nb": "Kontroller at skyikonet ikke lenger er overstreket.",
                        "hr": "Provjerite da ikona oblaka više nije prekrižena.",
                        "zh-hans": "确认云朵图标上的斜线已消失。",
                    },
                ],
            ),
            (
                "callout",
                "warning",
                {
                    "en": (
                        "Do not sign out or uninstall the app while changes are waiting to sync, "
                        "or they will be lost."
                    ),
                    "sv": (
                        "Logga inte ut och avinstallera inte appen medan ändringar väntar på "
                        "synkronisering, annars går de förlorade."
                    ),
                    "nb": (
                        "Ikke logg av eller avinstaller appen mens endringer venter på "
                        "synkronisering, ellers går de tapt."
                    ),
                    "hr": (
                        "Nemojte se odjaviti ni deinstalirati aplikaciju dok promjene čekaju "
                        "sinkronizaciju jer će se izgubiti."
                    ),
                    "zh-hans": "有更改等待同步时，请勿退出登录或卸载应用，否则这些更改将会丢失。",
                },
            ),
            (
                "faq",
                [
                    (
                        {
                            "en": (
                                "What happens if I edit the same entry on the web while the app is "
                                "offline?"
                            ),
                            "sv": (
                                "Vad händer om jag ändrar samma post på webben medan appen är "
                                "offline?"
                            ),
                            "nb": (
                                "Hva skjer hvis jeg endrer den samme føringen på nettet mens appen "
                                "er uten nett?"
                            ),
                            "hr": (
                                "Što se događa ako isti unos uredim na webu dok je aplikacija "
                                "izvan mreže?"
                            ),
                            "zh-hans": "如果应用离线时我在网页版修改了同一条记录，会怎样？",
                        },
                        {
                            "en": (
                                "The most recent change wins, and the app shows a notice so you "
                                "can review the entry."
                            ),
                            "sv": (
                                "Den senaste ändringen gäller, och appen visar ett meddelande så "
                                "att du kan granska posten."
                            ),
                            "nb": (
                                "Den nyeste endringen gjelder, og appen viser en melding slik at "
                                "du kan se over føringen."
                            ),
                            "hr": (
                                "Vrijedi najnovija izmjena, a aplikacija prikazuje obavijest kako "
                                "biste mogli pregledati unos."
                            ),
                            "zh-hans": "以最新的修改为准，应用会显示提示，方便您核对该记录。",
                        },
                    ),
                    (
                        {
                            "en": "Can I approve timesheets offline?",
                            "sv": "Kan jag godkänna tidrapporter offline?",
                            "nb": "Kan jeg godkjenne timelister uten nett?",
                            "hr": "Mogu li odobravati evidencije sati izvanmrežno?",
                            "zh-hans": "离线时可以审批工时表吗？",
                        },
                        {
                            "en": (
                                "No. Approvals and invoices need a connection, because they depend "
                                "on the latest data from your team."
                            ),
                            "sv": (
                                "Nej. Godkännanden och fakturor kräver uppkoppling eftersom de "
                                "bygger på teamets senaste data."
                            ),
                            "nb": (
                                "Nei. Godkjenninger og fakturaer krever nettforbindelse, fordi de "
                                "bygger på teamets nyeste data."
                            ),
                            "hr": (
                                "Ne. Za odobrenja i račune potrebna je veza jer ovise o najnovijim "
                                "podacima vašeg tima."
                            ),
                            "zh-hans": "不可以。审批和发票需要联网，因为它们依赖团队的最新数据。",
                        },
                    ),
                ],
            ),
        ],
    },
    {
        "key": "choose-your-notifications",
        "category": "getting-started",
        "tags": ["notifications", "email", "reminders"],
        "products": ["web", "mobile"],
        "access": "authenticated",
        "title": {
            "en": "Choose which notifications you receive",
            "sv": "Välj vilka aviseringar du får",
            "nb": "Velg hvilke varsler du får",
            "hr": "Odaberite koje obavijesti primate",
            "zh-hans": "选择要接收的通知",
        },
        "summary": {
            "en": (
                "Turn email, push and in-app notifications on or off for timers, approvals and "
                "invoices."
            ),
            "sv": (
                "Slå på eller av aviseringar via e-post, push och i appen för timer, godkännanden "
                "och fakturor."
            ),
            "nb": (
                "Slå varsler på e-post, push og i appen av eller på for tidtaker, godkjenninger og "
                "fakturaer."
            ),
            "hr": (
                "Uključite ili isključite obavijesti e-poštom, push obavijesti i obavijesti u "
                "aplikaciji za štopericu, odobrenja i račune."
            ),
            "zh-hans": "为计时器、审批和发票开启或关闭邮件通知、推送通知和应用内通知。",
        },
        "body": [
            (
                "paragraph",
                {
                    "en": (
                        "Notification settings are personal, so each teammate can choose what they "
                        "want to hear about."
                    ),
                    "sv": (
                        "Aviseringsinställningarna är personliga, så varje teammedlem kan själv "
                        "välja vad de vill få veta."
                    ),
                    "nb": (
                        "Varselinnstillingene er personlige, så hver enkelt i teamet kan velge hva "
                        "de vil bli varslet om."
                    ),
                    "hr": (
                        "Postavke obavijesti su osobne pa svaki član tima može sam odabrati o čemu "
                        "želi biti obaviješten."
                    ),
                    "zh-hans": "通知设置仅对个人生效，每位成员都可以自行选择要接收的内容。",
                },
            ),
            (
                "steps",
                [
                    {
                        "en": "Select your avatar and open Profile → Notifications.",
                        "sv": "Välj din profilbild och öppna Profil → Aviseringar.",
                        "nb": "Velg profilbildet ditt og åpne Profil → Varsler.",
                        "hr": "Odaberite svoj avatar i otvorite Profil → Obavijesti.",
                        "zh-hans": "点击头像，打开“个人资料 → 通知”。",
                    },
                    {
                        "en": "For each event, choose email, push, in-app or none.",
                        "sv": "Välj e-post, push, i appen eller ingen för varje händelse.",
                        "nb": "Velg e-post, push, i appen eller ingen for hver hendelse.",
                        "hr": (
                            "Za svaki događaj odaberite e-poštu, push, obavijest u aplikaciji ili "
                            "ništa."
                        ),
                        "zh-hans": "为每个事件选择邮件、推送、应用内或不通知。",
                    },
                    {
                        "en": (
                            "Set a daily reminder time if you tend to forget to track your hours."
                        ),
                        "sv": (
                            "Ange en tid för daglig påminnelse om du ofta glömmer att registrera "
                            "dina timmar."
                        ),
                        "nb": (
                            "Angi et tidspunkt for daglig påminnelse hvis du ofte glemmer å føre "
                            "timene dine."
                        ),
                        "hr": (
                            "Postavite vrijeme dnevnog podsjetnika ako često zaboravljate "
                            "zabilježiti sate."
                        ),
                        "zh-hans": "如果经常忘记记录工时，可以设置每日提醒时间。",
                    },
                    {
                        "en": "Select Save.",
                        "sv": "Välj Spara.",
                        "nb": "Velg Lagre.",
                        "hr": "Odaberite Spremi.",
                        "zh-hans": "点击“保存”。",
                    },
                ],
            ),
            (
                "callout",
                "tip",
                {
                    "en": (
                        "Managers can turn on a weekly digest that lists timesheets waiting for "
                        "their approval."
                    ),
                    "sv": (
                        "Chefer kan aktivera en veckosammanfattning med tidrapporter som väntar på "
                        "deras godkännande."
                    ),
                    "nb": (
                        "Ledere kan slå på et ukentlig sammendrag over timelister som venter på "
                        "godkjenning."
                    ),
                    "hr": (
                        "Voditelji mogu uključiti tjedni sažetak s popisom evidencija sati koje "
                        "čekaju njihovo odobrenje."
                    ),
                    "zh-hans": "经理可以开启每周摘要，查看等待其审批的工时表。",
                },
            ),
        ],
    },
    {
        "key": "roles-and-permissions",
        "category": "account-and-billing",
        "tags": ["roles", "permissions", "team"],
        "products": ["web"],
        "access": "public",
        "title": {
            "en": "User roles and permissions",
            "sv": "Användarroller och behörigheter",
            "nb": "Brukerroller og tillatelser",
            "hr": "Korisničke uloge i dopuštenja",
            "zh-hans": "用户角色与权限",
        },
        "summary": {
            "en": (
                "Understand what Owners, Admins, Managers and Members can see and do in Tallyboard."
            ),
            "sv": (
                "Förstå vad ägare, administratörer, chefer och medlemmar kan se och göra i "
                "Tallyboard."
            ),
            "nb": (
                "Forstå hva eiere, administratorer, ledere og medlemmer kan se og gjøre i "
                "Tallyboard."
            ),
            "hr": (
                "Saznajte što vlasnici, administratori, voditelji i članovi mogu vidjeti i raditi "
                "u Tallyboardu."
            ),
            "zh-hans": "了解所有者、管理员、经理和成员在 Tallyboard 中可以查看和执行的操作。",
        },
        "body": [
            (
                "paragraph",
                {
                    "en": (
                        "Every person in a workspace has exactly one role. Roles decide who can "
                        "see rates, approve timesheets and send invoices."
                    ),
                    "sv": (
                        "Varje person i en arbetsyta har exakt en roll. Rollen avgör vem som kan "
                        "se timpriser, godkänna tidrapporter och skicka fakturor."
                    ),
                    "nb": (
                        "Hver person i et arbeidsområde har nøyaktig én rolle. Rollen avgjør hvem "
                        "som kan se timepriser, godkjenne timelister og sende fakturaer."
                    ),
                    "hr": (
                        "Svaka osoba u radnom prostoru ima točno jednu ulogu. Uloga određuje tko "
                        "može vidjeti satnice, odobravati evidencije sati i slati račune."
                    ),
                    "zh-hans": (
                        "工作区中的每个人都只有一个角色。角色决定谁可以查看费率、审批工时表和发送发"
                        "票。"
                    ),
                },
            ),
            (
                "heading",
                {
                    "en": "The four roles",
                    "sv": "De fyra rollerna",
                    "nb": "De fire rollene",
                    "hr": "Četiri uloge",
                    "zh-hans": "四种角色",
                },
            ),
            (
                "paragraph",
                {
                    "en": (
                        "Owners manage billing and can delete the workspace, while Admins manage "
                        "people, projects and settings. Managers approve timesheets for their "
                        "projects, and Members track their own time."
                    ),
                    "sv": (
                        "Ägare hanterar faktureringen och kan radera arbetsytan, medan "
                        "administratörer hanterar personer, projekt och inställningar. Chefer "
                        "godkänner tidrapporter för sina projekt och medlemmar registrerar sin "
                        "egen tid."
                    ),
                    "nb": (
                        "Eiere styrer faktureringen og kan slette arbeidsområdet, mens "
                        "administratorer styrer personer, prosjekter og innstillinger. Ledere "
                        "godkjenner timelister for sine prosjekter, og medlemmer fører sine egne "
                        "timer."
                    ),
                    "hr": (
                        "Vlasnici upravljaju naplatom i mogu izbrisati radni prostor, a "
                        "administratori upravljaju osobama, projektima i postavkama. Voditelji "
                        "odobravaju evidencije sati za svoje projekte, a članovi bilježe vlastito "
                        "vrijeme."
                    ),
                    "zh-hans": (
                        "所有者管理账单并可删除工作区，管理员负责管理人员、项目和设置。经理审批其负"
                        "责项目的工时表，成员则记录自己的工时。"
                    ),
                },
            ),
            (
                "heading",
                {
                    "en": "Change someone’s role",
                    "sv": "Ändra någons roll",
                    "nb": "Endre rollen til en person",
                    "hr": "Promijenite nečiju ulogu",
                    "zh-hans": "更改成员角色",
                },
            ),
            (
                "steps",
                [
                    {
                        "en": "Open Settings → Team.",
                        "sv": "Öppna Inställningar → Team.",
                        "nb": "Åpne Innstillinger → Team.",
                        "hr": "Otvorite Postavke → Tim.",
                        "zh-hans": "打开“设置 → 团队”。",
                    },
                    {
                        "en": "Select the person and choose a new role from the Role menu.",
                        "sv": "Välj personen och välj en ny roll i menyn Roll.",
                        "nb": "Velg personen og velg en ny rolle i Rolle-menyen.",
                        "hr": "Odaberite osobu i u izborniku Uloga izaberite novu ulogu.",
                        "zh-hans": "选择该成员，并在“角色”菜单中选择新角色。",
                    },
                    {
                        "en": (
                            "Select Save. The change takes effect the next time the person loads a "
                            "page."
                        ),
                        "sv": "Välj Spara. Ändringen gäller nästa gång personen laddar en sida.",
                        "nb": (
                            "Velg Lagre. Endringen gjelder neste gang personen laster inn en side."
                        ),
                        "hr": (
                            "Odaberite Spremi. Promjena stupa na snagu kad osoba sljedeći put "
                            "učita stranicu."
                        ),
                        "zh-hans": "点击“保存”。该成员下次加载页面时，更改即生效。",
                    },
                ],
            ),
            (
                "callout",
                "note",
                {
                    "en": (
                        "Only Owners can make someone else an Owner, and a workspace always needs "
                        "at least one Owner."
                    ),
                    "sv": (
                        "Endast ägare kan göra någon annan till ägare, och en arbetsyta måste "
                        "alltid ha minst en ägare."
                    ),
                    "nb": (
                        "Bare eiere kan gjøre noen andre til eier, og et arbeidsområde må alltid "
                        "ha minst én eier."
                    ),
                    "hr": (
                        "Samo vlasnik može nekoga drugog postaviti za vlasnika, a radni prostor "
                        "uvijek mora imati barem jednog vlasnika."
                    ),
                    "zh-hans": (
                        "只有所有者才能将其他人设为所有者，且工作区必须始终至少有一名所有者。"
                    ),
                },
            ),
            (
                "faq",
                [
                    (
                        {
                            "en": "Can Members see billable rates?",
                            "sv": "Kan medlemmar se debiterbara timpriser?",
                            "nb": "Kan medlemmer se fakturerbare timepriser?",
                            "hr": "Mogu li članovi vidjeti naplative satnice?",
                            "zh-hans": "成员可以看到计费费率吗？",
                        },
                        {
                            "en": (
                                "Not by default. Admins can allow it per project under Project "
                                "settings → Visibility."
                            ),
                            "sv": (
                                "Inte som standard. Administratörer kan tillåta det per projekt "
                                "under Projektinställningar → Synlighet."
                            ),
                            "nb": (
                                "Ikke som standard. Administratorer kan tillate det per prosjekt "
                                "under Prosjektinnstillinger → Synlighet."
                            ),
                            "hr": (
                                "Ne prema zadanim postavkama. Administratori to mogu dopustiti za "
                                "pojedini projekt u Postavke projekta → Vidljivost."
                            ),
                            "zh-hans": "默认不可以。管理员可以在“项目设置 → 可见性”中按项目开启。",
                        },
                    ),
                    (
                        {
                            "en": "Can a Manager approve their own timesheet?",
                            "sv": "Kan en chef godkänna sin egen tidrapport?",
                            "nb": "Kan en leder godkjenne sin egen timeliste?",
                            "hr": "Može li voditelj odobriti vlastitu evidenciju sati?",
                            "zh-hans": "经理可以审批自己的工时表吗？",
                        },
                        {
                            "en": (
                                "No. Another Manager or an Admin must approve it, so that every "
                                "timesheet is reviewed by a second person."
                            ),
                            "sv": (
                                "Nej. En annan chef eller en administratör måste godkänna den, så "
                                "att varje tidrapport granskas av en andra person."
                            ),
                            "nb": (
                                "Nei. En annen leder eller en administrator må godkjenne den, slik "
                                "at hver timeliste blir kontrollert av en annen person."
                            ),
                            "hr": (
                                "Ne. Mora je odobriti drugi voditelj ili administrator kako bi "
                                "svaku evidenciju sati pregledala još jedna osoba."
                            ),
                            "zh-hans": (
                                "不可以。必须由其他经理或管理员审批，确保每份工时表都经过第二人审"
                                "核。"
                            ),
                        },
                    ),
                ],
            ),
        ],
    },
    {
        "key": "reset-your-password",
        "category": "account-and-billing",
        "tags": ["password", "sign-in", "account"],
        "products": ["web", "mobile"],
        "access": "public",
        "title": {
            "en": "Reset a forgotten password",
            "sv": "Återställ ett glömt lösenord",
            "nb": "Tilbakestill et glemt passord",
            "hr": "Ponovno postavite zaboravljenu lozinku",
            "zh-hans": "重置忘记的密码",
        },
        "summary": {
            "en": (
                "Request a reset link by email and choose a new password for your Tallyboard "
                "account."
            ),
            "sv": (
                "Begär en återställningslänk via e-post och välj ett nytt lösenord för ditt "
                "Tallyboard-konto."
            ),
            "nb": (
                "Be om en lenke for tilbakestilling på e-post og velg et nytt passord for "
                "Tallyboard-kontoen din."
            ),
            "hr": (
                "Zatražite poveznicu za ponovno postavljanje e-poštom i odaberite novu lozinku za "
                "svoj Tallyboard račun."
            ),
            "zh-hans": "通过电子邮件获取重置链接，为您的 Tallyboard 账户设置新密码。",
        },
        "body": [
            (
                "paragraph",
                {
                    "en": (
                        "If you cannot remember your password, you can set a new one yourself. "
                        "Reset links expire after one hour."
                    ),
                    "sv": (
                        "Om du inte kommer ihåg ditt lösenord kan du själv ange ett nytt. "
                        "Återställningslänkar slutar gälla efter en timme."
                    ),
                    "nb": (
                        "Hvis du ikke husker passordet ditt, kan du selv angi et nytt. Lenker for "
                        "tilbakestilling utløper etter én time."
                    ),
                    "hr": (
                        "Ako se ne sjećate lozinke, novu možete postaviti sami. Poveznice za "
                        "ponovno postavljanje istječu nakon jednog sata."
                    ),
                    "zh-hans": "如果忘记密码，您可以自行设置新密码。重置链接的有效期为一小时。",
                },
            ),
            (
                "steps",
                [
                    {
                        "en": "On the sign-in page, select Forgot password?",
                        "sv": "Välj Glömt lösenordet? på inloggningssidan.",
                        "nb": "Velg Glemt passordet? på påloggingssiden.",
                        "hr": "Na stranici za prijavu odaberite Zaboravili ste lozinku?",
                        "zh-hans": "在登录页面点击“忘记密码？”。",
                    },
                    {
                        "en": (
                            "Enter the email address you use for Tallyboard and select Send link."
                        ),
                        "sv": (
                            "Ange e-postadressen du använder för Tallyboard och välj Skicka länk."
                        ),
                        "nb": (
                            "Skriv inn e-postadressen du bruker for Tallyboard, og velg Send lenke."
                        ),
                        "hr": (
                            "Unesite e-adresu koju koristite za Tallyboard i odaberite Pošalji "
                            "poveznicu."
                        ),
                        "zh-hans": "输入您用于 Tallyboard 的邮箱地址，然后点击“发送链接”。",
                    },
                    {
                        "en": "Open the email and follow the link within one hour.",
                        "sv": "Öppna mejlet och följ länken inom en timme.",
                        "nb": "Åpne e-posten og følg lenken innen én time.",
                        "hr": "Otvorite e-poruku i slijedite poveznicu u roku od jednog sata.",
                        "zh-hans": "打开邮件，并在一小时内点击链接。",
                    },
                    {
                        "en": (
                            "Choose a new password with at least 12 characters and sign in again."
                        ),
                        "sv": "Välj ett nytt lösenord med minst 12 tecken och logga in igen.",
                        "nb": "Velg et nytt passord med minst 12 tegn og logg på igjen.",
                        "hr": (
                            "Odaberite novu lozinku od najmanje 12 znakova i ponovno se prijavite."
                        ),
                        "zh-hans": "设置一个至少 12 个字符的新密码，然后重新登录。",
                    },
                ],
            ),
            (
                "callout",
                "note",
                {
                    "en": (
                        "If your workspace uses single sign-on, reset your password with your "
                        "company’s identity provider instead."
                    ),
                    "sv": (
                        "Om din arbetsyta använder enkel inloggning återställer du i stället "
                        "lösenordet hos företagets identitetsleverantör."
                    ),
                    "nb": (
                        "Hvis arbeidsområdet ditt bruker enkel pålogging, tilbakestiller du i "
                        "stedet passordet hos bedriftens identitetsleverandør."
                    ),
                    "hr": (
                        "Ako vaš radni prostor koristi jedinstvenu prijavu, lozinku ponovno "
                        "postavite kod pružatelja identiteta svoje tvrtke."
                    ),
                    "zh-hans": "如果工作区使用单点登录，请改为在公司的身份提供商处重置密码。",
                },
            ),
            (
                "faq",
                [
                    (
                        {
                            "en": "The reset email never arrived.",
                            "sv": "Återställningsmejlet kom aldrig fram.",
                            "nb": "E-posten for tilbakestilling kom aldri frem.",
                            "hr": "E-poruka za ponovno postavljanje nije stigla.",
                            "zh-hans": "没有收到重置邮件怎么办？",
                        },
                        {
                            "en": (
                                "Check your spam folder and make sure you typed the address you "
                                "signed up with. You can request a new link after two minutes."
                            ),
                            "sv": (
                                "Kontrollera skräpposten och att du angav adressen du registrerade "
                                "dig med. Du kan begära en ny länk efter två minuter."
                            ),
                            "nb": (
                                "Sjekk søppelposten og at du skrev inn adressen du registrerte deg "
                                "med. Du kan be om en ny lenke etter to minutter."
                            ),
                            "hr": (
                                "Provjerite mapu neželjene pošte i jeste li upisali adresu kojom "
                                "ste se registrirali. Novu poveznicu možete zatražiti nakon dvije "
                                "minute."
                            ),
                            "zh-hans": (
                                "请检查垃圾邮件文件夹，并确认输入的是注册时使用的邮箱地址。两分钟后"
                                "可以重新申请链接。"
                            ),
                        },
                    ),
                    (
                        {
                            "en": "Will resetting my password sign me out of the mobile app?",
                            "sv": "Loggas jag ut ur mobilappen när jag återställer lösenordet?",
                            "nb": "Blir jeg logget av mobilappen når jeg tilbakestiller passordet?",
                            "hr": (
                                "Hoće li me ponovno postavljanje lozinke odjaviti iz mobilne "
                                "aplikacije?"
                            ),
                            "zh-hans": "重置密码后会退出移动应用吗？",
                        },
                        {
                            "en": (
                                "Yes. For your security, all other sessions are signed out and you "
                                "will need to sign in with the new password."
                            ),
                            "sv": (
                                "Ja. Av säkerhetsskäl loggas alla andra sessioner ut och du "
                                "behöver logga in med det nya lösenordet."
                            ),
                            "nb": (
                                "Ja. Av sikkerhetshensyn blir alle andre økter logget av, og du må "
                                "logge på med det nye passordet."
                            ),
                            "hr": (
                                "Da. Radi vaše sigurnosti sve se ostale sesije odjavljuju i morat "
                                "ćete se prijaviti novom lozinkom."
                            ),
                            "zh-hans": (
                                "会的。出于安全考虑，所有其他会话都会退出，您需要使用新密码重新登"
                                "录。"
                            ),
                        },
                    ),
                ],
            ),
        ],
    },
    {
        "key": "change-your-plan",
        "category": "account-and-billing",
        "tags": ["billing", "plans", "upgrade"],
        "products": ["web"],
        "access": "authenticated",
        "title": {
            "en": "Upgrade or downgrade your plan",
            "sv": "Uppgradera eller nedgradera ditt abonnemang",
            "nb": "Oppgrader eller nedgrader abonnementet",
            "hr": "Nadogradite paket ili prijeđite na niži",
            "zh-hans": "升级或降级套餐",
        },
        "summary": {
            "en": (
                "Move between the Free, Team and Enterprise plans and see how billing is adjusted."
            ),
            "sv": (
                "Byt mellan abonnemangen Free, Team och Enterprise och se hur faktureringen "
                "justeras."
            ),
            "nb": (
                "Bytt mellom abonnementene Free, Team og Enterprise og se hvordan faktureringen "
                "justeres."
            ),
            "hr": (
                "Prelazite između paketa Free, Team i Enterprise i saznajte kako se prilagođava "
                "naplata."
            ),
            "zh-hans": "在免费版、团队版和企业版之间切换，并了解账单如何调整。",
        },
        "body": [
            (
                "paragraph",
                {
                    "en": (
                        "Only the workspace Owner can change the plan. Upgrades take effect "
                        "immediately, and you pay a prorated amount for the rest of the billing "
                        "period."
                    ),
                    "sv": (
                        "Endast arbetsytans ägare kan byta abonnemang. Uppgraderingar gäller "
                        "direkt och du betalar ett proportionerligt belopp för resten av "
                        "faktureringsperioden."
                    ),
                    "nb": (
                        "Bare eieren av arbeidsområdet kan bytte abonnement. Oppgraderinger "
                        "gjelder umiddelbart, og du betaler et forholdsmessig beløp for resten av "
                        "faktureringsperioden."
                    ),
                    "hr": (
                        "Paket može promijeniti samo vlasnik radnog prostora. Nadogradnje vrijede "
                        "odmah, a za ostatak obračunskog razdoblja plaćate razmjerni iznos."
                    ),
                    "zh-hans": (
                        "只有工作区所有者可以更改套餐。升级立即生效，您只需按比例支付当前计费周期剩"
                        "余部分的费用。"
                    ),
                },
            ),
            (
                "steps",
                [
                    {
                        "en": "Open Settings → Billing.",
                        "sv": "Öppna Inställningar → Fakturering.",
                        "nb": "Åpne Innstillinger → Fakturering.",
                        "hr": "Otvorite Postavke → Naplata.",
                        "zh-hans": "打开“设置 → 账单”。",
                    },
                    {
                        "en": "Select Change plan and compare the features of each plan.",
                        "sv": "Välj Byt abonnemang och jämför funktionerna i varje abonnemang.",
                        "nb": "Velg Bytt abonnement og sammenlign funksjonene i hvert abonnement.",
                        "hr": "Odaberite Promijeni paket i usporedite značajke svakog paketa.",
                        "zh-hans": "点击“更改套餐”，比较各套餐的功能。",
                    },
                    {
                        "en": "Pick the new plan and choose monthly or yearly billing.",
                        "sv": "Välj det nya abonnemanget och månads- eller årsvis fakturering.",
                        "nb": "Velg det nye abonnementet og månedlig eller årlig fakturering.",
                        "hr": "Odaberite novi paket te mjesečnu ili godišnju naplatu.",
                        "zh-hans": "选择新套餐以及按月或按年计费。",
                    },
                    {
                        "en": "Review the amount due and confirm the change.",
                        "sv": "Granska beloppet att betala och bekräfta ändringen.",
                        "nb": "Se over beløpet som skal betales, og bekreft endringen.",
                        "hr": "Provjerite iznos za plaćanje i potvrdite promjenu.",
                        "zh-hans": "核对应付金额并确认更改。",
                    },
                ],
            ),
            (
                "callout",
                "warning",
                {
                    "en": (
                        "When you downgrade to Free, projects beyond the limit of two are "
                        "archived. Archived projects keep their data but cannot receive new time "
                        "entries."
                    ),
                    "sv": (
                        "När du nedgraderar till Free arkiveras projekt utöver gränsen på två. "
                        "Arkiverade projekt behåller sina data men kan inte ta emot nya tidsposter."
                    ),
                    "nb": (
                        "Når du nedgraderer til Free, arkiveres prosjekter utover grensen på to. "
                        "Arkiverte prosjekter beholder dataene sine, men kan ikke få nye "
                        "timeføringer."
                    ),
                    "hr": (
                        "Kad prijeđete na paket Free, projekti iznad ograničenja od dva arhiviraju "
                        "se. Arhivirani projekti zadržavaju podatke, ali im se ne mogu dodavati "
                        "novi unosi vremena."
                    ),
                    "zh-hans": (
                        "降级到免费版时，超出两个项目上限的项目将被归档。归档项目会保留数据，但无法"
                        "再添加新的工时记录。"
                    ),
                },
            ),
            (
                "faq",
                [
                    (
                        {
                            "en": "How do I move to the Enterprise plan?",
                            "sv": "Hur byter jag till Enterprise?",
                            "nb": "Hvordan bytter jeg til Enterprise?",
                            "hr": "Kako prijeći na paket Enterprise?",
                            "zh-hans": "如何升级到企业版？",
                        },
                        {
                            "en": (
                                "Enterprise is set up together with our sales team. Select Contact "
                                "sales on the billing page and we will get back to you within one "
                                "business day."
                            ),
                            "sv": (
                                "Enterprise sätts upp tillsammans med vårt säljteam. Välj Kontakta "
                                "sälj på faktureringssidan så hör vi av oss inom en arbetsdag."
                            ),
                            "nb": (
                                "Enterprise settes opp sammen med salgsteamet vårt. Velg Kontakt "
                                "salg på faktureringssiden, så tar vi kontakt innen én virkedag."
                            ),
                            "hr": (
                                "Paket Enterprise postavlja se zajedno s našim prodajnim timom. Na "
                                "stranici za naplatu odaberite Kontaktirajte prodaju i javit ćemo "
                                "vam se u roku od jednog radnog dana."
                            ),
                            "zh-hans": (
                                "企业版需要与我们的销售团队一起开通。在账单页面点击“联系销售”，我们"
                                "会在一个工作日内回复您。"
                            ),
                        },
                    ),
                    (
                        {
                            "en": "Do I get a refund when I downgrade?",
                            "sv": "Får jag pengarna tillbaka när jag nedgraderar?",
                            "nb": "Får jeg refusjon når jeg nedgraderer?",
                            "hr": "Dobivam li povrat novca kad prijeđem na niži paket?",
                            "zh-hans": "降级后会退款吗？",
                        },
                        {
                            "en": (
                                "Unused time is added as credit to your account and used on your "
                                "next invoices."
                            ),
                            "sv": (
                                "Outnyttjad tid läggs till som tillgodohavande på ditt konto och "
                                "dras av på kommande fakturor."
                            ),
                            "nb": (
                                "Ubrukt tid legges til som kreditt på kontoen din og trekkes fra "
                                "på kommende fakturaer."
                            ),
                            "hr": (
                                "Neiskorišteno razdoblje dodaje se kao kredit na vaš korisnički "
                                "račun i koristi se na sljedećim računima."
                            ),
                            "zh-hans": (
                                "未使用的部分会作为抵扣额度计入您的账户，并用于抵扣后续账单。"
                            ),
                        },
                    ),
                ],
            ),
        ],
    },
    {
        "key": "update-billing-details",
        "category": "account-and-billing",
        "tags": ["billing", "payment", "receipts"],
        "products": ["web"],
        "access": "authenticated",
        "title": {
            "en": "Update your payment method and billing details",
            "sv": "Uppdatera betalningsmetod och faktureringsuppgifter",
            "nb": "Oppdater betalingsmåte og faktureringsopplysninger",
            "hr": "Ažurirajte način plaćanja i podatke za naplatu",
            "zh-hans": "更新付款方式和账单信息",
        },
        "summary": {
            "en": (
                "Change the card we charge, add a VAT number and download receipts for your "
                "subscription."
            ),
            "sv": (
                "Byt kortet vi debiterar, lägg till ett momsregistreringsnummer och ladda ner "
                "kvitton för ditt abonnemang."
            ),
            "nb": (
                "Bytt kortet vi belaster, legg til et mva-nummer og last ned kvitteringer for "
                "abonnementet."
            ),
            "hr": (
                "Promijenite karticu koju teretimo, dodajte PDV identifikacijski broj i preuzmite "
                "potvrde o plaćanju pretplate."
            ),
            "zh-hans": "更换扣款银行卡、添加增值税号，并下载订阅收据。",
        },
        "body": [
            (
                "paragraph",
                {
                    "en": (
                        "Your Tallyboard subscription is charged to the card saved under Billing. "
                        "Receipts are emailed to the billing contact after each payment."
                    ),
                    "sv": (
                        "Ditt Tallyboard-abonnemang debiteras det kort som sparats under "
                        "Fakturering. Kvitton mejlas till faktureringskontakten efter varje "
                        "betalning."
                    ),
                    "nb": (
                        "Tallyboard-abonnementet belastes kortet som er lagret under Fakturering. "
                        "Kvitteringer sendes på e-post til faktureringskontakten etter hver "
                        "betaling."
                    ),
                    "hr": (
                        "Pretplata na Tallyboard naplaćuje se s kartice spremljene u odjeljku "
                        "Naplata. Potvrde se nakon svake uplate šalju e-poštom kontaktu za naplatu."
                    ),
                    "zh-hans": (
                        "Tallyboard 订阅费用从“账单”中保存的银行卡扣取。每次付款后，收据会通过电子"
                        "邮件发送给账单联系人。"
                    ),
                },
            ),
            (
                "steps",
                [
                    {
                        "en": "Open Settings → Billing → Payment method.",
                        "sv": "Öppna Inställningar → Fakturering → Betalningsmetod.",
                        "nb": "Åpne Innstillinger → Fakturering → Betalingsmåte.",
                        "hr": "Otvorite Postavke → Naplata → Način plaćanja.",
                        "zh-hans": "打开“设置 → 账单 → 付款方式”。",
                    },
                    {
                        "en": "Select Replace card and enter the new card details.",
                        "sv": "Välj Byt kort och ange de nya kortuppgifterna.",
                        "nb": "Velg Bytt kort og skriv inn de nye kortopplysningene.",
                        "hr": "Odaberite Zamijeni karticu i unesite podatke nove kartice.",
                        "zh-hans": "点击“更换银行卡”，输入新卡信息。",
                    },
                    {
                        "en": (
                            "Under Billing details, update the company name, address and VAT "
                            "number."
                        ),
                        "sv": (
                            "Under Faktureringsuppgifter uppdaterar du företagsnamn, adress och "
                            "momsregistreringsnummer."
                        ),
                        "nb": (
                            "Under Faktureringsopplysninger oppdaterer du firmanavn, adresse og "
                            "mva-nummer."
                        ),
                        "hr": (
                            "U odjeljku Podaci za naplatu ažurirajte naziv tvrtke, adresu i PDV "
                            "identifikacijski broj."
                        ),
                        "zh-hans": "在“账单信息”中更新公司名称、地址和增值税号。",
                    },
                    {
                        "en": "Select Save. Future receipts will show the new details.",
                        "sv": "Välj Spara. Kommande kvitton visar de nya uppgifterna.",
                        "nb": "Velg Lagre. Fremtidige kvitteringer viser de nye opplysningene.",
                        "hr": "Odaberite Spremi. Buduće potvrde prikazivat će nove podatke.",
                        "zh-hans": "点击“保存”。之后的收据将显示更新后的信息。",
                    },
                ],
            ),
            (
                "callout",
                "note",
                {
                    "en": (
                        "These are the details for paying Tallyboard. To change what appears on "
                        "the invoices you send to your clients, edit your invoice settings instead."
                    ),
                    "sv": (
                        "Det här är uppgifterna för att betala Tallyboard. Om du vill ändra vad "
                        "som står på fakturorna du skickar till dina kunder redigerar du i stället "
                        "fakturainställningarna."
                    ),
                    "nb": (
                        "Dette er opplysningene for betaling til Tallyboard. Vil du endre hva som "
                        "står på fakturaene du sender til kundene dine, redigerer du i stedet "
                        "fakturainnstillingene."
                    ),
                    "hr": (
                        "Ovo su podaci za plaćanje Tallyboarda. Ako želite promijeniti što piše na "
                        "računima koje šaljete klijentima, uredite postavke računa."
                    ),
                    "zh-hans": (
                        "这些是您向 Tallyboard 付款时使用的信息。如需更改发给客户的发票内容，请编辑"
                        "发票设置。"
                    ),
                },
            ),
            (
                "faq",
                [
                    (
                        {
                            "en": "Where can I download old receipts?",
                            "sv": "Var kan jag ladda ner gamla kvitton?",
                            "nb": "Hvor kan jeg laste ned gamle kvitteringer?",
                            "hr": "Gdje mogu preuzeti starije potvrde o plaćanju?",
                            "zh-hans": "在哪里下载以前的收据？",
                        },
                        {
                            "en": (
                                "Go to Settings → Billing → History. Every receipt can be "
                                "downloaded as a PDF."
                            ),
                            "sv": (
                                "Gå till Inställningar → Fakturering → Historik. Alla kvitton kan "
                                "laddas ner som PDF."
                            ),
                            "nb": (
                                "Gå til Innstillinger → Fakturering → Historikk. Alle kvitteringer "
                                "kan lastes ned som PDF."
                            ),
                            "hr": (
                                "Otvorite Postavke → Naplata → Povijest. Svaka se potvrda može "
                                "preuzeti kao PDF."
                            ),
                            "zh-hans": "进入“设置 → 账单 → 历史记录”，每张收据都可以下载为 PDF。",
                        },
                    ),
                    (
                        {
                            "en": "What happens if a payment fails?",
                            "sv": "Vad händer om en betalning misslyckas?",
                            "nb": "Hva skjer hvis en betaling mislykkes?",
                            "hr": "Što se događa ako plaćanje ne uspije?",
                            "zh-hans": "付款失败会怎样？",
                        },
                        {
                            "en": (
                                "We retry three times over seven days and email the Owner each "
                                "time. The workspace stays fully usable during that period."
                            ),
                            "sv": (
                                "Vi försöker tre gånger under sju dagar och mejlar ägaren varje "
                                "gång. Arbetsytan fungerar som vanligt under tiden."
                            ),
                            "nb": (
                                "Vi prøver tre ganger i løpet av sju dager og sender e-post til "
                                "eieren hver gang. Arbeidsområdet fungerer som vanlig i "
                                "mellomtiden."
                            ),
                            "hr": (
                                "Pokušavamo još tri puta tijekom sedam dana i svaki put "
                                "obavijestimo vlasnika e-poštom. Radni prostor za to vrijeme radi "
                                "normalno."
                            ),
                            "zh-hans": (
                                "我们会在七天内重试三次，并每次通过邮件通知所有者。在此期间工作区可"
                                "正常使用。"
                            ),
                        },
                    ),
                ],
            ),
        ],
    },
    {
        "key": "cancel-your-subscription",
        "category": "account-and-billing",
        "tags": ["billing", "cancel", "account"],
        "products": ["web"],
        "access": "public",
        "title": {
            "en": "Cancel your subscription or delete your workspace",
            "sv": "Säg upp abonnemanget eller radera arbetsytan",
            "nb": "Si opp abonnementet eller slett arbeidsområdet",
            "hr": "Otkažite pretplatu ili izbrišite radni prostor",
            "zh-hans": "取消订阅或删除工作区",
        },
        "summary": {
            "en": (
                "Stop paying for Tallyboard, export your data first and decide whether to keep a "
                "free workspace."
            ),
            "sv": (
                "Sluta betala för Tallyboard, exportera dina data först och välj om du vill "
                "behålla en kostnadsfri arbetsyta."
            ),
            "nb": (
                "Slutt å betale for Tallyboard, eksporter dataene dine først og velg om du vil "
                "beholde et gratis arbeidsområde."
            ),
            "hr": (
                "Prestanite plaćati Tallyboard, najprije izvezite podatke i odlučite želite li "
                "zadržati besplatni radni prostor."
            ),
            "zh-hans": "停止支付 Tallyboard 费用，先导出数据，再决定是否保留免费工作区。",
        },
        "body": [
            (
                "paragraph",
                {
                    "en": (
                        "Cancelling moves your workspace to the Free plan at the end of the "
                        "current billing period. Deleting the workspace removes all of its data "
                        "permanently."
                    ),
                    "sv": (
                        "En uppsägning flyttar arbetsytan till Free när den aktuella "
                        "faktureringsperioden tar slut. Om du raderar arbetsytan tas alla dess "
                        "data bort permanent."
                    ),
                    "nb": (
                        "En oppsigelse flytter arbeidsområdet til Free når den gjeldende "
                        "faktureringsperioden er over. Hvis du sletter arbeidsområdet, fjernes "
                        "alle dataene permanent."
                    ),
                    "hr": (
                        "Otkazivanjem se radni prostor na kraju tekućeg obračunskog razdoblja "
                        "prebacuje na paket Free. Brisanjem radnog prostora trajno se uklanjaju "
                        "svi njegovi podaci."
                    ),
                    "zh-hans": (
                        "取消订阅后，工作区会在当前计费周期结束时转为免费版。删除工作区则会永久移除"
                        "其所有数据。"
                    ),
                },
            ),
            (
                "steps",
                [
                    {
                        "en": "Export your timesheets, invoices and reports from Reports → Export.",
                        "sv": (
                            "Exportera tidrapporter, fakturor och rapporter från Rapporter → "
                            "Export."
                        ),
                        "nb": (
                            "Eksporter timelister, fakturaer og rapporter fra Rapporter → Eksport."
                        ),
                        "hr": (
                            "Izvezite evidencije sati, račune i izvještaje iz Izvještaji → Izvoz."
                        ),
                        "zh-hans": "在“报表 → 导出”中导出工时表、发票和报表。",
                    },
                    {
                        "en": "Open Settings → Billing and select Cancel subscription.",
                        "sv": "Öppna Inställningar → Fakturering och välj Säg upp abonnemang.",
                        "nb": "Åpne Innstillinger → Fakturering og velg Si opp abonnement.",
                        "hr": "Otvorite Postavke → Naplata i odaberite Otkaži pretplatu.",
                        "zh-hans": "打开“设置 → 账单”，点击“取消订阅”。",
                    },
                    {
                        "en": "Tell us why you are leaving, if you like, and confirm.",
                        "sv": "Berätta gärna varför du lämnar och bekräfta.",
                        "nb": "Fortell oss gjerne hvorfor du slutter, og bekreft.",
                        "hr": "Ako želite, recite nam zašto odlazite i potvrdite.",
                        "zh-hans": "如愿意，请告诉我们离开的原因，然后确认。",
                    },
                    {
                        "en": (
                            "To delete everything, go to Settings → General → Delete workspace and "
                            "type the workspace name."
                        ),
                        "sv": (
                            "Om du vill radera allt går du till Inställningar → Allmänt → Radera "
                            "arbetsyta och skriver arbetsytans namn."
                        ),
                        "nb": (
                            "For å slette alt går du til Innstillinger → Generelt → Slett "
                            "arbeidsområde og skriver inn navnet på arbeidsområdet."
                        ),
                        "hr": (
                            "Za brisanje svega otvorite Postavke → Općenito → Izbriši radni "
                            "prostor i upišite naziv radnog prostora."
                        ),
                        "zh-hans": (
                            "如需删除全部内容，请进入“设置 → 常规 → 删除工作区”，并输入工作区名称。"
                        ),
                    },
                ],
            ),
            (
                "callout",
                "warning",
                {
                    "en": "A deleted workspace cannot be restored, not even by our support team.",
                    "sv": (
                        "En raderad arbetsyta kan inte återställas, inte ens av vårt supportteam."
                    ),
                    "nb": (
                        "Et slettet arbeidsområde kan ikke gjenopprettes, heller ikke av "
                        "kundestøtten vår."
                    ),
                    "hr": (
                        "Izbrisani radni prostor ne može se vratiti, čak ni uz pomoć naše podrške."
                    ),
                    "zh-hans": "工作区删除后无法恢复，即使是我们的支持团队也无能为力。",
                },
            ),
        ],
    },
    {
        "key": "transfer-workspace-ownership",
        "category": "account-and-billing",
        "tags": ["owner", "roles", "account"],
        "products": ["web"],
        "access": "public",
        "title": {
            "en": "Transfer workspace ownership",
            "sv": "Överför ägarskapet för arbetsytan",
            "nb": "Overfør eierskapet til arbeidsområdet",
            "hr": "Prenesite vlasništvo nad radnim prostorom",
            "zh-hans": "转移工作区所有权",
        },
        "summary": {
            "en": (
                "Hand over the Owner role to a colleague, for example when you leave the company."
            ),
            "sv": "Lämna över ägarrollen till en kollega, till exempel när du slutar på företaget.",
            "nb": "Overlat eierrollen til en kollega, for eksempel når du slutter i bedriften.",
            "hr": "Predajte ulogu vlasnika kolegi, primjerice kada napuštate tvrtku.",
            "zh-hans": "将所有者角色移交给同事，例如在您离职时。",
        },
        "body": [
            (
                "paragraph",
                {
                    "en": (
                        "The Owner is responsible for billing and is the only person who can "
                        "delete the workspace. Transfer ownership before you deactivate your own "
                        "account."
                    ),
                    "sv": (
                        "Ägaren ansvarar för faktureringen och är den enda som kan radera "
                        "arbetsytan. Överför ägarskapet innan du inaktiverar ditt eget konto."
                    ),
                    "nb": (
                        "Eieren har ansvar for faktureringen og er den eneste som kan slette "
                        "arbeidsområdet. Overfør eierskapet før du deaktiverer din egen konto."
                    ),
                    "hr": (
                        "Vlasnik je odgovoran za naplatu i jedini može izbrisati radni prostor. "
                        "Prenesite vlasništvo prije nego što deaktivirate vlastiti korisnički "
                        "račun."
                    ),
                    "zh-hans": (
                        "所有者负责账单，也是唯一可以删除工作区的人。请在停用自己的账户之前转移所有"
                        "权。"
                    ),
                },
            ),
            (
                "steps",
                [
                    {
                        "en": "Make sure the new Owner is already an Admin in the workspace.",
                        "sv": "Se till att den nya ägaren redan är administratör i arbetsytan.",
                        "nb": (
                            "Sørg for at den nye eieren allerede er administrator i arbeidsområdet."
                        ),
                        "hr": "Provjerite je li novi vlasnik već administrator u radnom prostoru.",
                        "zh-hans": "确认新所有者已经是工作区的管理员。",
                    },
                    {
                        "en": "Open Settings → Team, select the person and choose Make Owner.",
                        "sv": "Öppna Inställningar → Team, välj personen och välj Gör till ägare.",
                        "nb": "Åpne Innstillinger → Team, velg personen og velg Gjør til eier.",
                        "hr": (
                            "Otvorite Postavke → Tim, odaberite osobu i izaberite Postavi za "
                            "vlasnika."
                        ),
                        "zh-hans": "打开“设置 → 团队”，选择该成员并点击“设为所有者”。",
                    },
                    {
                        "en": (
                            "Confirm with your password. You become an Admin once the new Owner "
                            "accepts."
                        ),
                        "sv": (
                            "Bekräfta med ditt lösenord. Du blir administratör när den nya ägaren "
                            "har accepterat."
                        ),
                        "nb": (
                            "Bekreft med passordet ditt. Du blir administrator når den nye eieren "
                            "har godtatt."
                        ),
                        "hr": (
                            "Potvrdite lozinkom. Postat ćete administrator kad novi vlasnik "
                            "prihvati."
                        ),
                        "zh-hans": "输入密码确认。新所有者接受后，您将成为管理员。",
                    },
                ],
            ),
            (
                "faq",
                [
                    (
                        {
                            "en": "The Owner has left and we cannot reach them. What now?",
                            "sv": "Ägaren har slutat och vi når inte personen. Vad gör vi nu?",
                            "nb": (
                                "Eieren har sluttet, og vi får ikke tak i vedkommende. Hva gjør vi "
                                "nå?"
                            ),
                            "hr": "Vlasnik je otišao i ne možemo ga kontaktirati. Što sada?",
                            "zh-hans": "所有者已离职且无法联系，该怎么办？",
                        },
                        {
                            "en": (
                                "Contact support from an Admin account. After we verify your "
                                "company, we can move ownership to another Admin."
                            ),
                            "sv": (
                                "Kontakta supporten från ett administratörskonto. När vi har "
                                "verifierat ert företag kan vi flytta ägarskapet till en annan "
                                "administratör."
                            ),
                            "nb": (
                                "Kontakt kundestøtten fra en administratorkonto. Når vi har "
                                "bekreftet bedriften deres, kan vi flytte eierskapet til en annen "
                                "administrator."
                            ),
                            "hr": (
                                "Obratite se podršci s administratorskog računa. Nakon što "
                                "provjerimo vašu tvrtku, vlasništvo možemo prenijeti na drugog "
                                "administratora."
                            ),
                            "zh-hans": (
                                "请使用管理员账户联系支持团队。核实贵公司身份后，我们可以将所有权转"
                                "给另一位管理员。"
                            ),
                        },
                    ),
                    (
                        {
                            "en": "Does the billing card change too?",
                            "sv": "Byts betalkortet också?",
                            "nb": "Endres betalingskortet også?",
                            "hr": "Mijenja li se i kartica za naplatu?",
                            "zh-hans": "付款银行卡也会随之更改吗？",
                        },
                        {
                            "en": (
                                "No. The saved card stays until the new Owner replaces it under "
                                "Settings → Billing."
                            ),
                            "sv": (
                                "Nej. Det sparade kortet ligger kvar tills den nya ägaren byter "
                                "det under Inställningar → Fakturering."
                            ),
                            "nb": (
                                "Nei. Det lagrede kortet blir liggende til den nye eieren bytter "
                                "det under Innstillinger → Fakturering."
                            ),
                            "hr": (
                                "Ne. Spremljena kartica ostaje dok je novi vlasnik ne zamijeni u "
                                "Postavke → Naplata."
                            ),
                            "zh-hans": (
                                "不会。已保存的银行卡会一直保留，直到新所有者在“设置 → 账单”中更"
                                "换。"
                            ),
                        },
                    ),
                ],
            ),
        ],
    },
    {
        "key": "track-time-with-the-timer",
        "category": "time-tracking",
        "tags": ["timer", "time-entries"],
        "products": ["web", "mobile"],
        "access": "public",
        "title": {
            "en": "Track time with the timer",
            "sv": "Registrera tid med timern",
            "nb": "Før timer med tidtakeren",
            "hr": "Bilježite vrijeme štopericom",
            "zh-hans": "使用计时器记录工时",
        },
        "summary": {
            "en": (
                "Start and stop the timer in the web app or the mobile apps, and switch tasks with "
                "one click."
            ),
            "sv": (
                "Starta och stoppa timern i webbappen eller mobilapparna och byt uppgift med ett "
                "klick."
            ),
            "nb": (
                "Start og stopp tidtakeren i nettappen eller mobilappene, og bytt oppgave med ett "
                "klikk."
            ),
            "hr": (
                "Pokrenite i zaustavite štopericu u web-aplikaciji ili mobilnim aplikacijama te "
                "jednim klikom promijenite zadatak."
            ),
            "zh-hans": "在网页版或移动应用中启动和停止计时器，一键切换任务。",
        },
        "body": [
            (
                "paragraph",
                {
                    "en": (
                        "The timer is the quickest way to capture hours as you work. Only one "
                        "timer can run at a time, and it keeps running if you close the browser."
                    ),
                    "sv": (
                        "Timern är det snabbaste sättet att fånga timmar medan du arbetar. Bara en "
                        "timer kan vara igång åt gången, och den fortsätter även om du stänger "
                        "webbläsaren."
                    ),
                    "nb": (
                        "Tidtakeren er den raskeste måten å registrere timer på mens du jobber. "
                        "Bare én tidtaker kan gå om gangen, og den fortsetter selv om du lukker "
                        "nettleseren."
                    ),
                    "hr": (
                        "Štoperica je najbrži način bilježenja sati dok radite. Istodobno može "
                        "raditi samo jedna štoperica, a nastavlja raditi i ako zatvorite "
                        "preglednik."
                    ),
                    "zh-hans": (
                        "计时器是工作时记录工时最快捷的方式。同一时间只能运行一个计时器，即使关闭浏"
                        "览器它也会继续计时。"
                    ),
                },
            ),
            (
                "steps",
                [
                    {
                        "en": "Open the Time page and pick a project and task.",
                        "sv": "Öppna sidan Tid och välj projekt och uppgift.",
                        "nb": "Åpne Tid-siden og velg prosjekt og oppgave.",
                        "hr": "Otvorite stranicu Vrijeme i odaberite projekt i zadatak.",
                        "zh-hans": "打开“工时”页面，选择项目和任务。",
                    },
                    {
                        "en": "Add a short note describing the work, if you like.",
                        "sv": "Lägg gärna till en kort anteckning om arbetet.",
                        "nb": "Legg gjerne til et kort notat om arbeidet.",
                        "hr": "Po želji dodajte kratku bilješku o poslu.",
                        "zh-hans": "可以添加一条简短的工作说明。",
                    },
                    {
                        "en": (
                            "Select Start. The running time appears in the top bar and in the "
                            "browser tab."
                        ),
                        "sv": (
                            "Välj Starta. Den löpande tiden visas i det övre fältet och i "
                            "webbläsarfliken."
                        ),
                        "nb": "Velg Start. Tiden som går, vises i topplinjen og i nettleserfanen.",
                        "hr": (
                            "Odaberite Pokreni. Vrijeme koje teče prikazuje se na gornjoj traci i "
                            "u kartici preglednika."
                        ),
                        "zh-hans": "点击“开始”。计时会显示在顶部栏和浏览器标签页中。",
                    },
                    {
                        "en": "Select Stop when you finish. The entry is saved automatically.",
                        "sv": "Välj Stoppa när du är klar. Posten sparas automatiskt.",
                        "nb": "Velg Stopp når du er ferdig. Føringen lagres automatisk.",
                        "hr": "Kada završite, odaberite Zaustavi. Unos se sprema automatski.",
                        "zh-hans": "完成后点击“停止”，记录会自动保存。",
                    },
                ],
            ),
            (
                "callout",
                "tip",
                {
                    "en": (
                        "Press the S key on the Time page to start or stop the timer without using "
                        "the mouse."
                    ),
                    "sv": (
                        "Tryck på tangenten S på sidan Tid för att starta eller stoppa timern utan "
                        "mus."
                    ),
                    "nb": (
                        "Trykk på S-tasten på Tid-siden for å starte eller stoppe tidtakeren uten "
                        "mus."
                    ),
                    "hr": (
                        "Na stranici Vrijeme pritisnite tipku S kako biste pokrenuli ili "
                        "zaustavili štopericu bez miša."
                    ),
                    "zh-hans": "在“工时”页面按 S 键，无需鼠标即可启动或停止计时器。",
                },
            ),
            (
                "faq",
                [
                    (
                        {
                            "en": "I forgot to stop the timer. How do I fix the hours?",
                            "sv": "Jag glömde att stoppa timern. Hur rättar jag timmarna?",
                            "nb": "Jeg glemte å stoppe tidtakeren. Hvordan retter jeg timene?",
                            "hr": "Štoperica je ostala uključena. Kako mogu ispraviti sate?",
                            "zh-hans": "忘记停止计时器了，如何修正工时？",
                        },
                        {
                            "en": (
                                "Open the entry and change the end time or the duration. A timer "
                                "that runs for more than 10 hours also sends you a reminder."
                            ),
                            "sv": (
                                "Öppna posten och ändra sluttiden eller varaktigheten. En timer "
                                "som går i mer än 10 timmar skickar dessutom en påminnelse."
                            ),
                            "nb": (
                                "Åpne føringen og endre sluttidspunktet eller varigheten. En "
                                "tidtaker som går i mer enn 10 timer, sender deg også en "
                                "påminnelse."
                            ),
                            "hr": (
                                "Otvorite unos i promijenite vrijeme završetka ili trajanje. "
                                "Štoperica koja radi dulje od 10 sati šalje vam i podsjetnik."
                            ),
                            "zh-hans": (
                                "打开该记录，修改结束时间或时长。计时超过 10 小时也会向您发送提醒。"
                            ),
                        },
                    ),
                    (
                        {
                            "en": "Does the timer round my hours?",
                            "sv": "Avrundar timern mina timmar?",
                            "nb": "Runder tidtakeren av timene mine?",
                            "hr": "Zaokružuje li štoperica moje sate?",
                            "zh-hans": "计时器会对工时进行取整吗？",
                        },
                        {
                            "en": (
                                "Entries are saved to the minute. Admins can apply rounding on "
                                "invoices and reports without changing the original entries."
                            ),
                            "sv": (
                                "Poster sparas på minuten. Administratörer kan avrunda på fakturor "
                                "och i rapporter utan att de ursprungliga posterna ändras."
                            ),
                            "nb": (
                                "Føringer lagres med minuttpresisjon. Administratorer kan runde av "
                                "på fakturaer og i rapporter uten å endre de opprinnelige "
                                "føringene."
                            ),
                            "hr": (
                                "Unosi se spremaju s točnošću od jedne minute. Administratori mogu "
                                "primijeniti zaokruživanje na računima i izvještajima bez "
                                "mijenjanja izvornih unosa."
                            ),
                            "zh-hans": (
                                "记录精确到分钟。管理员可以在发票和报表中设置取整，而不会改动原始记"
                                "录。"
                            ),
                        },
                    ),
                ],
            ),
        ],
    },
    {
        "key": "add-and-edit-time-entries",
        "category": "time-tracking",
        "tags": ["time-entries", "editing"],
        "products": ["web", "mobile"],
        "access": "public",
        "title": {
            "en": "Add, edit or delete time entries",
            "sv": "Lägg till, redigera eller ta bort tidsposter",
            "nb": "Legg til, rediger eller slett timeføringer",
            "hr": "Dodajte, uredite ili izbrišite unose vremena",
            "zh-hans": "添加、编辑或删除工时记录",
        },
        "summary": {
            "en": "Log hours after the fact, correct mistakes and move entries to another project.",
            "sv": (
                "Registrera timmar i efterhand, rätta misstag och flytta poster till ett annat "
                "projekt."
            ),
            "nb": "Før timer i etterkant, rett feil og flytt føringer til et annet prosjekt.",
            "hr": "Naknadno upišite sate, ispravite pogreške i premjestite unose na drugi projekt.",
            "zh-hans": "补录工时、更正错误，并将记录移至其他项目。",
        },
        "body": [
            (
                "paragraph",
                {
                    "en": (
                        "Not everyone uses the timer, and that is fine. You can type hours "
                        "straight into the weekly view and correct any entry until its timesheet "
                        "is approved."
                    ),
                    "sv": (
                        "Alla använder inte timern, och det är helt okej. Du kan skriva in timmar "
                        "direkt i veckovyn och rätta alla poster tills tidrapporten har godkänts."
                    ),
                    "nb": (
                        "Ikke alle bruker tidtakeren, og det er helt greit. Du kan skrive timer "
                        "rett inn i ukevisningen og rette alle føringer til timelisten er godkjent."
                    ),
                    "hr": (
                        "Ne koriste svi štopericu i to je sasvim u redu. Sate možete upisati "
                        "izravno u tjedni prikaz i ispravljati unose dok evidencija sati ne bude "
                        "odobrena."
                    ),
                    "zh-hans": (
                        "并非每个人都使用计时器，这完全没问题。您可以直接在周视图中输入工时，并在工"
                        "时表获批前随时修改记录。"
                    ),
                },
            ),
            (
                "heading",
                {
                    "en": "Add hours manually",
                    "sv": "Lägg till timmar manuellt",
                    "nb": "Legg til timer manuelt",
                    "hr": "Ručno dodajte sate",
                    "zh-hans": "手动添加工时",
                },
            ),
            (
                "steps",
                [
                    {
                        "en": "Open Time and switch to the Week view.",
                        "sv": "Öppna Tid och byt till veckovyn.",
                        "nb": "Åpne Tid og bytt til ukevisningen.",
                        "hr": "Otvorite Vrijeme i prebacite se na tjedni prikaz.",
                        "zh-hans": "打开“工时”，切换到周视图。",
                    },
                    {
                        "en": "Select Add row and choose the project and task.",
                        "sv": "Välj Lägg till rad och välj projekt och uppgift.",
                        "nb": "Velg Legg til rad og velg prosjekt og oppgave.",
                        "hr": "Odaberite Dodaj redak i izaberite projekt i zadatak.",
                        "zh-hans": "点击“添加行”，选择项目和任务。",
                    },
                    {
                        "en": "Type the hours for each day, for example 1:30 or 1.5.",
                        "sv": "Skriv in timmarna för varje dag, till exempel 1:30 eller 1,5.",
                        "nb": "Skriv inn timene for hver dag, for eksempel 1:30 eller 1,5.",
                        "hr": "Upišite sate za svaki dan, primjerice 1:30 ili 1,5.",
                        "zh-hans": "输入每天的工时，例如 1:30 或 1.5。",
                    },
                    {
                        "en": "Select Save week.",
                        "sv": "Välj Spara vecka.",
                        "nb": "Velg Lagre uke.",
                        "hr": "Odaberite Spremi tjedan.",
                        "zh-hans": "点击“保存本周”。",
                    },
                ],
            ),
            (
                "callout",
                "note",
                {
                    "en": (
                        "Entries in an approved or locked timesheet cannot be edited. Ask your "
                        "Manager to reopen the timesheet first."
                    ),
                    "sv": (
                        "Poster i en godkänd eller låst tidrapport kan inte redigeras. Be din chef "
                        "att öppna tidrapporten igen först."
                    ),
                    "nb": (
                        "Føringer i en godkjent eller låst timeliste kan ikke redigeres. Be "
                        "lederen din om å åpne timelisten igjen først."
                    ),
                    "hr": (
                        "Unosi u odobrenoj ili zaključanoj evidenciji sati ne mogu se uređivati. "
                        "Najprije zamolite voditelja da ponovno otvori evidenciju."
                    ),
                    "zh-hans": (
                        "已审批或已锁定的工时表中的记录无法编辑。请先让经理重新打开该工时表。"
                    ),
                },
            ),
            (
                "faq",
                [
                    (
                        {
                            "en": "How do I move an entry to another project?",
                            "sv": "Hur flyttar jag en post till ett annat projekt?",
                            "nb": "Hvordan flytter jeg en føring til et annet prosjekt?",
                            "hr": "Kako premjestiti unos na drugi projekt?",
                            "zh-hans": "如何将记录移到其他项目？",
                        },
                        {
                            "en": (
                                "Open the entry, pick the new project and task, and select Save. "
                                "The hours keep their original date."
                            ),
                            "sv": (
                                "Öppna posten, välj nytt projekt och ny uppgift och välj Spara. "
                                "Timmarna behåller sitt ursprungliga datum."
                            ),
                            "nb": (
                                "Åpne føringen, velg nytt prosjekt og ny oppgave, og velg Lagre. "
                                "Timene beholder den opprinnelige datoen."
                            ),
                            "hr": (
                                "Otvorite unos, odaberite novi projekt i zadatak te odaberite "
                                "Spremi. Sati zadržavaju izvorni datum."
                            ),
                            "zh-hans": (
                                "打开该记录，选择新的项目和任务，然后点击“保存”。工时保留原来的日"
                                "期。"
                            ),
                        },
                    ),
                    (
                        {
                            "en": "Can I restore a deleted entry?",
                            "sv": "Kan jag återställa en borttagen post?",
                            "nb": "Kan jeg gjenopprette en slettet føring?",
                            "hr": "Mogu li vratiti izbrisani unos?",
                            "zh-hans": "可以恢复已删除的记录吗？",
                        },
                        {
                            "en": (
                                "Yes, for 30 days. Select Undo right after deleting, or ask an "
                                "Admin to restore it from Settings → Trash."
                            ),
                            "sv": (
                                "Ja, i 30 dagar. Välj Ångra direkt efter borttagningen eller be en "
                                "administratör att återställa den från Inställningar → Papperskorg."
                            ),
                            "nb": (
                                "Ja, i 30 dager. Velg Angre rett etter slettingen, eller be en "
                                "administrator om å gjenopprette den fra Innstillinger → Papirkurv."
                            ),
                            "hr": (
                                "Da, 30 dana. Odmah nakon brisanja odaberite Poništi ili zamolite "
                                "administratora da ga vrati iz Postavke → Smeće."
                            ),
                            "zh-hans": (
                                "可以，30 天内有效。删除后立即点击“撤销”，或请管理员在“设置 → 回收"
                                "站”中恢复。"
                            ),
                        },
                    ),
                ],
            ),
        ],
    },
    {
        "key": "submit-your-timesheet",
        "category": "time-tracking",
        "tags": ["timesheets", "approval"],
        "products": ["web", "mobile"],
        "access": "public",
        "title": {
            "en": "Submit your timesheet for approval",
            "sv": "Skicka in din tidrapport för godkännande",
            "nb": "Send inn timelisten til godkjenning",
            "hr": "Pošaljite evidenciju sati na odobrenje",
            "zh-hans": "提交工时表以供审批",
        },
        "summary": {
            "en": (
                "Send your weekly timesheet to your Manager and see what happens if it is rejected."
            ),
            "sv": "Skicka veckans tidrapport till din chef och se vad som händer om den avvisas.",
            "nb": "Send ukens timeliste til lederen din og se hva som skjer hvis den blir avvist.",
            "hr": (
                "Pošaljite tjednu evidenciju sati voditelju i saznajte što se događa ako je odbije."
            ),
            "zh-hans": "将每周工时表提交给经理，并了解被驳回后的处理方式。",
        },
        "body": [
            (
                "paragraph",
                {
                    "en": (
                        "When approvals are turned on, each week’s hours form a timesheet that "
                        "must be submitted. Submitted timesheets are read-only until a Manager "
                        "approves or rejects them."
                    ),
                    "sv": (
                        "När godkännanden är aktiverade bildar varje veckas timmar en tidrapport "
                        "som måste skickas in. Inskickade tidrapporter är skrivskyddade tills en "
                        "chef godkänner eller avvisar dem."
                    ),
                    "nb": (
                        "Når godkjenning er slått på, utgjør hver ukes timer en timeliste som må "
                        "sendes inn. Innsendte timelister er skrivebeskyttet til en leder "
                        "godkjenner eller avviser dem."
                    ),
                    "hr": (
                        "Kad su odobrenja uključena, sati svakog tjedna čine evidenciju sati koju "
                        "treba poslati. Poslane evidencije mogu se samo čitati dok ih voditelj ne "
                        "odobri ili odbije."
                    ),
                    "zh-hans": (
                        "开启审批后，每周的工时会组成一份需要提交的工时表。提交后的工时表为只读状"
                        "态，直到经理批准或驳回。"
                    ),
                },
            ),
            (
                "steps",
                [
                    {
                        "en": "Open Time → Week and check that every day is complete.",
                        "sv": "Öppna Tid → Vecka och kontrollera att alla dagar är ifyllda.",
                        "nb": "Åpne Tid → Uke og kontroller at alle dager er fylt ut.",
                        "hr": "Otvorite Vrijeme → Tjedan i provjerite je li svaki dan popunjen.",
                        "zh-hans": "打开“工时 → 周”，检查每天是否都已填写完整。",
                    },
                    {
                        "en": "Select Submit for approval at the bottom of the week.",
                        "sv": "Välj Skicka för godkännande längst ned i veckan.",
                        "nb": "Velg Send til godkjenning nederst i uken.",
                        "hr": "Na dnu tjedna odaberite Pošalji na odobrenje.",
                        "zh-hans": "点击本周底部的“提交审批”。",
                    },
                    {
                        "en": "Add a comment for your Manager if something needs explaining.",
                        "sv": "Lägg till en kommentar till din chef om något behöver förklaras.",
                        "nb": (
                            "Legg til en kommentar til lederen din hvis noe trenger en forklaring."
                        ),
                        "hr": "Dodajte komentar za voditelja ako nešto treba objasniti.",
                        "zh-hans": "如有需要说明的情况，可以给经理添加备注。",
                    },
                ],
            ),
            (
                "callout",
                "tip",
                {
                    "en": (
                        "If your Manager rejects a timesheet, you get a notification with their "
                        "comment. Fix the entries and submit again."
                    ),
                    "sv": (
                        "Om din chef avvisar en tidrapport får du en avisering med chefens "
                        "kommentar. Rätta posterna och skicka in igen."
                    ),
                    "nb": (
                        "Hvis lederen din avviser en timeliste, får du et varsel med kommentaren. "
                        "Rett føringene og send inn på nytt."
                    ),
                    "hr": (
                        "Ako voditelj odbije evidenciju sati, dobit ćete obavijest s njegovim "
                        "komentarom. Ispravite unose i ponovno je pošaljite."
                    ),
                    "zh-hans": (
                        "如果经理驳回工时表，您会收到附带经理备注的通知。修改记录后重新提交即可。"
                    ),
                },
            ),
            (
                "faq",
                [
                    (
                        {
                            "en": "Can I submit a timesheet before the week is over?",
                            "sv": "Kan jag skicka in en tidrapport innan veckan är slut?",
                            "nb": "Kan jeg sende inn en timeliste før uken er over?",
                            "hr": "Mogu li poslati evidenciju sati prije kraja tjedna?",
                            "zh-hans": "可以在一周结束前提交工时表吗？",
                        },
                        {
                            "en": (
                                "Yes, for example before a holiday. Any hours added later in that "
                                "week go into a new draft."
                            ),
                            "sv": (
                                "Ja, till exempel före en ledighet. Timmar som läggs till senare "
                                "samma vecka hamnar i ett nytt utkast."
                            ),
                            "nb": (
                                "Ja, for eksempel før en ferie. Timer som legges til senere samme "
                                "uke, havner i et nytt utkast."
                            ),
                            "hr": (
                                "Da, primjerice prije godišnjeg odmora. Sati koje kasnije dodate u "
                                "tom tjednu ulaze u novi nacrt."
                            ),
                            "zh-hans": "可以，例如在休假前提交。该周之后添加的工时会进入新的草稿。",
                        },
                    ),
                    (
                        {
                            "en": "Who approves my timesheet?",
                            "sv": "Vem godkänner min tidrapport?",
                            "nb": "Hvem godkjenner timelisten min?",
                            "hr": "Tko odobrava moju evidenciju sati?",
                            "zh-hans": "谁来审批我的工时表？",
                        },
                        {
                            "en": (
                                "The Managers of the projects you tracked time on. If you have no "
                                "Manager, an Admin approves it."
                            ),
                            "sv": (
                                "Cheferna för de projekt du har registrerat tid på. Om du inte har "
                                "någon chef godkänner en administratör den."
                            ),
                            "nb": (
                                "Lederne for prosjektene du har ført timer på. Hvis du ikke har "
                                "noen leder, godkjenner en administrator den."
                            ),
                            "hr": (
                                "Voditelji projekata na kojima ste bilježili vrijeme. Ako nemate "
                                "voditelja, odobrava je administrator."
                            ),
                            "zh-hans": (
                                "由您记录工时所在项目的经理审批。如果没有经理，则由管理员审批。"
                            ),
                        },
                    ),
                ],
            ),
        ],
    },
    {
        "key": "approve-timesheets",
        "category": "time-tracking",
        "tags": ["timesheets", "approval", "managers"],
        "products": ["web", "mobile"],
        "access": "public",
        "title": {
            "en": "Review and approve timesheets",
            "sv": "Granska och godkänn tidrapporter",
            "nb": "Gå gjennom og godkjenn timelister",
            "hr": "Pregledajte i odobrite evidencije sati",
            "zh-hans": "审核和批准工时表",
        },
        "summary": {
            "en": "As a Manager, approve or reject submitted timesheets one by one or in bulk.",
            "sv": (
                "Som chef godkänner eller avvisar du inskickade tidrapporter en i taget eller "
                "flera samtidigt."
            ),
            "nb": (
                "Som leder godkjenner eller avviser du innsendte timelister én og én eller flere "
                "samtidig."
            ),
            "hr": (
                "Kao voditelj odobravajte ili odbijajte poslane evidencije sati pojedinačno ili "
                "skupno."
            ),
            "zh-hans": "经理可以逐一或批量批准、驳回已提交的工时表。",
        },
        "body": [
            (
                "paragraph",
                {
                    "en": (
                        "Only approved hours can be invoiced, so regular approvals keep your "
                        "billing on time."
                    ),
                    "sv": (
                        "Endast godkända timmar kan faktureras, så regelbundna godkännanden gör "
                        "att faktureringen blir klar i tid."
                    ),
                    "nb": (
                        "Bare godkjente timer kan faktureres, så jevnlige godkjenninger sørger for "
                        "at faktureringen skjer i tide."
                    ),
                    "hr": (
                        "Samo se odobreni sati mogu naplatiti pa redovita odobrenja osiguravaju da "
                        "račune izdajete na vrijeme."
                    ),
                    "zh-hans": "只有已批准的工时才能开具发票，因此定期审批可以确保按时计费。",
                },
            ),
            (
                "steps",
                [
                    {
                        "en": "Open Approvals. Timesheets waiting for you are listed by week.",
                        "sv": (
                            "Öppna Godkännanden. Tidrapporter som väntar på dig listas per vecka."
                        ),
                        "nb": "Åpne Godkjenninger. Timelister som venter på deg, vises per uke.",
                        "hr": (
                            "Otvorite Odobrenja. Evidencije sati koje vas čekaju prikazane su po "
                            "tjednima."
                        ),
                        "zh-hans": "打开“审批”，等待您处理的工时表会按周列出。",
                    },
                    {
                        "en": "Select a timesheet to see the entries, notes and any overtime.",
                        "sv": (
                            "Välj en tidrapport för att se poster, anteckningar och eventuell "
                            "övertid."
                        ),
                        "nb": "Velg en timeliste for å se føringer, notater og eventuell overtid.",
                        "hr": (
                            "Odaberite evidenciju sati da biste vidjeli unose, bilješke i "
                            "eventualni prekovremeni rad."
                        ),
                        "zh-hans": "选择一份工时表，查看记录、备注以及加班情况。",
                    },
                    {
                        "en": "Select Approve, or Reject and write a short reason.",
                        "sv": "Välj Godkänn, eller Avvisa och skriv en kort motivering.",
                        "nb": "Velg Godkjenn, eller Avvis og skriv en kort begrunnelse.",
                        "hr": "Odaberite Odobri ili Odbij i napišite kratko obrazloženje.",
                        "zh-hans": "点击“批准”，或点击“驳回”并填写简短理由。",
                    },
                    {
                        "en": (
                            "To handle many at once, tick the timesheets and select Approve "
                            "selected."
                        ),
                        "sv": (
                            "Om du vill hantera många samtidigt markerar du tidrapporterna och "
                            "väljer Godkänn markerade."
                        ),
                        "nb": (
                            "For å behandle mange samtidig huker du av timelistene og velger "
                            "Godkjenn valgte."
                        ),
                        "hr": (
                            "Za obradu više evidencija odjednom označite ih i odaberite Odobri "
                            "odabrane."
                        ),
                        "zh-hans": "如需批量处理，勾选多份工时表，然后点击“批准所选”。",
                    },
                ],
            ),
            (
                "callout",
                "note",
                {
                    "en": (
                        "An Admin can reopen an approved timesheet, as long as none of its hours "
                        "have been invoiced."
                    ),
                    "sv": (
                        "En administratör kan öppna en godkänd tidrapport igen, så länge inga av "
                        "dess timmar har fakturerats."
                    ),
                    "nb": (
                        "En administrator kan åpne en godkjent timeliste igjen, så lenge ingen av "
                        "timene er fakturert."
                    ),
                    "hr": (
                        "Administrator može ponovno otvoriti odobrenu evidenciju sati sve dok "
                        "nijedan od njezinih sati nije naplaćen."
                    ),
                    "zh-hans": "只要其中的工时尚未开具发票，管理员就可以重新打开已批准的工时表。",
                },
            ),
            (
                "faq",
                [
                    (
                        {
                            "en": "Can I approve timesheets from my phone?",
                            "sv": "Kan jag godkänna tidrapporter i mobilen?",
                            "nb": "Kan jeg godkjenne timelister på mobilen?",
                            "hr": "Mogu li odobravati evidencije sati na mobitelu?",
                            "zh-hans": "可以在手机上审批工时表吗？",
                        },
                        {
                            "en": (
                                "Yes. The Approvals tab in the mobile apps works the same way as "
                                "on the web."
                            ),
                            "sv": (
                                "Ja. Fliken Godkännanden i mobilapparna fungerar på samma sätt som "
                                "på webben."
                            ),
                            "nb": (
                                "Ja. Fanen Godkjenninger i mobilappene fungerer på samme måte som "
                                "på nettet."
                            ),
                            "hr": (
                                "Da. Kartica Odobrenja u mobilnim aplikacijama radi jednako kao na "
                                "webu."
                            ),
                            "zh-hans": "可以。移动应用中的“审批”标签页与网页版的使用方式相同。",
                        },
                    ),
                    (
                        {
                            "en": "Can someone approve on my behalf while I am away?",
                            "sv": "Kan någon godkänna åt mig när jag är borta?",
                            "nb": "Kan noen godkjenne på mine vegne mens jeg er borte?",
                            "hr": "Može li netko odobravati umjesto mene dok me nema?",
                            "zh-hans": "我不在时，可以由他人代为审批吗？",
                        },
                        {
                            "en": (
                                "Yes. Under Profile → Approvals, choose a delegate and the dates "
                                "you are away."
                            ),
                            "sv": (
                                "Ja. Under Profil → Godkännanden väljer du en ersättare och "
                                "datumen då du är borta."
                            ),
                            "nb": (
                                "Ja. Under Profil → Godkjenninger velger du en stedfortreder og "
                                "datoene du er borte."
                            ),
                            "hr": (
                                "Da. U Profil → Odobrenja odaberite zamjenika i datume svoje "
                                "odsutnosti."
                            ),
                            "zh-hans": "可以。在“个人资料 → 审批”中选择代理人以及您不在的日期。",
                        },
                    ),
                ],
            ),
        ],
    },
    {
        "key": "overtime-rules",
        "category": "time-tracking",
        "tags": ["overtime", "timesheets", "rules"],
        "products": ["web"],
        "access": "public",
        "title": {
            "en": "Set up overtime rules",
            "sv": "Ställ in regler för övertid",
            "nb": "Sett opp regler for overtid",
            "hr": "Postavite pravila za prekovremeni rad",
            "zh-hans": "设置加班规则",
        },
        "summary": {
            "en": (
                "Define daily or weekly limits so overtime hours are flagged on timesheets and "
                "reports."
            ),
            "sv": (
                "Ange dagliga eller veckovisa gränser så att övertid markeras i tidrapporter och "
                "rapporter."
            ),
            "nb": (
                "Angi daglige eller ukentlige grenser slik at overtid markeres i timelister og "
                "rapporter."
            ),
            "hr": (
                "Odredite dnevna ili tjedna ograničenja kako bi prekovremeni sati bili označeni u "
                "evidencijama i izvještajima."
            ),
            "zh-hans": "设置每日或每周上限，让加班工时在工时表和报表中被标记出来。",
        },
        "body": [
            (
                "paragraph",
                {
                    "en": (
                        "Overtime rules do not change how hours are tracked. They mark hours above "
                        "a limit so Managers and payroll can see them at a glance."
                    ),
                    "sv": (
                        "Övertidsregler ändrar inte hur timmar registreras. De markerar timmar "
                        "över en gräns så att chefer och lönehantering ser dem direkt."
                    ),
                    "nb": (
                        "Overtidsregler endrer ikke hvordan timer føres. De markerer timer over en "
                        "grense, slik at ledere og lønn ser dem med en gang."
                    ),
                    "hr": (
                        "Pravila za prekovremeni rad ne mijenjaju način bilježenja sati. Ona "
                        "označavaju sate iznad ograničenja kako bi ih voditelji i obračun plaća "
                        "odmah uočili."
                    ),
                    "zh-hans": (
                        "加班规则不会改变工时的记录方式，只会标记超出上限的工时，方便经理和薪资人员"
                        "一目了然。"
                    ),
                },
            ),
            (
                "steps",
                [
                    {
                        "en": "Open Settings → Time tracking → Overtime.",
                        "sv": "Öppna Inställningar → Tidsregistrering → Övertid.",
                        "nb": "Åpne Innstillinger → Timeføring → Overtid.",
                        "hr": "Otvorite Postavke → Praćenje vremena → Prekovremeni rad.",
                        "zh-hans": "打开“设置 → 时间跟踪 → 加班”。",
                    },
                    {
                        "en": (
                            "Choose a daily limit, a weekly limit or both, for example 8 and 40 "
                            "hours."
                        ),
                        "sv": (
                            "Välj en daglig gräns, en veckogräns eller båda, till exempel 8 och 40 "
                            "timmar."
                        ),
                        "nb": (
                            "Velg en daglig grense, en ukentlig grense eller begge, for eksempel 8 "
                            "og 40 timer."
                        ),
                        "hr": (
                            "Odaberite dnevno ograničenje, tjedno ograničenje ili oba, primjerice "
                            "8 i 40 sati."
                        ),
                        "zh-hans": "选择每日上限、每周上限或同时设置两者，例如 8 小时和 40 小时。",
                    },
                    {
                        "en": "Set a different schedule for part-time staff under Work schedules.",
                        "sv": "Ange ett annat schema för deltidsanställda under Arbetsscheman.",
                        "nb": "Angi en annen arbeidsplan for deltidsansatte under Arbeidsplaner.",
                        "hr": (
                            "Za zaposlenike s nepunim radnim vremenom postavite drugačiji raspored "
                            "u odjeljku Rasporedi rada."
                        ),
                        "zh-hans": "在“工作安排”中为兼职员工设置不同的排班。",
                    },
                    {
                        "en": (
                            "Choose whether weekend hours always count as overtime, then select "
                            "Save."
                        ),
                        "sv": (
                            "Välj om helgtimmar alltid ska räknas som övertid och välj sedan Spara."
                        ),
                        "nb": (
                            "Velg om helgetimer alltid skal regnes som overtid, og velg deretter "
                            "Lagre."
                        ),
                        "hr": (
                            "Odaberite računaju li se sati vikendom uvijek kao prekovremeni, a "
                            "zatim odaberite Spremi."
                        ),
                        "zh-hans": "选择周末工时是否始终计为加班，然后点击“保存”。",
                    },
                ],
            ),
            (
                "callout",
                "warning",
                {
                    "en": (
                        "Rules apply from the date you save them. Past timesheets are not "
                        "recalculated."
                    ),
                    "sv": (
                        "Reglerna gäller från det datum du sparar dem. Tidigare tidrapporter "
                        "räknas inte om."
                    ),
                    "nb": (
                        "Reglene gjelder fra datoen du lagrer dem. Tidligere timelister beregnes "
                        "ikke på nytt."
                    ),
                    "hr": (
                        "Pravila vrijede od datuma kada ih spremite. Prethodne evidencije sati ne "
                        "izračunavaju se ponovno."
                    ),
                    "zh-hans": "规则自保存之日起生效，之前的工时表不会重新计算。",
                },
            ),
            (
                "faq",
                [
                    (
                        {
                            "en": "Can overtime be billed at a higher rate?",
                            "sv": "Kan övertid debiteras till ett högre pris?",
                            "nb": "Kan overtid faktureres til en høyere pris?",
                            "hr": "Može li se prekovremeni rad naplaćivati po višoj satnici?",
                            "zh-hans": "加班可以按更高费率计费吗？",
                        },
                        {
                            "en": (
                                "Yes. In the project’s billing settings, add an overtime "
                                "multiplier such as 1.5."
                            ),
                            "sv": (
                                "Ja. Lägg till en övertidsfaktor, till exempel 1,5, i projektets "
                                "debiteringsinställningar."
                            ),
                            "nb": (
                                "Ja. Legg til en overtidsfaktor, for eksempel 1,5, i prosjektets "
                                "faktureringsinnstillinger."
                            ),
                            "hr": (
                                "Da. U postavkama naplate projekta dodajte koeficijent za "
                                "prekovremeni rad, primjerice 1,5."
                            ),
                            "zh-hans": "可以。在项目的计费设置中添加加班倍率，例如 1.5。",
                        },
                    ),
                    (
                        {
                            "en": "Where can I see overtime totals?",
                            "sv": "Var ser jag summan av övertid?",
                            "nb": "Hvor ser jeg summen av overtid?",
                            "hr": "Gdje mogu vidjeti ukupne prekovremene sate?",
                            "zh-hans": "在哪里查看加班总计？",
                        },
                        {
                            "en": (
                                "Open Reports → Time and group by person. Overtime appears in its "
                                "own column."
                            ),
                            "sv": (
                                "Öppna Rapporter → Tid och gruppera per person. Övertid visas i en "
                                "egen kolumn."
                            ),
                            "nb": (
                                "Åpne Rapporter → Tid og grupper etter person. Overtid vises i en "
                                "egen kolonne."
                            ),
                            "hr": (
                                "Otvorite Izvještaji → Vrijeme i grupirajte po osobi. Prekovremeni "
                                "sati prikazuju se u zasebnom stupcu."
                            ),
                            "zh-hans": "打开“报表 → 工时”并按人员分组，加班会显示在单独的列中。",
                        },
                    ),
                ],
            ),
        ],
    },
    {
        "key": "lock-timesheet-periods",
        "category": "time-tracking",
        "tags": ["timesheets", "locking", "payroll"],
        "products": ["web"],
        "access": "public",
        "title": {
            "en": "Lock past timesheet periods",
            "sv": "Lås tidigare tidrapportperioder",
            "nb": "Lås tidligere timelisteperioder",
            "hr": "Zaključajte prošla razdoblja evidencije sati",
            "zh-hans": "锁定过去的工时表周期",
        },
        "summary": {
            "en": (
                "Prevent changes to hours that have already been paid or invoiced by locking a "
                "date range."
            ),
            "sv": (
                "Förhindra ändringar av timmar som redan har betalats eller fakturerats genom att "
                "låsa ett datumintervall."
            ),
            "nb": (
                "Hindre endringer i timer som allerede er utbetalt eller fakturert, ved å låse en "
                "datoperiode."
            ),
            "hr": (
                "Spriječite izmjene sati koji su već isplaćeni ili naplaćeni zaključavanjem "
                "razdoblja."
            ),
            "zh-hans": "通过锁定日期范围，防止修改已发放薪资或已开票的工时。",
        },
        "body": [
            (
                "paragraph",
                {
                    "en": (
                        "Locking is useful at month end, after payroll has been run. Nobody, "
                        "including Admins, can add or edit entries in a locked period."
                    ),
                    "sv": (
                        "Låsning är praktiskt vid månadsskiftet, när lönekörningen är gjord. "
                        "Ingen, inte ens administratörer, kan lägga till eller ändra poster i en "
                        "låst period."
                    ),
                    "nb": (
                        "Låsing er nyttig ved månedsslutt, etter at lønnskjøringen er gjort. "
                        "Ingen, heller ikke administratorer, kan legge til eller endre føringer i "
                        "en låst periode."
                    ),
                    "hr": (
                        "Zaključavanje je korisno na kraju mjeseca, nakon obračuna plaća. Nitko, "
                        "pa ni administratori, ne može dodavati ni mijenjati unose u zaključanom "
                        "razdoblju."
                    ),
                    "zh-hans": (
                        "锁定功能适用于月末发放薪资之后。在锁定期间内，任何人（包括管理员）都无法添"
                        "加或编辑记录。"
                    ),
                },
            ),
            (
                "steps",
                [
                    {
                        "en": "Open Settings → Time tracking → Locking.",
                        "sv": "Öppna Inställningar → Tidsregistrering → Låsning.",
                        "nb": "Åpne Innstillinger → Timeføring → Låsing.",
                        "hr": "Otvorite Postavke → Praćenje vremena → Zaključavanje.",
                        "zh-hans": "打开“设置 → 时间跟踪 → 锁定”。",
                    },
                    {
                        "en": "Pick the last day of the period you want to lock.",
                        "sv": "Välj den sista dagen i perioden du vill låsa.",
                        "nb": "Velg den siste dagen i perioden du vil låse.",
                        "hr": "Odaberite posljednji dan razdoblja koje želite zaključati.",
                        "zh-hans": "选择要锁定周期的最后一天。",
                    },
                    {
                        "en": (
                            "Optionally turn on automatic locking, for example five days after "
                            "each month ends."
                        ),
                        "sv": (
                            "Aktivera eventuellt automatisk låsning, till exempel fem dagar efter "
                            "varje månadsslut."
                        ),
                        "nb": (
                            "Slå eventuelt på automatisk låsing, for eksempel fem dager etter hver "
                            "månedsslutt."
                        ),
                        "hr": (
                            "Po želji uključite automatsko zaključavanje, primjerice pet dana "
                            "nakon završetka svakog mjeseca."
                        ),
                        "zh-hans": "也可以开启自动锁定，例如在每月结束五天后自动锁定。",
                    },
                    {
                        "en": "Select Lock period and confirm.",
                        "sv": "Välj Lås period och bekräfta.",
                        "nb": "Velg Lås periode og bekreft.",
                        "hr": "Odaberite Zaključaj razdoblje i potvrdite.",
                        "zh-hans": "点击“锁定周期”并确认。",
                    },
                ],
            ),
            (
                "callout",
                "tip",
                {
                    "en": (
                        "Team members get a reminder two days before an automatic lock, so they "
                        "can finish their timesheets."
                    ),
                    "sv": (
                        "Teammedlemmar får en påminnelse två dagar före en automatisk låsning så "
                        "att de hinner göra klart sina tidrapporter."
                    ),
                    "nb": (
                        "Teammedlemmer får en påminnelse to dager før en automatisk låsing, slik "
                        "at de rekker å fullføre timelistene."
                    ),
                    "hr": (
                        "Članovi tima dobivaju podsjetnik dva dana prije automatskog zaključavanja "
                        "kako bi stigli dovršiti evidencije sati."
                    ),
                    "zh-hans": "自动锁定前两天，团队成员会收到提醒，以便及时完成工时表。",
                },
            ),
        ],
    },
    {
        "key": "create-an-invoice",
        "category": "invoices-and-reports",
        "tags": ["invoices", "billing"],
        "products": ["web"],
        "access": "public",
        "title": {
            "en": "Create an invoice from tracked time",
            "sv": "Skapa en faktura från registrerad tid",
            "nb": "Opprett en faktura fra førte timer",
            "hr": "Izradite račun iz zabilježenog vremena",
            "zh-hans": "根据已记录工时创建发票",
        },
        "summary": {
            "en": (
                "Turn approved, billable hours and expenses into a client invoice in a few steps."
            ),
            "sv": (
                "Gör godkända, debiterbara timmar och utlägg till en kundfaktura i några få steg."
            ),
            "nb": (
                "Gjør godkjente, fakturerbare timer og utlegg om til en kundefaktura med noen få "
                "steg."
            ),
            "hr": (
                "U nekoliko koraka pretvorite odobrene naplative sate i troškove u račun za "
                "klijenta."
            ),
            "zh-hans": "只需几步即可将已批准的可计费工时和费用转为客户发票。",
        },
        "body": [
            (
                "paragraph",
                {
                    "en": (
                        "Tallyboard collects all approved billable hours for a client that have "
                        "not been invoiced yet. You can review every line before the invoice is "
                        "sent."
                    ),
                    "sv": (
                        "Tallyboard samlar alla godkända debiterbara timmar för en kund som ännu "
                        "inte har fakturerats. Du kan granska varje rad innan fakturan skickas."
                    ),
                    "nb": (
                        "Tallyboard samler alle godkjente fakturerbare timer for en kunde som ikke "
                        "er fakturert ennå. Du kan gå gjennom hver linje før fakturaen sendes."
                    ),
                    "hr": (
                        "Tallyboard prikuplja sve odobrene naplative sate za klijenta koji još "
                        "nisu naplaćeni. Prije slanja računa možete pregledati svaku stavku."
                    ),
                    "zh-hans": (
                        "Tallyboard 会汇总某客户所有已批准但尚未开票的可计费工时。发送发票前，您可"
                        "以逐行核对。"
                    ),
                },
            ),
            (
                "steps",
                [
                    {
                        "en": "Go to Invoices and select New invoice.",
                        "sv": "Gå till Fakturor och välj Ny faktura.",
                        "nb": "Gå til Fakturaer og velg Ny faktura.",
                        "hr": "Otvorite Računi i odaberite Novi račun.",
                        "zh-hans": "进入“发票”，点击“新建发票”。",
                    },
                    {
                        "en": "Choose the client and the date range to include.",
                        "sv": "Välj kund och vilket datumintervall som ska ingå.",
                        "nb": "Velg kunden og datoperioden som skal tas med.",
                        "hr": "Odaberite klijenta i razdoblje koje želite obuhvatiti.",
                        "zh-hans": "选择客户和要包含的日期范围。",
                    },
                    {
                        "en": "Decide how to group lines: by project, by task or by person.",
                        "sv": (
                            "Bestäm hur raderna ska grupperas: per projekt, per uppgift eller per "
                            "person."
                        ),
                        "nb": (
                            "Bestem hvordan linjene skal grupperes: per prosjekt, per oppgave "
                            "eller per person."
                        ),
                        "hr": "Odredite kako grupirati stavke: po projektu, zadatku ili osobi.",
                        "zh-hans": "决定明细的分组方式：按项目、按任务或按人员。",
                    },
                    {
                        "en": "Review the lines, add a note or a discount, and check the due date.",
                        "sv": (
                            "Granska raderna, lägg till en anteckning eller rabatt och kontrollera "
                            "förfallodatumet."
                        ),
                        "nb": (
                            "Gå gjennom linjene, legg til et notat eller en rabatt, og kontroller "
                            "forfallsdatoen."
                        ),
                        "hr": (
                            "Pregledajte stavke, dodajte napomenu ili popust i provjerite datum "
                            "dospijeća."
                        ),
                        "zh-hans": "核对明细，添加备注或折扣，并检查到期日。",
                    },
                    {
                        "en": (
                            "Select Send to email the invoice as a PDF, or Download to send it "
                            "yourself."
                        ),
                        "sv": (
                            "Välj Skicka för att mejla fakturan som PDF, eller Ladda ner för att "
                            "skicka den själv."
                        ),
                        "nb": (
                            "Velg Send for å sende fakturaen som PDF på e-post, eller Last ned for "
                            "å sende den selv."
                        ),
                        "hr": (
                            "Odaberite Pošalji kako biste račun poslali e-poštom kao PDF ili "
                            "Preuzmi kako biste ga poslali sami."
                        ),
                        "zh-hans": "点击“发送”以 PDF 格式通过邮件发送发票，或点击“下载”自行发送。",
                    },
                ],
            ),
            (
                "callout",
                "note",
                {
                    "en": (
                        "Once an invoice is sent, its hours are marked as invoiced and cannot be "
                        "edited. Void the invoice if you need to make changes."
                    ),
                    "sv": (
                        "När en faktura har skickats markeras dess timmar som fakturerade och kan "
                        "inte ändras. Makulera fakturan om du behöver göra ändringar."
                    ),
                    "nb": (
                        "Når en faktura er sendt, merkes timene som fakturert og kan ikke endres. "
                        "Annuller fakturaen hvis du må gjøre endringer."
                    ),
                    "hr": (
                        "Nakon slanja računa njegovi se sati označavaju kao naplaćeni i ne mogu se "
                        "mijenjati. Ako trebate izmjene, stornirajte račun."
                    ),
                    "zh-hans": (
                        "发票发送后，其中的工时会被标记为已开票且无法编辑。如需修改，请作废该发票。"
                    ),
                },
            ),
            (
                "faq",
                [
                    (
                        {
                            "en": "Can I invoice a fixed amount instead of hours?",
                            "sv": "Kan jag fakturera ett fast belopp i stället för timmar?",
                            "nb": "Kan jeg fakturere et fast beløp i stedet for timer?",
                            "hr": "Mogu li naplatiti fiksni iznos umjesto sati?",
                            "zh-hans": "可以按固定金额而非工时开具发票吗？",
                        },
                        {
                            "en": (
                                "Yes. Select Add line and enter a description and an amount, or "
                                "use a fixed-fee project."
                            ),
                            "sv": (
                                "Ja. Välj Lägg till rad och ange en beskrivning och ett belopp, "
                                "eller använd ett projekt med fast pris."
                            ),
                            "nb": (
                                "Ja. Velg Legg til linje og skriv inn en beskrivelse og et beløp, "
                                "eller bruk et prosjekt med fast pris."
                            ),
                            "hr": (
                                "Da. Odaberite Dodaj stavku i unesite opis i iznos ili "
                                "upotrijebite projekt s fiksnom cijenom."
                            ),
                            "zh-hans": "可以。点击“添加明细”并输入说明和金额，或使用固定费用项目。",
                        },
                    ),
                    (
                        {
                            "en": "How are invoice numbers created?",
                            "sv": "Hur skapas fakturanummer?",
                            "nb": "Hvordan lages fakturanumre?",
                            "hr": "Kako se dodjeljuju brojevi računa?",
                            "zh-hans": "发票编号是如何生成的？",
                        },
                        {
                            "en": (
                                "They follow the sequence under Settings → Invoices, for example "
                                "2025-001. You can change the prefix and the next number."
                            ),
                            "sv": (
                                "De följer nummerserien under Inställningar → Fakturor, till "
                                "exempel 2025-001. Du kan ändra prefix och nästa nummer."
                            ),
                            "nb": (
                                "De følger nummerserien under Innstillinger → Fakturaer, for "
                                "eksempel 2025-001. Du kan endre prefiks og neste nummer."
                            ),
                            "hr": (
                                "Slijede niz definiran u Postavke → Računi, primjerice 2025-001. "
                                "Možete promijeniti prefiks i sljedeći broj."
                            ),
                            "zh-hans": (
                                "编号遵循“设置 → 发票”中的序列，例如 2025-001。您可以修改前缀和下一"
                                "个编号。"
                            ),
                        },
                    ),
                ],
            ),
        ],
    },
    {
        "key": "taxes-and-currencies",
        "category": "invoices-and-reports",
        "tags": ["invoices", "taxes", "currency"],
        "products": ["web"],
        "access": "public",
        "title": {
            "en": "Taxes and currencies on invoices",
            "sv": "Moms och valutor på fakturor",
            "nb": "Mva. og valutaer på fakturaer",
            "hr": "Porezi i valute na računima",
            "zh-hans": "发票上的税费与货币",
        },
        "summary": {
            "en": (
                "Add VAT or sales tax, invoice clients in their own currency and show exchange "
                "rates."
            ),
            "sv": (
                "Lägg till moms eller annan försäljningsskatt, fakturera kunder i deras egen "
                "valuta och visa växelkurser."
            ),
            "nb": (
                "Legg til mva. eller annen omsetningsavgift, fakturer kunder i deres egen valuta "
                "og vis valutakurser."
            ),
            "hr": (
                "Dodajte PDV ili porez na promet, izdajte račune klijentima u njihovoj valuti i "
                "prikažite tečajeve."
            ),
            "zh-hans": "添加增值税或销售税，以客户所在地货币开具发票并显示汇率。",
        },
        "body": [
            (
                "paragraph",
                {
                    "en": (
                        "Each client has a currency and a default tax rate. New invoices for that "
                        "client use both automatically."
                    ),
                    "sv": (
                        "Varje kund har en valuta och en standardmomssats. Nya fakturor till den "
                        "kunden använder båda automatiskt."
                    ),
                    "nb": (
                        "Hver kunde har en valuta og en standard avgiftssats. Nye fakturaer til "
                        "kunden bruker begge automatisk."
                    ),
                    "hr": (
                        "Svaki klijent ima valutu i zadanu poreznu stopu. Novi računi za tog "
                        "klijenta automatski koriste oboje."
                    ),
                    "zh-hans": (
                        "每个客户都有各自的货币和默认税率，为该客户新建的发票会自动使用它们。"
                    ),
                },
            ),
            (
                "heading",
                {
                    "en": "Add a tax rate",
                    "sv": "Lägg till en momssats",
                    "nb": "Legg til en avgiftssats",
                    "hr": "Dodajte poreznu stopu",
                    "zh-hans": "添加税率",
                },
            ),
            (
                "steps",
                [
                    {
                        "en": "Open Settings → Invoices → Taxes and select Add tax.",
                        "sv": "Öppna Inställningar → Fakturor → Moms och välj Lägg till moms.",
                        "nb": "Åpne Innstillinger → Fakturaer → Avgifter og velg Legg til avgift.",
                        "hr": "Otvorite Postavke → Računi → Porezi i odaberite Dodaj porez.",
                        "zh-hans": "打开“设置 → 发票 → 税费”，点击“添加税种”。",
                    },
                    {
                        "en": "Enter a name such as VAT 25% and the percentage.",
                        "sv": "Ange ett namn, till exempel Moms 25 %, och procentsatsen.",
                        "nb": "Skriv inn et navn, for eksempel MVA 25 %, og prosentsatsen.",
                        "hr": "Unesite naziv, primjerice PDV 25 %, i postotak.",
                        "zh-hans": "输入名称（如“增值税 25%”）和税率百分比。",
                    },
                    {
                        "en": "Choose whether prices already include the tax.",
                        "sv": "Välj om priserna redan inkluderar momsen.",
                        "nb": "Velg om prisene allerede inkluderer avgiften.",
                        "hr": "Odaberite uključuju li cijene već porez.",
                        "zh-hans": "选择价格是否已含税。",
                    },
                    {
                        "en": "Set it as the default for one or more clients.",
                        "sv": "Ange den som standard för en eller flera kunder.",
                        "nb": "Angi den som standard for én eller flere kunder.",
                        "hr": "Postavite je kao zadanu za jednog ili više klijenata.",
                        "zh-hans": "将其设为一个或多个客户的默认税率。",
                    },
                ],
            ),
            (
                "callout",
                "tip",
                {
                    "en": (
                        "For clients in other EU countries, turn on reverse charge for the client. "
                        "The invoice then shows zero VAT and the required notice."
                    ),
                    "sv": (
                        "För kunder i andra EU-länder aktiverar du omvänd skattskyldighet för "
                        "kunden. Fakturan visar då noll moms och den text som krävs."
                    ),
                    "nb": (
                        "For kunder i andre EU-land slår du på omvendt avgiftsplikt for kunden. "
                        "Fakturaen viser da null mva. og den påkrevde merknaden."
                    ),
                    "hr": (
                        "Za klijente u drugim državama EU-a uključite prijenos porezne obveze kod "
                        "klijenta. Račun tada prikazuje nulti PDV i obveznu napomenu."
                    ),
                    "zh-hans": (
                        "对于其他欧盟国家的客户，请为该客户开启反向征税。发票将显示零增值税及所需的"
                        "说明。"
                    ),
                },
            ),
            (
                "faq",
                [
                    (
                        {
                            "en": "Which exchange rate is used?",
                            "sv": "Vilken växelkurs används?",
                            "nb": "Hvilken valutakurs brukes?",
                            "hr": "Koji se tečaj koristi?",
                            "zh-hans": "使用哪个汇率？",
                        },
                        {
                            "en": (
                                "The daily reference rate on the invoice date. Reports convert "
                                "amounts back to your workspace currency with the same rate."
                            ),
                            "sv": (
                                "Dagens referenskurs på fakturadatumet. Rapporter räknar om "
                                "beloppen till arbetsytans valuta med samma kurs."
                            ),
                            "nb": (
                                "Den daglige referansekursen på fakturadatoen. Rapporter regner "
                                "beløpene om til arbeidsområdets valuta med samme kurs."
                            ),
                            "hr": (
                                "Dnevni referentni tečaj na datum računa. Izvještaji preračunavaju "
                                "iznose u valutu radnog prostora po istom tečaju."
                            ),
                            "zh-hans": (
                                "使用开票日当天的参考汇率。报表会按同一汇率将金额换算回工作区货币。"
                            ),
                        },
                    ),
                    (
                        {
                            "en": "Can one invoice have two tax rates?",
                            "sv": "Kan en faktura ha två momssatser?",
                            "nb": "Kan en faktura ha to avgiftssatser?",
                            "hr": "Može li jedan račun imati dvije porezne stope?",
                            "zh-hans": "一张发票可以使用两种税率吗？",
                        },
                        {
                            "en": (
                                "Yes. Pick a tax rate per line. The totals show each rate "
                                "separately."
                            ),
                            "sv": "Ja. Välj momssats per rad. Summorna visar varje sats för sig.",
                            "nb": (
                                "Ja. Velg avgiftssats per linje. Summene viser hver sats for seg."
                            ),
                            "hr": (
                                "Da. Poreznu stopu odaberite za svaku stavku. Ukupni iznosi "
                                "prikazuju svaku stopu zasebno."
                            ),
                            "zh-hans": "可以。为每行明细选择税率，合计中会分别显示各税率。",
                        },
                    ),
                ],
            ),
        ],
    },
    {
        "key": "payment-reminders",
        "category": "invoices-and-reports",
        "tags": ["invoices", "reminders", "payments"],
        "products": ["web"],
        "access": "public",
        "title": {
            "en": "Send automatic payment reminders",
            "sv": "Skicka automatiska betalningspåminnelser",
            "nb": "Send automatiske betalingspåminnelser",
            "hr": "Šaljite automatske podsjetnike za plaćanje",
            "zh-hans": "自动发送发票付款提醒",
        },
        "summary": {
            "en": (
                "Remind clients about unpaid invoices before and after the due date, without "
                "writing emails by hand."
            ),
            "sv": (
                "Påminn kunder om obetalda fakturor före och efter förfallodatumet, utan att "
                "skriva mejl för hand."
            ),
            "nb": (
                "Påminn kunder om ubetalte fakturaer før og etter forfallsdato, uten å skrive "
                "e-post for hånd."
            ),
            "hr": (
                "Podsjetite klijente na neplaćene račune prije i nakon datuma dospijeća, bez "
                "ručnog pisanja e-poruka."
            ),
            "zh-hans": "在到期日前后自动提醒客户支付未付发票，无需手动写邮件。",
        },
        "body": [
            (
                "paragraph",
                {
                    "en": (
                        "Reminders are sent with your own sender name and stop as soon as an "
                        "invoice is marked as paid."
                    ),
                    "sv": (
                        "Påminnelser skickas med ert eget avsändarnamn och upphör så snart en "
                        "faktura markeras som betald."
                    ),
                    "nb": (
                        "Påminnelser sendes med deres eget avsendernavn og stopper så snart en "
                        "faktura er merket som betalt."
                    ),
                    "hr": (
                        "Podsjetnici se šalju pod vašim imenom pošiljatelja i prestaju čim se "
                        "račun označi kao plaćen."
                    ),
                    "zh-hans": "提醒以您自己的发件人名称发送，发票一旦标记为已付款即停止发送。",
                },
            ),
            (
                "steps",
                [
                    {
                        "en": "Open Settings → Invoices → Reminders.",
                        "sv": "Öppna Inställningar → Fakturor → Påminnelser.",
                        "nb": "Åpne Innstillinger → Fakturaer → Påminnelser.",
                        "hr": "Otvorite Postavke → Računi → Podsjetnici.",
                        "zh-hans": "打开“设置 → 发票 → 提醒”。",
                    },
                    {
                        "en": (
                            "Turn on the reminders you want, for example three days before and "
                            "seven days after the due date."
                        ),
                        "sv": (
                            "Aktivera de påminnelser du vill ha, till exempel tre dagar före och "
                            "sju dagar efter förfallodatumet."
                        ),
                        "nb": (
                            "Slå på påminnelsene du ønsker, for eksempel tre dager før og sju "
                            "dager etter forfallsdato."
                        ),
                        "hr": (
                            "Uključite željene podsjetnike, primjerice tri dana prije i sedam dana "
                            "nakon dospijeća."
                        ),
                        "zh-hans": "开启所需的提醒，例如到期前三天和到期后七天。",
                    },
                    {
                        "en": "Edit the message text for each reminder and preview it.",
                        "sv": (
                            "Redigera meddelandetexten för varje påminnelse och förhandsgranska "
                            "den."
                        ),
                        "nb": "Rediger meldingsteksten for hver påminnelse og forhåndsvis den.",
                        "hr": "Uredite tekst poruke za svaki podsjetnik i pregledajte ga.",
                        "zh-hans": "编辑每条提醒的邮件内容并预览。",
                    },
                    {
                        "en": "Select Save. Reminders apply to all open invoices.",
                        "sv": "Välj Spara. Påminnelserna gäller alla öppna fakturor.",
                        "nb": "Velg Lagre. Påminnelsene gjelder alle åpne fakturaer.",
                        "hr": "Odaberite Spremi. Podsjetnici vrijede za sve otvorene račune.",
                        "zh-hans": "点击“保存”，提醒将适用于所有未结发票。",
                    },
                ],
            ),
            (
                "callout",
                "tip",
                {
                    "en": (
                        "To skip reminders for a single client, open the client and turn off "
                        "Payment reminders."
                    ),
                    "sv": (
                        "Om du vill hoppa över påminnelser för en enskild kund öppnar du kunden "
                        "och stänger av Betalningspåminnelser."
                    ),
                    "nb": (
                        "For å hoppe over påminnelser for én kunde åpner du kunden og slår av "
                        "Betalingspåminnelser."
                    ),
                    "hr": (
                        "Ako ne želite slati podsjetnike određenom klijentu, otvorite klijenta i "
                        "isključite Podsjetnike za plaćanje."
                    ),
                    "zh-hans": "如需对某个客户停止提醒，请打开该客户并关闭“付款提醒”。",
                },
            ),
            (
                "faq",
                [
                    (
                        {
                            "en": "How do I mark an invoice as paid?",
                            "sv": "Hur markerar jag en faktura som betald?",
                            "nb": "Hvordan merker jeg en faktura som betalt?",
                            "hr": "Kako označiti račun kao plaćen?",
                            "zh-hans": "如何将发票标记为已付款？",
                        },
                        {
                            "en": (
                                "Open the invoice and select Record payment. If an accounting "
                                "integration is connected, payments are synced automatically."
                            ),
                            "sv": (
                                "Öppna fakturan och välj Registrera betalning. Om en "
                                "bokföringsintegration är ansluten synkroniseras betalningar "
                                "automatiskt."
                            ),
                            "nb": (
                                "Åpne fakturaen og velg Registrer betaling. Hvis en "
                                "regnskapsintegrasjon er tilkoblet, synkroniseres betalinger "
                                "automatisk."
                            ),
                            "hr": (
                                "Otvorite račun i odaberite Evidentiraj uplatu. Ako je povezana "
                                "integracija s računovodstvom, uplate se sinkroniziraju automatski."
                            ),
                            "zh-hans": (
                                "打开发票并点击“登记付款”。如果已连接会计集成，付款会自动同步。"
                            ),
                        },
                    ),
                    (
                        {
                            "en": "Can I add a late fee?",
                            "sv": "Kan jag lägga till en förseningsavgift?",
                            "nb": "Kan jeg legge til et purregebyr?",
                            "hr": "Mogu li dodati naknadu za kašnjenje?",
                            "zh-hans": "可以加收滞纳金吗？",
                        },
                        {
                            "en": (
                                "Yes. Set a fixed fee or a percentage in the reminder settings. It "
                                "is added as a new line when the reminder is sent."
                            ),
                            "sv": (
                                "Ja. Ange en fast avgift eller en procentsats i "
                                "påminnelseinställningarna. Den läggs till som en ny rad när "
                                "påminnelsen skickas."
                            ),
                            "nb": (
                                "Ja. Angi et fast gebyr eller en prosentsats i "
                                "påminnelsesinnstillingene. Det legges til som en ny linje når "
                                "påminnelsen sendes."
                            ),
                            "hr": (
                                "Da. U postavkama podsjetnika postavite fiksnu naknadu ili "
                                "postotak. Dodaje se kao nova stavka kad se podsjetnik pošalje."
                            ),
                            "zh-hans": (
                                "可以。在提醒设置中设定固定金额或百分比，发送提醒时会作为新明细添"
                                "加。"
                            ),
                        },
                    ),
                ],
            ),
        ],
    },
    {
        "key": "customize-your-invoice-template",
        "category": "invoices-and-reports",
        "tags": ["invoices", "branding", "templates"],
        "products": ["web"],
        "access": "authenticated",
        "title": {
            "en": "Customize your invoice template",
            "sv": "Anpassa din fakturamall",
            "nb": "Tilpass fakturamalen",
            "hr": "Prilagodite predložak računa",
            "zh-hans": "自定义发票模板",
        },
        "summary": {
            "en": (
                "Add your logo, colors, payment details and footer text to the invoices you send."
            ),
            "sv": (
                "Lägg till logotyp, färger, betalningsuppgifter och sidfot på fakturorna du "
                "skickar."
            ),
            "nb": (
                "Legg til logo, farger, betalingsopplysninger og bunntekst på fakturaene du sender."
            ),
            "hr": (
                "Dodajte logotip, boje, podatke za plaćanje i tekst podnožja na račune koje "
                "šaljete."
            ),
            "zh-hans": "在发出的发票中添加徽标、颜色、付款信息和页脚文字。",
        },
        "body": [
            (
                "paragraph",
                {
                    "en": (
                        "Your template is used for the PDF, the email and the online invoice page. "
                        "Changes apply to new invoices only."
                    ),
                    "sv": (
                        "Mallen används för PDF-filen, mejlet och fakturans webbsida. Ändringar "
                        "gäller bara nya fakturor."
                    ),
                    "nb": (
                        "Malen brukes for PDF-en, e-posten og fakturaens nettside. Endringer "
                        "gjelder bare nye fakturaer."
                    ),
                    "hr": (
                        "Predložak se koristi za PDF, e-poruku i mrežnu stranicu računa. Promjene "
                        "vrijede samo za nove račune."
                    ),
                    "zh-hans": "模板适用于 PDF、邮件和在线发票页面。更改仅对新发票生效。",
                },
            ),
            (
                "steps",
                [
                    {
                        "en": "Open Settings → Invoices → Template.",
                        "sv": "Öppna Inställningar → Fakturor → Mall.",
                        "nb": "Åpne Innstillinger → Fakturaer → Mal.",
                        "hr": "Otvorite Postavke → Računi → Predložak.",
                        "zh-hans": "打开“设置 → 发票 → 模板”。",
                    },
                    {
                        "en": "Upload your logo as PNG or SVG and pick an accent color.",
                        "sv": "Ladda upp logotypen som PNG eller SVG och välj en accentfärg.",
                        "nb": "Last opp logoen som PNG eller SVG og velg en aksentfarge.",
                        "hr": (
                            "Prenesite logotip u formatu PNG ili SVG i odaberite boju za isticanje."
                        ),
                        "zh-hans": "以 PNG 或 SVG 格式上传徽标，并选择强调色。",
                    },
                    {
                        "en": "Enter your bank details and payment terms.",
                        "sv": "Ange bankuppgifter och betalningsvillkor.",
                        "nb": "Skriv inn bankopplysninger og betalingsbetingelser.",
                        "hr": "Unesite bankovne podatke i uvjete plaćanja.",
                        "zh-hans": "填写银行信息和付款条件。",
                    },
                    {
                        "en": (
                            "Add footer text such as your company registration number, then select "
                            "Save."
                        ),
                        "sv": (
                            "Lägg till sidfotstext, till exempel organisationsnummer, och välj "
                            "sedan Spara."
                        ),
                        "nb": (
                            "Legg til bunntekst, for eksempel organisasjonsnummer, og velg "
                            "deretter Lagre."
                        ),
                        "hr": (
                            "Dodajte tekst podnožja, primjerice matični broj tvrtke, a zatim "
                            "odaberite Spremi."
                        ),
                        "zh-hans": "添加页脚文字（如公司注册号），然后点击“保存”。",
                    },
                ],
            ),
            (
                "callout",
                "note",
                {
                    "en": (
                        "The invoice language follows the client’s language setting, so one "
                        "template works for clients in different countries."
                    ),
                    "sv": (
                        "Fakturans språk följer kundens språkinställning, så en mall fungerar för "
                        "kunder i olika länder."
                    ),
                    "nb": (
                        "Fakturaspråket følger kundens språkinnstilling, så én mal fungerer for "
                        "kunder i ulike land."
                    ),
                    "hr": (
                        "Jezik računa prati jezičnu postavku klijenta pa jedan predložak odgovara "
                        "klijentima u različitim zemljama."
                    ),
                    "zh-hans": "发票语言跟随客户的语言设置，因此一个模板即可适用于不同国家的客户。",
                },
            ),
        ],
    },
    {
        "key": "export-reports",
        "category": "invoices-and-reports",
        "tags": ["reports", "export", "csv"],
        "products": ["web"],
        "access": "public",
        "title": {
            "en": "Export time and invoice reports",
            "sv": "Exportera tid- och fakturarapporter",
            "nb": "Eksporter time- og fakturarapporter",
            "hr": "Izvezite izvještaje o vremenu i računima",
            "zh-hans": "导出工时和发票报表",
        },
        "summary": {
            "en": "Download reports as CSV, Excel or PDF, or schedule them to arrive by email.",
            "sv": (
                "Ladda ner rapporter som CSV, Excel eller PDF, eller schemalägg dem så att de "
                "kommer via e-post."
            ),
            "nb": (
                "Last ned rapporter som CSV, Excel eller PDF, eller planlegg at de sendes på "
                "e-post."
            ),
            "hr": "Preuzmite izvještaje kao CSV, Excel ili PDF ili zakažite da stižu e-poštom.",
            "zh-hans": "以 CSV、Excel 或 PDF 格式下载报表，或设置定时通过邮件发送。",
        },
        "body": [
            (
                "paragraph",
                {
                    "en": (
                        "Every report you can see in Tallyboard can be exported with the same "
                        "filters and grouping you have applied on screen."
                    ),
                    "sv": (
                        "Alla rapporter du ser i Tallyboard kan exporteras med samma filter och "
                        "gruppering som du har valt på skärmen."
                    ),
                    "nb": (
                        "Alle rapporter du ser i Tallyboard, kan eksporteres med de samme filtrene "
                        "og grupperingene du har valgt på skjermen."
                    ),
                    "hr": (
                        "Svaki izvještaj koji vidite u Tallyboardu može se izvesti s istim "
                        "filtrima i grupiranjem koje ste primijenili na zaslonu."
                    ),
                    "zh-hans": (
                        "您在 Tallyboard 中看到的每份报表都可以按照屏幕上应用的筛选和分组条件导出。"
                    ),
                },
            ),
            (
                "steps",
                [
                    {
                        "en": "Open Reports and pick Time, Invoices or Budgets.",
                        "sv": "Öppna Rapporter och välj Tid, Fakturor eller Budgetar.",
                        "nb": "Åpne Rapporter og velg Tid, Fakturaer eller Budsjetter.",
                        "hr": "Otvorite Izvještaji i odaberite Vrijeme, Računi ili Proračuni.",
                        "zh-hans": "打开“报表”，选择“工时”“发票”或“预算”。",
                    },
                    {
                        "en": "Set the date range, filters and grouping.",
                        "sv": "Ange datumintervall, filter och gruppering.",
                        "nb": "Angi datoperiode, filtre og gruppering.",
                        "hr": "Postavite razdoblje, filtre i grupiranje.",
                        "zh-hans": "设置日期范围、筛选条件和分组方式。",
                    },
                    {
                        "en": "Select Export and choose CSV, Excel or PDF.",
                        "sv": "Välj Exportera och välj CSV, Excel eller PDF.",
                        "nb": "Velg Eksporter og velg CSV, Excel eller PDF.",
                        "hr": "Odaberite Izvezi i izaberite CSV, Excel ili PDF.",
                        "zh-hans": "点击“导出”，选择 CSV、Excel 或 PDF。",
                    },
                    {
                        "en": (
                            "To receive the report regularly, select Schedule and choose how often."
                        ),
                        "sv": (
                            "Om du vill få rapporten regelbundet väljer du Schemalägg och hur ofta."
                        ),
                        "nb": "For å få rapporten jevnlig velger du Planlegg og hvor ofte.",
                        "hr": (
                            "Ako želite redovito primati izvještaj, odaberite Zakaži i učestalost."
                        ),
                        "zh-hans": "如需定期接收报表，请点击“定时发送”并选择频率。",
                    },
                ],
            ),
            (
                "callout",
                "tip",
                {
                    "en": (
                        "CSV exports use UTF-8 and a comma separator. If Excel shows odd "
                        "characters, use the Excel format instead."
                    ),
                    "sv": (
                        "CSV-exporter använder UTF-8 och kommatecken som avgränsare. Om Excel "
                        "visar konstiga tecken använder du formatet Excel i stället."
                    ),
                    "nb": (
                        "CSV-eksporter bruker UTF-8 og komma som skilletegn. Hvis Excel viser rare "
                        "tegn, bruker du Excel-formatet i stedet."
                    ),
                    "hr": (
                        "CSV izvozi koriste UTF-8 i zarez kao razdjelnik. Ako Excel prikazuje "
                        "čudne znakove, upotrijebite format Excel."
                    ),
                    "zh-hans": (
                        "CSV 导出使用 UTF-8 编码和逗号分隔符。如果 Excel 显示乱码，请改用 Excel 格"
                        "式。"
                    ),
                },
            ),
            (
                "faq",
                [
                    (
                        {
                            "en": "Can Members export reports?",
                            "sv": "Kan medlemmar exportera rapporter?",
                            "nb": "Kan medlemmer eksportere rapporter?",
                            "hr": "Mogu li članovi izvoziti izvještaje?",
                            "zh-hans": "成员可以导出报表吗？",
                        },
                        {
                            "en": (
                                "Members can export their own hours. Reports with rates and "
                                "amounts are limited to Managers and Admins."
                            ),
                            "sv": (
                                "Medlemmar kan exportera sina egna timmar. Rapporter med timpriser "
                                "och belopp är begränsade till chefer och administratörer."
                            ),
                            "nb": (
                                "Medlemmer kan eksportere sine egne timer. Rapporter med "
                                "timepriser og beløp er forbeholdt ledere og administratorer."
                            ),
                            "hr": (
                                "Članovi mogu izvoziti vlastite sate. Izvještaji sa satnicama i "
                                "iznosima dostupni su samo voditeljima i administratorima."
                            ),
                            "zh-hans": (
                                "成员可以导出自己的工时。包含费率和金额的报表仅限经理和管理员导出。"
                            ),
                        },
                    ),
                    (
                        {
                            "en": "Is there a limit on export size?",
                            "sv": "Finns det en gräns för exportens storlek?",
                            "nb": "Er det en grense for hvor stor en eksport kan være?",
                            "hr": "Postoji li ograničenje veličine izvoza?",
                            "zh-hans": "导出的数据量有限制吗？",
                        },
                        {
                            "en": (
                                "Exports with more than 100,000 rows are prepared in the "
                                "background and emailed to you as a download link."
                            ),
                            "sv": (
                                "Exporter med fler än 100 000 rader förbereds i bakgrunden och "
                                "mejlas till dig som en nedladdningslänk."
                            ),
                            "nb": (
                                "Eksporter med mer enn 100 000 rader klargjøres i bakgrunnen og "
                                "sendes til deg på e-post som en nedlastingslenke."
                            ),
                            "hr": (
                                "Izvozi s više od 100 000 redaka pripremaju se u pozadini i šalju "
                                "vam se e-poštom kao poveznica za preuzimanje."
                            ),
                            "zh-hans": (
                                "超过 100,000 行的导出会在后台生成，并以下载链接的形式通过邮件发送"
                                "给您。"
                            ),
                        },
                    ),
                ],
            ),
        ],
    },
    {
        "key": "void-or-credit-an-invoice",
        "category": "invoices-and-reports",
        "tags": ["invoices", "credit-notes"],
        "products": ["web"],
        "access": "public",
        "title": {
            "en": "Void an invoice or issue a credit note",
            "sv": "Makulera en faktura eller utfärda en kreditfaktura",
            "nb": "Annuller en faktura eller utsted en kreditnota",
            "hr": "Stornirajte račun ili izdajte knjižno odobrenje",
            "zh-hans": "作废发票或开具贷项通知单",
        },
        "summary": {
            "en": "Correct a sent invoice by voiding it or by crediting part or all of the amount.",
            "sv": (
                "Rätta en skickad faktura genom att makulera den eller kreditera hela eller delar "
                "av beloppet."
            ),
            "nb": (
                "Rett en sendt faktura ved å annullere den eller kreditere hele eller deler av "
                "beløpet."
            ),
            "hr": (
                "Ispravite poslani račun tako da ga stornirate ili odobrite cijeli iznos ili "
                "njegov dio."
            ),
            "zh-hans": "通过作废发票，或对全部或部分金额开具贷项通知单来更正已发送的发票。",
        },
        "body": [
            (
                "paragraph",
                {
                    "en": (
                        "Void an invoice that was sent by mistake and never paid. Use a credit "
                        "note when the invoice was correct at the time but the client should now "
                        "pay less."
                    ),
                    "sv": (
                        "Makulera en faktura som skickades av misstag och aldrig betalades. Använd "
                        "en kreditfaktura när fakturan var korrekt men kunden nu ska betala mindre."
                    ),
                    "nb": (
                        "Annuller en faktura som ble sendt ved en feil og aldri betalt. Bruk en "
                        "kreditnota når fakturaen var riktig, men kunden nå skal betale mindre."
                    ),
                    "hr": (
                        "Stornirajte račun koji je poslan greškom i nikada nije plaćen. Knjižno "
                        "odobrenje koristite kada je račun bio ispravan, ali klijent sada treba "
                        "platiti manje."
                    ),
                    "zh-hans": (
                        "对于误发且未付款的发票，请将其作废。如果发票当时无误但客户现在应少付款，请"
                        "开具贷项通知单。"
                    ),
                },
            ),
            (
                "steps",
                [
                    {
                        "en": "Open the invoice and select More → Void or More → Credit.",
                        "sv": "Öppna fakturan och välj Mer → Makulera eller Mer → Kreditera.",
                        "nb": "Åpne fakturaen og velg Mer → Annuller eller Mer → Krediter.",
                        "hr": "Otvorite račun i odaberite Više → Storniraj ili Više → Odobri.",
                        "zh-hans": "打开发票，点击“更多 → 作废”或“更多 → 贷记”。",
                    },
                    {
                        "en": "For a credit note, choose the lines or enter the amount to credit.",
                        "sv": (
                            "För en kreditfaktura väljer du raderna eller anger beloppet som ska "
                            "krediteras."
                        ),
                        "nb": (
                            "For en kreditnota velger du linjene eller skriver inn beløpet som "
                            "skal krediteres."
                        ),
                        "hr": (
                            "Za knjižno odobrenje odaberite stavke ili unesite iznos koji se "
                            "odobrava."
                        ),
                        "zh-hans": "开具贷项通知单时，选择相应明细或输入贷记金额。",
                    },
                    {
                        "en": (
                            "Add a reason. It is shown to the client and stored in the invoice "
                            "history."
                        ),
                        "sv": (
                            "Ange en orsak. Den visas för kunden och sparas i fakturans historik."
                        ),
                        "nb": (
                            "Oppgi en årsak. Den vises for kunden og lagres i fakturahistorikken."
                        ),
                        "hr": "Navedite razlog. Prikazuje se klijentu i sprema u povijest računa.",
                        "zh-hans": "填写原因，该原因会显示给客户并保存在发票历史中。",
                    },
                    {
                        "en": (
                            "Confirm. The hours on a voided invoice become available to invoice "
                            "again."
                        ),
                        "sv": (
                            "Bekräfta. Timmarna på en makulerad faktura blir tillgängliga att "
                            "fakturera igen."
                        ),
                        "nb": (
                            "Bekreft. Timene på en annullert faktura blir tilgjengelige for "
                            "fakturering igjen."
                        ),
                        "hr": (
                            "Potvrdite. Sati sa storniranog računa ponovno su dostupni za naplatu."
                        ),
                        "zh-hans": "确认后，已作废发票中的工时可以重新开票。",
                    },
                ],
            ),
            (
                "callout",
                "warning",
                {
                    "en": (
                        "In some countries an invoice cannot be voided once it has been reported "
                        "to the tax authority. Check local rules and use a credit note if you are "
                        "unsure."
                    ),
                    "sv": (
                        "I vissa länder får en faktura inte makuleras efter att den har "
                        "rapporterats till skattemyndigheten. Kontrollera lokala regler och använd "
                        "en kreditfaktura om du är osäker."
                    ),
                    "nb": (
                        "I noen land kan en faktura ikke annulleres etter at den er rapportert til "
                        "skattemyndighetene. Sjekk lokale regler og bruk en kreditnota hvis du er "
                        "usikker."
                    ),
                    "hr": (
                        "U nekim zemljama račun se ne smije stornirati nakon što je prijavljen "
                        "poreznoj upravi. Provjerite lokalne propise i u slučaju sumnje izdajte "
                        "knjižno odobrenje."
                    ),
                    "zh-hans": (
                        "在部分国家，发票一旦向税务机关申报便不得作废。请查看当地规定，如不确定请开"
                        "具贷项通知单。"
                    ),
                },
            ),
        ],
    },
    {
        "key": "create-an-api-token",
        "category": "integrations-and-api",
        "tags": ["api", "tokens", "developers"],
        "products": ["api"],
        "access": "public",
        "title": {
            "en": "Create and manage API tokens",
            "sv": "Skapa och hantera API-token",
            "nb": "Opprett og administrer API-tokener",
            "hr": "Izradite API tokene i upravljajte njima",
            "zh-hans": "创建和管理 API 令牌",
        },
        "summary": {
            "en": (
                "Generate a personal access token to use the Tallyboard REST API from scripts and "
                "other tools."
            ),
            "sv": (
                "Skapa en personlig åtkomsttoken för att använda Tallyboards REST-API från skript "
                "och andra verktyg."
            ),
            "nb": (
                "Opprett et personlig tilgangstoken for å bruke Tallyboards REST-API fra skript og "
                "andre verktøy."
            ),
            "hr": (
                "Izradite osobni pristupni token za korištenje Tallyboard REST API-ja iz skripti i "
                "drugih alata."
            ),
            "zh-hans": "生成个人访问令牌，以便通过脚本和其他工具调用 Tallyboard REST API。",
        },
        "body": [
            (
                "paragraph",
                {
                    "en": (
                        "API tokens act on your behalf and have the same permissions as your role. "
                        "Treat them like a password."
                    ),
                    "sv": (
                        "API-token agerar för din räkning och har samma behörigheter som din roll. "
                        "Behandla dem som ett lösenord."
                    ),
                    "nb": (
                        "API-tokener handler på dine vegne og har de samme tillatelsene som rollen "
                        "din. Behandle dem som et passord."
                    ),
                    "hr": (
                        "API tokeni djeluju u vaše ime i imaju ista dopuštenja kao vaša uloga. "
                        "Postupajte s njima kao s lozinkom."
                    ),
                    "zh-hans": (
                        "API 令牌代表您执行操作，拥有与您的角色相同的权限。请像对待密码一样妥善保"
                        "管。"
                    ),
                },
            ),
            (
                "steps",
                [
                    {
                        "en": "Open Profile → API tokens and select New token.",
                        "sv": "Öppna Profil → API-token och välj Ny token.",
                        "nb": "Åpne Profil → API-tokener og velg Nytt token.",
                        "hr": "Otvorite Profil → API tokeni i odaberite Novi token.",
                        "zh-hans": "打开“个人资料 → API 令牌”，点击“新建令牌”。",
                    },
                    {
                        "en": (
                            "Give the token a descriptive name and choose read-only or read and "
                            "write access."
                        ),
                        "sv": (
                            "Ge token ett beskrivande namn och välj läsbehörighet eller läs- och "
                            "skrivbehörighet."
                        ),
                        "nb": (
                            "Gi tokenet et beskrivende navn og velg lesetilgang eller lese- og "
                            "skrivetilgang."
                        ),
                        "hr": (
                            "Dajte tokenu opisni naziv i odaberite pristup samo za čitanje ili za "
                            "čitanje i pisanje."
                        ),
                        "zh-hans": "为令牌设置描述性名称，并选择只读或读写权限。",
                    },
                    {
                        "en": "Set an expiry date. Tokens can last up to one year.",
                        "sv": "Ange ett utgångsdatum. En token kan gälla i högst ett år.",
                        "nb": "Angi en utløpsdato. Et token kan gjelde i opptil ett år.",
                        "hr": "Postavite datum isteka. Token može vrijediti najviše godinu dana.",
                        "zh-hans": "设置到期日期，令牌有效期最长为一年。",
                    },
                    {
                        "en": "Copy the token right away. It is shown only once.",
                        "sv": "Kopiera token direkt. Den visas bara en gång.",
                        "nb": "Kopier tokenet med en gang. Det vises bare én gang.",
                        "hr": "Odmah kopirajte token. Prikazuje se samo jednom.",
                        "zh-hans": "立即复制令牌，它只会显示一次。",
                    },
                ],
            ),
            (
                "heading",
                {
                    "en": "Test your token",
                    "sv": "Testa din token",
                    "nb": "Test tokenet ditt",
                    "hr": "Testirajte token",
                    "zh-hans": "测试令牌",
                },
            ),
            (
                "code",
                "bash",
                (
                    "export TOKEN=tb_pat_replace_me\n"
                    "curl --oauth2-bearer $TOKEN https://api.tallyboard.example/v1/me\n"
                ),
            ),
            (
                "callout",
                "warning",
                {
                    "en": (
                        "If a token leaks, revoke it immediately under Profile → API tokens. "
                        "Revoked tokens stop working within a minute."
                    ),
                    "sv": (
                        "Om en token läcker återkallar du den direkt under Profil → API-token. En "
                        "återkallad token slutar fungera inom en minut."
                    ),
                    "nb": (
                        "Hvis et token lekker, trekker du det tilbake med en gang under Profil → "
                        "API-tokener. Tilbakekalte tokener slutter å virke innen ett minutt."
                    ),
                    "hr": (
                        "Ako token procuri, odmah ga opozovite u Profil → API tokeni. Opozvani "
                        "tokeni prestaju raditi u roku od jedne minute."
                    ),
                    "zh-hans": (
                        "如果令牌泄露，请立即在“个人资料 → API 令牌”中撤销。撤销的令牌会在一分钟内"
                        "失效。"
                    ),
                },
            ),
        ],
    },
    {
        "key": "receive-events-with-webhooks",
        "category": "integrations-and-api",
        "tags": ["api", "webhooks", "developers"],
        "products": ["api"],
        "access": "public",
        "title": {
            "en": "Receive events with webhooks",
            "sv": "Ta emot händelser med webhooks",
            "nb": "Motta hendelser med webhooks",
            "hr": "Primajte događaje putem webhookova",
            "zh-hans": "通过 Webhook 接收事件",
        },
        "summary": {
            "en": (
                "Get an HTTPS request whenever a timesheet is approved, an invoice is paid or a "
                "project changes."
            ),
            "sv": (
                "Få ett HTTPS-anrop när en tidrapport godkänns, en faktura betalas eller ett "
                "projekt ändras."
            ),
            "nb": (
                "Få en HTTPS-forespørsel når en timeliste godkjennes, en faktura betales eller et "
                "prosjekt endres."
            ),
            "hr": (
                "Primite HTTPS zahtjev kad god se odobri evidencija sati, plati račun ili "
                "promijeni projekt."
            ),
            "zh-hans": "在工时表获批、发票付款或项目变更时接收 HTTPS 请求。",
        },
        "body": [
            (
                "paragraph",
                {
                    "en": (
                        "Webhooks push events to your server as they happen, so you do not have to "
                        "poll the API. Each request has a JSON body and an X-Tallyboard-Signature "
                        "header."
                    ),
                    "sv": (
                        "Webhooks skickar händelser till din server när de inträffar, så att du "
                        "inte behöver fråga API:et hela tiden. Varje anrop har en JSON-kropp och "
                        "ett X-Tallyboard-Signature-huvud."
                    ),
                    "nb": (
                        "Webhooks sender hendelser til serveren din idet de skjer, så du slipper å "
                        "spørre API-et hele tiden. Hver forespørsel har en JSON-kropp og en "
                        "X-Tallyboard-Signature-header."
                    ),
                    "hr": (
                        "Webhookovi šalju događaje na vaš poslužitelj čim se dogode pa ne morate "
                        "stalno provjeravati API. Svaki zahtjev ima JSON tijelo i zaglavlje "
                        "X-Tallyboard-Signature."
                    ),
                    "zh-hans": (
                        "Webhook 会在事件发生时立即推送到您的服务器，无需反复轮询 API。每个请求都包"
                        "含 JSON 正文和 X-Tallyboard-Signature 请求头。"
                    ),
                },
            ),
            (
                "steps",
                [
                    {
                        "en": "Open Settings → Integrations → Webhooks and select Add endpoint.",
                        "sv": (
                            "Öppna Inställningar → Integrationer → Webhooks och välj Lägg till "
                            "slutpunkt."
                        ),
                        "nb": (
                            "Åpne Innstillinger → Integrasjoner → Webhooks og velg Legg til "
                            "endepunkt."
                        ),
                        "hr": (
                            "Otvorite Postavke → Integracije → Webhookovi i odaberite Dodaj "
                            "krajnju točku."
                        ),
                        "zh-hans": "打开“设置 → 集成 → Webhook”，点击“添加端点”。",
                    },
                    {
                        "en": "Enter an HTTPS URL that can receive POST requests.",
                        "sv": "Ange en HTTPS-adress som kan ta emot POST-anrop.",
                        "nb": "Skriv inn en HTTPS-adresse som kan motta POST-forespørsler.",
                        "hr": "Unesite HTTPS adresu koja može primati POST zahtjeve.",
                        "zh-hans": "输入可以接收 POST 请求的 HTTPS 地址。",
                    },
                    {
                        "en": "Pick the events, for example timesheet.approved and invoice.paid.",
                        "sv": "Välj händelser, till exempel timesheet.approved och invoice.paid.",
                        "nb": "Velg hendelser, for eksempel timesheet.approved og invoice.paid.",
                        "hr": "Odaberite događaje, primjerice timesheet.approved i invoice.paid.",
                        "zh-hans": "选择事件，例如 timesheet.approved 和 invoice.paid。",
                    },
                    {
                        "en": "Copy the signing secret and store it on your server.",
                        "sv": "Kopiera signeringshemligheten och spara den på din server.",
                        "nb": "Kopier signeringshemmeligheten og lagre den på serveren din.",
                        "hr": (
                            "Kopirajte tajni ključ za potpisivanje i pohranite ga na poslužitelju."
                        ),
                        "zh-hans": "复制签名密钥并保存在您的服务器上。",
                    },
                ],
            ),
            (
                "heading",
                {
                    "en": "Verify the signature",
                    "sv": "Verifiera signaturen",
                    "nb": "Verifiser signaturen",
                    "hr": "Provjerite potpis",
                    "zh-hans": "验证签名",
                },
            ),
            (
                "code",
                "python",
                (
                    "import hashlib\n"
                    "import hmac\n"
                    "\n"
                    "\n"
                    "def is_valid(body: bytes, signature: str, secret: str) -> bool:\n"
                    "    expected = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()\n"
                    "    return hmac.compare_digest(expected, signature)\n"
                ),
            ),
            (
                "callout",
                "note",
                {
                    "en": (
                        "Your endpoint must answer with a 2xx status within 10 seconds. Failed "
                        "deliveries are retried with increasing delays for up to 24 hours."
                    ),
                    "sv": (
                        "Din slutpunkt måste svara med en 2xx-status inom 10 sekunder. Misslyckade "
                        "leveranser görs om med allt längre intervall i upp till 24 timmar."
                    ),
                    "nb": (
                        "Endepunktet ditt må svare med en 2xx-status innen 10 sekunder. Mislykkede "
                        "leveranser prøves på nytt med økende intervaller i opptil 24 timer."
                    ),
                    "hr": (
                        "Vaša krajnja točka mora odgovoriti statusom 2xx u roku od 10 sekundi. "
                        "Neuspjele isporuke ponavljaju se u sve duljim razmacima do 24 sata."
                    ),
                    "zh-hans": (
                        "您的端点必须在 10 秒内返回 2xx 状态码。投递失败时会以逐渐增加的间隔重试，"
                        "最长持续 24 小时。"
                    ),
                },
            ),
        ],
    },
    {
        "key": "api-rate-limits-and-pagination",
        "category": "integrations-and-api",
        "tags": ["api", "rate-limits", "pagination"],
        "products": ["api"],
        "access": "public",
        "title": {
            "en": "API rate limits and pagination",
            "sv": "Anropsgränser och sidindelning i API:et",
            "nb": "Grenser for API-kall og paginering",
            "hr": "Ograničenja zahtjeva i straničenje u API-ju",
            "zh-hans": "API 速率限制与分页",
        },
        "summary": {
            "en": (
                "Learn how many requests you can make and how to page through long lists of time "
                "entries."
            ),
            "sv": (
                "Se hur många anrop du kan göra och hur du bläddrar igenom långa listor med "
                "tidsposter."
            ),
            "nb": (
                "Se hvor mange kall du kan gjøre, og hvordan du blar gjennom lange lister med "
                "timeføringer."
            ),
            "hr": (
                "Saznajte koliko zahtjeva smijete poslati i kako listati duge popise unosa vremena."
            ),
            "zh-hans": "了解可发送的请求数量，以及如何分页浏览较长的工时记录列表。",
        },
        "body": [
            (
                "paragraph",
                {
                    "en": (
                        "Each token can make 120 requests per minute. When you go over the limit, "
                        "the API answers with status 429 and a Retry-After header."
                    ),
                    "sv": (
                        "Varje token kan göra 120 anrop per minut. Om du överskrider gränsen "
                        "svarar API:et med status 429 och ett Retry-After-huvud."
                    ),
                    "nb": (
                        "Hvert token kan gjøre 120 kall per minutt. Hvis du går over grensen, "
                        "svarer API-et med status 429 og en Retry-After-header."
                    ),
                    "hr": (
                        "Svaki token može poslati 120 zahtjeva u minuti. Ako prekoračite "
                        "ograničenje, API odgovara statusom 429 i zaglavljem Retry-After."
                    ),
                    "zh-hans": (
                        "每个令牌每分钟最多可发送 120 个请求。超出限制时，API 会返回 429 状态码和 "
                        "Retry-After 请求头。"
                    ),
                },
            ),
            (
                "heading",
                {
                    "en": "Page through results",
                    "sv": "Bläddra igenom resultat",
                    "nb": "Bla gjennom resultater",
                    "hr": "Listajte rezultate",
                    "zh-hans": "分页获取结果",
                },
            ),
            (
                "paragraph",
                {
                    "en": (
                        "List endpoints return up to 100 items and a next_cursor value. Pass it as "
                        "the cursor parameter to get the next page."
                    ),
                    "sv": (
                        "Listslutpunkter returnerar upp till 100 objekt och ett next_cursor-värde. "
                        "Skicka det som parametern cursor för att hämta nästa sida."
                    ),
                    "nb": (
                        "Listeendepunkter returnerer opptil 100 elementer og en next_cursor-verdi. "
                        "Send den som parameteren cursor for å hente neste side."
                    ),
                    "hr": (
                        "Krajnje točke za popise vraćaju do 100 stavki i vrijednost next_cursor. "
                        "Pošaljite je kao parametar cursor kako biste dohvatili sljedeću stranicu."
                    ),
                    "zh-hans": (
                        "列表类端点最多返回 100 条数据以及 next_cursor 值。将其作为 cursor 参数传入"
                        "即可获取下一页。"
                    ),
                },
            ),
            (
                "code",
                "bash",
                (
                    "curl --get --oauth2-bearer $TOKEN \\\n"
                    "  -d from=2025-01-01 -d limit=100 -d cursor=c_8f2a \\\n"
                    "  https://api.tallyboard.example/v1/time-entries\n"
                ),
            ),
            (
                "faq",
                [
                    (
                        {
                            "en": "Are limits shared between tokens?",
                            "sv": "Delas gränserna mellan olika token?",
                            "nb": "Deles grensene mellom ulike tokener?",
                            "hr": "Dijele li tokeni ograničenja?",
                            "zh-hans": "多个令牌共享速率限制吗？",
                        },
                        {
                            "en": (
                                "Each token has its own limit, but a workspace can make at most "
                                "600 requests per minute in total."
                            ),
                            "sv": (
                                "Varje token har en egen gräns, men en arbetsyta kan göra högst "
                                "600 anrop per minut totalt."
                            ),
                            "nb": (
                                "Hvert token har sin egen grense, men et arbeidsområde kan gjøre "
                                "høyst 600 kall per minutt totalt."
                            ),
                            "hr": (
                                "Svaki token ima vlastito ograničenje, ali radni prostor ukupno "
                                "može poslati najviše 600 zahtjeva u minuti."
                            ),
                            "zh-hans": (
                                "每个令牌有各自的限制，但整个工作区每分钟最多共可发送 600 个请求。"
                            ),
                        },
                    ),
                    (
                        {
                            "en": "Can Enterprise workspaces get higher limits?",
                            "sv": "Kan Enterprise-arbetsytor få högre gränser?",
                            "nb": "Kan Enterprise-arbeidsområder få høyere grenser?",
                            "hr": (
                                "Mogu li radni prostori s paketom Enterprise dobiti veća "
                                "ograničenja?"
                            ),
                            "zh-hans": "企业版工作区可以提高限制吗？",
                        },
                        {
                            "en": (
                                "Yes. Tell your contact at Tallyboard how much traffic you expect "
                                "and we will raise the limit."
                            ),
                            "sv": (
                                "Ja. Berätta för er kontaktperson på Tallyboard hur mycket trafik "
                                "ni räknar med, så höjer vi gränsen."
                            ),
                            "nb": (
                                "Ja. Fortell kontaktpersonen deres hos Tallyboard hvor mye trafikk "
                                "dere forventer, så øker vi grensen."
                            ),
                            "hr": (
                                "Da. Recite svojoj kontaktnoj osobi u Tallyboardu koliki promet "
                                "očekujete i povećat ćemo ograničenje."
                            ),
                            "zh-hans": (
                                "可以。请告知您在 Tallyboard 的联系人预计的请求量，我们会为您提高限"
                                "制。"
                            ),
                        },
                    ),
                ],
            ),
        ],
    },
    {
        "key": "connect-accounting-software",
        "category": "integrations-and-api",
        "tags": ["integrations", "accounting", "sync"],
        "products": ["integrations"],
        "access": "public",
        "title": {
            "en": "Connect your accounting software",
            "sv": "Koppla ihop ditt bokföringsprogram",
            "nb": "Koble til regnskapsprogrammet ditt",
            "hr": "Povežite računovodstveni program",
            "zh-hans": "连接会计软件",
        },
        "summary": {
            "en": (
                "Send Tallyboard invoices and payments to Xero, QuickBooks Online, Fortnox or "
                "Tripletex automatically."
            ),
            "sv": (
                "Skicka fakturor och betalningar från Tallyboard till Xero, QuickBooks Online, "
                "Fortnox eller Tripletex automatiskt."
            ),
            "nb": (
                "Send fakturaer og betalinger fra Tallyboard automatisk til Xero, QuickBooks "
                "Online, Fortnox eller Tripletex."
            ),
            "hr": (
                "Automatski šaljite račune i uplate iz Tallyboarda u Xero, QuickBooks Online, "
                "Fortnox ili Tripletex."
            ),
            "zh-hans": (
                "自动将 Tallyboard 的发票和付款同步到 Xero、QuickBooks Online、Fortnox 或 "
                "Tripletex。"
            ),
        },
        "body": [
            (
                "paragraph",
                {
                    "en": (
                        "With an accounting integration, every invoice you send in Tallyboard is "
                        "also created in your books, and payments recorded there are synced back."
                    ),
                    "sv": (
                        "Med en bokföringsintegration skapas varje faktura du skickar i Tallyboard "
                        "även i bokföringen, och betalningar som registreras där synkroniseras "
                        "tillbaka."
                    ),
                    "nb": (
                        "Med en regnskapsintegrasjon opprettes hver faktura du sender i "
                        "Tallyboard, også i regnskapet, og betalinger som registreres der, "
                        "synkroniseres tilbake."
                    ),
                    "hr": (
                        "Uz integraciju s računovodstvom svaki račun koji pošaljete u Tallyboardu "
                        "nastaje i u vašem knjigovodstvu, a ondje evidentirane uplate "
                        "sinkroniziraju se natrag."
                    ),
                    "zh-hans": (
                        "启用会计集成后，您在 Tallyboard 中发送的每张发票都会在账簿中自动创建，账簿"
                        "中登记的付款也会同步回来。"
                    ),
                },
            ),
            (
                "steps",
                [
                    {
                        "en": "Open Settings → Integrations and pick your accounting tool.",
                        "sv": (
                            "Öppna Inställningar → Integrationer och välj ditt bokföringsprogram."
                        ),
                        "nb": (
                            "Åpne Innstillinger → Integrasjoner og velg regnskapsprogrammet ditt."
                        ),
                        "hr": (
                            "Otvorite Postavke → Integracije i odaberite svoj računovodstveni "
                            "program."
                        ),
                        "zh-hans": "打开“设置 → 集成”，选择您的会计工具。",
                    },
                    {
                        "en": "Select Connect and sign in to the accounting tool to grant access.",
                        "sv": "Välj Anslut och logga in i bokföringsprogrammet för att ge åtkomst.",
                        "nb": "Velg Koble til og logg på regnskapsprogrammet for å gi tilgang.",
                        "hr": (
                            "Odaberite Poveži i prijavite se u računovodstveni program kako biste "
                            "odobrili pristup."
                        ),
                        "zh-hans": "点击“连接”并登录会计工具以授予访问权限。",
                    },
                    {
                        "en": (
                            "Map Tallyboard tasks to revenue accounts and tax rates to tax codes."
                        ),
                        "sv": (
                            "Koppla Tallyboards uppgifter till intäktskonton och momssatser till "
                            "momskoder."
                        ),
                        "nb": (
                            "Koble Tallyboard-oppgaver til inntektskontoer og avgiftssatser til "
                            "avgiftskoder."
                        ),
                        "hr": (
                            "Povežite Tallyboard zadatke s kontima prihoda, a porezne stope s "
                            "poreznim oznakama."
                        ),
                        "zh-hans": "将 Tallyboard 任务映射到收入科目，将税率映射到税码。",
                    },
                    {
                        "en": (
                            "Choose whether existing clients are matched by name or by company "
                            "registration number."
                        ),
                        "sv": (
                            "Välj om befintliga kunder ska matchas på namn eller "
                            "organisationsnummer."
                        ),
                        "nb": (
                            "Velg om eksisterende kunder skal matches på navn eller "
                            "organisasjonsnummer."
                        ),
                        "hr": (
                            "Odaberite uparuju li se postojeći klijenti po nazivu ili po matičnom "
                            "broju tvrtke."
                        ),
                        "zh-hans": "选择现有客户按名称还是按公司注册号进行匹配。",
                    },
                    {
                        "en": "Select Start sync. The first sync can take a few minutes.",
                        "sv": (
                            "Välj Starta synkronisering. Den första synkroniseringen kan ta några "
                            "minuter."
                        ),
                        "nb": (
                            "Velg Start synkronisering. Den første synkroniseringen kan ta noen "
                            "minutter."
                        ),
                        "hr": (
                            "Odaberite Pokreni sinkronizaciju. Prva sinkronizacija može potrajati "
                            "nekoliko minuta."
                        ),
                        "zh-hans": "点击“开始同步”，首次同步可能需要几分钟。",
                    },
                ],
            ),
            (
                "callout",
                "note",
                {
                    "en": (
                        "Only invoices sent after you connect are synced. Older invoices can be "
                        "sent manually from the invoice list."
                    ),
                    "sv": (
                        "Endast fakturor som skickas efter anslutningen synkroniseras. Äldre "
                        "fakturor kan skickas manuellt från fakturalistan."
                    ),
                    "nb": (
                        "Bare fakturaer som sendes etter tilkoblingen, synkroniseres. Eldre "
                        "fakturaer kan sendes manuelt fra fakturalisten."
                    ),
                    "hr": (
                        "Sinkroniziraju se samo računi poslani nakon povezivanja. Starije račune "
                        "možete ručno poslati s popisa računa."
                    ),
                    "zh-hans": "只有连接后发送的发票才会同步。较早的发票可以在发票列表中手动同步。",
                },
            ),
        ],
    },
    {
        "key": "fix-accounting-sync-errors",
        "category": "integrations-and-api",
        "tags": ["integrations", "accounting", "troubleshooting"],
        "products": ["integrations"],
        "access": "public",
        "title": {
            "en": "Fix accounting sync errors",
            "sv": "Åtgärda synkroniseringsfel mot bokföringen",
            "nb": "Rett synkroniseringsfeil mot regnskapet",
            "hr": "Riješite pogreške sinkronizacije s računovodstvom",
            "zh-hans": "解决发票同步到会计软件时的错误",
        },
        "summary": {
            "en": "Find out why an invoice did not reach your accounting tool and send it again.",
            "sv": (
                "Ta reda på varför en faktura inte kom fram till bokföringsprogrammet och skicka "
                "den igen."
            ),
            "nb": (
                "Finn ut hvorfor en faktura ikke kom frem til regnskapsprogrammet, og send den på "
                "nytt."
            ),
            "hr": (
                "Saznajte zašto račun nije stigao u računovodstveni program i pošaljite ga ponovno."
            ),
            "zh-hans": "找出发票未同步到会计工具的原因并重新发送。",
        },
        "body": [
            (
                "paragraph",
                {
                    "en": (
                        "Invoices that fail to sync are marked with a red icon in the invoice "
                        "list. The error message tells you what the accounting tool rejected."
                    ),
                    "sv": (
                        "Fakturor som inte kunde synkroniseras markeras med en röd ikon i "
                        "fakturalistan. Felmeddelandet visar vad bokföringsprogrammet avvisade."
                    ),
                    "nb": (
                        "Fakturaer som ikke ble synkronisert, merkes med et rødt ikon i "
                        "fakturalisten. Feilmeldingen viser hva regnskapsprogrammet avviste."
                    ),
                    "hr": (
                        "Računi koji se nisu sinkronizirali označeni su crvenom ikonom na popisu "
                        "računa. Poruka o pogrešci pokazuje što je računovodstveni program odbio."
                    ),
                    "zh-hans": (
                        "同步失败的发票会在发票列表中以红色图标标记，错误信息会说明会计工具拒绝的原"
                        "因。"
                    ),
                },
            ),
            (
                "faq",
                [
                    (
                        {
                            "en": "The error says the tax code is missing.",
                            "sv": "Felet säger att momskoden saknas.",
                            "nb": "Feilen sier at avgiftskoden mangler.",
                            "hr": "Pogreška kaže da nedostaje porezna oznaka.",
                            "zh-hans": "错误提示缺少税码。",
                        },
                        {
                            "en": (
                                "A tax rate on the invoice is not mapped. Open Settings → "
                                "Integrations, map the rate to a tax code and select Retry on the "
                                "invoice."
                            ),
                            "sv": (
                                "En momssats på fakturan är inte kopplad. Öppna Inställningar → "
                                "Integrationer, koppla satsen till en momskod och välj Försök igen "
                                "på fakturan."
                            ),
                            "nb": (
                                "En avgiftssats på fakturaen er ikke koblet. Åpne Innstillinger → "
                                "Integrasjoner, koble satsen til en avgiftskode og velg Prøv igjen "
                                "på fakturaen."
                            ),
                            "hr": (
                                "Porezna stopa na računu nije povezana. Otvorite Postavke → "
                                "Integracije, povežite stopu s poreznom oznakom i na računu "
                                "odaberite Pokušaj ponovno."
                            ),
                            "zh-hans": (
                                "发票上的某个税率尚未映射。打开“设置 → 集成”，将该税率映射到税码，"
                                "然后在发票上点击“重试”。"
                            ),
                        },
                    ),
                    (
                        {
                            "en": "The error says the client already exists.",
                            "sv": "Felet säger att kunden redan finns.",
                            "nb": "Feilen sier at kunden finnes fra før.",
                            "hr": "Pogreška kaže da klijent već postoji.",
                            "zh-hans": "错误提示客户已存在。",
                        },
                        {
                            "en": (
                                "Link the Tallyboard client to the existing contact under "
                                "Integrations → Clients instead of creating a new one."
                            ),
                            "sv": (
                                "Koppla Tallyboard-kunden till den befintliga kontakten under "
                                "Integrationer → Kunder i stället för att skapa en ny."
                            ),
                            "nb": (
                                "Koble Tallyboard-kunden til den eksisterende kontakten under "
                                "Integrasjoner → Kunder i stedet for å opprette en ny."
                            ),
                            "hr": (
                                "Povežite klijenta iz Tallyboarda s postojećim kontaktom u "
                                "Integracije → Klijenti umjesto da izradite novog."
                            ),
                            "zh-hans": (
                                "在“集成 → 客户”中将 Tallyboard 客户关联到已有联系人，而不是新建客"
                                "户。"
                            ),
                        },
                    ),
                    (
                        {
                            "en": "Every sync fails with an authorization error.",
                            "sv": "Alla synkroniseringar misslyckas med ett behörighetsfel.",
                            "nb": "Alle synkroniseringer mislykkes med en autorisasjonsfeil.",
                            "hr": "Svaka sinkronizacija završava pogreškom autorizacije.",
                            "zh-hans": "每次同步都出现授权错误。",
                        },
                        {
                            "en": (
                                "The connection has expired. Select Reconnect on the integration "
                                "and sign in to the accounting tool again."
                            ),
                            "sv": (
                                "Anslutningen har gått ut. Välj Anslut igen på integrationen och "
                                "logga in i bokföringsprogrammet på nytt."
                            ),
                            "nb": (
                                "Tilkoblingen har utløpt. Velg Koble til på nytt på integrasjonen "
                                "og logg på regnskapsprogrammet igjen."
                            ),
                            "hr": (
                                "Veza je istekla. Kod integracije odaberite Ponovno poveži i "
                                "ponovno se prijavite u računovodstveni program."
                            ),
                            "zh-hans": (
                                "连接已过期。在集成页面点击“重新连接”，然后再次登录会计工具。"
                            ),
                        },
                    ),
                ],
            ),
            (
                "callout",
                "tip",
                {
                    "en": (
                        "Admins can turn on email alerts for sync errors under Profile → "
                        "Notifications."
                    ),
                    "sv": (
                        "Administratörer kan aktivera e-postvarningar för synkroniseringsfel under "
                        "Profil → Aviseringar."
                    ),
                    "nb": (
                        "Administratorer kan slå på e-postvarsler for synkroniseringsfeil under "
                        "Profil → Varsler."
                    ),
                    "hr": (
                        "Administratori mogu uključiti obavijesti e-poštom o pogreškama "
                        "sinkronizacije u Profil → Obavijesti."
                    ),
                    "zh-hans": "管理员可以在“个人资料 → 通知”中开启同步错误的邮件提醒。",
                },
            ),
        ],
    },
    {
        "key": "two-factor-sign-in",
        "category": "security-and-admin",
        "tags": ["security", "2fa", "sign-in", "password"],
        "products": ["web", "mobile"],
        "access": "public",
        "title": {
            "en": "Turn on two-factor sign-in",
            "sv": "Aktivera tvåstegsverifiering",
            "nb": "Slå på totrinnsbekreftelse",
            "hr": "Uključite prijavu u dva koraka",
            "zh-hans": "开启双重验证登录",
        },
        "summary": {
            "en": (
                "Protect your account with a code from an authenticator app in addition to your "
                "password."
            ),
            "sv": "Skydda ditt konto med en kod från en autentiseringsapp utöver ditt lösenord.",
            "nb": (
                "Beskytt kontoen din med en kode fra en autentiseringsapp i tillegg til passordet."
            ),
            "hr": "Zaštitite korisnički račun kodom iz aplikacije za autentifikaciju uz lozinku.",
            "zh-hans": "除密码外，再使用身份验证器应用中的验证码保护您的账户。",
        },
        "body": [
            (
                "paragraph",
                {
                    "en": (
                        "With two-factor sign-in, someone who learns your password still cannot "
                        "get into your account without your phone."
                    ),
                    "sv": (
                        "Med tvåstegsverifiering kan den som får reda på ditt lösenord ändå inte "
                        "komma åt ditt konto utan din telefon."
                    ),
                    "nb": (
                        "Med totrinnsbekreftelse kan den som får tak i passordet ditt, likevel "
                        "ikke komme inn på kontoen din uten telefonen din."
                    ),
                    "hr": (
                        "Uz prijavu u dva koraka, osoba koja sazna vašu lozinku i dalje ne može "
                        "pristupiti vašem računu bez vašeg telefona."
                    ),
                    "zh-hans": (
                        "开启双重验证后，即使他人获知了您的密码，没有您的手机也无法登录您的账户。"
                    ),
                },
            ),
            (
                "steps",
                [
                    {
                        "en": "Open Profile → Security and select Turn on two-factor sign-in.",
                        "sv": "Öppna Profil → Säkerhet och välj Aktivera tvåstegsverifiering.",
                        "nb": "Åpne Profil → Sikkerhet og velg Slå på totrinnsbekreftelse.",
                        "hr": (
                            "Otvorite Profil → Sigurnost i odaberite Uključi prijavu u dva koraka."
                        ),
                        "zh-hans": "打开“个人资料 → 安全”，点击“开启双重验证”。",
                    },
                    {
                        "en": "Scan the QR code with an authenticator app on your phone.",
                        "sv": "Skanna QR-koden med en autentiseringsapp i telefonen.",
                        "nb": "Skann QR-koden med en autentiseringsapp på telefonen.",
                        "hr": "Skenirajte QR kod aplikacijom za autentifikaciju na telefonu.",
                        "zh-hans": "使用手机上的身份验证器应用扫描二维码。",
                    },
                    {
                        "en": "Enter the six-digit code from the app to confirm.",
                        "sv": "Ange den sexsiffriga koden från appen för att bekräfta.",
                        "nb": "Skriv inn den sekssifrede koden fra appen for å bekrefte.",
                        "hr": "Za potvrdu unesite šesteroznamenkasti kod iz aplikacije.",
                        "zh-hans": "输入应用中的六位验证码进行确认。",
                    },
                    {
                        "en": "Download or print your backup codes and keep them somewhere safe.",
                        "sv": "Ladda ner eller skriv ut dina reservkoder och förvara dem säkert.",
                        "nb": (
                            "Last ned eller skriv ut reservekodene dine og oppbevar dem på et "
                            "trygt sted."
                        ),
                        "hr": (
                            "Preuzmite ili ispišite rezervne kodove i čuvajte ih na sigurnom "
                            "mjestu."
                        ),
                        "zh-hans": "下载或打印备用验证码，并妥善保管。",
                    },
                ],
            ),
            (
                "callout",
                "tip",
                {
                    "en": (
                        "Admins can require two-factor sign-in for everyone under Settings → "
                        "Security."
                    ),
                    "sv": (
                        "Administratörer kan kräva tvåstegsverifiering för alla under "
                        "Inställningar → Säkerhet."
                    ),
                    "nb": (
                        "Administratorer kan kreve totrinnsbekreftelse for alle under "
                        "Innstillinger → Sikkerhet."
                    ),
                    "hr": (
                        "Administratori mogu zahtijevati prijavu u dva koraka za sve korisnike u "
                        "Postavke → Sigurnost."
                    ),
                    "zh-hans": "管理员可以在“设置 → 安全”中要求所有成员开启双重验证。",
                },
            ),
            (
                "faq",
                [
                    (
                        {
                            "en": "What if I lose my phone?",
                            "sv": "Vad gör jag om jag tappar bort telefonen?",
                            "nb": "Hva gjør jeg hvis jeg mister telefonen?",
                            "hr": "Što ako izgubim telefon?",
                            "zh-hans": "手机丢失后该怎么办？",
                        },
                        {
                            "en": (
                                "Sign in with one of your backup codes, then set up two-factor "
                                "sign-in again on your new phone. If you have no codes left, ask "
                                "an Admin to reset it."
                            ),
                            "sv": (
                                "Logga in med en av dina reservkoder och konfigurera sedan "
                                "tvåstegsverifieringen igen på den nya telefonen. Om du inte har "
                                "några koder kvar ber du en administratör att återställa den."
                            ),
                            "nb": (
                                "Logg på med en av reservekodene, og sett deretter opp "
                                "totrinnsbekreftelse på nytt på den nye telefonen. Hvis du ikke "
                                "har flere koder, ber du en administrator om å tilbakestille den."
                            ),
                            "hr": (
                                "Prijavite se jednim od rezervnih kodova, a zatim ponovno "
                                "postavite prijavu u dva koraka na novom telefonu. Ako vam nije "
                                "ostao nijedan kod, zamolite administratora da je poništi."
                            ),
                            "zh-hans": (
                                "使用一个备用验证码登录，然后在新手机上重新设置双重验证。如果备用验"
                                "证码已用完，请让管理员为您重置。"
                            ),
                        },
                    ),
                    (
                        {
                            "en": "Can I use SMS codes?",
                            "sv": "Kan jag använda sms-koder?",
                            "nb": "Kan jeg bruke SMS-koder?",
                            "hr": "Mogu li koristiti kodove putem SMS-a?",
                            "zh-hans": "可以使用短信验证码吗？",
                        },
                        {
                            "en": (
                                "No. We only support authenticator apps and security keys, because "
                                "text messages can be intercepted."
                            ),
                            "sv": (
                                "Nej. Vi stöder bara autentiseringsappar och säkerhetsnycklar, "
                                "eftersom sms kan avlyssnas."
                            ),
                            "nb": (
                                "Nei. Vi støtter bare autentiseringsapper og sikkerhetsnøkler, "
                                "fordi SMS kan avlyttes."
                            ),
                            "hr": (
                                "Ne. Podržavamo samo aplikacije za autentifikaciju i sigurnosne "
                                "ključeve jer se SMS poruke mogu presresti."
                            ),
                            "zh-hans": (
                                "不可以。由于短信可能被拦截，我们仅支持身份验证器应用和安全密钥。"
                            ),
                        },
                    ),
                ],
            ),
        ],
    },
    {
        "key": "single-sign-on-with-saml",
        "category": "security-and-admin",
        "tags": ["sso", "saml", "security"],
        "products": ["web", "mobile"],
        "access": "segment:enterprise",
        "title": {
            "en": "Set up single sign-on with SAML",
            "sv": "Konfigurera enkel inloggning med SAML",
            "nb": "Sett opp enkel pålogging med SAML",
            "hr": "Postavite jedinstvenu prijavu putem SAML-a",
            "zh-hans": "使用 SAML 配置单点登录",
        },
        "summary": {
            "en": (
                "Let your team sign in to Tallyboard with Okta, Microsoft Entra ID or another SAML "
                "2.0 identity provider."
            ),
            "sv": (
                "Låt teamet logga in i Tallyboard med Okta, Microsoft Entra ID eller en annan SAML "
                "2.0-identitetsleverantör."
            ),
            "nb": (
                "La teamet logge på Tallyboard med Okta, Microsoft Entra ID eller en annen SAML "
                "2.0-identitetsleverandør."
            ),
            "hr": (
                "Omogućite timu prijavu u Tallyboard putem Okte, Microsoft Entra ID-a ili drugog "
                "SAML 2.0 pružatelja identiteta."
            ),
            "zh-hans": (
                "让团队通过 Okta、Microsoft Entra ID 或其他 SAML 2.0 身份提供商登录 Tallyboard。"
            ),
        },
        "body": [
            (
                "paragraph",
                {
                    "en": (
                        "Single sign-on is available on the Enterprise plan. Once it is required, "
                        "people sign in through your identity provider instead of with a "
                        "Tallyboard password."
                    ),
                    "sv": (
                        "Enkel inloggning ingår i Enterprise-abonnemanget. När den är obligatorisk "
                        "loggar alla in via er identitetsleverantör i stället för med ett "
                        "Tallyboard-lösenord."
                    ),
                    "nb": (
                        "Enkel pålogging er tilgjengelig i Enterprise-abonnementet. Når den er "
                        "gjort obligatorisk, logger alle på via identitetsleverandøren deres i "
                        "stedet for med et Tallyboard-passord."
                    ),
                    "hr": (
                        "Jedinstvena prijava dostupna je u paketu Enterprise. Kad postane "
                        "obavezna, korisnici se prijavljuju putem vašeg pružatelja identiteta "
                        "umjesto Tallyboard lozinkom."
                    ),
                    "zh-hans": (
                        "单点登录仅适用于企业版。强制启用后，成员将通过您的身份提供商登录，而不再使"
                        "用 Tallyboard 密码。"
                    ),
                },
            ),
            (
                "steps",
                [
                    {
                        "en": (
                            "In your identity provider, create a new SAML application for "
                            "Tallyboard."
                        ),
                        "sv": (
                            "Skapa en ny SAML-applikation för Tallyboard hos er "
                            "identitetsleverantör."
                        ),
                        "nb": (
                            "Opprett en ny SAML-applikasjon for Tallyboard hos "
                            "identitetsleverandøren deres."
                        ),
                        "hr": (
                            "Kod svog pružatelja identiteta izradite novu SAML aplikaciju za "
                            "Tallyboard."
                        ),
                        "zh-hans": "在身份提供商中为 Tallyboard 新建一个 SAML 应用。",
                    },
                    {
                        "en": (
                            "Copy the ACS URL and Entity ID from Settings → Security → Single "
                            "sign-on into that application."
                        ),
                        "sv": (
                            "Kopiera ACS-URL och entitets-ID från Inställningar → Säkerhet → Enkel "
                            "inloggning till applikationen."
                        ),
                        "nb": (
                            "Kopier ACS-URL og enhets-ID fra Innstillinger → Sikkerhet → Enkel "
                            "pålogging inn i applikasjonen."
                        ),
                        "hr": (
                            "Kopirajte ACS URL i Entity ID iz Postavke → Sigurnost → Jedinstvena "
                            "prijava u tu aplikaciju."
                        ),
                        "zh-hans": (
                            "将“设置 → 安全 → 单点登录”中的 ACS URL 和实体 ID 复制到该应用中。"
                        ),
                    },
                    {
                        "en": "Upload the metadata file from your identity provider to Tallyboard.",
                        "sv": (
                            "Ladda upp metadatafilen från identitetsleverantören till Tallyboard."
                        ),
                        "nb": "Last opp metadatafilen fra identitetsleverandøren til Tallyboard.",
                        "hr": (
                            "Prenesite datoteku metapodataka svog pružatelja identiteta u "
                            "Tallyboard."
                        ),
                        "zh-hans": "将身份提供商的元数据文件上传到 Tallyboard。",
                    },
                    {
                        "en": "Select Test sign-in and complete a sign-in with your own account.",
                        "sv": (
                            "Välj Testa inloggning och genomför en inloggning med ditt eget konto."
                        ),
                        "nb": "Velg Test pålogging og fullfør en pålogging med din egen konto.",
                        "hr": (
                            "Odaberite Testiraj prijavu i prijavite se vlastitim korisničkim "
                            "računom."
                        ),
                        "zh-hans": "点击“测试登录”，并使用您自己的账户完成一次登录。",
                    },
                    {
                        "en": "When the test succeeds, turn on Require single sign-on.",
                        "sv": "När testet lyckas aktiverar du Kräv enkel inloggning.",
                        "nb": "Når testen er vellykket, slår du på Krev enkel pålogging.",
                        "hr": "Kad test uspije, uključite Zahtijevaj jedinstvenu prijavu.",
                        "zh-hans": "测试成功后，开启“强制单点登录”。",
                    },
                ],
            ),
            (
                "callout",
                "warning",
                {
                    "en": (
                        "Keep one Owner account outside single sign-on as an emergency account, in "
                        "case your identity provider is unavailable."
                    ),
                    "sv": (
                        "Behåll ett ägarkonto utanför enkel inloggning som nödkonto ifall "
                        "identitetsleverantören inte är tillgänglig."
                    ),
                    "nb": (
                        "Behold én eierkonto utenfor enkel pålogging som nødkonto i tilfelle "
                        "identitetsleverandøren ikke er tilgjengelig."
                    ),
                    "hr": (
                        "Zadržite jedan vlasnički račun izvan jedinstvene prijave kao račun za "
                        "hitne slučajeve, za slučaj da pružatelj identiteta ne bude dostupan."
                    ),
                    "zh-hans": (
                        "请保留一个不使用单点登录的所有者账户作为紧急账户，以防身份提供商无法访问。"
                    ),
                },
            ),
            (
                "faq",
                [
                    (
                        {
                            "en": "Do new people get an account automatically?",
                            "sv": "Får nya personer ett konto automatiskt?",
                            "nb": "Får nye personer en konto automatisk?",
                            "hr": "Dobivaju li nove osobe korisnički račun automatski?",
                            "zh-hans": "新成员会自动获得账户吗？",
                        },
                        {
                            "en": (
                                "Yes, if just-in-time provisioning is on. They join as Members the "
                                "first time they sign in."
                            ),
                            "sv": (
                                "Ja, om just-in-time-provisionering är aktiverad. De läggs till "
                                "som medlemmar första gången de loggar in."
                            ),
                            "nb": (
                                "Ja, hvis just-in-time-klargjøring er slått på. De legges til som "
                                "medlemmer første gang de logger på."
                            ),
                            "hr": (
                                "Da, ako je uključeno automatsko otvaranje računa pri prvoj "
                                "prijavi. Pridružuju se kao članovi kad se prvi put prijave."
                            ),
                            "zh-hans": (
                                "会的，前提是已开启即时预配。他们首次登录时会以成员身份加入。"
                            ),
                        },
                    ),
                    (
                        {
                            "en": "Does single sign-on work with the mobile apps?",
                            "sv": "Fungerar enkel inloggning med mobilapparna?",
                            "nb": "Fungerer enkel pålogging med mobilappene?",
                            "hr": "Radi li jedinstvena prijava s mobilnim aplikacijama?",
                            "zh-hans": "单点登录适用于移动应用吗？",
                        },
                        {
                            "en": (
                                "Yes. The apps open your identity provider’s sign-in page in a "
                                "secure browser window."
                            ),
                            "sv": (
                                "Ja. Apparna öppnar identitetsleverantörens inloggningssida i ett "
                                "säkert webbläsarfönster."
                            ),
                            "nb": (
                                "Ja. Appene åpner påloggingssiden til identitetsleverandøren i et "
                                "sikkert nettleservindu."
                            ),
                            "hr": (
                                "Da. Aplikacije otvaraju stranicu za prijavu vašeg pružatelja "
                                "identiteta u sigurnom prozoru preglednika."
                            ),
                            "zh-hans": "适用。应用会在安全的浏览器窗口中打开身份提供商的登录页面。",
                        },
                    ),
                ],
            ),
        ],
    },
    {
        "key": "review-the-audit-log",
        "category": "security-and-admin",
        "tags": ["audit-log", "security", "compliance"],
        "products": ["web"],
        "access": "segment:enterprise",
        "title": {
            "en": "Review activity in the audit log",
            "sv": "Granska aktivitet i granskningsloggen",
            "nb": "Se gjennom aktivitet i revisjonsloggen",
            "hr": "Pregledajte aktivnosti u revizijskom zapisniku",
            "zh-hans": "在审计日志中查看并导出活动记录",
        },
        "summary": {
            "en": (
                "See who changed settings, rates, timesheets and invoices, and export the log for "
                "compliance reviews."
            ),
            "sv": (
                "Se vem som har ändrat inställningar, timpriser, tidrapporter och fakturor, och "
                "exportera loggen inför granskningar."
            ),
            "nb": (
                "Se hvem som har endret innstillinger, timepriser, timelister og fakturaer, og "
                "eksporter loggen til revisjoner."
            ),
            "hr": (
                "Pogledajte tko je mijenjao postavke, satnice, evidencije sati i račune te "
                "izvezite zapisnik za provjere usklađenosti."
            ),
            "zh-hans": "查看谁更改了设置、费率、工时表和发票，并导出日志用于合规审查。",
        },
        "body": [
            (
                "paragraph",
                {
                    "en": (
                        "The audit log records every important action with the person, the time, "
                        "the IP address and the old and new values. Entries cannot be edited or "
                        "deleted."
                    ),
                    "sv": (
                        "Granskningsloggen registrerar varje viktig åtgärd med person, tidpunkt, "
                        "IP-adress samt gamla och nya värden. Posterna i loggen kan inte ändras "
                        "eller raderas."
                    ),
                    "nb": (
                        "Revisjonsloggen registrerer hver viktige handling med person, tidspunkt, "
                        "IP-adresse og gamle og nye verdier. Oppføringene kan ikke endres eller "
                        "slettes."
                    ),
                    "hr": (
                        "Revizijski zapisnik bilježi svaku važnu radnju s osobom, vremenom, IP "
                        "adresom te starim i novim vrijednostima. Zapisi se ne mogu mijenjati ni "
                        "brisati."
                    ),
                    "zh-hans": (
                        "审计日志会记录每项重要操作的执行人、时间、IP 地址以及修改前后的值。日志条"
                        "目无法编辑或删除。"
                    ),
                },
            ),
            (
                "steps",
                [
                    {
                        "en": "Open Settings → Security → Audit log.",
                        "sv": "Öppna Inställningar → Säkerhet → Granskningslogg.",
                        "nb": "Åpne Innstillinger → Sikkerhet → Revisjonslogg.",
                        "hr": "Otvorite Postavke → Sigurnost → Revizijski zapisnik.",
                        "zh-hans": "打开“设置 → 安全 → 审计日志”。",
                    },
                    {
                        "en": "Filter by person, action type or date range.",
                        "sv": "Filtrera på person, åtgärdstyp eller datumintervall.",
                        "nb": "Filtrer på person, handlingstype eller datoperiode.",
                        "hr": "Filtrirajte po osobi, vrsti radnje ili razdoblju.",
                        "zh-hans": "按人员、操作类型或日期范围筛选。",
                    },
                    {
                        "en": "Select an event to see the full details of the change.",
                        "sv": "Välj en händelse för att se alla detaljer om ändringen.",
                        "nb": "Velg en hendelse for å se alle detaljene om endringen.",
                        "hr": "Odaberite događaj kako biste vidjeli sve pojedinosti o promjeni.",
                        "zh-hans": "选择一个事件，查看更改的完整详情。",
                    },
                    {
                        "en": "Select Export to download the filtered events as CSV.",
                        "sv": "Välj Exportera för att ladda ner de filtrerade händelserna som CSV.",
                        "nb": "Velg Eksporter for å laste ned de filtrerte hendelsene som CSV.",
                        "hr": "Odaberite Izvezi kako biste filtrirane događaje preuzeli kao CSV.",
                        "zh-hans": "点击“导出”，将筛选后的事件下载为 CSV。",
                    },
                ],
            ),
            (
                "callout",
                "note",
                {
                    "en": (
                        "Audit events are kept for two years. You can also stream them to your "
                        "SIEM through the audit log webhook."
                    ),
                    "sv": (
                        "Granskningshändelser sparas i två år. Du kan också strömma dem till ert "
                        "SIEM-system via webhooken för granskningsloggen."
                    ),
                    "nb": (
                        "Revisjonshendelser lagres i to år. Du kan også strømme dem til "
                        "SIEM-systemet deres via webhooken for revisjonsloggen."
                    ),
                    "hr": (
                        "Revizijski događaji čuvaju se dvije godine. Možete ih i prosljeđivati u "
                        "svoj SIEM sustav putem webhooka za revizijski zapisnik."
                    ),
                    "zh-hans": (
                        "审计事件保留两年。您也可以通过审计日志 Webhook 将其实时推送到 SIEM 系统。"
                    ),
                },
            ),
            (
                "faq",
                [
                    (
                        {
                            "en": "Who can see the audit log?",
                            "sv": "Vem kan se granskningsloggen?",
                            "nb": "Hvem kan se revisjonsloggen?",
                            "hr": "Tko može vidjeti revizijski zapisnik?",
                            "zh-hans": "谁可以查看审计日志？",
                        },
                        {
                            "en": (
                                "Owners and Admins. You can also give an auditor read-only access "
                                "without other admin rights."
                            ),
                            "sv": (
                                "Ägare och administratörer. Du kan också ge en revisor "
                                "läsbehörighet utan andra administratörsrättigheter."
                            ),
                            "nb": (
                                "Eiere og administratorer. Du kan også gi en revisor lesetilgang "
                                "uten andre administratorrettigheter."
                            ),
                            "hr": (
                                "Vlasnici i administratori. Revizoru možete dati i pristup samo za "
                                "čitanje bez drugih administratorskih ovlasti."
                            ),
                            "zh-hans": (
                                "所有者和管理员。您也可以为审计人员授予只读权限，而不赋予其他管理权"
                                "限。"
                            ),
                        },
                    ),
                    (
                        {
                            "en": "Are sign-ins recorded?",
                            "sv": "Registreras inloggningar?",
                            "nb": "Registreres pålogginger?",
                            "hr": "Bilježe li se prijave?",
                            "zh-hans": "登录操作会被记录吗？",
                        },
                        {
                            "en": (
                                "Yes. Successful and failed sign-ins, password changes and "
                                "two-factor changes are all recorded."
                            ),
                            "sv": (
                                "Ja. Lyckade och misslyckade inloggningar, lösenordsbyten och "
                                "ändringar av tvåstegsverifiering registreras."
                            ),
                            "nb": (
                                "Ja. Vellykkede og mislykkede pålogginger, passordbytter og "
                                "endringer i totrinnsbekreftelse registreres."
                            ),
                            "hr": (
                                "Da. Bilježe se uspješne i neuspješne prijave, promjene lozinke i "
                                "promjene prijave u dva koraka."
                            ),
                            "zh-hans": "会。成功和失败的登录、密码修改以及双重验证更改都会被记录。",
                        },
                    ),
                ],
            ),
        ],
    },
    {
        "key": "custom-data-retention",
        "category": "security-and-admin",
        "tags": ["data-retention", "privacy", "compliance"],
        "products": ["web"],
        "access": "segment:enterprise",
        "title": {
            "en": "Configure custom data retention",
            "sv": "Ställ in egen lagringstid för data",
            "nb": "Angi egen oppbevaringstid for data",
            "hr": "Postavite vlastito razdoblje čuvanja podataka",
            "zh-hans": "配置自定义数据保留期限",
        },
        "summary": {
            "en": (
                "Decide how long time entries, invoices and personal data are kept before they are "
                "deleted automatically."
            ),
            "sv": (
                "Bestäm hur länge tidsposter, fakturor och personuppgifter sparas innan de raderas "
                "automatiskt."
            ),
            "nb": (
                "Bestem hvor lenge timeføringer, fakturaer og personopplysninger oppbevares før de "
                "slettes automatisk."
            ),
            "hr": (
                "Odredite koliko se dugo čuvaju unosi vremena, računi i osobni podaci prije "
                "automatskog brisanja."
            ),
            "zh-hans": "决定工时记录、发票和个人数据在自动删除前的保留时长。",
        },
        "body": [
            (
                "paragraph",
                {
                    "en": (
                        "By default Tallyboard keeps your data for as long as your workspace "
                        "exists. Enterprise workspaces can set shorter or longer periods to match "
                        "their own policies."
                    ),
                    "sv": (
                        "Som standard sparar Tallyboard dina data så länge arbetsytan finns. "
                        "Enterprise-arbetsytor kan ange kortare eller längre perioder som passar "
                        "deras egna policyer."
                    ),
                    "nb": (
                        "Som standard lagrer Tallyboard dataene dine så lenge arbeidsområdet "
                        "finnes. Enterprise-arbeidsområder kan angi kortere eller lengre perioder "
                        "i tråd med egne retningslinjer."
                    ),
                    "hr": (
                        "Prema zadanim postavkama Tallyboard čuva vaše podatke dok god postoji "
                        "radni prostor. Radni prostori s paketom Enterprise mogu postaviti kraća "
                        "ili dulja razdoblja u skladu sa svojim pravilima."
                    ),
                    "zh-hans": (
                        "默认情况下，只要工作区存在，Tallyboard 就会保留您的数据。企业版工作区可以"
                        "根据自身政策设置更短或更长的保留期限。"
                    ),
                },
            ),
            (
                "steps",
                [
                    {
                        "en": "Open Settings → Security → Data retention.",
                        "sv": "Öppna Inställningar → Säkerhet → Datalagring.",
                        "nb": "Åpne Innstillinger → Sikkerhet → Datalagring.",
                        "hr": "Otvorite Postavke → Sigurnost → Čuvanje podataka.",
                        "zh-hans": "打开“设置 → 安全 → 数据保留”。",
                    },
                    {
                        "en": (
                            "Choose a retention period for each data type, for example seven years "
                            "for invoices."
                        ),
                        "sv": (
                            "Välj lagringstid för varje datatyp, till exempel sju år för fakturor."
                        ),
                        "nb": (
                            "Velg oppbevaringstid for hver datatype, for eksempel sju år for "
                            "fakturaer."
                        ),
                        "hr": (
                            "Odaberite razdoblje čuvanja za svaku vrstu podataka, primjerice sedam "
                            "godina za račune."
                        ),
                        "zh-hans": "为每种数据类型选择保留期限，例如发票保留七年。",
                    },
                    {
                        "en": (
                            "Choose whether deactivated users are anonymized after the period ends."
                        ),
                        "sv": (
                            "Välj om inaktiverade användare ska anonymiseras när perioden har löpt "
                            "ut."
                        ),
                        "nb": "Velg om deaktiverte brukere skal anonymiseres når perioden er over.",
                        "hr": (
                            "Odaberite hoće li se deaktivirani korisnici anonimizirati nakon "
                            "isteka razdoblja."
                        ),
                        "zh-hans": "选择保留期结束后是否对已停用用户进行匿名化处理。",
                    },
                    {
                        "en": "Review the summary and confirm with your password.",
                        "sv": "Granska sammanfattningen och bekräfta med ditt lösenord.",
                        "nb": "Se over sammendraget og bekreft med passordet ditt.",
                        "hr": "Pregledajte sažetak i potvrdite lozinkom.",
                        "zh-hans": "检查摘要并输入密码确认。",
                    },
                ],
            ),
            (
                "callout",
                "warning",
                {
                    "en": (
                        "Data older than the new period is deleted in the next nightly run and "
                        "cannot be recovered. Export anything you need first."
                    ),
                    "sv": (
                        "Data som är äldre än den nya perioden raderas vid nästa nattliga körning "
                        "och kan inte återställas. Exportera det du behöver först."
                    ),
                    "nb": (
                        "Data som er eldre enn den nye perioden, slettes ved neste nattlige "
                        "kjøring og kan ikke gjenopprettes. Eksporter det du trenger, først."
                    ),
                    "hr": (
                        "Podaci stariji od novog razdoblja brišu se tijekom sljedeće noćne obrade "
                        "i ne mogu se vratiti. Najprije izvezite sve što vam treba."
                    ),
                    "zh-hans": (
                        "早于新保留期限的数据会在下一次夜间任务中被删除且无法恢复。请先导出所需数"
                        "据。"
                    ),
                },
            ),
            (
                "faq",
                [
                    (
                        {
                            "en": "Do local laws still apply?",
                            "sv": "Gäller lokala lagar fortfarande?",
                            "nb": "Gjelder lokale lover fortsatt?",
                            "hr": "Vrijede li i dalje lokalni zakoni?",
                            "zh-hans": "当地法律仍然适用吗？",
                        },
                        {
                            "en": (
                                "Yes. Many countries require invoices to be kept for several "
                                "years, so check with your accountant before shortening that "
                                "period."
                            ),
                            "sv": (
                                "Ja. I många länder måste fakturor sparas i flera år, så stäm av "
                                "med er redovisningskonsult innan du kortar perioden."
                            ),
                            "nb": (
                                "Ja. Mange land krever at fakturaer oppbevares i flere år, så "
                                "sjekk med regnskapsføreren før du korter ned perioden."
                            ),
                            "hr": (
                                "Da. Mnoge zemlje propisuju čuvanje računa nekoliko godina pa se "
                                "prije skraćivanja tog razdoblja posavjetujte sa svojim "
                                "računovođom."
                            ),
                            "zh-hans": (
                                "适用。许多国家要求发票保存数年，缩短保留期限前请先咨询您的会计师。"
                            ),
                        },
                    ),
                    (
                        {
                            "en": "Are backups deleted too?",
                            "sv": "Raderas även säkerhetskopior?",
                            "nb": "Slettes også sikkerhetskopier?",
                            "hr": "Brišu li se i sigurnosne kopije?",
                            "zh-hans": "备份也会被删除吗？",
                        },
                        {
                            "en": "Yes. Deleted data disappears from our backups within 35 days.",
                            "sv": (
                                "Ja. Raderade data försvinner ur våra säkerhetskopior inom 35 "
                                "dagar."
                            ),
                            "nb": (
                                "Ja. Slettede data forsvinner fra sikkerhetskopiene våre innen 35 "
                                "dager."
                            ),
                            "hr": (
                                "Da. Izbrisani podaci nestaju iz naših sigurnosnih kopija u roku "
                                "od 35 dana."
                            ),
                            "zh-hans": "会。已删除的数据会在 35 天内从我们的备份中清除。",
                        },
                    ),
                ],
            ),
        ],
    },
    {
        "key": "provision-users-with-scim",
        "category": "security-and-admin",
        "tags": ["scim", "provisioning", "sso"],
        "products": ["integrations"],
        "access": "segment:enterprise",
        "title": {
            "en": "Provision users automatically with SCIM",
            "sv": "Hantera användare automatiskt med SCIM",
            "nb": "Administrer brukere automatisk med SCIM",
            "hr": "Automatski upravljajte korisnicima putem SCIM-a",
            "zh-hans": "使用 SCIM 自动管理用户",
        },
        "summary": {
            "en": (
                "Add, update and deactivate Tallyboard users straight from your identity provider."
            ),
            "sv": (
                "Lägg till, uppdatera och inaktivera Tallyboard-användare direkt från er "
                "identitetsleverantör."
            ),
            "nb": (
                "Legg til, oppdater og deaktiver Tallyboard-brukere direkte fra "
                "identitetsleverandøren deres."
            ),
            "hr": (
                "Dodajte, ažurirajte i deaktivirajte korisnike Tallyboarda izravno iz svog "
                "pružatelja identiteta."
            ),
            "zh-hans": "直接在身份提供商中添加、更新和停用 Tallyboard 用户。",
        },
        "body": [
            (
                "paragraph",
                {
                    "en": (
                        "With SCIM, people who join or leave your company are added to or removed "
                        "from Tallyboard without anyone doing it by hand. It works together with "
                        "single sign-on."
                    ),
                    "sv": (
                        "Med SCIM läggs personer som börjar eller slutar på företaget till i eller "
                        "tas bort från Tallyboard utan manuellt arbete. Det fungerar tillsammans "
                        "med enkel inloggning."
                    ),
                    "nb": (
                        "Med SCIM blir personer som begynner eller slutter i bedriften, lagt til i "
                        "eller fjernet fra Tallyboard uten manuelt arbeid. Det fungerer sammen med "
                        "enkel pålogging."
                    ),
                    "hr": (
                        "Uz SCIM se osobe koje dolaze u tvrtku ili je napuštaju dodaju u "
                        "Tallyboard ili uklanjaju iz njega bez ručnog rada. Radi zajedno s "
                        "jedinstvenom prijavom."
                    ),
                    "zh-hans": (
                        "启用 SCIM 后，入职或离职人员会自动添加到 Tallyboard 或从中移除，无需手动操"
                        "作。该功能需与单点登录配合使用。"
                    ),
                },
            ),
            (
                "steps",
                [
                    {
                        "en": (
                            "Open Settings → Security → User provisioning and select Generate SCIM "
                            "token."
                        ),
                        "sv": (
                            "Öppna Inställningar → Säkerhet → Användarhantering och välj Skapa "
                            "SCIM-token."
                        ),
                        "nb": (
                            "Åpne Innstillinger → Sikkerhet → Brukeradministrasjon og velg Generer "
                            "SCIM-token."
                        ),
                        "hr": (
                            "Otvorite Postavke → Sigurnost → Upravljanje korisnicima i odaberite "
                            "Generiraj SCIM token."
                        ),
                        "zh-hans": "打开“设置 → 安全 → 用户预配”，点击“生成 SCIM 令牌”。",
                    },
                    {
                        "en": (
                            "In your identity provider, turn on SCIM for the Tallyboard "
                            "application."
                        ),
                        "sv": (
                            "Aktivera SCIM för Tallyboard-applikationen hos er "
                            "identitetsleverantör."
                        ),
                        "nb": (
                            "Aktiver SCIM for Tallyboard-applikasjonen hos identitetsleverandøren "
                            "deres."
                        ),
                        "hr": (
                            "Kod svog pružatelja identiteta omogućite SCIM za aplikaciju "
                            "Tallyboard."
                        ),
                        "zh-hans": "在身份提供商中为 Tallyboard 应用启用 SCIM。",
                    },
                    {
                        "en": "Paste the SCIM base URL and the token from Tallyboard.",
                        "sv": "Klistra in SCIM-bas-URL:en och token från Tallyboard.",
                        "nb": "Lim inn SCIM-basis-URL-en og tokenet fra Tallyboard.",
                        "hr": "Zalijepite osnovni SCIM URL i token iz Tallyboarda.",
                        "zh-hans": "粘贴 Tallyboard 提供的 SCIM 基础 URL 和令牌。",
                    },
                    {
                        "en": (
                            "Map identity provider groups to Tallyboard roles, then assign the "
                            "application to those groups."
                        ),
                        "sv": (
                            "Koppla grupper hos identitetsleverantören till roller i Tallyboard "
                            "och tilldela sedan applikationen till grupperna."
                        ),
                        "nb": (
                            "Koble grupper hos identitetsleverandøren til roller i Tallyboard, og "
                            "tildel deretter applikasjonen til gruppene."
                        ),
                        "hr": (
                            "Povežite grupe pružatelja identiteta s ulogama u Tallyboardu, a zatim "
                            "dodijelite aplikaciju tim grupama."
                        ),
                        "zh-hans": (
                            "将身份提供商中的组映射到 Tallyboard 角色，然后将应用分配给这些组。"
                        ),
                    },
                ],
            ),
            (
                "callout",
                "note",
                {
                    "en": (
                        "Deactivated users free up their seat immediately. Their time entries and "
                        "invoices stay in the workspace."
                    ),
                    "sv": (
                        "Inaktiverade användare frigör sin licens direkt. Deras tidsposter och "
                        "fakturor finns kvar i arbetsytan."
                    ),
                    "nb": (
                        "Deaktiverte brukere frigjør lisensen sin umiddelbart. Timeføringene og "
                        "fakturaene deres blir værende i arbeidsområdet."
                    ),
                    "hr": (
                        "Deaktivirani korisnici odmah oslobađaju svoje mjesto. Njihovi unosi "
                        "vremena i računi ostaju u radnom prostoru."
                    ),
                    "zh-hans": "停用的用户会立即释放其席位，其工时记录和发票仍保留在工作区中。",
                },
            ),
        ],
    },
    {
        "key": "export-or-delete-your-personal-data",
        "category": "security-and-admin",
        "tags": ["privacy", "gdpr", "export"],
        "products": ["web"],
        "access": "public",
        "title": {
            "en": "Export or delete your personal data",
            "sv": "Exportera eller radera dina personuppgifter",
            "nb": "Eksporter eller slett personopplysningene dine",
            "hr": "Izvezite ili izbrišite svoje osobne podatke",
            "zh-hans": "导出或删除您的个人数据",
        },
        "summary": {
            "en": (
                "Download a copy of the data Tallyboard holds about you, or ask for it to be "
                "deleted."
            ),
            "sv": (
                "Ladda ner en kopia av de uppgifter Tallyboard har om dig, eller begär att de "
                "raderas."
            ),
            "nb": (
                "Last ned en kopi av opplysningene Tallyboard har om deg, eller be om at de "
                "slettes."
            ),
            "hr": (
                "Preuzmite kopiju podataka koje Tallyboard ima o vama ili zatražite njihovo "
                "brisanje."
            ),
            "zh-hans": "下载 Tallyboard 保存的有关您的数据副本，或申请删除这些数据。",
        },
        "body": [
            (
                "paragraph",
                {
                    "en": (
                        "Under the GDPR you have the right to access and erase your personal data. "
                        "Your workspace still owns the business records you created, such as "
                        "approved timesheets and invoices."
                    ),
                    "sv": (
                        "Enligt GDPR har du rätt att få tillgång till och radera dina "
                        "personuppgifter. Arbetsytan äger fortfarande de affärsdokument du har "
                        "skapat, till exempel godkända tidrapporter och fakturor."
                    ),
                    "nb": (
                        "Etter GDPR har du rett til innsyn i og sletting av personopplysningene "
                        "dine. Arbeidsområdet eier fortsatt forretningsdokumentene du har laget, "
                        "for eksempel godkjente timelister og fakturaer."
                    ),
                    "hr": (
                        "Prema GDPR-u imate pravo na pristup svojim osobnim podacima i njihovo "
                        "brisanje. Radni prostor i dalje je vlasnik poslovne dokumentacije koju "
                        "ste izradili, poput odobrenih evidencija sati i računa."
                    ),
                    "zh-hans": (
                        "根据 GDPR，您有权访问和删除自己的个人数据。您创建的业务记录（如已批准的工"
                        "时表和发票）仍归工作区所有。"
                    ),
                },
            ),
            (
                "steps",
                [
                    {
                        "en": "Open Profile → Privacy.",
                        "sv": "Öppna Profil → Integritet.",
                        "nb": "Åpne Profil → Personvern.",
                        "hr": "Otvorite Profil → Privatnost.",
                        "zh-hans": "打开“个人资料 → 隐私”。",
                    },
                    {
                        "en": (
                            "Select Export my data. A ZIP file with your profile, entries and "
                            "activity is emailed to you."
                        ),
                        "sv": (
                            "Välj Exportera mina data. En ZIP-fil med din profil, dina poster och "
                            "din aktivitet mejlas till dig."
                        ),
                        "nb": (
                            "Velg Eksporter dataene mine. En ZIP-fil med profilen, føringene og "
                            "aktiviteten din sendes til deg på e-post."
                        ),
                        "hr": (
                            "Odaberite Izvezi moje podatke. ZIP datoteka s vašim profilom, unosima "
                            "i aktivnostima poslat će vam se e-poštom."
                        ),
                        "zh-hans": (
                            "点击“导出我的数据”，包含个人资料、记录和活动的 ZIP 文件会通过邮件发送"
                            "给您。"
                        ),
                    },
                    {
                        "en": (
                            "To delete your personal data, select Request deletion and confirm "
                            "with your password."
                        ),
                        "sv": (
                            "Om du vill radera dina personuppgifter väljer du Begär radering och "
                            "bekräftar med ditt lösenord."
                        ),
                        "nb": (
                            "For å slette personopplysningene dine velger du Be om sletting og "
                            "bekrefter med passordet ditt."
                        ),
                        "hr": (
                            "Za brisanje osobnih podataka odaberite Zatraži brisanje i potvrdite "
                            "lozinkom."
                        ),
                        "zh-hans": "如需删除个人数据，请点击“申请删除”并输入密码确认。",
                    },
                ],
            ),
            (
                "faq",
                [
                    (
                        {
                            "en": "How long does deletion take?",
                            "sv": "Hur lång tid tar raderingen?",
                            "nb": "Hvor lang tid tar slettingen?",
                            "hr": "Koliko traje brisanje?",
                            "zh-hans": "删除需要多长时间？",
                        },
                        {
                            "en": (
                                "We complete requests within 30 days. Your name on past entries is "
                                "replaced with Former user."
                            ),
                            "sv": (
                                "Vi slutför begäran inom 30 dagar. Ditt namn på tidigare poster "
                                "ersätts med Tidigare användare."
                            ),
                            "nb": (
                                "Vi fullfører forespørselen innen 30 dager. Navnet ditt på "
                                "tidligere føringer erstattes med Tidligere bruker."
                            ),
                            "hr": (
                                "Zahtjeve obrađujemo u roku od 30 dana. Vaše ime na prošlim "
                                "unosima zamjenjuje se oznakom Bivši korisnik."
                            ),
                            "zh-hans": (
                                "我们会在 30 天内完成请求。您在以往记录中的姓名将被替换为“前用户”。"
                            ),
                        },
                    ),
                    (
                        {
                            "en": "Can my employer stop the deletion?",
                            "sv": "Kan min arbetsgivare stoppa raderingen?",
                            "nb": "Kan arbeidsgiveren min stoppe slettingen?",
                            "hr": "Može li moj poslodavac zaustaviti brisanje?",
                            "zh-hans": "我的雇主可以阻止删除吗？",
                        },
                        {
                            "en": (
                                "Your workspace Owner is told about the request and may keep "
                                "records they are legally required to keep."
                            ),
                            "sv": (
                                "Arbetsytans ägare informeras om begäran och får behålla uppgifter "
                                "som de enligt lag måste spara."
                            ),
                            "nb": (
                                "Eieren av arbeidsområdet får beskjed om forespørselen og kan "
                                "beholde opplysninger de er lovpålagt å oppbevare."
                            ),
                            "hr": (
                                "Vlasnik radnog prostora obavještava se o zahtjevu i smije "
                                "zadržati zapise koje je po zakonu dužan čuvati."
                            ),
                            "zh-hans": (
                                "工作区所有者会收到该请求的通知，并可保留依法必须保存的记录。"
                            ),
                        },
                    ),
                ],
            ),
        ],
    },
]
