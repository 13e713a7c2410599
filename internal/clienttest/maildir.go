package clienttest

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"net"
	"net/mail"
	"net/smtp"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// mbsyncrc copies the owner's INBOX into a Maildir, as a person who reads
// mail with a local client has mbsync do. The server is plain, on
// loopback, so the password goes in the clear with LOGIN.
const mbsyncrc = `IMAPAccount owner
Host %[1]s
Port %[2]s
User %[3]s
Pass %[4]s
SSLType None
AuthMechs LOGIN

IMAPStore owner-far
Account owner

MaildirStore owner-near
Path %[5]s/
Inbox %[5]s/INBOX

Channel owner
Far :owner-far:
Near :owner-near:
Patterns INBOX
Create Near
SyncState *
`

// fetchMail copies the owner's INBOX into the Maildir dir/mail with
// mbsync and returns the file of the mail whose Message-ID is id.
func fetchMail(t testing.TB, r Reply, dir string) string {
	t.Helper()
	host, port, err := net.SplitHostPort(r.IMAPAddr)
	if err != nil {
		t.Fatalf("clienttest: IMAP address: %v", err)
	}
	maildir := filepath.Join(dir, "mail")
	rc := filepath.Join(dir, "mbsyncrc")
	if err := os.MkdirAll(maildir, 0o700); err != nil {
		t.Fatalf("clienttest: %v", err)
	}
	if err := os.WriteFile(rc, fmt.Appendf(nil, mbsyncrc, host, port, r.User, r.Password, maildir), 0o600); err != nil {
		t.Fatalf("clienttest: %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), runTimeout)
	defer cancel()
	if out, err := exec.CommandContext(ctx, "mbsync", "-c", rc, "-q", "owner").CombinedOutput(); err != nil {
		t.Fatalf("clienttest: mbsync: %v\n%s", err, out)
	}
	for _, sub := range []string{"new", "cur"} {
		files, _ := filepath.Glob(filepath.Join(maildir, "INBOX", sub, "*"))
		for _, f := range files {
			if messageID(t, f) == "<"+r.MessageID+">" {
				return f
			}
		}
	}
	t.Fatalf("clienttest: no mail <%s> in the INBOX mbsync copied", r.MessageID)
	return ""
}

// messageID returns the Message-ID field of the mail in file, or "".
func messageID(t testing.TB, file string) string {
	f, err := os.Open(file)
	if err != nil {
		t.Fatalf("clienttest: %v", err)
	}
	defer f.Close()
	m, err := mail.ReadMessage(bufio.NewReader(f))
	if err != nil {
		return ""
	}
	return strings.TrimSpace(m.Header.Get("Message-Id"))
}

// submit hands raw, a mail as a client wrote it, to the SMTP server as a
// sendmail -t would: the sender from its From field, the recipients from
// To, Cc and Bcc, and the Bcc field left out. Nothing else of it changes.
func submit(t testing.TB, r Reply, raw []byte) {
	t.Helper()
	m, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("clienttest: the client wrote no mail: %v\n%s", err, raw)
	}
	from, err := mail.ParseAddress(m.Header.Get("From"))
	if err != nil {
		t.Fatalf("clienttest: the client's From: %v\n%s", err, raw)
	}
	var to []string
	for _, field := range []string{"To", "Cc", "Bcc"} {
		if strings.TrimSpace(m.Header.Get(field)) == "" {
			continue
		}
		list, err := m.Header.AddressList(field)
		if err != nil {
			t.Fatalf("clienttest: the client's %s: %v\n%s", field, err, raw)
		}
		for _, a := range list {
			to = append(to, a.Address)
		}
	}
	if err := smtp.SendMail(r.SMTPAddr, nil, from.Address, to, withoutBcc(raw)); err != nil {
		t.Fatalf("clienttest: submit the reply: %v", err)
	}
}

// withoutBcc returns raw without its Bcc field.
func withoutBcc(raw []byte) []byte {
	head, body, _ := bytes.Cut(raw, []byte("\n\n"))
	var out []byte
	skip := false
	for _, l := range bytes.SplitAfter(head, []byte("\n")) {
		if len(l) > 0 && (l[0] == ' ' || l[0] == '\t') {
			if !skip {
				out = append(out, l...)
			}
			continue
		}
		skip = len(l) >= 4 && strings.EqualFold(string(l[:4]), "bcc:")
		if !skip {
			out = append(out, l...)
		}
	}
	return append(append(out, "\n\n"...), body...)
}

// placeInDraft types text into the body of a draft that holds its header
// too, below the line sep that ends the header, where Place says.
func placeInDraft(draft, sep, text string, p Placement) string {
	i := strings.Index(draft, sep)
	if i < 0 {
		return Place(draft, text, p)
	}
	i += len(sep)
	return draft[:i] + Place(draft[i:], text, p)
}
