package inbox

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"

	// Registers every charset golang.org/x/text knows with go-message, so
	// that its address parser decodes encoded-words in display names.
	_ "github.com/emersion/go-message/charset"
	gomail "github.com/emersion/go-message/mail"
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
	MessageID   string // without angle brackets
	InReplyTo   []string
	References  []string
	From        Address
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
	// IsDeliveryReport is set for multipart/report; report-type=delivery-status.
	IsDeliveryReport bool
	// Warnings says what was malformed but recovered.
	Warnings []string

	textFromHTML bool
	// trimmed is TrimReply(Text), once worked out.
	trimmed *string
	// draft is what the message would be as a new question (draftOf).
	draft *questionDraft
}

// trimmedText is TrimReply(m.Text), worked out once.
func (m *Message) trimmedText() string {
	if m.trimmed == nil {
		t := TrimReply(m.Text)
		m.trimmed = &t
	}
	return *m.trimmed
}

// ErrNotMessage is returned by Parse for input without a readable header.
var ErrNotMessage = errors.New("not a mail message")

// Parse reads a raw RFC 5322 message. It is lenient: broken MIME, missing
// boundaries, bad folding and wrong or unknown charsets give the best text
// it can find, with a note in Warnings. It fails only when the input has no
// header at all.
func Parse(raw []byte) (*Message, error) {
	raw = bytes.TrimLeft(raw, "\r\n")
	if len(raw) == 0 {
		return nil, fmt.Errorf("parse message: empty input: %w", ErrNotMessage)
	}
	fields, body, warns := splitHeader(raw)
	if len(fields) == 0 || !hasMailField(fields) {
		return nil, fmt.Errorf("parse message: no header: %w", ErrNotMessage)
	}
	m := &Message{Header: buildHeader(fields), Warnings: warns}
	m.readEnvelope()

	w := walker{warn: m.warn}
	top := w.entity(m.Header, body, 0)
	m.ContentType = top.mediaType
	m.IsDeliveryReport = w.deliveryReport
	m.Attachments = top.attachments
	m.HTML = strings.Join(top.html, "\n")
	m.Text = strings.Join(top.plain, "\n\n")
	if strings.TrimSpace(m.Text) == "" && m.HTML != "" {
		m.Text = HTMLToText(m.HTML)
		m.textFromHTML = true
	}
	m.Text = strings.TrimRight(m.Text, "\n \t")
	return m, nil
}

// hasMailField rejects text that merely starts with "word:" by requiring
// one field every mail has in practice.
func hasMailField(fields []rawField) bool {
	for _, f := range fields {
		switch strings.ToLower(strings.TrimSpace(f.key)) {
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

// readEnvelope fills the addressing fields from the top-level header.
func (m *Message) readEnvelope() {
	h := &m.Header
	if ids := parseMsgIDs(h.Get("Message-Id")); len(ids) > 0 {
		m.MessageID = ids[0]
	}
	m.InReplyTo = parseMsgIDs(h.Get("In-Reply-To"))
	m.References = parseMsgIDs(strings.Join(h.Values("References"), " "))

	from, ok := parseAddressList(h, "From")
	if !ok {
		m.warn("malformed From header")
	}
	if len(from) > 0 {
		m.From = from[0]
	}
	for _, f := range []struct {
		key string
		dst *[]Address
	}{{"To", &m.To}, {"Cc", &m.Cc}, {"Reply-To", &m.ReplyTo}} {
		list, ok := parseAddressList(h, f.key)
		if !ok {
			m.warn("malformed " + f.key + " header")
		}
		*f.dst = list
	}
	m.DeliveredTo = deliveredTo(h)
	m.ReturnPath = parseReturnPath(h.Get("Return-Path"))
	m.Subject = oneLine(decodeHeaderText(h.Get("Subject")))
	for _, list := range [][]Address{m.To, m.Cc, m.ReplyTo} {
		for i := range list {
			list[i].Name = oneLine(list[i].Name)
		}
	}
	m.From.Name = oneLine(m.From.Name)
	d, err := parseDate(h.Get("Date"))
	if err != nil {
		m.warn("unreadable Date header")
	}
	m.Date = d
}

// oneLine makes decoded header text safe to show and to reuse in headers
// of our own: an encoded-word can carry CR, LF and other controls, which
// would let a sender add header fields to mail we send on.
func oneLine(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsControl(r)
	}), " ")
}

func deliveredTo(h *gomail.Header) []string {
	var out []string
	seen := map[string]bool{}
	for _, key := range []string{"Delivered-To", "X-Original-To", "Envelope-To"} {
		for _, v := range h.Values(key) {
			for _, a := range lenientAddresses(v) {
				if a.Addr != "" && !seen[a.Addr] {
					seen[a.Addr] = true
					out = append(out, a.Addr)
				}
			}
		}
	}
	return out
}
