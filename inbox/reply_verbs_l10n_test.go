package inbox

import "testing"

// webmailAttributions are attribution lines as webmails and desktop
// clients write them in languages whose verb stands last, or before the
// sender, with the sender named without an address: Roundcube's "$date,
// $sender wrote:" in its translations.
var webmailAttributions = []struct{ lang, attr string }{
	{"tr", "2026-12-01 10:04, Ana Kaya yazmış:"},
	{"az", "2026-12-01 10:04 tarixdə, Ana Əliyeva yazıb:"},
	{"eo", "Je 2026-12-01 10:04, Ana Verda skribis:"},
	{"gl", "O 2026-12-01 10:04, Ana Otero escribiu:"},
	{"hr", "Dana 2026-12-01 10:04, Ana Horvat je napisao(la):"},
	{"sq", "Më 2026-12-01 10:04, Ana Hoxha shkroi:"},
	{"ia", "Le 2026-12-01 10:04, Ana Silva ha scribite:"},
	{"eu", "2026-12-01 10:04 egunean, Ana Etxeberria-(e)k idatzi du:"},
	{"fa", "در 2026-12-01 10:04، Ana Karimi نوشته است:"},
	{"ko", "2026-12-01 10:04에 Ana Kim이(가) 쓴 내용:"},
	{"ka", "2026-12-01 10:04-ში, Ana Beridze დაწერა:"},
	{"lb", "Den 2026-12-01 10:04, Ana Weber schreift:"},
	{"be", "Ana Kavalenka напісаў 2026-12-01 10:04:"},
	{"nn", "Den 2026-12-01 10:04 skreiv Ana Haugen:"},
	{"is", "Þann 2026-12-01 10:04, skrifaði Ana Jónsdóttir:"},
	{"fo", "Tann 2026-12-01 10:04, skrivaði Ana Joensen:"},
	{"fy", "Op 2026-12-01 10:04, skreau Ana de Vries:"},
	{"ga", "Ar an 2026-12-01 10:04, scríobh Ana Murphy:"},
	{"cy", "Ar 2026-12-01 10:04, ysgrifennodd Ana Jones:"},
	// The longer English verb of help desks and older clients.
	{"en", "John Smith wrote the following:"},
	{"en", "On 06/04/2014 2:46 PM, John Smith wrote the following :"},
	// KMail's Serbian in Latin script, and the Arabic that Roundcube and
	// KMail open with the verb.
	{"sr", "Dana utorak, 1 decembar 2026 u 10:04:12 CET, Ana Petrović napisa:"},
	{"ar", "كتب Ana Haddad في 2026-12-01 10:04:"},
	// Gmail's Bengali, which writes the date in Bengali digits, and the
	// shorter form with the date in ISO 8601.
	{"bn", "সোম, ১ ডিসে, ২০২৬ এ ১০:০৪ AM এ Ana Roy <ana@example.org> লিখেছেন:"},
	{"bn", "2026-12-01 10:04 এ, Ana Roy লিখেছেন:"},
	// Other languages of India and Pakistan, dated in their own digits
	// or, without the sender's address, marked by the verb.
	{"mr", "सोम, १ डिसें, २०२६, १०:०४ AM रोजी Ana Patil <ana@example.org> यांनी लिहिले:"},
	{"gu", "સોમ, ૧ ડિસે, ૨૦૨૬ ના રોજ ૧૦:૦૪ AM વાગ્યે Ana Shah <ana@example.org>એ લખ્યું:"},
	{"pa", "ਸੋਮ, ੧ ਦਸੰ ੨੦੨੬ ੧੦:੦੪ ਨੂੰ Ana Gill <ana@example.org> ਨੇ ਲਿਖਿਆ:"},
	{"mr", "2026-12-01 10:04 रोजी, Ana Patil यांनी लिहिले:"},
	{"gu", "2026-12-01 10:04 એ, Ana Shah એ લખ્યું:"},
	{"pa", "2026-12-01 10:04 ਨੂੰ, Ana Gill ਨੇ ਲਿਖਿਆ:"},
	{"ur", "پیر، 1 دسمبر، 2026 کو 10:04 Ana Khan <ana@example.org> نے لکھا:"},
	// Dated in the language's digits, with a verb not known here: the
	// sender's address, the date and the time mark the line.
	{"ne", "सोम, १ डिसे २०२६ मा १०:०४ बजे Ana Thapa <ana@example.org> ले लेख्नुभयो:"},
	{"my", "ဒီဇင်ဘာ ၁၊ ၂၀၂၆ ၁၀:၀၄ တွင် Ana Aung <ana@example.org> က ရေးခဲ့သည်:"},
	// Khmer and Amharic end the line with their own colon.
	{"km", "នៅ ថ្ងៃ អង្គារ ទី ១ ខែ ធ្នូ ឆ្នាំ ២០២៦ ម៉ោង ១០:០៤ Ana Sok <ana@example.org> បាន​សរសេរ​៖"},
	{"am", "ማክሰ፣ 1 ዲሴምበር 2026 በ10:04 Ana Bekele <ana@example.org> ጻፈ፦"},
	{"te", "సోమ, 1 డిసెం, 2026 10:04 AMకి Ana Rao <ana@example.org> ఇలా రాశారు:"},
	{"kn", "ಸೋಮ, ಡಿಸೆಂ 1, 2026 10:04 AM ರಂದು Ana Gowda <ana@example.org> ಬರೆದಿದ್ದಾರೆ:"},
	{"ml", "2026, ഡിസം 1, തി 10:04 AM-ന് Ana Nair <ana@example.org> എഴുതി:"},
	// Thunderbird's Basque and Malay.
	{"eu", "2026/12/1 10:04(e)an, Ana Etxeberria igorleak idatzi zuen:"},
	{"ms", "Pada 1/12/2026 10:04, Ana Aziz membalas:"},
	// KMail's Hungarian puts the date after the verb's colon, in the
	// locale's long or short form or in ISO 8601.
	{"hu", "Ana Kovács a következőt írta ekkor: kedd, 1 december 2026 10:04:12 CET"},
	{"hu", "Ana Kovács <ana@example.org> a következőt írta ekkor: 2026. dec. 1., kedd 10:04:12 CET"},
	{"hu", "Ana Kovács a következőt írta ekkor: 2026. december 1., kedd 10:04:12 CET"},
	{"hu", "Ana Kovács a következőt írta ekkor: 2026. 12. 01. 10:04"},
	{"hu", "Ana Kovács <ana@example.org> a következőt írta ekkor: 2026-12-01 10:04"},
	// The day-first form with the time zone as the system names it.
	{"hu", "Ana Kovács a következőt írta ekkor: kedd, 1 december 2026 10:04:12 Central Europe Standard Time"},
	{"hu", "Ana Kovács a következőt írta ekkor: kedd, 1 december 2026 10:04:12 (CET)"},
}

