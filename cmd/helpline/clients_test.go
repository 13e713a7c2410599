package main

import (
	"cmp"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"helpline/data"
	"helpline/inbox"
	"helpline/internal/clienttest"
	"helpline/internal/dovecottest"
)

// The accounts of the mail host the client tests run against.
const (
	clientDomain = "helpline.test"
	clientAsk    = "ask@" + clientDomain
	clientOwner  = "owner@" + clientDomain
	clientRunner = "runner@" + clientDomain
)

// clientSignature is the owner's ~/.signature in the cases that have one.
const clientSignature = "Dominique\nRunning Training Helpline\n"

// clientCase is one way of answering from a mail client.
type clientCase struct {
	name      string
	placement clienttest.Placement
	signature bool
	// noSigDashes: the signature has no "-- " over it (mutt and neomutt
	// with sig_dashes unset; the case runs in those only).
	noSigDashes bool
	typed       string
	// hide: the typed text is a command that withdraws the question, so
	// nothing is published.
	hide bool
	// published is what is published when it is not typed as it stands:
	// a line that ends in a space, sent format=flowed, joins the next.
	published string
	// settings are lines the owner added to each client's configuration
	// to shape its replies; a case with settings runs in the clients
	// named here only.
	settings map[clienttest.Client]string
}

var clientCases = []clientCase{
	{name: "top-posted", placement: clienttest.Top,
		typed: "Keep the long run to about a third of your weekly distance.\n"},
	{name: "top-posted with signature", placement: clienttest.Top, signature: true,
		typed: "Easy pace for the long run: you should be able to talk.\n"},
	{name: "bottom-posted", placement: clienttest.Bottom,
		typed: "Add no more than ten percent a week.\n"},
	{name: "bottom-posted with signature", placement: clienttest.Bottom, signature: true,
		typed: "Rest a day after the long run.\n"},
	{name: "bottom-posted with an undashed signature", placement: clienttest.Bottom, signature: true, noSigDashes: true,
		typed: "Run the last long run two weeks before the race.\n\nBest,\nDominique\n"},
	{name: "paragraphs with a list and a sign-off", placement: clienttest.Top,
		typed: "Two things matter most.\n\n" +
			"- Run the easy days really easy.\n" +
			"- Make one run a week long, never more than a third of the week.\n\n" +
			"After a month, add a short tempo run.\n\n" +
			"Cheers,\nDominique\n"},
	{name: "hide below the quote with signature", placement: clienttest.Bottom, signature: true,
		typed: "!hide\n", hide: true},
	{name: "non-ASCII", placement: clienttest.Top,
		typed: "Grüße from the café run — keep it easy, Zoë.\n"},
	// Without the dash mutt and neomutt send ISO-8859-1, the first of
	// their default send_charset that holds the text.
	{name: "non-ASCII in Latin-1", placement: clienttest.Bottom,
		typed: "Grüße aus Zürich: the café loop is flat.\n"},
	{name: "inline under the question with signature", placement: clienttest.Inline, signature: true,
		typed: "Build up by ten percent a week — and rest every fourth week. 🏃\n"},
	// A leadin of the owner's own, in German, dated by the month and the
	// day alone: Alpine's _DATE_ and mutt's "%b %d" write "Nov 30".
	{name: "top-posted over a german leadin dated by month and day", placement: clienttest.Top,
		typed: "Lauf die langen Läufe langsam.\n",
		settings: map[clienttest.Client]string{
			clienttest.Alpine: "reply-leadin=Am _DATE_ schrieb _FROM_:\n",
			clienttest.Mutt:   "set attribution=\"Am %{%b %d} schrieb %n:\"\n",
		}},
	{name: "top-posted with the signature on top", placement: clienttest.Top, signature: true,
		typed: "Keep the long run slow.\n",
		settings: map[clienttest.Client]string{
			clienttest.Mutt:    "set sig_on_top=yes\n",
			clienttest.NeoMutt: "set sig_on_top=yes\n",
		}},
	{name: "top-posted with an undashed signature on top", placement: clienttest.Top, signature: true, noSigDashes: true,
		typed: "Keep the long run slow.\n",
		settings: map[clienttest.Client]string{
			clienttest.Mutt:    "set sig_on_top=yes\n",
			clienttest.NeoMutt: "set sig_on_top=yes\n",
		}},
	{name: "top-posted over a quote with its header", placement: clienttest.Top,
		typed:    "Keep the long run slow.\n",
		settings: map[clienttest.Client]string{clienttest.SNail: "set quote=headers\n"}},
	{name: "bottom-posted under a quote with all its header", placement: clienttest.Bottom,
		typed:    "Keep the long run slow.\n",
		settings: map[clienttest.Client]string{clienttest.SNail: "set quote=allheaders\n"}},
	{name: "bottom-posted under a quote marked with initials", placement: clienttest.Bottom,
		typed:    "Keep the long run slow.\n",
		settings: map[clienttest.Client]string{clienttest.Alpine: "reply-indent-string=_INIT_> \n"}},
	// format=flowed (RFC 3676), which many set in mutt and neomutt: the
	// quote's lines end in a space, and so does each line of a paragraph
	// the editor wrapped.
	{name: "bottom-posted in format=flowed with signature", placement: clienttest.Bottom, signature: true,
		typed: "Run the long run at an easy pace, slow enough to hold a conversation the whole way, \n" +
			"and add no more than ten percent a week.\n\nCheers,\nDominique\n",
		published: "Run the long run at an easy pace, slow enough to hold a conversation the whole way, " +
			"and add no more than ten percent a week.\n\nCheers,\nDominique",
		settings: map[clienttest.Client]string{
			clienttest.Mutt:    "set text_flowed=yes\n",
			clienttest.NeoMutt: "set text_flowed=yes\n",
		}},
	// A quote with no marks and nothing over it, as POSIX mailx's ~m
	// indents, by a tab, or by the spaces an owner set.
	{name: "top-posted over a quote indented by spaces", placement: clienttest.Top,
		typed: "Slow enough that you could talk the whole way.\n", settings: unmarkedQuote("    ", "'    '")},
	{name: "bottom-posted under a quote indented by a tab", placement: clienttest.Bottom,
		typed: "Slow enough that you could talk the whole way.\n", settings: unmarkedQuote(`\t`, `$'\t'`)},
}

