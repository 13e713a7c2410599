package inbox

// The lines the reply grammar builds replies from, by kind. Each entry is
// one unit as a client or the owner writes it; "\n" is where it wraps.

var grammarAttributions = []string{
	"On Tue, 3 Jun 2025 at 10:12, Lena Fischer <lena@example.net> wrote:",
	"On Tue, 3 Jun 2025 at 10:12, Lena Fischer <lena@example.net> wrote",
	"On Tue, Jun 3, 2025 at 10:12 AM Lena Fischer <lena@example.net>\nwrote:",
	"On Tue, Jun 3, 2025 at 10:12 AM Lena Fischer <\nlena@example.net> wrote:",
	"On 03/06/2025 10:12, Lena wrote:",
	"Lena wrote:",
	"Lena Fischer wrote:",
	"lena@example.net wrote:",
	"Lena <lena@example.net> wrote:",
	"Lena Fischer <lena@example.net> schrieb:",
	"Am 03.06.2025 um 10:12 schrieb Lena Fischer:",
	"Am Di., 3. Juni 2025 um 10:12 Uhr schrieb Lena <lena@example.net>:",
	"Le mar. 3 juin 2025 à 10:12, Lena <lena@example.net> a écrit :",
	"Le 03/06/2025 à 10:12, Lena a écrit :",
	"Lena a écrit :",
	"El 3 jun 2025, a las 10:12, Lena <lena@example.net> escribió:",
	"Lena escribió:",
	"Op di 3 jun 2025 om 10:12 schreef Lena <lena@example.net>:",
	"Il 03/06/2025 10:12, Lena ha scritto:",
	"Em 3 de jun. de 2025, à(s) 10:12, Lena escreveu:",
	"3 июня 2025 г., в 10:12, Lena написал(а):",
	"Lena <lena@example.net> 于2025年6月3日周二 10:12写道：",
	"在 2025年6月3日 10:12，Lena 写道：",
	"2025年6月3日(火) 10:12 Lena <lena@example.net>:",
	"2025. 6. 3. 오전 10:12, Lena 작성:",
	"* Lena <lena@example.net> [2025-06-03 10:12]:",
	"Quoting Lena <lena@example.net>:",
	"On Jun 3, 2025, at 10:12, Lena <lena@example.net> wrote:",
	"Sent from my iPhone\n\nOn Jun 3, 2025, at 10:12, Lena wrote:",
	"On Tuesday, June 3, 2025, Lena Fischer <lena@example.net> wrote:",
	"----- Lena <lena@example.net> wrote: -----",
	"Lena Fischer <lena@example.net> 03.06.2025 10:12 >>>",
	">>> Lena Fischer <lena@example.net> 03.06.2025 10:12 >>>",
}

