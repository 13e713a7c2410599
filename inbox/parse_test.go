package inbox

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestParseQuestions checks what Parse recovers from awkward mails readers
// really send.
func TestParseQuestions(t *testing.T) {
	tests := []struct {
		file        string
		subject     string
		title       string // CleanSubject, or TitleFromBody without a subject
		text        []string
		notText     []string
		messageID   string
		attachments []string
		report      bool
		warn        string
	}{
		{file: "missing-boundary.eml", subject: "Knee pain after long runs", messageID: "mb1@example.org",
			text: []string{"My knee hurts after every run longer than 15 km.\nWhat should I change?"}, notText: []string{"<p>", "--b1_"},
			warn: "multipart without boundary"},
		{file: "bad-folding.eml", subject: "Cadence question for beginners like me",
			text: []string{"Is 180 steps per minute right for everyone?"}, warn: "bad header folding"},
		{file: "ascii-but-latin1.eml", subject: "Laufen im Winter",
			text: []string{"Wie schütze ich meine Füße bei Kälte? Grüße aus München"}, warn: "does not match"},
		{file: "utf8-but-cp1252.eml", subject: "Shoes – which ones?",
			text: []string{"I’m looking for shoes – light ones € under 100 euros. “Any tips?”"}},
		{file: "html-only.eml", subject: "Breathing while running",
			text:    []string{"How do I breathe on hills?\n\n- inhale 3 steps\n- exhale 2 steps\n\nSee this article (https://example.org/breath)."},
			notText: []string{"alert", "color:red", "<b>"}},
		{file: "attachments.eml", subject: "My training log",
			text:        []string{"Attached are my log and two photos of my shoes."},
			notText:     []string{"PDF", "5:10"},
			attachments: []string{"log.pdf", "Schuh rechts.jpg", "Schuh links.jpg", "splits.txt"}},
		{file: "encoded-subject.eml", subject: "Laufen mit Übergewicht – wie anfangen? raw",
			text: []string{"Ich wiege 95 kg. Womit soll ich anfangen? Grüße, Renée"}},
		{file: "no-subject.eml", subject: "", title: "How many rest days per week does a beginner need…",
			text: []string{"How many rest days"}},
		{file: "no-message-id.eml", subject: "Stretching", messageID: "", text: []string{"before or after"}},
		{file: "delivery-report.eml", subject: "Undelivered Mail Returned to Sender", report: true,
			text: []string{"550 5.1.1 User unknown"}, notText: []string{"Reporting-MTA"},
			attachments: []string{"", ""}}, // delivery-status and headers: recorded, unnamed
		{file: "smime-signed.eml", subject: "Knee after a 10k",
			text:    []string{"How long should I rest my knee – after a 10k race?\nIt hurts on the stairs."},
			notText: []string{"=E2", "Content-Type"}, warn: "S/MIME signed whole"},
		{file: "smime-signed-streamed.eml", subject: "Ice after runs",
			text: []string{"Should I ice my shin after every run?\n\nTom"}, notText: []string{"Apple-Mail"}, warn: "S/MIME signed whole"},
		{file: "smime-encrypted.eml", subject: "Private question",
			attachments: []string{"smime.p7m"}, warn: "S/MIME encrypted"},
		{file: "out-of-office.eml", subject: "Automatic reply: Your question was received",
			text: []string{"out of the office until 16 June"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			m, err := Parse(readFile(t, filepath.Join("testdata", "questions", tt.file)))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if m.Subject != tt.subject {
				t.Errorf("got subject %q, want %q", m.Subject, tt.subject)
			}
			if tt.title != "" {
				if got := TitleFromBody(m.Text); got != tt.title {
					t.Errorf("got title %q, want %q", got, tt.title)
				}
			}
			for _, s := range tt.text {
				if !strings.Contains(m.Text, s) {
					t.Errorf("got text %q, want it to contain %q", m.Text, s)
				}
			}
			for _, s := range tt.notText {
				if strings.Contains(m.Text, s) {
					t.Errorf("got text %q, want no %q", m.Text, s)
				}
			}
			if tt.messageID != "" && m.MessageID != tt.messageID {
				t.Errorf("got Message-ID %q, want %q", m.MessageID, tt.messageID)
			}
			var names []string
			for _, a := range m.Attachments {
				names = append(names, a.Filename)
			}
			if strings.Join(names, ",") != strings.Join(tt.attachments, ",") {
				t.Errorf("got attachments %q, want %q", names, tt.attachments)
			}
			if m.IsDeliveryReport != tt.report {
				t.Errorf("got IsDeliveryReport %v, want %v", m.IsDeliveryReport, tt.report)
			}
			if tt.warn != "" && !strings.Contains(strings.Join(m.Warnings, "; "), tt.warn) {
				t.Errorf("got warnings %q, want one containing %q", m.Warnings, tt.warn)
			}
			if !utf8.ValidString(m.Text) || strings.ContainsRune(m.Text, 0) {
				t.Errorf("got text with invalid UTF-8 or NUL: %q", m.Text)
			}
		})
	}
}

