"""kb draft: a catalogue of the ways English news, transcripts and releases give someone's words and say whose
they are — the quote then its attribution in every order (said X, X said, X, the Y, said, said X, the Y of Z),
the attribution first with a colon or a comma, a verb opening the sentence ("Said X:"), split quotes, a quote over
paragraphs, partial quotes inside reported speech, every style of quotation marks (curly, straight, single inside
double, « », „ “, » «), ellipses and bracketed insertions, "according to X", posts and tweets, documents that read,
"was quoted as saying", "told Reuters", the present "says", the verbs that go on, warn, concede, a question or an
exclamation closing its quote, a headline's quote — and the near-misses that are no one's statement: scare quotes,
titles, names of laws, plans and operations, slogans, banners, quoted headlines, nicknames. One case a form; texts
written for these tests, with people of many regions."""

from __future__ import annotations

import pytest
from drafting import drafted_statements


def said(text: str) -> list[tuple[str, str]]:
    """Each statement drafted from ``text``: its speaker (or the description of one) and its words."""
    return [(s.get("speaker") or s["speaker_description"], s["text"]) for s in drafted_statements(text)]


FORMS = [
    pytest.param(
        '"We have not moved an inch," Amara Okonkwo said.',
        [("amara-okonkwo", "We have not moved an inch")],
        id="q-said",
    ),
    pytest.param(
        '"The quotas stay where they are," said Ingrid Solberg.',
        [("ingrid-solberg", "The quotas stay where they are")],
        id="said-q",
    ),
    pytest.param(
        '"Nobody wins a price war," Suriya Chanthong, the Thai commerce minister, said on Tuesday.',
        [("suriya-chanthong", "Nobody wins a price war")],
        id="q-name-appos-said",
    ),
    pytest.param(
        '"The window is closing fast," said Rafael Quintero, the secretary general of the Andean Council.',
        [("rafael-quintero", "The window is closing fast")],
        id="said-name-post-of",
    ),
    pytest.param(
        '"Our farmers cannot wait another season," the Ghanaian trade minister, Kwame Asante, said.',
        [("kwame-asante", "Our farmers cannot wait another season")],
        id="q-post-name-said",
    ),
    pytest.param(
        '"We are ready to table a text," Trade Minister Lwazi Dlamini said.',
        [("lwazi-dlamini", "We are ready to table a text")],
        id="q-title-name-said",
    ),
    pytest.param(
        '"The ball is in their court," said Indonesia\'s chief negotiator Dewi Kartika.',
        [("dewi-kartika", "The ball is in their court")],
        id="said-country-post-name",
    ),
    pytest.param(
        '"Why should we pay for their subsidies?" Mateus Ferreira asked.',
        [("mateus-ferreira", "Why should we pay for their subsidies?")],
        id="q-question-asked",
    ),
    pytest.param(
        '"This is a victory for every fisherman!" Sione Tupou exclaimed.',
        [("sione-tupou", "This is a victory for every fisherman!")],
        id="q-exclaimed",
    ),
    pytest.param(
        '"A deal this year is still possible," said Foreign Minister Olena Kovalenko of Ukraine.',
        [("olena-kovalenko", "A deal this year is still possible")],
        id="said-q-name-of-country",
    ),
    pytest.param(
        'Priya Raghavan said: "The draft leaves out services entirely."',
        [("priya-raghavan", "The draft leaves out services entirely")],
        id="said-colon",
    ),
    pytest.param(
        'Giorgi Beridze said, "We expect an answer by Friday."',
        [("giorgi-beridze", "We expect an answer by Friday")],
        id="said-comma",
    ),
    pytest.param(
        'Keiko Tanabe told reporters in Geneva: "Rice is not on the table."',
        [("keiko-tanabe", "Rice is not on the table")],
        id="told-reporters-colon",
    ),
    pytest.param(
        'In a statement, Fatou Diop said: "Senegal will not sign under pressure."',
        [("fatou-diop", "Senegal will not sign under pressure")],
        id="in-a-statement-colon",
    ),
    pytest.param(
        'The Chilean foreign ministry said in a statement: "The talks ended without agreement."',
        [("The Chilean foreign ministry", "The talks ended without agreement")],
        id="ministry-said-statement",
    ),
    pytest.param(
        'Tanvir Hossain added: "Our garment workers will pay the price."',
        [("tanvir-hossain", "Our garment workers will pay the price")],
        id="added-colon",
    ),
    pytest.param(
        '"We came here in good faith," Jean-Luc Moreau said, "and we will leave the same way."',
        [("jean-luc-moreau", "We came here in good faith")],
        id="split-said",
    ),
    pytest.param(
        '"The offer," said Carmen Villalobos, "is simply not serious."',
        [("carmen-villalobos", "The offer")],
        id="split-said-name",
    ),
    pytest.param(
        '"The gap is narrowing," said Hamid Karimi. "But it has not closed."',
        [("hamid-karimi", "The gap is narrowing"), ("hamid-karimi", "But it has not closed")],
        id="q-then-next-sentence",
    ),
    pytest.param(
        '"We will need more time," Aisha Al-Mansouri said. "The legal scrubbing alone takes weeks," she added.',
        [
            ("aisha-al-mansouri", "We will need more time"),
            ("aisha-al-mansouri", "The legal scrubbing alone takes weeks"),
        ],
        id="q-then-pronoun-added",
    ),
    pytest.param(
        'Yusuf Demir said: "We have offered everything we can on steel.\n\n"Now it is for Brussels to move."\n',
        [("yusuf-demir", "We have offered everything we can on steel")],
        id="multi-paragraph",
    ),
    pytest.param(
        '"The first chapter is closed.\n\n"The second will be harder," Wang Lei said.\n',
        [("wang-lei", "The second will be harder")],
        id="multi-paragraph-after",
    ),
    pytest.param(
        'Siobhan O\'Brien said the latest offer was "a step backwards" for Irish beef.',
        [("siobhan-o-brien", "a step backwards")],
        id="partial-said-that",
    ),
    pytest.param(
        'Erik van der Berg described the proposal as "unworkable in its present form".',
        [("erik-van-der-berg", "unworkable in its present form")],
        id="partial-described-as",
    ),
    pytest.param(
        'Nguyen Van Thanh called the tariffs "a tax on our own consumers".',
        [("nguyen-van-thanh", "a tax on our own consumers")],
        id="partial-called",
    ),
    pytest.param(
        'Park Ji-won warned that the dispute could "spiral out of control" within weeks.',
        [("park-ji-won", "spiral out of control")],
        id="partial-warned-could",
    ),
    pytest.param(
        "\"They call it 'a fair share', but it is nothing of the kind,\" Amara Okonkwo said.",
        [("amara-okonkwo", "a fair share")],
        id="single-in-double",
    ),
    pytest.param(
        "“We will respond in kind,” Ingrid Solberg said.",
        [("ingrid-solberg", "We will respond in kind")],
        id="curly-double",
    ),
    pytest.param(
        "‘We will respond in kind,’ Ingrid Solberg said.",
        [("ingrid-solberg", "We will respond in kind")],
        id="curly-single",
    ),
    pytest.param(
        "'We will respond in kind,' Ingrid Solberg said.",
        [("ingrid-solberg", "We will respond in kind")],
        id="straight-single",
    ),
    pytest.param(
        "«Nous ne signerons pas ce texte», Jean-Luc Moreau said.",
        [("jean-luc-moreau", "Nous ne signerons pas ce texte")],
        id="guillemets",
    ),
    pytest.param(
        "« We will not sign this text », said Jean-Luc Moreau.",
        [("jean-luc-moreau", "We will not sign this text")],
        id="guillemets-spaced",
    ),
    pytest.param(
        "„Wir brauchen mehr Zeit“, sagte Klaus Richter, the German negotiator, said.",
        [("klaus-richter", "Wir brauchen mehr Zeit")],
        id="german-low-high",
    ),
    pytest.param(
        "»We need more time«, Klaus Richter said.",
        [("klaus-richter", "We need more time")],
        id="german-reversed",
    ),
    pytest.param(
        '"We will not accept ... a deal that leaves out agriculture," Mateus Ferreira said.',
        [("mateus-ferreira", "a deal that leaves out agriculture")],
        id="ellipsis",
    ),
    pytest.param(
        '"We will not accept … a deal that leaves out agriculture," Mateus Ferreira said.',
        [("mateus-ferreira", "a deal that leaves out agriculture")],
        id="ellipsis-char",
    ),
    pytest.param(
        '"[The tariffs] are a mistake and [Washington] knows it," Priya Raghavan said.',
        [("priya-raghavan", "are a mistake")],
        id="bracketed",
    ),
    pytest.param(
        'According to Giorgi Beridze, the talks were "constructive but slow".',
        [("giorgi-beridze", "constructive but slow")],
        id="according-to-before",
    ),
    pytest.param(
        '"The tariff schedule is final," according to Dewi Kartika.',
        [("dewi-kartika", "The tariff schedule is final")],
        id="according-to-after",
    ),
    pytest.param(
        'The deal is "within reach", according to Lwazi Dlamini, South Africa\'s trade minister.',
        [("lwazi-dlamini", "within reach")],
        id="according-to-name-post",
    ),
    pytest.param(
        'Olena Kovalenko wrote on X: "Grain corridors must stay open."',
        [("olena-kovalenko", "Grain corridors must stay open")],
        id="wrote-on-x",
    ),
    pytest.param(
        'Sione Tupou posted on social media: "The Pacific will not be an afterthought."',
        [("sione-tupou", "The Pacific will not be an afterthought")],
        id="posted-social-media",
    ),
    pytest.param(
        '"Our rice farmers come first," Nguyen Van Thanh wrote on Facebook.',
        [("nguyen-van-thanh", "Our rice farmers come first")],
        id="q-wrote-facebook",
    ),
    pytest.param(
        '"A good day for Kenyan tea," Wanjiru Kamau tweeted.',
        [("wanjiru-kamau", "A good day for Kenyan tea")],
        id="q-tweeted",
    ),
    pytest.param(
        'Keiko Tanabe said in a post on X that the talks had been "frank and useful".',
        [("keiko-tanabe", "frank and useful")],
        id="said-in-post-that",
    ),
    pytest.param(
        '"Both sides agreed to meet again in June," the joint statement said.',
        [("the joint statement", "Both sides agreed to meet again in June")],
        id="joint-statement-said",
    ),
    pytest.param(
        'Hamid Karimi was quoted as saying "the border must reopen for trade".',
        [("hamid-karimi", "the border must reopen for trade")],
        id="was-quoted-as-saying",
    ),
    pytest.param(
        'Tanvir Hossain was quoted by Reuters as saying that the quota was "far too low".',
        [("tanvir-hossain", "far too low")],
        id="quoted-by-reuters",
    ),
    pytest.param(
        'The Anadolu agency quoted Yusuf Demir as saying: "Turkey will retaliate."',
        [("yusuf-demir", "Turkey will retaliate")],
        id="agency-quoted-as",
    ),
    pytest.param(
        '"We are not in a hurry," Wang Lei told Reuters.',
        [("wang-lei", "We are not in a hurry")],
        id="q-told-reuters",
    ),
    pytest.param(
        'Carmen Villalobos told CNN: "Copper is our red line."',
        [("carmen-villalobos", "Copper is our red line")],
        id="told-cnn-colon",
    ),
    pytest.param(
        '"Copper is our red line," Carmen Villalobos tells CNN.',
        [("carmen-villalobos", "Copper is our red line")],
        id="q-tells-cnn",
    ),
    pytest.param(
        'Erik van der Berg tells the BBC that the deal is "dead in the water".',
        [("erik-van-der-berg", "dead in the water")],
        id="tells-that-partial",
    ),
    pytest.param(
        '"The numbers simply do not add up," says Fatou Diop.',
        [("fatou-diop", "The numbers simply do not add up")],
        id="q-says-name",
    ),
    pytest.param(
        '"The numbers simply do not add up," Fatou Diop says.',
        [("fatou-diop", "The numbers simply do not add up")],
        id="q-name-says",
    ),
    pytest.param(
        'Fatou Diop says: "The numbers simply do not add up."',
        [("fatou-diop", "The numbers simply do not add up")],
        id="says-colon",
    ),
    pytest.param(
        '"Nothing is agreed until everything is agreed," Jean-Luc Moreau added.',
        [("jean-luc-moreau", "Nothing is agreed")],
        id="added",
    ),
    pytest.param(
        '"We have been patient," Amara Okonkwo continued.',
        [("amara-okonkwo", "We have been patient")],
        id="continued",
    ),
    pytest.param(
        '"That patience has limits," Amara Okonkwo went on.',
        [("amara-okonkwo", "That patience has limits")],
        id="went-on",
    ),
    pytest.param(
        '"Dairy is off the table," Ingrid Solberg insisted.',
        [("ingrid-solberg", "Dairy is off the table")],
        id="insisted",
    ),
    pytest.param(
        '"Retaliation will follow within days," Park Ji-won warned.',
        [("park-ji-won", "Retaliation will follow within days")],
        id="warned",
    ),
    pytest.param(
        '"Exports to the bloc doubled last year," Dewi Kartika noted.',
        [("dewi-kartika", "Exports to the bloc doubled")],
        id="noted",
    ),
    pytest.param(
        '"Every chapter must be closed together," Giorgi Beridze stressed.',
        [("giorgi-beridze", "Every chapter must be closed together")],
        id="stressed",
    ),
    pytest.param(
        '"We underestimated the resistance at home," Mateus Ferreira acknowledged.',
        [("mateus-ferreira", "We underestimated the resistance")],
        id="acknowledged",
    ),
    pytest.param(
        '"Some of our demands were unrealistic," Priya Raghavan conceded.',
        [("priya-raghavan", "Some of our demands were unrealistic")],
        id="conceded",
    ),
    pytest.param(
        '"Not this week," Wang Lei replied.',
        [("wang-lei", "Not this week")],
        id="replied",
    ),
    pytest.param(
        '"The quota is shared by eleven ports," Sione Tupou explained.',
        [("sione-tupou", "The quota is shared by eleven ports")],
        id="explained",
    ),
    pytest.param(
        '"It is far too early to celebrate," Tanvir Hossain cautioned.',
        [("tanvir-hossain", "far too early to celebrate")],
        id="cautioned",
    ),
    pytest.param(
        '"That is simply untrue," Kwame Asante countered.',
        [("kwame-asante", "That is simply untrue")],
        id="countered",
    ),
    pytest.param(
        '"We were caught off guard," Olena Kovalenko admitted.',
        [("olena-kovalenko", "We were caught off guard")],
        id="admitted",
    ),
    pytest.param(
        '"Nothing is agreed yet," added Jean-Luc Moreau.',
        [("jean-luc-moreau", "Nothing is agreed yet")],
        id="verb-first-added",
    ),
    pytest.param(
        'Amara Okonkwo went on to say: "Our patience has limits."',
        [("amara-okonkwo", "Our patience has limits")],
        id="went-on-to-say",
    ),
    pytest.param(
        '"Will you sign this week?" a reporter asked. "Not this week," Wang Lei replied.',
        [("wang-lei", "Not this week")],
        id="question-then-reply",
    ),
    pytest.param(
        'Asked whether the deal would be signed this year, Keiko Tanabe said: "I very much hope so."',
        [("keiko-tanabe", "I very much hope so")],
        id="asked-whether-said",
    ),
    pytest.param(
        "Deal 'within reach', says Dlamini\n\n"
        "JOHANNESBURG, May 2 - South Africa's trade minister Lwazi Dlamini said on Friday a deal was close.\n",
        [("lwazi-dlamini", "within reach"), ("lwazi-dlamini", "a deal was close")],
        id="headline-says",
    ),
    pytest.param(
        "Okonkwo: 'We will not back down'\n\n"
        "LAGOS - Nigeria's trade minister Amara Okonkwo said on Friday the tariffs were unfair.\n",
        [("amara-okonkwo", "We will not back down"), ("amara-okonkwo", "the tariffs were unfair")],
        id="headline-colon",
    ),
    pytest.param(
        '"It is a cynical move," Kwame Asante said of the proposal.',
        [("kwame-asante", "It is a cynical move")],
        id="said-of",
    ),
    pytest.param(
        '"We have waited twelve years," Fatou Diop, 54, said.',
        [("fatou-diop", "We have waited twelve years")],
        id="age-appos",
    ),
    pytest.param(
        '"The timetable is unrealistic," Hamid Karimi said in an interview.',
        [("hamid-karimi", "The timetable is unrealistic")],
        id="said-interview",
    ),
    pytest.param(
        '"The mood here is grim," Wanjiru Kamau said by telephone from Nairobi.',
        [("wanjiru-kamau", "The mood here is grim")],
        id="said-by-phone",
    ),
    pytest.param(
        '"The minister will not travel," a spokesperson for the ministry, Lina Haddad, said.',
        [("lina-haddad", "The minister will not travel")],
        id="spokesperson-appos",
    ),
    pytest.param(
        '"Our offer stands," said Dewi Kartika, who leads Indonesia\'s delegation.',
        [("dewi-kartika", "Our offer stands")],
        id="who-leads",
    ),
    pytest.param(
        'Kwame Asante said of the offer: "It is a cynical move."',
        [("kwame-asante", "It is a cynical move")],
        id="said-of-colon",
    ),
    pytest.param(
        'Kwame Asante put it bluntly: "The offer is an insult."',
        [("kwame-asante", "The offer is an insult")],
        id="put-it-bluntly",
    ),
    pytest.param(
        'Carmen Villalobos told The Associated Press in an interview that the offer was "insulting".',
        [("carmen-villalobos", "insulting")],
        id="told-ap-partial",
    ),
    pytest.param(
        '"We will be back in June," Rafael Quintero said at a news conference in Lima.',
        [("rafael-quintero", "We will be back in June")],
        id="news-conference-in",
    ),
    pytest.param(
        '"They know what they must do," Park Ji-won said, referring to Tokyo.',
        [("park-ji-won", "They know what they must do")],
        id="said-referring",
    ),
    pytest.param(
        '"It was a long night," Olena Kovalenko said, adding that the text was nearly ready.',
        [("olena-kovalenko", "It was a long night")],
        id="said-adding-that",
    ),
    pytest.param(
        '"The sea does not know borders." — Sione Tupou',
        [("sione-tupou", "The sea does not know borders")],
        id="dash-attrib",
    ),
    pytest.param(
        '"We are close", Ingrid Solberg said.',
        [("ingrid-solberg", "We are close")],
        id="comma-outside",
    ),
    pytest.param(
        'Wang Lei replied: "We have no such plan."',
        [("wang-lei", "We have no such plan")],
        id="replied-colon",
    ),
    pytest.param(
        'Tanvir Hossain said in a written reply to questions: "Bangladesh seeks no special favours."',
        [("tanvir-hossain", "Bangladesh seeks no special favours")],
        id="written-reply",
    ),
    pytest.param(
        '"Tariffs are a blunt instrument," Erik van der Berg told the Financial Times newspaper.',
        [("erik-van-der-berg", "Tariffs are a blunt instrument")],
        id="told-ft-newspaper",
    ),
    pytest.param(
        'Said Amara Okonkwo: "We will not back down."',
        [("amara-okonkwo", "We will not back down")],
        id="said-inverted",
    ),
    pytest.param(
        '"Nothing has been signed," Siobhan O\'Brien said in a speech to parliament.',
        [("siobhan-o-brien", "Nothing has been signed")],
        id="speech-parliament",
    ),
    pytest.param(
        "\"When they say 'fair', they mean 'ours',\" Mateus Ferreira said.",
        [("mateus-ferreira", "they mean")],
        id="quote-in-quote",
    ),
    pytest.param(
        'Giorgi Beridze reiterated that Georgia "will not accept" the new quota.',
        [("giorgi-beridze", "will not accept")],
        id="reiterated-that",
    ),
    pytest.param(
        'Yusuf Demir, for his part, said: "Ankara wants a fair deal."',
        [("yusuf-demir", "Ankara wants a fair deal")],
        id="for-his-part",
    ),
    pytest.param(
        'Priya Raghavan left the hall early. "The text is not ready," she said.',
        [("priya-raghavan", "The text is not ready")],
        id="pronoun-next",
    ),
    pytest.param(
        '"Who benefits from these tariffs?" asked Lwazi Dlamini.',
        [("lwazi-dlamini", "Who benefits from these tariffs?")],
        id="asked-inverted",
    ),
    pytest.param(
        'Lwazi Dlamini turned to the cameras. "Who benefits from these tariffs?" he asked.',
        [("lwazi-dlamini", "Who benefits from these tariffs?")],
        id="question-pronoun",
    ),
    pytest.param(
        '"This is a victory for every fisherman!" exclaimed Sione Tupou.',
        [("sione-tupou", "This is a victory for every fisherman!")],
        id="exclaimed-inverted",
    ),
    pytest.param(
        '"Is this fair?" Mateus Ferreira asked. "No, it is not."',
        [("mateus-ferreira", "Is this fair?"), ("mateus-ferreira", "No, it is not")],
        id="question-split",
    ),
    pytest.param(
        '"What else can we offer?" Ingrid Solberg said on Monday.',
        [("ingrid-solberg", "What else can we offer?")],
        id="question-said",
    ),
    pytest.param(
        "'The bill is unaffordable,' says Siobhan O'Brien.",
        [("siobhan-o-brien", "The bill is unaffordable")],
        id="single-says",
    ),
    pytest.param(
        "“We want a deal,” Wang Lei said, “but not at any price.”",
        [("wang-lei", "We want a deal")],
        id="curly-split",
    ),
    pytest.param(
        "«Nous voulons un accord», said Jean-Luc Moreau, «mais pas à n’importe quel prix».",
        [("jean-luc-moreau", "Nous voulons un accord")],
        id="guillemet-split",
    ),
    pytest.param(
        'In the words of Fatou Diop, the talks were "a dialogue of the deaf".',
        [("fatou-diop", "a dialogue of the deaf")],
        id="words-of",
    ),
    pytest.param(
        'Olena Kovalenko said through a spokesman that the offer was "under review".',
        [("olena-kovalenko", "under review")],
        id="via-spokesman",
    ),
    pytest.param(
        'Hamid Karimi told parliament on Tuesday that the border "will stay open".',
        [("hamid-karimi", "will stay open")],
        id="told-parliament-that",
    ),
    pytest.param(
        'Mateus Ferreira argued: "Brazil has already given enough on ethanol."',
        [("mateus-ferreira", "Brazil has already given enough on ethanol")],
        id="argued-colon",
    ),
    pytest.param(
        '"... and that is why we left the table," Amara Okonkwo said.',
        [("amara-okonkwo", "that is why we left the table")],
        id="q-said-ellipsis-start",
    ),
    pytest.param(
        'The talks were "deadlocked", Wanjiru Kamau told Reuters.',
        [("wanjiru-kamau", "deadlocked")],
        id="reported-by-reuters",
    ),
    pytest.param(
        '"No date has been set," the official said.',
        [("the official", "No date has been set")],
        id="the-official-said",
    ),
    pytest.param(
        '"No date has been set," the Kenyan ministry said.',
        [("the Kenyan ministry", "No date has been set")],
        id="the-ministry-said",
    ),
    pytest.param(
        '"That patience has limits," went on Amara Okonkwo.',
        [("amara-okonkwo", "patience has limits")],
        id="went-on-name",
    ),
    pytest.param(
        'Said Amara Okonkwo: "We will not back down."', [("amara-okonkwo", "We will not back down")], id="said-opening"
    ),
    pytest.param(
        'Kwame Asante, the Ghanaian trade minister, spoke last. Added the minister: "We will not back down."',
        [("kwame-asante", "We will not back down")],
        id="added-opening-post",
    ),
    pytest.param(
        'Noted Fatou Diop, "The numbers do not add up."',
        [("fatou-diop", "The numbers do not add up")],
        id="noted-opening",
    ),
    pytest.param(
        'Tanvir Hossain, who made headlines last week, said: "We are close."',
        [("tanvir-hossain", "We are close")],
        id="headlines-in-a-clause",
    ),
    pytest.param(
        "The Kenyan trade ministry issued a statement on Monday, saying Kenya remained committed to the talks.",
        [("The Kenyan trade ministry", "saying Kenya remained committed")],
        id="issued-saying",
    ),
    pytest.param(
        '"Why should we pay for their subsidies?" Mateus Ferreira asked, before leaving.',
        [("mateus-ferreira", "Why should we pay for their subsidies?")],
        id="question-then-clause",
    ),
    pytest.param(
        '"We have offered everything," Yusuf Demir said. "Steel, cars and textiles are all on the table.\n\n'
        '"Now it is for Brussels to move."\n',
        [("yusuf-demir", "We have offered everything"), ("yusuf-demir", "Steel, cars")],
        id="multi-para-mid",
    ),
    pytest.param(
        '"We urge you to reconsider," Lina Haddad wrote in a letter to the committee.',
        [("lina-haddad", "We urge you to reconsider")],
        id="said-in-letter",
    ),
    pytest.param(
        'Fatou Diop spoke last. "We have lost a generation of fishermen," she said, her voice breaking.',
        [("fatou-diop", "We have lost a generation")],
        id="voice-breaking",
    ),
    pytest.param(
        '"Our door is open," Nguyen Van Thanh, speaking through an interpreter, said.',
        [("nguyen-van-thanh", "Our door is open")],
        id="through-interpreter",
    ),
    pytest.param(
        '"The sanctions must go," Hamid Karimi told Al Jazeera\'s Inside Story programme.',
        [("hamid-karimi", "The sanctions must go")],
        id="told-programme",
    ),
    pytest.param(
        'Fatou Diop chairs the talks. "We need two more days," Ms Diop said.',
        [("fatou-diop", "We need two more days")],
        id="ms-honorific",
    ),
    pytest.param(
        '"The model is flawed," Dr. Priya Raghavan said.',
        [("priya-raghavan", "The model is flawed")],
        id="dr-honorific",
    ),
    pytest.param(
        '"Kenya will not be bullied," President Samuel Ruto said.',
        [("samuel-ruto", "Kenya will not be bullied")],
        id="president-title",
    ),
    pytest.param(
        'Speaking to reporters in Accra, Kwame Asante said: "The cocoa price is not negotiable."',
        [("kwame-asante", "The cocoa price is not negotiable")],
        id="speaking-to-reporters",
    ),
    pytest.param(
        'Kwame Asante, speaking to reporters in Accra, said "the cocoa price is not negotiable".',
        [("kwame-asante", "the cocoa price is not negotiable")],
        id="appos-speaking",
    ),
    pytest.param(
        '"We will defend our farmers," Mateus Ferreira said in a televised address.',
        [("mateus-ferreira", "We will defend our farmers")],
        id="televised-address",
    ),
    pytest.param(
        'Giorgi Beridze said it was "far too early" to talk of a deal.',
        [("giorgi-beridze", "far too early")],
        id="said-it-was",
    ),
    pytest.param(
        '"We are not there yet" Ingrid Solberg said.',
        [("ingrid-solberg", "We are not there yet")],
        id="no-comma",
    ),
    pytest.param(
        '"We came. We talked. We left with nothing," Kwame Asante said.',
        [("kwame-asante", "We came. We talked. We left with nothing")],
        id="many-sentences",
    ),
    pytest.param(
        'Kwame Asante said the deal was "good for Ghana. It is good for Africa too."',
        [("kwame-asante", "good for Ghana")],
        id="partial-two-sentences",
    ),
    pytest.param(
        "\"The president told me, 'Sign it,' and I did,\" Kwame Asante said.",
        [("kwame-asante", "and I did")],
        id="nested-speech",
    ),
    pytest.param(
        '"There is no deal yet," said a senior EU official, who asked not to be named.',
        [("a senior EU official", "There is no deal yet")],
        id="senior-official-anon",
    ),
    pytest.param(
        '"Nobody expects a breakthrough," one diplomat said.',
        [("one diplomat", "Nobody expects a breakthrough")],
        id="one-diplomat",
    ),
    pytest.param(
        '"We are tired of waiting," Kwame Asante, 61, told reporters.',
        [("kwame-asante", "We are tired of waiting")],
        id="age-told",
    ),
    pytest.param(
        '"The door remains open," Kwame Asante said Monday.',
        [("kwame-asante", "The door remains open")],
        id="ap-monday",
    ),
    pytest.param(
        '"The door remains open," Kwame Asante said Monday night.',
        [("kwame-asante", "The door remains open")],
        id="ap-monday-night",
    ),
    pytest.param(
        '"We are close," Kwame Asante said, before adding: "But close is not enough."',
        [("kwame-asante", "We are close")],
        id="before-adding",
    ),
    pytest.param(
        'Kwame Asante was blunt. In his words, "the offer is an insult".',
        [("kwame-asante", "the offer is an insult")],
        id="in-his-words",
    ),
    pytest.param(
        '"They have not moved at all," Kwame Asante said of Washington.',
        [("kwame-asante", "They have not moved at all")],
        id="said-of-place",
    ),
    pytest.param(
        '"We will wait," the Ghanaian minister said.',
        [("the Ghanaian minister", "We will wait")],
        id="country-adj-minister",
    ),
    pytest.param(
        '"We will wait," Ghana\'s trade minister said.',
        [("Ghana's trade minister", "We will wait")],
        id="country-post-desc",
    ),
    pytest.param(
        'As Kwame Asante put it: "We are not a charity."',
        [("kwame-asante", "We are not a charity")],
        id="as-put-it",
    ),
    pytest.param(
        'Asked about the deadline, Ingrid Solberg said: "Friday is Friday."',
        [("ingrid-solberg", "Friday is Friday")],
        id="said-after-comma-quote-ends-sentence",
    ),
    pytest.param(
        '"We are close; very close," Dewi Kartika said.',
        [("dewi-kartika", "We are close; very close")],
        id="quote-semicolon",
    ),
    pytest.param(
        'Dewi Kartika told her Australian counterpart: "Palm oil is not a bargaining chip."',
        [("dewi-kartika", "Palm oil is not a bargaining chip")],
        id="told-her-counterpart",
    ),
    pytest.param(
        'In an op-ed for the Jakarta Post, Dewi Kartika wrote: "Palm oil feeds millions."',
        [("dewi-kartika", "Palm oil feeds millions")],
        id="wrote-in-op-ed",
    ),
    pytest.param(
        '"Palm oil feeds millions," says Dewi Kartika, Indonesia\'s chief negotiator.',
        [("dewi-kartika", "Palm oil feeds millions")],
        id="says-present-appos",
    ),
    pytest.param(
        '"Palm oil feeds millions" - Dewi Kartika, chief negotiator',
        [("dewi-kartika", "Palm oil feeds millions")],
        id="italic-dash-attrib",
    ),
    pytest.param(
        "“We won’t sign a deal that hurts Ghana’s farmers,” Kwame Asante said.",
        [("kwame-asante", "We won’t sign a deal that hurts Ghana’s farmers")],
        id="curly-apostrophe-in",
    ),
    pytest.param(
        "'We won't sign a deal that hurts Ghana's farmers,' Kwame Asante said.",
        [("kwame-asante", "We won't sign a deal that hurts Ghana's farmers")],
        id="straight-single-apostrophe",
    ),
    pytest.param(
        'Kwame Asante said the talks had stalled. "We need a new offer," he added.',
        [("kwame-asante", "the talks had stalled"), ("kwame-asante", "We need a new offer")],
        id="said-he-added",
    ),
    pytest.param(
        'In Kwame Asante\'s words: "We are not a charity."',
        [("kwame-asante", "We are not a charity")],
        id="in-words-colon",
    ),
    pytest.param(
        'Kwame Asante spoke last. As he put it: "We are not a charity."',
        [("kwame-asante", "We are not a charity")],
        id="as-he-put-it-colon",
    ),
    pytest.param(
        'Yusuf Demir told reporters:\n\n"We have offered everything on steel."\n',
        [("yusuf-demir", "We have offered everything on steel")],
        id="said-colon-next-para",
    ),
    pytest.param(
        'Yusuf Demir was clear — "we will not move on steel".',
        [("yusuf-demir", "we will not move on steel")],
        id="dash-quote",
    ),
    pytest.param(
        '"Turkey will respond," a ministry statement said.',
        [("a ministry statement", "Turkey will respond")],
        id="statement-desc",
    ),
    pytest.param(
        '"Turkey will respond," Yusuf Demir said in remarks reported by Anadolu.',
        [("yusuf-demir", "Turkey will respond")],
        id="remarks-reported-by",
    ),
    pytest.param(
        '"Turkey will respond," Yusuf Demir is quoted as saying in the Hurriyet daily.',
        [("yusuf-demir", "Turkey will respond")],
        id="is-quoted-in",
    ),
    pytest.param(
        '"Turkey will respond," Yusuf Demir was cited as saying by the Yonhap news agency.',
        [("yusuf-demir", "Turkey will respond")],
        id="cited-as-saying",
    ),
    pytest.param(
        '"Turkey will respond," said Yusuf Demir, according to a transcript.',
        [("yusuf-demir", "Turkey will respond")],
        id="according-transcript",
    ),
    pytest.param(
        'Yusuf Demir said, according to Reuters, that Turkey "will respond in kind".',
        [("yusuf-demir", "will respond in kind")],
        id="said-according-reuters-that",
    ),
    pytest.param(
        '"Turkey will respond," said Yusuf Demir, quoted by Anadolu.',
        [("yusuf-demir", "Turkey will respond")],
        id="said-quoted-by",
    ),
    pytest.param(
        'Yusuf Demir, quoted by Anadolu, said "Turkey will respond in kind".',
        [("yusuf-demir", "Turkey will respond in kind")],
        id="appos-quoted-by",
    ),
    pytest.param(
        'Anadolu cited Yusuf Demir as saying "Turkey will respond in kind".',
        [("yusuf-demir", "Turkey will respond in kind")],
        id="cited-x-as-saying",
    ),
    pytest.param(
        'Yusuf Demir said in remarks carried by state television that Turkey "will respond in kind".',
        [("yusuf-demir", "will respond in kind")],
        id="remarks-carried-that",
    ),
    pytest.param(
        'Yusuf Demir said in comments published on Tuesday: "Turkey will respond in kind."',
        [("yusuf-demir", "Turkey will respond in kind")],
        id="comments-published-colon",
    ),
    pytest.param(
        'Yonhap reported Park Ji-won as saying "Seoul will respond in kind".',
        [("park-ji-won", "Seoul will respond in kind")],
        id="reported-as-saying",
    ),
    pytest.param(
        'Yusuf Demir has said "Turkey will respond in kind".',
        [("yusuf-demir", "Turkey will respond in kind")],
        id="has-said",
    ),
    pytest.param(
        'Yusuf Demir has repeatedly said that Turkey "will not be bullied".',
        [("yusuf-demir", "will not be bullied")],
        id="has-repeatedly-said-that",
    ),
    pytest.param(
        'Yusuf Demir would later say: "We should have walked out."',
        [("yusuf-demir", "We should have walked out")],
        id="would-later-say",
    ),
    pytest.param(
        '"We have offered everything on steel," Yusuf Demir said, "and on cars.\n\n"Now it is for Brussels to move."\n',
        [("yusuf-demir", "We have offered everything on steel"), ("yusuf-demir", "Now it is for Brussels to move")],
        id="split-over-paragraphs",
    ),
    pytest.param(
        'Yusuf Demir said the offer was "unfair to our steel makers.\n\n"We will not sign it."\n',
        [("yusuf-demir", "unfair to our steel makers")],
        id="partial-over-paragraphs",
    ),
    pytest.param(
        'Yusuf Demir, reached by telephone, said "Turkey will respond in kind".',
        [("yusuf-demir", "Turkey will respond in kind")],
        id="reached-by-phone",
    ),
    pytest.param(
        'Dewi Kartika had one answer – "palm oil stays in the deal".',
        [("dewi-kartika", "palm oil stays in the deal")],
        id="en-dash-quote",
    ),
    pytest.param(
        'In a statement on its website, the Ghanaian trade ministry said: "Talks will resume in June."',
        [("the Ghanaian trade ministry", "Talks will resume in June")],
        id="statement-website-colon",
    ),
    pytest.param(
        '"Talks will resume in June," the Ghanaian trade ministry said in a statement posted on its website.',
        [("the Ghanaian trade ministry", "Talks will resume in June")],
        id="posted-on-website",
    ),
    pytest.param(
        '"Talks will resume in June," the European Commission said.',
        [("european-commission", "Talks will resume in June")],
        id="body-named",
    ),
    pytest.param(
        '"Talks will resume in June," Beijing said.',
        [("china", "Talks will resume in June")],
        id="country-speaker",
    ),
    pytest.param(
        '"Talks will resume in June," Ingrid Solberg said in a statement released by her office.',
        [("ingrid-solberg", "Talks will resume in June")],
        id="released-by-office",
    ),
    pytest.param(
        '• Kwame Asante: "Cocoa prices must be fair."',
        [("kwame-asante", "Cocoa prices must be fair")],
        id="bullet-name",
    ),
    pytest.param(
        'Asante says Ghana "will not sign"\n\n'
        "ACCRA - Ghana's trade minister Kwame Asante walked out of the talks on Friday.\n",
        [("kwame-asante", "will not sign")],
        id="headline-says-partial-name",
    ),
    pytest.param(
        '"Who will pay for this?" Kwame Asante wondered.',
        [("kwame-asante", "Who will pay for this?")],
        id="wondered",
    ),
    pytest.param(
        '"Never!" Kwame Asante said, "never again will we accept such terms."',
        [("kwame-asante", "Never!")],
        id="exclaim-split",
    ),
    pytest.param(
        'Was a deal close? "No," Kwame Asante said.',
        [("kwame-asante", "No")],
        id="one-word",
    ),
    pytest.param(
        '"We will buy 2 million tonnes of wheat," Kwame Asante said.',
        [("kwame-asante", "We will buy 2 million tonnes of wheat")],
        id="numbers",
    ),
    pytest.param(
        'Mrs Fatou Diop chaired the session. "The quota stands," she said.',
        [("fatou-diop", "The quota stands")],
        id="she-honorific",
    ),
    pytest.param(
        '"The parties agreed to meet again," a joint communique said.',
        [("a joint communique", "The parties agreed to meet again")],
        id="joint-communique-said",
    ),
    pytest.param(
        'The talks were tense; "we almost walked out," Ingrid Solberg said.',
        [("ingrid-solberg", "we almost walked out")],
        id="said-after-semicolon",
    ),
    pytest.param(
        '"Talks will resume in June," per a statement from the Ghanaian trade ministry.',
        [("the Ghanaian trade ministry", "Talks will resume in June")],
        id="per-statement",
    ),
    pytest.param(
        '"Talks will resume in June," per Kwame Asante.',
        [("kwame-asante", "Talks will resume in June")],
        id="per-name",
    ),
    pytest.param(
        '"Talks will resume in June," per a person familiar with the talks.',
        [("a person familiar with the talks", "Talks will resume in June")],
        id="per-source",
    ),
    pytest.param(
        '"The parties agreed to meet again," the communiqué said.',
        [("the communiqué", "The parties agreed to meet again")],
        id="communique-said",
    ),
    pytest.param(
        '"We remain committed to open trade," the declaration said.',
        [("the declaration", "We remain committed to open trade")],
        id="declaration-said",
    ),
    pytest.param(
        '"Why?" asked Kwame Asante, "why now, after ten years?"',
        [("kwame-asante", "why now")],
        id="question-split-lower",
    ),
    pytest.param(
        '“We agree on the quota," Ingrid Solberg said.',
        [("ingrid-solberg", "We agree on the quota")],
        id="mixed-marks",
    ),
    pytest.param(
        '"We agree on the quota,” Ingrid Solberg said.',
        [("ingrid-solberg", "We agree on the quota")],
        id="mixed-marks-2",
    ),
    pytest.param(
        "“They said ‘no’, and we left,” Ingrid Solberg said.",
        [("ingrid-solberg", "and we left")],
        id="curly-single-inside",
    ),
    pytest.param(
        "Ingrid Solberg said: “We have given enough on cod.\n\n“Now it is for the others to move.”\n",
        [("ingrid-solberg", "We have given enough on cod")],
        id="curly-over-paragraphs",
    ),
    pytest.param(
        "‘They called it a “fair deal”, but it is not,’ Siobhan O'Brien said.",
        [("siobhan-o-brien", "but it is not")],
        id="british-single-nested",
    ),
    pytest.param(
        'Ingrid Solberg said:\n"We agree on the quota."\n',
        [("ingrid-solberg", "We agree on the quota")],
        id="said-then-quote-own-line",
    ),
    pytest.param(
        "'The fishermen's union and the farmers' groups agree,' Ingrid Solberg said.",
        [("ingrid-solberg", "The fishermen's union and the farmers' groups agree")],
        id="apostrophe-plural-in-single",
    ),
    pytest.param(
        '"We will see what happens ..." Ingrid Solberg said.',
        [("ingrid-solberg", "We will see what happens")],
        id="ellipsis-end",
    ),
    pytest.param(
        '"We will sign — if they move on cod," Ingrid Solberg said.',
        [("ingrid-solberg", "We will sign — if they move on cod")],
        id="em-dash-interrupt",
    ),
]


