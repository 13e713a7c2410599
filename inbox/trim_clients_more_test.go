package inbox

import (
	"strings"
	"testing"
)

// headerBlocks are the header blocks Outlook and its relatives write above
// the history, in their localisations, with the line some versions write
// above them in that language ("" for none).
var headerBlocks = []struct{ client, lang, original, block string }{
	{"outlook", "es", "-----Mensaje original-----",
		"De: Lena <lena@example.net>\nEnviado el: martes, 3 de junio de 2025 10:12\nPara: Helpline <ask@example.org>\nCC: Coach <coach@example.org>\nAsunto: RE: Taper"},
	{"outlook", "it", "-----Messaggio originale-----",
		"Da: Lena <lena@example.net>\nInviato: martedì 3 giugno 2025 10:12\nA: Helpline <ask@example.org>\nCc: Coach <coach@example.org>\nOggetto: R: Taper"},
	{"outlook", "pt", "-----Mensagem original-----",
		"De: Lena <lena@example.net>\nEnviada em: terça-feira, 3 de junho de 2025 10:12\nPara: Helpline <ask@example.org>\nCc: Coach <coach@example.org>\nAssunto: RES: Taper"},
	{"outlook", "pt-pt", "",
		"De: Lena <lena@example.net>\nEnviado: 3 de junho de 2025 10:12\nPara: Helpline <ask@example.org>\nAssunto: RE: Taper"},
	{"outlook", "nl", "-----Oorspronkelijk bericht-----",
		"Van: Lena <lena@example.net>\nVerzonden: dinsdag 3 juni 2025 10:12\nAan: Helpline <ask@example.org>\nCC: Coach <coach@example.org>\nOnderwerp: RE: Taper"},
	{"outlook", "sv", "-----Ursprungligt meddelande-----",
		"Från: Lena <lena@example.net>\nSkickat: den 3 juni 2025 10:12\nTill: Helpline <ask@example.org>\nKopia: Coach <coach@example.org>\nÄmne: SV: Taper"},
	{"outlook", "da", "-----Oprindelig meddelelse-----",
		"Fra: Lena <lena@example.net>\nSendt: 3. juni 2025 10:12\nTil: Helpline <ask@example.org>\nCc: Coach <coach@example.org>\nEmne: SV: Taper"},
	{"outlook", "no", "-----Opprinnelig melding-----",
		"Fra: Lena <lena@example.net>\nSendt: tirsdag 3. juni 2025 10:12\nTil: Helpline <ask@example.org>\nKopi: Coach <coach@example.org>\nEmne: SV: Taper"},
	{"outlook", "fi", "-----Alkuperäinen viesti-----",
		"Lähettäjä: Lena <lena@example.net>\nLähetetty: tiistai 3. kesäkuuta 2025 10.12\nVastaanottaja: Helpline <ask@example.org>\nKopio: Coach <coach@example.org>\nAihe: VS: Taper"},
	{"outlook", "pl", "-----Wiadomość oryginalna-----",
		"Od: Lena <lena@example.net>\nWysłano: wtorek, 3 czerwca 2025 10:12\nDo: Helpline <ask@example.org>\nDW: Coach <coach@example.org>\nTemat: RE: Taper"},
	{"outlook", "cs", "-----Původní zpráva-----",
		"Od: Lena <lena@example.net>\nOdesláno: úterý 3. června 2025 10:12\nKomu: Helpline <ask@example.org>\nKopie: Coach <coach@example.org>\nPředmět: RE: Taper"},
	{"outlook", "hu", "-----Eredeti üzenet-----",
		"Feladó: Lena <lena@example.net>\nElküldve: 2025. június 3., kedd 10:12\nCímzett: Helpline <ask@example.org>\nMásolatot kap: Coach <coach@example.org>\nTárgy: RE: Taper"},
	{"outlook", "ro", "-----Mesaj original-----",
		"De la: Lena <lena@example.net>\nTrimis: marți, 3 iunie 2025 10:12\nCătre: Helpline <ask@example.org>\nCc: Coach <coach@example.org>\nSubiect: RE: Taper"},
	{"outlook", "ru", "-----Исходное сообщение-----",
		"От: Lena <lena@example.net>\nОтправлено: 3 июня 2025 г. 10:12\nКому: Helpline <ask@example.org>\nКопия: Coach <coach@example.org>\nТема: RE: Taper"},
	{"outlook", "uk", "-----Оригінальне повідомлення-----",
		"Від: Lena <lena@example.net>\nНадіслано: 3 червня 2025 р. 10:12\nКому: Helpline <ask@example.org>\nКопія: Coach <coach@example.org>\nТема: RE: Taper"},
	{"outlook", "el", "-----Αρχικό μήνυμα-----",
		"Από: Lena <lena@example.net>\nΣτάλθηκε: Τρίτη, 3 Ιουνίου 2025 10:12 πμ\nΠρος: Helpline <ask@example.org>\nΚοιν.: Coach <coach@example.org>\nΘέμα: RE: Taper"},
	{"outlook", "tr", "-----Özgün İleti-----",
		"Kimden: Lena <lena@example.net>\nGönderildi: 3 Haziran 2025 Salı 10:12\nKime: Helpline <ask@example.org>\nBilgi: Coach <coach@example.org>\nKonu: RE: Taper"},
	{"outlook", "ja", "-----Original Message-----",
		"差出人: Lena <lena@example.net>\n送信日時: 2025年6月3日 10:12\n宛先: Helpline <ask@example.org>\nCC: Coach <coach@example.org>\n件名: RE: Taper"},
	{"outlook", "zh", "-----邮件原件-----",
		"发件人: Lena <lena@example.net>\n发送时间: 2025年6月3日 10:12\n收件人: Helpline <ask@example.org>\n抄送: Coach <coach@example.org>\n主题: 回复: Taper"},
	{"outlook", "zh-tw", "-----原始郵件-----",
		"寄件者: Lena <lena@example.net>\n寄件日期: 2025年6月3日 上午 10:12\n收件者: Helpline <ask@example.org>\n副本: Coach <coach@example.org>\n主旨: 回覆: Taper"},
	{"outlook", "ko", "-----Original Message-----",
		"보낸 사람: Lena <lena@example.net>\n보낸 날짜: 2025년 6월 3일 화요일 오전 10:12\n받는 사람: Helpline <ask@example.org>\n참조: Coach <coach@example.org>\n제목: RE: Taper"},
	{"outlook", "he", "-----Original Message-----",
		"מאת: Lena <lena@example.net>\nנשלח: יום שלישי 03 יוני 2025 10:12\nאל: Helpline <ask@example.org>\nעותק: Coach <coach@example.org>\nנושא: RE: Taper"},
	{"outlook", "ar", "-----Original Message-----",
		"من: Lena <lena@example.net>\nتم الإرسال: الثلاثاء، 3 يونيو 2025 10:12 ص\nإلى: Helpline <ask@example.org>\nنسخة: Coach <coach@example.org>\nالموضوع: RE: Taper"},
	{"outlook", "vi", "-----Original Message-----",
		"Từ: Lena <lena@example.net>\nĐã gửi: Thứ Ba, ngày 3 tháng 6 năm 2025 10:12\nĐến: Helpline <ask@example.org>\nChủ đề: RE: Taper"},
	{"outlook", "id", "-----Original Message-----",
		"Dari: Lena <lena@example.net>\nDikirim: Selasa, 03 Juni 2025 10.12\nKepada: Helpline <ask@example.org>\nCc: Coach <coach@example.org>\nPerihal: RE: Taper"},
	{"outlook", "en", "-----Original Message-----",
		"From: Lena <lena@example.net<mailto:lena@example.net>>\nSent: Tuesday, June 3, 2025 10:12 AM\nTo: Helpline <ask@example.org<mailto:ask@example.org>>\nSubject: RE: Taper"},
	{"newoutlook", "de", "",
		"Von: Lena <lena@example.net>\nDatum: Dienstag, 3. Juni 2025 um 10:12\nAn: Helpline <ask@example.org>\nBetreff: AW: Taper"},
	{"newoutlook", "es", "",
		"De: Lena <lena@example.net>\nFecha: martes, 3 de junio de 2025, 10:12\nPara: Helpline <ask@example.org>\nAsunto: RE: Taper"},
	{"outlookmac", "en", "",
		"From: Lena <lena@example.net>\nDate: Tuesday, 3 June 2025 at 10:12\nTo: Helpline <ask@example.org>\nSubject: Re: Taper"},
	{"gmx", "de", "",
		"Gesendet: Dienstag, 03. Juni 2025 um 10:12 Uhr\nVon: \"Lena\" <lena@example.net>\nAn: ask@example.org\nBetreff: Taper"},
	{"zimbra", "fr", "----- Mail original -----",
		"De: \"Lena\" <lena@example.net>\nÀ: \"Helpline\" <ask@example.org>\nEnvoyé: Mardi 3 Juin 2025 10:12:45\nObjet: Taper"},
	{"zimbra", "de", "----- Ursprüngliche Mail -----",
		"Von: \"Lena\" <lena@example.net>\nAn: \"Helpline\" <ask@example.org>\nGesendet: Dienstag, 3. Juni 2025 10:12:45\nBetreff: Taper"},
	{"notes", "en", "",
		"From:        Lena <lena@example.net>\nTo:        ask@example.org\nDate:        06/03/2025 10:12 AM\nSubject:        Taper"},
	{"notes", "de", "",
		"Von:        \"Lena\" <lena@example.net>\nAn:        ask@example.org\nDatum:        03.06.2025 10:12\nBetreff:        Taper"},
	{"qqmail", "zh", "------------------ 原始邮件 ------------------",
		"发件人: \"Lena\"<lena@example.net>;\n发送时间: 2025年6月3日(星期二) 上午10:12\n收件人: \"ask\"<ask@example.org>;\n主题: Taper"},
	{"qqmail", "en", "------------------ Original ------------------",
		"From: \"Lena\"<lena@example.net>;\nDate: Tue, Jun 3, 2025 10:12 AM\nTo: \"ask\"<ask@example.org>;\nSubject: Taper"},
	{"foxmail", "zh", "",
		"发件人：Lena\n发送时间：2025-06-03 10:12\n收件人：ask\n主题：Taper"},
	{"ukrnet", "uk", "--- Оригінальне повідомлення ---",
		"Від кого: Lena <lena@example.net>\nДата: 3 червня 2025, 10:12:45"},
	{"mailru", "ru", "-------- Пересылаемое сообщение --------",
		"От кого: Lena <lena@example.net>\nКому: ask@example.org\nДата: Вторник, 3 июня 2025, 10:12 +03:00\nТема: Отдых"},
	{"seznam", "cs", "---------- Původní e-mail ----------",
		"Od: Lena <lena@example.net>\nKomu: ask@example.org\nDatum: 3. 6. 2025 10:12:45\nPředmět: Odpočinek"},
	{"tonline", "de", "-----Original-Nachricht-----",
		"Betreff: Pause\nDatum: 2025-06-03T10:12:45+0200\nVon: \"Lena\" <lena@example.net>\nAn: ask@example.org"},
	{"daum", "ko", "----- 원본 메일 -----",
		"보낸사람: Lena <lena@example.net>\n받는사람: ask@example.org\n날짜: 25.06.03 10:12 GMT +0900\n제목: 휴식"},
	{"outlook", "en", "",
		"From: Lena <lena@example.net>\nSent: Tuesday, June 3, 2025 10:12 AM\nTo: Helpline <ask@example.org>; Coach <coach@example.org>;\nPhysio <physio@example.org>\nCc: Club <club@example.org>\nSubject: RE: Rest"},
	{"outlook", "sl", "",
		"Od: Lena <lena@example.net>\nPoslano: torek, 3. junij 2025 10:12\nZa: Helpline <ask@example.org>\nZadeva: Počitek"},
	{"outlook", "hr", "",
		"Šalje: Lena <lena@example.net>\nPoslano: utorak, 3. lipnja 2025. 10:12\nPrima: Helpline <ask@example.org>\nPredmet: Odmor"},
	{"outlook", "sk", "",
		"Od: Lena <lena@example.net>\nOdoslané: utorok 3. júna 2025 10:12\nKomu: Helpline <ask@example.org>\nPredmet: Oddych"},
	{"outlook", "bg", "",
		"От: Lena <lena@example.net>\nИзпратено: вторник, 3 юни 2025 г. 10:12\nДо: Helpline <ask@example.org>\nОтносно: Почивка"},
	{"outlook", "lt", "",
		"Nuo: Lena <lena@example.net>\nIšsiųsta: 2025 m. birželio 3 d. 10:12\nKam: Helpline <ask@example.org>\nTema: Poilsis"},
	{"outlook", "et", "",
		"Saatja: Lena <lena@example.net>\nSaatmisaeg: teisipäev, 3. juuni 2025 10:12\nAdressaat: Helpline <ask@example.org>\nTeema: Puhkus"},
	{"outlook", "ca", "",
		"De: Lena <lena@example.net>\nEnviat el: dimarts, 3 de juny de 2025 10:12\nPer a: Helpline <ask@example.org>\nAssumpte: Descans"},
	{"outlook", "fa", "",
		"از: Lena <lena@example.net>\nارسال شده: سه‌شنبه، ۳ ژوئن ۲۰۲۵ ۱۰:۱۲\nبه: Helpline <ask@example.org>\nموضوع: استراحت"},
	{"outlook", "ms", "",
		"Daripada: Lena <lena@example.net>\nDihantar: Selasa, 3 Jun 2025 10:12 PG\nKepada: Helpline <ask@example.org>\nPerkara: Rehat"},
	{"outlook", "th", "",
		"จาก: Lena <lena@example.net>\nส่ง: 3 มิถุนายน 2568 10:12\nถึง: Helpline <ask@example.org>\nเรื่อง: พักผ่อน"},
	{"outlook", "lv", "",
		"No: Lena <lena@example.net>\nNosūtīts: otrdiena, 2025. gada 3. jūnijs 10:12\nKam: Helpline <ask@example.org>\nTēma: Atpūta"},
	{"outlook", "is", "",
		"Frá: Lena <lena@example.net>\nSent: þriðjudagur, 3. júní 2025 10:12\nTil: Helpline <ask@example.org>\nEfni: Hvíld"},
	{"outlook", "sq", "",
		"Nga: Lena <lena@example.net>\nDërguar: e martë, 3 qershor 2025 10:12\nPër: Helpline <ask@example.org>\nSubjekti: Pushim"},
	{"naver", "ko", "-----Original Message-----",
		"From: \"Lena\"<lena@example.net>\nTo: \"ask\"<ask@example.org>;\nCc:\nSent: 2025-06-03 (화) 10:12:45 (GMT+09:00)\nSubject: Taper"},
}