// unmarkedQuote is the settings that make mutt, neomutt and s-nail quote
// with indent before each line and no attribution: indent as a muttrc's
// double quotes spell it, and as s-nail's wysh quoting does.
func unmarkedQuote(indent, snailIndent string) map[clienttest.Client]string {
	mutt := "set indent_string=\"" + indent + "\" attribution=\"\"\n"
	return map[clienttest.Client]string{
		clienttest.SNail:   "wysh set indentprefix=" + snailIndent + " quote-inject-head=''\n",
		clienttest.Mutt:    mutt,
		clienttest.NeoMutt: mutt,
	}
}

// TestOwnerRepliesFromClients answers questions from real mail clients as
// the owner does: the notification arrives through helpline's own sender
// and a mail host (Dovecot, with an MTA in front of it), the owner replies
// in each client clienttest drives above or below the quote it makes,
// and what helpline publishes must be exactly what the owner typed.
func TestOwnerRepliesFromClients(t *testing.T) {
	if testing.Short() {
		t.Skip("runs real mail clients")
	}
	dc := dovecottest.Start(t, clientAsk, clientOwner, clientRunner)
	mta := dovecottest.StartMTA(t, dc)
	env := servedEnv(t)
	for k, v := range map[string]string{
		"HELPLINE_SITE_ADDRESS":            clientAsk,
		"HELPLINE_SITE_OWNER_ADDRESSES":    clientOwner,
		"HELPLINE_IMAP_ADDR":               dc.Addr(),
		"HELPLINE_IMAP_TLS":                "none",
		"HELPLINE_IMAP_USERNAME":           clientAsk,
		"HELPLINE_IMAP_PASSWORD":           dc.Password(),
		"HELPLINE_SMTP_ADDR":               mta.Addr(),
		"HELPLINE_SMTP_TLS":                "none",
		"HELPLINE_SMTP_RATE":               "0",
		"HELPLINE_INBOX_QUESTIONS_PER_DAY": "100",
		"HELPLINE_DIGEST_ENABLED":          "false",
	} {
		env[k] = v
	}
	startServe(t, env)
	db, err := data.Open(env["HELPLINE_DATABASE_PATH"])
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	h := &clientHarness{dc: dc, mta: mta, db: db}
	for _, client := range clienttest.Clients() {
		t.Run(string(client), func(t *testing.T) {
			clienttest.Require(t, client)
			t.Parallel()
			for _, c := range clientCases {
				if c.placement == clienttest.Inline && client == clienttest.SNail {
					continue // its batch mode types above or below the quote only
				}
				if c.noSigDashes && client != clienttest.Mutt && client != clienttest.NeoMutt {
					continue
				}
				if _, ok := c.settings[client]; c.settings != nil && !ok {
					continue
				}
				t.Run(c.name, func(t *testing.T) {
					t.Parallel()
					h.answer(t, client, c)
				})
			}
		})
	}
}

