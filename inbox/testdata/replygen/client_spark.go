package main

import "strings"

var sparkAttr = map[string]string{
	"en": "On {d} {MMM} {yyyy} at {HH}:{mm} {Z}, {who}, wrote:",
	"de": "Am {d}. {MMM} {yyyy}, {HH}:{mm} {Z} schrieb {who}:",
	"fr": "Le {d} {MMM} {yyyy} à {HH}:{mm} {Z}, {who} a écrit :",
	"es": "El {d} {MMM} {yyyy}, {HH}:{mm} {Z}, {who} escribió:",
	"it": "Il {d} {MMM} {yyyy}, {HH}:{mm} {Z}, {who} ha scritto:",
	"nl": "Op {d} {MMM} {yyyy} om {HH}:{mm} {Z} schreef {who}:",
	"ru": "{d} {MMM} {yyyy} г., {HH}:{mm} {Z}, {who} писал:",
	"uk": "{d} {MMM} {yyyy} р., {HH}:{mm} {Z}, {who} написав:",
}

// spark writes Readdle's Spark: named sections (messageBodySection,
// messageSignatureSection, messageReplySection), "Sent with Spark" as the
// stock signature.
func spark(r *reply) string {
	g := newRNG(r, "spark")
	attr := attribution(sparkAttr[r.lang], r.lang, r.hist.date, r.hist.from)
	body := func(ls []string) string {
		return `<div name="messageBodySection"><div dir="auto">` + mustRender(brText(ls, "<br />\n"), ls) + `</div></div>` + "\n"
	}
	var sigP []string
	sigH := ""
	switch r.sig {
	case "footer":
		sigP = []string{"Sent with Spark"}
		sigH = `<div name="messageSignatureSection"><br /><div class="matchFont">Sent with <a href="https://sparkmailapp.com/source?from=signature">Spark</a></div></div>` + "\n"
	case "client":
		sigP = r.sigLines
		sigH = `<div name="messageSignatureSection"><br /><div class="matchFont">` + brText(r.sigLines, "<br />") + `</div></div>` + "\n"
	}
	p, h := sparkBody(r, attr, body, sigP, sigH)
	html := `<html xmlns="http://www.w3.org/1999/xhtml">` + "\n<head>\n<title></title>\n</head>\n<body>\n" + h + "</body>\n</html>\n"
	b := g.hex(8) + "_" + g.hex(8) + "_" + g.hex(4)
	root := multi(`multipart/alternative; boundary="`+b+`"`, b,
		leaf(`text/plain; charset="utf-8"`, "utf-8", "quoted-printable", join(p)+"\n"),
		leaf(`text/html; charset="utf-8"`, "utf-8", "quoted-printable", html))
	id := g.uuid(false)
	top := append(delivered(r, "mail.runhelp.example"),
		"Date: "+rfcDate(r.sent),
		ownerFrom(r, ""),
		"To: "+route,
		"Message-ID: <"+id+"@Spark>",
		"In-Reply-To: <"+r.hist.msgID+">",
		"References: <"+r.hist.msgID+">",
		subjectHeader("Re: "+r.hist.subject, "utf-8", false),
		"X-Readdle-Message-ID: "+id+"@Spark",
		"MIME-Version: 1.0")
	top = append(top, root.header...)
	root.header = nil
	return serialize(top, root)
}

// sparkBody places the sections for the layout.
func sparkBody(r *reply, attr string, body func([]string) string, sigP []string, sigH string) ([]string, string) {
	bq := func(ls []string) string {
		return `<blockquote type="cite" style="border-left-color: grey; border-left-width: thin; border-left-style: solid; margin: 5px 5px;padding-left: 10px;">` +
			histHTML(ls, "<br />\n") + "</blockquote>\n"
	}
	var p []string
	var h strings.Builder
	switch r.layout {
	case "top":
		p = append(append(append(append(p, r.text()...), ""), sigP...), "")
		p = append(append(p, attr), quoteAll("> ", r.hist.lines)...)
		h.WriteString(body(r.text()) + sigH + `<div name="messageReplySection">` + htmlEscape(attr) + "<br />\n" + bq(r.hist.lines) + "</div>\n")
	case "bottom":
		p = append(append(append(p, attr), quoteAll("> ", r.hist.lines)...), "")
		p = append(append(append(p, r.text()...), ""), sigP...)
		h.WriteString(`<div name="messageReplySection">` + htmlEscape(attr) + "<br />\n" + bq(r.hist.lines) + "</div>\n" + body(r.text()) + sigH)
	default:
		p = append(append(inlinePlain(r, []string{attr}, "> "), ""), sigP...)
		bs := r.blocks
		if !bs[0].quote {
			h.WriteString(body(bs[0].lines))
			bs = bs[1:]
		}
		h.WriteString(`<div name="messageReplySection">` + htmlEscape(attr) + "<br />\n")
		for _, b := range bs {
			if b.quote {
				h.WriteString(bq(b.lines))
			} else {
				h.WriteString(body(b.lines))
			}
		}
		h.WriteString("</div>\n" + sigH)
	}
	return p, h.String()
}
