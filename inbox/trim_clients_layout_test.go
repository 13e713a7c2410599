package inbox

import "testing"

// TestTrimReplyClientLayouts runs whole replies laid out as clients and
// owners lay them out: above, below and between the quote, with the
// signatures and footers they add.
func TestTrimReplyClientLayouts(t *testing.T) {
	tests := []trimCase{
		{"answers inline after a note above",
			"Hi Lena, answers below.\n\nOn Tue, Jun 3, 2025 at 10:12 AM Lena <lena@example.net> wrote:\n> How long should I rest?\n\nA week.\n\n> And then?\n\nEasy runs for a week.\n\n> Thanks!\n> Lena\n",
			"Hi Lena, answers below.\n\n> How long should I rest?\n\nA week.\n\n> And then?\n\nEasy runs for a week."},
		{"inline under an outlook block, prefixed quote",
			"See below.\n\n-----Ursprüngliche Nachricht-----\nVon: Lena <lena@example.net>\nGesendet: Dienstag, 3. Juni 2025 10:12\nAn: ask@example.org\nBetreff: Pause\n\n> Wie lange Pause?\n\nEine Woche.\n\n> Und dann?\n\nLocker laufen.",
			"See below.\n\n> Wie lange Pause?\n\nEine Woche.\n\n> Und dann?\n\nLocker laufen."},
		{"k-9 bottom-posted with its footer",
			"Am 3. Juni 2025 10:12:45 MESZ schrieb Lena <lena@example.net>:\n>Wie lange Pause?\n\nEine Woche.\n-- \nDiese Nachricht wurde von meinem Android-Gerät mit K-9 Mail gesendet.",
			"Eine Woche."},
		{"k-9 english footer",
			"A week.\n\nSent from my Android device with K-9 Mail. Please excuse my brevity.\n\nOn June 3, 2025 10:12:45 AM GMT+02:00, Lena <lena@example.net> wrote:\n>How long?",
			"A week."},
		{"k-9 french footer",
			"Une semaine.\n-- \nEnvoyé de mon appareil Android avec K-9 Mail. Veuillez excuser ma brièveté.",
			"Une semaine."},
		{"k-9 spanish footer without delimiter",
			"Una semana.\n\nEnviado desde mi dispositivo Android con K-9 Mail. Por favor, disculpa mi brevedad.",
			"Una semana."},
		{"outlook contact signature over a localised block",
			"Une semaine de repos.\n\nMaren Holt\nCoach | Running Helpline\nT +33 1 23 45 67 89 | M +33 6 12 34 56 78\nwww.runhelp.example\n\nDe : Lena <lena@example.net>\nEnvoyé : mardi 3 juin 2025 10:12\nÀ : ask@example.org\nObjet : Repos\n\nCombien de temps ?",
			"Une semaine de repos."},
		{"sign-off kept over a signature and block",
			"A week.\n\nBest regards,\nMaren\n\nMaren Holt | Running Helpline\nmaren@runhelp.example | +31 20 123 4567\n\n________________________________\nFrom: Lena <lena@example.net>\nSent: Tuesday, June 3, 2025 10:12 AM\nTo: ask@example.org\nSubject: Rest\n\nHow long?",
			"A week.\n\nBest regards,\nMaren"},
		{"tobit david history without field colons",
			"Zwei Ruhetage reichen.\n\nOriginal Message processed by david®\nAW: Ruhetage 3. Juni 2025, 10:12 Uhr\nVon Lena Berg\nAn Laufhilfe\n\nWie viele Ruhetage brauche ich?",
			"Zwei Ruhetage reichen."},
		{"the words of david's line inside a sentence stay",
			"The original message processed by david was lost, so please send it again.",
			"The original message processed by david was lost, so please send it again."},
		{"groupwise arrows over the unquoted original",
			"A week off.\n\n>>> Lena Berg <lena@example.net> 6/3/2025 10:12 AM >>>\nHow long should I rest?\n\nLena",
			"A week off."},
		{"groupwise arrows with a german date and no address",
			"Eine Woche.\n\n>>> Lena Berg 03.06.2025 10:12 >>>\nWie lange?",
			"Eine Woche."},
		{"a deep quote that ends in arrows stays a quote",
			">>> is 3 weeks too long? >>>\n\nA week, as I said.",
			"A week, as I said."},
		{"notes header with tabs",
			"A week.\n\nFrom:\tLena <lena@example.net>\nTo:\task@example.org\nDate:\t06/03/2025 10:12 AM\nSubject:\tRest\n\nHow long?",
			"A week."},
		{"iphone footer between answer and unquoted history",
			"Une semaine.\n\nEnvoyé de mon iPhone\n\nLe 3 juin 2025 à 10:12, Lena <lena@example.net> a écrit :\n\nCombien de temps ?",
			"Une semaine."},
		{"nested history with two attributions",
			"A week.\n\nOn Tue, Jun 3, 2025 at 10:12 AM Lena <lena@example.net> wrote:\n> Thanks. One more: and then?\n>\n> Am Mo., 2. Juni 2025 um 09:00 Uhr schrieb Maren <maren@runhelp.example>:\n>> Rest first.\n",
			"A week."},
		{"bottom-posted after a long quote with a blank quote line",
			"On 6/3/25 10:12 AM, Lena wrote:\n> How long should I rest?\n>\n> I ran 30 km on Sunday.\n>\n\nA week, then easy runs.\n\n-- \nMaren Holt\nRunning Helpline",
			"A week, then easy runs."},
		{"signature marker with no-break space",
			"A week.\n\n--\u00a0\nMaren\n\nOn 6/3/25 10:12 AM, Lena wrote:\n> How long?",
			"A week."},
		{"answer with its own quoted line from a book",
			"My coach says:\n\n> Rest is training too.\n\nSo rest a week.",
			"My coach says:\n\n> Rest is training too.\n\nSo rest a week."},
		{"footer alone above a forwarded original",
			"Here is what she wrote.\n\nSent from my iPad\n\nBegin forwarded message:\n\nFrom: Lena <lena@example.net>\nDate: 3 June 2025 at 10:12:45 CEST\nTo: ask@example.org\nSubject: Rest\n\nHow long?",
			"Here is what she wrote."},
		{"name and verb alone, as lists write it",
			"Yes.\n\nLena wrote:\n> How long?\n", "Yes."},
		{"name and verb alone, bottom-posted",
			"Lena Fischer a écrit :\n> Combien ?\n\nUne semaine.", "Une semaine."},
		{"the owner quoting someone keeps the line that says who",
			"My coach wrote:\n> Run easy.\n\nI agree.", "My coach wrote:\n> Run easy.\n\nI agree."},
		{"name and verb above unquoted text stay",
			"Lena wrote:\nthe plan is fine.\n\nSo do it.", "Lena wrote:\nthe plan is fine.\n\nSo do it."},
		{"a short answer right above the attribution",
			"Yes, 10 km.\nOn Tue, Jun 3, 2025 at 10:12 AM Lena <lena@example.net> wrote:\n> How far?", "Yes, 10 km."},
		{"a plan by weekday right above the attribution",
			"Fri 5 km, Sun 20 km.\nOn Tue, Jun 3, 2025 at 10:12 AM Lena <lena@example.net> wrote:\n> How far?",
			"Fri 5 km, Sun 20 km."},
		{"the bat! quotes with initials",
			"Hello Lena,\n\nRest a week.\n\n-- \nBest regards,\n Maren                          mailto:maren@runhelp.example\n\nTuesday, June 3, 2025, 10:12:45 AM, you wrote:\n\nL> Hi,\n\nL> how long should I rest?\n\nL> Lena\n",
			"Hello Lena,\n\nRest a week."},
		{"the bat! in russian",
			"Здравствуйте, Лена.\n\nОтдохните неделю.\n\nВы писали 3 июня 2025 г., 10:12:45:\n\nЛ> Сколько отдыхать?\n",
			"Здравствуйте, Лена.\n\nОтдохните неделю."},
		{"inline under initials",
			"Tuesday, June 3, 2025, 10:12:45 AM, you wrote:\n\nL> how long should I rest?\n\nA week.\n\nL> and then?\n\nEasy runs.\n",
			"L> how long should I rest?\n\nA week.\n\nL> and then?\n\nEasy runs."},
		{"supercite quotes with the writer's name, indented",
			"Rest a week.\n\n>>>>> \"Lena\" == Lena Fischer <lena@example.net> writes:\n\n    Lena> How long should I rest?\n    Lena> My knee hurts.\n",
			"Rest a week."},
		{"supercite under gnus's said line, bottom-posted",
			">>>>> On Tue, 03 Jun 2025 10:12:45 +0200, Lena Fischer <lena@example.net> said:\n\n    Lena> How long should I rest?\n\nA week.\n",
			"A week."},
		{"supercite inline keeps its quotes with the answers",
			">>>>> \"Lena\" == Lena Fischer <lena@example.net> writes:\n\n    Lena> How long should I rest?\n\nA week.\n\n    Lena> And then?\n\nEasy runs.\n",
			"    Lena> How long should I rest?\n\nA week.\n\n    Lena> And then?\n\nEasy runs."},
		{"a prompt the owner shows stays",
			"Type this at the mysql prompt:\n\nmysql> SELECT 1;\nmysql> SELECT 2;\n\nBoth should answer.",
			"Type this at the mysql prompt:\n\nmysql> SELECT 1;\nmysql> SELECT 2;\n\nBoth should answer."},
		{"the sender's field alone over the quote",
			"Hello\n\n_____________\nFrom: lena@example.net\n\n> How long should I rest?\n",
			"Hello"},
		{"the sender's field alone over an inline answer",
			"From: Lena <lena@example.net>\n> How long should I rest?\n\nA week.\n\n> And then?\n\nEasy runs.\n",
			"> How long should I rest?\n\nA week.\n\n> And then?\n\nEasy runs."},
		{"the owner saying whom a quote is from keeps it",
			"Hello\n\nFrom my coach:\n> Rest is training too.\n\nSo rest a week.",
			"Hello\n\nFrom my coach:\n> Rest is training too.\n\nSo rest a week."},
		{"outlook express in a newsgroup's way",
			"Rest a week.\n\n\"Lena Fischer\" <lena@example.net> wrote in message news:abc123@example.net...\n> How long should I rest?\n",
			"Rest a week."},
		{"outlook express in german",
			"Eine Woche.\n\n\"Lena Fischer\" <lena@example.net> schrieb im Newsbeitrag news:abc123@example.net...\n> Wie lange?\n",
			"Eine Woche."},
		{"the owner's sentence about messages stays",
			"Rest a week.\n\nShe wrote in message boards about it, search the forum...\n> How long should I rest?\n\nAnd then easy runs.",
			"Rest a week.\n\nShe wrote in message boards about it, search the forum...\n> How long should I rest?\n\nAnd then easy runs."},
		{"a name relayed by a forum, as discourse writes it",
			"Rest a week.\n\nlena_b via Runners Forum wrote:\n> How long should I rest?\n",
			"Rest a week."},
		{"a name relayed by a google group",
			"Rest a week.\n\n'Lena Fischer' via Runners wrote:\n> How long should I rest?\n",
			"Rest a week."},
		{"the owner's sentence with via stays",
			"Rest a week.\n\nSent via email, it said:\n> Rest.\n\nI agree.",
			"Rest a week.\n\nSent via email, it said:\n> Rest.\n\nI agree."},
		{"capitals before > in the owner's text stay",
			"Use the HR> 150 zone once.\n\nRest a week.", "Use the HR> 150 zone once.\n\nRest a week."},
		{"apple forwarded in german",
			"Siehe unten.\n\nAnfang der weitergeleiteten Nachricht:\n\nVon: Lena <lena@example.net>\nBetreff: Pause\nDatum: 3. Juni 2025 um 10:12:45 MESZ\nAn: ask@example.org\n\nWie lange?",
			"Siehe unten."},
		{"apple forwarded in russian, the newer wording",
			"Смотрите ниже.\n\nНачало переадресованного письма:\n\nОтправитель: Лена <lena@example.net>\nТема: Отдых\nДата: 3 июня 2025 г. в 10:12:45 GMT+3\nКому: ask@example.org\n\nСколько отдыхать?",
			"Смотрите ниже."},
		{"apple forwarded in russian, the older wording",
			"Смотрите ниже.\n\nНачало переадресованного сообщения:\n\nОт: Лена <lena@example.net>\nДата: 3 июня 2025 г. в 10:12:45 GMT+3\nКому: ask@example.org\nТема: Отдых\n\nСколько отдыхать?",
			"Смотрите ниже."},
		{"the russian words in the owner's sentence stay",
			"Начало переадресованного письма я не получил, пришлите ещё раз.\n\nОтдохните неделю.",
			"Начало переадресованного письма я не получил, пришлите ещё раз.\n\nОтдохните неделю."},
		{"apple forwarded in french",
			"Voir ci-dessous.\n\nDébut du message réexpédié :\n\nDe: Lena <lena@example.net>\nObjet: Repos\nDate: 3 juin 2025 à 10:12:45 UTC+2\nÀ: ask@example.org\n\nCombien ?",
			"Voir ci-dessous."},
	}
	checkTrims(t, tests)
}

