package inbox

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"helpline/data"
	"helpline/internal/prose"
)

// A reader who knows the owner often writes to the owner's own address,
// and the owner forwards the mail to the helpline to answer it there. The
// question is then the reader's: its title, text, asker and date are the
// forwarded message's, the owner's note above it stays with the owner,
// and nobody is acknowledged, since the reader wrote to the owner and the
// owner knows. The owner is notified as for any question, and the reader
// gets the answer as any asker does.

// forwardedMail is a message the owner forwarded, as far as it reads.
type forwardedMail struct {
	msg  *Message // the forwarded message as a question would read it
	note string   // what the owner wrote above it
	// sender is false when no sender's address could be read: the
	// owner is the asker then.
	sender bool
	// more counts the other messages attached whole beside the one
	// filed, which the owner is told were not.
	more int
}

// ownerForward files mail that the owner forwarded to the helpline as the
// question of the message it forwards. It takes mail from an owner address
// that the trusted server vouches for, by the rule for the owner's mail
// without a token (directReply); any other mail, and the owner's mail that
// forwards nothing, is left to the question flow.
func (p *Processor) ownerForward(m *Message) (act, bool) {
	if !p.ownerVouched(m) {
		return nil, false
	}
	fwd, ok := p.forwardIn(m)
	if !ok {
		return nil, false
	}
	p.draftOf(fwd.msg)
	return func(ctx context.Context, tx *data.Tx) (outcome, error) {
		if old, err := p.backlog(ctx, tx, m); err != nil || old {
			// As any mail of the owner's from before helpline.
			reason := "written " + m.received.Format(time.DateOnly) + ", before helpline: not filed as a forward"
			return outcome{kind: data.OutcomeRejected, reason: reason}, err
		}
		return p.fileForward(ctx, tx, fwd)
	}, true
}

// ownerVouched reports mail written by an owner address that the trusted
// server saw pass DKIM or DMARC for its domain, or any mail in the
// owner's name where the development server is trusted. Without a token
// a From alone would let anyone file a question in a reader's name that
// no one is told of.
func (p *Processor) ownerVouched(m *Message) bool {
	if !writtenBy(m, p.cfg.OwnerAddresses) {
		return false
	}
	_, domain := splitAddr(m.From.Addr)
	v := authFor(m, p.cfg.TrustedAuthservID, domain)
	return v.fail == "" && (v.pass || p.cfg.TrustOwnerFrom)
}

// fileForward stores the forwarded question and notifies the owner, with
// no acknowledgement. Forwarded twice, or forwarded when its reader wrote
// to the helpline too, it is filed once.
func (p *Processor) fileForward(ctx context.Context, tx *data.Tx, fwd forwardedMail) (outcome, error) {
	fm := fwd.msg
	d := p.draftOf(fm)
	if d.text == "" && strings.TrimSpace(fm.Subject) == "" {
		return outcome{kind: data.OutcomeRejected, reason: "a forward with no text and no subject"}, nil
	}
	q := d.q
	if now := tx.Now(); fm.Date.Before(now) {
		q.AskedAt = fm.Date // zero when unread, which CreateQuestion makes now
	}
	since := tx.Now().Add(-24 * time.Hour)
	if !q.AskedAt.IsZero() && q.AskedAt.Before(since) {
		since = q.AskedAt
	}
	asked, err := tx.AskedSince(ctx, q.AskerEmail, since, q.Title, q.Body)
	if err != nil {
		return outcome{}, err
	}
	if asked.Same != 0 {
		return outcome{kind: data.OutcomeDuplicate, questionID: asked.Same,
			reason: fmt.Sprintf("a forward of question %d, filed already", asked.Same)}, nil
	}
	if err := tx.CreateQuestion(ctx, &q); err != nil {
		return outcome{}, err
	}
	out := outcome{kind: data.OutcomeQuestion, questionID: q.ID, reason: forwardReason(fwd)}
	return out, tx.Enqueue(ctx, p.notifyFrom(&q, false, p.forwardNotice(&q, fwd)))
}

