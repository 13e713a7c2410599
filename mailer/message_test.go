package mailer

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"maps"
	"net/mail"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-message"
)

func validMessage() Message {
	return Message{
		From: "ask@helpline.localhost", To: "runner@example.org", Subject: "Hi", Text: "body",
		MessageID: "x@helpline.localhost", EnvelopeFrom: "ask+b.1-abc@helpline.localhost",
	}
}

func TestBuildRefuses(t *testing.T) {
	tests := []struct {
		name   string
		change func(m *Message)
	}{
		{"CR in subject", func(m *Message) { m.Subject = "a\rb" }},
		{"LF in subject", func(m *Message) { m.Subject = "a\nBcc: x@example.org" }},
		{"NUL in subject", func(m *Message) { m.Subject = "a\x00b" }},
		{"LF in from name", func(m *Message) { m.FromName = "x\ny" }},
		{"CR LF in to name", func(m *Message) { m.ToName = "Eve\r\nBcc: x@example.org" }},
		{"LF in reply-to", func(m *Message) { m.ReplyTo = "a@example.org\nBcc: x@example.org" }},
		{"LF in header value", func(m *Message) { m.Headers = []Header{{"References", "<a@b>\n<c@d>"}} }},
		{"space in header name", func(m *Message) { m.Headers = []Header{{"X Bad", "v"}} }},
		{"colon in header name", func(m *Message) { m.Headers = []Header{{"X:Bad", "v"}} }},
		{"reserved header", func(m *Message) { m.Headers = []Header{{"cc", "x@example.org"}} }},
		{"bad recipient", func(m *Message) { m.To = "not an address" }},
		{"empty body", func(m *Message) { m.Text, m.HTML = "", "" }},
		{"quote in attachment name", func(m *Message) { m.Attachments = []Attachment{{Filename: `a".pdf`}} }},
		{"no message id", func(m *Message) { m.MessageID = "" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := validMessage()
			tt.change(&m)
			_, err := m.build(false)
			if !errors.Is(err, ErrInvalidMessage) {
				t.Errorf("got %v, want ErrInvalidMessage", err)
			}
			if IsTemporary(err) {
				t.Errorf("got a temporary error %v, want permanent", err)
			}
		})
	}
	m := validMessage()
	msg, err := m.build(false)
	if err != nil {
		t.Fatalf("valid message: %v", err)
	}
	from, ferr := msg.GetSender(false)
	to, terr := msg.GetRecipients()
	if ferr != nil || terr != nil || from != "<"+m.EnvelopeFrom+">" || !slices.Equal(to, []string{"<" + m.To + ">"}) {
		t.Errorf("valid message: got envelope from %q (%v) to %q (%v), want %q to %q", from, ferr, to, terr, m.EnvelopeFrom, m.To)
	}
}

func TestBackoff(t *testing.T) {
	s := &Sender{cfg: Config{BaseBackoff: 30 * time.Second, MaxBackoff: time.Hour}}
	tests := []struct {
		attempts int
		lo, hi   time.Duration
	}{
		{1, 15 * time.Second, 30 * time.Second},
		{2, 30 * time.Second, time.Minute},
		{4, 2 * time.Minute, 4 * time.Minute},
		{20, 30 * time.Minute, time.Hour},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.attempts), func(t *testing.T) {
			for range 50 {
				if d := s.backoff(tt.attempts); d < tt.lo || d > tt.hi {
					t.Fatalf("got %v, want between %v and %v", d, tt.lo, tt.hi)
				}
			}
		})
	}
}

func TestConfigDefaults(t *testing.T) {
	cfg := Config{Addr: "127.0.0.1:25", From: "ask@helpline.localhost", Signer: testSigner(t)}
	if err := cfg.setDefaults(); err != nil {
		t.Fatal(err)
	}
	if cfg.Domain != "helpline.localhost" || cfg.Connections != 1 || cfg.MaxAttempts != 8 || cfg.TLS != TLSStartTLS ||
		cfg.BaseBackoff != 30*time.Second || cfg.MaxBackoff != time.Hour {
		t.Errorf("got %+v, want the documented defaults", cfg)
	}
	bad := []Config{
		{From: "ask@helpline.localhost", Signer: cfg.Signer},
		{Addr: "127.0.0.1:25", From: "ask@helpline.localhost"},
		{Addr: "127.0.0.1:25", From: "Ask <ask@helpline.localhost>", Signer: cfg.Signer},
		{Addr: "127.0.0.1:25", From: "ask@helpline.localhost", Signer: cfg.Signer, TLS: "sometimes"},
	}
	for i, c := range bad {
		if err := c.setDefaults(); err == nil {
			t.Errorf("config %d: got nil error, want one", i)
		}
	}
}

