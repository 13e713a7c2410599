package main

import (
	"fmt"
	"strings"
)

var roundcubeAttr = map[string]string{
	"en": "On {yyyy}-{MM}-{dd} {HH}:{mm}, {name} wrote:", "de": "Am {yyyy}-{MM}-{dd} {HH}:{mm}, schrieb {name}:",
	"fr": "Le {yyyy}-{MM}-{dd} {HH}:{mm}, {name} a écrit :", "es": "El {yyyy}-{MM}-{dd} {HH}:{mm}, {name} escribió:",
	"it": "Il {yyyy}-{MM}-{dd} {HH}:{mm} {name} ha scritto:", "nl": "Op {yyyy}-{MM}-{dd} {HH}:{mm} schreef {name}:",
	"pl": "W dniu {dd}.{MM}.{yyyy} o {HH}:{mm}, {name} napisał(a):", "cs": "Dne {dd}.{MM}.{yyyy} {HH}:{mm}, {name} napsal:",
	"ru": "{name} писал {yyyy}-{MM}-{dd} {HH}:{mm}:", "ptbr": "Em {yyyy}-{MM}-{dd} {HH}:{mm}, {name} escreveu:",
	"sv": "Den {yyyy}-{MM}-{dd} {HH}:{mm}, skrev {name}:", "da": "Den {yyyy}-{MM}-{dd} {HH}:{mm}, skrev {name}:",
	"tr": "{dd}.{MM}.{yyyy} {HH}:{mm} tarihinde {name} yazdı:", "uk": "{name} писав {yyyy}-{MM}-{dd} {HH}:{mm}:",
}

// roundcube writes Roundcube: by default the reply goes under the quote
// and the signature under the reply; with "start above the quote" the
// signature sits above it. HTML marks the signature div#_rc_sig.
func roundcube(r *reply) string {
	g := newRNG(r, "roundcube")
	attr := attribution(roundcubeAttr[r.lang], r.lang, r.hist.date, r.hist.from)
	var sigP []string
	sigH := ""
	if r.sig != "none" {
		sigP = append([]string{"-- "}, r.sigLines...)
		sigH = `<div id="_rc_sig">-- <br />` + brText(r.sigLines, "<br />") + "</div>\n"
	}
	p := plainAround(r, []string{attr}, sigP, "> ")
	plain := join(flowedPlain(p)) + "\n"
	if !r.has("html") {
		root := leaf("text/plain; charset=UTF-8;\n format=flowed", "utf-8", plainCTE(plain, "quoted-printable"), plain)
		return roundcubeEnvelope(r, g, root)
	}
	para := func(ls []string) string { return paras(ls, "<p>", "</p>\n", "<br />") }
	quote := func(ls []string) string {
		return `<blockquote type="cite" style="padding: 0 0.4em; border-left: #1010ff 2px solid; margin: 0">` + "\n" +
			`<div class="pre" style="margin: 0; padding: 0; font-family: monospace">` + histHTML(ls, "<br />\n") + "</div>\n</blockquote>\n"
	}
	head := "<p>" + htmlEscape(attr) + "</p>\n"
	var h strings.Builder
	h.WriteString("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\" /></head><body style='font-size: 10pt; font-family: Verdana,Geneva,sans-serif'>\n")
	switch r.layout {
	case "top":
		h.WriteString(para(r.text()) + sigH + "<p><br /></p>\n" + head + quote(r.hist.lines))
	case "bottom":
		h.WriteString(head + quote(r.hist.lines) + para(r.text()) + sigH)
	default:
		bs := r.blocks
		if !bs[0].quote {
			h.WriteString(para(bs[0].lines))
			bs = bs[1:]
		}
		h.WriteString(head)
		for _, b := range bs {
			if b.quote {
				h.WriteString(quote(b.lines))
			} else {
				h.WriteString(para(b.lines))
			}
		}
		h.WriteString(sigH)
	}
	h.WriteString("</body></html>\n")
	b := "=_" + g.hex(32)
	root := multi("multipart/alternative;\n boundary=\""+b+"\"", b,
		leaf("text/plain; charset=UTF-8;\n format=flowed", "utf-8", plainCTE(plain, "quoted-printable"), plain),
		leaf("text/html; charset=UTF-8", "utf-8", plainCTE(h.String(), "quoted-printable"), h.String()))
	return roundcubeEnvelope(r, g, root)
}

func roundcubeEnvelope(r *reply, g *rng, root *part) string {
	top := append(delivered(r, "webmail.runhelp.example"),
		"MIME-Version: 1.0",
		"Date: "+rfcDate(r.sent),
		ownerFrom(r, ""),
		"To: "+route,
		subjectHeader("Re: "+r.hist.subject, "UTF-8", false),
		"In-Reply-To: <"+r.hist.msgID+">",
		"References: <"+r.hist.msgID+">",
		"User-Agent: Roundcube Webmail/1.6.9",
		"Message-ID: <"+g.hex(32)+"@runhelp.example>",
		"X-Sender: "+owner.addr)
	top = append(top, root.header...)
	root.header = nil
	return serialize(top, root)
}

