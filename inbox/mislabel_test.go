package inbox

import (
	"strings"
	"testing"
)

// Mail whose labels lie about its body: the text must still come out as
// the sender wrote it.
func TestMislabelledBodies(t *testing.T) {
	tests := []struct {
		name, header, body, want string
	}{
		{"utf-8 under gb2312", "Content-Type: text/plain; charset=GB2312\r\nContent-Transfer-Encoding: 8bit",
			"你好，我想问一下跑步的问题。", "你好，我想问一下跑步的问题。"},
		{"utf-8 under shift_jis", "Content-Type: text/plain; charset=Shift_JIS\r\nContent-Transfer-Encoding: 8bit",
			"マラソンの質問です。", "マラソンの質問です。"},
		{"real gb2312", "Content-Type: text/plain; charset=GB2312\r\nContent-Transfer-Encoding: 8bit",
			"\xc4\xe3\xba\xc3", "你好"},
		{"plain text labelled base64", "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64",
			"How far should  I run on Sunday?\r\nThanks a lot", "How far should  I run on Sunday?\nThanks a lot"},
		{"real base64", "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64",
			"SG93IGZhcj8=", "How far?"},
		{"a list's footer under base64", "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64",
			"SG93IGZhciBzaG91bGQgSSBydW4g\r\nb24gU3VuZGF5Pw==\r\n\r\n_______________\r\nRunners list: https://lists.example.org/runners",
			"How far should I run on Sunday?\n_______________\nRunners list: https://lists.example.org/runners"},
		{"base64 split by a blank line", "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64",
			"SG93IGZhciBzaG91bGQgSSBydW4g\r\n\r\nb24gU3VuZGF5Pw==", "How far should I run on Sunday?"},
		{"an html page labelled plain", "Content-Type: text/plain; charset=utf-8",
			"\r\n<!DOCTYPE html>\r\n<html><head><style>p{margin:0}</style></head><body><p>Can I run <b>every</b> day?</p><p>Tom &amp; Kai</p></body></html>",
			"Can I run every day?\n\nTom & Kai"},
		{"typed text labelled html", "Content-Type: text/html; charset=utf-8",
			"Can I run every day?\r\nI am 61 & just started.\r\n\r\nKai", "Can I run every day?\nI am 61 & just started.\n\nKai"},
		{"plain text that mentions a tag", "Content-Type: text/plain; charset=utf-8",
			"My watch shows <html> on its screen. Is it broken?", "My watch shows <html> on its screen. Is it broken?"},
		{"html with entities but no tags", "Content-Type: text/html; charset=utf-8",
			"Tom &amp; Kai say caf&eacute;s", "Tom & Kai say cafés"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw := "From: a@example.org\r\nSubject: q\r\nMIME-Version: 1.0\r\n" + tt.header + "\r\n\r\n" + tt.body + "\r\n"
			m, err := Parse([]byte(raw))
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.TrimSpace(m.Text); got != tt.want {
				t.Errorf("text = %q, want %q", got, tt.want)
			}
		})
	}
}

// An encoded-word may decode to line breaks; they must not survive into
// the subject or a display name, which end up in headers of our mail.
func TestEncodedHeaderBreaksAreFlattened(t *testing.T) {
	raw := "From: =?utf-8?q?Eve=0D=0ABcc:_x@evil.test?= <eve@reader.test>\r\nTo: =?utf-8?q?A=0Ab?= <ask@helpline.test>\r\n" +
		"Subject: =?utf-8?q?Hi=0D=0ABcc:_victim@evil.test?=\r\n\r\nbody\r\n"
	m, err := Parse([]byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	if m.Subject != "Hi Bcc: victim@evil.test" || m.From.Name != "Eve Bcc: x@evil.test" || m.To[0].Name != "A b" {
		t.Fatalf("subject %q, from name %q, to name %q", m.Subject, m.From.Name, m.To[0].Name)
	}
}

// TestHTMLPlaceholderPlainPart checks that a plain part that only asks for
// an HTML reader gives way to the HTML part, and that a plain part that
// merely talks about HTML stays, and so does one beside the HTML in a
// mixed multipart, whose text is read after it.
func TestHTMLPlaceholderPlainPart(t *testing.T) {
	tests := []struct {
		name, plain, html, want string
		mixed                   bool
	}{
		{"a mailer's placeholder", "This is an HTML message. Please use an HTML-capable mail program to read it.",
			"<p>Can I run on a sprained ankle?</p>", "Can I run on a sprained ankle?", false},
		{"a german placeholder", "Diese Nachricht ist im HTML-Format. Bitte verwenden Sie ein HTML-fähiges E-Mail-Programm.",
			"<p>Darf ich mit Erkältung laufen?</p>", "Darf ich mit Erkältung laufen?", false},
		{"a question about HTML mail", "Why do my race results arrive as HTML?",
			"<p>Why do my race results arrive as <b>HTML</b>?</p>", "Why do my race results arrive as HTML?", false},
		{"plain text and more in HTML after it", "Thanks for the question.\nThe steps are below.",
			"<p>Open the HTML export and click Save.</p>", "Thanks for the question.\nThe steps are below.\n\nOpen the HTML export and click Save.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			kind := "alternative"
			if tt.mixed {
				kind = "mixed"
			}
			raw := "From: a@example.org\r\nSubject: q\r\nMIME-Version: 1.0\r\nContent-Type: multipart/" + kind + "; boundary=alt\r\n\r\n" +
				"--alt\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + tt.plain + "\r\n" +
				"--alt\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + tt.html + "\r\n--alt--\r\n"
			m, err := Parse([]byte(raw))
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.TrimSpace(m.Text); got != tt.want {
				t.Errorf("text = %q, want %q", got, tt.want)
			}
			if got := Answer(m); got != tt.want {
				t.Errorf("answer = %q, want %q", got, tt.want)
			}
		})
	}
}