// TestTrimReplyLocalisedSignatures drops signature blocks with no "-- "
// line as they are written in other languages: phone labels, company
// numbers and confidentiality notices.
func TestTrimReplyLocalisedSignatures(t *testing.T) {
	tests := []struct{ name, answer, sig string }{
		{"german", "Mach eine Woche Pause.",
			"Maren Holt\nLauftrainerin\nTel.: +49 30 1234567\nwww.laufhilfe.example\n\nDiese E-Mail ist vertraulich und nur für den Adressaten bestimmt. Wenn Sie sie irrtümlich erhalten haben, löschen Sie sie bitte."},
		{"spanish", "Descansa una semana.",
			"Maren Holt\nEntrenadora\nTeléfono: +34 912 345 678\nwww.ayudacorrer.example\n\nEste mensaje es confidencial y está dirigido únicamente a su destinatario. Si lo ha recibido por error, bórrelo."},
		{"italian", "Riposa una settimana.",
			"Maren Holt\nAllenatrice\nTel. +39 02 1234 5678\nP.IVA 01234567890\n\nQuesto messaggio è riservato e destinato unicamente al destinatario. Se lo avete ricevuto per errore, cancellatelo."},
		{"polish", "Odpocznij tydzień.",
			"Maren Holt\nTrenerka\ntel. +48 22 123 45 67\nNIP 123-456-78-90\n\nTa wiadomość jest poufna i przeznaczona wyłącznie dla adresata. Jeśli otrzymali ją Państwo omyłkowo, prosimy o jej usunięcie."},
		{"russian", "Отдохни неделю.",
			"Марен Хольт\nТренер\nТел.: +7 495 123-45-67\nwww.runhelp.example\n\nЭто сообщение конфиденциально и предназначено только для адресата. Если вы получили его по ошибке, удалите его."},
		{"swedish", "Vila en vecka.",
			"Maren Holt\nLöpcoach\nTfn: +46 8 123 456 78\nwww.lophjalp.example\n\nDetta meddelande är konfidentiellt och endast avsett för mottagaren. Om du har fått det av misstag, radera det."},
		{"dutch", "Rust een week.",
			"Maren Holt\nHardloopcoach\nT: +31 20 123 4567\nKvK 12345678\n\nDit bericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde."},
		{"french", "Repose-toi une semaine.",
			"Maren Holt\nEntraîneuse\nTél. : +33 1 23 45 67 89\nSIRET 123 456 789 00012\n\nCe message est confidentiel et destiné uniquement à son destinataire. Si vous l'avez reçu par erreur, supprimez-le."},
		{"chinese", "好的，请休息一周。",
			"王小明\n经理\n电话：+86 10 1234 5678\n邮箱：xiaoming@example.cn\nwww.example.cn"},
		{"japanese", "一週間休んでください。",
			"田中 太郎\n株式会社ランニング\nTEL: 03-1234-5678\nMail: tanaka@example.jp"},
		{"hebrew", "תנוח שבוע.",
			"מרן הולט\nמאמנת\nטל׳: 03-1234567\nwww.runhelp.example"},
		{"portuguese", "Descanse uma semana.",
			"Maren Holt\nTreinadora\nTel.: +351 21 123 4567\nwww.ajudacorrida.example\n\nEsta mensagem é confidencial e destinada apenas ao destinatário. Se a recebeu por engano, apague-a."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := TrimReply(tt.answer + "\n\n" + tt.sig + "\n"); got != tt.answer {
				t.Errorf("got %q, want %q", got, tt.answer)
			}
		})
	}
	// A rule as the signature's delimiter, over a name and a title.
	for _, in := range []string{
		"以上，看到后告诉我是否需要调整。\n\n————————————————————\n\n李明\n跑团教练\n\n王芳 <wangfang@example.com> 在 2026年3月2日 周一 08:15 写道：\n\n教练您好",
		"以上，看到后告诉我是否需要调整。\n_____________________________\nMaren Holt\nHamburg\nSent via mobile device",
	} {
		t.Run("rule over a name", func(t *testing.T) {
			if got, want := TrimReply(in), "以上，看到后告诉我是否需要调整。"; got != want {
				t.Errorf("got %q, want %q", got, want)
			}
		})
	}
	// A closing written without a comma, and the name under it, stay.
	for _, closing := range []string{"Viele Grüße", "Pozdrawiam", "Met vriendelijke groet", "Cordialement",
		"Saludos", "Med venlig hilsen", "С уважением", "Üdvözlettel", "Kind regards", "谢谢"} {
		t.Run("closing "+closing, func(t *testing.T) {
			answer := "Rest a week.\n\n" + closing + "\nMaren"
			in := answer + "\n\nMaren Holt\nCoach | Running Help\ntel. +48 22 123 45 67\nhttps://runhelp.example/\n"
			if got := TrimReply(in); got != answer {
				t.Errorf("got %q, want %q", got, answer)
			}
		})
	}
	// A note of the owner's about confidentiality is no notice, and a
	// phrase in a script without capitals is no name.
	for _, in := range []string{
		"好的。\n\n请联系这家诊所\n电话：+86 10 1234 5678\nwww.clinic.example.cn",
		"Rest a week.\n\nMaren\n\nP.S. What you write to me stays confidential: I am its only recipient.",
		"Rest a week.\n\nMaren\n\nAll you tell me stays confidential, and you choose the recipients of the plan.",
	} {
		t.Run("owner's note", func(t *testing.T) {
			if got := TrimReply(in); got != in {
				t.Errorf("got %q, want %q", got, in)
			}
		})
	}
}

// TestTrimReplyChineseForwardLine covers the line Apple Mail set to
// Chinese writes over a forwarded message, with the owner's note over it,
// and the owner's own sentence that starts with the same words.
func TestTrimReplyChineseForwardLine(t *testing.T) {
	const header = "\n\n发件人: Lena <lena@example.net>\n主题: 休息\n日期: 2025年6月3日 10:12\n收件人: ask@example.org\n\n要休息多久？"
	tests := []trimCase{
		{"simplified", "请看下面。\n\n以下是转发的邮件：" + header, "请看下面。"},
		{"traditional", "請看下面。\n\n以下是轉寄的郵件：" + header, "請看下面。"},
		{"older wording", "请看下面。\n\n下面是被转发的邮件：" + header, "请看下面。"},
		{"owner's sentence stays", "以下是转发的邮件里提到的日期：周二。", "以下是转发的邮件里提到的日期：周二。"},
	}
	checkTrims(t, tests)
}