func TestParseEnvelope(t *testing.T) {
	m, err := Parse(readFile(t, filepath.Join("testdata", "questions", "delivered-to.eml")))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := m.From, (Address{Addr: "sub@example.org"}); got != want {
		t.Errorf("got From %+v, want %+v", got, want)
	}
	if got, want := strings.Join(m.DeliveredTo, ","), "ask@runhelp.example,ask+subscribe@runhelp.example"; got != want {
		t.Errorf("got DeliveredTo %q, want %q", got, want)
	}
	var cc []string
	for _, a := range m.Cc {
		cc = append(cc, a.Name+"|"+a.Addr)
	}
	if got, want := strings.Join(cc, ","), "Doe, Jane|jane@example.org,|kim@example.org"; got != want {
		t.Errorf("got Cc %q, want %q", got, want)
	}
	if got, want := strings.Join(m.References, " "), "a@x b@y c@z"; got != want {
		t.Errorf("got References %q, want %q", got, want)
	}
	if m.ReturnPath != "sub@example.org" || m.Header.Get("Reply-To") != "other@example.org" {
		t.Errorf("got Return-Path %q, Reply-To header %q", m.ReturnPath, m.Header.Get("Reply-To"))
	}
	if m.Date.IsZero() || m.Date.UTC().Hour() != 6 {
		t.Errorf("got Date %v, want 06:15 UTC", m.Date)
	}

	dsn, err := Parse(readFile(t, filepath.Join("testdata", "questions", "delivery-report.eml")))
	if err != nil {
		t.Fatal(err)
	}
	if dsn.ReturnPath != "<>" || dsn.ContentType != "multipart/report" {
		t.Errorf("got Return-Path %q, content type %q, want <> and multipart/report", dsn.ReturnPath, dsn.ContentType)
	}
	if got := dsn.Header.Values("Auto-Submitted"); len(got) != 1 || got[0] != "auto-replied" {
		t.Errorf("got Auto-Submitted %q, want [auto-replied]", got)
	}
}

func TestParseRejects(t *testing.T) {
	for _, in := range []string{"", "\r\n\r\n", "// Not a mail at all", "just some words\nand more\n", "\x00\x01\x02"} {
		t.Run(strings.ToValidUTF8(in, "?"), func(t *testing.T) {
			m, err := Parse([]byte(in))
			if err == nil {
				t.Fatalf("got message %+v, want an error", m)
			}
			if !errors.Is(err, ErrNotMessage) {
				t.Errorf("got error %v, want ErrNotMessage", err)
			}
		})
	}
}

