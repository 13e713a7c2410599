package inbox

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// The shape generator builds mails out of MIME parts the way real and
// broken senders put them together: nested multiparts of every kind,
// boundaries quoted or not, lost or prefixes of each other, Content-Type
// fields missing, misspelled or doubled, bodies in every transfer encoding
// and charset, well and badly written, and attachments named in each of
// the ways mailers name them. Each mail comes with what a reader must see
// in it: the words of its text and the names and sizes of its
// attachments. It is deterministic: each mail is built from its seed.

// shapeAttachment is an attachment a generated mail carries.
type shapeAttachment struct {
	name string
	size int
	// lines is set for text sent as text, whose line breaks are the
	// mail's: its size is known only up to them.
	lines bool
}

// shapeMail is a generated mail and what Parse must find in it.
type shapeMail struct {
	raw         []byte
	words       []string // in the text
	attachments []shapeAttachment
	boundaries  []string // no line of the text is one of their delimiters
	debris      []string // what the text must not hold
	choices     []string // what was picked, for failure messages
	// unclosed counts the multiparts with no closing delimiter: the last
	// part of each ends in a line break that may be read as the part's own.
	unclosed int
}

// shapeGen builds one mail.
type shapeGen struct {
	r       *rand.Rand
	n       int
	mail    shapeMail
	noFirst bool // a first delimiter was left out somewhere
}

func shapeRand(seed uint64) *rand.Rand { return rand.New(rand.NewPCG(seed, 0x6d696d65)) }

// generateShape builds the mail of one seed.
func generateShape(seed uint64) shapeMail {
	g := &shapeGen{r: shapeRand(seed)}
	body := g.top()
	head := g.topHeader()
	raw := head + body.header + "\n" + body.body
	if g.pick("header/body", "blank", "blank", "blank", "none") == "none" && body.header != "" && !strings.HasPrefix(body.body, "\n") &&
		!strings.HasPrefix(body.body, "--") && headerKey([]byte(firstLine(body.body))) == "" {
		raw = head + body.header + body.body
	}
	g.mail.raw = []byte(g.lineEnds(raw))
	return g.mail
}

// firstLine is s up to its first line break.
func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

// pick chooses one of options and records it under what.
func (g *shapeGen) pick(what string, options ...string) string {
	o := options[g.r.IntN(len(options))]
	g.mail.choices = append(g.mail.choices, what+"="+o)
	return o
}

func (g *shapeGen) chance(what string, percent int) bool {
	yes := g.r.IntN(100) < percent
	if yes {
		g.mail.choices = append(g.mail.choices, what)
	}
	return yes
}

// word is a word no other part of the mail holds.
func (g *shapeGen) word() string {
	g.n++
	stems := []string{"quokka", "harbour", "lantern", "meadow", "pebble", "saffron", "tundra", "willow"}
	return fmt.Sprintf("%s%d", stems[g.r.IntN(len(stems))], g.n)
}

// entity is a part as written: its header lines, each ending in a line
// break, and its body.
type entity struct {
	header string
	body   string
	// opaque is set for a body of encoded binary data, whose lines may
	// read as header fields: written right below its header with no blank
	// line, no reader could tell where the header ends.
	opaque bool
}

func (g *shapeGen) topHeader() string {
	var b strings.Builder
	b.WriteString("From: Reader <reader@example.org>\n")
	if g.chance("stray header line", 8) {
		b.WriteString("this line lost its colon\n")
	}
	b.WriteString("To: ask@helpline.example\n")
	switch g.pick("subject", "plain", "encoded", "folded encoded", "long") {
	case "plain":
		b.WriteString("Subject: A question about the garden\n")
	case "encoded":
		b.WriteString("Subject: =?utf-8?q?Gr=C3=BC=C3=9Fe_aus_dem_Garten?=\n")
	case "folded encoded":
		b.WriteString("Subject: =?utf-8?B?R3LDvMOfZQ==?=\n\t=?iso-8859-1?q?_aus_dem_K=F6ln?=\n")
	case "long":
		b.WriteString("X-Long: " + strings.Repeat("padding-", 300) + "\n")
		b.WriteString("Subject: A question\n")
	}
	b.WriteString("Date: Mon, 2 Mar 2026 10:00:00 +0100\n")
	b.WriteString(fmt.Sprintf("Message-ID: <%d.shape@example.org>\n", g.r.IntN(1e9)))
	if g.pick("mime-version", "yes", "yes", "no") == "yes" {
		b.WriteString("MIME-Version: 1.0\n")
	}
	return b.String()
}

