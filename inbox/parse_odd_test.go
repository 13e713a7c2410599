package inbox

import (
	"encoding/base64"
	"strings"
	"testing"
	"unicode/utf16"
)

// utf16le writes s as UTF-16 in little-endian order with no byte-order
// mark, as Windows mailers send it under the bare label "utf-16".
func utf16le(s string) []byte {
	var out []byte
	for _, u := range utf16.Encode([]rune(s)) {
		out = append(out, byte(u), byte(u>>8))
	}
	return out
}

func utf16be(s string) []byte {
	var out []byte
	for _, u := range utf16.Encode([]rune(s)) {
		out = append(out, byte(u>>8), byte(u))
	}
	return out
}

func b64(b []byte) string { return base64.StdEncoding.EncodeToString(b) }

// TestParseRawHeaderText checks header text written unencoded in 8-bit:
// in the charset the body declares when the bytes are text there, else
// as windows-1252, and an address list with such a name still reads.
func TestParseRawHeaderText(t *testing.T) {
	tests := []struct {
		name, raw string
		subject   string
		fromName  string
		single    bool
		warn      string
	}{
		{name: "gb2312 subject and name under a gb2312 body",
			raw: "From: \"\xc0\xee\xc3\xf7\" <li@example.cn>\nTo: ask@example.org\nSubject: \xc4\xe3\xba\xc3\n" +
				"Content-Type: text/plain; charset=gb2312\n\n\xc4\xe3\xba\xc3\n",
			subject: "你好", fromName: "李明", single: true, warn: "unencoded header text read as gb2312"},
		{name: "koi8-r subject under a multipart whose part names the charset",
			raw: "From: Ivan <ivan@example.ru>\nTo: ask@example.org\nSubject: \xf0\xd2\xc9\xd7\xc5\xd4\n" +
				"Content-Type: multipart/mixed; boundary=\"b\"\n\n--b\nContent-Type: text/plain; charset=\"koi8-r\"\n\n\xf0\xd2\xc9\xd7\xc5\xd4\n--b--\n",
			subject: "Привет", fromName: "Ivan", single: true, warn: "read as koi8-r"},
		{name: "latin-1 name with no charset anywhere",
			raw:     "From: J\xfcrgen <j@example.de>\nTo: ask@example.org\nSubject: Knie\n\nMein Knie.\n",
			subject: "Knie", fromName: "Jürgen", single: true, warn: "read as windows-1252"},
		{name: "utf-8 with a stray byte stays utf-8 under a gb2312 body",
			raw: "From: \"\xe6\x9d\x8e\xe6\x98\x8e\xff\" <li@example.cn>\nTo: ask@example.org\nSubject: Knie\n" +
				"Content-Type: text/plain; charset=gb2312\n\n\xc4\xe3\xba\xc3\n",
			subject: "Knie", fromName: "李明ÿ", single: true, warn: "read as windows-1252"},
		{name: "utf-8 header untouched",
			raw:     "From: Jürgen <j@example.de>\nTo: ask@example.org\nSubject: Knie\nContent-Type: text/plain; charset=koi8-r\n\nMein Knie.\n",
			subject: "Knie", fromName: "Jürgen", single: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := mustParse(t, tt.raw)
			if m.Subject != tt.subject || m.From.Name != tt.fromName || m.SingleFrom != tt.single {
				t.Errorf("got subject %q, from %q, single %v; want %q, %q, %v", m.Subject, m.From.Name, m.SingleFrom, tt.subject, tt.fromName, tt.single)
			}
			got := strings.Join(m.Warnings, "; ")
			if !strings.Contains(got, tt.warn) || tt.warn == "" && strings.Contains(got, "8-bit header") {
				t.Errorf("got warnings %q, want %q", got, tt.warn)
			}
		})
	}
}

