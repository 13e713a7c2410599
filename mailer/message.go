package mailer

import (
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"fmt"
	"net/mail"
	"strings"
	"time"
	"unicode/utf8"

	gomail "github.com/wneessen/go-mail"

	"helpline/internal/prose"
)

// ErrInvalidMessage marks a mail that can never be sent as it stands: a bad
// address, a line break in a header, an unknown attachment. The row fails
// at once instead of being retried.
var ErrInvalidMessage = errors.New("invalid message")

// Header is one extra header field, kept in the order given.
type Header struct {
	Name  string
	Value string
}

// Message is one mail ready to be built: what a Preparer returns, or what
// the sender makes of a row's own fields.
type Message struct {
	From     string // bare address; default Config.From
	FromName string // default Config.FromName
	To       string // bare address
	ToName   string
	ReplyTo  string
	Subject  string
	Text     string
	HTML     string
	// Headers are passed through as given: Auto-Submitted, In-Reply-To,
	// References, List-Unsubscribe, List-Unsubscribe-Post, List-Id,
	// Precedence and the like.
	Headers     []Header
	Attachments []Attachment
	MessageID   string    // without angle brackets; the sender sets the row's
	Date        time.Time // default the time of building
	// EnvelopeFrom is the SMTP MAIL FROM address; the sender sets the
	// row's bounce route.
	EnvelopeFrom string
}

// reserved headers are written by the builder from Message fields; taking
// them from Headers as well would duplicate them or let a row add
// recipients.
var reserved = map[string]bool{
	"from": true, "to": true, "cc": true, "bcc": true, "reply-to": true, "sender": true,
	"subject": true, "date": true, "message-id": true, "mime-version": true,
	"content-type": true, "content-transfer-encoding": true, "return-path": true,
}

// validate refuses what would let reader text escape its header: a CR or LF
// (or NUL) in any value, and header names that are not RFC 5322 field names.
func (m *Message) validate() error {
	fields := []struct{ name, value string }{
		{"From", m.From}, {"From name", m.FromName}, {"To", m.To}, {"To name", m.ToName},
		{"Reply-To", m.ReplyTo}, {"Subject", m.Subject}, {"Message-ID", m.MessageID},
		{"envelope sender", m.EnvelopeFrom},
	}
	for _, h := range m.Headers {
		fields = append(fields, struct{ name, value string }{h.Name, h.Value})
		if !validFieldName(h.Name) {
			return fmt.Errorf("%w: bad header name %q", ErrInvalidMessage, h.Name)
		}
		if reserved[strings.ToLower(h.Name)] {
			return fmt.Errorf("%w: header %s may not be set directly", ErrInvalidMessage, h.Name)
		}
	}
	for _, f := range fields {
		if strings.ContainsAny(f.value, "\r\n\x00") {
			return fmt.Errorf("%w: %s contains a line break", ErrInvalidMessage, f.name)
		}
	}
	for _, a := range m.Attachments {
		if a.Filename == "" || strings.ContainsAny(a.Filename+a.ContentType, "\r\n\"\x00") {
			return fmt.Errorf("%w: bad attachment name %q", ErrInvalidMessage, a.Filename)
		}
	}
	if m.Text == "" && m.HTML == "" {
		return fmt.Errorf("%w: empty body", ErrInvalidMessage)
	}
	if m.MessageID == "" || m.EnvelopeFrom == "" {
		return fmt.Errorf("%w: no Message-ID or envelope sender", ErrInvalidMessage)
	}
	return nil
}

// validFieldName reports whether s is an RFC 5322 2.2 field name: printable
// US-ASCII other than colon.
func validFieldName(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] <= ' ' || s[i] > '~' || s[i] == ':' {
			return false
		}
	}
	return true
}

func bareAddress(what, s string) (string, error) {
	a, err := mail.ParseAddress(s)
	if err != nil {
		return "", fmt.Errorf("%w: %s address %q: %v", ErrInvalidMessage, what, s, err)
	}
	return a.Address, nil
}

// build turns m into a go-mail message, which carries its envelope: the
// sender from EnvelopeFrom and the one recipient To. It does no I/O.
// eightBit says the body may be sent as 8-bit data (RFC 6152 8BITMIME);
// opts go to go-mail, such as the middleware that signs the message.
func (m *Message) build(eightBit bool, opts ...gomail.MsgOption) (*gomail.Msg, error) {
	if err := m.validate(); err != nil {
		return nil, err
	}
	from, err := bareAddress("From", m.From)
	if err != nil {
		return nil, err
	}
	to, err := bareAddress("To", m.To)
	if err != nil {
		return nil, err
	}
	env, err := bareAddress("envelope", m.EnvelopeFrom)
	if err != nil {
		return nil, err
	}
	msg, err := m.newMsg(from, to, env, eightBit, opts)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInvalidMessage, err)
	}
	return msg, nil
}

