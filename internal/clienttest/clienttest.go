package clienttest

import (
	"fmt"
	"os/exec"
	"regexp"
	"strings"
	"testing"
	"time"
)

// Client names a terminal mail client the package drives; the name is the
// program's and the Debian package's.
type Client string

// The clients the package drives.
const (
	Mutt    Client = "mutt"
	NeoMutt Client = "neomutt"
	SNail   Client = "s-nail"
)

// Clients returns every client the package drives.
func Clients() []Client { return []Client{Mutt, NeoMutt, SNail} }

// Placement is where the owner types in the reply.
type Placement int

// Where the owner can type.
const (
	// Top is above the attribution line and the quote.
	Top Placement = iota
	// Bottom is below the quote, above the signature if there is one.
	Bottom
)

func (p Placement) String() string {
	if p == Bottom {
		return "bottom"
	}
	return "top"
}

// runTimeout bounds one client's whole run, from start to the reply
// handed to the SMTP server.
const runTimeout = 60 * time.Second

// Reply is one reply the owner writes.
type Reply struct {
	IMAPAddr string // host:port of a plain IMAP server
	SMTPAddr string // host:port of a plain SMTP server that needs no AUTH
	User     string // IMAP login of the mailbox that holds the mail
	Password string
	// From is the owner as the client writes it: "Name <address>".
	From string
	// MessageID is the Message-ID of the mail to reply to, without the
	// angle brackets.
	MessageID string
	// Text is what the owner types, a newline at its end or not.
	Text      string
	Placement Placement
	// Signature is the owner's signature as kept in ~/.signature; empty
	// for none.
	Signature string
	// Record is the mailbox the client saves a copy of the reply in, as
	// a desktop client keeps it in Sent; empty saves none. mutt and
	// neomutt only.
	Record string
	// All replies to every recipient (group reply) instead of the sender.
	// mutt and neomutt only.
	All bool
}

// messageIDChars is what a Message-ID may hold to be searched for by the
// clients' patterns: every character here means itself in them, or is a
// dot, which Start writes so that it does.
var messageIDChars = regexp.MustCompile(`^[A-Za-z0-9._-]+@[A-Za-z0-9.-]+$`)

// Require skips the test when c, or tmux for the clients run in it, is not
// installed.
func Require(t testing.TB, c Client) {
	t.Helper()
	need := []string{string(c)}
	if c != SNail {
		need = append(need, "tmux")
	}
	for _, prog := range need {
		if _, err := exec.LookPath(prog); err != nil {
			t.Skipf("%s not installed: apt-get install %s", prog, prog)
		}
	}
}

// Send writes r with client c and returns once the client has handed the
// reply to the SMTP server. It skips the test when the client is missing
// and fails it, with what the client showed, when the client does not get
// there.
func Send(t testing.TB, c Client, r Reply) {
	t.Helper()
	Require(t, c)
	if !messageIDChars.MatchString(r.MessageID) {
		t.Fatalf("clienttest: Message-ID %q has characters the clients' search patterns would read", r.MessageID)
	}
	switch c {
	case Mutt, NeoMutt:
		sendMutt(t, c, r)
	case SNail:
		sendSNail(t, r)
	default:
		t.Fatalf("clienttest: unknown client %q", c)
	}
}

// Place returns draft, a reply as the client opened it, with text typed
// where p says: at the very top followed by an empty line, or below the
// quote after an empty line and, when the draft ends in a signature, above
// it with an empty line between.
func Place(draft, text string, p Placement) string {
	text = strings.TrimRight(text, "\n")
	if p == Top {
		return text + "\n\n" + draft
	}
	lines := strings.Split(draft, "\n")
	sig := len(lines)
	for i := len(lines) - 1; i >= 0; i-- {
		if lines[i] == "-- " {
			sig = i
			break
		}
	}
	body := strings.TrimRight(strings.Join(lines[:sig], "\n"), "\n")
	if sig == len(lines) {
		return body + "\n\n" + text + "\n"
	}
	return body + "\n\n" + text + "\n\n" + strings.Join(lines[sig:], "\n")
}

// quoteShell quotes s for sh.
func quoteShell(s string) string {
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// describe names a run in failure messages.
func describe(c Client, r Reply) string {
	return fmt.Sprintf("%s reply (%s, signature %t) to <%s>", c, r.Placement, r.Signature != "", r.MessageID)
}