// TestParseOddMail checks mail that real mailers and spam tools write in
// odd or broken ways: the text, the HTML and the subject come out as a
// reader's client shows them.
func TestParseOddMail(t *testing.T) {
	const head = "From: Ilse <ilse@example.nl>\nTo: ask@example.org\nMIME-Version: 1.0\n"
	tests := []struct {
		name, raw string
		subject   string // when set, the subject wanted
		text      string
		noText    string
		html      bool   // an HTML body is wanted
		att       string // when set, the first attachment's name and type
		warn      string
	}{
		{name: "utf-16 subject in little-endian order without a mark",
			raw:     head + "Subject: =?utf-16?B?" + b64(utf16le("Knee pain after a run")) + "?=\nContent-Type: text/plain\n\nIt hurts.\n",
			subject: "Knee pain after a run", text: "It hurts."},
		{name: "utf-16 body in little-endian order without a mark",
			raw: head + "Subject: Knee\nContent-Type: text/plain; charset=utf-16\nContent-Transfer-Encoding: base64\n\n" +
				b64(utf16le("My knee hurts after a long run.\r\n")) + "\n",
			text: "My knee hurts after a long run."},
		{name: "utf-16 without a mark stays big-endian when written so",
			raw: head + "Subject: Knee\nContent-Type: text/plain; charset=utf-16\nContent-Transfer-Encoding: base64\n\n" +
				b64(utf16be("My knee hurts after a long run.")) + "\n",
			text: "My knee hurts after a long run."},
		{name: "utf-16 with a mark",
			raw: head + "Subject: Knee\nContent-Type: text/plain; charset=utf-16\nContent-Transfer-Encoding: base64\n\n" +
				b64(append([]byte{0xff, 0xfe}, utf16le("My knee hurts.")...)) + "\n",
			text: "My knee hurts."},
		{name: "utf-16 HTML is read as HTML",
			raw: head + "Subject: Knee\nContent-Type: text/html; charset=utf-16\nContent-Transfer-Encoding: base64\n\n" +
				b64(utf16le("<p>My knee <b>hurts</b>.</p>")) + "\n",
			text: "My knee hurts.", noText: "<b>", html: true},
		{name: "empty boundary delimits with bare dashes",
			raw: head + "Subject: Knee\nContent-Type: multipart/alternative;\n\tboundary=\"\"\n\n--\n" +
				"Content-Type: text/plain; charset=us-ascii\n\nMy knee hurts after a long run.\n\n--\n" +
				"Content-Type: text/html; charset=us-ascii\n\n<p>My knee hurts after a <b>long</b> run.</p>\n\n----\n",
			text: "My knee hurts after a long run.", noText: "Content-Type", html: true},
		{name: "empty boundary with a blank plain part gives the HTML's text",
			raw: head + "Subject: Knee\nContent-Type: multipart/alternative; boundary=\"\"\n\n--\n" +
				"Content-Type: text/plain\n\n   \n\n--\nContent-Type: text/html\n\n<p>My knee <b>hurts</b>.</p>\n----\n",
			text: "My knee hurts.", noText: "--", html: true},
		{name: "a signature separator in a mail without boundary is no delimiter",
			raw:  head + "Subject: Knee\nContent-Type: multipart/mixed\n\nMy knee hurts.\n-- \nIlse\n",
			text: "My knee hurts.\n-- \nIlse", warn: "multipart without boundary; read as text"},
		{name: "first part with no delimiter before it",
			raw: head + "Subject: Knee\nContent-Type: multipart/alternative; boundary=\"b1\"\n\n" +
				"Content-Type: text/html\nContent-Transfer-Encoding: binary\n\n<p>My knee <b>hurts</b>.</p>\n--b1--\n",
			text: "My knee hurts.", noText: "Content-Type", html: true, warn: "no MIME boundary before it"},
		{name: "first part with no delimiter before it, more parts after",
			raw: head + "Subject: Knee\nContent-Type: multipart/mixed; boundary=\"b1\"\n\n" +
				"Content-Type: text/plain\n\nMy knee hurts.\n--b1\nContent-Type: text/plain\n\nAnd my hip.\n--b1--\n",
			text: "My knee hurts.\n\nAnd my hip.", noText: "Content-Type", warn: "no MIME boundary before it"},
		{name: "ordinary preamble is no part",
			raw: head + "Subject: Knee\nContent-Type: multipart/mixed; boundary=\"b1\"\n\n" +
				"This is a multi-part message in MIME format.\n--b1\nContent-Type: text/plain\n\nMy knee hurts.\n--b1--\n",
			text: "My knee hurts.", noText: "multi-part"},
		{name: "a part's charset on a line of its own",
			raw: head + "Subject: Knee\nContent-Type: multipart/alternative; boundary=\"b1\"\n\n--b1\n" +
				"Content-Type: text/plain\nContent-Transfer-Encoding: quoted-printable\ncharset=\"iso-8859-1\"\n\nMy kn=E9e hurts.\n--b1--\n",
			text: "My knée hurts.", noText: "charset", warn: "bad header folding"},
		{name: "an empty plain version beside an HTML one with no markup",
			raw: head + "Subject: Knee\nContent-Type: multipart/alternative; boundary=\"b1\"\n\n--b1\n" +
				"Content-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: quoted-printable\n\n\n\n--b1\n" +
				"Content-Type: text/html; charset=iso-8859-1\nContent-Transfer-Encoding: quoted-printable\n\nMy kn=E9e hurts.\n",
			text: "My knée hurts.", warn: "no markup"},
		{name: "an address list broken bare as the header's last line",
			raw:  head + "Subject: Knee\nCc: Ann <ann@example.org>, Bo <bo@\nexample.org>\n\nMy knee hurts.\n",
			text: "My knee hurts.", noText: "example.org>", warn: "bad header folding"},
		{name: "a body line with an angle bracket after no blank line stays the body's",
			raw:  head + "Subject: Knee\nMy knee <left> hurts.\n\nAnd swells.\n",
			text: "My knee <left> hurts.\n\nAnd swells.", warn: "no blank line after header"},
		{name: "a parameter line ending the top header",
			raw:  head + "Subject: Knee\nContent-Type: text/plain\ncharset=big-5\n\n\xa7\x41\xa6\x6e\n",
			text: "你好", noText: "charset"},
		{name: "a body that starts with a parameter after the blank line keeps it",
			raw:  head + "Subject: Knee\nContent-Type: text/plain\n\nsize=42\nMy knee hurts.\n",
			text: "size=42\nMy knee hurts."},
		{name: "first delimiter mistyped",
			raw: head + "Subject: Knee\nContent-Type: multipart/alternative; boundary=\"--b1\"\n\n" +
				"----b**1\nContent-Type: text/html\n\n<p>My knee <b>hurts</b>.</p>\n\n----b1--\n",
			text: "My knee hurts.", noText: "Content-Type", html: true, warn: "no MIME boundary before it"},
		{name: "a named part with an empty type is typed by its name",
			raw: head + "Subject: Knee\nContent-Type: multipart/mixed; boundary=\"b1\"\n\n--b1\nContent-Type: text/plain\n\nMy knee.\n" +
				"--b1\nContent-Type: ; name=\"knee.jpg\"\nContent-Transfer-Encoding: base64\n\n/9j/4AAQ\n--b1--\n",
			text: "My knee.", att: "knee.jpg image/jpeg"},
		{name: "a named part with an empty type and no known extension",
			raw: head + "Subject: Knee\nContent-Type: multipart/mixed; boundary=\"b1\"\n\n--b1\nContent-Type: text/plain\n\nMy knee.\n" +
				"--b1\nContent-Type: ; name=\"knee\"\n\nxyz\n--b1--\n",
			text: "My knee.", noText: "xyz", att: "knee application/octet-stream"},
		{name: "two content types, the body is HTML",
			raw:  head + "Subject: Knee\nContent-Type: text/plain\nContent-Type: text/html\n\n<p>My knee <b>hurts</b>.</p>\n",
			text: "My knee hurts.", noText: "<b>", html: true, warn: "two Content-Type fields"},
		{name: "two content types, the body is plain",
			raw:  head + "Subject: Knee\nContent-Type: text/plain\nContent-Type: text/html\n\nMy knee hurts, 3 < 4.\n",
			text: "My knee hurts, 3 < 4."},
		{name: "an HTML body sent as an inline named file",
			raw: head + "Subject: Knee\nContent-Type: text/html\nContent-Disposition: inline; filename=knee.html\n\n" +
				"<html><body><input value=\"a>hidden\"><p>My knee <b>hurts</b>.</p></body></html>\n",
			text: "My knee hurts.", noText: "hidden", html: true, att: "knee.html text/html", warn: "sent as named files"},
		{name: "an HTML file attached beside the text is no body",
			raw: head + "Subject: Knee\nContent-Type: multipart/mixed; boundary=\"b1\"\n\n--b1\nContent-Type: text/plain\n\nMy knee.\n" +
				"--b1\nContent-Type: text/html\nContent-Disposition: inline; filename=scan.html\n\n<p>Scan <b>results</b></p>\n--b1--\n",
			text: "My knee.", noText: "Scan", att: "scan.html text/html"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := mustParse(t, tt.raw)
			if tt.subject != "" && m.Subject != tt.subject {
				t.Errorf("got subject %q, want %q", m.Subject, tt.subject)
			}
			if !strings.Contains(m.Text, tt.text) || tt.noText != "" && strings.Contains(m.Text, tt.noText) {
				t.Errorf("got text %q, want it to hold %q and no %q", m.Text, tt.text, tt.noText)
			}
			if tt.att != "" && (len(m.Attachments) == 0 || m.Attachments[0].Filename+" "+m.Attachments[0].ContentType != tt.att) {
				t.Errorf("got attachments %v, want first %q", m.Attachments, tt.att)
			}
			if got := m.HTML != ""; got != tt.html {
				t.Errorf("got HTML %q, want HTML %v", m.HTML, tt.html)
			}
			if got := strings.Join(m.Warnings, "; "); !strings.Contains(got, tt.warn) {
				t.Errorf("got warnings %q, want %q", got, tt.warn)
			}
		})
	}
}