// TestTrimReplyHeaderBlocks puts each header block under the owner's
// answer, alone, under a rule, or under its "Original Message" line.
func TestTrimReplyHeaderBlocks(t *testing.T) {
	const history = "\n\nHi, how long should I rest?\n\nLena\n"
	for _, b := range headerBlocks {
		answer := answerIn(t, b.lang)
		shapes := []struct{ name, in string }{
			{"alone", answer + "\n\n" + b.block + history},
			{"rule", answer + "\n\n________________________________\n" + b.block + history},
			{"bold", answer + "\n\n" + boldNames(b.block) + history},
		}
		if b.original != "" {
			shapes = append(shapes, struct{ name, in string }{"original", answer + "\n\n" + b.original + "\n" + b.block + history})
		}
		for _, s := range shapes {
			t.Run(b.client+"/"+b.lang+"/"+s.name, func(t *testing.T) {
				if got := TrimReply(s.in); got != answer {
					t.Errorf("got %q, want %q", got, answer)
				}
			})
		}
	}
}

// boldNames writes a header block as Gmail and others render Outlook's
// bold names in the plain part: "*From:* Lena".
func boldNames(block string) string {
	lines := strings.Split(block, "\n")
	for i, l := range lines {
		if c := strings.IndexAny(l, ":："); c > 0 {
			_, size := firstRuneSize(l[c:])
			lines[i] = "*" + l[:c+size] + "*" + l[c+size:]
		}
	}
	return strings.Join(lines, "\n")
}

