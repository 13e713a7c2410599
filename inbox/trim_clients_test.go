package inbox

import (
	"strings"
	"testing"
)

// answers are what the owner types, in each language the attributions
// below are written in.
var answers = map[string]string{
	"en": "Rest for a week, then run easy.", "de": "Mach eine Woche Pause, dann locker laufen.",
	"fr": "Repose-toi une semaine, puis cours doucement.", "es": "Descansa una semana y luego corre suave.",
	"it": "Riposa una settimana, poi corri piano.", "pt": "Descanse uma semana e depois corra devagar.",
	"nl": "Rust een week en loop daarna rustig.", "sv": "Vila en vecka och spring sedan lugnt.",
	"da": "Hvil en uge, og løb så roligt.", "no": "Hvil en uke, og løp så rolig.",
	"fi": "Lepää viikko ja juokse sitten kevyesti.", "pl": "Odpocznij tydzień, potem biegaj spokojnie.",
	"cs": "Týden si odpočiň a pak běhej volně.", "hu": "Pihenj egy hetet, aztán fuss lazán.",
	"ro": "Odihnește-te o săptămână, apoi aleargă ușor.", "ru": "Отдохни неделю, потом беги легко.",
	"uk": "Відпочинь тиждень, потім бігай легко.", "el": "Ξεκουράσου μια εβδομάδα και μετά τρέξε χαλαρά.",
	"tr": "Bir hafta dinlen, sonra yavaş koş.", "ja": "一週間休んで、その後はゆっくり走ってください。",
	"zh": "休息一周，然后慢跑。", "zh-tw": "休息一週，然後慢跑。", "ko": "일주일 쉬고 천천히 달리세요.",
	"he": "תנוח שבוע ואז תרוץ לאט.", "ar": "استرح أسبوعًا ثم اركض ببطء.",
	"vi": "Nghỉ một tuần rồi chạy nhẹ nhàng.", "id": "Istirahat seminggu, lalu lari pelan.",
	"lv": "Atpūties nedēļu.", "is": "Hvíldu þig í viku.", "sq": "Pusho një javë.",
	"sl": "Počivaj en teden.", "hr": "Odmori se tjedan dana.", "sk": "Týždeň si oddýchni.", "bg": "Почивай една седмица.",
	"lt": "Pailsėk savaitę.", "et": "Puhka nädal.", "ca": "Descansa una setmana.", "ms": "Berehat seminggu.",
	"fa": "یک هفته استراحت کن و بعد آرام بدو.", "th": "พักหนึ่งสัปดาห์ แล้ววิ่งเบาๆ", "hi": "एक हफ़्ता आराम करो, फिर धीरे दौड़ो।",
	"sr": "Одмори недељу дана, па трчи лагано.",
}

