package inbox

import (
	"context"
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/simplifiedchinese"

	"helpline/data"
)

// hostileIngestMails are mails of about 1 MiB, each the worst found of
// its kind for ingesting a question: parsed, classified, stored.
func hostileIngestMails() []struct {
	name string
	raw  string
} {
	const size = 1 << 20
	head := "From: Ann <ann@reader.test>\r\nTo: " + testMailbox + "\r\nSubject: Pacing\r\nMIME-Version: 1.0\r\n"
	var refs strings.Builder
	for i := 0; refs.Len() < size-100; i++ {
		fmt.Fprintf(&refs, " <ref%d.%d@reader.test>\r\n", i, i*7)
	}
	var fields strings.Builder
	for i := 0; fields.Len() < size-100; i++ {
		fmt.Fprintf(&fields, "X-Field-%d: v\r\n", i)
	}
	var tables, parts, names strings.Builder
	for tables.Len() < size {
		tables.WriteString("<table><tr><td>cell</td><td>cell</td></tr></table>\r\n")
	}
	for i := 0; parts.Len() < size; i++ {
		fmt.Fprintf(&parts, "--b\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=\"f%d.bin\"\r\n\r\nx\r\n", i)
	}
	for i := range 50 {
		fmt.Fprintf(&names, "--b\r\nContent-Type: application/pdf; name=\"%d%s.pdf\"\r\n\r\nx\r\n", i, strings.Repeat("n", 10<<10))
	}
	text := "--b\r\nContent-Type: text/plain\r\n\r\nHow do I pace a marathon?\r\n"
	htmlMail := func(body string) string {
		return head + "Content-Type: text/html; charset=utf-8\r\n\r\n<p>How do I pace a marathon?</p>" + body + "\r\n"
	}
	return []struct {
		name string
		raw  string
	}{
		{"references", head + "In-Reply-To: <a@reader.test>\r\nReferences:" + refs.String() + "\r\nHow do I pace a marathon?\r\n"},
		{"header fields", head + fields.String() + "\r\nHow do I pace a marathon?\r\n"},
		{"no charset, 8-bit", head + "Content-Type: text/plain\r\n\r\nHow do I pace a marathon?\r\n" +
			strings.Repeat("Caf\xe9 cr\xe8me br\xfbl\xe9e ", size/20) + "\r\n"},
		{"encoded words in subject", "From: Ann <ann@reader.test>\r\nTo: " + testMailbox + "\r\nSubject:" +
			strings.Repeat(" =?utf-8?q?ab?=\r\n", size/17) + "\r\nHow do I pace a marathon?\r\n"},
		{"encoded words in from", "From:" + strings.Repeat(" =?utf-8?q?ab?=\r\n", size/17) + " <ann@reader.test>\r\nTo: " +
			testMailbox + "\r\nSubject: Pacing\r\n\r\nHow do I pace a marathon?\r\n"},
		{"html paragraphs", htmlMail(strings.Repeat("<p>Some words of the question here.</p>\r\n", size/40))},
		{"html style", htmlMail("<style>" + strings.Repeat("p.c{color:red}\r\n", size/16) + "</style>")},
		{"html nested", htmlMail(strings.Repeat("<div>", size/5))},
		{"html tables", htmlMail(tables.String())},
		{"html under a placeholder", head + "Content-Type: multipart/alternative; boundary=b\r\n\r\n" +
			"--b\r\nContent-Type: text/plain\r\n\r\nThis is an HTML message.\r\n" +
			"--b\r\nContent-Type: text/html\r\n\r\n<p>How do I pace a marathon?</p>" +
			strings.Repeat("<p>Some words of the question here.</p>\r\n", size/40) + "\r\n--b--\r\n"},
		{"tiny attachments", head + "Content-Type: multipart/mixed; boundary=b\r\n\r\n" + text + parts.String() + "--b--\r\n"},
		{"long attachment names", head + "Content-Type: multipart/mixed; boundary=b\r\n\r\n" + text + names.String() + "--b--\r\n"},
		{"media type parameters", head + "Content-Type: text/plain" + strings.Repeat("; p=v", size/6) + "\r\n\r\nHow do I pace a marathon?\r\n"},
	}
}

