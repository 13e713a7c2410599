package inbox

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"helpline/data"
)

// sized is a new message's UID and size, known before it is downloaded.
type sized struct {
	uid  imap.UID
	size int64
}

// fetchNew ingests every message above the high-water mark, downloaded in
// batches. Each message is stored with its outcome, and the mark advanced
// past it, in one transaction, so a crash at any point loses nothing and
// ingests nothing twice.
func (p *Poller) fetchNew(ctx context.Context, c *imapclient.Client, sel *imap.SelectData) (int, error) {
	last, err := p.highWater(ctx, sel.UIDValidity, uint32(sel.UIDNext))
	if err != nil {
		return 0, err
	}
	news, err := p.listNew(c, last)
	if err != nil {
		return 0, err
	}
	var done imap.UIDSet
	stored, err := p.ingestNew(ctx, c, sel.UIDValidity, news, &done)
	p.moveProcessed(c, done)
	if err == nil && !p.cfg.Sent {
		// After the whole fetch, so that the owner hears of the backlog
		// it filed once; each time, so that a fetch cut short by a
		// crash is told of by the next.
		err = p.proc.NoteBacklog(ctx)
	}
	return stored, err
}

// ingestNew downloads news a batch at a time and ingests each message,
// adding each UID stored to done, and returns how many it stored.
//
// The next batch downloads while the last one is stored: the one waits on
// the server, the other on the disk, and together they take a good part
// less time than one after the other (BenchmarkIngest).
func (p *Poller) ingestNew(ctx context.Context, c *imapclient.Client, uidvalidity uint32, news []sized, done *imap.UIDSet) (int, error) {
	batches := make(chan downloaded)
	stop := make(chan struct{})
	go func() {
		defer close(batches)
		for len(news) > 0 {
			var batch []sized
			batch, news = p.nextBatch(news)
			fetched, err := p.download(c, uidvalidity, batch)
			// Reading the mail needs no database: it is done here, beside
			// the storing of the batch before.
			read := make([]incoming, len(fetched))
			for i, f := range fetched {
				read[i] = p.proc.prepare(f)
			}
			select {
			case batches <- downloaded{fetched, read, err}:
			case <-stop:
				return
			}
			if err != nil {
				return
			}
		}
	}()
	defer func() {
		close(stop)
		for range batches {
			// Wait for the download in progress: the connection is then free.
		}
	}()
	stored := 0
	for d := range batches {
		if d.err != nil {
			return stored, d.err
		}
		for i, f := range d.fetched {
			if err := p.proc.ingestOne(ctx, f, d.read[i]); err != nil {
				return stored, err
			}
			done.AddNum(imap.UID(f.UID))
			stored++
		}
	}
	return stored, nil
}

// downloaded is one batch as the server sent it.
type downloaded struct {
	fetched []Fetched
	read    []incoming // fetched, parsed
	err     error
}

