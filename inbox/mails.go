package inbox

import (
	"cmp"
	"fmt"
	"strconv"
	"strings"

	"helpline/data"
	"helpline/internal/locale"
	"helpline/internal/prose"
	"helpline/internal/token"
)

// The mails of the question flow are plain text, in the site's language:
// the owner replies to them from an ordinary client, and plain text quotes
// cleanly. Our own sentences are wrapped as a mail client would wrap them.

// wrapWidth is where our sentences wrap.
const wrapWidth = 72

// english is the locale of a processor configured without one. English has
// a catalog, so it cannot fail.
func english() *locale.Locale {
	l, err := locale.New(locale.Default, nil)
	if err != nil {
		panic(err)
	}
	return l
}

// QuestionURL is the public page of question q.
func QuestionURL(baseURL string, q *data.Question) string {
	return fmt.Sprintf("%s/q/%d-%s", baseURL, q.ID, q.Slug)
}

// replyHeaders threads a mail under the message it answers (RFC 5322
// 3.6.4).
func replyHeaders(h map[string]string, msgid string) map[string]string {
	if msgid != "" {
		h["In-Reply-To"] = "<" + msgid + ">"
		h["References"] = "<" + msgid + ">"
	}
	return h
}

// say is message id in the site's language, wrapped, with a blank line
// after it.
func (p *Processor) say(b *strings.Builder, id string, args ...any) {
	b.WriteString(prose.Wrap(p.cfg.Locale.T(id, args...), wrapWidth))
	b.WriteString("\n\n")
}

// greet opens a mail to the asker of q.
func (p *Processor) greet(b *strings.Builder, q *data.Question) {
	if n := prose.FirstName(q.AskerName); n != "" {
		p.say(b, "greeting_name", n)
	} else {
		p.say(b, "greeting")
	}
}