func TestBodyEncoding(t *testing.T) {
	long := strings.Repeat("x", maxLine)
	tests := []struct {
		name, text, html string
		want             []string // Content-Transfer-Encoding of each part, in order
		decoded          string   // the text as read back, when not text itself
	}{
		{"ascii text", "a = b\nline two\n" + long + "\n", "", []string{"8bit"}, ""},
		{"ascii both", "plain =3D\n", "<p style=\"margin:0\">html</p>\n", []string{"8bit", "8bit"}, ""},
		{"non-ascii text", "Zoë ran 10 km\n", "<p>Zo&#235;</p>", []string{"quoted-printable", "8bit"}, ""},
		{"line too long", long + "x\n", "", []string{"quoted-printable"}, ""},
		// The quoted-printable writer takes a lone CR for a line break.
		{"bare CR", "a\rb\n", "", []string{"quoted-printable"}, "a\nb\n"},
		{"NUL", "a\x00b\n", "", []string{"quoted-printable"}, ""},
		{"CRLF", "a\r\nb\r\n", "", []string{"8bit"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := validMessage()
			m.Text, m.HTML = tt.text, tt.html
			msg, err := m.build(false)
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if _, err := msg.WriteTo(&buf); err != nil {
				t.Fatal(err)
			}
			got, bodies := bodyParts(t, buf.Bytes())
			if !slices.Equal(got, tt.want) {
				t.Errorf("got encodings %q, want %q", got, tt.want)
			}
			text := tt.decoded
			if text == "" {
				text = strings.ReplaceAll(tt.text, "\r\n", "\n")
			}
			want := []string{text}
			if tt.html != "" {
				want = append(want, tt.html)
			}
			if !slices.Equal(bodies, want) {
				t.Errorf("decoded bodies %q, want %q", bodies, want)
			}
		})
	}
}

