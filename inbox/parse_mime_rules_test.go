package inbox

import (
	"strconv"
	"strings"
	"testing"
)

// TestParseMIMERules checks rules of reading MIME structure that the shape
// generator showed were missing, with the shapes that must stay as they
// were.
func TestParseMIMERules(t *testing.T) {
	head := "From: a@example.org\r\nSubject: s\r\nMIME-Version: 1.0\r\n"
	tests := []struct {
		name       string
		raw        string
		wantText   []string
		notInText  []string
		wantAttach []string // "name type size", or the start of it
	}{
		{
			name: "delimiters end in CRLF and LF",
			raw: head + "Content-Type: multipart/mixed; boundary=b1\r\n\r\n--b1\r\nContent-Type: text/plain\r\n\r\n" +
				"The roses wilt.\n--b1\r\nContent-Type: application/pdf; name=plan.pdf\r\nContent-Transfer-Encoding: base64\r\n\r\nAAEC\n--b1--\r\n",
			wantText:   []string{"The roses wilt."},
			notInText:  []string{"--b1", "Content-Type"},
			wantAttach: []string{"plan.pdf application/pdf 3"},
		},
		{
			name: "CRLF throughout, a bare LF inside a part",
			raw: head + "Content-Type: multipart/mixed; boundary=b1\r\n\r\n--b1\r\nContent-Type: text/plain\r\n\r\n" +
				"One line\nand its neighbour.\r\n--b1\r\nContent-Type: application/pdf; name=plan.pdf\r\nContent-Transfer-Encoding: base64\r\n\r\nAAEC\r\n--b1--\r\n",
			wantText:   []string{"One line\nand its neighbour."},
			wantAttach: []string{"plan.pdf application/pdf 3"},
		},
		{
			name: "digest parts are mails",
			raw: head + "Content-Type: multipart/mixed; boundary=b1\r\n\r\n--b1\r\nContent-Type: text/plain\r\n\r\nThe digest is below.\r\n" +
				"--b1\r\nContent-Type: multipart/digest; boundary=d1\r\n\r\n--d1\r\n\r\nFrom: x@example.net\r\nSubject: First item\r\n\r\nItem one.\r\n" +
				"--d1--\r\n--b1--\r\n",
			wantText:   []string{"The digest is below."},
			notInText:  []string{"First item", "Item one."},
			wantAttach: []string{" message/rfc822 "},
		},
		{
			name:     "a digest part that says it is text is text",
			raw:      head + "Content-Type: multipart/digest; boundary=d1\r\n\r\n--d1\r\nContent-Type: text/plain\r\n\r\nAn introduction.\r\n--d1--\r\n",
			wantText: []string{"An introduction."},
		},
		{
			name: "multipart with its subtype left out",
			raw: head + "Content-Type: multipart; boundary=b1\r\n\r\n--b1\r\nContent-Type: text/plain\r\n\r\nThe roses wilt.\r\n" +
				"--b1\r\nContent-Type: application/pdf; name=plan.pdf\r\nContent-Transfer-Encoding: base64\r\n\r\nAAEC\r\n--b1--\r\n",
			wantText:   []string{"The roses wilt."},
			notInText:  []string{"--b1", "Content-Type"},
			wantAttach: []string{"plan.pdf application/pdf 3"},
		},
		{
			name:       "a type with its subtype left out and no boundary stays a file",
			raw:        head + "Content-Type: multipart\r\nContent-Transfer-Encoding: base64\r\n\r\nAAEC\r\n",
			wantAttach: []string{" application/octet-stream 3"},
		},
		{
			name:     "a type that is no type is read as text/plain",
			raw:      head + "Content-Type: invalid\r\n\r\nThe roses wilt.\r\n",
			wantText: []string{"The roses wilt."},
		},
		{
			name:     "a charset given for the type",
			raw:      head + "Content-Type: utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\nThe ros\xc3\xa9s wilt.\r\n",
			wantText: []string{"The rosés wilt."},
		},
		{
			name:       "a file's subtype alone names its type",
			raw:        head + "Content-Type: pdf\r\nContent-Transfer-Encoding: base64\r\n\r\nAAEC\r\n",
			wantAttach: []string{" application/pdf 3"},
		},
		{
			name:       "a mangled type with a file's name stays a file",
			raw:        head + "Content-Type: application-x-gzip; name=\"notes.xml.gz\"\r\n\r\nblah blah\r\n",
			wantAttach: []string{"notes.xml.gz application/octet-stream"},
		},
		{
			name:       "octet-stream alone stays a file",
			raw:        head + "Content-Type: octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\nAAEC\r\n",
			wantAttach: []string{" application/octet-stream 3"},
		},
		{
			name:     "a short base64 body with a space in it, over two lines",
			raw:      head + "Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\naGVsbG 8gd\r\n29ybGQ=\r\n",
			wantText: []string{"hello world"},
		},
		{
			name:     "short words under a base64 label stay text",
			raw:      head + "Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\nyes please do it\r\n",
			wantText: []string{"yes please do it"},
		},
		{
			name:     "base64 with a space in its one line",
			raw:      head + "Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\nVGhlIHJvc2Vz IHdpbHQgaW4gSnVseS4=\r\n",
			wantText: []string{"The roses wilt in July."},
		},
		{
			name:     "base64 with a stray mark",
			raw:      head + "Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n*VGhlIHJvc2VzIHdpbHQgaW4gSnVseS4=\r\n",
			wantText: []string{"The roses wilt in July."},
		},
		{
			name:     "text under a base64 label stays text",
			raw:      head + "Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\nThe roses wilt in July, and then the asters.\r\nThey want water.\r\nThanks\r\n",
			wantText: []string{"The roses wilt in July, and then the asters."},
		},
		{
			name:     "a question and its thanks under a base64 label stay text",
			raw:      head + "Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\nCan I run a marathon in June?\r\nThanks\r\n",
			wantText: []string{"Can I run a marathon in June?", "Thanks"},
		},
		{
			name:     "base64 with a line of text under it is still base64",
			raw:      head + "Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\nVGhlIHJvc2VzIHdpbHQgaW4gSnVseSBhbmQgdGhlIGFzdGVycyBpbiBTZXB0Lg==\r\n-- end\r\n",
			wantText: []string{"The roses wilt in July and the asters in Sept."},
		},
		{
			name:     "one long word under a base64 label stays text",
			raw:      head + "Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\nSee https://example.org/gardening/roses?page=2 for more.\r\n",
			wantText: []string{"See https://example.org/gardening/roses?page=2 for more."},
		},
		{
			name:     "a link long enough for a damaged base64 line under a base64 label stays text",
			raw:      head + "Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\nMy plan:\r\nhttps://www.example.org/athletes/4417/plans/springhalfmarathon2025weeks1to12\r\nThanks!\r\n",
			wantText: []string{"https://www.example.org/athletes/4417/plans/springhalfmarathon2025weeks1to12", "Thanks!"},
		},
		{
			name:     "a checksum line among lines of text under a base64 label stays text",
			raw:      head + "Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\nHello, the file I sent has\r\nsha256 5d41402abc4b2a76b9719d911017c5925d41402abc4b2a76b9719d911017c592\r\nok?\r\n",
			wantText: []string{"sha256 5d41402abc4b2a76b9719d911017c5925d41402abc4b2a76b9719d911017c592", "ok?"},
		},
		{
			name:     "a greeting word over a blank line under a base64 label stays text",
			raw:      head + "Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\nHallo\r\n\r\nmein Knie schmerzt nach dem Lauf.\r\nWas tun?\r\n\r\nLena\r\n",
			wantText: []string{"Hallo\n\nmein Knie"},
		},
		{
			name:     "base64 with a list's footer under a blank line is still base64",
			raw:      head + "Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\nVGhlIHJvc2VzIHdpbHQgaW4gSnVseSBhbmQgdGhlIGFzdGVycyBpbiBTZXB0Lg==\r\n\r\n_______________\r\nGarden list\r\nhttps://lists.example.org/garden\r\n",
			wantText: []string{"The roses wilt in July and the asters in Sept.", "Garden list"},
		},
		{
			name:     "base64 ending in padding right below the header",
			raw:      head + "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\nVGhlIHJvc2VzIHdpbHQgaW4gSnVseSBhbmQgdGhlIGFzdGVycyBpbiBTZXB0Lg==\r\n\r\n",
			wantText: []string{"The roses wilt in July and the asters in Sept."},
		},
		{
			name:     "a parameter that lost its folding is still a parameter",
			raw:      head + "Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\ncharset=\"iso-8859-1\"\r\n\r\nR3L832U=\r\n",
			wantText: []string{"Grüße"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Parse([]byte(tt.raw))
			if err != nil {
				t.Fatalf("got error %v", err)
			}
			for _, s := range tt.wantText {
				if !strings.Contains(m.Text, s) {
					t.Errorf("got text %q, want it to hold %q", m.Text, s)
				}
			}
			for _, s := range tt.notInText {
				if strings.Contains(m.Text, s) {
					t.Errorf("got text %q, want it without %q", m.Text, s)
				}
			}
			var got []string
			for _, a := range m.Attachments {
				got = append(got, strings.Join([]string{a.Filename, a.ContentType, strconv.Itoa(a.Size)}, " "))
			}
			if len(got) != len(tt.wantAttach) {
				t.Fatalf("got attachments %q, want %q", got, tt.wantAttach)
			}
			for i := range got {
				if !strings.HasPrefix(got[i], tt.wantAttach[i]) {
					t.Errorf("got attachments %q, want %q", got, tt.wantAttach)
				}
			}
		})
	}
}
