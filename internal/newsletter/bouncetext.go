package newsletter

import (
	"bytes"
	"html"
	"io"
	"net/mail"
	"regexp"
	"strings"

	"github.com/emersion/go-message"
	"github.com/emersion/go-message/textproto"

	"helpline/internal/autoreply"
	"helpline/internal/prose"
	// Registers every charset golang.org/x/text knows, so that the text
	// of a bounce in ISO-2022-JP or windows-1251 reads as words.
	_ "github.com/emersion/go-message/charset"
)

// maxBounceRecipients bounds the recipients read from one bounce; ours go
// to one address each, and a bounce listing hundreds is not about us.
const maxBounceRecipients = 20

// ReadBounceText reads a bounce that is not a clean RFC 3464 report: the
// notices qmail, old Exim, Sendmail, Exchange, Domino, GroupWise and many
// providers write in prose, and reports whose fields name no usable
// recipient. It returns one Bounce per failed recipient it finds, with the
// status the text gives (see bouncecode.go), or a single Bounce without a
// recipient when it names none.
//
// It is conservative: mail that does not read as a delivery failure (a
// person's answer) and a failure that gives no reason come back with
// status 4.0.0, a soft bounce, as does anything it cannot read. An
// automatic reply (RFC 3834, or one that says so), a challenge to prove
// we are human, a list moderator's or a quarantine's hold, and a report
// whose recipients were all delivered, relayed or expanded, return no
// Bounce: the mail arrived.
//
// Tracing is as in ParseDSN: the route the bounce was sent to, or the
// signed Message-ID of the returned mail, in an attached part or in the
// copy that follows the notice's text.
func (s *Service) ReadBounceText(raw []byte) []Bounce {
	raw = skipMboxLine(raw)
	var h message.Header
	var n notice
	if e, err := message.Read(bytes.NewReader(raw)); err == nil || message.IsUnknownCharset(err) {
		h, n = e.Header, readNotice(e)
	} else {
		h = lenientHeader(raw)
	}
	if strings.TrimSpace(n.text) == "" {
		// A MIME structure too broken to walk (a boundary parameter
		// left unfolded, say) still has the server's words in it.
		n.text, n.quoted = cutReturnedMail(rawBody(raw))
	}
	outboxID := s.verpOutboxID(h)
	if outboxID == 0 && n.quoted != "" {
		outboxID = s.quotedOutboxID(strings.NewReader(n.quoted))
	}
	if n.reportOnlySuccess {
		return nil
	}
	var out []Bounce
	switch why, arrived := notFailure(h, n); {
	case arrived:
		// An automatic reply or a challenge says the mail arrived: an
		// autoresponder answers to the return route (RFC 3834), and a
		// subscriber on holiday is no failing address.
		return nil
	case why != "":
		out = []Bounce{{Status: "4.0.0", Diagnostic: why}}
	default:
		out = n.bounces(h, s.cfg.Links.Mailbox)
	}
	for i := range out {
		out[i].OutboxID = outboxID
	}
	return out
}

// skipMboxLine drops the "From sender date" line that mbox files and some
// stores put before the header: it is no header field.
func skipMboxLine(raw []byte) []byte {
	if !bytes.HasPrefix(raw, []byte("From ")) {
		return raw
	}
	if i := bytes.IndexByte(raw, '\n'); i >= 0 {
		return raw[i+1:]
	}
	return raw
}

// lenientHeader reads the header of a mail that the MIME reader refused:
// a line that is neither a field nor folded continues the field before it,
// as the sender meant. Only the fields read here matter.
func lenientHeader(raw []byte) message.Header {
	var th textproto.Header
	head, _, _ := strings.Cut(strings.ReplaceAll(string(raw[:min(len(raw), maxStatusPart)]), "\r\n", "\n"), "\n\n")
	var name string
	var value strings.Builder
	flush := func() {
		if name != "" {
			th.Add(name, strings.TrimSpace(value.String()))
		}
		value.Reset()
	}
	for _, line := range strings.Split(head, "\n") {
		k, v, ok := strings.Cut(line, ":")
		if ok && k != "" && !strings.ContainsAny(k, " \t") {
			flush()
			name = k
			value.WriteString(v)
			continue
		}
		value.WriteString(" " + strings.TrimSpace(line))
	}
	flush()
	return message.Header{Header: th}
}

// rawBody is what follows the header of raw, bounded by maxStatusPart, with
// CRLF read as LF.
func rawBody(raw []byte) string {
	b := strings.ReplaceAll(string(raw[:min(len(raw), 2*maxStatusPart)]), "\r\n", "\n")
	if _, body, ok := strings.Cut(b, "\n\n"); ok {
		b = body
	}
	return b[:min(len(b), maxStatusPart)]
}

// notice is the readable part of a bounce.
type notice struct {
	text   string   // the notice's own words, without the returned mail
	quoted string   // the returned mail's headers, when they follow the text
	fields []string // the Status and Diagnostic-Code lines of a report
	// report fields of a multipart/report, any group
	reportFailed, reportOnlySuccess bool
	reportRecipients                []string
}

