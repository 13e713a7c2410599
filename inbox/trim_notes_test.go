package inbox

import "testing"

// TestTrimReplyNotesBlocks runs answers over the lines Lotus Notes writes
// above an original it does not quote: the sender and date over "To: /
// cc: / Subject:", in each of its layouts, and the "Forwarded by" line;
// and the separator of cc:Mail, Lotus's other client.
func TestTrimReplyNotesBlocks(t *testing.T) {
	const asked = "\n\nHow long should I rest after the race?\n\nLena\n"
	tests := []struct{ name, in, want string }{
		{"name over date over the fields",
			"A week, then easy runs.  --Maren\n\n\n\nLena Berg\n06/03/2025 10:12 AM\nTo: Maren Holt/Coaching/Runhelp@Runhelp\ncc:  \nSubject: Rest" + asked,
			"A week, then easy runs.  --Maren"},
		{"name with its domain, two-digit year, nested blocks",
			"Thanks, both.\n\nMaren\n\n\nLena Berg@Club\n06/03/25 10:12 AM\nTo: Tom Kent/Club@Club\ncc: Maren Holt/Coaching/Runhelp@Runhelp \nSubject: Re: Rest  \n\nTom, what do you think?\n\n\nTom Kent\n03/06/2025 09:40\nTo: Lena Berg/Club@Club\ncc:  \nSubject: Rest" + asked,
			"Thanks, both.\n\nMaren"},
		{"an address on the date line, seconds and a wrapped recipient list",
			"Rest a week.\n\n\n\n\"Lena Berg\" <lena@example.net> on 06/03/2025 10:12:45 AM\nTo: ask@example.org, tom@example.net, \ncoach@example.org\ncc:  \nSubject: Rest" + asked,
			"Rest a week."},
		{"from and the sender on the date line, a blank line over the subject",
			"Rest a week.\n\n\nFrom: Lena Berg on 06/03/2025 10:12 AM\nTo: Maren Holt/Coaching/Runhelp@Runhelp\ncc:  \n\nSubject: Rest  " + asked,
			"Rest a week."},
		{"indented block",
			"Rest a week.\n\nMaren\n\n\n\n\tLena Berg\n\t06/03/2025 10:12 AM\n\t\t \n\t\t To: Maren Holt/Coaching/Runhelp@Runhelp\n\t\t cc: \n\t\t Subject: Rest" + asked,
			"Rest a week.\n\nMaren"},
		{"letterhead over the from line",
			"Rest a week.\n\n\n   \n\tExample Running Club\n\t\n\tFrom:  Lena Berg                           06/03/2025 10:12 AM\n\t\n\nTo: Maren Holt/Coaching/Runhelp@Runhelp\ncc:  \nSubject: Rest" + asked,
			"Rest a week."},
		{"a line of the sender's under the date",
			"Rest a week.\n\n\nLena Berg <lena@example.net> on 06/03/2025 10:12:45 PM\nPlease respond to Lena <reply@example.net>\nTo: ask@example.org\ncc:  \nSubject: Rest" + asked,
			"Rest a week."},
		{"forwarded by, wrapped, right under the comment",
			"Could you take this one?  Thanks.  --Maren \n---------------------- Forwarded by Maren Holt/Coaching/Runhelp on 06/03/2025 \n10:40 AM ---------------------------\n\n\nLena Berg\n06/03/2025 10:12 AM\nTo: Maren Holt/Coaching/Runhelp@Runhelp\ncc:  \nSubject: Rest" + asked,
			"Could you take this one?  Thanks.  --Maren"},
		{"forwarded by with the whole date wrapped onto the next line",
			"Over to you.\n\n----- Forwarded by Maren Holt/Coaching/Runhelp/Utrecht/Netherlands on \n06/03/2025 10:40 AM -----\n\nHow long should I rest?",
			"Over to you."},
		{"forwarded by over the fields alone",
			"FYI\n\nThe plan is below.\n\n-Maren\n\n----- Forwarded by Maren Holt/Coaching/Runhelp on 06/03/25 10:40 AM -----\nTo: Tom Kent/Club@Club, Lena \nBerg/Club@Club\ncc: \nSubject: Plan" + asked,
			"FYI\n\nThe plan is below.\n\n-Maren"},
		{"a sign-off right over forwarded by, an indented block under it",
			"Which days suit you?\n\nMaren\n----- Forwarded by Maren Holt/Coaching/Runhelp on 06/03/2025 10:40 AM -----\n\n\tLena Berg <lena@example.net>\n\t06/03/2025 10:12 AM\n\t\t \n\t\t To: Maren Holt <maren@runhelp.example>\n\t\t cc: \n\t\t Subject: Rest" + asked,
			"Which days suit you?\n\nMaren"},
		{"the comment's last line right over a wrapped forwarded by",
			"Maren--as promised, the plan for the\nweeks after the race.\n---------------------- Forwarded by Maren Holt/Coaching/Runhelp on 06/03/2025 10:40 \nAM ---------------------------\n\n\n\"Lena Berg\" <lena@example.net> on 06/03/2025 10:12:45 AM\nTo: <maren@runhelp.example>\ncc:  \nSubject: Rest" + asked,
			"Maren--as promised, the plan for the\nweeks after the race."},
		{"a delegate's block, sent by between sender and date",
			"Thanks.\n\n- Maren\n\n\n\tLena Berg\n\tSent by: Tom Kent\n\t06/03/2025 10:12 AM\n\t\t\n\t\t To: Maren Holt/Coaching/Runhelp@Runhelp\n\t\t cc: \n\t\t Subject: Rest" + asked,
			"Thanks.\n\n- Maren"},
		{"names inside one domain, with no address",
			"Rest a week.\n\n\n\nLena Berg\n06/03/2025 10:12 AM\nTo: Maren Holt/Coaching/Runhelp\ncc:  \nSubject: Rest" + asked,
			"Rest a week."},
		{"cc:Mail reply separator",
			"Rest a week.\n\n\n____________________Reply Separator____________________\nSubject:    Rest\nAuthor: Lena Berg <SMTP:lena@example.net>\nDate:       06/03/2025 10:12 AM\n\nHow long should I rest?",
			"Rest a week."},
		{"table layout, each name alone over its value",
			"Rest a week.\n\n\n\n\nLena Berg <lena@example.net>\n06/03/2025 10:12 AM\nPlease respond to\nlena@example.net\n\n\nTo\nask@example.org\ncc\n\nSubject\nRest" + asked,
			"Rest a week."},
		{"table layout with a delegate and names inside one domain",
			"Thanks.\n\nMaren\n\n\nLena Berg\nSent by: Tom Kent\n03.06.2025 10:12\n\nTo\nMaren Holt/Coaching/Runhelp@Runhelp\ncc\nTom Kent/Club@Club\nSubject\nRest" + asked,
			"Thanks.\n\nMaren"},
		{"german names with colons",
			"Eine Woche Pause.\n\n\n\nLena Berg <lena@example.net>\n03.06.2025 10:12\nAn: ask@example.org\nKopie: \nThema: Pause\n\nWie lange Pause?",
			"Eine Woche Pause."},
		{"german table layout",
			"Eine Woche Pause.\n\n\n\nLena Berg <lena@example.net>\n03.06.2025 10:12\n\nAn\nask@example.org\nKopie\n\nThema\nPause\n\n\nWie lange Pause?",
			"Eine Woche Pause."},
		{"french table layout",
			"Une semaine de repos.\n\n\n\nLena Berg <lena@example.net>\n03/06/2025 10:12\n\nA\nask@example.org\ncc\n\nObjet\nRepos\n\n\nCombien de temps ?",
			"Une semaine de repos."},
		{"dutch names inside one domain",
			"Een week rust.\n\n\n\nLena Berg/Club/Example@Example\n03-06-2025 10:12\n\nAan: Maren Holt/Coaching/Runhelp@Runhelp\ncc: \nOnderwerp: Rust\n\nHoe lang?",
			"Een week rust."},
		{"forwarded by in german",
			"Zur Info.\n\n----- Weitergeleitet von Maren Holt/Coaching/Runhelp am 03.06.2025 10:40 -----\n\nLena Berg\n03.06.2025 10:12\nAn: Maren Holt/Coaching/Runhelp@Runhelp\nKopie: \nThema: Pause\n\nWie lange Pause?",
			"Zur Info."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := TrimReply(tt.in); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestTrimReplyNotesLookalikes keeps the owner's lines that share a part
// of a Notes block: a date and time, fields without a dated line above
// them, a forward named in prose, and a sign-off over a block that has no
// letterhead.
func TestTrimReplyNotesLookalikes(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"a start time in the plan",
			"Race day:\n06/14/2025 09:00 AM\nWarm up for ten minutes, then start slow.",
			"Race day:\n06/14/2025 09:00 AM\nWarm up for ten minutes, then start slow."},
		{"a plan laid out as fields",
			"Send the plan like this:\n\nTo: the whole group\ncc: your coach\nSubject: long run on Sunday\n\nThat way nobody misses it.",
			"Send the plan like this:\n\nTo: the whole group\ncc: your coach\nSubject: long run on Sunday\n\nThat way nobody misses it."},
		{"a forward named in prose",
			"Forwarded by a friend, your question reached me late.\n\nRest a week.",
			"Forwarded by a friend, your question reached me late.\n\nRest a week."},
		{"dashes over the owner's own forward note",
			"Rest a week.\n\n----- forwarded by nobody: this is my own plan -----\nDay 1: walk.",
			"Rest a week.\n\n----- forwarded by nobody: this is my own plan -----\nDay 1: walk."},
		{"dashes around the owner's own forwarded-by heading",
			"Rest a week.\n\n------- Forwarded by Lena, my answer is below -------\nShe asked how long to rest.\nA week is enough.",
			"Rest a week.\n\n------- Forwarded by Lena, my answer is below -------\nShe asked how long to rest.\nA week is enough."},
		{"the same in german",
			"Hallo zusammen,\n\n----- Weitergeleitet von Lena an die ganze Gruppe -----\nWir laufen am Sonntag.",
			"Hallo zusammen,\n\n----- Weitergeleitet von Lena an die ganze Gruppe -----\nWir laufen am Sonntag."},
		{"reply separator named in prose",
			"Reply separator\nThe line some clients write over the quote; type above it.",
			"Reply separator\nThe line some clients write over the quote; type above it."},
		{"the owner's draft to the club, a dated line over the fields",
			"Here is the mail I send the club tomorrow:\n\nDraft 14/06/2025 09:00\nTo: all beginners\ncc: the two pacers\nSubject: long slow run\n\nMeet at the park gate.",
			"Here is the mail I send the club tomorrow:\n\nDraft 14/06/2025 09:00\nTo: all beginners\ncc: the two pacers\nSubject: long slow run\n\nMeet at the park gate."},
		{"the same in german, the date alone under a title",
			"So sieht die Rundmail aus:\n\nLaufgruppe Nord\n03.06.2025 10:12\nTo: alle Anfänger\ncc: Trainerteam\nSubject: Neuer Plan\n\nWir laufen dienstags.",
			"So sieht die Rundmail aus:\n\nLaufgruppe Nord\n03.06.2025 10:12\nTo: alle Anfänger\ncc: Trainerteam\nSubject: Neuer Plan\n\nWir laufen dienstags."},
		{"the owner's plan laid out as a table under a dated line",
			"The club mail, as a table:\n\nSpring plan\n03.06.2025 10:12\n\nTo\nall beginners\ncc\nthe pacers\nSubject\nlong slow run\n\nMeet at the gate.",
			"The club mail, as a table:\n\nSpring plan\n03.06.2025 10:12\n\nTo\nall beginners\ncc\nthe pacers\nSubject\nlong slow run\n\nMeet at the gate."},
		{"the owner's training log as a table, slashes in a value",
			"Here is my week:\n\nTraining log\n03.06.2025 10:12\n\nTo\neasy/tempo/long runs\ncc\ncoach\nSubject\nlegs\n\nRest on Friday.",
			"Here is my week:\n\nTraining log\n03.06.2025 10:12\n\nTo\neasy/tempo/long runs\ncc\ncoach\nSubject\nlegs\n\nRest on Friday."},
		{"words alone on their lines with no dated line above",
			"Reply to\nlena@example.net\n\nTo\nthe coach\ncc\nnobody\nSubject\nrest",
			"Reply to\nlena@example.net\n\nTo\nthe coach\ncc\nnobody\nSubject\nrest"},
		{"the owner's german club mail with the german names, no address",
			"So sieht die Rundmail aus:\n\nLaufgruppe Nord\n03.06.2025 10:12\nAn: alle Anfänger\nKopie: Trainerteam\nThema: Neuer Plan\n\nWir laufen dienstags.",
			"So sieht die Rundmail aus:\n\nLaufgruppe Nord\n03.06.2025 10:12\nAn: alle Anfänger\nKopie: Trainerteam\nThema: Neuer Plan\n\nWir laufen dienstags."},
		{"questions and answers under a dated line",
			"Notes from the call:\n\nCall with the club\n03.06.2025 10:12\nQ: who runs?\nA: all beginners\ncc: the pacers\nSubject: long run\n\nThat is all.",
			"Notes from the call:\n\nCall with the club\n03.06.2025 10:12\nQ: who runs?\nA: all beginners\ncc: the pacers\nSubject: long run\n\nThat is all."},
		{"a sign-off over a block without letterhead",
			"Rest a week.\n\nMaren\n\nFrom:  Lena Berg                           06/03/2025 10:12 AM\n\nTo: Maren Holt/Coaching/Runhelp@Runhelp\ncc:  \nSubject: Rest\n\nHow long?",
			"Rest a week.\n\nMaren"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := TrimReply(tt.in); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