// top is the mail's body entity.
func (g *shapeGen) top() entity {
	switch g.pick("shape", "text", "mixed", "alternative", "mixed alternative",
		"mixed alternative related", "signed", "report", "forward", "digest", "html") {
	case "text":
		return g.text(false)
	case "html":
		return g.text(true)
	case "mixed":
		return g.multipart("mixed", append([]entity{g.text(false)}, g.attachments(1+g.r.IntN(3))...))
	case "alternative":
		return g.alternative()
	case "mixed alternative":
		return g.multipart("mixed", append([]entity{g.alternative()}, g.attachments(1+g.r.IntN(2))...))
	case "mixed alternative related":
		plain, words := g.textWith(false, nil)
		alt := g.multipart("alternative", []entity{plain, g.related(words)})
		return g.multipart("mixed", append([]entity{alt}, g.attachments(g.r.IntN(2))...))
	case "signed":
		return g.signed()
	case "report":
		return g.report()
	case "forward":
		return g.multipart("mixed", []entity{g.text(false), g.forwarded()})
	}
	return g.multipart("mixed", []entity{g.text(false), g.digest()})
}

func (g *shapeGen) alternative() entity {
	plain, words := g.textWith(false, nil)
	html, _ := g.textWith(true, words)
	return g.multipart("alternative", []entity{plain, html})
}

// related is an HTML version of the text holding words, with an image.
func (g *shapeGen) related(words []string) entity {
	html, _ := g.textWith(true, words)
	img := g.attachment("image")
	return g.multipart("related", []entity{html, img})
}

func (g *shapeGen) signed() entity {
	var inner entity
	if g.chance("signed mixed", 50) {
		inner = g.multipart("mixed", append([]entity{g.text(false)}, g.attachments(1)...))
	} else {
		inner = g.text(false)
	}
	sig := "-----BEGIN PGP SIGNATURE-----\n\niQEzBAEBCAAdFiEE\n-----END PGP SIGNATURE-----\n"
	g.mail.attachments = append(g.mail.attachments, shapeAttachment{"signature.asc", len(sig), true})
	sigPart := entity{header: "Content-Type: application/pgp-signature; name=\"signature.asc\"\n" +
		"Content-Disposition: attachment; filename=\"signature.asc\"\n", body: sig}
	return g.multipartParams("signed", `; protocol="application/pgp-signature"; micalg=pgp-sha256`, []entity{inner, sigPart})
}

func (g *shapeGen) report() entity {
	status := "Reporting-MTA: dns; mx.example.org\n\nFinal-Recipient: rfc822; gone@example.net\nAction: failed\nStatus: 5.1.1\n"
	original := "From: ask@helpline.example\nTo: gone@example.net\nSubject: Your question\n\nThe original text.\n"
	return g.multipartParams("report", "; report-type=delivery-status", []entity{
		g.text(false),
		{header: "Content-Type: message/delivery-status\n", body: status},
		{header: "Content-Type: message/rfc822\n", body: original},
	})
}

// forwarded is a mail attached whole, with a multipart of its own.
func (g *shapeGen) forwarded() entity {
	b := g.boundary()
	inner := "From: Someone <someone@example.net>\nSubject: Fwd\nMIME-Version: 1.0\n" +
		"Content-Type: multipart/alternative; boundary=\"" + b + "\"\n\n--" + b +
		"\nContent-Type: text/plain\n\nForwarded words.\n--" + b +
		"\nContent-Type: text/html\n\n<p>Forwarded words.</p>\n--" + b + "--\n"
	return entity{header: "Content-Type: message/rfc822\nContent-Disposition: inline\n", body: inner}
}

// digest holds mails with no Content-Type of their own: in a digest a
// part is a message/rfc822 by default (RFC 2046 5.1.5).
func (g *shapeGen) digest() entity {
	var parts []entity
	for i := range 1 + g.r.IntN(2) {
		parts = append(parts, entity{body: fmt.Sprintf("From: member%d@example.net\nSubject: Digest item %d\n\nAn item of the digest.\n", i, i)})
		g.mail.debris = append(g.mail.debris, fmt.Sprintf("Digest item %d", i))
	}
	return g.multipart("digest", parts)
}

func (g *shapeGen) attachments(n int) []entity {
	out := make([]entity, n)
	for i := range out {
		out[i] = g.attachment(g.pick("attachment", "file", "file", "image", "text file", "octet text"))
	}
	return out
}