// forwardReason is the outcome's reason: where the question came from,
// and the owner's note, which is not published but kept here.
func forwardReason(fwd forwardedMail) string {
	r := "forwarded by the owner"
	if !fwd.sender {
		r += "; no reader's address could be read from it, so the owner is the asker"
	}
	if fwd.more > 0 {
		r += fmt.Sprintf("; %d more messages attached were not filed", fwd.more)
	}
	if fwd.note != "" {
		note, _ := prose.Shorten(prose.OneLine(fwd.note), 300)
		r += "; the owner's note: " + note
	}
	return r
}

// attachedMessages counts the messages attached whole among atts.
func attachedMessages(atts []Attachment) int {
	n := 0
	for _, a := range atts {
		if a.ContentType == "message/rfc822" || a.ContentType == "message/global" {
			n++
		}
	}
	return n
}

// forwardNotice is the owner's notification after its first line: the
// forwarded question, as for any question, and the owner's own note
// under it, marked as not published.
func (p *Processor) forwardNotice(q *data.Question, fwd forwardedMail) string {
	body := p.withAttachments(q.Body, fwd.msg.Attachments)
	if fwd.more > 0 {
		// Outlook forwards every mail selected as an attachment of one:
		// only the first is filed, and the others must not go unseen.
		body += "\n\n" + prose.Wrap(p.cfg.Locale.T("notify_forward_more", fwd.more), wrapWidth)
	}
	if fwd.note != "" {
		body += "\n\n" + prose.Wrap(p.cfg.Locale.T("notify_forward_note"), wrapWidth) + "\n" + quoteText(fwd.note)
		body = strings.TrimRight(body, "\n")
	}
	return p.notifyRest(q, body, nil)
}

// forwardIn reads the message m forwards: one attached whole, else one
// written into the text under a client's forward header. A reply is no
// forward, whatever it quotes or attaches: a forward's subject says it is
// one, or it replies to nothing and its subject is no reply's, as a
// webmail that drops In-Reply-To still writes "Re:".
func (p *Processor) forwardIn(m *Message) (forwardedMail, bool) {
	if !forwardSubject(m.Subject) && (len(m.InReplyTo) > 0 || replySubject(m.Subject)) {
		return forwardedMail{}, false
	}
	if fwd, ok := p.attachedForward(m); ok {
		return fwd, true
	}
	return p.inlineForward(m)
}

// attachedForward reads a message the owner forwarded as an attachment
// (message/rfc822): the owner's text is the note.
func (p *Processor) attachedForward(m *Message) (forwardedMail, bool) {
	if m.attached == nil {
		return forwardedMail{}, false
	}
	inner, err := p.parse(m.attached)
	if err != nil {
		return forwardedMail{}, false
	}
	fm := &Message{MessageID: cmp.Or(inner.MessageID, m.MessageID), Subject: inner.Subject, Date: inner.Date,
		Text: inner.Text, forwarded: inner.forwarded, Attachments: inner.Attachments}
	fwd := forwardedMail{msg: fm, note: strings.TrimSpace(TrimReply(m.Text)), more: attachedMessages(m.Attachments) - 1}
	from := inner.From
	if viaList(from) && len(inner.ReplyTo) == 1 && !strings.EqualFold(inner.ReplyTo[0].Addr, from.Addr) {
		// A list that rewrites its members' From names the writer in
		// Reply-To.
		from = inner.ReplyTo[0]
	}
	fwd.sender = p.askerOf(fm, m, from)
	if strings.TrimSpace(fm.Subject) == "" {
		fm.Subject = m.Subject
	}
	return p.innermost(fwd, m), true
}

// askerOf sets fm's sender to from, the forwarded message's, when it is a
// reader's address, and to the owner's, from m, when it is not, and
// reports which. A machine's address, "noreply@", is no reader's: an
// answer sent there would bounce; nor is a list's, which a list that
// rewrites From puts in a member's name ("'Lena' via Club"): the answer
// would go to all its members.
func (p *Processor) askerOf(fm, m *Message, from Address) bool {
	a := strings.ToLower(from.Addr)
	local, _, _ := strings.Cut(a, "@")
	if !plausibleAddr(a) || strings.EqualFold(a, p.cfg.Mailbox) || slices.Contains(p.cfg.OwnerAddresses, a) || autoSenders[local] ||
		viaList(from) {
		fm.From = m.From
		return false
	}
	fm.From = Address{Name: strings.Trim(from.Name, "*_ "), Addr: from.Addr}
	return true
}

