package inbox

import (
	"testing"
)

// TestIsSignaturePart covers the lines of a signature block that give no
// way to reach and read as no name, and lines of an answer that look like
// them.
func TestIsSignaturePart(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Instagram: @coachmaren", true},
		{"Strava | Maren Holt", true},
		{"X/Twitter: @runhelp", true},
		{"Office hours: Tue–Thu 10–16", true},
		{"Sprechzeiten: Di–Do 10–16 Uhr", true},
		{"Bereikbaar op di en do", true},
		{"“Slow is smooth, smooth is fast.”", true},
		{"\"Run happy.\" – Maren Holt", true},
		{"« Petit à petit, l'oiseau fait son nid. »", true},
		{"Think of the environment before you print this mail.", true},
		{"Der Umwelt zuliebe: bitte nur drucken, wenn nötig.", true},
		{"I work flexible hours, so please do not feel obliged to reply outside yours.", true},

		{"Follow her on Instagram: @coachanna", false},
		{"Hours of easy running build the base.", false},
		{"Hours: she works late on Tuesdays, so ring after six.", false},
		{"Erreichbar ist sie am besten mit der U2 bis Senefelderplatz.", false},
		{"WhatsApp: send her a photo of the swelling first, she answers the same day.", false},
		{"\"Run slower\" is what she said, and she was right.", false},
		{"Print the plan and stick it on the fridge.", false},
		{"Rest for a week, then try again.", false},
	}
	for _, tc := range tests {
		t.Run(tc.line, func(t *testing.T) {
			if got := isSignaturePart(tc.line); got != tc.want {
				t.Errorf("isSignaturePart(%q) = %v, want %v", tc.line, got, tc.want)
			}
		})
	}
}

