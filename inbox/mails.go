package inbox

import (
	"fmt"
	"strings"

	"helpline/data"
	"helpline/internal/token"
)

// The mails of the question flow are plain text: the owner replies to them
// from an ordinary client, and plain text quotes cleanly.

// QuestionURL is the public page of question q.
func QuestionURL(baseURL string, q *data.Question) string {
	return fmt.Sprintf("%s/q/%d-%s", baseURL, q.ID, q.Slug)
}

func firstName(name string) string {
	f := strings.Fields(name)
	if len(f) == 0 {
		return ""
	}
	return f[0]
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

func (p *Processor) ackMail(q *data.Question, inReplyTo string) *data.OutboxMail {
	var b strings.Builder
	if n := firstName(q.AskerName); n != "" {
		fmt.Fprintf(&b, "Hello %s,\n\n", n)
	} else {
		b.WriteString("Hello,\n\n")
	}
	fmt.Fprintf(&b, "thank you for your question to %s. It has arrived:\n\n", p.cfg.SiteName)
	fmt.Fprintf(&b, "    %s\n\n", q.Title)
	b.WriteString("You will get another mail when it has been answered. The answer is published on\n")
	fmt.Fprintf(&b, "%s without your email address.\n\n", p.cfg.BaseURL)
	b.WriteString("This is an automatic reply.\n")
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
	var b strings.Builder
	fmt.Fprintf(&b, "Title: %s\n\n", q.Title)
	b.WriteString(body)
	b.WriteString("\n\n---\n")
	b.WriteString("Reply to this mail to publish your answer: write it above the quote; the quote\n")
	b.WriteString("and your signature are left out. A later reply replaces the answer.\n")
	b.WriteString("Reply with !hide on the first line to withdraw the question, !show to bring it back.\n")
	if m != nil && m.MessageID != "" {
		fmt.Fprintf(&b, "Asker's message: <%s>\n", m.MessageID)
	}
	return b.String()
}

// notifyFrom is notifyMail with the text after the first line written.
func (p *Processor) notifyFrom(q *data.Question, followup bool, rest string) *data.OutboxMail {
	kind, subject := "New question", "Question: "+q.Title
	if followup {
		kind, subject = "Follow-up", "Follow-up: "+q.Title
	}
	asker := q.AskerEmail
	if q.AskerName != "" {
		asker = fmt.Sprintf("%s <%s>", q.AskerName, q.AskerEmail)
	}
	text := fmt.Sprintf("%s #%d from %s\n", kind, q.ID, asker) + rest
	return &data.OutboxMail{
		Kind: data.KindNotify, To: p.cfg.OwnerAddresses[0], ToName: p.cfg.OwnerName,
		ReplyTo: p.signer.Route(p.cfg.Mailbox, token.Answer, q.ID), Subject: subject, Text: text,
		QuestionID: q.ID, MessageID: p.signer.MessageID(p.domain, token.Answer, q.ID),
		Headers: map[string]string{},
	}
}

func (p *Processor) answeredMail(q *data.Question) *data.OutboxMail {
	var b strings.Builder
	if n := firstName(q.AskerName); n != "" {
		fmt.Fprintf(&b, "Hello %s,\n\n", n)
	} else {
		b.WriteString("Hello,\n\n")
	}
	fmt.Fprintf(&b, "your question \"%s\" has been answered by %s:\n\n", q.Title, p.cfg.OwnerName)
	b.WriteString(q.Answer)
	fmt.Fprintf(&b, "\n\nRead it, and what others say, at\n%s\n\n", QuestionURL(p.cfg.BaseURL, q))
	fmt.Fprintf(&b, "Thank you for asking,\n%s\n", p.cfg.SiteName)
	return &data.OutboxMail{
		Kind: data.KindAnswered, To: q.AskerEmail, ToName: q.AskerName,
		Subject: "Answered: " + q.Title, Text: b.String(), QuestionID: q.ID,
		MessageID: token.RandomID(p.domain),
		Headers:   replyHeaders(map[string]string{"Auto-Submitted": "auto-generated"}, q.MessageID),
	}
}

func (p *Processor) noTextMail(q *data.Question, m *Message) *data.OutboxMail {
	text := fmt.Sprintf("Your reply about question #%d (\"%s\") had no new text above the quote, so\n"+
		"nothing was published. Reply to the original notification again with your\nanswer written above the quoted text.\n", q.ID, q.Title)
	return &data.OutboxMail{
		Kind: data.KindNoText, To: m.From.Addr, Subject: "Not published: " + q.Title, Text: text,
		QuestionID: q.ID, ReplyTo: p.signer.Route(p.cfg.Mailbox, token.Answer, q.ID),
		MessageID: token.RandomID(p.domain),
		Headers:   replyHeaders(map[string]string{"Auto-Submitted": "auto-replied"}, m.MessageID),
	}
}