func firstRuneSize(s string) (rune, int) {
	for _, r := range s {
		return r, len(string(r))
	}
	return 0, 0
}

// answerIn is the answer in lang, "pt-pt" and "zh-tw" falling back as
// clientAttributions does.
func answerIn(t *testing.T, lang string) string {
	t.Helper()
	if a, ok := answers[lang]; ok {
		return a
	}
	base, _, _ := strings.Cut(lang, "-")
	a, ok := answers[base]
	if !ok {
		t.Fatalf("no answer in %q", lang)
	}
	return a
}

// clientFooters are the lines phones and mail apps add under the owner's
// text, in their localisations.
var clientFooters = []struct{ lang, footer string }{
	{"en", "Sent from my iPad"}, {"en", "Sent from Yahoo Mail for iPhone"},
	{"en", "Sent with Proton Mail secure email."}, {"en", "Sent from Proton Mail for iOS"},
	{"en", "Sent from Proton Mail Android"}, {"en", "Sent from my Samsung Galaxy smartphone."},
	{"en", "Sent via the Samsung Galaxy S24 Ultra, an AT&T 5G smartphone"},
	{"en", "Sent from Outlook for Mac"}, {"en", "Sent from Tutanota, the secure email."},
	{"en", "Sent from Spark"}, {"en", "Sent with Spark"}, {"en", "Sent from Airmail"},
	{"en", "Sent from BlueMail"}, {"en", "Sent from Edison Mail"}, {"en", "Sent from AOL Mobile Mail"},
	{"en", "Sent from the all new AOL app for iOS"}, {"en", "Sent from Zoho Mail"},
	{"en", "Sent from Nine"}, {"en", "Sent from my Huawei phone"}, {"en", "Sent from Fastmail"},
	{"en", "Sent from Mail for Windows"}, {"en", "Sent from Gmail Mobile"}, {"en", "Sent from Surface"},
	{"en", "Sent with Canary"}, {"fr", "Envoyé à partir de Courrier pour Windows"}, {"fr", "Obtenez Outlook pour iOS"},
	{"es", "Enviado desde Correo para Windows"}, {"de", "Gesendet von Mail für Windows"},
	{"sv", "Skickades från E-post för Windows"},
	{"de", "Von meinem iPad gesendet"}, {"de", "Gesendet von Yahoo Mail auf Android"},
	{"de", "Gesendet mit der WEB.DE Mail App"}, {"de", "Gesendet mit der GMX Mail App"},
	{"de", "Von meinem/meiner Galaxy gesendet"}, {"de", "Outlook für Android herunterladen"},
	{"fr", "Envoyé de mon iPad"}, {"fr", "Envoyé depuis Yahoo Mail pour Android"},
	{"fr", "Envoyé à partir de Outlook pour Android"}, {"fr", "Télécharger Outlook pour Android"},
	{"fr", "Envoyé depuis mon smartphone Samsung Galaxy."},
	{"es", "Enviado desde mi móvil"}, {"es", "Enviado desde Yahoo Mail para Android"},
	{"es", "Obtener Outlook para Android"}, {"es", "Enviado desde mi smartphone Samsung Galaxy."},
	{"it", "Inviato dal mio iPhone"}, {"it", "Inviato da Yahoo Mail per Android"},
	{"it", "Scarica Outlook per Android"},
	{"pt", "Enviado do meu iPhone"}, {"pt", "Enviado do Yahoo Mail para Android"},
	{"pt", "Enviado do meu celular Samsung Galaxy"},
	{"nl", "Verzonden vanaf mijn iPhone"}, {"nl", "Verstuurd vanaf mijn iPad"},
	{"nl", "Outlook voor Android downloaden"},
	{"sv", "Skickat från min iPhone"}, {"sv", "Hämta Outlook för Android"},
	{"da", "Sendt fra min iPhone"}, {"da", "Hent Outlook til Android"},
	{"no", "Sendt fra min iPhone"}, {"no", "Få Outlook for Android"},
	{"fi", "Lähetetty iPhonesta"}, {"fi", "Hanki Outlook for Android"},
	{"pl", "Wysłane z iPhone'a"}, {"pl", "Wysłano z aplikacji Poczta dla Windows"},
	{"pl", "Pobierz aplikację Outlook dla systemu Android"},
	{"cs", "Odesláno z iPhonu"}, {"cs", "Odesláno z mého iPhonu"},
	{"hu", "Elküldve iPhone-ról"}, {"hu", "Az iPhone-omról küldve"},
	{"ro", "Trimis de pe iPhone-ul meu"}, {"ro", "Trimis de pe Yahoo Mail pe Android"},
	{"ru", "Отправлено из мобильной Почты Mail.ru"}, {"ru", "Отправлено из Яндекс Почты для мобильных"},
	{"ru", "Отправлено с iPad"}, {"ru", "Получите Outlook для Android"},
	{"uk", "Надіслано з iPhone"}, {"el", "Στάλθηκε από το iPhone μου"},
	{"tr", "iPhone'umdan gönderildi"}, {"tr", "Android için Outlook'u edinin"},
	{"ja", "iPadから送信"}, {"ja", "Android 用 Outlook を入手"},
	{"zh", "发自我的iPad"}, {"zh-tw", "從我的 iPhone 傳送"}, {"zh", "来自我的华为手机"},
	{"zh", "从我的iPhone发送"}, {"zh", "从 Outlook for iOS 发送"},
	{"ko", "내 iPhone에서 보냄"}, {"ko", "Galaxy에서 보냄"},
	{"he", "נשלח מה-iPhone שלי"}, {"ar", "أرسلت من الـ iPhone"}, {"ar", "أُرسلت من الـ iPhone"},
	{"fa", "ارسال شده از iPhone من"}, {"th", "ส่งจาก iPhone ของฉัน"}, {"hi", "मेरे iPhone से भेजा गया"},
	{"sr", "Послато са мог iPhone уређаја"}, {"sr", "Poslato sa mog iPhone uređaja"},
	// Outlook on phones, known in any language by its link.
	{"el", "Λήψη του Outlook για iOS<https://aka.ms/o0ukef>"}, {"ko", "iOS용 Outlook 다운로드<https://aka.ms/o0ukef>"},
	{"hu", "Az Outlook iOS-es verziójának beszerzése<https://aka.ms/o0ukef>"},
	{"ro", "Obțineți Outlook pentru Android<https://aka.ms/AAb9ysg>"}, {"id", "Dapatkan Outlook untuk Android<https://aka.ms/ghei36>"},
	{"vi", "Tải Outlook cho iOS <https://aka.ms/o0ukef>"}, {"ar", "الحصول على Outlook لـ iOS<https://aka.ms/o0ukef>"},
	{"vi", "Đã gửi từ iPhone của tôi"}, {"id", "Dikirim dari iPhone saya"},
	{"id", "Dikirim dari Yahoo Mail di Android"},
}