// bodyParts reads a message's body parts, or its single body, and returns
// each one's Content-Transfer-Encoding and decoded text with LF line ends.
func bodyParts(t *testing.T, raw []byte) (encodings, bodies []string) {
	t.Helper()
	e, err := message.Read(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	add := func(p *message.Entity) {
		encodings = append(encodings, p.Header.Get("Content-Transfer-Encoding"))
		b, err := io.ReadAll(p.Body)
		if err != nil {
			t.Fatal(err)
		}
		bodies = append(bodies, strings.ReplaceAll(string(b), "\r\n", "\n"))
	}
	mr := e.MultipartReader()
	if mr == nil {
		add(e)
		return encodings, bodies
	}
	for {
		p, err := mr.NextPart()
		if err == io.EOF {
			return encodings, bodies
		}
		if err != nil {
			t.Fatal(err)
		}
		add(p)
	}
}

func TestUnencoded(t *testing.T) {
	long := strings.Repeat("é", maxLine/2)
	tests := []struct {
		s              string
		sevenBit, want bool // want: with a server that takes 8-bit bodies
	}{
		{"plain\r\nascii\n", true, true},
		{"Zoë\n", false, true},
		{long + "\n", false, true},
		{long + "x\n", false, false},
		{"bad \xff utf-8\n", false, false},
		{"nul \x00\n", false, false},
		{"lone \r cr\n", false, false},
	}
	for _, tt := range tests {
		if got := unencoded(tt.s, false); got != tt.sevenBit {
			t.Errorf("unencoded(%q, 7-bit server) = %v, want %v", tt.s, got, tt.sevenBit)
		}
		if got := unencoded(tt.s, true); got != tt.want {
			t.Errorf("unencoded(%q, 8-bit server) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// writeHeader builds m and returns its header block as written.
func writeHeader(t *testing.T, m Message) []byte {
	t.Helper()
	msg, err := m.build(false)
	if err != nil {
		t.Fatalf("build: %v", err)
	}
	var buf bytes.Buffer
	if _, err := msg.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	header, _, ok := bytes.Cut(buf.Bytes(), []byte("\r\n\r\n"))
	if !ok {
		t.Fatalf("no end of header in %q", buf.Bytes())
	}
	for _, line := range bytes.Split(header, []byte("\r\n")) {
		if len(line) > maxLine {
			t.Errorf("got a header line of %d octets, want at most %d: %.80q…", len(line), maxLine, line)
		}
	}
	return header
}

// Any display name gives a header that parses back to the name and the
// address: the names go through net/mail's formatting. (A name with a line
// break is refused: TestBuildRefuses.)
func TestDisplayNamesRoundTrip(t *testing.T) {
	tests := []struct{ name, want string }{
		{`Ann "Nan`, `Ann "Nan`},
		{`"`, `"`},
		{`back\slash`, `back\slash`},
		{`Doe, Jane`, `Doe, Jane`},
		{`<evil@example.org>`, `<evil@example.org>`},
		{`ann@example.org`, `ann@example.org`},
		{`Zoë "the fast" Łukasiewicz`, `Zoë "the fast" Łukasiewicz`},
		{`(comment) ; semicolon: colon`, `(comment) ; semicolon: colon`},
		{"tab\tand\x01control", "tab\tand\x01control"},
		{"line\u2028separator", "line\u2028separator"},
		{"bad \xff UTF-8", "bad \xff UTF-8"},
		{strings.Repeat("Ann", 400), strings.Repeat("Ann", 400)[:maxDisplayName]},
		{strings.Repeat("Zoë ", 100), strings.TrimSpace(strings.Repeat("Zoë ", 25))},
		{"Ann\u202e\u2066 Lee", "Ann Lee"},
		{"\u202e" + strings.Repeat("Ann", 100), strings.Repeat("Ann", 100)[:maxDisplayName]},
	}
	for _, tt := range tests {
		t.Run(tt.name[:min(len(tt.name), 30)], func(t *testing.T) {
			m := validMessage()
			m.FromName, m.ToName = tt.name, tt.name
			header := writeHeader(t, m)
			parsed, err := mail.ReadMessage(bytes.NewReader(append(header, "\r\n\r\n"...)))
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range []struct{ key, addr string }{{"From", m.From}, {"To", m.To}} {
				list, err := parsed.Header.AddressList(f.key)
				if err != nil || len(list) != 1 {
					t.Fatalf("got %s %q: %v, want one address", f.key, parsed.Header.Get(f.key), err)
				}
				if list[0].Name != tt.want || list[0].Address != f.addr {
					t.Errorf("got %s name %q address %q, want %q and %q", f.key, list[0].Name, list[0].Address, tt.want, f.addr)
				}
			}
			if _, ok := parsed.Header["Bcc"]; ok || parsed.Header.Get("Subject") != m.Subject {
				t.Errorf("got header fields %v, want no Bcc and the subject %q", slices.Collect(maps.Keys(parsed.Header)), m.Subject)
			}
		})
	}
}

// A subject reaches the owner's client without the characters that set
// the direction of text: a reader's title with an override shows the
// words after it turned around.
func TestSubjectWithoutDirectionControls(t *testing.T) {
	m := validMessage()
	m.Subject = "New question #3: Shoes \u202egpj.exe\u202c and \u2067socks\u2069"
	header := writeHeader(t, m)
	e, err := message.Read(bytes.NewReader(append(header, "\r\n\r\n"...)))
	if err != nil {
		t.Fatal(err)
	}
	want := "New question #3: Shoes gpj.exe and socks"
	if got, err := e.Header.Text("Subject"); err != nil || got != want {
		t.Errorf("got subject %q (%v), want %q", got, err, want)
	}
}

// No subject puts a header line over 998 octets on the wire: go-mail
// folds between words, and a word too long for a line is sent as
// encoded-words. Either way the subject reads back as it was.
func TestLongSubjectsFold(t *testing.T) {
	tests := []struct{ name, subject string }{
		{"words", strings.TrimSpace(strings.Repeat("How far should I run? ", 15000))},
		{"one long word", "Question: " + strings.Repeat("x", 300000)},
		{"word just fitting", "Re: " + strings.Repeat("y", maxLine-len("Subject: "))},
		{"non-ASCII", strings.TrimSpace(strings.Repeat("Läuft ", 20000))},
		{"one long non-ASCII word", strings.Repeat("é", 5000)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := validMessage()
			m.Subject = tt.subject
			header := writeHeader(t, m)
			e, err := message.Read(bytes.NewReader(append(header, "\r\n\r\n"...)))
			if err != nil {
				t.Fatal(err)
			}
			got, err := e.Header.Text("Subject")
			if err != nil || got != tt.subject {
				t.Errorf("got subject of %d bytes (%v), want the %d bytes sent", len(got), err, len(tt.subject))
			}
		})
	}
}