// readNotice gathers the text parts of e (HTML when there is no plain
// text), cut where the copy of the returned mail begins, and the fields of
// any delivery-status part. What it reads is bounded by maxStatusPart.
func readNotice(e *message.Entity) notice {
	var n notice
	var plain, htmlText strings.Builder
	var attached string // the returned mail or its headers, in a part of its own
	budget := int64(maxStatusPart)
	_ = e.Walk(func(_ []int, p *message.Entity, err error) error {
		if (err != nil && !message.IsUnknownCharset(err) && !message.IsUnknownEncoding(err)) || budget <= 0 {
			return nil
		}
		mt, _, _ := p.Header.ContentType()
		if mt == "" {
			mt = "text/plain"
		}
		switch mt {
		case "message/rfc822", "text/rfc822-headers", "message/global", "message/global-headers":
			if attached == "" {
				b, _ := io.ReadAll(io.LimitReader(p.Body, budget))
				budget -= int64(len(b))
				attached = string(b)
			}
			return nil
		}
		if disp, _, _ := p.Header.ContentDisposition(); disp == "attachment" && strings.HasPrefix(mt, "text/") {
			// A text attachment is the returned mail or its headers:
			// our words, which may quote any code, not the server's.
			return nil
		}
		switch mt {
		case "text/plain", "text/html", "message/delivery-status", "message/global-delivery-status":
		default:
			return nil
		}
		b, _ := io.ReadAll(io.LimitReader(p.Body, budget))
		budget -= int64(len(b))
		switch mt {
		case "text/plain":
			plain.Write(b)
			plain.WriteByte('\n')
		case "text/html":
			htmlText.WriteString(htmlToText(string(b)))
			htmlText.WriteByte('\n')
		default:
			n.readReportFields(string(b))
		}
		return nil
	})
	text := plain.String()
	if strings.TrimSpace(text) == "" {
		text = htmlText.String()
	}
	text = strings.ReplaceAll(text, "\r\n", "\n")
	n.text, n.quoted = cutReturnedMail(text)
	if n.quoted == "" {
		n.quoted = attached
	}
	n.text += "\n" + strings.Join(n.fields, "\n")
	return n
}

// readReportFields notes what a delivery-status part says, group by group,
// even when it puts its fields in the wrong group: whether any recipient
// failed or was delayed, whether all of them succeeded, and the addresses
// it names, but for those of a group that says they got the mail. Its
// Status and Diagnostic-Code lines join the notice's text.
func (n *notice) readReportFields(b string) {
	success, failed := false, false
	var group []string // the addresses of the group being read
	groupArrived := false
	flush := func() {
		if !groupArrived {
			n.reportRecipients = append(n.reportRecipients, group...)
		}
		group, groupArrived = group[:0], false
	}
	for _, line := range strings.Split(strings.ReplaceAll(b, "\r\n", "\n"), "\n") {
		name, value, ok := strings.Cut(line, ":")
		if !ok {
			if strings.TrimSpace(line) == "" {
				flush()
			}
			continue
		}
		value = strings.TrimSpace(value)
		switch strings.ToLower(strings.TrimSpace(name)) {
		case "action":
			switch strings.ToLower(value) {
			case "failed", "delayed":
				failed = true
			case "delivered", "relayed", "expanded":
				success, groupArrived = true, true
			}
		case "final-recipient", "original-recipient":
			if a := typedAddress(value); a != "" {
				group = append(group, a)
			}
		case "status", "diagnostic-code":
			n.fields = append(n.fields, line)
		}
	}
	flush()
	n.reportFailed = n.reportFailed || failed
	n.reportOnlySuccess = success && !failed && !n.reportFailed
}

// returnedMailMarks begin the copy of the returned mail in the notices of
// qmail, Exim, SMTP32, 1&1/GMX, Exchange and others, or its first header
// where a notice puts it under its text with no line of its own; what
// follows is ours, not the server's words.
var returnedMailMarks = regexp.MustCompile(`(?im)^[ \t]*(-+ *)?(below this line is a copy of the message|this is a copy of the message|the header of the original message is following|original message follows|original message headers|unsent message follows|(-+ *)?original message *-+|-+ *(returned|original) (message|mail)|your message reads|return-path: *<|received: from )`)

// cutReturnedMail splits text at the copy of the returned mail, returning
// the notice and the copy's headers (for tracing).
func cutReturnedMail(text string) (notice, quoted string) {
	loc := returnedMailMarks.FindStringIndex(text)
	if loc == nil {
		return text, ""
	}
	rest := text[loc[1]:]
	if i := strings.IndexByte(rest, '\n'); i >= 0 {
		rest = rest[i+1:]
	} else {
		rest = ""
	}
	return text[:loc[0]], strings.TrimLeft(rest, " \t\n")
}

// daemonLocalParts are the senders of delivery failure notices.
var daemonLocalParts = []string{"mailerdaemon", "maildaemon", "postmaster", "mailadmin", "mdaemon", "mailsystem"}