// clientHarness is the mail host and the service the cases share.
type clientHarness struct {
	dc  *dovecottest.Server
	mta *dovecottest.MTA
	db  *data.DB
}

// answer asks a question of its own, replies to its notification from
// client as c says, and checks what was published.
func (h *clientHarness) answer(t *testing.T, client clienttest.Client, c clientCase) {
	title := fmt.Sprintf("%s, %s", client, c.name)
	qid, noteID := h.ask(t, title)
	r := clienttest.Reply{
		IMAPAddr: h.dc.Addr(), SMTPAddr: h.mta.Addr(), User: clientOwner, Password: h.dc.Password(),
		From: "Dominique <" + clientOwner + ">", MessageID: noteID,
		Text: c.typed, Placement: c.placement, Settings: c.settings[client],
	}
	if c.signature {
		r.Signature, r.NoSigDashes = clientSignature, c.noSigDashes
	}
	clienttest.Send(t, client, r)
	reply := h.mta.WaitFor(t, "reply to <"+noteID+">", 30*time.Second, func(d dovecottest.Delivery) bool {
		return d.From == clientOwner && strings.Contains(headerOf(d.Raw, "In-Reply-To"), noteID)
	})
	keepReply(t, client, c, reply.Raw)
	m, err := inbox.Parse(reply.Raw)
	if err != nil {
		t.Fatalf("the reply cannot be parsed: %v\n%s", err, reply.Raw)
	}
	stored := h.waitReply(t, m)
	q, err := h.db.QuestionByID(context.Background(), qid)
	if err != nil {
		t.Fatal(err)
	}
	want, wantStatus := strings.TrimRight(cmp.Or(c.published, c.typed), "\n"), data.QuestionAnswered
	// aerc appends the signature with no "-- " over it: under an answer
	// typed below the quote it goes, as it starts with the name the
	// reply's From carries.
	if c.hide {
		want, wantStatus = "", data.QuestionHidden
	}
	if c.placement == clienttest.Inline && q.Status == wantStatus && quotedThen(q.Answer, want) {
		return
	}
	if q.Answer != want || q.Status != wantStatus {
		t.Errorf("published answer %q (question %s, reply %s: %s),\nwant %q (question %s)\nthe reply as sent:\n%s",
			q.Answer, q.Status, stored.Outcome, stored.Reason, want, wantStatus, reply.Raw)
	}
}

