package inbox

import "testing"

// TestTrimReplyWrappedAttribution covers attributions a client wrapped or
// wrote in pieces that read as something else on their own: Gmail's
// bracket or colon wrapped onto a line of its own, "On" with the
// original's Date header alone, and Outlook for Mac's "Original Message"
// line run onto the attribution. The owner's lines that look alike stay.
func TestTrimReplyWrappedAttribution(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"bracket wrapped onto a line that reads as a quote",
			"Rest a week.\n\nOn Fri, Jul 18, 2025 at 1:17 AM, Lena Berg <lena@example.net\n> wrote:\n\n> How long?\n> Lena",
			"Rest a week."},
		{"bracket wrapped under a french attribution",
			"Une semaine de repos.\n\nLe ven. 18 juil. 2025 à 01:17, Lena Berg <lena@example.net\n> a écrit :\n\n> Combien de temps ?",
			"Une semaine de repos."},
		{"colon wrapped onto a line of its own",
			"Rest a week.\n\nLena\n\n2025-07-10 12:13 GMT+02:00 Lena Berg <lena@example.net>\n:\n\n> How long?",
			"Rest a week.\n\nLena"},
		{"the date header alone over the quote",
			"Rest a week.\n\nOn Tue, 15 Jul 2025 12:30:19 +0000\n\n> How long?\n\nAnd ice it twice a day.",
			"Rest a week.\n\n> How long?\n\nAnd ice it twice a day."},
		{"original message line run onto the attribution",
			"Rest a week.\n\nMaren\n\n-Original Message-On 20/06/2025 11:40 AM, \"Lena Berg\" <lena@example.net<mailto:lena@example.net>> wrote:\n\nHow long should I rest?",
			"Rest a week.\n\nMaren"},
		{"original message line run onto the attribution over a quote",
			"Rest a week.\n\n-----Original Message-----On 20/06/2025 11:40 AM, Lena Berg <lena@example.net> wrote:\n> How long should I rest?",
			"Rest a week."},
		{"run onto the owner's line and wrapped",
			"Rest a week.\nHow are you? On Nov 30, 2024, at 12:47 PM,\n Lena Berg <lena@example.net> wrote:\n\n> How long?",
			"Rest a week.\nHow are you?"},
		{"run onto the owner's line and wrapped inside the address",
			"See the plan\nfor more\ninformation On Nov 30, 2024, at 12:47 PM, Lena <\n4f1a0c9e77d2b5a8c3e6f0d1b2a3c4d5e6f7a8b9\n@reply.example.net>wrote:\n\n> How long?",
			"See the plan\nfor more\ninformation"},
		{"run on and wrapped over unquoted history",
			"Rest a week and then see. On Tue, 3 Jun 2025 at 10:12,\nLena Berg <lena@example.net> wrote:\nHow long should I rest?",
			"Rest a week and then see."},
		{"an address wrapped inside itself over four lines",
			"Rest a week.\n\nOn Nov 30, 2024, at 12:47 PM,\nLena <\n4f1a0c9e77d2b5a8c3e6f0d1b2a3c4d5e6f7a8b9\n@reply.example.net> wrote:\n\n> How long?",
			"Rest a week."},

		// The owner's lines stay.
		{"owner's sentence wrapped with a date and a verb, no address, no quote",
			"We met as planned. On Monday, 3 June 2025 at 10:12, as\nagreed, the coach wrote:\nrest more and sleep.",
			"We met as planned. On Monday, 3 June 2025 at 10:12, as\nagreed, the coach wrote:\nrest more and sleep."},
		{"owner's heart over an attribution",
			"Thanks!\nSee you soon <3\nOn Tue, 3 Jun 2025 at 10:12, Lena <lena@example.net> wrote:\n> How long?",
			"Thanks!\nSee you soon <3"},
		{"owner's line under an open bracket",
			"Write to Lena <lena@example.net\n> Do you mean rest from running?\nYes.",
			"Write to Lena <lena@example.net\n> Do you mean rest from running?\nYes."},
		{"owner's sentence wrapped before a bracket over a line they quote",
			"Your client shows it oddly.\nWhen I answer it writes\n<sam@example.org\n> wrote:\nover your text. Ignore it.",
			"Your client shows it oddly.\nWhen I answer it writes\n<sam@example.org\n> wrote:\nover your text. Ignore it."},
		{"owner's line naming a sender over the quote it answers",
			"Rest a week.\n\nThe forum says Lena <lena@example.net\n> wrote:\n> Is it far?\nThat is a bug.",
			"Rest a week.\n\nThe forum says Lena <lena@example.net\n> wrote:\n> Is it far?\nThat is a bug."},
		{"a colon alone under the owner's line",
			"Plan for 2025-07-10 12:13 with Lena <lena@example.net>\n:\nRest a week.",
			"Plan for 2025-07-10 12:13 with Lena <lena@example.net>\n:\nRest a week."},
		{"a date alone with no quote under it",
			"Rest a week.\n\nOn Tue, 15 Jul 2025 12:30:19 +0000\n\nthe clinic opens again.",
			"Rest a week.\n\nOn Tue, 15 Jul 2025 12:30:19 +0000\n\nthe clinic opens again."},
		{"a date in the owner's sentence over a quote",
			"Rest a week.\n\nOn Tue, 15 Jul 2025 12:30:19 +0000 the clinic called.\n\n> How long?\n\nAsk them.",
			"Rest a week.\n\nOn Tue, 15 Jul 2025 12:30:19 +0000 the clinic called.\n\n> How long?\n\nAsk them."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := TrimReply(tc.in); got != tc.want {
				t.Errorf("TrimReply(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestTrimReplyAttributionInOwnersProse keeps a line of the owner's that
// ends the way an attribution does after a sentence of theirs: no client
// writes a sentence into its attribution, whose abbreviations are shorter
// or stand before a number.
func TestTrimReplyAttributionInOwnersProse(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"sentence then an address and wrote",
			"Sam, your mail client quotes oddly. When I reply it shows <sam@example.org> wrote:\nand then your text without any marks.\n\nBest,\nAnna",
			"Sam, your mail client quotes oddly. When I reply it shows <sam@example.org> wrote:\nand then your text without any marks.\n\nBest,\nAnna"},
		{"question then a name and wrote over a quote",
			"Did you see this? Lena <lena@example.net> wrote:\n> Is it far?\nIt is not.",
			"Did you see this? Lena <lena@example.net> wrote:\n> Is it far?\nIt is not."},

		// Attributions with abbreviations in them still go.
		{"a period in the sender's name, name first",
			"Yes.\n\nCustomer Service. Acme <help@example.org> wrote:\n> How?",
			"Yes."},
		{"titles before the name",
			"Yes.\n\nOn Tue, Jun 3, 2025 at 10:12 AM Prof. Dr. Hans Weber <hans@example.org> wrote:\n> How?",
			"Yes."},
		{"french abbreviated day and month",
			"Oui.\n\nLe mar. 3 juin 2025 à 10:12, Lena <lena@example.net> a écrit :\n> Comment ?",
			"Oui."},
		{"hungarian abbreviated month",
			"Igen.\n\nLena <lena@example.net> ezt írta (időpont: 2025. szept. 3., Sze, 10:12):\n> Hogyan?",
			"Igen."},

		// A period in the sender's name or a date's month ends no
		// sentence of the owner's once the line opens with a date.
		{"department ending in a period before the firm",
			"Thanks, that helps.\n\nOn Tue, Jun 3, 2025 at 10:12 AM Customer Service. Northwind <help@northwind.example> wrote:\n\nDear reader, we had your question.\nKind regards",
			"Thanks, that helps."},
		{"german academic title",
			"Danke.\n\nAm Di., 3. Juni 2025 um 10:12 Uhr schrieb Dr. phil. Greta Lind <greta@example.de>:\n> Wie weit ist es?",
			"Danke."},
		{"french club name with an abbreviation",
			"Merci.\n\nLe mar. 3 juin 2025 à 10:12, Club Athlé. Lyon <club@example.fr> a écrit :\n> C'est loin ?",
			"Merci."},
		{"german parish name without an address",
			"Danke.\n\nAm 03.06.2025 um 10:12 schrieb Ev.-luth. Gemeinde Nord:\n> Wie weit ist es?",
			"Danke."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := TrimReply(tt.in); got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}
