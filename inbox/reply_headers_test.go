package inbox

import (
	"strings"
	"testing"
)

// forwardBlocks are header blocks in the layouts of forwarding clients in
// languages whose labels or separators the trimmer learnt last: tabbed
// fields under a framed separator, full-width colons, a lowercase label
// among capitalised ones, and an intro line over a quoted block.
var forwardBlocks = []struct{ name, block string }{
	{"hr tabbed", "-------- Proslijeđena poruka --------\nNaslov: \tKoljeno\nDatum: \tMon, 2 Jun 2025 08:10:00 +0200\nŠalje: \tLena <lena@example.net>\nPrima: \task@example.org\n\n\n\nBoli me koljeno."},
	{"hr tabbed without separator", "Naslov: \tKoljeno\nDatum: \tMon, 2 Jun 2025 08:10:00 +0200\nŠalje: \tLena <lena@example.net>\nPrima: \task@example.org\n\nBoli me koljeno."},
	{"ro lowercase sender", "Subiect: \tGenunchi\nDată: \tMon, 2 Jun 2025 08:10:00 +0200\nde la: \tLena <lena@example.net>\nCătre: \task@example.org\n\nMă doare genunchiul."},
	{"ru framed separator", "-------- Перенаправленное сообщение --------\nТема: \tКолено\nДата: \tMon, 2 Jun 2025 08:10:00 +0200\nОт: \tLena <lena@example.net>\nКому: \task@example.org\n\nБолит колено."},
	{"ja full-width colons", "---------- メッセージを転送 ---------\n送信元：Lena <lena@example.net>\n日付：2025年6月2日月曜日 8:10\n件名：膝\n送信先：ask@example.org\n\n膝が痛いです。"},
	{"ja full-width colons without separator", "送信元：Lena <lena@example.net>\n日付：2025年6月2日月曜日 8:10\n件名：膝\n送信先：ask@example.org\n\n膝が痛いです。"},
	{"tr sender", "---------- Forwarded message ---------\nGönderen: Lena <lena@example.net>\nDate: 2 Haz 2025 Pzt, 08:10\nSubject: Diz\nTo: <ask@example.org>\n\nDizim ağrıyor."},
	{"pl addressee", "--- Treść przekazanej wiadomości ---\nTemat: \tKolano\nData: \tMon, 2 Jun 2025 08:10:00 +0200\nNadawca: \tLena <lena@example.net>\nAdresat: \task@example.org\n\nBoli mnie kolano."},
	{"fr recipient and copy", "Sujet : \tGenou\nDate : \tMon, 2 Jun 2025 08:10:00 +0200\nDe : \tLena <lena@example.net>\nPour : \task@example.org\nCopie à : \tCoach <coach@example.org>\n\nJ'ai mal au genou."},
	{"sk recipient and copy", "Predmet: \tKoleno\nDátum: \tMon, 2 Jun 2025 08:10:00 +0200\nOd: \tLena <lena@example.net>\nPre: \task@example.org\nKópia: \tCoach <coach@example.org>\n\nBolí ma koleno."},
	{"fi date", "Aihe: \tPolvi\nPäiväys: \tMon, 2 Jun 2025 08:10:00 +0200\nLähettäjä: \tLena <lena@example.net>\nVastaanottaja: \task@example.org\n\nPolveen sattuu."},
	{"de copy with cc", "Betreff: \tKnie\nDatum: \tMon, 2 Jun 2025 08:10:00 +0200\nVon: \tLena <lena@example.net>\nAn: \task@example.org\nKopie (CC): \tCoach <coach@example.org>\n\nMein Knie tut weh."},
	{"fr apple intro over a quote", "Début du message transféré :\n\n> De: Lena <lena@example.net>\n> Date: 2 juin 2025 à 08:10:00 UTC+2\n> À: ask@example.org\n> Objet: Genou\n>\n> J'ai mal au genou."},
	{"cs apple intro", "Začátek přeposílané zprávy:\n\nOd: Lena <lena@example.net>\nPředmět: Koleno\nDatum: 2. června 2025 8:10:00 SELČ\nKomu: ask@example.org\n\nBolí mě koleno."},
	{"tr apple intro over a quote", "İleti başlangıcı:\n\n> Kimden: Lena <lena@example.net>\n> Konu: Diz\n> Tarih: 2 Haziran 2025 08:10:00 GMT+3\n> Kime: ask@example.org\n>\n> Dizim ağrıyor."},
	{"uk apple intro over a quote", "Початок листа, що пересилається:\n\n> Від кого: Lena <lena@example.net>\n> Тема: Коліно\n> Дата: 2 червня 2025 р. о 08:10:00 GMT+3\n> Кому: ask@example.org\n>\n> Болить коліно."},
	{"zh names only, time in the date", "发件人： Lena\n发送时间： 2025-06-02 08:10\n收件人： Maren\n主题： 膝盖疼\n\n我的膝盖疼。"},
	{"en names only", "From: Lena\nSent: Monday, June 2, 2025 8:10 AM\nTo: Maren\nSubject: Knee\n\nMy knee hurts."},
	{"en names only on one line", "From: Lena Sent: Monday, June 2, 2025 8:10 AM To: Maren Subject: Knee\n\nMy knee hurts."},
	{"ru apple sender", "Отправитель: Lena <lena@example.net>\nТема: Колено\nДата: 2 июня 2025 г. в 8:10:00 GMT+3\nКому: ask@example.org\n\nБолит колено."},
}

