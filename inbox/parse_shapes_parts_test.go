package inbox

import (
	"encoding/base64"
	"fmt"
	"mime"
	"mime/quotedprintable"
	"net/url"
	"strings"

	"golang.org/x/text/encoding/charmap"
)

// The leaves and multiparts of the shape generator (parse_shapes_gen_test.go).

// accented are words every charset the generator writes can hold.
var accented = []string{"café", "Grüße", "naïve", "façade", "déjà"}

// text is a text part with words of its own.
func (g *shapeGen) text(html bool) entity {
	e, _ := g.textWith(html, nil)
	return e
}

// textWith is a text part holding words, or new words when words is nil,
// and the words it holds.
func (g *shapeGen) textWith(html bool, words []string) (entity, []string) {
	if words == nil {
		words = []string{g.word(), g.word(), g.word(), accented[g.r.IntN(len(accented))]}
		g.mail.words = append(g.mail.words, words...)
	}
	lines := []string{
		"Hello,",
		"",
		"I have a question about " + words[0] + " and " + words[1] + ".",
		"The " + words[2] + " is " + words[3] + " now.",
	}
	switch g.pick("body line", "none", "none", "signature", "dashes", "boundary prefix") {
	case "signature":
		lines = append(lines, "-- ", "Reader")
	case "dashes":
		lines = append(lines, "----------", "--")
	case "boundary prefix":
		lines = append(lines, "--=_shape_not_a_boundary")
	}
	lines = append(lines, "Thanks")
	body := strings.Join(lines, "\n") + "\n"
	mt := "text/plain"
	if html {
		mt = "text/html"
		body = "<html><body><p>" + strings.Join(lines, "<br>\n") + "</p></body></html>\n"
	}
	data, charset := g.charset(body)
	cte, encoded := g.transfer(data, true)
	return entity{header: g.contentType(mt, charset) + cte, body: encoded}, words
}

// contentType writes a body part's Content-Type field, or none.
func (g *shapeGen) contentType(mt, charset string) string {
	params := ""
	if charset != "" {
		params = "; charset=" + charset
		if g.chance("quoted charset", 30) {
			params = `; charset="` + charset + `"`
		}
	}
	switch g.pick("content-type", "plain", "plain", "upper", "folded", "doubled", "missing") {
	case "upper":
		return "Content-Type: " + strings.ToUpper(mt) + strings.Replace(params, "charset", "Charset", 1) + "\n"
	case "folded":
		return "Content-Type: " + mt + ";\n\t" + strings.TrimPrefix(params, "; ") + "\n"
	case "doubled":
		return "Content-Type: " + mt + params + "\nContent-Type: " + mt + params + "\n"
	case "missing":
		if mt == "text/plain" {
			return ""
		}
	}
	return "Content-Type: " + mt + params + "\n"
}

// charset encodes body and names its charset, truly, by an alias, wrongly
// or not at all.
func (g *shapeGen) charset(body string) ([]byte, string) {
	latin1 := func() []byte {
		b, err := charmap.ISO8859_1.NewEncoder().Bytes([]byte(body))
		if err != nil {
			panic(err)
		}
		return b
	}
	switch g.pick("charset", "utf-8", "utf-8", "alias utf", "latin-1", "alias latin", "none utf", "none latin", "ascii utf", "unknown") {
	case "utf-8":
		return []byte(body), "utf-8"
	case "alias utf":
		return []byte(body), g.pick("utf alias", "UTF-8", "utf8", "UTF8", "unicode-1-1-utf-8")
	case "latin-1":
		return latin1(), "iso-8859-1"
	case "alias latin":
		return latin1(), g.pick("latin alias", "latin1", "ISO8859-1", "iso_8859-1", "windows-1252", "cp1252", "l1")
	case "none utf":
		return []byte(body), ""
	case "none latin":
		return latin1(), ""
	case "ascii utf":
		return []byte(body), "us-ascii"
	}
	return []byte(body), g.pick("unknown charset", "x-unknown", "unknown-8bit", "x-user-charset")
}

