package main

import (
	"fmt"
	"strings"
)

// yahooAttr are Yahoo Mail's attributions on the web (long date with
// seconds and zone) and in the apps (short, no space before the address).
var yahooAttr = map[string]string{
	"en":   "On {EEEE}, {MMMM} {d}, {yyyy} at {hh}:{mm}:{ss} {a} {GMT}, {who} wrote:",
	"de":   "Am {EEEE}, {d}. {MMMM} {yyyy} um {HH}:{mm}:{ss} {z} hat {who} Folgendes geschrieben:",
	"fr":   "Le {EEEE} {d} {MMMM} {yyyy} à {HH}:{mm}:{ss} UTC{ZZ}, {who} a écrit :",
	"es":   "El {EEEE}, {d} de {MMMM} de {yyyy}, {HH}:{mm}:{ss} {z}, {who} escribió:",
	"it":   "Il {EEEE} {d} {MMMM} {yyyy}, {HH}:{mm}:{ss} {z}, {who} ha scritto:",
	"ptbr": "Em {EEEE}, {d} de {MMMM} de {yyyy} {HH}:{mm}:{ss} BRT, {who} escreveu:",
	"sv":   "Den {EEEE} {d} {MMMM} {yyyy} {HH}:{mm}:{ss} {z}, {who} skrev:",
	"vi":   "Vào {EEEE}, {d} {MMMM}, {yyyy} lúc {HH}:{mm}:{ss} {GMT}, {who} đã viết:",
}

var yahooAppAttr = "On {EEE}, {MMM} {d}, {yyyy} at {HH}:{mm}, {name}<{addr}> wrote:"

var yahooAppFooter = map[string][2]string{
	"en":   {"Sent from ", "Yahoo Mail on Android"},
	"de":   {"Von ", "Yahoo Mail auf Android gesendet"},
	"fr":   {"Envoyé depuis ", "Yahoo Mail pour Android"},
	"es":   {"Enviado desde ", "Yahoo Mail con Android"},
	"it":   {"Inviato da ", "Yahoo Mail su Android"},
	"ptbr": {"Enviado do ", "Yahoo Mail no Android"},
	"vi":   {"Gửi từ ", "Yahoo Mail trên Android"},
}

const yahooAndroidLink = "https://go.onelink.me/107872968?pid=InProduct&c=Global_Internal_YGrowth_AndroidEmailSig__AndroidUsers&af_wl=ym&af_sub1=Internal&af_sub2=Global_YGrowth&af_sub3=EmailSignature"
const yahooIOSLink = "https://mail.onelink.me/107872968?pid=nativeplacement&c=Global_Acquisition_YMktg_315_Internal_EmailSignature&af_sub1=Acquisition&af_sub2=Global_YMktg&af_sub3=&af_sub4=100000604&af_sub5=EmailSignature__Static_"

func yahooAttribution(tpl, lang string, r *reply) string {
	tpl = strings.ReplaceAll(tpl, "{GMT}", gmtOffset(r.hist.date, false))
	a := attribution(tpl, lang, r.hist.date, r.hist.from)
	if lang == "de" {
		a = strings.NewReplacer(" CEST ", " MESZ ", " CET ", " MEZ ").Replace(a)
	}
	return a
}

// yahoo writes Yahoo Mail on the web: yahoo-style-wrap around the owner's
// divs, the history in div.yahoo_quoted, and a plain part in which the
// history is indented by spaces instead of quoted.
func yahoo(r *reply) string {
	g := newRNG(r, "yahoo")
	attr := yahooAttribution(yahooAttr[r.lang], r.lang, r)
	text := r.text()
	ydp := "ydp" + g.hex(8)
	div := func(ls []string) string {
		return perLine(ls, `<div dir="ltr" data-setdir="false">`, `</div>`, `<div dir="ltr" data-setdir="false"><br></div>`)
	}
	var html strings.Builder
	html.WriteString(`<html><head></head><body><div class="` + ydp + `yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">` + div(text))
	p := append([]string{}, text...)
	if r.sig == "client" {
		html.WriteString(`<div><br></div><div id="` + ydp + `signature"><div class="signature">` + brText(r.sigLines, "<br>") + `</div></div>`)
		p = append(append(p, ""), r.sigLines...)
	}
	html.WriteString(`</div><div id="yahoo_quoted_` + g.pick("0123456789", 10) + `" class="yahoo_quoted">
            <div style="font-family:'Helvetica Neue', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">
                <div>` + htmlEscape(attr) + `</div><div><br></div><div><br></div>
                <div><div id="yiv` + g.pick("0123456789", 10) + `"><div>` + histHTML(r.hist.lines, "<br>") + `</div></div></div>
            </div>
        </div></body></html>`)
	p = append(p, "", "", "    "+attr+"  ", " ", " ")
	for _, l := range r.hist.lines {
		p = append(p, " "+l)
	}
	return yahooMIME(r, g, join(p)+"  \n", html.String()+"\n", "WebService/1.1.24135 YMailNorrin")
}