// BenchmarkHostileIngest ingests each of hostileIngestMails as a new
// question into a fresh database; run with -benchtime 1x.
func BenchmarkHostileIngest(b *testing.B) {
	for _, h := range hostileIngestMails() {
		raw := []byte(h.raw)
		b.Run(h.name, func(b *testing.B) {
			b.SetBytes(int64(len(raw)))
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				f := benchFixture(b)
				runtime.GC()
				b.StartTimer()
				err := f.proc.Ingest(context.Background(), []Fetched{{Mailbox: "INBOX", UIDValidity: 1, UID: 1,
					Raw: raw, Size: int64(len(raw)), Received: time.Now()}})
				if err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// undeclaredTexts are sentences in the languages whose 8-bit charsets are
// guessed when a mail names none, each in that charset.
func undeclaredTexts(b *testing.B) []struct{ name, text string } {
	return []struct{ name, text string }{
		{"latin", encodedIn(b, charmap.Windows1252, "Café crème brûlée, ich laufe täglich fünf Kilometer.")},
		{"russian", encodedIn(b, charmap.Windows1251, "Здравствуйте! Сколько раз в неделю можно бегать новичку?")},
		{"hebrew", encodedIn(b, charmap.Windows1255, "שלום, אני רץ חמישה קילומטרים כל בוקר.")},
		{"chinese", encodedIn(b, simplifiedchinese.GBK, "你好！我每天早上跑五公里，但是膝盖有点疼。")},
		{"japanese", encodedIn(b, japanese.ShiftJIS, "こんにちは。毎朝五キロ走っていますが、膝が少し痛いです。")},
	}
}

// BenchmarkHostileCharset reads 8 MiB of text in each undeclared charset,
// in lines and on one line, as the charset of a part that names none is
// guessed.
func BenchmarkHostileCharset(b *testing.B) {
	const size = 8 << 20
	for _, u := range undeclaredTexts(b) {
		for _, sep := range []string{"\r\n", " "} {
			in := []byte(strings.Repeat(u.text+sep, size/(len(u.text)+len(sep))))
			name := u.name + "/lines"
			if sep == " " {
				name = u.name + "/one line"
			}
			b.Run(name, func(b *testing.B) {
				b.SetBytes(int64(len(in)))
				for b.Loop() {
					decodeCharset(in, "")
				}
			})
		}
	}
}

// BenchmarkHostileAnswer ingests the owner's HTML-only answer of about
// 1 MiB in each of the shapes of hostileHTML, a reply to a question's
// notification; run with -benchtime 1x.
func BenchmarkHostileAnswer(b *testing.B) {
	for _, h := range hostileHTML {
		body := hostileHTMLBody(h.unit, h.nested, maxHTML)
		b.Run(h.name, func(b *testing.B) {
			b.SetBytes(int64(len(body)))
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				f := benchFixture(b)
				err := f.proc.Ingest(context.Background(), fetchedBatch(question("Ann <ann@reader.test>", "Pacing", "How?")))
				if err != nil {
					b.Fatal(err)
				}
				raw := "From: Coach <" + testOwner + ">\r\nTo: " + f.outbox(data.KindNotify)[0].ReplyTo +
					"\r\nSubject: Re: Pacing\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + body + "\r\n"
				runtime.GC()
				b.StartTimer()
				err = f.proc.Ingest(context.Background(), []Fetched{{Mailbox: "INBOX", UIDValidity: 1, UID: 2,
					Raw: []byte(raw), Size: int64(len(raw)), Received: time.Now()}})
				if err != nil {
					b.Fatal(err)
				}
				b.StopTimer()
				if got := f.outbox(data.KindAnswered); len(got) != 1 {
					b.Fatalf("got %d answered mails, want 1", len(got))
				}
				b.StartTimer()
			}
		})
	}
}