// transfer encodes data, well or badly, and writes its
// Content-Transfer-Encoding field. Text is 8-bit where the body is not
// encoded.
func (g *shapeGen) transfer(data []byte, text bool) (string, string) {
	options := []string{"base64", "base64", "quoted-printable", "quoted-printable"}
	if text {
		options = append(options, "8bit", "binary", "none", "wrong base64")
	}
	switch label := g.pick("transfer", options...); label {
	case "base64":
		return g.cte("base64"), g.base64(data)
	case "quoted-printable":
		return g.cte("quoted-printable"), g.quotedPrintable(data, !text)
	case "8bit", "binary":
		return "Content-Transfer-Encoding: " + label + "\n", string(data)
	case "wrong base64":
		return "Content-Transfer-Encoding: base64\n", string(data)
	}
	return "", string(data)
}

// cte writes the field for an encoding, in one of the spellings seen.
func (g *shapeGen) cte(name string) string {
	label := name
	switch g.pick("cte spelling", "right", "right", "upper", "misspelt", "trailing") {
	case "upper":
		label = strings.ToUpper(name)
	case "misspelt":
		label = strings.ReplaceAll(strings.ReplaceAll(name, "-", " "), "base64", "base-64")
	case "trailing":
		label = name + ";"
	}
	return "Content-Transfer-Encoding: " + label + "\n"
}

func (g *shapeGen) base64(data []byte) string {
	enc := base64.StdEncoding.EncodeToString(data)
	if g.chance("base64 no padding", 15) {
		enc = strings.TrimRight(enc, "=")
	}
	width := []int{76, 76, 64, 72, 1 << 30}[g.r.IntN(5)]
	var lines []string
	for len(enc) > width {
		lines = append(lines, enc[:width])
		enc = enc[width:]
	}
	lines = append(lines, enc)
	switch g.pick("base64 damage", "none", "none", "none", "trailing space", "inner space", "garbage", "extra padding") {
	case "trailing space":
		for i := range lines {
			lines[i] += " "
		}
	case "inner space":
		if len(lines[0]) > 8 {
			lines[0] = lines[0][:8] + " " + lines[0][8:]
		}
	case "garbage":
		lines[len(lines)/2] = "*" + lines[len(lines)/2]
	case "extra padding":
		lines = append(lines, "====")
	}
	return strings.Join(lines, "\n") + "\n"
}

// quotedPrintable encodes data, binary data with its line breaks escaped.
func (g *shapeGen) quotedPrintable(data []byte, binary bool) string {
	var b strings.Builder
	w := quotedprintable.NewWriter(&b)
	w.Binary = binary
	w.Write(data)
	w.Close()
	// The writer ends lines in CRLF; the mail's line ends are chosen
	// later for the whole mail.
	s := strings.ReplaceAll(b.String(), "\r\n", "\n")
	switch g.pick("qp damage", "none", "none", "lowercase hex", "bad escape", "space after soft break", "short soft lines") {
	case "lowercase hex":
		s = lowerEscapes(s)
	case "bad escape":
		s = strings.Replace(s, "Hello,", "Hello, =ZZ 50=", 1)
	case "space after soft break":
		s = strings.Replace(s, " and ", " a=  \nnd ", 1)
	case "short soft lines":
		s = strings.Replace(s, "question about", "ques=\ntion ab=\nout", 1)
	}
	return s
}

// lowerEscapes writes the hex digits of QP escapes in lowercase.
func lowerEscapes(s string) string {
	b := []byte(s)
	for i := 0; i+2 < len(b); i++ {
		if b[i] == '=' && isHex(b[i+1]) && isHex(b[i+2]) {
			b[i+1], b[i+2] = lowerHex(b[i+1]), lowerHex(b[i+2])
			i += 2
		}
	}
	return string(b)
}

func lowerHex(c byte) byte {
	if c >= 'A' && c <= 'F' {
		return c + 'a' - 'A'
	}
	return c
}

// attachmentNames are file names that need every kind of writing.
var attachmentNames = []string{"report.pdf", "notes 2026.txt", "naïve résumé.docx", "Grundriß Küche.png",
	"a rather long file name that a mailer would split over several lines of the header.pdf"}