func yahooMIME(r *reply, g *rng, plain, html, mailer string) string {
	b := fmt.Sprintf("----=_Part_%d_%d.%d", 1000000+r.num*7919%8999999, 100000000+r.num*104729%899999999, r.sent.UnixMilli())
	root := multi("multipart/alternative; \n\tboundary=\""+b+"\"", b,
		leaf("text/plain; charset=UTF-8", "utf-8", "quoted-printable", plain),
		leaf("text/html; charset=UTF-8", "utf-8", "quoted-printable", html))
	top := append(delivered(r, "sonic311-21.consmr.mail.ir2.yahoo.com"),
		"Date: "+rfcDate(r.sent.UTC()),
		ownerFrom(r, ""),
		"To: \""+route+"\" <"+route+">",
		"Message-ID: <"+fmt.Sprint(1000000000+r.num*15485863%999999999)+"."+fmt.Sprint(100000+r.num*7%899999)+".1"+fmt.Sprint(r.sent.UnixMilli())+"@mail.yahoo.com>",
		"In-Reply-To: <"+r.hist.msgID+">",
		"References: <"+r.hist.msgID+">",
		subjectHeader("Re: "+r.hist.subject, "UTF-8", false),
		"MIME-Version: 1.0")
	top = append(top, root.header...)
	root.header = nil
	top = append(top, "X-Mailer: "+mailer)
	return serialize(top, root)
}

// yahooApp writes the Yahoo Mail apps. The Android plain part runs the
// whole history into one line after the attribution; the HTML splits the
// attribution over two divs and quotes in a plain blockquote.
func yahooApp(r *reply) string {
	g := newRNG(r, "yahooapp")
	ios := r.has("ios")
	h := r.hist
	attr := attribution(yahooAppAttr, "en", h.date, h.from)
	f := yahooAppFooter[r.lang]
	link := yahooAndroidLink
	if ios {
		f = [2]string{"Sent from ", "Yahoo Mail for iPhone"}
		link = yahooIOSLink
	}
	text := r.text()
	p := []string{}
	html := `<div dir="auto">` + perLine(text, `<div dir="auto">`, `</div>`, `<div dir="auto"><br></div>`) + `</div>`
	if r.layout == "bottom" {
		p = append(p, "  "+attr+"   "+strings.Join(h.lines, " ")+"  ", "")
		html = yahooAppQuote(r, h) + html
	}
	p = append(p, text...)
	if r.sig == "footer" {
		p = append(p, "", f[0]+f[1]+"<"+link+">")
		id := "ymail_android_signature"
		if ios {
			id = "ymail_iphone_signature"
		}
		html += `<div dir="auto"><br></div><div id="` + id + `"> ` + htmlEscape(f[0]) + `<a href="` + strings.ReplaceAll(link, "&", "&amp;") + `">` + htmlEscape(f[1]) + `</a></div>`
	}
	if r.layout == "top" {
		p = append(p, " ", "  "+attr+"   "+strings.Join(h.lines, " ")+"  ")
		html += `<br> <br> ` + yahooAppQuote(r, h)
	}
	mailer := "WebService/1.1.24135 YahooMailAndroidMobile"
	if ios {
		mailer = "WebService/1.1.24135 YahooMailIosMobile"
	}
	return yahooMIME(r, g, join(p)+"\n", html+"\n", mailer)
}

func yahooAppQuote(r *reply, h history) string {
	when := fdate("en", "On {EEE}, {MMM} {d}, {yyyy} at {HH}:{mm}, ", h.date)
	return `<blockquote style="margin: 0 0 20px 0;"> <div style="font-family:Roboto, sans-serif; color:#6D00F6;"> <div>` + when + htmlEscape(h.from.name) +
		`</div><div>&lt;` + h.from.addr + `&gt; wrote:</div> </div> <div style="padding: 10px 0 0 20px; margin: 10px 0 0 0; border-left: 1px solid #6D00F6;"> ` +
		histHTML(h.lines, "<br>") + ` </div> </blockquote>`
}