// newMsg fills a go-mail message from m, whose addresses are checked.
func (m *Message) newMsg(from, to, env string, eightBit bool, opts []gomail.MsgOption) (*gomail.Msg, error) {
	msg := gomail.NewMsg(append([]gomail.MsgOption{gomail.WithNoDefaultUserAgent()}, opts...)...)
	if err := msg.EnvelopeFrom(env); err != nil {
		return nil, err
	}
	// net/mail formats the names (go-mail writes address headers with
	// Address.String), quoting or encoding whatever they hold.
	msg.SetAddrHeaderFromMailAddress(gomail.HeaderFrom, &mail.Address{Name: displayName(m.FromName), Address: from})
	msg.SetAddrHeaderFromMailAddress(gomail.HeaderTo, &mail.Address{Name: displayName(m.ToName), Address: to})
	if m.ReplyTo != "" {
		if err := msg.ReplyTo(m.ReplyTo); err != nil {
			return nil, fmt.Errorf("reply-to %q: %w", m.ReplyTo, err)
		}
	}
	msg.Subject(foldableSubject(headerText(m.Subject)))
	msg.SetMessageIDWithValue(m.MessageID)
	date := m.Date
	if date.IsZero() {
		date = time.Now()
	}
	msg.SetDateWithValue(date)
	for _, h := range m.Headers {
		if isASCII(h.Value) {
			// Structured fields (message ids, URIs in angle brackets) must
			// not be turned into encoded words.
			msg.SetGenHeaderPreformatted(gomail.Header(h.Name), h.Value)
		} else {
			msg.SetGenHeader(gomail.Header(h.Name), h.Value)
		}
	}
	setBody(msg, m.Text, m.HTML, eightBit)
	for _, a := range m.Attachments {
		ct := a.ContentType
		if ct == "" {
			ct = "application/octet-stream"
		}
		msg.AttachReadSeeker(a.Filename, bytes.NewReader(a.Data), gomail.WithFileContentType(gomail.ContentType(ct)))
	}
	return msg, nil
}

// maxDisplayName bounds a display name: go-mail folds a header only
// between words, and a name is never worth a long line.
const maxDisplayName = 100

// displayName cuts a long name and drops the characters that set the
// direction of text (headerText); net/mail's formatting makes any other
// name fit for an address header, quoting it or, when it holds more than
// printable ASCII, encoding it (RFC 2047).
func displayName(name string) string {
	name = headerText(name)
	if r := []rune(name); len(r) > maxDisplayName {
		return strings.TrimSpace(string(r[:maxDisplayName]))
	}
	return name
}

// headerText is a name or subject as shown in a mail's header, without the
// characters that set the direction of text: a reader's name or title
// holding an override (U+202E) would show the owner's client the words
// after it, or a file name in it, turned around, and the words read the
// same without them. Text without any is left as it is, bytes and all.
func headerText(s string) string {
	if strings.IndexFunc(s, prose.IsDirectionControl) < 0 {
		return s
	}
	return prose.WithoutDirection(s)
}

// foldableSubject returns s as it is unless it holds a word too long for
// one header line (RFC 5322 2.1.1): go-mail folds a header only at spaces.
// Such a subject is sent as encoded-words (RFC 2047), ASCII that go-mail
// leaves alone and folds between the words; a reader joins them again.
func foldableSubject(s string) string {
	longest := 0
	for _, w := range strings.Fields(s) {
		longest = max(longest, len(w))
	}
	if longest <= maxLine-len("Subject: ") {
		return s
	}
	const chunk = 45 // 60 characters of base64: a 72-character word (RFC 2047 2)
	var words []string
	for s != "" {
		n := min(len(s), chunk)
		for n > 1 && n < len(s) && !utf8.RuneStart(s[n]) {
			n--
		}
		words = append(words, "=?utf-8?b?"+base64.StdEncoding.EncodeToString([]byte(s[:n]))+"?=")
		s = s[n:]
	}
	return strings.Join(words, " ")
}

// setBody writes text alone, HTML alone, or both as multipart/alternative
// with the plain text first, as RFC 2046 5.1.4 orders them.
func setBody(msg *gomail.Msg, text, html string, eightBit bool) {
	switch {
	case html == "":
		msg.SetBodyString(gomail.TypeTextPlain, text, bodyEncoding(text, eightBit))
	case text == "":
		msg.SetBodyString(gomail.TypeTextHTML, html, bodyEncoding(html, eightBit))
	default:
		msg.SetBodyString(gomail.TypeTextPlain, text, bodyEncoding(text, eightBit))
		msg.AddAlternativeString(gomail.TypeTextHTML, html, bodyEncoding(html, eightBit))
	}
}

// maxLine is the longest line, without its CRLF, that may travel
// unencoded (RFC 5322 2.1.1).
const maxLine = 998

// bodyEncoding sends a part as it is when it already is what an unencoded
// body may be (RFC 2045 2.7 and 2.8: no NUL, CR only before LF, no line
// over 998 octets), ASCII unless the server takes 8-bit bodies, and
// quoted-printable otherwise. Encoding a long digest anew for every
// recipient was most of the cost of sending it. go-mail labels an
// unencoded part "8bit", which 7-bit data satisfies as well, and declares
// BODY=8BITMIME whenever the server offers it.
func bodyEncoding(s string, eightBit bool) gomail.PartOption {
	if unencoded(s, eightBit) {
		return gomail.WithPartEncoding(gomail.NoEncoding)
	}
	return gomail.WithPartEncoding(gomail.EncodingQP)
}

func unencoded(s string, eightBit bool) bool {
	if strings.IndexByte(s, 0) >= 0 {
		return false
	}
	if eightBit && !utf8.ValidString(s) || !eightBit && !isASCII(s) {
		return false
	}
	hasCR := strings.IndexByte(s, '\r') >= 0
	for rest := s; rest != ""; {
		line := rest
		if i := strings.IndexByte(rest, '\n'); i >= 0 {
			line, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		if hasCR {
			line = strings.TrimSuffix(line, "\r")
			if strings.IndexByte(line, '\r') >= 0 {
				return false
			}
		}
		if len(line) > maxLine {
			return false
		}
	}
	return true
}

func isASCII(s string) bool {
	// Eight bytes at a time: a digest body is tens of kilobytes.
	for len(s) >= 8 {
		if binary.LittleEndian.Uint64([]byte(s[:8]))&0x8080808080808080 != 0 {
			return false
		}
		s = s[8:]
	}
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
