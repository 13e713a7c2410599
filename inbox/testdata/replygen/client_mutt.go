package main

import (
	"fmt"
	"strings"
)

// muttAttr are attribution settings mutt users run with: the default
// (English whatever the locale, since date_format starts with "!"), and
// common hand-made ones.
var muttAttr = map[string]string{
	"default": "On {EEE}, {MMM} {dd}, {yyyy} at {hh}:{mm}:{ss}{a} {Z}, {name} wrote:",
	"star":    "* {who} [{yy}{MM}{dd} {HH}:{mm}]:",
	"de":      "Am {EEE}, {dd}. {MMM} {yyyy} um {HH}:{mm}:{ss} {Z} schrieb {name}:",
	"fr":      "Le {EEE} {d} {MMM} {yyyy} à {HH}:{mm}:{ss} {Z}, {name} a écrit :",
	"iso":     "{name} <{addr}> wrote on {yyyy}-{MM}-{dd} {HH}:{mm}:",
	"nl":      "Op {EEE} {dd} {MMM} {yyyy} om {HH}:{mm} schreef {name}:",
	"sv":      "Den {EEE} {d} {MMM} {yyyy} kl. {HH}:{mm} skrev {name}:",
	"pl":      "Dnia {EEE} {d} {MMMMg} {yyyy} o {HH}:{mm} {name} napisał(a):",
	"ru":      "{EEE}, {d} {MMMMg} {yyyy}, {HH}:{mm} {name} писал(а):",
	"cs":      "Dne {EEE} {d}. {MMMMg} {yyyy} v {H}:{mm} {name} napsal(a):",
	"da":      "{who} skrev den {EEE} {d}. {MMM} {yyyy} kl. {HH}:{mm}:",
}

func mutt(r *reply) string    { return muttMail(r, "Mutt/2.2.13 (2024-03-09)") }
func neomutt(r *reply) string { return muttMail(r, "NeoMutt/20240425") }

// muttMail writes mutt: plain text only, hard-wrapped by the editor at 72,
// the signature at the very end of the message (after the quote when the
// owner top-posts), optionally PGP-signed.
func muttMail(r *reply, ua string) string {
	g := newRNG(r, "mutt")
	if !r.has("flowed") {
		wrapOwner(r, 72)
	}
	style := r.opt["attr"]
	if style == "" {
		style = "default"
	}
	lang := r.lang
	if style == "default" || style == "star" || style == "iso" {
		lang = "en"
	}
	attr := attribution(muttAttr[style], lang, r.hist.date, r.hist.from)
	var p []string
	hist := quoteAll("> ", r.hist.lines)
	switch r.layout {
	case "top":
		p = append(append(append(p, r.text()...), "", attr), hist...)
	case "bottom":
		p = append(append(append([]string{attr}, hist...), ""), r.text()...)
	default:
		p = inlinePlain(r, []string{attr}, "> ")
	}
	if r.sig != "none" {
		p = append(append(p, "", "-- "), r.sigLines...)
	}
	if r.has("list") {
		p = append(p, listFooter(r)...)
	}
	cs := r.opt["charset"]
	if cs == "" {
		cs = "utf-8"
	}
	text := join(p) + "\n"
	ct := "text/plain; charset=" + cs
	if r.has("flowed") {
		text = join(flowedPlain(p)) + "\n"
		ct += "; format=flowed"
	}
	cte := r.opt["cte"]
	if cte == "" {
		cte = plainCTE(text, "8bit")
	}
	body := leaf(ct, cs, cte, text).add("Content-Disposition: inline")
	host := "home.runhelp.example"
	top := append(delivered(r, host),
		"Date: "+rfcDate(r.sent),
		ownerFrom(r, ""),
		"To: "+route,
		subjectHeader("Re: "+r.hist.subject, cs, false),
		"Message-ID: <"+g.pick("abcdefghijklmnopqrstuvwxyz0123456789", 16)+"@"+host+">",
		"References: <"+r.hist.msgID+">",
		"MIME-Version: 1.0")
	if r.has("signed") {
		return muttSigned(r, g, top, ct, cs, cte, text, ua)
	}
	top = append(top, body.header...)
	body.header = nil
	top = append(top, "In-Reply-To: <"+r.hist.msgID+">", "User-Agent: "+ua)
	return serialize(top, body)
}