func TestTrimReplyForwardBlocks(t *testing.T) {
	answers := []string{
		"Ice it twice a day and skip the hills this week.",
		"Rest for three days.\n\nThen run twenty easy minutes and see how it feels.\n\nBest wishes,\nMaren",
	}
	for _, b := range forwardBlocks {
		for i, answer := range answers {
			for _, gap := range []string{"\n\n", "\n"} {
				name := b.name + []string{" one line", " with sign-off"}[i] + map[string]string{"\n\n": " blank", "\n": " tight"}[gap]
				t.Run(name, func(t *testing.T) {
					if got := TrimReply(answer + gap + b.block); got != answer {
						t.Errorf("got %q, want %q", got, answer)
					}
				})
			}
		}
	}
}

func TestTrimReplyBareForwardBlock(t *testing.T) {
	for _, b := range forwardBlocks {
		if strings.HasPrefix(b.block, "-") {
			t.Run(b.name, func(t *testing.T) {
				if got := TrimReply(b.block); got != "" {
					t.Errorf("got %q, want nothing: a forward with nothing typed is not an answer", got)
				}
			})
		}
	}
}

// TestTrimReplyKeepsOwnFieldLines holds answers whose own lines read
// "Label: value" with the labels clients write: a plan, a route, a list.
// A date that is no date, a sender that is a sentence, or a block with
// neither an address nor a date with its year marks them as the owner's.
func TestTrimReplyKeepsOwnFieldLines(t *testing.T) {
	for _, text := range []string{
		"Our club runs are open to all.\n\nFrom: 9am to 5pm on Saturdays\nDate: every week\nTo: anyone who wants to come\n\nBring water.",
		"Race week:\n\nDate: tomorrow\nFrom: the start by the lake\nSubject: an easy shake-out\n\nThen rest.",
		"Ihr Plan:\n\nVon: Montag bis Freitag locker laufen\nDatum: ab morgen\nBetreff: Grundlagen\n\nViel Erfolg!",
		"Votre semaine :\n\nDe : lundi à vendredi, footing lent\nDate : après la course\nObjet : récupération\n\nBon courage.",
		"Plan na tydzień:\nOd: poniedziałku spokojne bieganie\nData: jutro\nTemat: regeneracja",
		"Subject: hill repeats.\nDo six at 5k effort.\nFrom: there, build to eight.",
		"Le planning de la semaine :\nDe : Paul\nPour : les débutants\nObjet : fractionné court\n\nBonne course,\nSam",
		"Hallo,\n\nVon: Montag\nAn: Freitag\nBetreff: Intervalle\n\nGrüße\nSam",
		"Ahoj,\n\nPre: začiatočníkov\nOd: pondelka\nPredmet: beh\n\nSam",
		"Voici le programme du club :\n\nDate : jeudi 12 juin, 19 h\nSujet : Préparer son premier marathon\nPour : Débutants et confirmés\n\nMarc",
		"Plan na sobotę:\n\nData: 14 czerwca, 9:00\nTemat: Długie wybieganie\nAdresat: Początkujący z klubu\n\nPowodzenia!",
		"Haftalık plan:\n\nTarih: 14 Haziran Cumartesi\nKonu: Uzun koşu\nGönderen: Koç Mehmet\n\nKolay gelsin",
		"こんにちは。\n\n日時：6月14日 9:00\n件名：ロング走\n送信先：初心者の皆さん\n\nよろしくお願いします。",
		"你好，\n\n日期：6月14日 09:00\n主题：长距离慢跑\n收件人：新手跑友\n\n加油！",
		"Привет!\n\nДата: 14 июня, 9:00\nТема: Длинная пробежка\nОтправитель: Тренер Иван\n\nУдачи!",
		"Hei,\n\nPäiväys: 14.6. klo 9\nAihe: Pitkä lenkki\nVastaanottaja: Aloittelijat\n\nTerveisin Liisa",
		"Sortie du club. Date : samedi 14 juin. Pour : Débutants. Objet : sortie longue de 15 km.\n\nBonne course",
		"Zbiórka w sobotę. Data: 14 czerwca. Adresat: Początkujący. Temat: długie wybieganie.",
		"Kulüp koşusu. Tarih: 14 Haziran. Gönderen: Koç Mehmet. Konu: uzun koşu.\n\nKolay gelsin",
		"Hej,\n\nDatum: lördag. Från: Stadsparken. Till: Sjön. Ämne: långpass.\n\nLycka till",
	} {
		t.Run(strings.SplitN(text, "\n", 2)[0], func(t *testing.T) {
			if got := TrimReply(text); got != text {
				t.Errorf("got %q, want all of it kept", got)
			}
		})
	}
}