// plainAround places the owner's text, the client's head over the quote,
// the quote and the signature for the layout; the signature goes last
// unless the client puts it above the quote (sigabove).
func plainAround(r *reply, head, sig []string, prefix string) []string {
	hist := quoteAll(prefix, r.hist.lines)
	var p []string
	switch r.layout {
	case "top":
		p = append(append(p, r.text()...), "")
		if !r.has("sigend") && sig != nil {
			p = append(append(p, sig...), "")
		}
		p = append(append(p, head...), hist...)
		if r.has("sigend") && sig != nil {
			p = append(append(p, ""), sig...)
		}
		return p
	case "bottom":
		p = append(append(append(p, head...), hist...), "")
		p = append(p, r.text()...)
	default:
		p = inlinePlain(r, head, prefix)
	}
	if sig != nil {
		p = append(append(p, ""), sig...)
	}
	return p
}

var sogoAttr = map[string]string{
	"en":   "On {EEEE}, {MMMM} {dd}, {yyyy} {HH}:{mm} {z}, \"{name}\" <{addr}> wrote:",
	"de":   "Am {EEEE}, {d}. {MMMM} {yyyy} {HH}:{mm} {z}, schrieb \"{name}\" <{addr}>:",
	"fr":   "Le {EEEE}, {MMMM} {dd}, {yyyy} {HH}:{mm} {z}, \"{name}\" <{addr}> a écrit:",
	"es":   "El {EEEE}, {d} de {MMMM} de {yyyy} {HH}:{mm} {z}, \"{name}\" <{addr}> escribió:",
	"it":   "Il {EEEE}, {d} {MMMM} {yyyy} {HH}:{mm} {z}, \"{name}\" <{addr}> ha scritto:",
	"nl":   "Op {EEEE}, {d} {MMMM} {yyyy} {HH}:{mm} {z}, schreef \"{name}\" <{addr}>:",
	"pl":   "W dniu {EEEE}, {d} {MMMMg} {yyyy} {HH}:{mm} {z}, \"{name}\" <{addr}> napisał:",
	"cs":   "Dne {EEEE}, {d}. {MMMMg} {yyyy} {HH}:{mm} {z}, \"{name}\" <{addr}> napsal(a):",
	"ptbr": "Em {EEEE}, {d} de {MMMM} de {yyyy} {HH}:{mm} {z}, \"{name}\" <{addr}> escreveu:",
	"ru":   "{EEEE}, {d} {MMMMg} {yyyy} {HH}:{mm} {z}, \"{name}\" <{addr}> написал:",
}

// sogo writes SOGo's webmail: a plain part with the "-- " signature, an
// HTML part from its CKEditor with "--&nbsp;" and a cited blockquote.
func sogo(r *reply) string {
	attr := attribution(sogoAttr[r.lang], r.lang, r.hist.date, r.hist.from)
	var sigP []string
	sigH := ""
	if r.sig != "none" {
		sigP = append([]string{"-- "}, r.sigLines...)
		sigH = "<p>--&nbsp;<br />" + brText(r.sigLines, "<br />") + "</p>\n"
	}
	p := plainAround(r, []string{attr}, sigP, "> ")
	plain := join(p) + "\n"
	para := func(ls []string) string { return paras(ls, "<p>", "</p>\n", "<br />") }
	quote := func(ls []string) string {
		return `<blockquote type="cite">` + histHTML(ls, "<br />") + "</blockquote>\n"
	}
	head := "<p>" + htmlEscape(attr) + "</p>\n"
	var h strings.Builder
	h.WriteString("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\" /></head><body>")
	switch r.layout {
	case "top":
		h.WriteString(para(r.text()) + "<p>&nbsp;</p>\n")
		if !r.has("sigend") {
			h.WriteString(sigH)
		}
		h.WriteString(head + quote(r.hist.lines))
		if r.has("sigend") {
			h.WriteString(sigH)
		}
	case "bottom":
		h.WriteString(head + quote(r.hist.lines) + para(r.text()) + sigH)
	default:
		bs := r.blocks
		if !bs[0].quote {
			h.WriteString(para(bs[0].lines))
			bs = bs[1:]
		}
		h.WriteString(head)
		for _, b := range bs {
			if b.quote {
				h.WriteString(quote(b.lines))
			} else {
				h.WriteString(para(b.lines))
			}
		}
		h.WriteString(sigH)
	}
	h.WriteString("</body></html>\n")
	b := fmt.Sprintf("----=_=-_OpenGroupware_org_NGMime-%d-%d.%06d-%d------", 1000+r.num*37%9000, r.sent.Unix(), r.num*7919%1000000, r.num%9+1)
	var root *part
	if r.has("plainonly") {
		root = leaf("text/plain; charset=utf-8", "utf-8", plainCTE(plain, "quoted-printable"), plain)
	} else {
		root = multi(`multipart/alternative; boundary="`+b+`"`, b,
			leaf("text/plain; charset=utf-8", "utf-8", plainCTE(plain, "quoted-printable"), plain),
			leaf("text/html; charset=utf-8", "utf-8", plainCTE(h.String(), "quoted-printable"), h.String()))
	}
	top := append(delivered(r, "sogo.runhelp.example"), ownerFrom(r, "q"),
		"In-Reply-To: <"+r.hist.msgID+">", "References: <"+r.hist.msgID+">",
		"Date: "+rfcDate(r.sent), "To: "+route, "MIME-Version: 1.0",
		fmt.Sprintf("Message-ID: <%x-%x-%d-%x@%d>", r.num*97, r.sent.Unix(), r.num%7+1, r.num*7919, 100000000+r.num*1117),
		subjectHeader("Re: "+r.hist.subject, "utf-8", false), "User-Agent: SOGoMail 5.11.2")
	top = append(top, root.header...)
	root.header = nil
	return serialize(top, root)
}