// TestTrimReplyClientFooters puts each footer under the owner's answer,
// alone and above the quote.
func TestTrimReplyClientFooters(t *testing.T) {
	for _, f := range clientFooters {
		answer := answerIn(t, f.lang)
		shapes := []struct{ name, in string }{
			{"alone", answer + "\n\n" + f.footer + "\n"},
			{"over quote", answer + "\n\n" + f.footer + "\n\nOn Tue, Jun 3, 2025 at 10:12 AM Lena <lena@example.net> wrote:\n> How long?\n"},
			{"under a dash", answer + "\n\n—\n" + f.footer + "\n"},
			{"under a dash, over quote", answer + "\n\n—\n" + f.footer + "\n\nOn Tue, Jun 3, 2025 at 10:12 AM Lena <lena@example.net> wrote:\n> How long?\n"},
			{"under quote", "On Tue, Jun 3, 2025 at 10:12 AM Lena <lena@example.net> wrote:\n> How long?\n\n" + answer + "\n\n" + f.footer},
		}
		for _, s := range shapes {
			t.Run(f.lang+"/"+s.name+"/"+f.footer, func(t *testing.T) {
				if got := TrimReply(s.in); got != answer {
					t.Errorf("got %q, want %q", got, answer)
				}
			})
		}
	}
}

