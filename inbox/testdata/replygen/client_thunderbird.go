package main

import "strings"

// tbAttr are Thunderbird's reply headers: short date, sender's name only.
var tbAttr = map[string]string{
	"en":   "On {dd}/{MM}/{yyyy} {HH}:{mm}, {name} wrote:",
	"enus": "On {M}/{d}/{yy} {h}:{mm} {a}, {name} wrote:",
	"de":   "Am {dd}.{MM}.{yy} um {HH}:{mm} schrieb {name}:",
	"fr":   "Le {dd}/{MM}/{yyyy} à {HH}:{mm}, {name} a écrit :",
	"es":   "El {d}/{M}/{yy} a las {H}:{mm}, {name} escribió:",
	"it":   "Il {dd}/{MM}/{yy} {HH}:{mm}, {name} ha scritto:",
	"nl":   "Op {dd}-{MM}-{yyyy} om {HH}:{mm} schreef {name}:",
	"ptbr": "Em {dd}/{MM}/{yyyy} {HH}:{mm}, {name} escreveu:",
	"ptpt": "Às {HH}:{mm} de {dd}/{MM}/{yyyy}, {name} escreveu:",
	"sv":   "Den {yyyy}-{MM}-{dd} kl. {HH}:{mm}, skrev {name}:",
	"da":   "Den {dd}.{MM}.{yyyy} kl. {HH}.{mm} skrev {name}:",
	"no":   "Den {dd}.{MM}.{yyyy} {HH}:{mm}, skrev {name}:",
	"pl":   "W dniu {d}.{MM}.{yyyy} o {HH}:{mm}, {name} pisze:",
	"ru":   "{dd}.{MM}.{yyyy} {HH}:{mm}, {name} пишет:",
	"uk":   "{dd}.{MM}.{yy} {HH}:{mm}, {name} пише:",
	"fi":   "{name} kirjoitti {d}.{M}.{yyyy} klo {H}.{mm}:",
	"cs":   "Dne {dd}. {MM}. {yy} v {H}:{mm} {name} napsal(a):",
	"tr":   "{d}.{MM}.{yyyy} {HH}:{mm} tarihinde {name} yazdı:",
	"ja":   "On {yyyy}/{MM}/{dd} {H}:{mm}, {name} wrote:",
	"zh":   "在 {yyyy}/{M}/{d} {H}:{mm}, {name} 写道:",
	"vi":   "Vào lúc {H}:{mm} Ngày {d}/{M}/{yyyy}, {name} đã viết:",
}

var tbForward = map[string][5]string{
	"en": {"Forwarded Message", "Subject:", "Date:", "From:", "To:"},
	"de": {"Weitergeleitete Nachricht", "Betreff:", "Datum:", "Von:", "An:"},
	"fr": {"Message transféré", "Sujet :", "Date :", "De :", "Pour :"},
	"sv": {"Vidarebefordrat meddelande", "Ämne:", "Datum:", "Från:", "Till:"},
}

func tbAttribution(r *reply) string {
	key := r.lang
	if r.has("us") {
		key = "enus"
	}
	return attribution(tbAttr[key], r.lang, r.hist.date, r.hist.from)
}

// tbHead is the history's introduction: the attribution, or the forwarded
// message's header table when the owner forwarded the notification.
func tbHead(r *reply) (plain []string, html string) {
	if !r.has("fwd") {
		a := tbAttribution(r)
		return []string{a}, `<div class="moz-cite-prefix">` + htmlEscape(a) + "<br>\n</div>\n"
	}
	f := tbForward[r.lang]
	h := r.hist
	vals := []string{h.subject, rfcDate(h.date), h.from.String(), h.to.String()}
	plain = []string{"", "-------- " + f[0] + " --------"}
	var t strings.Builder
	t.WriteString(`<div class="moz-forward-container"><br><br>-------- ` + f[0] + ` --------
<table class="moz-email-headers-table" cellspacing="0" cellpadding="0" border="0"><tbody>`)
	for i, v := range vals {
		plain = append(plain, f[i+1]+" \t"+v)
		t.WriteString(`<tr><th valign="BASELINE" nowrap="nowrap" align="RIGHT">` + htmlEscape(f[i+1]) + ` </th><td>` + htmlEscape(v) + "</td></tr>\n")
	}
	t.WriteString("</tbody></table>\n<br>\n")
	return append(plain, "", ""), t.String()
}

