package clienttest

import (
	"fmt"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// Client names a mail client the package drives; the name is the Debian
// package's.
type Client string

// The clients the package drives.
const (
	Mutt    Client = "mutt"
	NeoMutt Client = "neomutt"
	SNail   Client = "s-nail"
	Alpine  Client = "alpine"
	Aerc    Client = "aerc"
	MBlaze  Client = "mblaze"
	NMH     Client = "nmh"
	Notmuch Client = "notmuch"
)

// Clients returns every client the package drives.
func Clients() []Client { return []Client{Mutt, NeoMutt, SNail, Alpine, Aerc, MBlaze, NMH, Notmuch} }

// Placement is where the owner types in the reply.
type Placement int

// Where the owner can type.
const (
	// Top is above the attribution line and the quote.
	Top Placement = iota
	// Bottom is below the quote, above the signature if there is one.
	Bottom
	// Inline is within the quote, under the first quoted line that asks
	// a question, with an empty line above and below: the rest of the
	// quote stays under the answer.
	Inline
)

func (p Placement) String() string {
	switch p {
	case Bottom:
		return "bottom"
	case Inline:
		return "inline"
	}
	return "top"
}

// runTimeout bounds one client's whole run, from start to the reply
// handed to the SMTP server. A run takes seconds; the bound is for the
// race detector on a small machine running every client at once, where
// Alpine's run has taken more than a minute.
const runTimeout = 2 * time.Minute

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
	// for none. nmh and notmuch write no signature of their own and
	// leave it out.
	Signature string
	// NoSigDashes appends the signature with no "-- " line over it, as
	// sig_dashes unset does. mutt and neomutt only.
	NoSigDashes bool
	// Record is the mailbox the client saves a copy of the reply in, as
	// a desktop client keeps it in Sent; empty saves none. mutt and
	// neomutt only.
	Record string
	// All replies to every recipient (group reply) instead of the sender.
	// mutt, neomutt, Alpine, aerc and notmuch only.
	All bool
	// Settings are lines the owner added to the client's own
	// configuration, written after the package's: a muttrc, s-nail's
	// mailrc, Alpine's pinerc, aerc's aerc.conf, mblaze's profile or
	// the MH profile. They change how the client shapes a reply (its
	// attribution, quote prefix, signature's place); notmuch reads
	// none.
	Settings string
	// Files are files the settings name, by their path under the
	// owner's home: a template, an mhl format.
	Files map[string]string
}

// messageIDChars is what a Message-ID may hold to be searched for by the
// clients' patterns: every character here means itself in them, or is a
// dot, which Start writes so that it does.
var messageIDChars = regexp.MustCompile(`^[A-Za-z0-9._-]+@[A-Za-z0-9.-]+$`)

// programs are what each client needs installed: the client's own
// programs, tmux for those run in it, mbsync for those that read a local
// copy of the mailbox.
func programs(c Client) []string {
	switch c {
	case SNail:
		return []string{"s-nail"}
	case MBlaze:
		return []string{"mrep", "mbsync"}
	case NMH:
		return []string{filepath.Join(nmhDir(), "repl"), "mbsync"}
	case Notmuch:
		return []string{"notmuch", "mbsync"}
	}
	return []string{string(c), "tmux"}
}

// Require skips the test when c, or a program it needs, is not installed.
func Require(t testing.TB, c Client) {
	t.Helper()
	for _, prog := range programs(c) {
		if _, err := exec.LookPath(prog); err != nil {
			pkg := filepath.Base(prog)
			if pkg == "mbsync" {
				pkg = "isync"
			} else if pkg != "tmux" {
				pkg = string(c)
			}
			t.Skipf("%s not installed: apt-get install %s", filepath.Base(prog), pkg)
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
	case Alpine:
		sendAlpine(t, r)
	case Aerc:
		sendAerc(t, r)
	case MBlaze:
		sendMblaze(t, r)
	case NMH:
		sendNmh(t, r)
	case Notmuch:
		sendNotmuch(t, r)
	default:
		t.Fatalf("clienttest: unknown client %q", c)
	}
}

// Place returns draft, a reply as the client opened it, with text typed
// where p says: at the very top followed by an empty line, on the first
// of the empty lines a draft opens with (Alpine leaves two there for the
// cursor), or below the
// quote after an empty line and, when the draft ends in a signature, above
// it with an empty line between.
func Place(draft, text string, p Placement) string {
	return placeAbove(draft, text, p, "")
}

// placeAbove is Place for a client that appends signature with no "-- "
// line over it (aerc): below the quote, the text goes above the signature
// when the draft ends in it.
func placeAbove(draft, text string, p Placement, signature string) string {
	text = strings.TrimRight(text, "\n")
	if p == Top {
		return text + "\n\n" + strings.TrimLeft(draft, "\n")
	}
	lines := strings.Split(draft, "\n")
	if p == Inline {
		for i, l := range lines {
			if strings.HasPrefix(l, ">") && strings.HasSuffix(strings.TrimSpace(l), "?") {
				rest := strings.Join(lines[i+1:], "\n")
				return strings.Join(lines[:i+1], "\n") + "\n\n" + text + "\n\n" + rest
			}
		}
	}
	sig := len(lines)
	for i := len(lines) - 1; i >= 0; i-- {
		if lines[i] == "-- " {
			sig = i
			break
		}
	}
	trimmed, own := strings.TrimRight(draft, "\n"), strings.TrimRight(signature, "\n")
	if sig == len(lines) && own != "" && strings.HasSuffix(trimmed, "\n"+own) {
		sig = strings.Count(trimmed, "\n") - strings.Count(own, "\n")
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