var grammarHeaderBlocks = []string{
	"-----Original Message-----\nFrom: Lena Fischer <lena@example.net>\nSent: Tuesday, June 3, 2025 10:12 AM\nTo: Helpline <ask@example.org>\nSubject: RE: Calf pain",
	"From: Lena Fischer <lena@example.net>\nSent: Tuesday, June 3, 2025 10:12 AM\nTo: Helpline <ask@example.org>\nCc: Coach <coach@example.org>\nSubject: RE: Calf pain",
	"________________________________\nFrom: Lena Fischer <lena@example.net>\nSent: Tuesday, June 3, 2025 10:12\nTo: ask@example.org\nSubject: Calf pain",
	"________________________________________\nFrom: Lena Fischer\nSent: 03 June 2025 10:12\nTo: ask@example.org\nSubject: Calf pain",
	"From: Lena Fischer [mailto:lena@example.net]\nSent: Tuesday, June 3, 2025 10:12 AM\nTo: ask@example.org\nSubject: Calf pain",
	"Von: Lena Fischer <lena@example.net>\nGesendet: Dienstag, 3. Juni 2025 10:12\nAn: ask@example.org\nBetreff: AW: Wadenschmerz",
	"De : Lena <lena@example.net>\nEnvoyé : mardi 3 juin 2025 10:12\nÀ : ask@example.org\nObjet : RE: Mollet",
	"-----Ursprüngliche Nachricht-----\nVon: Lena <lena@example.net>\nGesendet: Dienstag, 3. Juni 2025 10:12\nAn: ask@example.org\nBetreff: Wade",
	"-------- Original Message --------\nSubject: Calf pain\nDate: Tue, 3 Jun 2025 10:12:00 +0200\nFrom: Lena <lena@example.net>\nTo: ask@example.org",
	"-------- Forwarded Message --------\nSubject: Calf pain\nDate: Tue, 3 Jun 2025 10:12:00 +0200\nFrom: Lena <lena@example.net>",
	"---------- Forwarded message ---------\nFrom: Lena <lena@example.net>\nDate: Tue, Jun 3, 2025 at 10:12 AM\nSubject: Calf pain\nTo: <ask@example.org>",
	"Begin forwarded message:\n\nFrom: Lena <lena@example.net>\nSubject: Calf pain\nDate: 3 June 2025 at 10:12:00 CEST\nTo: ask@example.org",
	"------------------ 原始邮件 ------------------\n发件人: \"Lena\"<lena@example.net>;\n发送时间: 2025年6月3日(星期二) 上午10:12\n收件人: \"ask\"<ask@example.org>;\n主题: 小腿疼",
	"------------------&nbsp;原始邮件&nbsp;------------------\n发件人: Lena",
	"发件人: Lena <lena@example.net>\n发送时间: 2025年6月3日 10:12\n收件人: ask@example.org\n主题: 回复: 小腿疼",
	"To: ask@example.org\nFrom: Lena Fischer/Runners@Runners\nDate: 06/03/2025 10:12AM\nSubject: Calf pain",
	"Lena Fischer/Runners@Runners\n06/03/2025 10:12 AM\nTo\nask@example.org\ncc\nSubject\nCalf pain",
	"______________________________ Reply Separator _________________________________\nSubject: Calf pain\nAuthor: Lena Fischer\nDate: 03/06/2025 10:12",
	"From: Lena Fischer <lena@example.net> Sent: Tuesday, June 3, 2025 10:12 AM To: ask@example.org Subject: Calf pain",
	"-----Original Message----- From: Lena <lena@example.net> Sent: Tuesday To: ask@example.org Subject: Calf",
	"From: Lena\nDate: Tuesday\nTo: ask",
	"From: Lena <lena@example.net>",
	"Subject: Calf pain",
	"-----Original Message-----",
	"----- Original Message -----",
	"------ Original Message ------\nFrom: \"Lena\" <lena@example.net>\nTo: ask@example.org\nSent: 03/06/2025 10:12:00\nSubject: Calf pain",
}

// grammarGlued are an owner's last word with history glued to it, as some
// clients write them when the line break between them is lost.
var grammarGlued = []string{
	"Rest a week.On Tue, 3 Jun 2025 at 10:12, Lena <lena@example.net> wrote:",
	"Cheers, MarenFrom: Lena Fischer <lena@example.net>",
	"Rest a week.-----Original Message-----",
	"Maren________________________________From: Lena",
	"ThanksSent from my iPhoneOn Jun 3, 2025, at 10:12, Lena wrote:",
	"Rest a week. > On Tue, Lena wrote: > How long?",
}

var grammarQuoteTexts = []string{
	"Hi, how long should I rest?", "Lena", "", "Thanks in advance!",
	"On Mon, Lena wrote:", "-- ", "Best,", "Sent from my iPhone",
	"From: Coach <coach@example.org>", "My calf hurts after 20 km.",
}

var grammarClosings = []string{
	"Best,", "Best", "Cheers,", "Thanks,", "Thank you!", "Regards,", "Kind regards,",
	"Best regards,", "All the best,", "Viele Grüße", "Mit freundlichen Grüßen", "LG",
	"Bien à vous,", "Cordialement,", "Saludos,", "Un saludo", "Groetjes,", "Hälsningar",
	"Pozdrawiam", "С уважением,", "此致", "よろしくお願いします。",
	"Best, Maren", "Cheers, Maren Holt", "Thanks! Maren", "Best regards, Maren Holt, Running Helpline",
	"Best regards / Mit freundlichen Grüßen", "Cordialement / Best regards,",
	"Kind regards | Met vriendelijke groet,", "Mit freundlichen Grüßen\nBest regards",
}