// viaList reports a sender's address that a mailing list rewrote to its
// own, as Google Groups and Mailman write it: "'Lena Berg' via Club".
func viaList(from Address) bool {
	return strings.Contains(strings.ToLower(from.Name), " via ")
}

// inlineForward reads a forward written into m's text: the owner's note,
// then the line and header block a client writes over the forwarded
// message (Gmail's "---------- Forwarded message ---------", Outlook's
// From:/Sent: block, Apple Mail's "Begin forwarded message:",
// Thunderbird's "-------- Forwarded Message --------"), as the reply
// trimmer reads them, then the forwarded text.
func (p *Processor) inlineForward(m *Message) (forwardedMail, bool) {
	fwd, ok := p.forwardInText(m, m)
	if !ok {
		return forwardedMail{}, false
	}
	return p.innermost(fwd, m), true
}

// forwardInText reads the first forward written into in's text, as
// inlineForward does; owner is the owner's mail, whose sender is the
// asker when the forwarded one is no reader's.
func (p *Processor) forwardInText(in, owner *Message) (forwardedMail, bool) {
	lines := unquoteForward(strings.Split(in.Text, "\n"))
	plain := make([]string, len(lines))
	for i, l := range lines {
		plain[i] = plainLine(l)
	}
	for i := range plain {
		if plain[i] == "" || isQuoteLine(lines[i]) || !startsHistory(plain, i) {
			continue
		}
		end := forwardHeadEnd(plain, i)
		fm := &Message{MessageID: in.MessageID, Subject: in.Subject, Attachments: in.Attachments,
			Text: strings.TrimSpace(strings.Join(lines[end:], "\n"))}
		from := readForwardHead(fm, plain[i:end])
		fwd := forwardedMail{msg: fm, note: forwardNote(lines[:i])}
		fwd.sender = p.askerOf(fm, owner, from)
		return fwd, true
	}
	return forwardedMail{}, false
}

// maxForwardsWithin bounds how many forwards within forwards are opened.
const maxForwardsWithin = 5

// innermost is the reader's message within fwd when fwd forwards a
// forward: the owner's own mail from another address passed on, or
// anyone's forward with no words of their own above it. Its question is
// the innermost reader's, and the owner's note stays fwd's. A forward
// with words of its sender's above the one within is that sender's
// question, of their words and the text they passed on, which a reply's
// trimming would cut, without the header between that names its writer.
// Only a forward has one within: a reply's subject says it quotes.
func (p *Processor) innermost(fwd forwardedMail, owner *Message) forwardedMail {
	for range maxForwardsWithin {
		// A block within a reply ("Re: Knee") is the history it
		// quotes, such as the owner's own earlier advice, not a forward.
		if !forwardSubject(fwd.msg.Subject) {
			return fwd
		}
		inner, ok := p.forwardInText(fwd.msg, owner)
		if !ok {
			return fwd
		}
		if fwd.sender && inner.note != "" {
			fwd.msg.Text = inner.note + "\n\n" + inner.msg.Text
			return fwd
		}
		if !inner.sender && fwd.sender {
			// No reader's address within: the one who forwarded it
			// to the owner is the asker.
			inner.msg.From, inner.sender = fwd.msg.From, true
		}
		if inner.msg.Date.IsZero() {
			inner.msg.Date = fwd.msg.Date
		}
		inner.note, inner.more = fwd.note, fwd.more
		fwd = inner
	}
	return fwd
}

// unquoteForward strips a level of quoting from a forwarded message that
// a client quotes under its line, as iOS Mail does under "Begin
// forwarded message:", so that its header fields read as a forward's.
func unquoteForward(lines []string) []string {
	for i, l := range lines {
		t := plainLine(l)
		if t == "" || isQuoteLine(l) {
			continue
		}
		if !isOriginalLine(t) {
			continue
		}
		k := i + 1
		for k < len(lines) && plainLine(lines[k]) == "" {
			k++
		}
		if k == len(lines) || !isQuoteLine(lines[k]) || headerFieldOf(plainLine(unquote(lines[k]))) == fieldNone {
			continue
		}
		out := slices.Clone(lines)
		for j := i + 1; j < len(out); j++ {
			out[j] = unquoteOnce(out[j])
		}
		return out
	}
	return lines
}

