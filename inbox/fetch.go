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

// fetchNew ingests every message above the high-water mark. Each batch is
// stored with its outcomes and the mark advanced past it in one
// transaction, so a crash at any point loses nothing and ingests nothing
// twice.
//
// The next batch downloads and is parsed while the one before it is
// stored: the two take about as long as each other, one waiting on the
// server and the other on the disk. At most two batches are held at once.
func (p *Poller) fetchNew(ctx context.Context, c *imapclient.Client, sel *imap.SelectData) (int, error) {
	last, err := p.highWater(ctx, sel.UIDValidity)
	if err != nil {
		return 0, err
	}
	news, err := p.listNew(c, last)
	if err != nil {
		return 0, err
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	batches := make(chan downloaded)
	go func() {
		defer close(batches)
		for len(news) > 0 {
			batch, rest := p.nextBatch(news)
			news = rest
			d := p.download(c, sel.UIDValidity, batch)
			if d.err == nil {
				d.parsed = p.proc.ParseBatch(d.fetched)
			}
			select {
			case batches <- d:
			case <-ctx.Done():
				return
			}
			if d.err != nil {
				return
			}
		}
	}()
	stored := 0
	var done imap.UIDSet
	for d := range batches {
		if d.err != nil {
			err = d.err
			break
		}
		if err = p.proc.IngestParsed(ctx, d.parsed); err != nil {
			err = fmt.Errorf("store uids %s: %w", d.uids, err)
			break
		}
		stored += len(d.fetched)
		done.AddSet(d.uids)
	}
	cancel()
	for range batches {
		// Wait for the download in progress: the connection is then free.
	}
	p.moveProcessed(c, done)
	return stored, err
}

// highWater returns the last UID stored under uidvalidity. A changed
// UIDVALIDITY means the server renumbered the mailbox: everything is
// scanned again and Message-IDs keep what was stored from coming in twice
// (RFC 9051 2.3.1.1).
func (p *Poller) highWater(ctx context.Context, uidvalidity uint32) (uint32, error) {
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
		return 0, nil
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

// downloaded is one batch as the server sent it, and parsed.
type downloaded struct {
	fetched []Fetched
	parsed  *Parsed
	uids    imap.UIDSet
	err     error
}

// download fetches one batch with BODY.PEEK[] (so the owner's \Seen flags
// are untouched), or only the header of messages over the size limit, in
// UID order.
func (p *Poller) download(c *imapclient.Client, uidvalidity uint32, batch []sized) downloaded {
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
			return downloaded{err: fmt.Errorf("fetch %s: %w", part.set, err)}
		}
		for _, m := range msgs {
			got[m.UID] = m
		}
	}
	var d downloaded
	for _, sz := range batch {
		m, ok := got[sz.uid]
		if !ok {
			continue // expunged meanwhile
		}
		d.fetched = append(d.fetched, p.fetched(uidvalidity, sz, m))
		d.uids.AddNum(sz.uid)
	}
	return d
}

func (p *Poller) fetched(uidvalidity uint32, s sized, m *imapclient.FetchMessageBuffer) Fetched {
	f := Fetched{Mailbox: p.cfg.Mailbox, UIDValidity: uidvalidity, UID: uint32(s.uid), Size: s.size,
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
