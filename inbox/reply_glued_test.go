package inbox

import "testing"

// TestTrimReplyGluedHistory trims replies whose client flattened HTML into
// one line, running the original's header fields or its "Original
// Message" line onto the owner's last words: the owner's words stay, the
// history goes. Lines that only look alike stay whole.
func TestTrimReplyGluedHistory(t *testing.T) {
	tests := []trimCase{
		{"header run glued onto the answer",
			"Rest the calf a weekFrom: Lena Berg <lena@example.net>Sent: Tuesday, 3 June 2025 10:12To: ask@example.orgSubject: Calf\nHow long should I rest?\n",
			"Rest the calf a week"},
		{"header run after a space on the answer's line",
			"Two weeks of easy running. From: Lena Berg <lena@example.net> Sent: Tuesday, 3 June 2025 10:12 To: ask@example.org Subject: Taper\n",
			"Two weeks of easy running."},
		{"original message line glued onto the answer",
			"Hi Lena,Yes, rest a week:-------- Original message --------From: Lena Berg <lena@example.net>\nHow long?\n",
			"Hi Lena,Yes, rest a week:"},
		{"outlook's tight original message line after the answer",
			"Rest a week. -----Original Message-----\nFrom: Lena Berg <lena@example.net>\nSent: Tuesday, 3 June 2025 10:12\nSubject: Calf\n\nHow long?\n",
			"Rest a week."},
		{"header run at the start of its line, under the answer",
			"Rest a week.\n\nFrom: Lena Berg <lena@example.net>Sent: Tuesday, 3 June 2025 10:12To: ask@example.orgSubject: Calf\n",
			"Rest a week."},
		{"original message line with fields run onto it stays one history",
			"Rest a week.\n\n-----Original Message-----From: Lena Berg <lena@example.net> Sent: Tuesday, 3 June 2025 10:12 To: ask@example.org\n",
			"Rest a week."},
		{"dashes around other words are the owner's",
			"Run easy -- really easy -- for a week.\n",
			"Run easy -- really easy -- for a week."},
		{"the owner's own words about the original message",
			"Your original message -- the one about the calf -- reached me late.\n",
			"Your original message -- the one about the calf -- reached me late."},
		{"the owner naming the original message line mid-sentence",
			"I asked the club -- Original Message -- and they said yes, so go ahead.\n",
			"I asked the club -- Original Message -- and they said yes, so go ahead."},
		{"the owner's sentence ending in the original message line, wrapped",
			"Ignore the line that says ----- Original Message -----\nin the old thread, it is only the client's.\n",
			"Ignore the line that says ----- Original Message -----\nin the old thread, it is only the client's."},
		{"labelled lines of the owner's without an address or a year",
			"Plan for Saturday From: the club house To: the dunes Subject: hills\n",
			"Plan for Saturday From: the club house To: the dunes Subject: hills"},
	}
	checkTrims(t, tests)
}

// TestTrimReplyLeakedDivs covers the history an Android mail app writes
// into the plain part with its HTML still on it, all on one line of div
// tags: it goes as the history it is. Lines of div tags that name no
// history, such as markup the owner pastes, stay.
func TestTrimReplyLeakedDivs(t *testing.T) {
	history := "<div>-------- Original message --------</div><div>From: Lena Berg <lena@example.net> </div>" +
		"<div>Date:12/02/2025  09:48  (GMT-08:00) </div><div>To: ask@example.org </div><div>Subject: Re: calf </div><div>\n</div>Hello,\n\nHow long should I rest?"
	tests := []struct{ name, in, want string }{
		{"original message line in div tags", "Rest a week, then run easy.\n\nMaren\n\n" + history, "Rest a week, then run easy.\n\nMaren"},
		{"sender field first in div tags", "Rest a week.\n\n<div>From: Lena Berg <lena@example.net></div><div>Sent: Tuesday, 3 June 2025 10:12</div><div>Subject: calf</div>\nHow long?",
			"Rest a week."},

		// The owner's markup stays.
		{"markup the owner pastes", "Use this markup:\n\n<div>Training plan</div><div>Week 1: easy</div>\n\nThat is all.",
			"Use this markup:\n\n<div>Training plan</div><div>Week 1: easy</div>\n\nThat is all."},
		{"markup with a sender and a date the owner pastes", "Use this:\n\n<div>From: Coach</div><div>Date: Friday</div>\n\nIt shows the sender.",
			"Use this:\n\n<div>From: Coach</div><div>Date: Friday</div>\n\nIt shows the sender."},
		{"a template the owner pastes", "Paste this:\n<div>From: {{sender}}</div><div>Date: {{date}}</div><div>{{body}}</div>\nThat is all.",
			"Paste this:\n<div>From: {{sender}}</div><div>Date: {{date}}</div><div>{{body}}</div>\nThat is all."},
		{"a div with a colon in it", "<div>Note: rest a week</div>", "<div>Note: rest a week</div>"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := TrimReply(tc.in); got != tc.want {
				t.Errorf("TrimReply(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestTrimReplyAttributionAfterNumbers trims an attribution a client ran
// onto the owner's line when the owner's words hold a number: the words
// stay. Numbers that make a date are the attribution's own.
func TestTrimReplyAttributionAfterNumbers(t *testing.T) {
	tests := []trimCase{
		{"a time the owner chose before the attribution",
			"7 km is plenty On Tue, 3 Jun 2025 at 18:35, Lena Berg <lena@example.net> wrote:\n>\n> How far on Sunday?\n",
			"7 km is plenty"},
		{"a count before the attribution",
			"2 laps then rest On Tue, 3 Jun 2025 at 10:12, Lena Berg <lena@example.net> wrote:\n> How many laps?\n",
			"2 laps then rest"},
		{"an attribution that starts with its date",
			"Thanks.\n\n3 June 2025 On behalf of Lena Berg <lena@example.net> wrote:\n> How many laps?\n",
			"Thanks."},
	}
	checkTrims(t, tests)
}
