package newsletter

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/mail"
	"strings"

	"github.com/emersion/go-message"
	"github.com/emersion/go-message/textproto"

	"helpline/internal/token"
)

// ErrNotDSN is returned by ParseDSN for a message that is not a delivery
// status notification.
var ErrNotDSN = errors.New("not a delivery status notification")

// maxStatusPart bounds how much of a report part is read; real ones are a
// few kilobytes.
const maxStatusPart = 256 << 10

// ParseDSN reads a delivery status notification (RFC 3464: a
// multipart/report with report-type delivery-status, RFC 6522, a
// multipart/report that carries a delivery status part without saying so,
// or a multipart/mixed that carries one and comes from the mail system)
// and returns one Bounce per recipient whose Action is "failed" or
// "delayed". A delayed recipient is reported as soft whatever its status
// says: the mail may still arrive.
//
// When the report was sent to one of our VERP routes (ask+b.<token>@), or
// quotes the headers of a mail whose Message-ID we signed, each Bounce
// carries that outbox row's ID.
func (s *Service) ParseDSN(raw []byte) ([]Bounce, error) {
	e, err := message.Read(bytes.NewReader(raw))
	if err != nil && !message.IsUnknownCharset(err) {
		return nil, fmt.Errorf("parse dsn: %w", err)
	}
	// Many MTAs leave report-type out of their multipart/report, and some
	// send the report as multipart/mixed: the delivery status part below
	// decides, as it does for the inbox. A multipart/mixed is a report only
	// from the mail system: a person's forward of a report, as Thunderbird
	// and Apple Mail write it, carries the status part of a mail to someone
	// else over as an attachment.
	mt, _, err := e.Header.ContentType()
	if err != nil || mt != "multipart/report" && mt != "multipart/mixed" {
		return nil, ErrNotDSN
	}
	if mt == "multipart/mixed" && !fromMailSystem(e.Header) {
		return nil, ErrNotDSN
	}
	outboxID := s.verpOutboxID(e.Header)
	mr := e.MultipartReader()
	if mr == nil {
		return nil, ErrNotDSN
	}
	var bounces []Bounce
	found := false
	for {
		p, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil && !message.IsUnknownCharset(err) {
			// A part in a charset we do not know (IIS writes
			// "unicode-1-1-utf-7") is still there to be read.
			// The copy of the returned mail comes last, and
			// reporting hosts cut it to a size, at times with the
			// closing boundary: once the status part is read, what
			// is lost is only the rest of that copy.
			if found {
				break
			}
			return nil, fmt.Errorf("parse dsn: %w", err)
		}
		pt, _, _ := p.Header.ContentType()
		switch pt {
		case "message/delivery-status", "message/global-delivery-status":
			found = true
			if bounces, err = readDeliveryStatus(p.Body); err != nil {
				return nil, fmt.Errorf("parse dsn: %w", err)
			}
		case "message/rfc822", "text/rfc822-headers", "message/global", "message/global-headers":
			if outboxID == 0 {
				outboxID = s.quotedOutboxID(p.Body)
			}
		}
	}
	if !found {
		return nil, ErrNotDSN
	}
	for i := range bounces {
		bounces[i].OutboxID = outboxID
	}
	return bounces, nil
}

// foldLoose indents the lines of a group of status fields that begin no
// field and follow Diagnostic-Code, as a server that pastes a remote
// server's multi-line answer into it leaves them ("550-mail.example.net
// [192.0.2.1]:25 is not permitted to"): they continue that field, and read
// as fields they made the whole report unreadable. A loose line after any
// other field is left to refuse the group: run into Final-Recipient,
// Action or Status it would change what the report says.
func foldLoose(group string) string {
	lines := strings.Split(group, "\n")
	inDiagnostic := false
	for i, l := range lines {
		switch {
		case l == "" || l[0] == ' ' || l[0] == '\t':
			// A folded line continues whatever field it is in.
		case startsField(l):
			name, _, _ := strings.Cut(l, ":")
			inDiagnostic = strings.EqualFold(strings.TrimRight(name, " \t"), "Diagnostic-Code")
		case inDiagnostic && i > 0:
			lines[i] = " " + l
		}
	}
	return strings.Join(lines, "\n")
}