// TestTrimReplyKeepsLookalikes holds answers with lines that look like a
// client's in part: each is the owner's and stays whole.
func TestTrimReplyKeepsLookalikes(t *testing.T) {
	tests := []struct{ name, in string }{
		{"wrote in a sentence", "Lena wrote to me on 3 June 2025 about the same pain.\n\nRest a week."},
		{"arabic sent from home, with vowel marks", "استرح أسبوعًا.\n\nأُرسلت من البيت"},
		{"date and time in a sentence", "The race starts on 03.06.2025 at 10:12, so taper from 20.05.2025.\n\nGood luck."},
		{"wrote with a date, no colon", "As my coach wrote on 3.6.2025 at 10:12, rest first.\n\nThen run easy."},
		{"from the 1990s", "From: the 1990s on, runners have tapered for two weeks.\nTo: this day it works.\n\nMaren"},
		{"a route", "Date: Sunday 12 October 2025\nFrom: Amsterdam\nTo: Haarlem\n\nRun it easy."},
		{"subject line of the owner's", "Subject: your taper\n\nTwo weeks is enough."},
		{"a log with dates and times", "My week:\n\n- 03.06.2025 10:12 easy 10 km, and my coach said:\n\nGood, keep it easy.\n\nThen rest."},
		{"sent from a place, then a sentence", "Here is the plan.\n\nSent from the track, between two intervals on my phone."},
		{"a plan under a rule", "Plan\n-----\nWeek 1: easy\nWeek 2: easier"},
		{"a heading's rule", "Summary\n=======\nRest a week\nthen run easy"},
		{"tips in header form", "Tip: run easy.\nFrom: the start, keep it slow.\nTo: the end, stay calm.\nSubject: to how you feel, add a fast finish."},
		{"a question about a footer", "Sent from my phone number? No, write to me here."},
		{"opening with what someone wrote", "Le mardi 3 juin 2025 à 10:12, le médecin a écrit :\n\n« Repos complet. »\n\nJe suis d'accord."},
		{"wishes under a rule", "Rest a week.\n———\nGood luck"},
		{"wishes under a lone dash", "Rest a week.\n—\nGood luck"},
		{"a name after a dash", "Rest a week.\n\n—Maren"},
		{"a dash answering the last quoted question", "Hi Lena,\n\n> Pain during the run?\nYes, in the left knee.\n> Pain after the run?\n-"},
		{"the same in german, a blank line over the dash", "Hallo Lena,\n\n> Schmerzen beim Laufen?\n\nJa, im linken Knie.\n\n> Schmerzen danach?\n\n–"},
		{"contact details in field form", "Write to the club:\n\nName: Running Club\nEmail: club@example.org\nPhone: +31 20 123 4567\n\nThey help."},
		{"event details in field form", "The race:\n\nDate: 3 June 2025\nPlace: Amsterdam\nContact: race@example.org\n\nSee you there."},
		{"a date and a start", "Here is the plan.\n\nDate: Sunday 12 October\nFrom: Amsterdam\n\nRun 30 km easy."},
		{"a date and a subject", "Plan:\nDate: 3 June\nSubject: the long run\n\nRun easy."},
		{"links", "Read these:\n\nhttps://runhelp.example/taper\nhttps://runhelp.example/shin-splints\nhttps://example.org/rest\n\nMaren"},
		{"sent from a place", "Sent from the start line in Berlin.\n\nIt was cold."},
		{"address to write to", "Send your splits to maren@runhelp.example:\n\n- 5 km\n- 10 km"},
		{"quoting a book", "In 2019 Daniels wrote:\n\nEasy runs build the base.\n\nI agree."},
		{"quoting a book with its year", "Quoting the coach (2019)\n\n> Rest is training.\n\nThat is the point."},
		{"excerpts of a book", "Excerpts from the book, chapter two:\n\n> Rest is training.\n\nThat is the point."},
		{"date heading", "Tuesday, 3 June 2025, 10:12:\nwarm-up, then 6 x 400 m."},
		{"german mid verb in prose", "Am Dienstag schrieb mir ein Läufer, dass er Schmerzen hat.\n\nRuh dich aus."},
		{"original message in prose", "Your original message was clear.\n\nRest a week."},
		{"original message as a heading", "Original message\nYou wrote that your shin hurts after 10 km.\n\nRest a week."},
		{"a day and a name in prose, no quote under it", "Rest a week.\n\nOn Jun 3, Lena wrote:\nthe knee is fine again."},
		{"a day and someone quoted inline", "On race day, my coach said:\n\n> Start slow.\n\nI agree with her."},
		{"forwarded message as a heading", "Forwarded message\nA runner sent me your question too.\n\nRest a week."},
		{"dashes in the answer", "Plan:\n----\nWeek 1: easy\nWeek 2: easier"},
		{"phone footer words in prose", "I sent from my phone the plan you asked for, did it arrive?"},
		{"hungarian prose with küldve", "A tervet tegnap küldve láttam.\n\nPihenj."},
		{"outlook's link passed on in a sentence", "Rest a week.\n\nOutlook for iOS is here <https://aka.ms/o0ukef>, it is free."},
		{"outlook's link with more to say after it", "Rest a week.\n\nTry Outlook <https://aka.ms/o0ukef> and tell me what you think of it"},
		{"outlook's link introduced, the answer going on under it", "The app I keep my plans in:\nOutlook for iOS <https://aka.ms/o0ukef>\nThen add the club's calendar to it."},
		{"outlook's link as a paragraph of its own, introduced", "The app I keep my plans in:\n\nOutlook for iOS <https://aka.ms/o0ukef>\n\nThen add the club's calendar to it."},
		{"outlook's link in a list of apps, more under it", "Rest a week, and log it.\n\nStrava\nOutlook for Android<https://aka.ms/ghei36>\nGarmin Connect"},
		{"croatian advice whose verb stands alone", "Moj savjet za tebe\nje:\n\nOdmori se tjedan dana."},
		{"hungarian sentence ending on a month", "A verseny 2025. szept.\n3-án lesz, addig pihenj."},
		{"persian sent by the club", "یک هفته استراحت کن.\n\nارسال شده از طرف باشگاه"},
		{"thai sent from the track", "พักหนึ่งสัปดาห์\n\nส่งจากสนามซ้อมเมื่อเช้า"},
		{"hindi sent from the club", "एक हफ़्ता आराम करो।\n\nयह योजना क्लब से भेजा गया"},
		{"serbian sent from the track", "Одмори недељу дана.\n\nПослато са стазе, између два интервала."},
		{"serbian what the coach wrote", "Дана 3. јуна тренер је написао:\n„Мировање.“\n\nСлажем се."},
		{"a heading between dashes", "Rest a week.\n\nWeek one --- easy runs ---\n\nMonday: 5 km\nWednesday: 6 km"},
		{"a japanese sentence with the verb, no quote under it", "先生は書きました:\n毎日少しずつ走ること。\n\n私も同じ意見です。"},
		{"a chinese sentence quoting with the verb", "教练在书里写道：\n\n> 慢跑打基础。\n\n我同意。"},
		{"a heading between dashes over a plan in fields", "Plan --- race week ---\nDate: 3 June\nFrom: Amsterdam\n\nRun easy."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := TrimReply(tt.in); got != tt.in {
				t.Errorf("got %q, want %q", got, tt.in)
			}
		})
	}
}