// clientAttributions are attribution lines as clients write them, in their
// localisations; "\n" is where the client wraps the line.
var clientAttributions = []struct{ client, lang, attr string }{
	// Gmail on the web and its apps.
	{"gmail", "es", "El mar, 3 jun 2025 a las 10:12, Lena (<lena@example.net>) escribió:"},
	{"gmail", "pt-pt", "Lena <lena@example.net> escreveu no dia terça, 3/06/2025 à(s) 10:12:"},
	{"gmail", "pt", "Em ter., 3 de jun. de 2025 às 10:12, Lena Souza <\nlena.souza@example.net> escreveu:"},
	{"gmail", "it", "Il giorno mar 3 giu 2025 alle ore 10:12 Lena <lena@example.net> ha\nscritto:"},
	{"gmail", "sv", "Den tis 3 juni 2025 kl 10:12 skrev Lena <lena@example.net>:"},
	{"gmail", "da", "Den tir. 3. jun. 2025 kl. 10.12 skrev Lena <lena@example.net>:"},
	{"gmail", "no", "tir. 3. jun. 2025 kl. 10:12 skrev Lena <lena@example.net>:"},
	{"gmail", "fi", "ti 3. kesäk. 2025 klo 10.12 Lena (lena@example.net) kirjoitti:"},
	{"gmail", "pl", "wt., 3 cze 2025 o 10:12 Lena <lena@example.net> napisał(a):"},
	{"gmail", "cs", "út 3. 6. 2025 v 10:12 odesílatel Lena <lena@example.net> napsal:"},
	{"gmail", "hu", "Lena <lena@example.net> ezt írta (időpont: 2025. jún. 3., K, 10:12):"},
	{"gmail", "ro", "În mar., 3 iun. 2025 la 10:12, Lena <lena@example.net> a scris:"},
	{"gmail", "ru", "вт, 3 июн. 2025 г. в 10:12, Lena <lena@example.net>:"},
	{"gmail", "uk", "вт, 3 черв. 2025 р. о 10:12 Lena <lena@example.net> пише:"},
	{"gmail", "el", "Στις Τρί 3 Ιουν 2025 στις 10:12 π.μ., ο/η Lena <lena@example.net>\nέγραψε:"},
	{"gmail", "tr", "Lena <lena@example.net>, 3 Haz 2025 Sal, 10:12 tarihinde şunu yazdı:"},
	{"gmail", "ja", "2025年6月3日(火) 10:12 Lena <lena@example.net>:"},
	{"gmail", "zh", "Lena <lena@example.net> 于2025年6月3日周二 10:12写道："},
	{"gmail", "zh-tw", "Lena <lena@example.net> 於 2025年6月3日 週二 上午10:12寫道："},
	{"gmail", "ko", "2025년 6월 3일 (화) 오전 10:12, Lena <lena@example.net>님이 작성:"},
	{"gmail", "he", "\u202bבתאריך יום ג׳, 3 ביוני 2025 ב-10:12 מאת \u202aLena\u202c\u200f <\u202alena@example.net\u202c\u200f>:\u202c"},
	{"gmail", "ar", "\u202bفي الثلاثاء، 3 يونيو 2025 في 10:12 ص، كتب Lena <lena@example.net>:\u202c"},
	{"gmail", "vi", "Vào Th 3, 3 thg 6, 2025 vào lúc 10:12 Lena <lena@example.net> đã\nviết:"},
	{"gmail", "id", "Pada tanggal Sel, 3 Jun 2025 pukul 10.12 Lena <lena@example.net> menulis:"},
	{"gmail", "en", "On Tue, Jun 3, 2025 at 10:12 AM Lena <lena@example.net<mailto:lena@example.net>> wrote:"},
	{"gmail", "en", "On Tue, Jun 3, 2025 at 10:12 AM Lena Fischer-Hartmann <lena.fischer-hartmann@example.net>\nwrote:"},

	// Apple Mail and iOS Mail.
	{"apple", "nl", "Op 3 jun. 2025 om 10:12 heeft Lena <lena@example.net> het volgende geschreven:"},
	{"apple", "sv", "3 juni 2025 kl. 10:12 skrev Lena <lena@example.net>:"},
	{"apple", "fi", "Lena <lena@example.net> kirjoitti 3.6.2025 kello 10.12:"},
	{"apple", "pl", "Wiadomość napisana przez Lena <lena@example.net> w dniu 3 cze 2025, o godz. 10:12:"},
	{"apple", "cs", "3. 6. 2025 v 10:12, Lena <lena@example.net>:"},
	{"apple", "hu", "2025. jún. 3. dátummal, 10:12 időpontban Lena <lena@example.net> írta:"},
	{"apple", "ru", "3 июня 2025 г., в 10:12, Lena <lena@example.net> написал(а):"},
	{"apple", "uk", "3 черв. 2025 р. о 10:12 Lena <lena@example.net> написав(ла):"},
	{"apple", "el", "Στις 3 Ιουν 2025, στις 10:12 π.μ., ο χρήστης Lena <lena@example.net> έγραψε:"},
	{"apple", "tr", "3 Haz 2025 tarihinde 10:12 saatinde, Lena <lena@example.net> şunları yazdı:"},
	{"apple", "ja", "2025/06/03 10:12、Lena <lena@example.net>のメール:"},
	{"apple", "zh", "2025年6月3日 10:12，Lena <lena@example.net> 写道："},
	{"apple", "ko", "2025. 6. 3. 오전 10:12, Lena <lena@example.net> 작성:"},
	{"apple", "he", "ב-3 ביוני 2025, בשעה 10:12, Lena <lena@example.net> כתב/ה:"},
	{"apple", "ar", "في 3 يونيو 2025، الساعة 10:12، كتب Lena <lena@example.net>:"},
	{"apple", "vi", "Vào 10:12, ngày 3 thg 6, 2025, Lena <lena@example.net> đã viết:"},
	{"apple", "id", "Pada 3 Jun 2025, pukul 10.12, Lena <lena@example.net> menulis:"},
	{"apple", "pt-pt", "A 3/06/2025, às 10:12, Lena <lena@example.net> escreveu:"},
	{"apple", "pt", "Em 3 de jun. de 2025, à(s) 10:12, Lena <lena@example.net> escreveu:"},
	{"apple", "es", "El 3 jun 2025, a las 10:12, Lena <lena@example.net> escribió:"},
	{"apple", "it", "Il giorno 3 giu 2025, alle ore 10:12, Lena <lena@example.net> ha scritto:"},

	// Thunderbird and its Android app.
	{"thunderbird", "en", "On 6/3/25 10:12 AM, Lena wrote:"},
	{"thunderbird", "es", "El 3/6/25 a las 10:12, Lena escribió:"},
	{"thunderbird", "it", "Il 03/06/25 10:12, Lena ha scritto:"},
	{"thunderbird", "pt", "Em 03/06/2025 10:12, Lena escreveu:"},
	{"thunderbird", "nl", "Op 03-06-2025 om 10:12 schreef Lena:"},
	{"thunderbird", "sv", "Den 2025-06-03 kl. 10:12, skrev Lena:"},
	{"thunderbird", "da", "Den 03-06-2025 kl. 10:12 skrev Lena:"},
	{"thunderbird", "no", "Den 03.06.2025 10:12, skrev Lena:"},
	{"thunderbird", "fi", "Lena kirjoitti 3.6.2025 klo 10.12:"},
	{"thunderbird", "cs", "Dne 03. 06. 25 v 10:12 Lena napsal(a):"},
	{"thunderbird", "hu", "2025. 06. 03. 10:12 keltezéssel, Lena írta:"},
	{"thunderbird", "ro", "Pe 03.06.2025 10:12, Lena a scris:"},
	{"thunderbird", "ru", "03.06.2025 10:12, Lena пишет:"},
	{"thunderbird", "uk", "03.06.25 10:12, Lena пише:"},
	{"thunderbird", "el", "Στις 3/6/25 10:12 π.μ., ο/η Lena έγραψε:"},
	{"thunderbird", "tr", "3.06.2025 10:12 tarihinde Lena yazdı:"},
	{"thunderbird", "ja", "2025/06/03 10:12 に Lena さんは書きました:"},
	{"thunderbird", "zh", "在 2025/6/3 10:12, Lena 写道:"},
	{"thunderbird", "zh-tw", "Lena 於 2025/6/3 10:12 寫道:"},
	{"thunderbird", "ko", "2025-06-03 오전 10:12에 Lena 이(가) 쓴 글:"},
	{"thunderbird", "he", "בתאריך 03/06/2025 10:12, Lena כתב/ה:"},
	{"thunderbird", "vi", "Vào 03/06/2025 10:12, Lena đã viết:"},
	{"thunderbird", "id", "Pada 03/06/25 10.12, Lena menulis:"},
	{"thunderbird", "sl", "Dne 3. 06. 25 ob 10:12 je Lena napisal(a):"},
	{"thunderbird", "hr", "Dana 3.6.2025. u 10:12, Lena je napisao:"},
	{"thunderbird", "sr", "Дана 03.06.2025. у 10:12, Lena је написао:"},
	{"gmail", "sr", "уто, 3. јун 2025. у 10:12 Lena <lena@example.net> је написао/ла:"},
	{"thunderbird", "sk", "Dňa 3. 6. 2025 o 10:12 Lena napísal(a):"},
	{"thunderbird", "ca", "El 3/6/25 a les 10:12, Lena va escriure:"},
	{"thunderbird", "bg", "На 3.06.2025 г. в 10:12, Lena написа:"},
	{"thunderbird", "lt", "2025-06-03 10:12, Lena rašė:"},
	{"thunderbird", "et", "Lena kirjutas 3.06.2025 10:12:"},
	{"gmail", "hr", "uto, 3. lip 2025. u 10:12 Lena <lena@example.net> napisao je:"},
	{"gmail", "ca", "El dt., 3 de juny 2025 a les 10:12, Lena (<lena@example.net>) va escriure:"},
	{"gmail", "ms", "Pada Sel, 3 Jun 2025 pada 10:12 PG Lena <lena@example.net> menulis:"},
	{"onet", "pl", "Dnia 3 czerwca 2025 10:12 Lena <lena@example.net> napisał(a):"},
	{"k9", "de", "Am 3. Juni 2025 10:12:45 MESZ schrieb Lena <lena@example.net>:"},
	{"k9", "en", "On June 3, 2025 10:12:45 AM GMT+02:00, Lena <lena@example.net> wrote:"},

	// Webmail.
	{"yahoo", "de", "Am Dienstag, 3. Juni 2025, 10:12:45 MESZ hat Lena <lena@example.net> Folgendes geschrieben:"},
	{"yahoo", "fr", "Le mardi 3 juin 2025 à 10:12:45 UTC+2, Lena <lena@example.net> a écrit :"},
	{"yahoo", "es", "El martes, 3 de junio de 2025, 10:12:45 CEST, Lena <lena@example.net> escribió:"},
	{"yahoo", "it", "Il martedì 3 giugno 2025, 10:12:45 CEST, Lena <lena@example.net> ha scritto:"},
	{"proton", "en", "On Tuesday, June 3rd, 2025 at 10:12 AM, Lena <lena@example.net> wrote:"},
	{"fastmail", "en", "On Tue, 3 Jun 2025, at 10:12, Lena wrote:"},
	{"roundcube", "en", "On 2025-06-03 10:12, Lena wrote:"},
	{"roundcube", "de", "Am 2025-06-03 10:12, schrieb Lena:"},
	{"roundcube", "fr", "Le 2025-06-03 10:12, Lena a écrit :"},
	{"tutanota", "en", "3 Jun 2025, 10:12 by lena@example.net:"},
	{"tutanota", "de", "03.06.2025, 10:12 von lena@example.net:"},
	{"gmx", "de", "Am 03.06.25 um 10:12 schrieb Lena <lena@example.net>:"},
	{"mailru", "en", "Tuesday, June 3, 2025 10:12 AM +03:00 from Lena <lena@example.net>:"},
	{"yandex", "en", "03.06.2025, 10:12, \"Lena\" <lena@example.net>:"},
	{"hey", "en", "On June 3, 2025, Lena <lena@example.net> wrote:"},

	// Desktop and phone apps.
	{"notes", "en", "Lena <lena@example.net> wrote on 06/03/2025 10:12:45 AM:"},
	{"notes", "de", "Lena <lena@example.net> schrieb am 03.06.2025 10:12:45:"},
	{"evolution", "en", "On Tue, 2025-06-03 at 10:12 +0200, Lena wrote:"},
	{"evolution", "de", "Am Dienstag, den 03.06.2025, 10:12 +0200 schrieb Lena:"},
	{"evolution", "fr", "Le mardi 03 juin 2025 à 10:12 +0200, Lena a écrit :"},
	{"mailspring", "en", "On Jun 3 2025, at 10:12 am, Lena <lena@example.net> wrote:"},
	{"spark", "en", "On 3 Jun 2025 at 10:12 +0200, Lena <lena@example.net>, wrote:"},
	{"spark", "de", "Am 3. Juni 2025, 10:12 +0200 schrieb Lena <lena@example.net>:"},
	{"airmail", "en", "On 3 June 2025 at 10:12:45, Lena (lena@example.net) wrote:"},
	{"outlookmobile", "en", "On Tue, Jun 3, 2025 at 10:12 AM +0200, \"Lena\" <lena@example.net<mailto:lena@example.net>> wrote:"},
	// Lines wrapped where the clients wrap them.
	{"gmail", "fr", "Le mar. 3 juin 2025 à 10:12, Lena Fischer-Hartmann <\nlena.fischer-hartmann@example.net> a écrit :"},
	{"gmail", "nl", "Op di 3 jun 2025 om 10:12 schreef Lena Fischer-Hartmann <\nlena.fischer-hartmann@example.net>:"},
	{"gmail", "ru", "вт, 3 июн. 2025 г. в 10:12, Lena Fischer-Hartmann <\nlena.fischer-hartmann@example.net>:"},
	{"gmail", "pl", "wt., 3 cze 2025 o 10:12 Lena Fischer-Hartmann <lena.fischer-hartmann@example.net>\nnapisał(a):"},
	{"gmail", "ja", "2025年6月3日(火) 10:12 Lena Fischer-Hartmann <\nlena.fischer-hartmann@example.net>:"},
	{"gmail", "zh", "Lena Fischer-Hartmann <lena.fischer-hartmann@example.net> 于2025年6月3日周二\n10:12写道："},
	{"gmail", "tr", "Lena <lena@example.net>, 3 Haz 2025 Sal, 10:12 tarihinde şunu\nyazdı:"},
	{"gmail", "hu", "Lena Fischer-Hartmann <lena.fischer-hartmann@example.net> ezt írta (időpont:\n2025. jún. 3., K, 10:12):"},
	{"gmail", "hu", "Lena Fischer <lena.fischer@example.net> ezt írta (időpont: 2025. jún.\n3., K, 10:12):"},
	{"gmail", "hu", "Lena Fischer <lena.fischer@example.net> ezt írta (időpont: 2025. szept.\n3., K, 10:12):"},
	{"gmail", "hr", "uto, 3. lip 2025. u 10:12 Lena Fischer-Hartmann <lena.fischer-hartmann@example.net> napisao\nje:"},
	{"gmail", "sr", "уто, 3. јун 2025. у 10:12 Lena Fischer-Hartmann <lena.fischer-hartmann@example.net> је\nнаписао/ла:"},
	{"gmail", "sv", "Den tis 3 juni 2025 kl 10:12 skrev Lena Fischer-Hartmann <\nlena.fischer-hartmann@example.net>:"},
	{"gmail", "ko", "2025년 6월 3일 (화) 오전 10:12, Lena Fischer-Hartmann <\nlena.fischer-hartmann@example.net>님이 작성:"},
	{"apple", "nl", "Op 3 jun. 2025 om 10:12 heeft Lena Fischer-Hartmann <lena.fischer-hartmann@example.net> het\nvolgende geschreven:"},
	{"k9", "de", "Am 3. Juni 2025 10:12:45 MESZ schrieb \"Lena Fischer-Hartmann\" <\nlena.fischer-hartmann@example.net>:"},
	{"yahoo", "en", "On Tuesday, June 3, 2025, 10:12:45 AM GMT+2, Lena Fischer-Hartmann <\nlena.fischer-hartmann@example.net> wrote:"},
	{"outlookmobile", "en", "On Tue, Jun 3, 2025 at 10:12 AM +0200, \"Lena Fischer-Hartmann\" <\nlena.fischer-hartmann@example.net<mailto:lena.fischer-hartmann@example.net>> wrote:"},
	{"evolution", "de", "Am Dienstag, den 03.06.2025, 10:12 +0200 schrieb Lena Fischer-Hartmann\n<lena.fischer-hartmann@example.net>:"},
	{"mailspring", "en", "On Jun 3 2025, at 10:12 am, Lena Fischer-Hartmann <lena.fischer-hartmann@example.net>\nwrote:"},
	{"yandex", "ru", "03.06.2025, 10:12, \"Lena Fischer-Hartmann\" <\nlena.fischer-hartmann@example.net>:"},
	{"mailru", "ru", "Вторник, 3 июня 2025, 10:12 +03:00 от Lena Fischer-Hartmann <\nlena.fischer-hartmann@example.net>:"},
	{"apple", "cs", "3. 6. 2025 v 10:12, Lena Fischer-Hartmann <\nlena.fischer-hartmann@example.net>:"},
	{"apple", "pl", "Wiadomość napisana przez Lena Fischer-Hartmann <lena.fischer-hartmann@example.net> w\ndniu 3 cze 2025, o godz. 10:12:"},
	{"gmail", "pt-pt", "Lena Fischer-Hartmann <lena.fischer-hartmann@example.net> escreveu no dia\nterça, 3/06/2025 à(s) 10:12:"},
	{"gmail", "cs", "út 3. 6. 2025 v 10:12 odesílatel Lena Fischer-Hartmann <\nlena.fischer-hartmann@example.net> napsal:"},
	{"gmail", "he", "\u202bבתאריך יום ג׳, 3 ביוני 2025 ב-10:12 מאת \u202aLena Fischer-Hartmann\u202c\u200f <\u202a\nlena.fischer-hartmann@example.net\u202c\u200f>:\u202c"},
	{"outlookmobile", "de", "Von: Lena Fischer-Hartmann <lena.fischer-hartmann@example.net>\nGesendet: Dienstag, Juni 3, 2025 10:12 AM\nAn: Helpline <ask@example.org>\nBetreff: Pause"},

	// Digits other than ASCII, calendars other than the Gregorian.
	{"gmail", "ar", "في الثلاثاء، ٣ يونيو ٢٠٢٥ في ١٠:١٢ ص، كتب Lena <lena@example.net>:"},
	{"gmail", "fa", "در تاریخ سه‌شنبه ۳ ژوئن ۲۰۲۵ ساعت ۱۰:۱۲ Lena <lena@example.net> نوشت:"},
	{"thunderbird", "ar", "في ٣/٦/٢٠٢٥ ١٠:١٢ ص، كتب Lena:"},
	{"gmail", "th", "เมื่อ อ. 3 มิ.ย. 2568 เวลา 10:12 Lena <lena@example.net> เขียนว่า:"},
	{"gmail", "hi", "मंगल, 3 जून 2025 को 10:12 am बजे को Lena <lena@example.net> ने लिखा:"},

	// Addresses as links, as converting HTML to text writes them.
	{"gmail", "de", "Am Di., 3. Juni 2025 um 10:12 Uhr schrieb Lena <lena@example.net <mailto:lena@example.net>>:"},
	{"gmail", "fr", "Le mar. 3 juin 2025 à 10:12, Lena <lena@example.net <mailto:lena@example.net> > a écrit :"},
	{"gmail", "es", "El mar, 3 jun 2025 a las 10:12, Lena (<mailto:lena@example.net>) escribió:"},
	{"gmail", "nl", "Op di 3 jun 2025 om 10:12 schreef Lena <mailto:lena@example.net>:"},
	{"gmail", "ja", "2025年6月3日(火) 10:12 Lena <lena@example.net <mailto:lena@example.net>>:"},
	{"outlook", "en", "On Tue, Jun 3, 2025 at 10:12 AM Lena Fischer <lena.fischer@example.net\n<mailto:lena.fischer@example.net>> wrote:"},
	{"apple", "it", "Il giorno 3 giu 2025, alle ore 10:12, Lena <lena@example.net <mailto:lena@example.net>>\nha scritto:"},

	// Names and wraps that trip a reader up.
	{"gmail", "en", "On Tue, Jun 3, 2025 at 10:12 AM \"Fischer-Hartmann, Lena\" <\nlena@example.net> wrote:"},
	{"gmail", "en", "On Tue, Jun 3, 2025 at 10:12 AM\nLena <lena@example.net> wrote:"},
	{"gmail", "en", "On Tue, Jun 3, 2025 at 10:12 AM Lena Fischer-Hartmann via Running Helpline <\nask@example.org> wrote:"},
	{"gmail", "en", "On Tue, Jun 3, 2025 at 10:12 AM Lena Fischer-Hartmann from the Running\nClub of Amsterdam <lena.fischer-hartmann@running-club-amsterdam.example>\nwrote:"},
	{"googlegroups", "en", "On Tuesday, June 3, 2025 at 10:12:45 AM UTC+2 Lena wrote:"},
	{"notes", "en", "-----\"Lena\" <lena@example.net> wrote: -----"},
	{"netease", "zh", "在 2025-06-03 10:12:45，\"Lena\" <lena@example.net> 写道："},
	{"mutt", "en", "* Lena <lena@example.net> [250603 10:12]:"},
	{"horde", "en", "Quoting Lena <lena@example.net>:"},
	{"horde", "de", "Zitat von Lena <lena@example.net>:"},
	{"horde", "pt", "Citando Lena <lena@example.net>:"},
	{"horde", "fr", "Citation de Lena <lena@example.net> :"},
	{"outlook", "en", "Lena Fischer [mailto:lena@example.net] wrote:"},

	{"samsung", "en", "-------- Original message --------\nFrom: Lena <lena@example.net>\nDate: 03/06/2025 10:12 (GMT+01:00)\nTo: ask@example.org\nSubject: Taper"},
	{"samsung", "de", "-------- Ursprüngliche Nachricht --------\nVon: Lena <lena@example.net>\nDatum: 03.06.25 10:12 (GMT+01:00)\nAn: ask@example.org\nBetreff: Taper"},
}

