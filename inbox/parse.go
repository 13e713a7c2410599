package inbox

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/emersion/go-message"
	gomail "github.com/emersion/go-message/mail"
	"github.com/emersion/go-message/textproto"
)

// Address is one mailbox from an address header. Addr keeps the local part
// as written and lowercases the domain.
type Address struct {
	Name string
	Addr string
}

// Attachment records a part that is not body text. Its content is not kept:
// helpline publishes text only.
type Attachment struct {
	Filename    string
	ContentType string
	Size        int
}

// Message is a parsed mail with every text field decoded to UTF-8.
type Message struct {
	MessageID  string // without angle brackets
	InReplyTo  []string
	References []string
	From       Address
	// SingleFrom is set when From holds exactly one well-formed mailbox,
	// the only shape in which it can name who wrote the mail.
	SingleFrom bool
	// Sender is the Sender field's mailbox, when it has exactly one.
	Sender      Address
	To          []Address
	Cc          []Address
	ReplyTo     []Address
	DeliveredTo []string // Delivered-To, X-Original-To and Envelope-To
	ReturnPath  string   // "<>" for the null sender
	Subject     string
	Date        time.Time

	// Text is the text/plain body, or the HTML body rendered as text when
	// the mail has no plain part.
	Text string
	// HTML is the text/html body, if any.
	HTML        string
	Attachments []Attachment

	// Header is the top-level header, values as they were sent.
	Header gomail.Header
	// ContentType is the top-level media type, lowercased.
	ContentType string
	// IsDeliveryReport is set for a delivery status notification: a
	// multipart/report; report-type=delivery-status, a top-level
	// multipart/report that carries a delivery status part without saying
	// so, or a top-level multipart/mixed that carries one and comes from
	// the mail system (fromMailSystem).
	IsDeliveryReport bool
	// Warnings says what was malformed but recovered.
	Warnings []string

	textFromHTML bool
	// forwarded is the text of a message attached whole to a mail with no
	// text of its own: a reader forwarding a mail "as attachment".
	forwarded string
	// attached is the first message attached whole (message/rfc822), as
	// the owner forwards a reader's mail "as attachment".
	attached []byte
	// trimmed is TrimReply(Text), once worked out.
	trimmed *string
	// draft is what the message would be as a new question (draftOf).
	draft *questionDraft
	// received is when the mailbox got it (its INTERNALDATE); zero when
	// not known.
	received time.Time
}

// trimmedText is TrimReply(m.Text), knowing the sender's name, worked
// out once.
func (m *Message) trimmedText() string {
	if m.trimmed == nil {
		t := trimReplyFrom(m.Text, m.signerName())
		m.trimmed = &t
	}
	return *m.trimmed
}

// ErrNotMessage is returned by Parse for input without a readable header.
var ErrNotMessage = errors.New("not a mail message")

// Parse reads a raw RFC 5322 message with go-message and the standard
// library. It is lenient: broken MIME, missing boundaries, bad folding and
// wrong or unknown charsets give the best text it can find, with a note in
// Warnings. It fails only when the input has no header at all.
func Parse(raw []byte) (*Message, error) {
	return parse(raw, 0)
}

// maxForwardDepth bounds how deep parse looks into forwards of forwards
// for text.
const maxForwardDepth = 2

