package inbox

import (
	"context"
	"time"

	"helpline/data"
	"helpline/internal/prose"
	"helpline/internal/token"
)

// The owner hears back about every mail they send: a one-line confirmation
// of what it did, or an explanation of why it did nothing. Notes go to the
// owner's configured address, never to whoever the mail came from, and
// never answer automatic mail (dispatch sets that aside first); each
// message causes at most one, and at most maxNotesPerHour go in an hour,
// so that a loop cannot flood the owner.

// maxNotesPerHour bounds the notes the owner gets in an hour.
const maxNotesPerHour = 30

// defaultConfirmWait is how long the note about a held reply waits before
// it goes, so that the reply's copy in the Sent mailbox can settle it
// first (Config.ConfirmWait).
const defaultConfirmWait = 2 * time.Minute

// note queues a note to the owner about m and question qid (0 for none)
// whose title is title: subjectID with the title, and textID with args,
// in the site's language. A confirmation is skipped when the owner does
// not want them; an explanation always goes, unless the hour's notes are
// used up.
func (p *Processor) note(ctx context.Context, tx *data.Tx, m *Message, confirmation bool, qid int64, title, subjectID, textID string, args ...any) error {
	if confirmation && p.cfg.NoConfirmations {
		return nil
	}
	to := p.cfg.OwnerAddresses[0]
	n, err := tx.MailsToSince(ctx, data.KindOwnerNote, to, tx.Now().Add(-time.Hour))
	if err != nil {
		return err
	}
	if n >= maxNotesPerHour {
		p.log.Warn("owner note not sent: too many this hour", "message_id", m.MessageID, "note", textID)
		return nil
	}
	t := p.cfg.Locale.T
	return tx.Enqueue(ctx, &data.OutboxMail{
		Kind: data.KindOwnerNote, To: to, ToName: p.cfg.OwnerName, QuestionID: qid,
		Subject:   t(subjectID, title),
		Text:      prose.Wrap(t(textID, args...), wrapWidth) + "\n",
		MessageID: token.RandomID(p.domain),
		// RFC 3834 5: an automatic reply, which other responders leave
		// alone; threaded under the owner's mail.
		Headers: replyHeaders(map[string]string{"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}, m.MessageID),
	})
}