// attachment is a file of kind: file, image (inline), text file or
// octet text (a text file sent as application/octet-stream).
func (g *shapeGen) attachment(kind string) entity {
	name := attachmentNames[g.r.IntN(len(attachmentNames))]
	mt, disp := "application/pdf", "attachment"
	data := make([]byte, 20+g.r.IntN(300))
	for i := range data {
		data[i] = byte(g.r.IntN(256))
	}
	switch kind {
	case "image":
		name, mt, disp = strings.TrimSuffix(name, name[strings.LastIndex(name, "."):])+".png", "image/png", "inline"
	case "text file", "octet text":
		name = strings.TrimSuffix(name, name[strings.LastIndex(name, "."):]) + ".txt"
		data = []byte(fmt.Sprintf("Line one of %s.\nLine two.\n", g.word()))
		g.mail.debris = append(g.mail.debris, string(data[:len(data)-11]))
		mt = "text/plain; charset=utf-8"
		if kind == "octet text" {
			mt = "application/octet-stream"
		}
	}
	cte, body := g.transfer(data, false)
	g.mail.attachments = append(g.mail.attachments, shapeAttachment{name, len(data), (kind == "text file" || kind == "octet text") && !strings.Contains(strings.ToLower(cte), "base")})
	header := g.nameFields(mt, disp, name) + cte
	if kind == "image" {
		header += fmt.Sprintf("Content-ID: <img%d@example.org>\n", g.n)
	}
	return entity{header: header, body: body, opaque: true}
}

// nameFields writes Content-Type and Content-Disposition naming a file in
// one of the ways mailers do.
func (g *shapeGen) nameFields(mt, disp, name string) string {
	ascii := isASCII(name)
	how := g.pick("file name", "quoted", "type only", "rfc2231", "rfc2231 language", "continued", "encoded word", "folded encoded word")
	if ascii && g.chance("unquoted name", 20) && !strings.Contains(name, " ") {
		return fmt.Sprintf("Content-Type: %s; name=%s\nContent-Disposition: %s; filename=%s\n", mt, name, disp, name)
	}
	switch {
	case how == "quoted" && ascii:
		return fmt.Sprintf("Content-Type: %s; name=\"%s\"\nContent-Disposition: %s; filename=\"%s\"\n", mt, name, disp, name)
	case how == "type only" && ascii:
		return fmt.Sprintf("Content-Type: %s;\n name=\"%s\"\n", mt, name)
	case how == "rfc2231", how == "quoted", how == "type only":
		return fmt.Sprintf("Content-Type: %s\nContent-Disposition: %s;\n filename*=utf-8''%s\n", mt, disp, pathEscape(name))
	case how == "rfc2231 language":
		return fmt.Sprintf("Content-Type: %s\nContent-Disposition: %s;\n filename*=UTF-8'en'%s\n", mt, disp, pathEscape(name))
	case how == "continued":
		esc := pathEscape(name)
		cut := len(esc) / 2
		for cut > 0 && (esc[cut-1] == '%' || cut > 1 && esc[cut-2] == '%') {
			cut--
		}
		return fmt.Sprintf("Content-Type: %s\nContent-Disposition: %s;\n filename*0*=utf-8''%s;\n filename*1*=%s\n", mt, disp, esc[:cut], esc[cut:])
	case how == "encoded word":
		word := mime.QEncoding.Encode("utf-8", name)
		return fmt.Sprintf("Content-Type: %s; name=\"%s\"\nContent-Disposition: %s; filename=\"%s\"\n", mt, word, disp, word)
	}
	half := len([]rune(name)) / 2
	first, second := string([]rune(name)[:half]), string([]rune(name)[half:])
	word := bWord(first) + "\n\t" + bWord(second)
	return fmt.Sprintf("Content-Type: %s;\n name=\"%s\"\n", mt, word)
}

// bWord is s as one encoded word, even when s needs no encoding.
func bWord(s string) string {
	return "=?utf-8?B?" + base64.StdEncoding.EncodeToString([]byte(s)) + "?="
}

// pathEscape percent-encodes a file name as RFC 2231 wants it.
func pathEscape(s string) string {
	return strings.ReplaceAll(url.PathEscape(s), "+", "%2B")
}