// unquoteOnce strips one level of ">" quoting from a line.
func unquoteOnce(l string) string {
	t := strings.TrimLeft(l, " \t")
	for _, mark := range []string{">", "＞"} {
		if rest, ok := strings.CutPrefix(t, mark); ok {
			return strings.TrimPrefix(rest, " ")
		}
	}
	return l
}

// forwardHeadEnd returns the line after the forward's header at line i.
// Apple Mail leaves a blank line between "Begin forwarded message:" and
// the fields, where historyHeadEnd stops. A line it does not read as a field, a value wrapped or a field of a
// client's own, may stop it too; the fields right under that line are
// still the block's, which every client ends with a blank line.
func forwardHeadEnd(plain []string, i int) int {
	end := historyHeadEnd(plain, i)
	if end == i+1 && isOriginalLine(plain[i]) {
		k := end
		for k < len(plain) && plain[k] == "" {
			k++
		}
		if k < len(plain) && headerFieldOf(plain[k]) != fieldNone {
			end = historyHeadEnd(plain, k)
		}
	}
	for end+1 < len(plain) && plain[end] != "" && headerFieldOf(plain[end+1]) != fieldNone {
		end = historyHeadEnd(plain, end+1)
	}
	return end
}

// readForwardHead reads the forwarded message's subject and date from its
// header lines into fm, and returns its sender, empty when none reads.
func readForwardHead(fm *Message, head []string) Address {
	var from Address
	for _, t := range head {
		_, value, ok := splitField(t)
		if !ok {
			continue
		}
		// Thunderbird's HTML forward puts each field in a table row,
		// which reads "Subject: | Tapering".
		value = strings.TrimSpace(strings.TrimPrefix(value, "|"))
		switch headerFieldOf(t) {
		case fieldFrom:
			if from.Addr == "" {
				from = forwardedAddress(value)
			}
		case fieldDate:
			if fm.Date.IsZero() {
				fm.Date = forwardedDate(value)
			}
		case fieldSubject:
			if value != "" {
				fm.Subject = value
			}
		}
	}
	return from
}

// forwardedAddress reads the sender field of a forward's header: "Lena
// Berg <lena@example.net>", Gmail's "*Lena Berg* <lena@example.net>",
// Outlook's older "Lena Berg [mailto:lena@example.net]".
func forwardedAddress(v string) Address {
	v = strings.NewReplacer("[mailto:", "<", "]", ">").Replace(v)
	list, ok := parseAddresses(v)
	if !ok || len(list) == 0 {
		list = lenientAddresses(v)
	}
	if len(list) == 0 {
		return Address{}
	}
	return list[0]
}

// forwardedDateLayouts are the dates clients write in a forward's header
// without a zone, once spelledDate has read them: Gmail's "Mon, 3 Mar 2025
// at 09:12", Outlook's "Monday, March 3, 2025 9:12 AM" and "Monday, 3
// March 2025 09:12", Gmail's app's "Mon, Mar 3, 2025, 9:12 AM", Outlook's
// app's "Monday, March 3, 2025 9:12:34 AM". Read as UTC: the day is what
// matters.
var forwardedDateLayouts = []string{"Mon, 2 Jan 2006 15:04", "Mon, Jan 2, 2006 3:04 PM", "Mon, 2 Jan 2006 15:04:05",
	"2 Jan 2006 15:04", "Jan 2, 2006 3:04 PM", "Mon, Jan 2, 2006, 3:04 PM", "Mon, Jan 2, 2006 3:04:05 PM"}

// forwardedDate reads the date field of a forward's header, in English or
// in its client's language (localDate), or returns the zero time.
func forwardedDate(v string) time.Time {
	if t, err := parseDate(v); err == nil {
		return t
	}
	sv := spelledDate(strings.Join(strings.Fields(v), " "))
	for _, l := range forwardedDateLayouts {
		if t, err := time.Parse(l, sv); err == nil {
			return t
		}
	}
	return localDate(sv)
}

// forwardNote is what the owner wrote above the forward, without their
// signature and the rule a client draws over the forward's header.
func forwardNote(lines []string) string {
	n := len(lines)
	for n > 0 {
		t := plainLine(lines[n-1])
		if t != "" && !isRule(t) && !isFramedSeparator(t) {
			break
		}
		n--
	}
	return strings.TrimSpace(TrimReply(strings.Join(lines[:n], "\n")))
}