// TestParseOddAddresses checks a From whose address has a space in its
// local part, or single quotes around it inside the brackets: the address
// is kept whole, never cut to the word after the space, which would name
// someone else's mailbox, and the quotes go, while an apostrophe that is
// part of the mailbox stays; so do brackets, a "mailto:" and a stop a
// sender put around the address, while a domain literal keeps its own,
// and comments inside it.
// Beside a bare address with no brackets, the other words are the name. A
// mailbox encoded whole as one encoded-word gives the address it holds;
// an encoded name alone gives none. A comment among a name's words is no
// part of it, whichever parser reads the field.
func TestParseOddAddresses(t *testing.T) {
	tests := []struct {
		name, from string
		want       Address
	}{
		{"space in the local part", `"Support" <no reply@example.com>`, Address{Name: "Support", Addr: `"no reply"@example.com`}},
		{"tab and quotes in the local part", "Desk <help\t\"desk\"@Example.COM>", Address{Name: "Desk", Addr: `"help desk"@example.com`}},
		{"ordinary bracketed address", `Desk <help@example.com>, <x y@example.org>`, Address{Name: "Desk", Addr: "help@example.com"}},
		{"single quotes inside the brackets", "<'ines@Example.PT'>", Address{Addr: "ines@example.pt"}},
		{"single quotes with a name", "Ines <'ines@example.pt'>", Address{Name: "Ines", Addr: "ines@example.pt"}},
		{"apostrophe in the local part", "<o'neil@example.ie>", Address{Addr: "o'neil@example.ie"}},
		{"encoded name before a bare address", "=?utf-8?b?5p2O5Lyf?= li@Example.CN", Address{Name: "李伟", Addr: "li@example.cn"}},
		{"plain name before a bare address", "Li Wei li@example.cn", Address{Name: "Li Wei", Addr: "li@example.cn"}},
		{"comment after a bare address", "li@example.cn (Li Wei)", Address{Name: "Li Wei", Addr: "li@example.cn"}},
		{"group label before a bare address", "Team: li@example.cn, wu@example.cn;", Address{Addr: "li@example.cn"}},
		{"group label before a name and a bare address", "Team: Li Wei li@example.cn, wu@example.cn;", Address{Name: "Li Wei", Addr: "li@example.cn"}},
		{"group label before a bare address and its comment", "Team: li@example.cn (Li Wei), wu@example.cn;", Address{Name: "Li Wei", Addr: "li@example.cn"}},
		{"mailto before the address", "Ines <mailto:Ines@Example.PT>", Address{Name: "Ines", Addr: "Ines@example.pt"}},
		{"square brackets for angle brackets", "Ines [ines@example.pt]", Address{Name: "Ines", Addr: "ines@example.pt"}},
		{"double quotes inside the brackets", `"Ines" <"ines@example.pt">`, Address{Name: "Ines", Addr: "ines@example.pt"}},
		{"a semicolon after the address", "Ines <ines@example.pt;>", Address{Name: "Ines", Addr: "ines@example.pt"}},
		{"a dot after the domain", "Ines <ines@example.pt.>", Address{Name: "Ines", Addr: "ines@example.pt"}},
		{"a domain literal", "Ines <ines@[192.0.2.1]>", Address{Name: "Ines", Addr: "ines@[192.0.2.1]"}},
		{"comments inside the address", "Ines <ines(home) @ example(pt).pt>", Address{Name: "Ines", Addr: "ines@example.pt"}},
		{"a comment and blanks between the domain's labels", "John Doe <jdoe@machine(comment).  example>", Address{Name: "John Doe", Addr: "jdoe@machine.example"}},
		{"a name split mid-character between two GB2312 words", "=?GB2312?B?zeLDs8jL1LG1xMk=?= =?GB2312?B?z83yv827pw==?= <kefu@example.cn>",
			Address{Name: "外贸人员的上万客户", Addr: "kefu@example.cn"}},
		{"a name in ISO-2022-JP words not ending back in ASCII", "=?ISO-2022-JP?B?GyRCRnxLXA==?= =?ISO-2022-JP?B?OGwkTiVGJTklSBsoQg==?= <info@example.jp>",
			Address{Name: "日本語のテスト", Addr: "info@example.jp"}},
		{"a comment with an escaped parenthesis in the name", `Pete(A wonderful \) chap) <pete(his account)@silly.test(his host)>`, Address{Name: "Pete", Addr: "pete@silly.test"}},
		{"a comment beside a name the parser refuses", "Mary Smith (Secretary) <mary@example.org.>", Address{Name: "Mary Smith", Addr: "mary@example.org"}},
		{"a comment beside a name", "Mary Smith (Secretary) <mary@example.org>", Address{Name: "Mary Smith", Addr: "mary@example.org"}},
		{"a comment as the whole name", "(Mary Smith) <mary@example.org.>", Address{Name: "Mary Smith", Addr: "mary@example.org"}},
		{"an encoded name labelled UTF-8 holding Latin-1 bytes", "=?utf-8?Q?Ren=E9_Dupont?= <rene@example.fr>", Address{Name: "René Dupont", Addr: "rene@example.fr"}},
		{"a quoted name encoded as UTF-8 holding a windows-1252 byte", "=?utf-8?B?IklsZ2EginVwbGluc2thIg==?= <ilga@example.lv>", Address{Name: "Ilga Šuplinska", Addr: "ilga@example.lv"}},
		{"a quoted name and an address missing its closing bracket", `"Test Name"<test@example.org`, Address{Name: "Test Name", Addr: "test@example.org"}},
		{"a quoted name with a dot, no space, no closing bracket", `"Test.org"<test@example.org`, Address{Name: "Test.org", Addr: "test@example.org"}},
		{"a quoted local part holding an @", `"owner@example.org"@attacker.example`, Address{Addr: `"owner@example.org"@attacker.example`}},
		{"a quoted local part with a space, well formed", `Desk <"help desk"@Example.org>`, Address{Name: "Desk", Addr: `"help desk"@example.org`}},
		{"a group's label before a name, a mailbox after the group", "bar-group: Foo <foo@example.com>; joe@example.org", Address{Name: "Foo", Addr: "foo@example.com"}},
		{"a stray line a mailer left under a bare address", "test@example.com\n MalformedHeaderNoColon", Address{Addr: "test@example.com"}},
		{"comments in a bare address", "ines.lima (ignore) @example.pt (Ines Lima)", Address{Addr: "ines.lima@example.pt"}},
		{"whole mailbox in one encoded-word", "=?utf-8?B?IkFuYSBMaW1hIiA8YW5hQEV4YW1wbGUuUFQ+?=", Address{Name: "Ana Lima", Addr: "ana@example.pt"}},
		{"encoded-word holding a name only", "=?utf-8?Q?Ana_Lima?=", Address{}},
		{"whole mailbox in one Q encoded-word, brackets unencoded", "=?iso-8859-1?Q?In=EAs_Lima_<ines@example.pt>?=", Address{Name: "Inês Lima", Addr: "ines@example.pt"}},
		{"whole mailbox in Q words split at the brackets", "=?utf-8?Q?In=C3=AAs?= =?utf-8?Q?_<ines@example.pt>?=", Address{Name: "Inês", Addr: "ines@example.pt"}},
		{"an address in an encoded name before the address", "=?utf-8?Q?Coach_<owner@example.org>?= <x@evil.example>", Address{Name: "Coach <owner@example.org>", Addr: "x@evil.example"}},
		{"an address in encoded names before the address", "=?utf-8?Q?Coach?= =?utf-8?Q?_<owner@example.org>?= <x@evil.example>", Address{Name: "Coach <owner@example.org>", Addr: "x@evil.example"}},
		{"a comma inside an encoded name, as Exchange writes last name first", "=?iso-8859-1?Q?B=FCrling,=20Andreas?= <andreas@example.de>",
			Address{Name: "Bürling, Andreas", Addr: "andreas@example.de"}},
		{"a comma inside an encoded name in the B encoding", "=?utf-8?B?SG9sdCwgTWFyZW4=?= <maren@example.org>", Address{Name: "Holt, Maren", Addr: "maren@example.org"}},
		{"an encoded name inside quotes", `"=?utf-8?Q?In=C3=AAs_Lima?=" <ines@example.pt>`, Address{Name: "Inês Lima", Addr: "ines@example.pt"}},
		{"quotes inside an encoded name", `=?UTF-8?Q?"Motorola_Owners=E2=80=99_Forums"_?=<forums@example.com>`,
			Address{Name: "Motorola Owners’ Forums", Addr: "forums@example.com"}},
		{"a name that decodes to an encoded-word stays as decoded", "=?utf-8?Q?=3D=3Futf-8=3FQ=3FAlice=3F=3D?= <alice@example.org>",
			Address{Name: "=?utf-8?Q?Alice?=", Addr: "alice@example.org"}},
		{"a name that decodes to an encoded address stays as decoded",
			"=?utf-8?B?Qm9zcyA9P3V0Zi04P1E/PTNDYm9zcz00MGNvcnAuZXhhbXBsZT0zRT89?= <x@evil.example>",
			Address{Name: "Boss =?utf-8?Q?=3Cboss=40corp.example=3E?=", Addr: "x@evil.example"}},
		{"encoded name before a bracketed address with a stray semicolon", "=?utf-8?Q?In=C3=AAs?= <ines@example.pt>;", Address{Name: "Inês", Addr: "ines@example.pt"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := mustParse(t, "From: "+tt.from+"\nTo: ask@example.org\nSubject: Knee\n\nMy knee.\n")
			if m.From != tt.want {
				t.Errorf("got from %+v, want %+v", m.From, tt.want)
			}
		})
	}
}