func TestIsFramedSeparatorCountsCharacters(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"-------- Перенаправленное сообщение --------", true},
		{"-------- Προωθημένο μήνυμα ηλεκτρονικού ταχυδρομείου --------", true},
		{"---------- メッセージを転送 ---------", true},
		{"-------- " + strings.Repeat("слово ", 12) + "--------", false},
		{"-- Лена", false},
	} {
		t.Run(tc.line, func(t *testing.T) {
			if got := isFramedSeparator(tc.line); got != tc.want {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

func TestIsOriginalLineIntros(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"İleti başlangıcı:", true},
		{"-------- İletilen İleti --------", true},
		{"Vidarebefordrat mejl:", true},
		{"Початок листа, що пересилається:", true},
		{"Začiatok preposlanej správy:", true},
		{"Début du message transféré :", true},
		{"İleti başlangıcı yarın", false},
		{"Início do treino:", false},
	} {
		t.Run(tc.line, func(t *testing.T) {
			if got := isOriginalLine(tc.line); got != tc.want {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

// TestTrimReplyWaysOverHeaderBlock trims replies whose signature ends in
// labelled ways to reach the owner right over the original's header
// block, with no blank line between: the ways stay with the answer, the
// block goes. A block in a language known only in part still goes whole.
func TestTrimReplyWaysOverHeaderBlock(t *testing.T) {
	tests := []trimCase{
		{"mail and phone over the block",
			"Rest a week.\n\nEmail: maren@runhelp.example\nTel: +31 20 123 4567\nFrom: Lena Berg <lena@example.net>\nSent: Tuesday, 3 June 2025 10:12\nTo: ask@example.org\nSubject: Calf\n\nHow long?\n",
			"Rest a week.\n\nEmail: maren@runhelp.example\nTel: +31 20 123 4567"},
		{"phone alone over the block",
			"Rest a week.\n\nMobile: +31 6 1234 5678\nFrom: Lena Berg <lena@example.net>\nSent: Tuesday, 3 June 2025 10:12\nTo: ask@example.org\nSubject: Calf\n\nHow long?\n",
			"Rest a week.\n\nMobile: +31 6 1234 5678"},
		{"a latvian block goes whole",
			"Rest a week.\n\nNo: Lena Berg <lena@example.net>\nNosūtīts: otrdiena, 2025. gada 3. jūnijs 10:12\nKam: ask@example.org\nTēma: Calf\n\nHow long?\n",
			"Rest a week."},
		{"the owner's sentence led by words, right over the block",
			"Short answer: no.\n\nLong answer: your knee needs rest.\nFrom: Lena Berg <lena@example.net>\nSent: Tuesday, 3 June 2025 10:12\nTo: ask@example.org\nSubject: Calf\n\nHow long?\n",
			"Short answer: no.\n\nLong answer: your knee needs rest."},
		{"a postscript right over a block that opens with its date",
			"Go to the doctor.\n\nBest,\nMaren\n\nPS: and rest.\nSent: Tuesday, June 03, 2025 at 10:12 AM\nFrom: \"Helpline\" <ask@example.org>\nTo: maren@example.org\nSubject: Calf\n\nHow long?\n",
			"Go to the doctor.\n\nBest,\nMaren\n\nPS: and rest."},
		{"the owner's sentence led by a word, right over the block",
			"Go to the doctor.\n\nUpdate: I called the clinic for you.\nGesendet: Dienstag, 03. Juni 2025 um 10:12 Uhr\nVon: \"Helpline\" <ask@example.org>\nAn: maren@example.org\nBetreff: Wade\n\nWie lange?\n",
			"Go to the doctor.\n\nUpdate: I called the clinic for you."},
		{"a pasted message's own fields over the block go with it",
			"Rest a week.\n\nMessage-ID: <abc@example.net>\nDate: Tue, 3 Jun 2025 10:12:00 +0200\nFrom: Lena Berg <lena@example.net>\nTo: ask@example.org\nSubject: Calf\n\nHow long?\n",
			"Rest a week."},
	}
	checkTrims(t, tests)
}

// TestTrimReplyNamesOnlySentBlock holds the block Windows Mail writes
// over the original: names with no address, no subject, a recipient in
// lower case, and left-to-right marks strewn through the sent time. A
// sender's name over a full sent date with its time marks it as the
// client's; without the year, the time or the "sent" label it stays the
// owner's.
func TestTrimReplyNamesOnlySentBlock(t *testing.T) {
	const answer = "Run the first half slower than feels right.\n\nThis is the plan http://example.com"
	lrm := "\u200e"
	for _, tc := range []struct{ name, block, want string }{
		{"windows mail with marks",
			"From: Lena Berg\nSent: " + lrm + "Friday" + lrm + ", " + lrm + "November" + lrm + " " + lrm + "28" + lrm + ", " + lrm + "2014 " + lrm + "12" + lrm + ":" + lrm + "35" + lrm + " " + lrm + "PM\nTo: maren smith\n\n\n Coach Maren\nNovember 28\n\nHow should I pace the half?",
			answer},
		{"without marks", "From: Lena Berg\nSent: Friday, November 28, 2014 12:35 PM\nTo: maren smith\n\nHow should I pace the half?", answer},
		{"a sender's name in lower case", "From: lena berg\nSent: Friday, November 28, 2014 12:35 PM\nTo: maren smith\n\nHow should I pace the half?", answer},
		{"a sender's name in lower case, last name first", "From: berg, lena P.\nSent: Friday, November 28, 2014 12:35 PM\nTo: 'Maren Smith'\nSubject: RE: pacing\n\nHow should I pace the half?", answer},
		{"german labels", "Von: Lena Berg\nGesendet: Freitag, 28. November 2014 12:35\nAn: maren smith\n\nWie soll ich den Halbmarathon laufen?", answer},
		{"plain date label stays", "From: Lena Berg\nDate: Friday, November 28, 2014 12:35 PM\nTo: the beginners group\n\nMeet at the lake.", ""},
		{"no year stays", "From: Lena Berg\nSent: Friday at 12:35\nTo: the beginners group\n\nMeet at the lake.", ""},
		{"no time stays", "From: Lena Berg\nSent: Friday, November 28, 2014\nTo: the beginners group\n\nMeet at the lake.", ""},
		{"the owner's plan sent to a group stays", "From: Coach\nSent: Friday, June 13, 2025 9:00 AM\nTo: the beginners\n\nMonday: rest. Tuesday: 5 km easy.", ""},
		{"the owner's note to all runners stays", "From: Maren\nSent: Friday, June 13, 2025 9:00 AM\nTo: All runners\n\nThe track is closed.", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text := answer + "\n\n" + tc.block
			want := tc.want
			if want == "" {
				want = text
			}
			if got := TrimReply(text); got != want {
				t.Errorf("got %q, want %q", got, want)
			}
		})
	}
}
