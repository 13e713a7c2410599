package inbox

import "testing"

// TestTrimContactBlock drops signature blocks that have no "-- " line and
// keeps what only looks like one.
func TestTrimContactBlock(t *testing.T) {
	const answer = "Keep most runs easy and build up slowly."
	tests := []struct {
		name, in, want string
	}{
		{"outlook signature", answer + "\n\nDominique Martin\nHead Coach\nTel: +44 20 7946 0958\nwww.example.org\n",
			answer},
		// A signature laid out in a table reads a row on a line, the name
		// beside a way to reach.
		{"name and phone on one line", answer + "\n\nDominique Martin | Tel: +44 20 7946 0958\nExample Running Club | www.example.org\n",
			answer},
		{"a name beside one way to reach stays", answer + "\n\nDominique Martin | +44 20 7946 0958\n",
			answer + "\n\nDominique Martin | +44 20 7946 0958"},
		{"company details, markup and a logo", answer + "\n\n*Dominique Martin* | *Owner*\n*Call me +31 6 12 34 56 78*\n\n" +
			"[image: logo]\n\nMain Street 2, 4694EG Town\n\n*VAT     NL000000000B01*\n*WEB     example.nl <https://example.nl/>*\n",
			answer},
		{"confidentiality notice", answer + "\n\nDominique Martin\n\nThis e-mail is confidential and intended solely for the addressee. " +
			"If you received this message in error, please delete it.\n",
			answer},
		{"bilingual notice under a banner, traditional chinese and english", answer + "\n\nThanks,\nJacky\n\n" +
			"***** Email Confidentiality Notice *****\n免責聲明:\n本信件(或其附件)可能包含機密資訊，並受法律保護。如台端非指定之收件者，請以電子郵件通知本電子郵件之發送者，並請立即刪除本電子郵件。\n\n" +
			"DISCLAIMER:\nThis message may contain legally privileged and/or other confidential information. If you have received it in error, please notify the sender and delete the e-mail.\n",
			answer + "\n\nThanks,\nJacky"},
		{"a last paragraph about confidentiality with no name above stays", answer + "\n\nYour message stays confidential with me; if you sent it in error, just say so.\n",
			answer + "\n\nYour message stays confidential with me; if you sent it in error, just say so."},
		{"a closing in two languages keeps the name under it", answer + "\n\nMet vriendelijke groet / Kind regards,\n\nDominique Martin\nHead Coach\n" +
			"Tel: +31 20 123 4567\nwww.example.org\n",
			answer + "\n\nMet vriendelijke groet / Kind regards,\n\nDominique Martin"},
		{"a closing beside a sentence is no closing", answer + "\n\nRegards / more on the plan next week\n\nDominique Martin\nHead Coach\n" +
			"Tel: +31 20 123 4567\nwww.example.org\n",
			answer + "\n\nRegards / more on the plan next week"},
		{"a first name typed over a block that repeats it stays", answer + "\n\nDominique\n\nDr. Dominique Martin\n" +
			"Hafenweg 4, 1010 Wien\nTel: +43 1 234 5678\n",
			answer + "\n\nDominique"},
		{"a name over a block of someone else goes with the block", answer + "\n\nFront desk\n\nDominique Martin\n" +
			"Hafenweg 4, 1010 Wien\nTel: +43 1 234 5678\n",
			answer},
		{"a company ending in an abbreviation among notices", answer + "\n\nbest regards,\n\nSam\n\nNOTICE:\n\n" +
			"This e-mail may contain confidential information. If you receive this e-mail in error, please delete it.\n\n" +
			"Example Running Co., Ltd.\n\n=====================\n",
			answer + "\n\nbest regards,\n\nSam"},
		{"a sentence ending in a company's abbreviation stays", answer + "\n\nThe race is run by Harbour Runners Ltd.\n",
			answer + "\n\nThe race is run by Harbour Runners Ltd."},
		{"a notice under the quoted history goes, the name above the quote stays",
			answer + "\n\nDominique\n\nOn Tue, Jun 3, 2025 at 10:12 AM Lena <lena@example.net> wrote:\n> How long?\n\n" +
				"This e-mail is confidential and intended solely for the addressee. If you received it in error, please delete it.\n",
			answer + "\n\nDominique"},
		{"a signature block does not run across a quote", "> How long?\n\nDominique Martin\nHead Coach\n\n> And then?\n\n" +
			"Tel: +44 20 7946 0958\nwww.example.org\n",
			"> How long?\n\nDominique Martin\nHead Coach\n\n> And then?\n\nTel: +44 20 7946 0958\nwww.example.org"},
		{"the name under a sign-off stays", answer + "\n\nBest regards,\nDominique Martin\nCoach | Example Running Club\n" +
			"Mobile: 07700 900123\ndominique@example.org\n",
			answer + "\n\nBest regards,\nDominique Martin"},
		{"one way to reach under a closing and a first name", answer + "\n\nKind regards,\nDominique\nDominique Martin | Coach\n" +
			"Example Running Club | +44 20 7946 0958\n",
			answer + "\n\nKind regards,\nDominique"},
		{"one way to reach under a closing, in French", answer + "\n\nCordialement\nDominique Martin\nEntraîneuse, Club de course\n01 23 45 67 89\n",
			answer + "\n\nCordialement\nDominique Martin"},
		{"a name with its address over phones ends the answer", answer + "\n\nDominique Martin <dominique@example.org>\n" +
			"o: 020 7946 0958\nm: 07700 900123\n",
			answer},
		{"a name with its address and site under the quote goes, and the quote with it",
			"Still easy pace, yes.\n\nOn 6 Sep 2025, at 12:55, Lena <lena@example.net> wrote:\n> How fast?\n> And how far?\n\n" +
				"Dominique Martin / example.org <dominique@example.org>\no: 020 7946 0958\nm: 07700 900123\n",
			"Still easy pace, yes."},
		{"a sentence naming someone with an address stays", answer + "\n\nWrite to Coach Dominique <dominique@example.org>\n" +
			"or call 020 7946 0958\n",
			answer + "\n\nWrite to Coach Dominique <dominique@example.org>\nor call 020 7946 0958"},
		{"a name with its address alone stays", answer + "\n\nDominique Martin <dominique@example.org>\n",
			answer + "\n\nDominique Martin <dominique@example.org>"},
		{"one way to reach under an exclamation stays", answer + "\n\nTry this clinic!\nAnna Jones\n+44 20 7946 0000\n",
			answer + "\n\nTry this clinic!\nAnna Jones\n+44 20 7946 0000"},
		{"two labelled phones", answer + "\n\nDominique Martin\nHead Coach\nTel. +44 20 7946 0958\nMobile +44 7700 900123\n",
			answer},
		{"a german business signature with its legal details", answer + "\n\nSportliche Grüße\nDominique Martin\n\n" +
			"Laufschule Nord GmbH\nHafenstraße 12\n20457 Hamburg\nTel.: 040 1234567\nGeschäftsführerin: Dominique Martin\n" +
			"Amtsgericht Hamburg HRB 98765\n",
			answer + "\n\nSportliche Grüße\nDominique Martin"},
		{"a dutch address and site", answer + "\n\nDominique Martin\nHardloopclub Oost\nKerkstraat 8\n1017 GC Amsterdam\nwww.example.nl\n",
			answer},
		{"two phone numbers the answer lists stay", answer + "\n\nEmergency Numbers\n112\n+44 20 7946 0000\n",
			answer + "\n\nEmergency Numbers\n112\n+44 20 7946 0000"},
		{"a plan of weeks stays", answer + "\n\nPlan\nWeek 5\nDay 3\nwww.example.org/plan\n",
			answer + "\n\nPlan\nWeek 5\nDay 3\nwww.example.org/plan"},
		{"a site on a country domain", answer + "\n\nDominique Martin\nAllenatrice\nTel. 333 123 4567\ncorriinsieme.it\n",
			answer},
		{"above a quote", answer + "\n\nDominique Martin\nTel: +44 20 7946 0958\nwww.example.org\n\n" +
			"On Mon, 2 Mar 2026, Sam <sam@example.org> wrote:\n> How far should I run?\n",
			answer},
		{"a list of links", answer + "\n\nUseful Reading\nhttps://example.org/a\nhttps://example.org/b\nhttps://example.org/c\n",
			answer + "\n\nUseful Reading\nhttps://example.org/a\nhttps://example.org/b\nhttps://example.org/c"},
		{"a contact the answer gives", answer + " See a physio:\nAnna Jones\nSports Clinic\nTel 020 7946 0000\nwww.clinic.example.org\n",
			answer + " See a physio:\nAnna Jones\nSports Clinic\nTel 020 7946 0000\nwww.clinic.example.org"},
		{"under an emoji shortcode", "Sounds good :thumbsup:\n\nDominique Martin\nTel: +44 20 7946 0958\nwww.example.org\n",
			"Sounds good :thumbsup:"},
		{"under an emoji shortcode alone", ":+1:\n\n*Dominique Martin* | *Owner*\n*Call me +31 6 12 34 56 78*\n\nwww.example.nl\n",
			":+1:"},
		{"a contact introduced after a time of day", answer + " Ring the physio at 10:\nAnna Jones\nTel 020 7946 0000\nwww.clinic.example.org\n",
			answer + " Ring the physio at 10:\nAnna Jones\nTel 020 7946 0000\nwww.clinic.example.org"},
		{"a phone number in a sentence", answer + "\n\nCall the club on 020 7946 0000 or write to club@example.org.\n",
			answer + "\n\nCall the club on 020 7946 0000 or write to club@example.org."},
		{"only one way to reach", answer + "\n\nDominique\nwww.example.org\n",
			answer + "\n\nDominique\nwww.example.org"},
		{"nothing but the block", "Dominique Martin\nTel: +44 20 7946 0958\nwww.example.org\n",
			"Dominique Martin\nTel: +44 20 7946 0958\nwww.example.org"},

		// A rule drawn above the signature marks it as "-- " does.
		{"under a rule of em dashes, in Chinese", "周六下午三点见。\n\n——————————————————\n\n李明\n跑团教练\n",
			"周六下午三点见。"},
		{"under underscores, after the sign-off", answer + "\n\nViele Grüße - Jonas\n_____________________________\n\nDr. Jonas Weber\nÖsterreich\n",
			answer + "\n\nViele Grüße - Jonas"},
		{"under dashes, with ways to reach", answer + "\n\n----------\nDominique\n+44 20 7946 0958\n",
			answer},
		{"a rule right under the closing, over a long title", answer + "\n\nThanks,\n____________________\nDominique Martin\n" +
			"Head Coach - Beginners and Returning Runners\nRiverside Running Club\nDirect: +44 20 7946 0958\n",
			answer + "\n\nThanks,"},
		{"the same in german", answer + "\n\nViele Grüße\n______________\nJonas Weber\nTrainer für Einsteiger und Wiedereinsteiger\nLauftreff Hafen e.V.\nMobil: 0170 1234567\n",
			answer + "\n\nViele Grüße"},
		{"a postscript under a rule under the closing stays", answer + "\n\nThanks,\n__________\nPS bring water\nTel: +44 20 7946 0958\n",
			answer + "\n\nThanks,\n__________\nPS bring water\nTel: +44 20 7946 0958"},
		{"a sentence under a rule under the closing stays", answer + "\n\nThanks,\n__________\nDominique Martin\nCall me if it still hurts.\nTel: +44 20 7946 0958\n",
			answer + "\n\nThanks,\n__________\nDominique Martin\nCall me if it still hurts.\nTel: +44 20 7946 0958"},
		{"a closing word underlined as a heading over a pick stays", "Here are my picks.\n\nBudget\n------\nKalenji Run Support\n" +
			"decathlon.example/run\n\nBest\n----\nBrooks Ghost\nbrooksrunning.example/ghost\n",
			"Here are my picks.\n\nBudget\n------\nKalenji Run Support\ndecathlon.example/run\n\nBest\n----\nBrooks Ghost\nbrooksrunning.example/ghost"},
		{"thanks underlined as a heading over the people thanked stays", "Here is who helped at the race.\n\nThanks\n------\n" +
			"Anna Berger\nPhysiotherapie am Park\nwww.physio-am-park.example\n",
			"Here is who helped at the race.\n\nThanks\n------\nAnna Berger\nPhysiotherapie am Park\nwww.physio-am-park.example"},
		{"an underlined heading stays", "Here is the week.\n\nShopping list\n-------------\nShoes\nSocks\n",
			"Here is the week.\n\nShopping list\n-------------\nShoes\nSocks"},
		{"a rule under a line that introduces", "Bring these:\n----------\nShoes\nSocks\n",
			"Bring these:\n----------\nShoes\nSocks"},
		{"a sentence under a rule stays", answer + "\n\n----------\nSee you on Sunday.\n",
			answer + "\n\n----------\nSee you on Sunday."},
		{"a postscript under a rule stays", answer + "\n\n__________\nPS bring water\n",
			answer + "\n\n__________\nPS bring water"},

		// Under a closing and a name, a company's slogan, certification
		// and drawn rules sit among the ways to reach it.
		{"a company signature with a slogan and spaced rules", answer + "\n\nMit freundlichen Grüßen\nJonas Weber\n\n" +
			"laufschule-nord.example - Ihr Partner für den ersten Marathon\n\n_ __ ___ ______________ ___ __ _\n\n" +
			"Laufschule Nord GmbH\nSitz: Hafenstraße 12, 20457 Hamburg\n\nM: +49 (0) 170 123 45 67\nT: +49 (0) 40 123 45 67\n" +
			"Steuer-Nr. 22/333/44444\nTÜV-zertifiziert seit 2014\n_ __ ___ ______________ ___ __ _\n",
			answer + "\n\nMit freundlichen Grüßen\nJonas Weber"},
		{"a slogan over a confidentiality notice", answer + "\n\nKind regards,\nDominique Martin\n\nRunning since 1998\n\n" +
			"This message is confidential and intended only for the addressee named above.\n",
			answer + "\n\nKind regards,\nDominique Martin"},
		{"a postscript under the name stays", answer + "\n\nKind regards,\nDominique Martin\n\nPS: bring water\n" +
			"Tel: +44 20 7946 0958\nwww.example.org\nRunning since 1998\n",
			answer + "\n\nKind regards,\nDominique Martin\n\nPS: bring water\nTel: +44 20 7946 0958\nwww.example.org\nRunning since 1998"},
		{"a sentence under the name stays", answer + "\n\nKind regards,\nDominique Martin\n\nThe club meets on Sundays.\n" +
			"Tel: +44 20 7946 0958\nwww.example.org\nRunning since 1998\n",
			answer + "\n\nKind regards,\nDominique Martin\n\nThe club meets on Sundays.\nTel: +44 20 7946 0958\nwww.example.org\nRunning since 1998"},
		{"one way to reach and a slogan under the name stay", answer + "\n\nKind regards,\nDominique Martin\n\nRunning since 1998\nwww.example.org\n",
			answer + "\n\nKind regards,\nDominique Martin\n\nRunning since 1998\nwww.example.org"},
		// Outlook's plain version of its HTML puts a blank line under every
		// paragraph, and leaves a label that was an image as a bare colon.
		{"outlook plain version with labels of several words", answer + "\n\n \n\nDanke\n\n \n\nMaren Holt\n\nRiverside Runners\n\n" +
			"Tel: 030 1234567\n\n      : 030 7654321\n\nFax to e-mail: 086 558 6973\n\n \n",
			answer + "\n\nDanke\n\nMaren Holt"},
		{"a label of several words", answer + "\n\nMaren Holt\nPhone (office): 030 1234567\nFax to e-mail: 086 558 6973\n",
			answer},
		{"an extension on a line of its own", answer + "\n\nJohn Smith\nClinical Systems Trainer\nNHS Foundation Trust\nTel 0123 132 1233\nExt 12312\nMob: 0777 123 1212\n",
			answer},
		{"a german extension", answer + "\n\nMaren Holt\nTrainerin\nTel. 030 1234567\nDurchwahl: 212\nmaren@riverside.example\n",
			answer},
		{"an extension named in the answer stays", answer + "\n\nExtension 3 of the plan adds hills.\n",
			answer + "\n\nExtension 3 of the plan adds hills."},
		{"a whole address on one line", answer + "\n\nBest regards,\nBob Jones\n\nAcme Corporation Ltd, Building 4, 12 Main Street, Springfield, IL 62701, USA\n" +
			"Tel: +1 217 555 0100\nwww.acme.example\n",
			answer + "\n\nBest regards,\nBob Jones"},
		{"a whole address on one line and a german phone label", answer + "\n\nMit freundlichen Grüßen\nMaren Holt\n\n" +
			"Riverside Runners GmbH, Hauptstraße 2, Hinterhaus, 3. OG, 10115 Berlin, Deutschland\nFon: +49 30 1234567 | Fax: +49 30 1234568\n",
			answer + "\n\nMit freundlichen Grüßen\nMaren Holt"},
		{"a sentence of clauses over a number and a link stays", answer + "\n\nI ran 10000 steps, then 5 km, then rested, and my knee hurt, so I stopped\n" +
			"Call the clinic: 030 1234567\nwww.clinic.example\n",
			answer + "\n\nI ran 10000 steps, then 5 km, then rested, and my knee hurt, so I stopped\nCall the clinic: 030 1234567\nwww.clinic.example"},
		// The legal details the law has a company put under its mail.
		{"a company's registration under the block", answer + "\n\nThanks\n\nMaren\n\nMaren Holt\nHead Coach\nMobile +44 7700 900123\nmaren@riverside.example\n\n" +
			"Riverside Runners Ltd is registered in England and Wales, company number 01234567. Registered office: 1 Main Street, London, SW1A 1AA.\n",
			answer + "\n\nThanks\n\nMaren"},
		{"a german imprint line under the block", answer + "\n\nViele Grüße\n\nMaren Holt\n\nRiverside Runners GmbH\nTelefon +49 30 1234567\nmaren@riverside.example\n\n" +
			"Riverside Runners GmbH | Sitz: Berlin | Amtsgericht Charlottenburg HRB 12345 | Geschäftsführerin: Maren Holt\n",
			answer + "\n\nViele Grüße\n\nMaren Holt"},
		{"one such word in the answer stays", answer + "\n\nThe club meets at its registered office on Sundays.\n",
			answer + "\n\nThe club meets at its registered office on Sundays."},
		{"hours are no phone number", answer + "\n\nMaren Holt\nOffice hours: 9-17\nTel: 030 1234567\n",
			answer + "\n\nMaren Holt\nOffice hours: 9-17\nTel: 030 1234567"},
		{"a plan under the name stays", answer + "\n\nCheers,\nDominique\n\nMonday easy\nTuesday rest\nWednesday hills\n",
			answer + "\n\nCheers,\nDominique\n\nMonday easy\nTuesday rest\nWednesday hills"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := TrimReply(tt.in); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

// TestTrimContactBlockSentenceCaseTitle covers a job title written in
// sentence case under the full name, as Dutch, Polish and French
// signatures give it: the block under the sign-off goes with it. A line
// under a first name alone, or one that reads as a sentence, stays.
func TestTrimContactBlockSentenceCaseTitle(t *testing.T) {
	answer := "Rest the calf for a week."
	tests := []struct{ name, in, want string }{
		{"dutch title over the company line", answer + "\n\nGroeten,\n\nMerijn de Vries\nMedewerker online marketing\n\n" +
			"Loopgroep Zeeland | Markt 8 | 4331 ZG Middelburg | 0118 954208\ninfo@loopgroep.example | www.loopgroep.example\n",
			answer + "\n\nGroeten,\n\nMerijn de Vries"},
		{"french title with icon links", answer + "\n\nCamille Martin\nResponsable des inscriptions\n" +
			"Tél. : 01 23 45 67 89\ncamille@club.example\n<https://www.facebook.com/club.example>\n<https://www.instagram.com/club.example>\n",
			answer},
		{"polish title with an abbreviation", answer + "\n\nJan Nowak\nKierownik ds. sprzedaży\ntel. 601 234 567\nj.nowak@example.pl\n",
			answer},

		// The owner's lines stay.
		{"a line under a first name", answer + "\n\nMaren\nsee you at the track\n\nTel +31 20 123 4567\nwww.runhelp.example\n",
			answer + "\n\nMaren\nsee you at the track\n\nTel +31 20 123 4567\nwww.runhelp.example"},
		{"a sentence under a full name", answer + "\n\nAnna Jones\nHer clinic is open on Saturdays.\nTel 020 7946 0000\nwww.clinic.example.org\n",
			answer + "\n\nAnna Jones\nHer clinic is open on Saturdays.\nTel 020 7946 0000\nwww.clinic.example.org"},
		{"the owner's postscript under a full name", answer + "\n\nAnna Berg\nRest day tomorrow\nTel 020 7946 0000\nwww.runhelp.example\n",
			answer + "\n\nAnna Berg\nRest day tomorrow\nTel 020 7946 0000\nwww.runhelp.example"},
		{"the owner's advice under a full name", answer + "\n\nAnna Berg\nIce it twice today\nTel 020 7946 0000\nwww.runhelp.example\n",
			answer + "\n\nAnna Berg\nIce it twice today\nTel 020 7946 0000\nwww.runhelp.example"},
		{"a title under a full name with one way to reach", answer + "\n\nMerijn de Vries\nMedewerker online marketing\nwww.loopgroep.example\n",
			answer + "\n\nMerijn de Vries\nMedewerker online marketing\nwww.loopgroep.example"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := TrimReply(tc.in); got != tc.want {
				t.Errorf("TrimReply(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestTrimReplyDashSignedName covers the owner's own address under the
// name they sign with after a dash, and dashed names that are the answer's.
func TestTrimReplyDashSignedName(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"address under a dashed name",
			"Rest a week, then try again.\n\n-Maren Holt\nmaren@runhelp.example", "Rest a week, then try again.\n\n-Maren Holt"},
		{"address a blank line under an indented dashed name",
			"Rest a week.\n\n -Maren\n\n maren@runhelp.example", "Rest a week.\n\n -Maren"},
		{"address and web site under an em dash",
			"Rest a week.\n\n\u2014 Maren Holt\nmaren@runhelp.example\nrunhelp.example", "Rest a week.\n\n\u2014 Maren Holt"},

		// Dashed names the answer gives.
		{"a list of coaches with an address",
			"Ask one of them:\n- Maria Lopez\nmaria@club.example", "Ask one of them:\n- Maria Lopez\nmaria@club.example"},
		{"a dashed name under a line that introduces it",
			"The coach to ask:\n\n- Maria Lopez\nmaria@club.example", "The coach to ask:\n\n- Maria Lopez\nmaria@club.example"},
		{"a dashed name with a sentence under it",
			"Rest a week.\n\n-Maren\nWrite again if it hurts.", "Rest a week.\n\n-Maren\nWrite again if it hurts."},
		{"dashed names of clubs, each with an address",
			"Two clubs take beginners. Write to either.\n\n- Lena Berg\nlena@club.example\n\n- Mark Olsen\nmark@runners.example",
			"Two clubs take beginners. Write to either.\n\n- Lena Berg\nlena@club.example\n\n- Mark Olsen\nmark@runners.example"},
		{"a dashed name the sentence above runs on to",
			"The person to call is\n\n- Lena Berg\n+46 70 123 45 67\nlena@club.example",
			"The person to call is\n\n- Lena Berg\n+46 70 123 45 67\nlena@club.example"},
		{"a dashed name with nothing under it",
			"Rest a week.\n\n-Maren Holt", "Rest a week.\n\n-Maren Holt"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := TrimReply(tc.in); got != tc.want {
				t.Errorf("TrimReply(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestContactOfChatHandle reads a chat or social handle in a signature as
// a way to reach its owner, and the same words in a sentence as none.
func TestContactOfChatHandle(t *testing.T) {
	tests := []struct {
		in   string
		want contactKind
	}{
		{"skype: maren.holt", contactHandle},
		{"Skype ID: marenholt", contactHandle},
		{"WhatsApp: +31 6 1234 5678", contactHandle},
		{"Skype: we can talk on Sunday", notContact},
		{"Use skype or call.", notContact},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := contactOf(tt.in); got != tt.want {
				t.Errorf("contactOf(%q) got %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

// TestTrimReplyHandleSignature drops an Outlook signature block that ends
// in a chat handle.
func TestTrimReplyHandleSignature(t *testing.T) {
	in := "Try it once more.\n\nMaren Holt\nRun Coach\nRunning Helpline<https://help.example.org/>\n+31-20-123-4567 /office/\n" +
		"maren@help.example.org<mailto:maren@help.example.org>\nskype: maren.holt\n\nFrom: Lena Berg [mailto:lena@example.net]\nSent: Monday, 2 June 2025 19:24\nTo: Maren Holt\nSubject: Test\n\nHi\n"
	if got, want := TrimReply(in), "Try it once more."; got != want {
		t.Errorf("TrimReply() got %q, want %q", got, want)
	}
}

// TestTrimReplyWrongReaderNotice drops a notice that tells whoever got
// the mail in another's place what not to do, without calling the mail
// confidential or naming a mistake, and the name over it with it, as for
// any notice. The owner's own words to a reader who may not be the one
// meant stay.
func TestTrimReplyWrongReaderNotice(t *testing.T) {
	const answer = "Rest the calf a week."
	tests := []trimCase{
		{"english notice under the name", answer + "\n\nMaren\n\nThis message is intended only for the named recipient. " +
			"If you are not the intended recipient you are notified that disclosing, copying or distributing this information is strictly prohibited.\n",
			answer},
		{"german notice under the ways to reach", answer + "\n\nMaren Holt\nmaren@help.example.org\n\n" +
			"Diese Nachricht ist nur für den Empfänger bestimmt. Wenn Sie nicht der beabsichtigte Empfänger sind, " +
			"benachrichtigen Sie bitte den Absender und löschen Sie die Nachricht.\n",
			answer},
		{"dutch notice under the name", answer + "\n\nMaren\n\nDit bericht is alleen bestemd voor de geadresseerde. " +
			"Bent u niet de geadresseerde, verwijder het bericht dan.\n",
			answer},
		{"the owner asking a reader who may not be the one meant stays", answer + "\n\nMaren\n\n" +
			"If you are not the intended recipient of my last message, tell me and I will write to Lena.\n",
			answer + "\n\nMaren\n\nIf you are not the intended recipient of my last message, tell me and I will write to Lena."},
		{"the owner naming the recipient stays", answer + "\n\nThe intended recipient of the message was Lena, please delete the plan I sent you.\n",
			answer + "\n\nThe intended recipient of the message was Lena, please delete the plan I sent you."},
		// The last of several answers under the reader's lines, about
		// a mail that reached the wrong reader, names that mail.
		{"the owner's last inline answer on a stray mail stays", "> My calf hurts.\nRest it a week.\n\n> And the 5K on Sunday?\nSkip it.\n\n" +
			"> The club sent me an email meant for another runner.\nYou are not the intended recipient, so delete the email and notify the club.\n",
			"> My calf hurts.\nRest it a week.\n\n> And the 5K on Sunday?\nSkip it.\n\n" +
				"> The club sent me an email meant for another runner.\nYou are not the intended recipient, so delete the email and notify the club."},
		{"the same in german stays", "> Meine Wade schmerzt.\nEine Woche Pause.\n\n> Und der Lauf am Sonntag?\nNein.\n\n" +
			"> Der Verein hat mir eine Nachricht für eine andere Läuferin geschickt.\n" +
			"Sie sind nicht der richtige Adressat: löschen Sie die Nachricht und benachrichtigen Sie den Verein.\n",
			"> Meine Wade schmerzt.\nEine Woche Pause.\n\n> Und der Lauf am Sonntag?\nNein.\n\n" +
				"> Der Verein hat mir eine Nachricht für eine andere Läuferin geschickt.\n" +
				"Sie sind nicht der richtige Adressat: löschen Sie die Nachricht und benachrichtigen Sie den Verein."},
		{"the same in spanish stays", "> Me duele el gemelo.\nDescanse una semana.\n\n> ¿Y el domingo?\nNo.\n\n" +
			"> El club me envió un mensaje para otra corredora.\nUsted no es el destinatario: elimine el mensaje y avise al club.\n",
			"> Me duele el gemelo.\nDescanse una semana.\n\n> ¿Y el domingo?\nNo.\n\n" +
				"> El club me envió un mensaje para otra corredora.\nUsted no es el destinatario: elimine el mensaje y avise al club."},
		{"a notice on the information transmitted", answer + "\n\nMaren\n\nThe information transmitted is intended only for the person " +
			"to which it is addressed. If you are not the intended recipient, any review, retransmission or other use is prohibited.\n", answer},
		{"a notice in spanish under the name", answer + "\n\nMaren\n\nEste mensaje va dirigido solo a su destinatario. " +
			"Si usted no es el destinatario, le rogamos que lo elimine y avise al remitente.\n", answer},
	}
	checkTrims(t, tests)
}

// TestTrimReplyNoticeUnderRule drops a rule and the notice under it,
// which an office's server writes under every mail, with or without a
// name or a closing over it. A heading underlined over the owner's words
// on confidentiality, a rule over the owner's words, and a notice the
// owner gives as an example with more words under it, stay.
func TestTrimReplyNoticeUnderRule(t *testing.T) {
	const answer = "Rest the calf a week."
	const notice = "This e-mail is confidential and intended solely for the addressee. If you received it in error, please delete it."
	tests := []trimCase{
		{"under the name", answer + "\n\nMaren\n________________\n" + notice + "\n", answer + "\n\nMaren"},
		{"under a closing and the name", answer + "\n\nBest regards,\nMaren\n________________\n" + notice + "\n",
			answer + "\n\nBest regards,\nMaren"},
		{"right under the answer", answer + "\n________________\n" + notice + "\n", answer},
		{"blank lines around the rule", answer + "\n\n________________\n\n" + notice + "\n", answer},
		{"a rule of dashes over a german notice", answer + "\n\nMaren\n\n--------------------\n" +
			"Diese E-Mail ist vertraulich und nur für den Empfänger bestimmt. Wenn Sie sie irrtümlich erhalten haben, löschen Sie sie bitte.\n",
			answer + "\n\nMaren"},
		{"a heading underlined over the owner's words stays", answer + "\n\nYour message\n------------\n" +
			"Your message stays confidential with me; if you sent it in error, just say so.\n",
			answer + "\n\nYour message\n------------\nYour message stays confidential with me; if you sent it in error, just say so."},
		{"a rule over the owner's plan stays", answer + "\n\n________________\nThen run easy for a week.\n",
			answer + "\n\n________________\nThen run easy for a week."},
		{"a notice framed by rules in two languages", answer + "\n\nMaren\n________________\n" + notice + "\n\n" +
			"Diese E-Mail ist vertraulich und nur für den Empfänger bestimmt. Wenn Sie sie irrtümlich erhalten haben, löschen Sie sie bitte.\n" +
			"________________\n", answer + "\n\nMaren"},
		{"a notice and a paragraph on the mail", answer + "\n\nMaren\n--------------------\n" + notice + "\n--------------------\n\n" +
			"We monitor email for compliance. The information in this e-mail may not be disclosed without our permission.\n",
			answer + "\n\nMaren"},
		{"a notice and the line asking not to print", answer + "\n\nMaren\n________________\n" + notice + "\n\n" +
			"Please consider the environment before printing this e-mail.\n", answer + "\n\nMaren"},
		{"the owner's example of a notice stays, with the words under it",
			"Add a notice under the club's mails, something like this:\n\n________________\n" + notice + "\n________________\n\n" +
				"Keep it short.\n\nMaren\n",
			"Add a notice under the club's mails, something like this:\n\n________________\n" + notice + "\n________________\n\n" +
				"Keep it short.\n\nMaren"},
		{"the same with rules of dashes",
			"Add a notice under the club's mails, something like this:\n\n--------------------\n" + notice + "\n--------------------\n\nKeep it short.\n",
			"Add a notice under the club's mails, something like this:\n\n--------------------\n" + notice + "\n--------------------\n\nKeep it short."},
		{"a rule over the owner's words on confidentiality stays", answer + "\n\n________________\n" +
			"Your message stays confidential with me; if you sent it in error, just say so.\n",
			answer + "\n\n________________\nYour message stays confidential with me; if you sent it in error, just say so."},
		{"the same under stars and the name", answer + "\n\nMaren\n\n***\n\n" +
			"A note on privacy: your message is confidential. If you wrote to me by mistake, tell me and I will delete it.\n",
			answer + "\n\nMaren\n\n***\n\nA note on privacy: your message is confidential. If you wrote to me by mistake, tell me and I will delete it."},
		{"a heading underlined with underscores stays", answer + "\n\nYour message\n____________\n" +
			"Your message stays confidential with me; if you sent it in error, just say so.\n",
			answer + "\n\nYour message\n____________\nYour message stays confidential with me; if you sent it in error, just say so."},
		{"a heading underlined longer stays, with the words under it", answer + "\n\nYour message\n--------------------------\n" +
			"Your message stays confidential with me; if you sent it in error, just say so.\n\nThen run easy for a week.\n",
			answer + "\n\nYour message\n--------------------------\n" +
				"Your message stays confidential with me; if you sent it in error, just say so.\n\nThen run easy for a week."},
	}
	checkTrims(t, tests)
}

// TestTrimReplyMistakeNotice covers notices that name the mail, a reader
// who got it by mistake and what that reader must do, without calling it
// secret, as Italian offices write them; and notices in Japanese and
// Chinese that call it secret and name the mistake. The owner's own
// sentences about a mail sent by mistake stay.
func TestTrimReplyMistakeNotice(t *testing.T) {
	const answer = "Rest the calf a week."
	tests := []trimCase{
		{"italian notice under the sign-off", answer + "\n\nCordiali saluti,\nMaren\n\n" +
			"Questo messaggio e gli eventuali allegati sono destinati unicamente alle persone indicate in indirizzo. " +
			"Ogni uso, copia o inoltro da parte di altri è vietato. Se avete ricevuto questo messaggio per errore, " +
			"vi preghiamo di avvisare il mittente e di cancellarlo.\n",
			answer + "\n\nCordiali saluti,\nMaren"},
		{"italian notice addressed to the persons named", answer + "\n\nCordiali saluti,\nMaren\n\n" +
			"Questo messaggio è indirizzato esclusivamente alle persone indicate; ogni copia o diffusione è vietata. " +
			"Chi lo avesse ricevuto per errore è pregato di avvisare il mittente e di provvedere alla sua distruzione.\n",
			answer + "\n\nCordiali saluti,\nMaren"},
		{"japanese notice under the name", answer + "\n\n山田\n\n" +
			"このメールには機密情報が含まれています。誤ってお受け取りになった場合は、送信者にお知らせのうえ削除してください。\n",
			answer},
		{"chinese notice under the name", answer + "\n\n王伟\n\n" +
			"本邮件含有保密信息，仅供指定收件方使用。如果您误收了本邮件，请通知发件人并删除。\n",
			answer},

		// The owner's words stay.
		{"italian owner on a stray mail", answer + "\n\nHo ricevuto questo messaggio per errore, era per Anna: per favore cancellalo.\n",
			answer + "\n\nHo ricevuto questo messaggio per errore, era per Anna: per favore cancellalo."},
		{"japanese owner on a mail sent by mistake", answer + "\n\n機密のメールを誤って送ってしまいました。すみません。\n",
			answer + "\n\n機密のメールを誤って送ってしまいました。すみません。"},
		{"owner after the name on a mail sent to the group by mistake", answer + "\n\nTom\n\n" +
			"I sent this email to the whole group by mistake at first, so if you got it twice please delete the older copy " +
			"and do not forward it, since the first version had the wrong start time for Sunday and a couple of people turned up early.\n",
			answer + "\n\nTom\n\n" +
				"I sent this email to the whole group by mistake at first, so if you got it twice please delete the older copy " +
				"and do not forward it, since the first version had the wrong start time for Sunday and a couple of people turned up early."},
		{"czech owner after the name on a mail sent by mistake", answer + "\n\nTomáš\n\n" +
			"Tato zpráva šla omylem celé skupině, takže pokud vám přišla dvakrát, tu starší prosím smažte, " +
			"protože v první verzi byl špatný čas startu v neděli a pár lidí přišlo o hodinu dřív.\n",
			answer + "\n\nTomáš\n\n" +
				"Tato zpráva šla omylem celé skupině, takže pokud vám přišla dvakrát, tu starší prosím smažte, " +
				"protože v první verzi byl špatný čas startu v neděli a pár lidí přišlo o hodinu dřív."},
		{"long owner paragraph naming this message and a mistake without a duty", answer + "\n\n" +
			"About this message: I wrote the plan for your calf by mistake under the wrong heading last week, so read it again " +
			"from the top, start with the walking days, then the easy runs, and only then the long run on Sunday.\n",
			answer + "\n\nAbout this message: I wrote the plan for your calf by mistake under the wrong heading last week, so read it again " +
				"from the top, start with the walking days, then the easy runs, and only then the long run on Sunday."},
	}
	checkTrims(t, tests)
}

// TestTrimReplyNoticeMoreLanguages covers notices in Czech, Finnish and
// Norwegian, whose words for secret, recipient and mistake the lists
// lacked or knew in one inflection only; the owner's own sentences with
// the same words stay.
func TestTrimReplyNoticeMoreLanguages(t *testing.T) {
	const answer = "Rest the calf a week."
	tests := []trimCase{
		{"czech notice calling the mail secret", answer + "\n\nMaren\n\nTento e-mail je důvěrný a je určen pouze adresátovi. " +
			"Pokud jste jej obdrželi omylem, dejte vědět odesílateli a e-mail smažte.\n", answer},
		{"czech notice to the wrong reader", answer + "\n\nMaren\n\nTato zpráva je určena jen pro adresáta. Pokud nejste adresátem " +
			"této zprávy, informujte odesílatele a zprávu vymažte; její šíření je zakázáno.\n", answer},
		{"finnish notice", answer + "\n\nMaren\n\nTämä viesti voi sisältää luottamuksellista tietoa. Jos sait viestin erehdyksessä, " +
			"ilmoita lähettäjälle ja poista viesti.\n", answer},
		{"finnish notice calling the mail secret in the nominative", answer + "\n\nMaren\n\nTämä viesti on luottamuksellinen ja " +
			"tarkoitettu vain vastaanottajalle. Jos olet saanut viestin erehdyksessä, ilmoita lähettäjälle ja poista viesti.\n", answer},
		{"norwegian notice", answer + "\n\nMaren\n\nDenne e-posten er konfidensiell og kun ment for mottakeren. Har du fått den ved en feil, " +
			"gi beskjed til avsender og slett den.\n", answer},

		// The owner's words stay.
		{"czech owner on a mail sent by mistake", answer + "\n\nOmylem jsem ti poslal špatný e-mail, ten plán smaž.\n",
			answer + "\n\nOmylem jsem ti poslal špatný e-mail, ten plán smaž."},
		{"finnish owner on a mail sent by mistake", answer + "\n\nLähetin viestin erehdyksessä Annalle, se oli luottamuksellista.\n",
			answer + "\n\nLähetin viestin erehdyksessä Annalle, se oli luottamuksellista."},
	}
	checkTrims(t, tests)
}

// TestTrimContactBlockKeepsClosings checks the thanks and closings typed
// on a line of their own in many languages: the closing and the name
// under it are the owner's, and only the contact block under them goes.
// Unknown, a one-word closing read as the first name of the block, and
// went with it.
func TestTrimContactBlockKeepsClosings(t *testing.T) {
	const answer = "Keep the runs easy this week."
	for _, closing := range []string{"Gracias", "Merci beaucoup", "Danke", "Vielen Dank", "Obrigada", "Att.", "Bedankt",
		"Tack", "Kiitos", "Dziękuję", "Děkuji", "Köszönöm", "Hvala", "Dankie", "Grazie", "Thx", "Love", "よろしくお願いいたします"} {
		in := answer + "\n\n" + closing + "\n\nMaren Holt\n\nTel: +49 30 1234567\n\nMobile: +49 170 1234567\n"
		want := answer + "\n\n" + closing + "\n\nMaren Holt"
		if got := TrimReply(in); got != want {
			t.Errorf("%s: got\n%s\nwant\n%s", closing, got, want)
		}
	}
}

// TestTrimReplyNameSignedThenInFull checks a closing and the first name
// the owner typed over the client's signature that opens with that name
// in full: the block goes whatever it holds, a title alone or a banner's
// slogan, and the owner's sign-off stays. A postscript under it, a block
// of another name, and a sentence naming the owner stay.
func TestTrimReplyNameSignedThenInFull(t *testing.T) {
	const answer = "Hallo Natalie,\n\nIhr könnt die Gehälter auch vorher zuweisen.\n\nFreundliche Grüße\nAnke"
	tests := []trimCase{
		{"a title alone", answer + "\n\nAnke McElligott\nImplementation Specialist\n", answer},
		{"a title and a banner's slogan", answer + "\n\nAnke McElligott,\nImplementation Specialist\n[image: Zeiterfassung]\n\n" +
			"Willst du dir den Alltag leichter machen? Dann lerne jetzt unsere neuesten Funktionen kennen!\nPersonio Webinare\n", answer},
		{"a postscript under it stays", answer + "\n\nAnke McElligott\nImplementation Specialist\n\nPS: Das Webinar ist am Montag.\n",
			answer + "\n\nAnke McElligott\nImplementation Specialist\n\nPS: Das Webinar ist am Montag."},
		{"another name's block stays", answer + "\n\nMaren Holt\nImplementation Specialist\n",
			answer + "\n\nMaren Holt\nImplementation Specialist"},
		{"a sentence naming the owner stays", answer + "\n\nAnke McElligott ist ab Montag im Urlaub.\n",
			answer + "\n\nAnke McElligott ist ab Montag im Urlaub."},
	}
	checkTrims(t, tests)
}