// TestWithoutComments checks the comments taken out of an address, and
// what stays: quoted text, an escaped parenthesis, and text without any.
func TestWithoutComments(t *testing.T) {
	tests := []struct{ in, want string }{
		{"ines(home) @ example(pt).pt", "ines@example.pt"},
		{"ines (a (nested) note) @example.pt", "ines@example.pt"},
		{`"ines (home)"@example.pt (Ines)`, `"ines (home)"@example.pt`},
		{`ines\(x@example.pt`, `ines\(x@example.pt`},
		{"ines @ example.pt", "ines @ example.pt"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := withoutComments(tt.in); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestParseRepeatedAddressField checks an address field sent twice, as
// "Cc:" and "cc:": the addresses of both are read, and a From sent twice
// names no single writer.
func TestParseRepeatedAddressField(t *testing.T) {
	m := mustParse(t, "From: Ana <ana@example.org>\nTo: ask@example.org\nCc: Bo <bo@example.org>\nSubject: Knee\n"+
		"cc: Cy <cy@example.org>, dee@example.org\n\nMy knee.\n")
	var got []string
	for _, a := range m.Cc {
		got = append(got, a.Addr)
	}
	if want := "bo@example.org cy@example.org dee@example.org"; strings.Join(got, " ") != want {
		t.Errorf("got cc %q, want %q", got, want)
	}
	m = mustParse(t, "From: Ana <ana@example.org>\nFrom: Bo <bo@example.org>\nTo: ask@example.org\nSubject: Knee\n\nMy knee.\n")
	if m.SingleFrom || m.From.Addr != "ana@example.org" {
		t.Errorf("got from %+v single %v, want ana@example.org and no single writer", m.From, m.SingleFrom)
	}
}