var grammarNames = []string{
	"Maren", "Maren Holt", "M.", "MH", "Dr. Maren Holt", "Maren Holt, PhD", "maren",
	"Maren Holt | Running Helpline", "Lena", "Lena Fischer", "Maren Holt\nRunning Helpline",
	"Maren Holt\nHead Coach\nRunning Helpline", "Hélène", "玛伦", "Марен",
}

var grammarSignatures = []string{
	"-- ", "--", "-- \nMaren Holt", "--\nMaren", "-Maren", "- Maren", "—Maren", "— Maren Holt",
	"-- Maren", "--Maren Holt", "~Maren", "___\nMaren Holt", "-----\nMaren Holt\nRunning Helpline",
	"-- \nMaren Holt\nRunning Helpline\nhttps://helpline.example.org",
}

var grammarContacts = []string{
	"Email: maren@example.org", "E-mail: maren@example.org", "Tel: +49 30 1234567",
	"Tel.: 030 1234567", "Mobile: +44 7700 900123", "Mob: 07700 900123", "M: +1 555 0100",
	"Phone: (555) 010-0199", "Fax: +49 30 1234568", "www.helpline.example.org",
	"https://helpline.example.org", "maren@example.org", "+49 30 1234567",
	"Running Helpline GmbH, Hauptstr. 1, 10115 Berlin", "Tel: +49 30 1234567 | Email: maren@example.org",
	"Telefon: 030 1234567", "Mobil: 0170 1234567", "电话：138 0013 8000",
}

var grammarFooters = []string{
	"Sent from my iPhone", "Sent from my iPad", "Sent from my Android phone", "Get Outlook for iOS",
	"Get Outlook for Android<https://aka.ms/ghei36>", "Sent from Mail for Windows", "Von meinem iPhone gesendet",
	"Envoyé de mon iPhone", "Enviado desde mi iPhone", "Sent from Yahoo Mail on Android",
	"Sent from my Galaxy", "Sent with Proton Mail secure email.", "发自我的iPhone",
	"This email and any attachments are confidential and intended solely for the addressee.",
	"_______________________________________________\nrunners mailing list\nrunners@lists.example.org\nhttps://lists.example.org/listinfo/runners",
	"-", "--", "ᐧ", "\u2014", "_", "~",
}

var grammarGreetings = []string{
	"Hi Lena,", "Hi Lena", "Hello!", "Dear Lena,", "Hallo Lena,", "Bonjour Lena,", "Hola Lena:",
	"Lena,", "Hi,", "Hey Lena -", "Liebe Lena,", "Привет, Лена!", "Lena さん", "你好，",
}

var grammarListItems = []string{
	"- rest for a week", "* ice the calf", "1. stretch daily", "2) run easy", "• foam roll",
	"a) see a physio", "- From the first day, walk.", "- Sent: nothing yet", "> not a quote, a sign",
	"-- one more thing", "  - indented", "[1] https://example.org/calf",
}

var grammarSentences = []string{
	"Rest for a week, then run easy.", "Your calf needs time.",
	"Write back if it still hurts on Monday.", "I wrote: rest first.",
	"She wrote to me on Tuesday.", "From what you say, it is a strain.",
	"To: be clear, no racing.", "Subject: your training plan is fine.",
	"Sent: nothing. Received: everything.", "On Tuesday you wrote that it hurts.",
	"Mach eine Woche Pause.", "Repose-toi une semaine.", "休息一周，然后慢跑。",
	"Отдохни неделю.", "일주일 쉬세요.", "استرح أسبوعًا.", "תנוח שבוע.",
	"Lena wrote", "Original message follows.", "Thanks for the question!",
	"Cheers to that.", "Best of luck with the race.", "A very long sentence that goes on and on about rest, ice, compression and elevation, and then about the slow return to running over several weeks.",
}
