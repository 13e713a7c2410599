package inbox

import "testing"

// localHeaderBlocks are the header blocks webmail and desktop clients
// write over the history in their localisations, with the separator line
// they put over it ("" for none), as a reply with the history unquoted
// under it carries them.
var localHeaderBlocks = []struct{ lang, sep, block string }{
	{"da", "-------- Original besked --------",
		"Emne: Knæsmerter\nDato: 2026-12-01 10:04\nAfsender: Ana Holm <ana@example.org>\nModtager: spoerg@example.net"},
	{"nb", "-------- Opprinnelig melding --------",
		"Emne: Knesmerter\nDato: 2026-12-01 10:04\nAvsender: Ana Holm <ana@example.org>\nMottaker: spor@example.net"},
	{"sv", "-------- Ursprungligt meddelande --------",
		"Ämne: Knäsmärta\nDatum: 2026-12-01 10:04\nFrån: Ana Holm <ana@example.org>\nMottagare: fraga@example.net"},
	{"nl", "-------- Oorspronkelijke bericht --------",
		"Onderwerp: Kniepijn\nDatum: 2026-12-01 10:04\nAfzender: Ana Holm <ana@example.org>\nOntvanger: vraag@example.net"},
	{"ca", "-------- Missatge Original --------",
		"Assumpte: Mal de genoll\nData: 2026-12-01 10:04\nRemitent: Ana Puig <ana@example.org>\nDestinatari: pregunta@example.net"},
	{"es", "-------- Mensaje Original --------",
		"Asunto: Dolor de rodilla\nFecha: 2026-12-01 10:04\nDe: Ana Ruiz <ana@example.org>\nDestinatario: pregunta@example.net"},
	{"ro", "-------- Mesaj original --------",
		"Subiect: Durere de genunchi\nData: 2026-12-01 10:04\nExpeditor: Ana Pop <ana@example.org>\nDestinatar: intrebare@example.net"},
	{"tr", "-------- Özgün ileti --------",
		"Konu: Diz ağrısı\nTarih: 2026-12-01 10:04\nGönderici: Ana Kaya <ana@example.org>\nAlıcı: soru@example.net"},
	{"el", "-------- Αρχικό μήνυμα --------",
		"Θέμα: Πόνος στο γόνατο\nΗμερομηνία: 2026-12-01 10:04\nΑποστολέας: Ana <ana@example.org>\nΠαραλήπτης: erotisi@example.net"},
	{"et", "-------- Esialgne kiri --------",
		"Pealkiri: Põlvevalu\nKuupäev: 2026-12-01 10:04\nSaatja: Ana Tamm <ana@example.org>\nSaaja: kysimus@example.net"},
	{"lt", "-------- Originalus laiškas --------",
		"Tema: Kelio skausmas\nData: 2026-12-01 10:04\nSiuntėjas: Ana <ana@example.org>\nGavėjas: klausimas@example.net"},
	{"id", "-------- Pesan Asli --------",
		"Judul: Nyeri lutut\nTanggal: 2026-12-01 10:04\nPengirim: Ana <ana@example.org>\nPenerima: tanya@example.net"},
	{"eo", "-----Origina mesaĝo-----",
		"De: Ana <ana@example.org>\nAl: demando@example.net\nTemo: Genua doloro\nDato: mar, 01 dec 2026 10:04:12 +0100"},
	{"be", "-------- Арыгінальнае паведамленне --------",
		"Тэма: Боль у калене\nДата: 2026-12-01 10:04\nАд: Ana <ana@example.org>\nКаму: pytanne@example.net"},
	{"sr", "-------- Оригинална порука --------",
		"Наслов: Бол у колену\nДатум: 2026-12-01 10:04\nОд: Ana <ana@example.org>\nЗа: pitanje@example.net"},
	{"sr", "---------- Прослеђена порука ----------",
		"Шаље: Ana <ana@example.org>\nДатум: уто, 1 дец 2026 10:04:12 CET\nТема: Бол у колену\nПрима: pitanje@example.net"},
	{"he", "",
		"מאת: Ana <ana@example.org>\nתאריך: 2026-12-01 10:04\nאל: question@example.net\nנושא: כאב ברך"},
	{"th", "-------- ข้อความเดิม --------",
		"หัวจดหมาย: ปวดเข่า\nวันที่: 2026-12-01 10:04\nผู้ส่ง: Ana <ana@example.org>\nผู้รับ: question@example.net"},
	{"cy", "-------- Neges Wreiddiol --------",
		"Pwnc: Poen yn y pen-glin\nDyddiad: 2026-12-01 10:04\nOddi wrth: Ana <ana@example.org>\nDerbyniwr: cwestiwn@example.net"},
	// KMail's Arabic forward, its sender's label written with a vowel
	// mark.
	{"ar", "----------  رسالة ممرّرة  ----------",
		"الموضوع: ألم الركبة\nالتاريخ: الثلاثاء، 1 ديسمبر 2026، 10:04:12 CET\nمِن: Ana <ana@example.org>"},
	// Thunderbird's Frisian and Thai, with a tab after the colon.
	{"fy", "-------- Oarspronklik berjocht --------",
		"Underwerp: \tKnibbelpine\nDatum: \tti, 1 des 2026 10:04:12 +0100\nFan: \tAna <ana@example.org>\nOan: \tfraach@example.net"},
	{"th", "-------- ข้อความต้นฉบับ --------",
		"หัวเรื่อง: \tปวดเข่า\nวันที่: \tอ. 1 ธ.ค. 2026 10:04:12 +0100\nจาก: \tAna <ana@example.org>\nถึง: \tquestion@example.net"},
	// Thunderbird's Icelandic and Roundcube's Faroese open with the
	// subject.
	{"is", "-------- Upprunalegur póstur --------",
		"Viðfangsefni: \tHnéverkur\nDagsetning: \tþri, 1 des 2026 10:04:12 +0100\nFrá: \tAna <ana@example.org>\nTil: \tspurning@example.net"},
	{"fo", "-------- Uppruna boð --------",
		"Evni: Knæpína\nTann: 2026-12-01 10:04\nFrá: Ana <ana@example.org>\nTil: spurningur@example.net"},
	// Evolution's Hindi names the sender "यहाँ से", a name in a script
	// without capitals this package does not know.
	{"hi", "-------- मौलिक संदेश --------",
		"यहाँ से: Ana <ana@example.org>\nप्रति: prashn@example.net\nविषय: घुटने में दर्द\nतिथि: मंगल, 01 दिस 2026 10:04:12 +0100"},
	// Fields only some of whose names are known, under the client's
	// framed separator.
	{"fy", "-------- Oarspronklik Berjocht --------",
		"Ûnderwerp: Knibbelpine\nDatum: 2026-12-01 10:04\nFan: Ana <ana@example.org>\nOan: fraach@example.net"},
	// A field this package does not know ("No" is also the word for
	// "no") between the separator and known ones.
	{"lv", "-------- Sākotnējā vēstule --------",
		"No: Ana <ana@example.org>\nKam: jautajums@example.net\nTemats: Ceļa sāpes\nDatums: otr, 01 dec 2026 10:04:12 +0100"},
	{"vi", "━━━Thư gốc━━━",
		"Từ: Ana <ana@example.org>\nCho: cauhoi@example.net\nChủ đề: Đau đầu gối\nNgày: Th 3, 01 Thg 12 2026 10:04:12 +0100"},
}