func parse(raw []byte, depth int) (*Message, error) {
	m := &Message{}
	if rest, ok := bytes.CutPrefix(bytes.TrimLeft(raw, "\r\n"), utf8BOM); ok {
		// Windows tools that save or relay a mail as a UTF-8 file
		// put a byte-order mark before its first field, which no
		// field name can start with.
		raw = rest
		m.warn("a byte-order mark before the header; dropped")
	}
	raw = bytes.TrimLeft(raw, "\r\n")
	if len(raw) == 0 {
		return nil, fmt.Errorf("parse message: empty input: %w", ErrNotMessage)
	}
	if fixed := doubledCRLineEnds(raw); fixed != nil {
		raw = fixed
		m.warn("lines end in CR CR LF")
	}
	if cr := crLineEnds(raw); cr != nil {
		raw = cr
		m.warn("lines end in a bare CR")
	}
	w := walker{warn: m.warn}
	h, body, warns := w.readHeader(raw)
	w.splitLeft = splitBudget(len(body))
	if !hasMailField(h) {
		return nil, fmt.Errorf("parse message: no header: %w", ErrNotMessage)
	}
	m.Warnings = append(m.Warnings, warns...)
	head := raw[:len(raw)-len(body)]
	if u, cs, ok := utf8Header(h, head, body); ok {
		h = u
		m.warn("unencoded header text read as " + cs)
	}
	if fixed, rest, note := mimeInBody(h, body); note != "" {
		h, body = fixed, rest
		m.warn(note)
	}
	m.Header = gomail.Header{Header: message.Header{Header: h}}
	m.readEnvelope()

	top := w.entity(h, body, 0)
	m.ContentType = top.mediaType
	m.IsDeliveryReport = w.deliveryReport || w.mixedStatus && fromMailSystem(m)
	m.Text = unwrapClearsigned(w.plainText(&top))
	m.Attachments = top.attachments
	m.HTML = strings.Join(top.html, "\n")
	if text, atts := cutUUEncoded(m.Text); atts != nil {
		m.Text, m.Attachments = text, append(m.Attachments, atts...)
	}
	// The HTML is rendered once: the note and the text read it alike.
	htmlText := sync.OnceValue(func() string { return HTMLToText(m.HTML) })
	if m.HTML != "" && (strings.TrimSpace(m.Text) == "" || htmlPlaceholder(m.Text, htmlText)) {
		if m.Text != "" {
			m.warn("the plain part only asks for an HTML reader; the HTML part is read")
		}
		m.Text = htmlText()
		m.textFromHTML = true
	}
	// The text holds the HTML's words and a trailer added below them; the
	// reply is read from the HTML, as for a mail with no plain part.
	m.textFromHTML = m.textFromHTML || w.plainTrailer && m.HTML != ""
	m.Text = strings.TrimRight(m.Text, "\n \t")
	m.attached = w.forwarded
	if m.Text == "" && w.forwarded != nil && depth < maxForwardDepth {
		if fwd, err := parse(w.forwarded, depth+1); err == nil {
			m.forwarded = cmp.Or(fwd.Text, fwd.forwarded)
		}
	}
	return m, nil
}

// utf8BOM is U+FEFF encoded in UTF-8, the byte-order mark.
var utf8BOM = []byte("\ufeff")

// doubledCRLineEnds rewrites mail whose first line ends in CR CR LF to
// CRLF line ends, or returns nil when it ends any other way. Software
// that writes a CRLF mail to a file in text mode converts each line end
// once more; read as they come, every line is followed by a blank one
// and the header ends after its first field.
func doubledCRLineEnds(raw []byte) []byte {
	i := bytes.IndexAny(raw, "\r\n")
	if i < 0 || !bytes.HasPrefix(raw[i:], []byte("\r\r\n")) {
		return nil
	}
	return bytes.ReplaceAll(raw, []byte("\r\r\n"), []byte("\r\n"))
}

// crLineEnds rewrites mail whose lines end in a bare CR, as old Mac
// software wrote them, to LF line ends, or returns nil when the first line
// ends any other way. Read as it is, such a header is one long field.
func crLineEnds(raw []byte) []byte {
	i := bytes.IndexAny(raw, "\r\n")
	if i < 0 || raw[i] != '\r' || (i+1 < len(raw) && raw[i+1] == '\n') {
		return nil
	}
	return []byte(normalizeNewlines(string(raw)))
}

// hasMailField rejects text that merely starts with "word:" by requiring
// one field every mail has in practice.
func hasMailField(h textproto.Header) bool {
	for f := h.Fields(); f.Next(); {
		switch strings.ToLower(f.Key()) {
		case "from", "to", "subject", "date", "message-id", "received", "content-type",
			"mime-version", "return-path", "delivered-to", "sender", "cc", "reply-to":
			return true
		}
	}
	return false
}

func (m *Message) warn(s string) {
	for _, w := range m.Warnings {
		if w == s {
			return
		}
	}
	m.Warnings = append(m.Warnings, s)
}