// TestTrimReplyClientSignatureBlocks covers signature blocks a client
// writes under the answer with no "-- " line: the parts they hold beyond
// names and ways to reach, addresses as other countries write them, and
// small blocks under the owner's own name; and answers whose last lines
// take the same shapes, which stay.
func TestTrimReplyClientSignatureBlocks(t *testing.T) {
	answer := "Keep the long run easy this week."
	tests := []struct{ name, in, want string }{
		{"a social account and office hours under the ways", answer + "\n\nMaren Holt\nCoach\nTel: +31 20 123 4567\n" +
			"www.runhelp.example\nInstagram: @runhelp\nOffice hours: Tue–Thu 10–16\n", answer},
		{"a motto and a line against printing", answer + "\n\nMaren Holt\nTel: +31 20 123 4567\nwww.runhelp.example\n\n" +
			"“Slow is smooth, smooth is fast.”\n\nThink of the environment before you print this mail.\n", answer},
		{"a notice in Portuguese", answer + "\n\nMaren Holt\nTreinadora\n\nEste e-mail e os seus anexos são confidenciais. " +
			"Se o recebeu por engano, avise o remetente e apague-o.\n", answer},
		{"a lowercase academic title", answer + "\n\ndrs. Maren Holt\nTel. 020 123 4567\nwww.runhelp.example\n", answer},
		{"an Italian street and town", answer + "\n\nMaren Holt\nVia Garibaldi 8\n10122 Torino\nwww.runhelp.example\n", answer},
		{"a Polish street and town", answer + "\n\nMaren Holt\nul. Długa 4/6\n80-827 Gdańsk\nwww.runhelp.example\n", answer},
		{"a post office box between bars", answer + "\n\nMaren Holt\nRunhelp | Postbus 45 | 1000 AA Amsterdam\nwww.runhelp.example\n", answer},
		{"a street with its suite", answer + "\n\nMaren Holt\n221 Baker Street, Suite 4\nLondon NW1 6XE\nTel: 020 7946 0958\n", answer},
		{"an address between dashes", answer + "\n\nMaren Holt\nClub de course – 8 quai Saint-Antoine – 69002 Lyon\n" +
			"www.runhelp.example\n", answer},
		{"a title in sentence case beside the club, under a closing", answer + "\n\nCordialement,\n\nMaren\n\nMaren Holt\n" +
			"Responsable des inscriptions | Club de course\nTél. : 01 23 45 67 89\n", answer + "\n\nCordialement,\n\nMaren"},
		{"a block under a sentence naming the club of its second line", answer + " See you at the Runhelp Club.\n\n" +
			"Maren Holt\nRunhelp Club\nTel. +31 20 123 4567\nwww.runhelp.example\n", answer + " See you at the Runhelp Club."},
		// A word or two alone under a card's ways, ending the text, are
		// the card's.
		{"a card with its company's name under its ways", answer + "\n\nMaren Holt\nTel. 030 1234567\n" +
			"E-Mail: maren@runhelp.example\n\nLaufhilfe\n", answer},
		{"a card with a network's name under its ways", answer + "\n\nMaren Holt\nTel. +31 20 123 4567\n" +
			"www.runhelp.example\n\nFacebook\n", answer},
		{"a card with a wish under its ways", answer + "\n\nMaren Holt\nCoach\nTel. +31 20 123 4567\n" +
			"www.runhelp.example\n\nStay safe\n", answer},
		{"a company's card with the person's name under it", answer + "\n\nRunhelp Club\nTel. +31 20 123 4567\n" +
			"www.runhelp.example\n\nMaren Holt\n", answer},
		{"a card under the first name it repeats", answer + "\n\nMaren\n\nMaren Holt\nCoach\nwww.runhelp.example\n",
			answer + "\n\nMaren"},
		{"a unit before the street", answer + "\n\nMaren Holt\nTel: 0117 496 0123\nUnit 4, Mill Lane\nBristol BS1 5TR\n" +
			"United Kingdom\nwww.runhelp.example\n", answer},
		{"a street, postcode and town on one line, and a tax number", answer + "\n\nMaren Holt\ntel. 601 234 567\n" +
			"ul. Długa 4/6, 80-827 Gdańsk\nNIP: 123-456-78-90\n", answer},
		{"a title and the club on two lines in sentence case", answer + "\n\nMaren Holt\nResponsable des inscriptions\n" +
			"Club de course de Lyon\nTél. : 01 23 45 67 89\nwww.runhelp.example\n", answer},
		{"a name with the title and club beside it", answer + "\n\nMaren Holt – Head coach, Runhelp Club\n" +
			"Tel. +31 20 123 4567\nmaren@runhelp.example\n", answer},
		{"a name and letters with the title after a bar", answer + "\n\nBest,\nMaren\n\nDr. Maren Holt, DPT | Running Coach\n" +
			"Tel. +31 20 123 4567\n", answer + "\n\nBest,\nMaren"},
		{"a Polish mobile label with its stop", answer + "\n\nMaren Holt\nTrenerka | Klub Biegacza\nkom. 601 234 567\n" +
			"tel. 58 123 45 67\n", answer},
		{"a Polish tax number", answer + "\n\nMaren Holt\nTel. 601 234 567\nNIP 123-456-78-90\n", answer},
		{"a Spanish tax number", answer + "\n\nMaren Holt\nTel. 612 34 56 78\nCIF: B12345678\n", answer},
		{"a Spanish mobile label", answer + "\n\nMaren Holt\nEntrenadora | Club de Corredores\nMóvil 612 34 56 78\n" +
			"Tel. 91 123 45 67\n", answer},

		// The answer's own.
		{"a card the answer introduces", answer + " Her details:\n\nAnna Berg\nPhysio | Sportpraxis Nord\nTel. 040 123456\n",
			answer + " Her details:\n\nAnna Berg\nPhysio | Sportpraxis Nord\nTel. 040 123456"},
		// A card of a name, a title beside its clinic and one phone, with
		// nothing over it to sign the answer, is as often the specialist
		// the owner sends the reader to as the owner's own: it stays.
		{"a card with one phone and no closing over it", answer + "\n\nAnna Berg\nPhysio | Sportpraxis Nord\nTel. 040 123456\n",
			answer + "\n\nAnna Berg\nPhysio | Sportpraxis Nord\nTel. 040 123456"},
		{"a card with the title after a comma and one phone", "Hola Ana,\n\nPara la renta te recomiendo esta asesoría.\n\n" +
			"Laura Gómez\nAsesora fiscal, Gestoría Gómez\nTel. 91 123 45 67\n",
			"Hola Ana,\n\nPara la renta te recomiendo esta asesoría.\n\nLaura Gómez\nAsesora fiscal, Gestoría Gómez\nTel. 91 123 45 67"},
		// The last sentence names what the block's first line names: the
		// block is the office, clinic or person the answer sends to.
		{"an office the last sentence names", "Bei Steuerfragen hilft dir das Finanzamt weiter.\n\nFinanzamt Lindenau\n" +
			"Marktstraße 6\n04177 Leipzig\nTel. 0341 123456\nÖffnungszeiten: Mo–Fr 8–14 Uhr\n",
			"Bei Steuerfragen hilft dir das Finanzamt weiter.\n\nFinanzamt Lindenau\nMarktstraße 6\n04177 Leipzig\n" +
				"Tel. 0341 123456\nÖffnungszeiten: Mo–Fr 8–14 Uhr"},
		{"a clinic named in another form of its word", "Najlepiej zapytaj w poradni.\n\nPoradnia Sportowa\n" +
			"ul. Floriańska 3, 31-019 Kraków\ntel. 12 345 67 89\n",
			"Najlepiej zapytaj w poradni.\n\nPoradnia Sportowa\nul. Floriańska 3, 31-019 Kraków\ntel. 12 345 67 89"},
		{"a person the last sentence sends to, with her accounts", "Ask Anna, she knows the trails.\n\nAnna Berg\n" +
			"Instagram: @annatrails\nTel. 040 123456\nwww.annatrails.example\n",
			"Ask Anna, she knows the trails.\n\nAnna Berg\nInstagram: @annatrails\nTel. 040 123456\nwww.annatrails.example"},
		{"a last line that opens with a tax label's word", "Hi Ben,\n\nThe physio I trust is great with calves.\n\nAnna Berg\n" +
			"Tel. 040 123456\nanna@physio.example\nNip in on Thursday at 10.30, she has free slots.\n",
			"Hi Ben,\n\nThe physio I trust is great with calves.\n\nAnna Berg\nTel. 040 123456\nanna@physio.example\n" +
				"Nip in on Thursday at 10.30, she has free slots."},
		{"a sentence on the physio's hours under her address", "Hi Ben,\n\nWith that knee, see a physio.\n\nAnna Berg\n" +
			"12 High Street\nLeeds LS1 4AB\nTel. 0113 496 0000\nHours: she works late on Tuesdays, so ring after six.\n",
			"Hi Ben,\n\nWith that knee, see a physio.\n\nAnna Berg\n12 High Street\nLeeds LS1 4AB\nTel. 0113 496 0000\n" +
				"Hours: she works late on Tuesdays, so ring after six."},
		{"a card with a site and no phone", answer + "\n\nAnna Berg\nPhysio | Sportpraxis Nord\nwww.sportpraxis.example\n",
			answer + "\n\nAnna Berg\nPhysio | Sportpraxis Nord\nwww.sportpraxis.example"},
		{"a card under another first name", answer + "\n\nAnna\n\nMaren Holt\nCoach\nwww.runhelp.example\n",
			answer + "\n\nAnna\n\nMaren Holt\nCoach\nwww.runhelp.example"},
		{"office hours the reader asked for", answer + " Her office hours:\nMon–Fri 8–18\nSat 9–12\n",
			answer + " Her office hours:\nMon–Fri 8–18\nSat 9–12"},
		{"a saying the owner cites over the name", answer + " As they say:\n\n“Slow is smooth.”\n\nMaren\n",
			answer + " As they say:\n\n“Slow is smooth.”\n\nMaren"},
		{"two lines in sentence case under a name, with one way to reach", answer + "\n\nMaren Holt\nEasy runs only\n" +
			"Rest on hard days\nwww.runhelp.example\n",
			answer + "\n\nMaren Holt\nEasy runs only\nRest on hard days\nwww.runhelp.example"},
		{"a name and a sentence after a dash", answer + "\n\nAnna Berg – Easy on hard days, and ask her about insoles\n" +
			"Tel. +31 20 123 4567\nwww.runhelp.example\n",
			answer + "\n\nAnna Berg – Easy on hard days, and ask her about insoles\nTel. +31 20 123 4567\nwww.runhelp.example"},
		{"a line that opens with a short label's word", answer + "\n\nMaren Holt\nKom 5 minuten eerder\nwww.runhelp.example\n",
			answer + "\n\nMaren Holt\nKom 5 minuten eerder\nwww.runhelp.example"},
		{"a last line about hours", answer + "\n\nHours of easy running build the base.\n",
			answer + "\n\nHours of easy running build the base."},
		{"a meeting place the answer gives", answer + " We meet here:\n\nSportpark Nord\nVia Garibaldi 8\n10122 Torino\n",
			answer + " We meet here:\n\nSportpark Nord\nVia Garibaldi 8\n10122 Torino"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := TrimReply(tc.in); got != tc.want {
				t.Errorf("TrimReply(%q)\ngot  %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestAnswerDropsSignatureImages covers a signature the HTML part marks,
// holding an image: the plain part writes the image as "[image: logo]"
// beside the signature's lines, and it goes with them.
func TestAnswerDropsSignatureImages(t *testing.T) {
	answer := "Keep the long run easy this week.\n\nMaren"
	tests := []struct{ name, sig, htmlSig string }{
		{"an image over the signature", "[image: logo]\nMaren Holt\nCoach",
			`<img src="cid:logo@x" alt="logo"><div>Maren Holt</div><div>Coach</div>`},
		{"an image under the signature", "Maren Holt\nCoach\n\n[image: logo]",
			`<div>Maren Holt</div><div>Coach</div><div><br></div><img src="cid:logo@x" alt="logo">`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			plain := answer + "\n\n" + tc.sig + "\n\n" + gmailAttribution + "\n\n" + quoteLines(notifyText) + "\n"
			htm := `<div dir="ltr">` + htmlDivs(answer) + `<div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature">` +
				tc.htmlSig + `</div></div><br>` + gmailQuoteHTML()
			m, err := Parse([]byte(altMail(plain, htm, "quoted-printable")))
			if err != nil {
				t.Fatalf("parse: %v", err)
			}
			if got := tidy(Answer(m)); got != answer {
				t.Errorf("got %q, want %q", got, answer)
			}
		})
	}
}

// TestAnswerKeepsImagesAboveSignature covers an image the owner put in
// the answer, in a paragraph of its own right over a signature the HTML
// part marks: the image is outside that signature and stays.
func TestAnswerKeepsImagesAboveSignature(t *testing.T) {
	answer := "Hold the stretch for thirty seconds, like this:\n\n[image: calf stretch against a wall]"
	plain := answer + "\n\nMaren Holt\nCoach\n\n" + gmailAttribution + "\n\n" + quoteLines(notifyText) + "\n"
	htm := `<div dir="ltr"><div>Hold the stretch for thirty seconds, like this:</div><div><br></div>` +
		`<div><img src="cid:stretch@x" alt="calf stretch against a wall"></div><div><br></div>` +
		`<div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div>Maren Holt</div><div>Coach</div></div></div><br>` +
		gmailQuoteHTML()
	m, err := Parse([]byte(altMail(plain, htm, "quoted-printable")))
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	if got := tidy(Answer(m)); got != answer {
		t.Errorf("got %q, want %q", got, answer)
	}
}