// boundary is a new boundary in one of the styles mailers use.
func (g *shapeGen) boundary() string {
	g.n++
	b := g.pick("boundary style", "plain", "outlook", "spaces", "equals")
	switch b {
	case "outlook":
		return fmt.Sprintf("----=_NextPart_%03d_0001_01D2", g.n)
	case "spaces":
		return fmt.Sprintf("shape boundary %d", g.n)
	case "equals":
		return fmt.Sprintf("=_shape%d=_", g.n)
	}
	return fmt.Sprintf("shape%dQz", g.n)
}

func (g *shapeGen) multipart(sub string, parts []entity) entity {
	return g.multipartParams(sub, "", parts)
}

// multipartParams writes a multipart with the parts, delimited well or
// badly.
func (g *shapeGen) multipartParams(sub, params string, parts []entity) entity {
	b := g.boundary()
	// A boundary that is a prefix of another's, or has one as its prefix.
	if n := len(g.mail.boundaries); n > 0 && g.chance("prefix boundary", 20) {
		last := g.mail.boundaries[n-1]
		// A boundary cannot end in a space (RFC 2046 5.1.1).
		if b = last + "_1"; g.r.IntN(2) == 0 {
			b = strings.TrimRight(last[:len(last)-1], " ")
		}
	}
	g.mail.boundaries = append(g.mail.boundaries, b)
	bparam := `boundary="` + b + `"`
	switch {
	case !strings.ContainsAny(b, " =") && g.chance("unquoted boundary", 50):
		bparam = "boundary=" + b
	case strings.Contains(b, " ") && g.chance("unquoted spaced boundary", 30):
		bparam = "boundary=" + b // which mime.ParseMediaType refuses
	}
	mt := "multipart/" + sub
	var header string
	switch g.pick("multipart type", "plain", "plain", "upper", "folded") {
	case "upper":
		header = "Content-Type: " + strings.ToUpper(mt) + params + "; " + strings.Replace(bparam, "boundary", "BOUNDARY", 1) + "\n"
	case "folded":
		header = "Content-Type: " + mt + params + ";\n\t" + bparam + "\n"
	default:
		header = "Content-Type: " + mt + params + "; " + bparam + "\n"
	}
	var body strings.Builder
	// A lost first delimiter is written only for a first part that starts
	// with a header right below the multipart's, the shape of it that
	// mailers send: below a preamble, readers take it for the preamble.
	noFirst := !g.noFirst && parts[0].header != "" && g.chance("no first delimiter", 8)
	g.noFirst = g.noFirst || noFirst
	if !noFirst && g.chance("preamble", 40) {
		body.WriteString("This is a multi-part message in MIME format.\n")
	}
	trail := ""
	if g.chance("space after delimiter", 10) {
		trail = " \t"
	}
	for i, p := range parts {
		if i > 0 || !noFirst {
			body.WriteString("\n--" + b + trail + "\n")
		}
		if p.opaque || strings.HasPrefix(p.body, "\n") || p.header == "" || headerKey([]byte(firstLine(p.body))) != "" || !g.chance("no blank line", 5) {
			body.WriteString(p.header + "\n")
		} else {
			body.WriteString(p.header)
		}
		body.WriteString(p.body)
	}
	if !g.chance("no closing delimiter", 10) {
		body.WriteString("\n--" + b + "--" + trail + "\n")
		if g.chance("epilogue", 20) {
			body.WriteString("\nThis is the epilogue.\n")
		}
	} else {
		g.mail.unclosed++
		body.WriteString("\n")
	}
	return entity{header: header, body: strings.TrimPrefix(body.String(), "\n")}
}

// lineEnds writes the mail's line breaks as LF, CRLF or a mixture.
func (g *shapeGen) lineEnds(s string) string {
	switch g.pick("line ends", "lf", "crlf", "crlf", "mixed") {
	case "crlf":
		return strings.ReplaceAll(s, "\n", "\r\n")
	case "mixed":
		var b strings.Builder
		for _, line := range strings.SplitAfter(s, "\n") {
			if strings.HasSuffix(line, "\n") && g.r.IntN(2) == 0 {
				line = strings.TrimSuffix(line, "\n") + "\r\n"
			}
			b.WriteString(line)
		}
		return b.String()
	}
	return s
}