// quotedThen reports answer to be want, or want under quoted lines: an
// answer typed within the quote may keep the quote it follows.
func quotedThen(answer, want string) bool {
	above, ok := strings.CutSuffix(answer, want)
	if !ok {
		return false
	}
	for _, l := range strings.Split(above, "\n") {
		if l != "" && !strings.HasPrefix(l, ">") {
			return false
		}
	}
	return true
}

// questionNumber reads the question's ID from a notification's first line.
var questionNumber = regexp.MustCompile(`(?m)^New question #(\d+) from `)

// ask mails a question titled title as the runner and returns its ID and
// the Message-ID of the owner's notification.
func (h *clientHarness) ask(t *testing.T, title string) (int64, string) {
	t.Helper()
	sendMail(t, h.mta.Addr(), clientRunner, []string{clientAsk}, fmt.Sprintf(
		"From: Rita Runner <%s>\nTo: %s\nSubject: %s\nMessage-ID: <q%d@%s>\n"+
			"Content-Type: text/plain; charset=utf-8\n\nI run 30 km a week. How should I build up?\n\n"+
			"I have run for two years and would like to finish a marathon next spring.\n\nThanks,\nRita\n",
		clientRunner, clientAsk, title, time.Now().UnixNano(), clientDomain))
	note := h.mta.WaitFor(t, "notification of "+title, 30*time.Second, func(d dovecottest.Delivery) bool {
		return len(d.To) == 1 && d.To[0] == clientOwner && headerOf(d.Raw, "Subject") == "Question: "+title
	})
	m, err := inbox.Parse(note.Raw)
	if err != nil {
		t.Fatalf("the notification cannot be parsed: %v", err)
	}
	n := questionNumber.FindStringSubmatch(m.Text)
	if n == nil {
		t.Fatalf("the notification does not name its question:\n%s", m.Text)
	}
	id, _ := strconv.ParseInt(n[1], 10, 64)
	return id, m.MessageID
}

// waitProcessed waits until the poller has stored the message with msgid
// and decided what it is.
func (h *clientHarness) waitProcessed(t *testing.T, msgid string) *data.Message {
	t.Helper()
	return h.waitReply(t, &inbox.Message{MessageID: msgid})
}

// waitReply waits until the poller has stored the reply and decided what
// it is. A reply is found by its Message-ID or, when the client wrote none
// (nmh and notmuch leave it to the relay, and the test's adds none), by
// its subject, which names the case.
func (h *clientHarness) waitReply(t *testing.T, reply *inbox.Message) *data.Message {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		msgs, err := h.db.ListMessages(context.Background(), data.MessageFilter{})
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range msgs {
			same := m.MessageID == reply.MessageID && (reply.MessageID != "" || m.Subject == reply.Subject)
			if same && m.Outcome != data.OutcomePending {
				return m
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("the reply <%s> (%s) was not processed", reply.MessageID, reply.Subject)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// headerOf returns a header field of a raw message, unfolded, or "".
func headerOf(raw []byte, name string) string {
	m, err := inbox.Parse(raw)
	if err != nil {
		return ""
	}
	return m.Header.Get(name)
}

// keepReply logs the reply as the client sent it and, when
// HELPLINE_TEST_REPLIES names a folder, writes it there: real clients'
// replies are the evidence for the reply trimmer.
func keepReply(t *testing.T, client clienttest.Client, c clientCase, raw []byte) {
	t.Helper()
	t.Logf("%s reply as sent:\n%s", client, raw)
	dir := os.Getenv("HELPLINE_TEST_REPLIES")
	if dir == "" {
		return
	}
	name := string(client) + "-" + strings.ReplaceAll(c.name, " ", "-") + ".eml"
	if err := os.WriteFile(filepath.Join(dir, name), raw, 0o644); err != nil {
		t.Errorf("keep the reply: %v", err)
	}
}