func thunderbird(r *reply) string {
	g := newRNG(r, "tb")
	cs, label := "utf-8", "UTF-8"
	if c := r.opt["charset"]; c != "" {
		cs, label = c, strings.ToUpper(c)
	}
	html := r.has("html")
	plainLines := tbPlain(r)
	plain := join(plainLines) + "\n"
	cte := r.opt["cte"]
	if cte == "" {
		cte = plainCTE(plain, "8bit")
	}
	ct := "text/plain; charset=" + label + "; format=flowed"
	var root *part
	if html {
		b := "------------" + g.pick(alnum, 24)
		hb := tbHTML(r, label)
		root = multi(`multipart/alternative; boundary="`+b+`"`, b,
			leaf(ct, cs, cte, plain), leaf("text/html; charset="+label, cs, plainCTE(hb, cte), hb))
	} else {
		root = leaf(ct, cs, cte, plain)
	}
	if r.has("attach") {
		b := "------------" + g.pick(alnum, 24)
		root = multi(`multipart/mixed; boundary="`+b+`"`, b, root,
			binLeaf(pdfBytes(r), `Content-Type: application/pdf; name="training-plan.pdf"`,
				`Content-Disposition: attachment; filename="training-plan.pdf"`))
	}
	ua := "Mozilla Thunderbird"
	if r.has("oldua") {
		ua = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:102.0) Gecko/20100101\n Thunderbird/102.15.1"
	}
	subj := "Re: " + r.hist.subject
	if r.has("fwd") {
		subj = "Fwd: " + r.hist.subject
	}
	top := append(delivered(r, "mail.runhelp.example"),
		"Message-ID: <"+g.uuid(false)+"@runhelp.example>",
		"Date: "+rfcDate(r.sent),
		"MIME-Version: 1.0",
		"User-Agent: "+ua,
		subjectHeader(subj, label, false),
		"To: "+route,
		"References: <"+r.hist.msgID+">",
		"Content-Language: "+tbLang(r.lang),
		ownerFrom(r, "q"),
		"In-Reply-To: <"+r.hist.msgID+">")
	top = append(top, root.header...)
	if root.kids == nil {
		top = append(top, "Content-Transfer-Encoding: "+cte)
		root.header = nil
	} else {
		root.header = nil
	}
	return serialize(top, root)
}

func tbLang(l string) string {
	switch l {
	case "en":
		return "en-GB"
	case "ptbr":
		return "pt-BR"
	case "ptpt":
		return "pt-PT"
	case "no":
		return "nb-NO"
	}
	return l
}

// tbPlain is the flowed plain part. Where the signature goes follows the
// owner's settings: below the reply, or at the very end after the quote.
func tbPlain(r *reply) []string {
	head, _ := tbHead(r)
	hist := flowed(r.hist.lines, "> ", 72)
	if r.has("fwd") {
		hist = flowed(r.hist.lines, "", 72)
	}
	sig := []string(nil)
	if r.sig != "none" {
		sig = append([]string{"-- "}, r.sigLines...)
	}
	var p []string
	switch r.layout {
	case "top":
		p = append(append(p, flowed(r.text(), "", 72)...), "")
		if !r.has("sigend") {
			p = append(append(p, sig...), "")
		}
		p = append(append(p, head...), hist...)
		if r.has("sigend") {
			p = append(append(p, ""), sig...)
		}
	case "bottom":
		p = append(append(append(p, head...), hist...), "")
		p = append(append(p, flowed(r.text(), "", 72)...), "")
		p = append(p, sig...)
	default:
		bs := r.blocks
		if !bs[0].quote {
			p = append(append(p, flowed(bs[0].lines, "", 72)...), "")
			bs = bs[1:]
		}
		p = append(p, head...)
		for _, b := range bs {
			if b.quote {
				p = append(p, flowed(b.lines, "> ", 72)...)
				continue
			}
			p = append(append(append(p, ""), flowed(b.lines, "", 72)...), "")
		}
		p = append(append(p, ""), sig...)
	}
	return p
}

func tbHTML(r *reply, label string) string {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv=\"Content-Type\" content=\"text/html; charset=" + label + "\">\n  </head>\n  <body>\n")
	_, headH := tbHead(r)
	quote := func(ls []string) string {
		return `<blockquote type="cite" cite="mid:` + r.hist.msgID + `"><pre class="moz-quote-pre" wrap="">` + histHTML(ls, "\n") + "\n</pre>\n</blockquote>\n"
	}
	histH := quote(r.hist.lines)
	if r.has("fwd") {
		histH = `<pre class="moz-quote-pre" wrap="">` + histHTML(r.hist.lines, "\n") + "\n</pre>\n</div>\n"
	}
	p := func(ls []string) string { return paras(ls, "    <p>", "</p>\n", "<br>\n      ") }
	sig := ""
	if r.sig != "none" {
		sig = `<pre class="moz-signature" cols="72">-- ` + "\n" + histHTML(r.sigLines, "\n") + "</pre>\n"
		if r.has("htmlsig") {
			sig = `<div class="moz-signature">-- <br>` + "\n" + brText(r.sigLines, "<br>\n") + "</div>\n"
		}
	}
	switch r.layout {
	case "top":
		b.WriteString(p(r.text()))
		if !r.has("sigend") {
			b.WriteString(sig)
		}
		b.WriteString(headH + histH)
		if r.has("sigend") {
			b.WriteString(sig)
		}
	case "bottom":
		b.WriteString(headH + histH + p(r.text()) + sig)
	default:
		bs := r.blocks
		if !bs[0].quote {
			b.WriteString(p(bs[0].lines))
			bs = bs[1:]
		}
		b.WriteString(headH)
		for _, bl := range bs {
			if bl.quote {
				b.WriteString(quote(bl.lines))
			} else {
				b.WriteString(p(bl.lines))
			}
		}
		b.WriteString(sig)
	}
	b.WriteString("  </body>\n</html>\n")
	return b.String()
}
