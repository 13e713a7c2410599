package digest

import (
	"errors"
	"strings"
	"testing"
	"time"

	"helpline/data"
)

// makeDigest stores one answered question (with the given texts) and runs
// the digest for one active subscriber, returning the subscriber's row.
func makeDigest(t *testing.T, f *fixture, title, body, answer, subscriberName string) *data.OutboxMail {
	t.Helper()
	f.subscribe(t, "reader@example.org", subscriberName, "active")
	f.now = monday8.Add(-time.Hour)
	f.answer(t, title, body, "Sam Runner", answer)
	f.now = monday8
	res, err := f.d.RunOnce(f.ctx)
	if err != nil {
		t.Fatal(err)
	}
	rows := f.digestRows(t, res.DigestID)
	if len(rows) != 1 {
		t.Fatalf("rows: got %d, want 1", len(rows))
	}
	return rows[0]
}

func TestFillSubstitutesOnlyItsOwnPlaceholders(t *testing.T) {
	f := newFixture(t)
	// Reader text holding the placeholders themselves, and words that look
	// like them.
	sneaky := "x" + nameMarker + "y" + unsubscribeMarker + "z {{name}} %NAME%"
	m := makeDigest(t, f, "Title "+sneaky, "Body "+sneaky, "Answer "+sneaky, "Anna Lee")
	if err := f.d.Fill(f.ctx, m); err != nil {
		t.Fatal(err)
	}
	unsub := f.d.cfg.Links.UnsubscribeURL(m.SubscriberID)
	for part, body := range map[string]string{"html": m.HTML, "text": m.Text} {
		if n := strings.Count(body, "Anna"); n != 1 {
			t.Errorf("%s: name appears %d times, want once (the greeting)", part, n)
		}
		if n := strings.Count(body, unsub); n < 1 || n > 2 {
			t.Errorf("%s: unsubscribe link appears %d times, want the link itself", part, n)
		}
		if strings.ContainsRune(body, '\uFDD0') {
			t.Errorf("%s: a placeholder survived", part)
		}
		kept := "x\uFFFDname\uFFFDy"
		if part == "html" {
			kept = "x&#65533;name&#65533;y" // the HTML is all ASCII
		}
		if !strings.Contains(body, kept) || !strings.Contains(body, "{{name}} %NAME%") {
			t.Errorf("%s: reader text was substituted or lost", part)
		}
	}
	if !strings.Contains(m.HTML, `href="`+unsub+`"`) {
		t.Errorf("html: no visible unsubscribe link to %s", unsub)
	}
	if !strings.Contains(m.Text, "Unsubscribe ( "+unsub+" )") {
		t.Errorf("text: no visible unsubscribe link to %s", unsub)
	}
}

func TestFillHeadersAndName(t *testing.T) {
	tests := []struct {
		name     string
		toName   string
		wantHTML string
		wantText string
	}{
		{"first name", "Anna Lee", "Hi Anna,", "Hi Anna,"},
		{"no name", "", "Hi there,", "Hi there,"},
		{"markup in name", "<b>Bo</b>", "Hi there,", "Hi there,"},
		{"entity in name", "Bo&amp;Jo *x*", "Hi Bo&amp;amp;Jo,", "Hi Bo&amp;Jo,"},
		{"accented name", "Zoë Smith", "Hi Zo&#235;,", "Hi Zoë,"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t)
			m := makeDigest(t, f, "Title", "Body", "Answer", tt.toName)
			m.Headers = map[string]string{"X-Kept": "yes"}
			if err := f.d.Fill(f.ctx, m); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(m.HTML, tt.wantHTML) {
				t.Errorf("html: want greeting %q", tt.wantHTML)
			}
			if i := strings.IndexFunc(m.HTML, func(r rune) bool { return r >= 0x80 }); i >= 0 {
				t.Errorf("html: non-ASCII at %d: %q", i, m.HTML[i:min(i+20, len(m.HTML))])
			}
			if !strings.Contains(m.Text, tt.wantText) {
				t.Errorf("text: want greeting %q", tt.wantText)
			}
			if m.Subject != "1 new answer: Title" {
				t.Errorf("subject: got %q, want %q", m.Subject, "1 new answer: Title")
			}
			want := f.d.cfg.Links.Headers(m.SubscriberID)
			want["Precedence"] = "bulk"
			want["X-Kept"] = "yes"
			for k, v := range want {
				if m.Headers[k] != v {
					t.Errorf("header %s: got %q, want %q", k, m.Headers[k], v)
				}
			}
		})
	}
}

func TestFillRefusesWhatIsNotADigestCopy(t *testing.T) {
	f := newFixture(t)
	m := makeDigest(t, f, "Title", "Body", "Answer", "Anna")
	tests := []struct {
		name string
		edit func(m *data.OutboxMail)
		is   error
	}{
		{"other kind", func(m *data.OutboxMail) { m.Kind = data.KindAck }, nil},
		{"no digest", func(m *data.OutboxMail) { m.DigestID = 0 }, nil},
		{"no subscriber", func(m *data.OutboxMail) { m.SubscriberID = 0 }, nil},
		{"missing digest", func(m *data.OutboxMail) { m.DigestID = 999 }, data.ErrNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := *m
			tt.edit(&c)
			err := f.d.Fill(f.ctx, &c)
			if err == nil || (tt.is != nil && !errors.Is(err, tt.is)) {
				t.Errorf("got %v, want an error (%v)", err, tt.is)
			}
			if c.HTML != "" {
				t.Errorf("body filled despite the error")
			}
		})
	}
}

func TestRenderCacheIsBounded(t *testing.T) {
	c := newRenderCache(3)
	for id := int64(1); id <= 5; id++ {
		c.put(id, &compiledDigest{subject: "s"})
	}
	if len(c.m) != 3 {
		t.Errorf("cache size: got %d, want 3", len(c.m))
	}
	for id, want := range map[int64]bool{1: false, 2: false, 3: true, 4: true, 5: true} {
		if _, ok := c.get(id); ok != want {
			t.Errorf("digest %d cached: got %v, want %v", id, ok, want)
		}
	}
}
