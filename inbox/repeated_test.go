package inbox

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"helpline/data"
	"helpline/internal/token"
)

// notification is a notification as the owner receives it, with a
// question in two paragraphs.
const notification = `New question #12 from Jane Reader <jane@reader.test>
Title: How slow should my long runs be?

How slow should my long runs be? I run three times a week and my long
run is 15 km, but I finish it exhausted.

Thanks, Jane

---
Reply to this mail to publish your answer, above or below the quote; the
quote and your signature are left out. A later reply replaces the answer.
Write !hide as the first line to withdraw the question, !show to bring it
back, or !title and a new title to rename it.
Message from the asker: <q12@reader.test>`

func TestWithoutSent(t *testing.T) {
	sent := []string{"How slow should my long runs be?",
		"How slow should my long runs be? I run three times a week and my long run is 15 km, but I finish it exhausted.\n\nThanks, Jane",
		notification}
	answer := "Slow enough to talk in whole sentences.\n\nDominique"
	rewrapped := "How slow should my long runs be? I run three\ntimes a week and my long run is 15 km, but I\nfinish it exhausted.\n\nThanks, Jane"
	tests := []struct{ name, text, want string }{
		{"top-posted over the notification", answer + "\n\n" + notification, answer},
		{"top-posted over the notification indented by a tab", answer + "\n\n" + indent(notification, "\t"), answer},
		{"with the blank line over the quote indented too", answer + "\n\t\n" + indent(notification, "\t"), answer},
		{"bottom-posted under the blank line indented too", indent(notification, "  ") + "\n  \n" + answer, answer},
		{"bottom-posted under the notification", notification + "\n\n" + answer, answer},
		{"bottom-posted under the question rewrapped and indented", indent(rewrapped, "  ") + "\n\n" + answer, answer},
		{"between two quotes of it", rewrapped + "\n\n" + answer + "\n\n" + notification, answer},
		{"what is left of the quote after trimming", answer + "\n\n\tNew question #12 from Jane Reader <jane@reader.test>\n\tTitle: How slow should my long runs be?\n\n\tHow slow should my long runs be? I run three times a week and my long\n\trun is 15 km, but I finish it exhausted.",
			answer},
		{"only the quote", "\n" + notification + "\n", ""},
		{"with the links a client writes after addresses", answer + "\n\n" +
			strings.ReplaceAll(notification, "<jane@reader.test>", "<jane@reader.test<mailto:jane@reader.test>>"), answer},
		{"with a word of the quote spelt otherwise", answer + "\n\n" +
			strings.ReplaceAll(notification, "exhausted", "exhaustedly"), answer},

		{"nothing repeated", answer, answer},
		{"a sentence of the question answered", "How slow should my long runs be?\n\nSlow enough to talk.", "How slow should my long runs be?\n\nSlow enough to talk."},
		{"two lines of the question, too short to be a quote", answer + "\n\nThanks, Jane\nHow slow should my long runs be?", answer + "\n\nThanks, Jane\nHow slow should my long runs be?"},
		{"own sentences sharing words with it", "Your long runs should be slow: I run mine three times a week too.\nFifteen km is fine if you finish it fresh, not exhausted.",
			"Your long runs should be slow: I run mine three times a week too.\nFifteen km is fine if you finish it fresh, not exhausted."},
		{"own closing over the quote", answer + "\nThanks for asking\n\n" + notification, answer + "\nThanks for asking"},
		{"an inline answer between marked quotes", "> How slow should my long runs be? I run three times a week and my long\n> run is 15 km, but I finish it exhausted.\n\nSlow enough to talk.\n\n> Thanks, Jane\n\nYou're welcome.",
			"> How slow should my long runs be? I run three times a week and my long\n> run is 15 km, but I finish it exhausted.\n\nSlow enough to talk.\n\n> Thanks, Jane\n\nYou're welcome."},
		{"an own line between the quote's lines", "How slow should my long runs be? I run three times a week and my long\nSlow: you should be able to talk.\nrun is 15 km, but I finish it exhausted.\nThen shorten it.",
			"How slow should my long runs be? I run three times a week and my long\nSlow: you should be able to talk.\nrun is 15 km, but I finish it exhausted.\nThen shorten it."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := withoutSent(tt.text, sent); got != tt.want {
				t.Errorf("withoutSent:\n%s\n--- got ---\n%s\n--- want ---\n%s", tt.text, got, tt.want)
			}
		})
	}
}