func TestTrimReplyWebmailAttributions(t *testing.T) {
	const answer = "Rest for a week.\n\nThen run easy."
	const quote = "> My knee hurts after long runs.\n> Should I stop?\n"
	for _, c := range webmailAttributions {
		for _, in := range []string{answer + "\n\n" + c.attr + "\n" + quote, c.attr + "\n" + quote + "\n" + answer + "\n"} {
			t.Run(c.lang, func(t *testing.T) {
				if got := TrimReply(in); got != answer {
					t.Errorf("got %q, want %q", got, answer)
				}
			})
		}
	}
}

// TestTrimReplyKeepsOwnerVerbs keeps the owner's own sentences in those
// languages that use the same verbs: the owner writing to someone, or
// citing their own words or a coach's over words they copy, with a date
// in them and a colon at the end.
func TestTrimReplyKeepsOwnerVerbs(t *testing.T) {
	for _, c := range []struct{ lang, line string }{
		{"tr", "Antrenörün 12.04.2026 10:00'da şunu yazmış:"},
		{"tr", "Sonra 12.04.2026 10:00, antrenörün bana yazmış:"},
		{"az", "Məşqçin bu barədə belə yazıb:"},
		{"eo", "La 12.04.2026 je 10:00, via trejnisto skribis:"},
		{"eo", "Mi skribis al ili la 12.04.2026 je 10:00:"},
		{"gl", "Onte escribiu o clube isto:"},
		{"hr", "Dana 12.04.2026 u 10:00, tvoj trener je napisao(la):"},
		{"sq", "Më 12.04.2026 në 10:00, trajneri yt shkroi:"},
		{"ia", "Tu trainator ha scribite isto:"},
		{"eu", "Entrenatzaileak hau idatzi du:"},
		{"fa", "مربی تو درباره این نوشته است:"},
		{"ko", "제가 12.04.2026 10:00에 쓴 내용은 이렇습니다."},
		{"ka", "შენმა მწვრთნელმა ეს დაწერა:"},
		{"lb", "Den 12.04.2026 um 10:00, däin Trainer schreift:"},
		{"be", "Твой трэнер напісаў мне 12.04.2026 у 10:00 пра гэта."},
		{"nn", "Den 12.04.2026 skreiv eg til klubben:"},
		{"is", "Þann 12.04.2026 kl. 10:00 skrifaði ég klúbbnum:"},
		{"fo", "Tann 12.04.2026 kl. 10:00, skrivaði eg til felagið:"},
		{"fy", "Op 12.04.2026 om 10:00, skreau ik oan de klub:"},
		{"ga", "Ar an 12.04.2026 ag 10:00, scríobh mé chuig an gclub:"},
		{"cy", "Ar 12.04.2026 am 10:00, ysgrifennodd eich hyfforddwr:"},
		{"sr", "Dana 12.04.2026 u 10:00, tvoj trener napisa:"},
		{"ar", "كتب المدرب في 12.04.2026 الساعة 10:00:"},
		{"ar", "كتب المدرب هذا:"},
		{"eu", "Entrenatzaileak hau idatzi zuen:"},
		{"bn", "আমার কোচ ১২.০৪.২০২৬ এ লিখেছেন:"},
		{"bn", "কোচ এটা লিখেছেন:"},
		{"mr", "माझ्या प्रशिक्षकांनी हे लिहिले:"},
		{"ne", "मेरो प्रशिक्षकले २०२६ मा यो लेख्नुभयो:"},
		{"km", "គ្រូបង្វឹក​របស់​ខ្ញុំ​បាន​សរសេរ​៖"},
		{"am", "አሰልጣኜ ይህን ጻፈ፦"},
		{"gu", "કોચે આ લખ્યું:"},
		{"ur", "کوچ نے یہ لکھا:"},
		{"ml", "കോച്ച് ഇത് എഴുതി:"},
		{"ms", "Pada 12.04.2026 10:00, saya membalas:"},
		{"ms", "Jurulatih awak membalas:"},
		{"hu", "Az edződ a következőt írta ekkor: 2026. 04. 12. 10:00"},
		{"hu", "Anna a következőt írta ekkor: kedd, 1 december 2026 10:04:12 CET"},
		{"hu", "Anna a következőt írta ekkor: 2026. dec. 1., kedd 10:04:12 CET"},
		{"hu", "Anna a következőt írta ekkor: 2026-12-01 10:04"},
	} {
		in := "Hi.\n\n" + c.line + "\nRun easy on Sunday, 8 km at most.\n\nBye."
		t.Run(c.lang+"/"+firstLineOf(c.line), func(t *testing.T) {
			if got := TrimReply(in); got != in {
				t.Errorf("got %q, want %q", got, in)
			}
		})
	}
}