// TestTrimReplyClientAttributions puts each attribution in the layouts the
// owner writes: above the quote, below it, and above history the client
// left unquoted.
func TestTrimReplyClientAttributions(t *testing.T) {
	const quote = "> Hi, how long should I rest?\n> \n> Lena\n"
	for _, c := range clientAttributions {
		lang, _, _ := strings.Cut(c.lang, "-")
		if c.lang == "zh-tw" {
			lang = c.lang
		}
		answer, ok := answers[lang]
		if !ok {
			t.Fatalf("no answer in %q", c.lang)
		}
		shapes := []struct{ name, in string }{
			{"top", answer + "\n\n" + c.attr + "\n" + quote},
			{"bottom", c.attr + "\n" + quote + "\n" + answer + "\n"},
			{"top unquoted", answer + "\n\n" + c.attr + "\n\nHi, how long should I rest?\n\nLena\n"},
		}
		for _, s := range shapes {
			t.Run(c.client+"/"+c.lang+"/"+s.name+"/"+firstLineOf(c.attr), func(t *testing.T) {
				if got := TrimReply(s.in); got != answer {
					t.Errorf("got %q, want %q", got, answer)
				}
			})
		}
	}
}

func firstLineOf(s string) string {
	l, _, _ := strings.Cut(s, "\n")
	if len(l) > 24 {
		l = l[:24]
	}
	return l
}

// clientReplySeeds are replies built from the tables of client lines, for
// the fuzz test to start from.
func clientReplySeeds() []string {
	var seeds []string
	for _, c := range clientAttributions {
		seeds = append(seeds, answers["en"]+"\n\n"+c.attr+"\n> How long?\n",
			c.attr+"\n> How long?\n\n"+answers["en"]+"\n")
	}
	for _, b := range headerBlocks {
		seeds = append(seeds, answers["en"]+"\n\n"+b.original+"\n"+b.block+"\n\nHow long?\n")
	}
	for _, f := range clientFooters {
		seeds = append(seeds, answers["en"]+"\n\n"+f.footer+"\n")
	}
	return seeds
}