// A question in a script written without spaces repeats by its
// characters, however the client rewraps it.
func TestWithoutSentUnspacedScript(t *testing.T) {
	sent := []string{"長い距離を走るときのペースはどのくらいがいいですか？週に三回走っていますが、いつも疲れてしまいます。"}
	answer := "会話ができるくらいのペースで走ってください。"
	quote := "\t長い距離を走るときのペースはどのくらいが\n\tいいですか？週に三回走っていますが、\n\tいつも疲れてしまいます。"
	if got := withoutSent(answer+"\n\n"+quote, sent); got != answer {
		t.Errorf("got %q, want %q", got, answer)
	}
	if got := withoutSent(answer, sent); got != answer {
		t.Errorf("answer alone: got %q", got)
	}
}

func TestTextWords(t *testing.T) {
	for in, want := range map[string]string{
		"Don't run, Zoë! 15 km?": "don t run zoë 15 km",
		"週に三回":                   "週 に 三 回",
		"Ｋｍ and café":            "ｋｍ and café",
		"":                       "",
	} {
		if got := strings.Join(textWords(in), " "); got != want {
			t.Errorf("textWords(%q) = %q, want %q", in, got, want)
		}
	}
}

// An owner whose client quotes the notification without marks or an
// attribution publishes only what they typed: above the quote, below it,
// and in reply to a follow-up, whose text the question does not hold.
func TestUnmarkedQuoteOfTheNotification(t *testing.T) {
	f := newFixture(t)
	q := f.ask(t)
	n := f.outbox(data.KindNotify)[0]
	reply := func(text string) string {
		msgSeq++
		return "From: Coach <" + testOwner + ">\nTo: " + n.ReplyTo + "\nSubject: Re: " + n.Subject +
			"\nMessage-ID: <u" + strings.Repeat("x", msgSeq) + "@owner.test>\nIn-Reply-To: <" + n.MessageID + ">\nReferences: <" + n.MessageID +
			">\nContent-Type: text/plain; charset=utf-8\n\n" + text + "\n"
	}
	typed := "Start the first half ten seconds a mile slower than your goal pace."
	wantOutcome(t, f.deliver(reply(typed+"\n\n"+indent(n.Text, "\t"))), data.OutcomeAnswer)
	if got, _ := f.db.QuestionByID(context.Background(), q.ID); got.Answer != typed {
		t.Fatalf("top-posted: answer = %q, want %q", got.Answer, typed)
	}
	typed = "Hold back until mile twenty, then run what is left."
	wantOutcome(t, f.deliver(reply(n.Text+"\n\n"+typed)), data.OutcomeAnswer)
	if got, _ := f.db.QuestionByID(context.Background(), q.ID); got.Answer != typed {
		t.Fatalf("bottom-posted: answer = %q, want %q", got.Answer, typed)
	}

	// A command under the quote is the first line of what was typed.
	wantOutcome(t, f.deliver(reply(indent(n.Text, "  ")+"\n\n!hide")), data.OutcomeCommand)
	if got, _ := f.db.QuestionByID(context.Background(), q.ID); got.Status != data.QuestionHidden {
		t.Fatalf("!hide under the quote: status %s, want hidden", got.Status)
	}
	wantOutcome(t, f.deliver(reply(n.Text+"\n\n!show")), data.OutcomeCommand)

	// The asker adds to the question; the owner answers the follow-up's
	// notification.
	follow := "From: Ann Runner <ann@reader.test>\nTo: " + testMailbox + "\nSubject: Re: How do I pace a marathon?\nMessage-ID: <follow@reader.test>\n" +
		"In-Reply-To: <" + f.outbox(data.KindAck)[0].MessageID + ">\nContent-Type: text/plain; charset=utf-8\n\n" +
		"I forgot to say: my goal is four hours and my last long run went badly after thirty kilometres.\n"
	wantOutcome(t, f.deliver(follow), data.OutcomeFollowup)
	notes := f.outbox(data.KindNotify)
	n = notes[len(notes)-1]
	typed = "For four hours, run each mile in nine minutes and eleven seconds."
	wantOutcome(t, f.deliver(reply(typed+"\n\n"+n.Text)), data.OutcomeAnswer)
	if got, _ := f.db.QuestionByID(context.Background(), q.ID); got.Answer != typed {
		t.Fatalf("follow-up: answer = %q, want %q", got.Answer, typed)
	}

	// A reply that is only the quote has no new text.
	wantOutcome(t, f.deliver(reply(n.Text)), data.OutcomeRejected)
}

// withoutSent only ever takes lines away, from the start and the end: what
// it returns is a run of the answer's own lines.
func FuzzWithoutSent(f *testing.F) {
	f.Add("Slow enough to talk.\n\n"+notification, notification)
	f.Add(notification+"\nSlow enough to talk.", "How slow should my long runs be?")
	f.Add("> a b c d\n\ta b c d e f\n\ta b c d e f\n", "a b c d e f a b c d e f")
	f.Fuzz(func(t *testing.T, text, sent string) {
		got := withoutSent(text, []string{sent})
		if got != "" && !strings.Contains(text, got) {
			t.Fatalf("withoutSent(%q, %q) = %q, not a part of the answer", text, sent, got)
		}
	})
}