func TestTrimReplyLocalHeaderBlocks(t *testing.T) {
	const answer = "Rest for a week.\n\nThen run easy."
	const history = "\n\nMy knee hurts after long runs.\nShould I stop?\n"
	for _, c := range localHeaderBlocks {
		head := c.block
		if c.sep != "" {
			head = c.sep + "\n" + head
		}
		t.Run(c.lang+"/"+firstLineOf(c.block), func(t *testing.T) {
			if got := TrimReply(answer + "\n\n" + head + history); got != answer {
				t.Errorf("got %q, want %q", got, answer)
			}
		})
	}
}

// TestTrimHTMLReplyKeepsCaselessFieldBox keeps the owner's contact box in
// a script without capitals, fields whose names this package does not
// know under a border: only a block with known names beside them is a
// client's.
func TestTrimHTMLReplyKeepsCaselessFieldBox(t *testing.T) {
	in := `<p>こんにちは。</p><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">` +
		`<p>名前: 田中<br>電話: 03-1234-5678<br>メール: tanaka@example.jp</p></div><p>よろしく。</p>`
	want := "こんにちは。\n\n名前: 田中\n電話: 03-1234-5678\nメール: tanaka@example.jp\n\nよろしく。"
	if got := TrimHTMLReply(in); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestTrimReplyKeepsFieldOverBlock keeps the owner's own line shaped as a
// field between the owner's framed heading and a client's header block.
func TestTrimReplyKeepsFieldOverBlock(t *testing.T) {
	for _, ps := range []string{
		"PS: Bring water on Sunday.",
		// An address or a date in the owner's sentence is not a field's.
		"PS: Send your times to coach@example.org.",
		"PS: The race is on 12.04.2026, bring water.",
	} {
		answer := "Rest for a week.\n\n-------- Tip --------\n" + ps
		in := answer + "\nFrom: Ana <ana@example.org>\nSent: Tuesday, December 1, 2026 10:04 AM\nTo: ask@example.net\n" +
			"Subject: Knee pain\n\nMy knee hurts.\n"
		if got := TrimReply(in); got != answer {
			t.Errorf("got %q, want %q", got, answer)
		}
	}
}

// TestTrimReplyKeepsLocalFieldWords keeps the owner's own lists that use
// the words clients name their header fields with: no address and no
// year in them, a field word that opens a sentence, a name that is also
// a field's, or a list in a script without capitals away from a
// separator.
func TestTrimReplyKeepsLocalFieldWords(t *testing.T) {
	for _, in := range []string{
		"Næste træning:\n\nEmne: lang tur i skoven\nDato: lørdag kl. 9\nModtager: begyndergruppen\n\nVi ses!",
		"Plan för helgen:\n\nÄmne: backträning\nDatum: söndag\nMottagare: alla nybörjare\n\nHa det bra!",
		"Zo doen we het:\n\nOnderwerp: duurloop\nDatum: zaterdag\nOntvanger: de beginnersgroep\n\nTot dan.",
		"Planul:\n\nSubiect: alergare ușoară\nData: sâmbătă\nDestinatar: grupa de începători\n\nSpor!",
		"Program:\n\nKonu: uzun koşu\nTarih: cumartesi\nAlıcı: yeni başlayanlar\n\nGörüşürüz.",
		"Gönderici: ben değilim, kulüp gönderdi.\nTarih: henüz belli değil.",
		"Afsender: det var klubben, ikke mig.\nDato: kommer senere.",
		"Penerima: semua pelari pemula di klub.\nTanggal: belum pasti.\nJudul: lari pagi.",
		"นัดวิ่ง:\n\nหัวเรื่อง: วิ่งยาว\nวันที่: วันเสาร์\nถึง: กลุ่มมือใหม่\n\nเจอกัน",
		"नमस्ते।\n\nनाम: राम\nफ़ोन: 98765 43210\nईमेल: ram@example.in\n\nधन्यवाद।",
		"ये रहे:\n-------- संपर्क --------\nनाम: राम\nफ़ोन: 98765 43210\nईमेल: ram@example.in\n\nधन्यवाद।",
		"Ien ding:\n---------- Myn skema ----------\nDei: sneon\nOere: 9:00\nFraach: mail@example.net\n\nOant sjen!",
		// Answers to readers by name: Gaia and Nora are names as well as
		// Basque fields.
		"Answers for you all:\n\nGaia: rest for a week, then 5 km easy on 12.04.2026.\n" +
			"Nora: email me at coach@example.org with your times.\nSara: run 8 km on Sunday.\n\nCheers.",
		// The owner's own plan under their framed heading: a day with no
		// time of day, as no client dates the original.
		"Atpūties nedēļu.\n\n-------- Plāns --------\nDatums: 12.04.2026\nVieta: parks, raksti uz treneris@example.lv\n" +
			"Temats: garais skrējiens\nKam: visiem iesācējiem\n\nTiekamies.",
		// The owner's own details in scripts without capitals, with an
		// address and known names, after a blank line.
		"שלום,\n\nפרטי המפגש:\nנושא: ריצה ארוכה\nתאריך: 12.04.2026\nאימייל: coach@example.org\n\nנתראה בשבת.",
		"مرحبا،\n\nتفاصيل التدريب:\nالموضوع: جري طويل\nالتاريخ: 12.04.2026\nالبريد: coach@example.org\n\nنراكم يوم السبت.",
		"สวัสดี\n\nรายละเอียด:\nเรื่อง: วิ่งยาว\nวันที่: 12.04.2026\nอีเมล: coach@example.org\n\nเจอกันวันเสาร์",
		"नमस्ते,\n\nविवरण:\nविषय: लंबी दौड़\nदिनांक: 12.04.2026\nईमेल: coach@example.in\n\nशनिवार को मिलते हैं।",
		"你好，\n\n活动：\n主题: 长跑\n日期: 2026-04-12\n邮箱: coach@example.cn\n\n周六见。",
	} {
		t.Run(firstLineOf(in), func(t *testing.T) {
			if got := TrimReply(in); got != in {
				t.Errorf("got %q, want %q", got, in)
			}
		})
	}
}
