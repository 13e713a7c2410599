package digest

import (
	"context"
	"fmt"
	"html"
	"maps"
	"strings"
	"sync"

	"helpline/data"
	"helpline/internal/prose"
)

// Fill fills in one recipient's copy of a digest for an outbox row of kind
// digest: the subject, both bodies with the recipient's name and
// unsubscribe link, and the list headers (RFC 2369, RFC 8058) plus
// Precedence: bulk. The digest is read once and kept in a small cache, so
// that a digest to many subscribers costs a substitution per mail.
func (d *Digest) Fill(ctx context.Context, m *data.OutboxMail) error {
	if m.Kind != data.KindDigest || m.DigestID == 0 {
		return fmt.Errorf("fill digest mail %d: kind %q with digest %d is not a digest copy", m.ID, m.Kind, m.DigestID)
	}
	if m.SubscriberID == 0 {
		return fmt.Errorf("fill digest mail %d: no subscriber to make an unsubscribe link for", m.ID)
	}
	c, err := d.compiled(ctx, m.DigestID)
	if err != nil {
		return fmt.Errorf("fill digest mail %d: %w", m.ID, err)
	}
	name := prose.FirstName(m.ToName)
	if name == "" {
		name = d.cfg.Locale.T("digest_reader")
	}
	unsub := d.cfg.Links.UnsubscribeURL(m.SubscriberID)
	m.Subject = c.subject
	m.HTML = c.html.fill(asciiHTML(html.EscapeString(name)), asciiHTML(html.EscapeString(unsub)))
	m.Text = c.text.fill(name, unsub)
	h := make(map[string]string, len(m.Headers)+4)
	maps.Copy(h, m.Headers)
	maps.Copy(h, d.cfg.Links.Headers(m.SubscriberID))
	h["Precedence"] = "bulk"
	m.Headers = h
	return nil
}

// compiled returns digest id ready for filling, from the cache or the
// database.
func (d *Digest) compiled(ctx context.Context, id int64) (*compiledDigest, error) {
	if c, ok := d.cache.get(id); ok {
		return c, nil
	}
	rec, err := d.db.DigestByID(ctx, id)
	if err != nil {
		return nil, err
	}
	c := &compiledDigest{subject: rec.Subject, html: compile(rec.HTML).ascii(), text: compile(rec.Text)}
	// A digest without its unsubscribe placeholder would go out without
	// a way to leave the list: refuse it.
	if !c.html.has(slotUnsubscribe) || !c.text.has(slotUnsubscribe) {
		return nil, fmt.Errorf("digest %d has no unsubscribe link", id)
	}
	d.cache.put(id, c)
	return c, nil
}

type compiledDigest struct {
	subject string
	html    body
	text    body
}

type slot int

const (
	slotNone slot = iota
	slotName
	slotUnsubscribe
)

// body is rendered text cut at its placeholders: literal[i] is followed by
// slot[i] (slotNone after the last piece).
type body struct {
	literal []string
	slots   []slot
	size    int
}

// compile cuts s at every placeholder.
func compile(s string) body {
	b := body{size: len(s)}
	for {
		i := strings.IndexRune(s, '\uFDD0')
		if i < 0 {
			break
		}
		var sl slot
		var marker string
		switch {
		case strings.HasPrefix(s[i:], nameMarker):
			sl, marker = slotName, nameMarker
		case strings.HasPrefix(s[i:], unsubscribeMarker):
			sl, marker = slotUnsubscribe, unsubscribeMarker
		default:
			// Not ours (reader text cannot hold U+FDD0): keep it as text.
			b.literal = append(b.literal, s[:i+len("\uFDD0")])
			b.slots = append(b.slots, slotNone)
			s = s[i+len("\uFDD0"):]
			continue
		}
		b.literal = append(b.literal, s[:i])
		b.slots = append(b.slots, sl)
		s = s[i+len(marker):]
	}
	b.literal = append(b.literal, s)
	b.slots = append(b.slots, slotNone)
	return b
}

// ascii is b with its HTML pieces written in ASCII (see asciiHTML).
func (b body) ascii() body {
	out := body{slots: b.slots, literal: make([]string, len(b.literal))}
	for i, lit := range b.literal {
		out.literal[i] = asciiHTML(lit)
		out.size += len(out.literal[i])
	}
	return out
}

func (b body) has(sl slot) bool {
	for _, s := range b.slots {
		if s == sl {
			return true
		}
	}
	return false
}

// fill joins the pieces with name and unsub in their places.
func (b body) fill(name, unsub string) string {
	var sb strings.Builder
	sb.Grow(b.size + 2*len(unsub) + 2*len(name))
	for i, lit := range b.literal {
		sb.WriteString(lit)
		switch b.slots[i] {
		case slotName:
			sb.WriteString(name)
		case slotUnsubscribe:
			sb.WriteString(unsub)
		}
	}
	return sb.String()
}

// renderCache keeps the few most recently loaded digests; a digest is sent
// over a few hours and then never again, so a handful is plenty.
type renderCache struct {
	mu    sync.Mutex
	max   int
	order []int64
	m     map[int64]*compiledDigest
}

func newRenderCache(max int) *renderCache {
	return &renderCache{max: max, m: make(map[int64]*compiledDigest, max)}
}

func (c *renderCache) get(id int64) (*compiledDigest, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.m[id]
	return v, ok
}

func (c *renderCache) put(id int64, v *compiledDigest) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.m[id]; ok {
		return
	}
	if len(c.order) >= c.max {
		delete(c.m, c.order[0])
		c.order = c.order[1:]
	}
	c.order = append(c.order, id)
	c.m[id] = v
}

// Sample fills r for a made-up recipient, for previews: name and the
// unsubscribe link take the given text.
func (r *Rendered) Sample(name, unsubscribeURL string) (htmlPart, textPart string) {
	htmlPart = compile(r.HTML).ascii().fill(asciiHTML(html.EscapeString(name)), asciiHTML(html.EscapeString(unsubscribeURL)))
	textPart = compile(r.Text).fill(name, unsubscribeURL)
	return htmlPart, textPart
}