// failureSubjects are the subjects of delivery failure notices, in the
// languages the servers write them in.
var failureSubjects = regexp.MustCompile(`(?i)(failure notice|undeliver|undelivered|not delivered|returned mail|returned to sender|mail delivery failed|delivery failure|delivery status notification \(failure\)|delivery has failed|non[- ]?deliver|could not be delivered|mail system error|message status - undeliverable|delivery problem|unzustellbar|nicht zustellbar|non remis|non distribuable|onbestelbaar|niet afgeleverd|no se puede entregar|no entregado|non recapitabile|mancato recapito|não entregue|nie dostarczono|недостав|配信不能|配信エラー|退信|投递失败)`)

// challengeWords are written by challenge-response filters, which hold a
// mail until the sender proves to be a person: the mail may still arrive.
var challengeWords = []string{
	"waitlisted", "guest list", "not pre-approved", "pre-approve", "challenge", "verify that you",
	"verify you are", "confirm that you", "prove you are", "human sender", "spam arrest", "approved senders",
	"whitelist", "allowlist", "allowed list", "approved list", "click the link below to be added",
	// A list's moderator or a quarantine holds the mail: it arrived,
	// and may still be read.
	"held in quarantine", "placed in quarantine", "has been quarantined", "held for moderation",
	"awaits moderator approval", "awaiting moderator approval", "held until the list moderator",
}

// notFailure says why the mail is not a delivery failure notice, "" when it
// is one: a report of failed recipients, or mail from a mail system or
// with a failure subject, that is neither an automatic answer nor a
// challenge. Those two say the mail arrived.
func notFailure(h message.Header, n notice) (why string, arrived bool) {
	subject := decodedSubject(h)
	lower := strings.ToLower(n.text)
	switch {
	case autoreply.Mentioned(subject) && !failureSubjects.MatchString(subject):
		return "automatic reply, not a delivery failure", true
	case autoreply.MarkedBy(&h) != "":
		return "automatic reply (" + autoreply.MarkedBy(&h) + "), not a delivery failure", true
	case containsAny(lower, challengeWords) || containsAny(strings.ToLower(subject), challengeWords):
		return "challenge to confirm the sender, not a delivery failure", true
	case n.reportFailed, fromMailSystem(h), failureSubjects.MatchString(subject):
		return "", false
	case automatic(h), autoreply.Mentioned(prose.Leading(n.text, maxSubject)):
		// Automatic mail that is no failure notice (an answer in a
		// language not read above, a help desk's receipt, marked by
		// RFC 3834 or saying so in its first lines) says the mail
		// arrived.
		return "automatic mail, not a delivery failure", true
	}
	return "not a delivery failure notice: no report, mail-system sender or failure subject", false
}

// automatic reports an RFC 3834 Auto-Submitted other than "no", or a
// Precedence that autoresponders and lists write.
func automatic(h message.Header) bool {
	as := strings.ToLower(strings.TrimSpace(h.Get("Auto-Submitted")))
	switch strings.ToLower(strings.TrimSpace(h.Get("Precedence"))) {
	case "bulk", "junk", "list", "auto_reply":
		return true
	}
	return as != "" && as != "no"
}

// maxSubject bounds the subject, and the first lines of text, that the
// word patterns read: theirs are short, and a pattern with many
// alternatives in many scripts costs about a microsecond a byte.
const maxSubject = 2 << 10

func decodedSubject(h message.Header) string {
	s, err := h.Text("Subject")
	if err != nil {
		s = h.Get("Subject")
	}
	return prose.Leading(s, maxSubject)
}

// fromMailSystem reports a From of a mail system's own: mailer-daemon,
// postmaster and their spellings, or a display name such as "Mail
// Delivery System".
func fromMailSystem(h message.Header) bool {
	from := strings.ToLower(h.Get("From"))
	name := from
	if a, err := mail.ParseAddress(h.Get("From")); err == nil {
		from, name = strings.ToLower(a.Address), strings.ToLower(a.Name)
	}
	return isMailSystem(from) || strings.Contains(name, "mail delivery") || strings.Contains(name, "mailer-daemon")
}

// htmlToText keeps the words of an HTML notice, lowercased, a line per
// block. Tags are skipped in one pass: no nesting is followed.
func htmlToText(s string) string {
	s = strings.ToLower(s)
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			b.WriteString(s)
			break
		}
		b.WriteString(s[:i])
		j := strings.IndexByte(s[i:], '>')
		if j < 0 {
			break
		}
		tag := s[i+1 : i+j]
		if strings.HasPrefix(tag, "style") || strings.HasPrefix(tag, "script") {
			// Their contents are not words of the notice.
			end := strings.Index(s[i+j:], "</"+tag[:strings.IndexAny(tag+" ", " \t\r\n")])
			if end < 0 {
				break
			}
			s = s[i+j+end:]
			continue
		}
		if strings.HasPrefix(tag, "br") || strings.HasPrefix(tag, "/p") || strings.HasPrefix(tag, "/div") ||
			strings.HasPrefix(tag, "/tr") || strings.HasPrefix(tag, "p ") || tag == "p" || strings.HasPrefix(tag, "/h") {
			b.WriteByte('\n')
		}
		s = s[i+j+1:]
	}
	return html.UnescapeString(b.String())
}