// highWater returns the last UID stored under uidvalidity. A changed
// UIDVALIDITY means the server renumbered the mailbox, and a UIDNEXT at or
// below the mark that it did so without saying: either way everything is
// scanned again, and Message-IDs keep what was stored from coming in
// twice (RFC 9051 2.3.1.1). UIDs stored under that UIDVALIDITY before,
// when a server restored from a backup returns to an earlier one, are
// retired first: they name other messages now.
func (p *Poller) highWater(ctx context.Context, uidvalidity, uidnext uint32) (uint32, error) {
	mb, err := p.db.Mailbox(ctx, p.cfg.Mailbox)
	if errors.Is(err, data.ErrNotFound) {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	if mb.UIDValidity != uidvalidity {
		p.log.Warn("uidvalidity changed; rescanning mailbox", "mailbox", p.cfg.Mailbox,
			"old", mb.UIDValidity, "new", uidvalidity)
		return 0, p.db.RetireUIDs(ctx, p.cfg.Mailbox, uidvalidity)
	}
	if uidnext != 0 && uidnext <= mb.LastUID {
		// UIDs only grow under one UIDVALIDITY (RFC 9051 2.3.1.1); a
		// server that started again at 1 without saying so would have
		// its new mail skipped as already seen.
		p.log.Warn("the server's next UID is below the last one stored, under the same uidvalidity; rescanning mailbox",
			"mailbox", p.cfg.Mailbox, "uidnext", uidnext, "last_uid", mb.LastUID)
		return 0, p.db.RetireUIDs(ctx, p.cfg.Mailbox, uidvalidity)
	}
	return mb.LastUID, nil
}

// listNew asks for the UIDs and sizes of messages above last, in one round
// trip.
func (p *Poller) listNew(c *imapclient.Client, last uint32) ([]sized, error) {
	var set imap.UIDSet
	set.AddRange(imap.UID(last+1), 0) // last+1:*
	msgs, err := c.Fetch(set, &imap.FetchOptions{UID: true, RFC822Size: true}).Collect()
	if err != nil {
		return nil, fmt.Errorf("fetch sizes: %w", err)
	}
	var out []sized
	for _, m := range msgs {
		// "n:*" always matches the last message, even below n.
		if uint32(m.UID) > last {
			out = append(out, sized{m.UID, m.RFC822Size})
		}
	}
	slices.SortFunc(out, func(a, b sized) int { return int(a.uid) - int(b.uid) })
	return out, nil
}

// nextBatch takes messages for one FETCH, bounded in count and bytes.
func (p *Poller) nextBatch(news []sized) (batch, rest []sized) {
	var bytes int64
	for i, m := range news {
		if i >= p.cfg.BatchSize || (i > 0 && bytes+m.size > p.cfg.BatchBytes) {
			return news[:i], news[i:]
		}
		if m.size <= p.cfg.MaxMessageSize {
			bytes += m.size
		}
	}
	return news, nil
}

// download fetches one batch with BODY.PEEK[] (so the owner's \Seen flags
// are untouched), or only the header of messages over the size limit, in
// UID order.
func (p *Poller) download(c *imapclient.Client, uidvalidity uint32, batch []sized) ([]Fetched, error) {
	var full, large imap.UIDSet
	for _, m := range batch {
		if m.size > p.cfg.MaxMessageSize {
			large.AddNum(m.uid)
		} else {
			full.AddNum(m.uid)
		}
	}
	got := map[imap.UID]*imapclient.FetchMessageBuffer{}
	for _, part := range []struct {
		set     imap.UIDSet
		section *imap.FetchItemBodySection
	}{
		{full, &imap.FetchItemBodySection{Peek: true}},
		{large, &imap.FetchItemBodySection{Specifier: imap.PartSpecifierHeader, Peek: true}},
	} {
		if len(part.set) == 0 {
			continue
		}
		msgs, err := c.Fetch(part.set, &imap.FetchOptions{UID: true, RFC822Size: true, InternalDate: true,
			BodySection: []*imap.FetchItemBodySection{part.section}}).Collect()
		if err != nil {
			return nil, fmt.Errorf("fetch %s: %w", part.set, err)
		}
		for _, m := range msgs {
			got[m.UID] = m
		}
	}
	var out []Fetched
	for _, sz := range batch {
		if m, ok := got[sz.uid]; ok { // else expunged meanwhile
			out = append(out, p.fetched(uidvalidity, sz, m))
		}
	}
	return out, nil
}

func (p *Poller) fetched(uidvalidity uint32, s sized, m *imapclient.FetchMessageBuffer) Fetched {
	f := Fetched{Mailbox: p.cfg.Mailbox, Sent: p.cfg.Sent, UIDValidity: uidvalidity, UID: uint32(s.uid), Size: s.size,
		Received: m.InternalDate.UTC()}
	var body []byte
	if len(m.BodySection) > 0 {
		body = m.BodySection[0].Bytes
	}
	if s.size > p.cfg.MaxMessageSize {
		f.TooLarge, f.Header = true, body
	} else {
		f.Raw = body
	}
	return f
}

// moveProcessed moves handled messages out of the way when configured:
// MOVE where the server has it (RFC 6851), else COPY, flag \Deleted and
// expunge just those UIDs. A failure only leaves them where they were.
func (p *Poller) moveProcessed(c *imapclient.Client, uids imap.UIDSet) {
	if p.cfg.ProcessedMailbox == "" || len(uids) == 0 {
		return
	}
	var err error
	if c.Caps().Has(imap.CapMove) {
		_, err = c.Move(uids, p.cfg.ProcessedMailbox).Wait()
	} else {
		if _, err = c.Copy(uids, p.cfg.ProcessedMailbox).Wait(); err == nil {
			err = c.Store(uids, &imap.StoreFlags{Op: imap.StoreFlagsAdd, Silent: true, Flags: []imap.Flag{imap.FlagDeleted}}, nil).Close()
			if err == nil && c.Caps().Has(imap.CapUIDPlus) {
				err = c.UIDExpunge(uids).Close()
			}
		}
	}
	if err != nil {
		p.log.Warn("move processed messages", "mailbox", p.cfg.ProcessedMailbox, "uids", uids.String(), "err", err)
	}
}