func TestDecodeCharset(t *testing.T) {
	tests := []struct {
		name, label string
		in          []byte
		want        string
	}{
		{"iso-2022-jp", "ISO-2022-JP", []byte("\x1b$B$3$s$K$A$O\x1b(B"), "こんにちは"},
		{"gb2312", "gb2312", []byte{0xc4, 0xe3, 0xba, 0xc3}, "你好"},
		{"big5", "big5", []byte{0xa7, 0x41, 0xa6, 0x6e}, "你好"},
		{"euc-kr", "euc-kr", []byte{0xbe, 0xc8, 0xb3, 0xe7}, "안녕"},
		{"ks_c_5601-1987", "ks_c_5601-1987", []byte{0xbe, 0xc8, 0xb3, 0xe7}, "안녕"},
		{"x-mac-cyrillic", "x-mac-cyrillic", []byte{0x8f, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2}, "Привет"},
		{"windows-1250", "windows-1250", []byte{0x9a, 0x9d, 0xe1}, "šťá"},
		{"iso-8859-2", "ISO8859-2", []byte{0xb1}, "ą"},
		{"unknown label", "x-klingon", []byte("caf\xe9"), "café"},
		{"utf-8 labelled latin-1", "iso-8859-1", []byte("café"), "café"},
		{"no label, cp1252", "", []byte("\x93quoted\x94"), "“quoted”"},
		// 0x81 has no character in windows-1252; read as latin-1 it is a
		// C1 control, dropped as every control is.
		{"no label, undefined cp1252", "", []byte("a\x81b\xe9"), "abé"},
		{"no label, utf-8 and latin-1 pasted together", "", []byte("Caf\xc3\xa9 and na\xefve"), "Café and naïve"},
		{"ascii label, latin-1 capitals", "us-ascii", []byte("N\xc3O \xc9 \xc0 TOA"), "NÃO É À TOA"},
		{"NUL dropped", "utf-8", []byte("a\x00b"), "ab"},
		{"escape dropped", "utf-8", []byte("a\x1b[2Jb"), "a[2Jb"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, _ := decodeCharset(tt.in, tt.label); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestDecodeHeaderText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"=?utf-8?q?caf=C3=A9?=", "café"},
		{"=?UTF-8?B?w6k=?= =?UTF-8?B?w6k=?=", "éé"},
		{"=?utf-8?b?4oK?= =?utf-8?b?rA==?=", "€"}, // a character split across words
		// The same in the double-byte charsets, and in ISO-2022-JP with
		// the first word left in its Japanese mode.
		{"=?GB2312?B?zeLDs8jL1LG1xMk=?= =?GB2312?B?z83yv827pw==?=", "外贸人员的上万客户"},
		{"=?SHIFT_JIS?B?k/qWe4zqgsyD?= =?SHIFT_JIS?B?ZYNYg2eMj5a8?=", "日本語のテスト件名"},
		{"=?ISO-2022-JP?B?GyRCRnxLXA==?= =?ISO-2022-JP?B?OGwkTiVGJTklSBsoQg==?=", "日本語のテスト"},
		{"=?iso-8859-1?q?Ren=E9e?= Smith", "Renée Smith"},
		// An escape a mailer cut between two Q words, and a Q word that
		// ends in a "=" before other text.
		{"=?utf-8?Q?Certifica=?= =?utf-8?Q?C3=A7=C3=A3?=", "Certificaçã"},
		{"=?utf-8?Q?Certifica=C?= =?utf-8?Q?3=A7=C3=A3o?=", "Certificação"},
		{"=?utf-8?Q?1+1=?= 2", "1+1= 2"},
		// A fold inside a Q word, between the bytes of one character,
		// and one at a space the word spelled out, which stays.
		{"=?utf-8?Q?Caf=C3 =A9_au_lait?=", "Café au lait"},
		{"=?UTF-8?Q?=D0=9F=D1=80=D0=B8=D0 =B2=D0=B5=D1=82?=", "Привет"},
		{"=?utf-8?Q?a_very_long caf=C3=A9?=", "a very long café"},
		// An unknown charset: ASCII or UTF-8 bytes read the same under any
		// label a mailer would give; other bytes stay as written.
		{"=?x-unknown?q?abc?= plain", "abc plain"},
		{"=?NONE?B?VEVTVA=?=", "TEST"},
		{"=?x-unknown?q?caf=E9?= plain", "=?x-unknown?q?caf=E9?= plain"},
		{"=?utf-8?q?broken", "broken"}, // cut before its "?="
		{"=?x?q?=", "=?x?q?="},         // no word at all
		{"=?UTF-8?B?=", "=?UTF-8?B?="},
		{"M\xfcller", "Müller"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := decodeHeaderText(tt.in); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestParseLineEnds checks mail written with bare CR line ends, as old Mac
// software did, or with CR CR LF, as software writing a CRLF mail in text
// mode does, reads like any other, and that ordinary mail with a stray
// CR is not taken for it.
func TestParseLineEnds(t *testing.T) {
	const multipart = "From: Odile <odile@example.net>\rTo: help@example.com\rSubject: Rowing machine\r" +
		"MIME-Version: 1.0\rContent-Type: multipart/alternative; boundary=\"sep\"\r\r" +
		"--sep\rContent-Type: text/plain; charset=iso-8859-1\rContent-Transfer-Encoding: quoted-printable\r\r" +
		"Is ten minutes a day enough? Merci, Odile =E9l=E8ve\r--sep\rContent-Type: text/html\r\r" +
		"<p>Is ten minutes a day enough?</p>\r--sep--\r"
	tests := []struct {
		name, raw, subject, text, warn string
	}{
		{name: "bare CR", raw: "From: Piet <piet@example.nl>\rSubject: Hill repeats\rDate: Tue, 2 Jun 2026 08:00:00 +0200\r\rHow many?\r\rPiet\r",
			subject: "Hill repeats", text: "How many?\n\nPiet", warn: "bare CR"},
		{name: "bare CR multipart", raw: multipart, subject: "Rowing machine",
			text: "Is ten minutes a day enough? Merci, Odile élève", warn: "bare CR"},
		{name: "CR CR LF", raw: strings.ReplaceAll(multipart, "\r", "\r\r\n"), subject: "Rowing machine",
			text: "Is ten minutes a day enough? Merci, Odile élève", warn: "CR CR LF"},
		{name: "CRLF with a stray CR CR LF", raw: "From: Piet <piet@example.nl>\r\nSubject: Tempo\r\n\r\nOne\r\r\ntwo\r\n",
			subject: "Tempo", text: "One\n\ntwo"},
		{name: "CRLF with a stray CR", raw: "From: Piet <piet@example.nl>\r\nSubject: Tempo\r\n\r\nOne\rtwo\r\n",
			subject: "Tempo", text: "One\ntwo"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Parse([]byte(tt.raw))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if m.Subject != tt.subject || m.Text != tt.text {
				t.Errorf("got subject %q, text %q; want %q, %q", m.Subject, m.Text, tt.subject, tt.text)
			}
			if got := strings.Join(m.Warnings, "; "); !strings.Contains(got, tt.warn) || tt.warn == "" && got != "" {
				t.Errorf("got warnings %q, want %q", got, tt.warn)
			}
		})
	}
}