// TestTrimReplyKeepsOwnerHungarianOverQuote keeps the owner's Hungarian
// sentences of KMail's shape over a quote they answer inline: a subject
// that is no name, or a date that runs on into the sentence.
func TestTrimReplyKeepsOwnerHungarianOverQuote(t *testing.T) {
	for _, line := range []string{
		"Az edződ a következőt írta ekkor: 2026. 12. 01. 10:04",
		"Az edződ a következőt írta ekkor: 2026-12-01 10:04",
		"Anna a következőt írta ekkor: 2026. dec. 1., kedd 10:04, amikor még fájt a térde",
		"Anna a következőt írta ekkor: 2026-12-01 10:04 után, a verseny előtt",
	} {
		in := "Szia!\n\n" + line + "\n> Két hétig pihenj.\n\nEz ma is áll.\n"
		t.Run(line, func(t *testing.T) {
			want := "Szia!\n\n" + line + "\n> Két hétig pihenj.\n\nEz ma is áll."
			if got := TrimReply(in); got != want {
				t.Errorf("got %q, want %q", got, want)
			}
		})
	}
}

func TestASCIIDigits(t *testing.T) {
	for in, want := range map[string]string{
		"২০২৬ ১০:০৪":  "2026 10:04", // Bengali
		"२०२६":        "2026",       // Devanagari
		"٢٠٢٦/١٢/٠١":  "2026/12/01", // Arabic-Indic
		"۱۴۰۵":        "1405",       // Persian
		"၁၀:၀၄":       "10:04",      // Burmese
		"２０２６年":       "2026年",      // fullwidth
		"10:04 plain": "10:04 plain",
		"Ⅻ ½ ²":       "Ⅻ ½ ²", // numbers, not decimal digits
	} {
		if got := asciiDigits(in); got != want {
			t.Errorf("asciiDigits(%q) = %q, want %q", in, got, want)
		}
	}
}