// startsField reports a line that opens with a field name and its colon,
// the name perhaps followed by white space (RFC 5322 4.5.3). Status fields
// are named in letters, digits and hyphens (RFC 3464 2.1): a line that
// opens "mx.example.net:25 said" is the remote server's words.
func startsField(line string) bool {
	name, _, ok := strings.Cut(line, ":")
	name = strings.TrimRight(name, " \t")
	if !ok || name == "" {
		return false
	}
	for _, c := range name {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}

// verpOutboxID finds the outbox row from the address the report was sent
// to: our envelope sender for that row.
func (s *Service) verpOutboxID(h message.Header) int64 {
	for _, key := range []string{"Delivered-To", "X-Original-To", "To"} {
		for _, v := range h.Values(key) {
			list, err := mail.ParseAddressList(v)
			if err != nil {
				continue
			}
			for _, a := range list {
				if id, err := s.cfg.Links.Signer.ParseRoute(s.cfg.Links.Mailbox, a.Address, token.Bounce); err == nil {
					return id
				}
			}
		}
	}
	return 0
}

// quotedOutboxID finds the outbox row from the Message-ID of the returned
// mail's headers.
func (s *Service) quotedOutboxID(r io.Reader) int64 {
	h, err := textproto.ReadHeader(bufio.NewReader(io.LimitReader(r, maxStatusPart)))
	if err != nil && h.Len() == 0 {
		return 0
	}
	id, err := s.cfg.Links.Signer.ParseMessageID(h.Get("Message-Id"), token.Mail)
	if err != nil {
		return 0
	}
	return id
}

// readDeliveryStatus parses the body of a message/delivery-status part:
// header-like groups separated by blank lines, the first about the message
// and each further one about a recipient (RFC 3464 2.1).
func readDeliveryStatus(r io.Reader) ([]Bounce, error) {
	b, err := io.ReadAll(io.LimitReader(r, maxStatusPart))
	if err != nil {
		return nil, err
	}
	text := strings.ReplaceAll(string(b), "\r\n", "\n")
	var groups []string
	for _, g := range strings.Split(text, "\n\n") {
		if g = strings.Trim(g, "\n"); g != "" {
			groups = append(groups, g)
		}
	}
	// Some servers leave out the per-message fields and start with the
	// first recipient's.
	first := 1
	if len(groups) > 0 && hasField(groups[0], "Final-Recipient") {
		first = 0
	}
	if len(groups) <= first {
		return nil, errors.New("delivery-status part has no recipient fields")
	}
	var out []Bounce
	for _, g := range groups[first:] {
		h, err := textproto.ReadHeader(bufio.NewReader(strings.NewReader(foldLoose(g) + "\n\n")))
		if err != nil {
			return nil, fmt.Errorf("recipient fields: %w", err)
		}
		if b, ok := recipientBounce(h); ok {
			out = append(out, b)
		}
		if len(out) == maxBounceRecipients {
			// Ours go to one address each: a report of more is
			// not about a mail of ours, and each would be handled.
			break
		}
	}
	return out, nil
}

// hasField reports whether a group of fields has one named name.
func hasField(group, name string) bool {
	for _, line := range strings.Split(group, "\n") {
		if k, _, ok := strings.Cut(line, ":"); ok && strings.EqualFold(strings.TrimSpace(k), name) {
			return true
		}
	}
	return false
}

// recipientBounce turns one group of per-recipient fields into a Bounce,
// reporting false for actions that are not failures (delivered, relayed,
// expanded).
func recipientBounce(h textproto.Header) (Bounce, bool) {
	action := strings.ToLower(strings.TrimSpace(h.Get("Action")))
	if action != "failed" && action != "delayed" {
		return Bounce{}, false
	}
	// The original recipient is what we sent to; the final one may be a
	// forwarding target we never knew.
	rcpt := typedAddress(h.Get("Original-Recipient"))
	if rcpt == "" {
		rcpt = typedAddress(h.Get("Final-Recipient"))
	}
	if rcpt == "" {
		return Bounce{}, false
	}
	status := strings.TrimSpace(h.Get("Status"))
	if i := strings.IndexAny(status, " \t("); i >= 0 {
		status = status[:i]
	}
	diagnostic := strings.TrimSpace(h.Get("Diagnostic-Code"))
	if !validStatus(status) {
		// Some servers leave Status out or empty and say it all in the
		// Diagnostic-Code ("smtp; 550 5.1.1 user unknown").
		status = statusFromDiagnostic(diagnostic)
	} else {
		status = ReplyStatus(status, diagnostic)
	}
	// A delay, a failure that gives no status and one whose status says
	// it succeeded are soft: the report contradicts itself or says
	// nothing final.
	if action == "delayed" && !strings.HasPrefix(status, "4") || !strings.HasPrefix(status, "5") {
		if _, rest, ok := strings.Cut(status, "."); ok {
			status = "4." + rest
		} else {
			status = "4.0.0"
		}
	}
	return Bounce{Recipient: rcpt, Status: status, Diagnostic: diagnostic}, true
}

// ReplyStatus is status, unless it says nothing of why or of whose
// address: a bare 5.0.0 (a reply without an enhanced code, or a report
// that gives no more) or a 5.1.0. Then the server's words in diagnostic
// decide: "550 rejected by policy" is a policy refusal (5.7.1), "unknown
// user" a gone address (5.1.1), and a refusal of our sender ("5.1.0
// sender rejected") a policy refusal too. Read so, a refusal for another
// reason than the address is not taken for a gone one.
func ReplyStatus(status, diagnostic string) string {
	if status != "5.0.0" && status != "5.1.0" {
		return status
	}
	switch f := readFailure(strings.ToLower(diagnostic)); {
	case f.sender:
		return "5.7.1" // our host or address refused
	case f.detail != "" && status == "5.0.0":
		return "5." + f.detail
	}
	return status
}

// typedAddress takes "rfc822; ann@example.org" and returns the address.
// Other address types (RFC 3464 2.3.2) have no mailbox we could match.
func typedAddress(v string) string {
	typ, addr, ok := strings.Cut(v, ";")
	if !ok || !strings.EqualFold(strings.TrimSpace(typ), "rfc822") {
		return ""
	}
	addr = strings.Trim(strings.TrimSpace(addr), "<>")
	if !isAddress(addr) {
		return ""
	}
	return addr
}