func (p *Processor) ackMail(q *data.Question, inReplyTo string) *data.OutboxMail {
	var b strings.Builder
	p.greet(&b, q)
	p.say(&b, "ack_thanks", p.cfg.SiteName)
	fmt.Fprintf(&b, "    %s\n\n", q.Title)
	p.say(&b, "ack_published", p.cfg.BaseURL)
	b.WriteString(p.cfg.Locale.T("ack_automatic") + "\n")
	return &data.OutboxMail{
		Kind: data.KindAck, To: q.AskerEmail, ToName: q.AskerName,
		Subject: "Re: " + q.Title, Text: b.String(), QuestionID: q.ID,
		MessageID: token.RandomID(p.domain),
		// RFC 3834 section 5: mark the reply as automatic so that other
		// responders do not answer it.
		Headers: replyHeaders(map[string]string{"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}, inReplyTo),
	}
}

// notifyMail tells the owner of a new question or a follow-up. Its Reply-To
// is the signed answer route and its Message-ID carries the same token, so
// a plain Reply from any client comes back as an answer.
func (p *Processor) notifyMail(q *data.Question, body string, m *Message, followup bool) *data.OutboxMail {
	return p.notifyFrom(q, followup, p.notifyRest(q, body, m))
}

// notifyRest is a notification's text after its first line, which alone
// names the question's ID.
func (p *Processor) notifyRest(q *data.Question, body string, m *Message) string {
	t := p.cfg.Locale.T
	var b strings.Builder
	b.WriteString(t("notify_title", q.Title) + "\n\n")
	b.WriteString(body)
	b.WriteString("\n\n---\n")
	b.WriteString(prose.Wrap(t("notify_how"), wrapWidth) + "\n")
	b.WriteString(prose.Wrap(t("notify_commands"), wrapWidth) + "\n")
	if m != nil && m.MessageID != "" {
		b.WriteString(t("notify_message", "<"+m.MessageID+">") + "\n")
	}
	return b.String()
}

// Bounds of the list of attached files in the owner's notification. A
// question comes with a few files; a mail can carry hundreds, with names
// of kilobytes, which would bury the question under them.
const (
	maxListedFiles = 20
	maxListedChars = 80
)

// withAttachments adds to body, for the owner's notification, the names
// of the files the asker attached: only the text is published or quoted,
// and "I attached my plan" would otherwise point at nothing. The files stay
// in the original mail in the helpline mailbox. The first maxListedFiles
// are named, each cut to maxListedChars, and the rest counted. A name is
// shown on one line, without the characters that set the direction of
// text: an override turns "report\u202efdp.exe" into "reportexe.pdf".
func (p *Processor) withAttachments(body string, atts []Attachment) string {
	var names []string
	more := 0
	for _, a := range atts {
		name := cmp.Or(prose.OneLine(prose.WithoutDirection(a.Filename)), a.ContentType)
		switch {
		case name == "":
		case len(names) == maxListedFiles:
			more++
		default:
			name, _ = prose.Shorten(name, maxListedChars)
			names = append(names, name)
		}
	}
	if len(names) == 0 {
		return body
	}
	list := strings.Join(names, ", ")
	if more > 0 {
		list += " " + p.cfg.Locale.T("notify_attachments_more", more)
	}
	return body + "\n\n" + prose.Wrap(p.cfg.Locale.T("notify_attachments", list), wrapWidth)
}

// notifyFrom is notifyMail with the text after the first line written.
func (p *Processor) notifyFrom(q *data.Question, followup bool, rest string) *data.OutboxMail {
	t := p.cfg.Locale.T
	first, subject := "notify_new", t("notify_subject", q.Title)
	if followup {
		first, subject = "notify_followup", t("notify_followup_subject", q.Title)
	}
	asker := q.AskerEmail
	if q.AskerName != "" {
		asker = fmt.Sprintf("%s <%s>", q.AskerName, q.AskerEmail)
	}
	text := t(first, strconv.FormatInt(q.ID, 10), asker) + "\n" + rest
	return &data.OutboxMail{
		Kind: data.KindNotify, To: p.cfg.OwnerAddresses[0], ToName: p.cfg.OwnerName,
		ReplyTo: p.signer.Route(p.cfg.Mailbox, token.Answer, q.ID), Subject: subject, Text: text,
		QuestionID: q.ID, MessageID: p.signer.MessageID(p.domain, token.Answer, q.ID),
		Headers: map[string]string{},
	}
}

func (p *Processor) answeredMail(q *data.Question) *data.OutboxMail {
	t := p.cfg.Locale.T
	var b strings.Builder
	p.greet(&b, q)
	p.say(&b, "answered_intro", q.Title, p.cfg.OwnerName)
	b.WriteString(q.Answer)
	fmt.Fprintf(&b, "\n\n%s\n%s\n\n", t("answered_read"), QuestionURL(p.cfg.BaseURL, q))
	fmt.Fprintf(&b, "%s\n%s\n", t("answered_thanks"), p.cfg.SiteName)
	return &data.OutboxMail{
		Kind: data.KindAnswered, To: q.AskerEmail, ToName: q.AskerName,
		Subject: t("answered_subject", q.Title), Text: b.String(), QuestionID: q.ID,
		MessageID: token.RandomID(p.domain),
		Headers:   replyHeaders(map[string]string{"Auto-Submitted": "auto-generated"}, q.MessageID),
	}
}

// answeredLinkMail tells the asker that the answer the owner mailed them
// directly is on the site: it does not repeat the answer.
func (p *Processor) answeredLinkMail(q *data.Question) *data.OutboxMail {
	t := p.cfg.Locale.T
	var b strings.Builder
	p.greet(&b, q)
	p.say(&b, "answered_direct", p.cfg.OwnerName, q.Title)
	fmt.Fprintf(&b, "%s\n\n%s\n%s\n", QuestionURL(p.cfg.BaseURL, q), t("answered_thanks"), p.cfg.SiteName)
	return &data.OutboxMail{
		Kind: data.KindAnswered, To: q.AskerEmail, ToName: q.AskerName,
		Subject: t("answered_subject", q.Title), Text: b.String(), QuestionID: q.ID,
		MessageID: token.RandomID(p.domain),
		Headers:   replyHeaders(map[string]string{"Auto-Submitted": "auto-generated"}, q.MessageID),
	}
}