// flowedPlain is mutt's text_flowed: the owner's lines soft-wrapped.
func flowedPlain(p []string) []string {
	var out []string
	for _, l := range p {
		if strings.HasPrefix(l, ">") || l == "-- " {
			out = append(out, l)
			continue
		}
		out = append(out, flowed([]string{l}, "", 66)...)
	}
	return out
}

// inlinePlain writes an inline reply: head (the attribution, if the client
// writes one) above the first quote, quote blocks with prefix, blank lines
// between the owner's paragraphs and the quotes.
func inlinePlain(r *reply, head []string, prefix string) []string {
	var p []string
	bs := r.blocks
	if !bs[0].quote {
		p = append(append(p, bs[0].lines...), "")
		bs = bs[1:]
	}
	p = append(p, head...)
	for i, b := range bs {
		if i > 0 {
			p = append(p, "")
		}
		if b.quote {
			p = append(p, quoteAll(prefix, b.lines)...)
		} else {
			p = append(p, b.lines...)
		}
	}
	return p
}

// pgpSignature is an armored detached signature; its bytes stand in for a
// real one, which nothing here verifies.
func pgpSignature(g *rng) string {
	var b strings.Builder
	b.WriteString("-----BEGIN PGP SIGNATURE-----\n\n")
	for i := 0; i < 6; i++ {
		b.WriteString(g.pick(alnum+"+/", 64) + "\n")
	}
	b.WriteString(g.pick(alnum+"+/", 20) + "\n=" + g.pick(alnum, 4) + "\n-----END PGP SIGNATURE-----\n")
	return b.String()
}

// listFooter is what a mailing list appends to a post that also went to
// the list: a rule, then how to leave.
func listFooter(r *reply) []string {
	switch r.opt["list"] {
	case "groups":
		return []string{"", "-- ", "You received this message because you are subscribed to the Google Groups \"Runclub Coaches\" group.",
			"To unsubscribe from this group and stop receiving emails from it, send an email to runclub-coaches+unsubscribe@googlegroups.example.",
			"To view this discussion visit https://groups.example/d/msgid/runclub-coaches/" + fmt.Sprint(r.num) + "."}
	case "dashes":
		return []string{"", "----------------------------------------------------------------------",
			"Runclub coaches list - coaches@lists.runhelp.example", "Unsubscribe: https://lists.runhelp.example/unsubscribe/coaches"}
	}
	return []string{"", "_______________________________________________", "Coaches mailing list",
		"coaches@lists.runhelp.example", "https://lists.runhelp.example/mailman/listinfo/coaches"}
}

// snail writes s-nail: "Name <addr> wrote:" over the quote by default, or
// the whole quoted header under "-------- Original Message --------" with
// quote=allheaders; mailx is BSD mail, with no MIME at all and ~m's tab
// indent for the quote.
func snail(r *reply) string {
	g := newRNG(r, "snail")
	wrapOwner(r, 72)
	h := r.hist
	var head []string
	hist := quoteAll("> ", h.lines)
	if r.has("allheaders") {
		head = []string{"-------- Original Message --------", "> Date: " + rfcDate(h.date), "> From: " + h.from.String(),
			"> To: " + h.to.String(), "> Subject: " + h.subject, ">"}
	} else {
		head = []string{h.from.String() + " wrote:", ""}
	}
	p := snailBody(r, head, hist)
	cs := r.opt["charset"]
	if cs == "" {
		cs = "utf-8"
	}
	text := join(p) + "\n"
	cte := r.opt["cte"]
	if cte == "" {
		cte = plainCTE(text, "8bit")
	}
	body := leaf("text/plain; charset="+cs, cs, cte, text)
	top := append(delivered(r, "shell.runhelp.example"),
		"Date: "+rfcDate(r.sent),
		"To: "+route,
		subjectHeader("Re: "+h.subject, cs, false),
		fmt.Sprintf("Message-ID: <%s.%s%%maren@shell.runhelp.example>", r.sent.UTC().Format("20060102150405"), g.pick(alnum, 8)),
		"In-Reply-To: <"+h.msgID+">",
		"References: <"+h.msgID+">",
		"User-Agent: s-nail v14.9.25",
		"MIME-Version: 1.0")
	top = append(top, body.header...)
	body.header = nil
	top = append(top, ownerFrom(r, ""))
	return serialize(top, body)
}