@pytest.mark.parametrize(("text", "expected"), FORMS)
def test_a_form_of_quoting_gives_the_words_and_who_said_them(text, expected):
    drafted = said(text)
    assert len(drafted) == len(expected), drafted
    for who, words in expected:
        assert any(speaker == who and words in statement for speaker, statement in drafted), (who, words, drafted)


NO_ONES_WORDS = [
    pytest.param(
        'Exporters in Lagos fear the so-called "reciprocal" tariffs will hit cocoa first.', id="scare-so-called"
    ),
    pytest.param('The "reciprocal" tariffs take effect on August 1.', id="scare-term"),
    pytest.param('The report, "Trade in a Fractured World", was published by the WTO on Monday.', id="report-title"),
    pytest.param('Her memoir, "Across the Table", sold well in Nairobi.', id="book-title"),
    pytest.param('The "Inflation Reduction Act" offers tax credits for electric cars.', id="law-title"),
    pytest.param('Operation "Sea Guardian" began in the Aegean last year.', id="operation-name"),
    pytest.param('Protesters outside the hall held up a banner reading "No deal without farmers".', id="banner-slogan"),
    pytest.param('A headline in Le Monde on Tuesday read "Europe blinks".', id="quoted-headline"),
    pytest.param('Former minister Robert "Bobby" Castellanos now runs a shipping firm.', id="nickname"),
    pytest.param("Abdul 'the Hammer' Rahim chairs the committee.", id="nickname-single"),
    pytest.param('The pact, dubbed "the Cocoa Compact", covers Ghana and Ivory Coast.', id="dubbed"),
    pytest.param('A plan known as "Made in Vietnam 2030" was unveiled in Hanoi.', id="known-as"),
    pytest.param('The film "Border Trade" opened in Seoul last week.', id="film-title"),
    pytest.param('The phrase "level playing field" appears fourteen times in the draft text.', id="phrase-mention"),
    pytest.param('The "America First" trade policy reshaped the talks.', id="policy-name"),
    pytest.param('Under a scheme called "Green Lanes", trucks cross without checks.', id="program-called"),
    pytest.param('The crowd sang "Nkosi Sikelel\' iAfrika" before the signing.', id="song-title"),
    pytest.param('In a column titled "Why Tariffs Fail", the economist set out her case.', id="newspaper-column"),
    pytest.param('Exporters hope the "phase one" deal survives the election.', id="phase-one"),
    pytest.param('A "Buy Nigerian" campaign was launched in Abuja.', id="buy-local"),
    pytest.param('A sign at the border post read "Welcome to Chile".', id="sign-read"),
    pytest.param('Farmers marched under the slogan "Fair Trade Now".', id="under-slogan"),
    pytest.param('The word "tariff" comes from Arabic.', id="word-tariff"),
    pytest.param('The "talks" consisted of a single phone call.', id="ironic-talks"),
    pytest.param('The newspaper ran the story under the headline "Deal or No Deal".', id="under-headline"),
    pytest.param('The "Big Three" carmakers lobbied against the quota.', id="big-three"),
    pytest.param('A report entitled "The Cost of Delay" was released on Friday.', id="report-entitled"),
    pytest.param('The front-page headline read "Tariffs Bite".', id="headline-read"),
    pytest.param('A banner in the square read "Hands off our farms".', id="banner-read"),
    pytest.param('One placard said "Stop the deal".', id="placard-said"),
    pytest.param('The slogan "No to the pact" trended on social media.', id="hashtag"),
    pytest.param("The Kenyan trade ministry issued a statement on Monday.", id="issued-a-statement"),
    pytest.param("Kenya issued a joint statement with Uganda after the talks.", id="issued-a-joint-statement"),
    pytest.param('The banners said "No deal" in three languages.', id="banners-said"),
    pytest.param(
        '"That patience has limits" was the title of her talk, which went on for an hour.', id="title-went-on"
    ),
    pytest.param('Kwame Asante, nicknamed "the Bulldozer", chairs the cocoa board.', id="nicknamed"),
    pytest.param('The ballot paper asked voters "Do you approve the agreement?"', id="ballot-question"),
    pytest.param('The motion, "That this House approves the deal", passed by 40 votes.', id="motion-title"),
    pytest.param('A "yes" vote would bind Ghana to the pact.', id="yes-vote"),
    pytest.param('The magazine cover, "The Tariff Man", showed a frowning president.', id="magazine-cover"),
    pytest.param('Known locally as "the Iron Lady", Fatou Diop runs the fisheries board.', id="known-locally"),
    pytest.param('The so-called "Brussels effect" was on display in Hanoi.', id="brussels-effect"),
    pytest.param('The "Quad" countries met in Tokyo.', id="quad-scare"),
    pytest.param('"Phase one" was signed in January 2020.', id="phase-one-start"),
    pytest.param('A sign reading "Closed for talks" hung on the door.', id="sign-hung"),
    pytest.param('The hashtag "#NoDealForGhana" trended on Tuesday.', id="hashtag-trend"),
    pytest.param('What the media dubbed "the cocoa war" began in 2019.', id="dubbed-media"),
    pytest.param('Economists coined the term "friend-shoring" in 2022.', id="term-coined"),
    pytest.param('The talks went ahead under the code name "Project Harmattan".', id="code-name"),
    pytest.param('The tanker "Ocean Pride" was seized off Oman.', id="ship-name"),
    pytest.param('Shipments of "Gold Leaf" cigarettes fell.', id="company-brand"),
    pytest.param('Yusuf Demir never said "we will leave the talks".', id="never-said"),
    pytest.param('Asked "Will you sign?", Yusuf Demir shook his head.', id="asked-reporter"),
    pytest.param('Yusuf Demir is expected to say "Turkey is ready" at the summit.', id="expected-to-say"),
    pytest.param('The word "sovereignty" appeared 30 times in the communique.', id="word-appeared"),
    pytest.param('Under the heading "Next Steps", the document lists three tasks.', id="heading"),
    pytest.param('The file, labelled "Secret", was leaked to the press.', id="labelled"),
    pytest.param('In what was dubbed "the handshake summit", the two leaders met in Accra.', id="what-was-dubbed"),
    pytest.param("The BBC programme 'Newsnight' ran the story on Tuesday.", id="programme-single"),
    pytest.param('Signs reading "Ghana First" lined the road to the venue.', id="signs-reading"),
    pytest.param('Songs such as "Freedom Road" played at the rally.', id="songs-such-as"),
    pytest.param('A spokesman declined to comment on the "rumours".', id="declined-comment-scare"),
    pytest.param("Output rose 5 per cent, per the ministry.", id="per-cent-per"),
]


@pytest.mark.parametrize("text", NO_ONES_WORDS)
def test_words_in_quotation_marks_that_no_one_said_draft_no_statement(text):
    assert said(text) == []
