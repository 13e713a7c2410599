package inbox

// deskLayout is how a client sets its reply header over the original.
type deskLayout int

const (
	// deskQuoted is an attribution over the original quoted with "> ".
	deskQuoted deskLayout = iota
	// deskBlock is a header block over the original left unquoted.
	deskBlock
	// deskBlockQuoted is a header block over the original quoted.
	deskBlockQuoted
)

// deskHeader is what one client writes over the quote in one language,
// rendered for the notification Helpline sent on Tuesday 3 June 2025 at
// 10:12:45 +0200 the way that client fills in the date and the sender.
type deskHeader struct {
	client, lang string
	// header is the attribution or header block; a trailing newline
	// stands for the blank line the client leaves under it.
	header string
	layout deskLayout
	// html is set for a client that writes an HTML part, the header in a
	// paragraph over a blockquote; under for one that can put the cursor
	// under the quote.
	html, under bool
}

const (
	deskSender  = "Helpline <" + helplineAddr + ">"
	deskQuotedS = `"Helpline" <` + helplineAddr + ">"
	deskOwner   = `"Maren Holt" <maren@example.org>`
	deskSubject = "New question #12: Calf pain after long runs"
)

// deskHeaders are the reply headers of the desktop and webmail clients
// whose templates are translated per language, one row per client and
// language; where a client fills a placeholder in two ways, both.
var deskHeaders = []deskHeader{
	// Evolution: weekday, ISO or local date, 24-hour time, offset, name.
	{"evolution", "en", "On Tue, 2025-06-03 at 10:12 +0200, Helpline wrote:", deskQuoted, false, true},
	{"evolution", "en with address", "On Tue, 2025-06-03 at 10:12 +0200, " + deskSender + " wrote:", deskQuoted, false, true},
	{"evolution", "de", "Am Di, dem 03.06.2025, um 10:12 +0200 schrieb Helpline:", deskQuoted, false, true},
	{"evolution", "fr", "Le mar. 03/06/2025 à 10:12 +0200, Helpline a écrit :", deskQuoted, false, true},
	{"evolution", "es", "El mar, 03-06-2025 a las 10:12 +0200, Helpline escribió:", deskQuoted, false, true},
	{"evolution", "it", "Il giorno mar, 03/06/2025 alle 10:12 +0200, Helpline ha scritto:", deskQuoted, false, true},
	{"evolution", "nl", "Op di, 03-06-2025 om 10:12 +0200, schreef Helpline:", deskQuoted, false, true},
	{"evolution", "ru", "В Вт, 03/06/2025 в 10:12 +0200, Helpline пишет:", deskQuoted, false, true},
	{"evolution", "pl", "W dniu wto, 03.06.2025 o 10:12 +0200, Helpline pisze:", deskQuoted, false, true},
	{"evolution", "pt_BR", "Em ter, 2025-06-03 às 10:12 +0200, Helpline escreveu:", deskQuoted, false, true},
	{"evolution", "cs", "Dne Út 03. 06. 2025 v 10:12 +0200, Helpline napsal(a):", deskQuoted, false, true},
	{"evolution", "sv", "Den tis 2025-06-03 klockan 10:12 +0200 skrev Helpline:", deskQuoted, false, true},
	{"evolution", "ja", "2025-06-03 (火) の 10:12 +0200 に Helpline さんは書きました:", deskQuoted, false, true},
	{"evolution", "zh_CN", "在 2025-06-03二的 10:12 +0200，Helpline写道：", deskQuoted, false, true},
	{"evolution", "hu", "2025. 06. 03., K 10.12 +0200 időpontban Helpline ezt írta:", deskQuoted, false, true},
	{"evolution", "fi", "ti, 2025-06-03 kello 10:12 +0200, Helpline kirjoitti:", deskQuoted, false, true},
	{"evolution", "da", "tir, 03-06-2025 kl. 10:12 +0200 skrev Helpline:", deskQuoted, false, true},

	// Thunderbird for Android and K-9 Mail: the phone's long date and
	// time, the sender with address; or the extended header.
	{"k-9", "en", "On June 3, 2025 10:12:45 AM GMT+02:00, " + deskSender + " wrote:", deskQuoted, true, true},
	{"k-9", "de", "Am 3. Juni 2025 10:12:45 MESZ schrieb " + deskSender + ":", deskQuoted, true, true},
	{"k-9", "de with um", "Am 3. Juni 2025 um 10:12:45 MESZ schrieb " + deskSender + ":", deskQuoted, true, true},
	{"k-9", "fr", "Le 3 juin 2025 10:12:45 UTC+2, " + deskSender + " a écrit :", deskQuoted, true, true},
	{"k-9", "fr with à", "Le 3 juin 2025 à 10:12:45 UTC+2, " + deskSender + " a écrit :", deskQuoted, true, true},
	{"k-9", "es", "El 3 de junio de 2025 10:12:45 CEST, " + deskSender + " escribió:", deskQuoted, true, true},
	{"k-9", "ru", "3 июня 2025 г. 10:12:45 GMT+02:00, " + deskSender + " пишет:", deskQuoted, true, true},
	{"k-9", "ja", "2025年6月3日 10:12:45 GMT+02:00、" + deskSender + " より:", deskQuoted, true, true},
	{"k-9", "ja undated", deskSender + " より:", deskQuoted, false, true},
	{"k-9", "pl", "Dnia 3 czerwca 2025 10:12:45 CEST, " + deskSender + " napisał/a:", deskQuoted, true, true},
	{"k-9", "zh_CN", "于 2025年6月3日 GMT+02:00 上午10:12:45，" + deskSender + " 写道：", deskQuoted, true, true},
	{"k-9", "ko", "On 2025년 6월 3일 오전 10시 12분 45초 GMT+02:00, " + deskSender + " 작성함:", deskQuoted, true, true},
	{"k-9", "ko undated", deskSender + "이 씀:", deskQuoted, false, true},
	{"k-9", "tr", "3 Haziran 2025 10:12:45 GMT+02:00 tarihinde " + deskSender + " yazdı:", deskQuoted, true, true},
	{"k-9", "en undated", deskSender + " wrote:", deskQuoted, false, true},
	{"k-9", "de undated", deskSender + " schrieb:", deskQuoted, false, true},
	{"k-9 extended", "en", "-------- Original Message --------\nFrom: " + deskSender + "\nSent: June 3, 2025 10:12:45 AM GMT+02:00\nTo: " + deskOwner + "\nSubject: " + deskSubject, deskBlock, false, false},
	{"k-9 extended", "de", "-------- Ursprüngliche Nachricht --------\nVon: " + deskSender + "\nGesendet: 3. Juni 2025 10:12:45 MESZ\nAn: " + deskOwner + "\nBetreff: " + deskSubject, deskBlock, false, false},
	{"k-9 extended", "fr", "-------- Courriel initial --------\nDe : " + deskSender + "\nEnvoyé : 3 juin 2025 10:12:45 UTC+2\nÀ : " + deskOwner + "\nObjet : " + deskSubject, deskBlock, false, false},
	{"k-9 extended", "es", "-------- correo original --------\nDe: " + deskSender + "\nEnviado: 3 de junio de 2025 10:12:45 CEST\nPara: " + deskOwner + "\nAsunto: " + deskSubject, deskBlock, false, false},
	{"k-9 extended", "ru", "------ Исходное сообщение ------\nОт: " + deskSender + "\nОтправлено: 3 июня 2025 г. 10:12:45 GMT+02:00\nКому: " + deskOwner + "\nТема: " + deskSubject, deskBlock, false, false},
	{"k-9 extended", "ja", "-------- 元メール --------\n差出人: " + deskSender + "\n送信日: 2025年6月3日 10:12:45 GMT+02:00\n宛先: " + deskOwner + "\n件名: " + deskSubject, deskBlock, false, false},
	{"k-9 extended", "zh_CN", "-------- 原始邮件 --------\n发件人：" + deskSender + "\n发送时间：2025年6月3日 GMT+02:00 上午10:12:45\n收件人：" + deskOwner + "\n主题：" + deskSubject, deskBlock, false, false},
	{"k-9 extended", "ko", "-------- 원본 메시지 --------\n보낸 사람: " + deskSender + "\n보낸 날짜: 2025년 6월 3일 오전 10시 12분 45초 GMT+02:00\n받는 사람: " + deskOwner + "\n제목: " + deskSubject, deskBlock, false, false},
	{"k-9 extended", "tr", "-------- Özgün İleti --------\nKimden: " + deskSender + "\nGönderilme: 3 Haziran 2025 10:12:45 GMT+02:00\nKime: " + deskOwner + "\nKonu: " + deskSubject, deskBlock, false, false},
	{"k-9 extended", "pl", "-------- Wiadomość oryginalna --------\nOd: " + deskSender + "\nWysłane: 3 czerwca 2025 10:12:45 CEST\nDo: " + deskOwner + "\nTemat: " + deskSubject, deskBlock, false, false},

	// KMail: the full weekday and date, the time with its zone, the name.
	{"kmail", "en", "On Tuesday, 3 June 2025 10:12:45 CEST Helpline wrote:", deskQuoted, false, true},
	{"kmail", "de", "Am Dienstag, 3. Juni 2025, 10:12:45 CEST schrieb Helpline:", deskQuoted, false, true},
	{"kmail", "fr", "Le mardi 3 juin 2025, 10:12:45 CEST Helpline a écrit :", deskQuoted, false, true},
	{"kmail", "es", "El martes, 3 de junio de 2025 10:12:45 CEST, Helpline escribió:", deskQuoted, false, true},
	{"kmail", "nl", "Op dinsdag 3 juni 2025 10:12:45 CEST schreef Helpline:", deskQuoted, false, true},
	{"kmail", "it", "In data martedì 3 giugno 2025 10:12:45 CEST, Helpline ha scritto:", deskQuoted, false, true},
	{"kmail", "ru", "Вторник, 3 июня 2025 г. 10:12:45 CEST Helpline написал:", deskQuoted, false, true},
	{"kmail", "pl", "Dnia wtorek, 3 czerwca 2025 10:12:45 CEST Helpline pisze:", deskQuoted, false, true},
	{"kmail", "pt_BR", "Em terça-feira, 3 de junho de 2025 10:12:45 CEST, Helpline escreveu:", deskQuoted, false, true},
	{"kmail", "sv", "tisdag 3 juni 2025 10:12:45 CEST skrev Helpline:", deskQuoted, false, true},
	{"kmail", "cs", "Dne úterý 3. června 2025 10:12:45 CEST, Helpline napsal(a):", deskQuoted, false, true},
	{"kmail", "ja", "2025年6月3日火曜日 10:12:45 CEST に Helpline さんは書きました:", deskQuoted, false, true},

	// Geary writes HTML, the date in words and the sender with address.
	{"geary", "en", "On Tue, Jun 3, 2025 at 10:12 am, " + deskSender + " wrote:", deskQuoted, true, false},
	{"geary", "de", "Am Di, 3. Jun 2025 um 10:12 schrieb " + deskSender + ":", deskQuoted, true, false},
	{"geary", "fr", "Le mar. 3 juin 2025 à 10:12, " + deskSender + " a écrit :", deskQuoted, true, false},
	{"geary", "es", "El mar, 3 jun 2025 a las 10:12, " + deskSender + " escribió:", deskQuoted, true, false},

	// Claws Mail and Sylpheed: the original's Date header on a line of
	// its own, the sender and the verb on the next, a blank line.
	{"claws", "en", "On Tue, 03 Jun 2025 10:12:45 +0200\n" + deskSender + " wrote:\n", deskQuoted, false, true},
	{"claws", "de", "Am Tue, 03 Jun 2025 10:12:45 +0200\nschrieb " + deskSender + ":\n", deskQuoted, false, true},
	{"claws", "de, verb last", "Am Tue, 03 Jun 2025 10:12:45 +0200\n" + deskSender + " schrieb:\n", deskQuoted, false, true},
	{"claws", "fr", "Le Tue, 03 Jun 2025 10:12:45 +0200\n" + deskSender + " a écrit :\n", deskQuoted, false, true},
	{"claws", "es", "El Tue, 03 Jun 2025 10:12:45 +0200\n" + deskSender + " escribió:\n", deskQuoted, false, true},
	{"sylpheed", "ja", "On Tue, 03 Jun 2025 10:12:45 +0200\n" + deskSender + " さんは書きました:\n", deskQuoted, false, true},
	{"alpine", "en", "On Tue, 3 Jun 2025, Helpline wrote:\n", deskQuoted, false, true},

	// Roundcube: its long date, ISO by default or the user's, the name.
	{"roundcube", "en", "On 2025-06-03 10:12, Helpline wrote:", deskQuoted, true, true},
	{"roundcube", "de", "Am 2025-06-03 10:12, schrieb Helpline:", deskQuoted, true, true},
	{"roundcube", "de, day first", "Am 03.06.2025 10:12, schrieb Helpline:", deskQuoted, true, true},
	{"roundcube", "fr", "Le 2025-06-03 10:12, Helpline a écrit :", deskQuoted, true, true},
	{"roundcube", "es", "El 2025-06-03 10:12, Helpline escribió:", deskQuoted, true, true},
	{"roundcube", "it", "Il 2025-06-03 10:12 Helpline ha scritto:", deskQuoted, true, true},
	{"roundcube", "nl", "Op 2025-06-03 10:12, schreef Helpline:", deskQuoted, true, true},
	{"roundcube", "ru", "2025-06-03 10:12, Helpline писал(а):", deskQuoted, true, true},
	{"roundcube", "pl", "W dniu 2025-06-03 10:12, Helpline napisał(a):", deskQuoted, true, true},
	{"roundcube", "pt_BR", "Em 2025-06-03 10:12, Helpline escreveu:", deskQuoted, true, true},
	{"roundcube", "cs", "Dne 2025-06-03 10:12, Helpline napsal:", deskQuoted, true, true},
	{"roundcube", "ja", "2025-06-03 10:12 に Helpline さんは書きました:", deskQuoted, true, true},
	{"roundcube", "zh_CN", "在 2025-06-03 10:12，Helpline 写道：", deskQuoted, true, true},
	{"roundcube", "sv", "Den 2025-06-03 10:12, skrev Helpline:", deskQuoted, true, true},
	{"roundcube", "tr", "2025-06-03 10:12 tarihinde Helpline yazdı:", deskQuoted, true, true},

	// Roundcube's top-posting without indent: the forward header, its
	// labels translated, over the original left unquoted.
	{"roundcube unindented", "en", "-------- Original Message --------\nSubject: " + deskSubject + "\nDate: 2025-06-03 10:12\nFrom: " + deskSender + "\nTo: " + deskOwner, deskBlock, false, false},
	{"roundcube unindented", "de", "-------- Originalnachricht --------\nBetreff: " + deskSubject + "\nDatum: 03.06.2025 10:12\nAbsender: " + deskSender + "\nEmpfänger: " + deskOwner, deskBlock, false, false},
	{"roundcube unindented", "fr", "-------- Courriel original --------\nObjet: " + deskSubject + "\nDate: 2025-06-03 10:12\nDe: " + deskSender + "\nÀ: " + deskOwner, deskBlock, false, false},

	// SquirrelMail's citation styles.
	{"squirrelmail", "en", "Helpline wrote:", deskQuoted, false, true},
	{"squirrelmail", "en, who and when", "On Tue, June 3, 2025 10:12 am, Helpline wrote:", deskQuoted, false, true},
	{"squirrelmail", "de", "Helpline schrieb:", deskQuoted, false, true},
	{"squirrelmail", "fr", "Helpline a écrit :", deskQuoted, false, true},

	// Horde IMP: "Quoting" and the sender, or a summary of the original's
	// header fields under the sender framed in dashes.
	{"imp", "en", "Quoting " + deskSender + ":\n", deskQuoted, false, true},
	{"imp", "de", "Zitat von " + deskSender + ":\n", deskQuoted, false, true},
	{"imp", "fr", "Citation de " + deskSender + " :\n", deskQuoted, false, true},
	{"imp", "es", deskSender + " escribió:\n", deskQuoted, false, true},
	{"imp", "it", "Citando " + deskSender + ":\n", deskQuoted, false, true},
	{"imp", "nl", "Citeren " + deskSender + ":\n", deskQuoted, false, true},
	{"imp", "ja", "引用 " + deskSender + "：\n", deskQuoted, false, true},
	{"imp", "ru", "Цитирую " + deskSender + ":\n", deskQuoted, false, true},
	{"imp summary", "en", "----- Message from " + deskSender + " ---------\n    Date: Tue, 03 Jun 2025 10:12:45 +0200\n    From: " + deskSender + "\nSubject: " + deskSubject + "\n      To: " + deskOwner, deskBlockQuoted, false, true},
	{"imp summary", "de", "----- Nachricht von " + deskSender + " ---------\n   Datum: Tue, 03 Jun 2025 10:12:45 +0200\n     Von: " + deskSender + "\n Betreff: " + deskSubject + "\n      An: " + deskOwner, deskBlockQuoted, false, true},

	// SnappyMail and RainLoop: the browser's date, the sender with address.
	{"snappymail", "en", "On Tue, Jun 3, 2025, 10:12 AM, " + deskSender + " wrote:", deskQuoted, true, false},
	{"snappymail", "de", "Am Di., 3. Juni 2025, 10:12, schrieb " + deskSender + ":", deskQuoted, true, false},
	{"snappymail", "fr", "Le mar. 3 juin 2025, 10:12, " + deskSender + " a écrit :", deskQuoted, true, false},
	{"snappymail", "ru", "вт, 3 июня 2025 г., 10:12, " + deskSender + " написал:", deskQuoted, true, false},

	// SOGo: the full weekday and date with the zone, the quoted name.
	{"sogo", "en", "On Tuesday, June 03, 2025 10:12 CEST, " + deskQuotedS + " wrote:", deskQuoted, true, true},
	{"sogo", "de", "Am Dienstag, Juni 03, 2025 10:12 CEST, schrieb " + deskQuotedS + ":", deskQuoted, true, true},
	{"sogo", "fr", "Le mardi, juin 03, 2025 10:12 CEST, " + deskQuotedS + " a écrit:", deskQuoted, true, true},

	// Nextcloud Mail: the quoted name, the bare address, a dash and the
	// date in the browser's language, no verb.
	{"nextcloud", "en", `"Helpline" ` + helplineAddr + " – June 3, 2025 10:12 AM", deskQuoted, true, false},
	{"nextcloud", "de", `"Helpline" ` + helplineAddr + " – 3. Juni 2025 10:12", deskQuoted, true, false},
	{"nextcloud", "fr", `"Helpline" ` + helplineAddr + " – 3 juin 2025 10:12", deskQuoted, true, false},
	{"nextcloud", "es", `"Helpline" ` + helplineAddr + " – 3 de junio de 2025 10:12", deskQuoted, true, false},
	{"nextcloud", "ru", `"Helpline" ` + helplineAddr + " – 3 июня 2025 г., 10:12", deskQuoted, true, false},
	{"nextcloud", "ja", `"Helpline" ` + helplineAddr + " – 2025年6月3日 10:12", deskQuoted, true, false},

	// FairEmail: the date and the sender, or the extended header fields.
	{"fairemail", "en", "Jun 3, 2025 10:12:45 AM, " + deskSender + ":", deskQuoted, true, false},
	{"fairemail", "en, no comma", "Jun 3, 2025 10:12:45 AM " + deskSender + ":", deskQuoted, true, false},
	{"fairemail", "de", "03.06.2025 10:12:45, " + deskSender + ":", deskQuoted, true, false},
	{"fairemail", "fr", "3 juin 2025 10:12:45, " + deskSender + ":", deskQuoted, true, false},
	{"fairemail extended", "en", "From: " + deskSender + "\nTo: " + deskOwner + "\nDate: Jun 3, 2025 10:12:45 AM\nSubject: " + deskSubject, deskQuoted, true, false},
	{"fairemail extended", "de", "Von: " + deskSender + "\nAn: " + deskOwner + "\nDatum: 03.06.2025 10:12:45\nBetreff: " + deskSubject, deskQuoted, true, false},

	// Mailspring.
	{"mailspring", "en", "On Tue, Jun 3 2025 at 10:12 AM, " + deskSender + " wrote:", deskQuoted, true, false},
	{"mailspring", "de", "Am Di., Juni 3 2025 um 10:12 schrieb " + deskSender + ":", deskQuoted, true, false},
	{"mailspring", "fr", "Le mar., juin 3 2025 à 10:12, " + deskSender + " a écrit :", deskQuoted, true, false},

	// Zimbra: its separator and the fields it names, some with the name
	// of a folder ("Enviados"), the original quoted or not.
	{"zimbra", "en", "----- Original Message -----\nFrom: " + deskQuotedS + "\nTo: " + deskOwner + "\nSent: Tuesday, June 3, 2025 10:12:45 AM\nSubject: " + deskSubject, deskBlockQuoted, false, false},
	{"zimbra", "en, unquoted", "----- Original Message -----\nFrom: " + deskQuotedS + "\nTo: " + deskOwner + "\nSent: Tuesday, June 3, 2025 10:12:45 AM\nSubject: " + deskSubject, deskBlock, false, false},
	{"zimbra", "de", "----- Ursprüngliche Mail -----\nVon: " + deskQuotedS + "\nAn: " + deskOwner + "\nGesendet: Dienstag, 3. Juni 2025 10:12:45\nBetreff: " + deskSubject, deskBlockQuoted, false, false},
	{"zimbra", "fr", "----- Mail original -----\nDe: " + deskQuotedS + "\nÀ: " + deskOwner + "\nEnvoyé: Mardi 3 Juin 2025 10:12:45\nObjet: " + deskSubject, deskBlockQuoted, false, false},
	{"zimbra", "es", "----- Mensaje original -----\nDe: " + deskQuotedS + "\nPara: " + deskOwner + "\nEnviados: Martes, 3 de Junio 2025 10:12:45\nAsunto: " + deskSubject, deskBlockQuoted, false, false},
	{"zimbra", "it", "----- Messaggio originale -----\nDa: " + deskQuotedS + "\nA: " + deskOwner + "\nInviato: Martedì, 3 giugno 2025 10:12:45\nOggetto: " + deskSubject, deskBlockQuoted, false, false},
	{"zimbra", "nl", "----- Oorspronkelijk bericht -----\nVan: " + deskQuotedS + "\nAan: " + deskOwner + "\nVerzonden: dinsdag 3 juni 2025 10:12:45\nOnderwerp: " + deskSubject, deskBlockQuoted, false, false},
	{"zimbra", "ru", "----- Исходное сообщение -----\nОт: " + deskQuotedS + "\nКому: " + deskOwner + "\nОтправленные: Вторник, 3 Июнь 2025 г 10:12:45\nТема: " + deskSubject, deskBlockQuoted, false, false},
	{"zimbra", "pt_BR", "----- Mensagem original -----\nDe: " + deskQuotedS + "\nPara: " + deskOwner + "\nEnviadas: Terça-feira, 3 de junho de 2025 10:12:45\nAssunto: " + deskSubject, deskBlockQuoted, false, false},
	{"zimbra", "ja", "----- 元のメッセージ -----\n差出人: " + deskQuotedS + "\n宛先: " + deskOwner + "\n送信済み: 2025年6月3日, 火曜日 10:12:45\n件名: " + deskSubject, deskBlockQuoted, false, false},
	{"zimbra", "pl", "----- Oryginalna wiadomość -----\nOd: " + deskQuotedS + "\nDo: " + deskOwner + "\nWysłane: wtorek, 3 czerwiec 2025 10:12:45\nTemat: " + deskSubject, deskBlockQuoted, false, false},

	// GroupWise's line over the unquoted original.
	{"groupwise", "en", ">>> " + deskSender + " 6/3/2025 10:12 AM >>>", deskBlock, false, false},
	{"groupwise", "de", `>>> "Helpline" <` + helplineAddr + "> 03.06.2025 10:12 >>>", deskBlock, false, false},
	{"groupwise", "en, name only", ">>> Helpline 06/03/25 10:12 AM >>>", deskBlock, false, false},

	// The national webmails.
	{"seznam", "cs", "---------- Původní e-mail ----------\nOd: " + deskSender + "\nKomu: " + deskOwner + "\nDatum: 3. 6. 2025 10:12:45\nPředmět: " + deskSubject, deskBlock, true, false},
	{"mail.ru", "ru", "Вторник, 3 июня 2025, 10:12 +02:00 от " + deskSender + ":", deskQuoted, true, false},
	{"mail.ru", "en", "Tuesday, June 3, 2025 10:12 AM +02:00 from " + deskSender + ":", deskQuoted, true, false},
	{"yandex", "ru", "03.06.2025, 10:12, " + deskQuotedS + ":", deskQuoted, true, false},
	{"naver", "ko", "-----Original Message-----\nFrom: \"Helpline\"<" + helplineAddr + ">\nTo: \"Maren Holt\"<maren@example.org>;\nCc:\nSent: 2025-06-03 (화) 17:12:45 (GMT+09:00)\nSubject: " + deskSubject, deskBlock, true, false},
	{"daum", "ko", "------ 원본 메시지 ------\n보낸사람 : " + deskSender + "\n받는사람 : " + deskOwner + "\n날짜 : 2025년 6월 3일(화) 17:12:45\n제목 : " + deskSubject, deskBlock, true, false},
	{"qq", "zh", "------------------ 原始邮件 ------------------\n发件人: \"Helpline\"<" + helplineAddr + ">;\n发送时间: 2025年6月3日(星期二) 下午4:12\n收件人: \"Maren Holt\"<maren@example.org>;\n主题: " + deskSubject, deskBlock, true, false},
	{"qq", "en", "------------------ Original ------------------\nFrom: \"Helpline\"<" + helplineAddr + ">;\nDate: Tue, Jun 3, 2025 04:12 PM\nTo: \"Maren Holt\"<maren@example.org>;\nSubject: " + deskSubject, deskBlock, true, false},
	{"netease", "zh", "在 2025-06-03 16:12:45，" + deskQuotedS + " 写道：", deskQuoted, true, false},
	{"netease", "en", "At 2025-06-03 16:12:45, " + deskQuotedS + " wrote:", deskQuoted, true, false},
}