func snailBody(r *reply, head, hist []string) []string {
	var p []string
	switch r.layout {
	case "top":
		p = append(append(append(p, r.text()...), ""), head...)
		p = append(p, hist...)
	case "bottom":
		p = append(append(append(p, head...), hist...), "")
		p = append(p, r.text()...)
	default:
		p = inlinePlain(r, head, "> ")
	}
	if r.sig != "none" {
		p = append(append(p, "", "-- "), r.sigLines...)
	}
	if r.has("list") {
		p = append(p, listFooter(r)...)
	}
	return p
}

// mailx is BSD mail: no MIME headers, 7-bit text, and the message pulled
// in with ~m, indented by a tab, with no attribution at all (or with ~f,
// not indented, under its Date/From/To/Subject fields).
func mailx(r *reply) string {
	g := newRNG(r, "mailx")
	wrapOwner(r, 72)
	h := r.hist
	var hist []string
	if r.has("tilde-f") {
		// ~f reads the message in as it is, with the header fields the
		// ignore list lets through.
		hist = append([]string{"Date: " + rfcDate(h.date), "From: " + h.from.String(), "To: " + h.to.String(),
			"Subject: " + h.subject, ""}, h.lines...)
	} else {
		hist = quoteAll("\t", h.lines)
	}
	p := snailBody(r, nil, hist)
	text := join(p) + "\n"
	encodeCharset(text, "us-ascii")
	top := append(delivered(r, "shell.runhelp.example"),
		"To: "+route,
		"Subject: Re: "+h.subject,
		"In-Reply-To: <"+h.msgID+">",
		"Message-Id: <"+r.sent.UTC().Format("20060102150405")+"."+g.HEX(10)+"@shell.runhelp.example>",
		"Date: "+rfcDate(r.sent),
		"From: maren@runhelp.example ("+owner.name+")")
	return serialize(top, &part{body: text})
}

// muttSigned wraps the text in multipart/signed with a detached PGP
// signature, as mutt sends with crypt_autosign.
func muttSigned(r *reply, g *rng, top []string, ct, cs, cte, text, ua string) string {
	body := leaf(ct, cs, cte, text).add("Content-Disposition: inline")
	b := g.pick("abcdefghijklmnopqrstuvwxyz0123456789", 16)
	// Signed parts must be 7-bit clean; mutt switches to
	// quoted-printable for them.
	if cte == "8bit" {
		body = leaf(ct, cs, "quoted-printable", text).add("Content-Disposition: inline")
	}
	sig := binLeaf(nil, `Content-Type: application/pgp-signature; name="signature.asc"`, "Content-Description: signature")
	sig.header = sig.header[:2]
	sig.body = pgpSignature(g)
	root := multi("multipart/signed; micalg=pgp-sha512;\n\tprotocol=\"application/pgp-signature\"; boundary=\""+b+"\"", b, body, sig)
	root.preamble = ""
	top = append(top, root.header...)
	root.header = nil
	top = append(top, "Content-Disposition: inline", "In-Reply-To: <"+r.hist.msgID+">", "User-Agent: "+ua)
	return serialize(top, root)
}