// An asker whose client quotes the acknowledgement unmarked adds only
// what they typed to their question; a reply that is only the quote adds
// nothing.
func TestUnmarkedQuoteInAFollowup(t *testing.T) {
	f := newFixture(t)
	f.ask(t)
	ack := f.outbox(data.KindAck)[0]
	followup := func(id, text string) string {
		return "From: Ann Runner <ann@reader.test>\nTo: " + testMailbox + "\nSubject: Re: How do I pace a marathon?\nMessage-ID: <" + id + "@reader.test>\n" +
			"In-Reply-To: <" + ack.MessageID + ">\nContent-Type: text/plain; charset=utf-8\n\n" + text + "\n"
	}
	typed := "I forgot to say: my goal is four hours."
	wantOutcome(t, f.deliver(followup("f1", typed+"\n\n"+indent(ack.Text, "    "))), data.OutcomeFollowup)
	notes := f.outbox(data.KindNotify)
	if got := notes[len(notes)-1].Text; !strings.Contains(got, typed) || strings.Contains(got, "thank you for your question") {
		t.Fatalf("follow-up's notification:\n%s\nwant the typed text without the acknowledgement", got)
	}
	m := f.deliver(followup("f2", ack.Text))
	wantOutcome(t, m, data.OutcomeRejected)
	if !strings.Contains(m.Reason, "no new text") {
		t.Fatalf("quote-only follow-up: reason %q", m.Reason)
	}
}

// The owner who answers the asker's own mail from the helpline mailbox,
// in a client that quotes it unmarked, publishes only what they typed:
// the signature at the quote's end goes as a signature, the rest as what
// the question holds.
func TestUnmarkedQuoteOfTheAskersMail(t *testing.T) {
	f := newFixture(t)
	body := "I keep starting too fast and fade after thirty kilometres.\n\nThanks,\nAnn\n\n-- \nAnn Runner\nRiverside Running Club\n+1 555 0100"
	m := f.deliver(question("Ann Runner <ann@reader.test>", "How do I pace a marathon?", body))
	wantOutcome(t, m, data.OutcomeQuestion)
	q, err := f.db.QuestionByID(context.Background(), m.QuestionID)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(q.Body, "Riverside") {
		t.Fatalf("question body %q keeps the signature", q.Body)
	}
	typed := "Run the first half ten seconds a mile slower than the second."
	reply := "From: Test Helpline <" + testMailbox + ">\nTo: Ann Runner <ann@reader.test>\nSubject: Re: How do I pace a marathon?\n" +
		"Message-ID: <direct-unmarked@owner.test>\nIn-Reply-To: <" + q.MessageID + ">\nReferences: <" + q.MessageID + ">\n" +
		"Content-Type: text/plain; charset=utf-8\n\n" + typed + "\n\n" + indent(body, "    ") + "\n"
	wantOutcome(t, f.deliverSent(reply), data.OutcomeAnswer)
	if got, _ := f.db.QuestionByID(context.Background(), q.ID); got.Answer != typed {
		t.Fatalf("answer = %q, want %q", got.Answer, typed)
	}
}

// The owner's decision on a comment, typed under an unmarked quote of the
// notice about it, is read from what they typed.
func TestUnmarkedQuoteOfACommentNotice(t *testing.T) {
	f := newFixture(t)
	comm, q, cid := f.heldComment(t)
	notice := &data.OutboxMail{Kind: data.KindComment, To: testOwner, Subject: "Comment awaiting moderation", QuestionID: q.ID,
		MessageID: "comment-notice@helpline.test",
		Text: "A new comment on “How do I pace a marathon?” waits for you.\n\nFrom: Bo\n\nNegative splits! Run the second half faster than the first.\n\n" +
			"Reply approve to publish it or reject to drop it.\n\nhttps://help.test/q/1-how-do-i-pace-a-marathon\n"}
	if err := f.db.InTx(context.Background(), func(tx *data.Tx) error { return tx.Enqueue(context.Background(), notice) }); err != nil {
		t.Fatal(err)
	}
	raw := "From: Coach <" + testOwner + ">\nTo: " + f.signer.Route(testMailbox, token.Comment, cid) + "\nSubject: Re: Comment\n" +
		"Message-ID: <moderated@owner.test>\nIn-Reply-To: <" + notice.MessageID + ">\nContent-Type: text/plain; charset=utf-8\n\n" +
		indent(notice.Text, "    ") + "\n\napprove\n"
	wantOutcome(t, f.deliver(raw), data.OutcomeComment)
	if len(comm.decisions) != 1 || comm.decisions[0] != fmt.Sprintf("%d approve", cid) {
		t.Fatalf("decisions = %q", comm.decisions)
	}
}