// deskAnswers are answers of the shapes owners type, and lines of their
// own that read like a client's header yet are theirs.
var deskAnswers = []ownerAnswer{
	{"one line", "Rest three days, then run easy for a week.", ""},
	{"two paragraphs", "Hi Lena,\n\nCalf pain after long runs is most often the shoes or the pace. Check how old your shoes are first.\n\nIf it still hurts after a week of easy runs, see a physio.", ""},
	{"list", "Try this for two weeks:\n\n- shorter long runs\n- calf raises every evening\n- new shoes if yours are past 800 km\n\nThen tell me how it went.", ""},
	{"sign-off and name", "Don't stop, just slow down for a while.\n\nBest wishes,\nMaren", ""},
	{"signature", "Slow down and see how the next two weeks go.", "Maren Holt\nRunning coach, Leipzig"},
	{"telling of a letter", "On Monday, Ann wrote to say her calves hurt too.\nShe rested four days and was fine.", ""},
	{"telling of a letter in german", "Am Montag schrieb mir Ann, dass ihre Waden auch schmerzten.\nNach vier Tagen Pause war alles gut.", ""},
	{"telling of a letter in french", "Le lundi, Ann m'a écrit la même chose.\nElle a fait une pause de quatre jours.", ""},
	{"quoting a coach", "Quoting my old coach: rest is training too.\nSo rest.", ""},
	{"plan by weekday", "Next week:\ntisdag 3 km easy\ntorsdag 5 km easy\n\nBest wishes,\nMaren", ""},
	{"plan by weekday, abbreviated", "Your week:\nti 3 km easy\nto 5 km easy\n\nMaren", ""},
}
