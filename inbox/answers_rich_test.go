package inbox

import (
	"html"
	"strings"
	"testing"
)

// TestFormattedAnswersKeepTheirShape reads answers the owner formatted in
// their client, over the notification they reply to, and checks that the
// text keeps what they see on screen: list items on lines of their own
// with marks, numbers and the indent of a nested list, a link's address
// next to its text, table rows as lines with their cells apart, paragraphs
// apart, a quote they put in kept, and no trace of an inline image. Each
// answer is read from the mail as the client sends it, from its HTML part
// alone, and from the mail with only that HTML part, under the clients of
// the first suite and under the further ones.
func TestFormattedAnswersKeepTheirShape(t *testing.T) {
	more := moreRichClients()
	for _, c := range append(richAnswers[:len(richAnswers):len(richAnswers)], moreRichAnswers...) {
		t.Run(c.client+"/"+c.name, func(t *testing.T) {
			wrap, ok := richClients[c.client]
			if !ok {
				wrap, ok = more[c.client]
			}
			if !ok {
				t.Fatalf("no client %q", c.client)
			}
			htm := wrap.html(c.html)
			if got := tidy(TrimHTMLReply(htm)); got != c.want {
				t.Errorf("html part:\ngot  %q\nwant %q", got, c.want)
			}
			m, err := Parse([]byte(htmlMail(htm)))
			if err != nil {
				t.Fatalf("parse html only: %v", err)
			}
			if got := tidy(Answer(m)); got != c.want {
				t.Errorf("html only:\ngot  %q\nwant %q", got, c.want)
			}
			if c.plain == "" {
				return
			}
			m, err = Parse([]byte(altMail(wrap.plain(c.plain), htm, "quoted-printable")))
			if err != nil {
				t.Fatalf("parse: %v", err)
			}
			want := c.want
			if c.wantPlain != "" {
				want = c.wantPlain
			}
			if got := tidy(Answer(m)); got != want {
				t.Errorf("both parts:\ngot  %q\nwant %q", got, want)
			}
		})
	}
}

// richClient puts an answer into the reply a client makes over the
// notification, as its plain part and as its HTML part.
type richClient struct {
	plain func(answer string) string
	html  func(answer string) string
}

var richClients = map[string]richClient{
	"gmail": {
		plain: func(a string) string { return a + "\n\n" + gmailAttribution + "\n\n" + quoteLines(notifyText) + "\n" },
		html: func(a string) string {
			return `<div dir="ltr">` + a + `</div><br><div class="gmail_quote gmail_quote_container">` +
				`<div dir="ltr" class="gmail_attr">` + html.EscapeString(gmailAttribution) + `<br></div>` +
				`<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);` +
				`padding-left:1ex">` + htmlBreaks(notifyText) + `</blockquote></div>`
		},
	},
	"outlook": {
		plain: func(a string) string {
			return a + "\n\nFrom: Helpline <" + helplineAddr + ">\nSent: Tuesday, June 3, 2025 10:12 AM\n" +
				"To: Maren Holt <maren@example.org>\nSubject: Question: Calf pain after long runs\n\n" + notifyText + "\n"
		},
		html: func(a string) string {
			var quote strings.Builder
			for _, l := range strings.Split(notifyText, "\n") {
				quote.WriteString("<p class=MsoNormal>" + htmlText(l) + "<o:p></o:p></p>\n")
			}
			fields := strings.NewReplacer("From:", "<b>From:</b>", "Sent:", "<b>Sent:</b>", "To:", "<b>To:</b>",
				"Subject:", "<b>Subject:</b>", "\n", "<br>\n").Replace(html.EscapeString(outlookFields("\n")))
			return "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><style><!--\np.MsoNormal, li.MsoNormal\n" +
				"\t{margin:0cm;font-size:11.0pt;}\np.MsoListParagraph\n\t{margin-left:36.0pt;}\n--></style></head>\n" +
				"<body lang=EN-US link=\"#0563C1\" vlink=\"#954F72\"><div class=WordSection1>\n" + a +
				"<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n<div style='border:none;border-top:solid #E1E1E1 1.0pt;" +
				"padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal>" + fields + "<o:p></o:p></p></div>\n" +
				"<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n" + quote.String() + "</div></body></html>"
		},
	},
	"outlook web": {
		plain: func(a string) string {
			return a + "\n\n________________________________\n" + outlookFields("\n") + "\n\n" + notifyText + "\n"
		},
		html: func(a string) string {
			return `<html><head><style type="text/css">P {margin-top:0;margin-bottom:0;}</style></head><body dir="ltr">` + a +
				`<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">` +
				`<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">` +
				strings.ReplaceAll(html.EscapeString(outlookFields("\n")), "\n", "<br>") + `</font><div>&nbsp;</div></div>` +
				`<div class="BodyFragment"><font size="2"><span style="font-size:11pt;"><div class="PlainText">` +
				htmlBreaks(notifyText) + `</div></span></font></div></body></html>`
		},
	},
	"apple": {
		plain: func(a string) string { return a + "\n\n" + quoteLines(appleAttribution+"\n\n"+notifyText) + "\n" },
		html: func(a string) string {
			return `<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>` +
				`<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">` + a +
				`<div><br><blockquote type="cite"><div>` + html.EscapeString(appleAttribution) +
				`</div><br class="Apple-interchange-newline"><div><div>` + htmlBreaks(notifyText) +
				`</div></div></blockquote></div><br></body></html>`
		},
	},
	"thunderbird": {
		plain: func(a string) string {
			return a + "\n\n" + thunderbirdAttribution + "\n" + quoteLines(notifyText) + "\n"
		},
		html: func(a string) string {
			return `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>` +
				a + `<div class="moz-cite-prefix">` + html.EscapeString(thunderbirdAttribution) + `<br></div>` +
				`<blockquote type="cite" cite="mid:n12@helpline.test"><pre class="moz-quote-pre" wrap="">` +
				html.EscapeString(notifyText) + "</pre></blockquote></body></html>"
		},
	},
	"ios": {
		plain: func(a string) string {
			return a + "\n\nSent from my iPhone\n\n" + quoteEmpty(appleAttribution+"\n\n"+notifyText, "> ") + "\n"
		},
		html: func(a string) string {
			return `<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">` +
				a + `<div dir="ltr"><br><div dir="ltr">Sent from my iPhone</div>` +
				`<div dir="ltr"><br><blockquote type="cite">` + html.EscapeString(appleAttribution) + `<br><br></blockquote></div>` +
				`<blockquote type="cite"><div dir="ltr">` + htmlBreaks(notifyText) + `</div></blockquote></div></body></html>`
		},
	},
}

// richAnswer is one formatted answer as a client writes it.
type richAnswer struct {
	client, name string
	html         string // the answer as the client's editor writes it
	plain        string // the client's plain part of it; "" where it sends only HTML
	want         string // the text, as the owner sees the answer
	wantPlain    string // the text from both parts where the plain part writes it otherwise
}
