package digest

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/matcornic/hermes/v2"

	"helpline/data"
	"helpline/internal/prose"
	"helpline/templates"
)

// Placeholders for what differs per recipient. They are built from Unicode
// noncharacters, which cleanText removes from all reader text, so no
// question or answer can ever contain one; and they pass through Markdown,
// HTML and the text conversion unchanged.
const (
	nameMarker        = "\uFDD0name\uFDD1"
	unsubscribeMarker = "\uFDD0unsubscribe\uFDD1"
)

// How much of each question the digest shows, in runes.
const (
	titleRunes    = 120
	questionRunes = 300
	answerRunes   = 700
	subjectRunes  = 60
)

// Rendered is a digest rendered once for all recipients, with placeholders
// for each recipient's name and unsubscribe link.
type Rendered struct {
	Subject   string
	HTML      string
	Text      string
	Questions []int64 // shown, in order
	More      int     // answered in the period but left out for space
}

// render builds the digest mail for qs (newest first), showing at most
// MaxItems of them.
func (d *Digest) render(qs []*data.Question) (*Rendered, error) {
	shown := qs[:min(len(qs), d.cfg.MaxItems)]
	r := &Rendered{Subject: d.subject(qs), More: len(qs) - len(shown)}
	for _, q := range shown {
		r.Questions = append(r.Questions, q.ID)
	}
	t := d.cfg.Locale.T
	h := templates.Hermes(d.cfg.Site, d.cfg.Locale)
	if d.cfg.Copyright != "" {
		h.Product.Copyright = d.cfg.Copyright
	}
	// hermes writes intros as escaped text, and the site's name is the
	// owner's: neither needs Markdown escaping here.
	email := hermes.Email{Body: hermes.Body{
		Name:         nameMarker,
		Greeting:     t("mail_greeting"),
		Intros:       []string{t("digest_intro", len(qs), d.cfg.Site.Name)},
		FreeMarkdown: hermes.Markdown(d.markdown(shown, r.More, nil)),
		Signature:    d.cfg.Site.Closing(t("digest_signature")),
	}}
	var err error
	if r.HTML, err = h.GenerateHTML(email); err != nil {
		return nil, fmt.Errorf("render digest html: %w", err)
	}
	r.HTML = olStarts(r.HTML)
	// hermes makes the text part from HTML, which writes every list item
	// as "* " at one level, so that an answer's numbered steps lose their
	// numbers, and which blackfriday has made typographic: a reader's
	// "1/2" comes out as "1 ⁄ 2" and straight quotes as curly ones. Reader
	// text is written as text here instead, each where its marker comes
	// out.
	var plain []string
	email.Body.FreeMarkdown = hermes.Markdown(d.markdown(shown, r.More, &plain))
	if r.Text, err = h.GeneratePlainText(email); err != nil {
		return nil, fmt.Errorf("render digest text: %w", err)
	}
	for i, s := range plain {
		r.Text = restore(r.Text, textMarker(i), s)
	}
	return r, nil
}

// textMarker stands for the i-th piece of reader text in the text part.
func textMarker(i int) string {
	return "\uFDD0text" + strconv.Itoa(i) + "\uFDD1"
}

// verbatim is reader text s as the Markdown of the digest writes it: in
// the HTML pass escaped, in the text pass a marker, with s appended to
// *plain.
func verbatim(s string, plain *[]string) string {
	if plain == nil {
		return markdownText(s)
	}
	*plain = append(*plain, s)
	return textMarker(len(*plain) - 1)
}

// restore puts s where marker came out in text. Text that begins with
// its own space or line break takes the place of the space before the
// marker. A heading is underlined as wide as its line, which the marker's
// width set: the line of dashes under it is made to fit s.
func restore(text, marker, s string) string {
	i := strings.Index(text, marker)
	if i < 0 {
		return text
	}
	before := text[:i]
	if strings.HasPrefix(s, " ") || strings.HasPrefix(s, "\n") {
		before = strings.TrimRight(before, " ")
	}
	text = before + s + text[i+len(marker):]
	i = len(before)
	eol := i + strings.IndexByte(text[i:]+"\n", '\n')
	next, rest, _ := strings.Cut(text[min(eol+1, len(text)):], "\n")
	if next == "" || strings.Trim(next, "-") != "" {
		return text
	}
	line := text[strings.LastIndexByte(text[:i], '\n')+1 : eol]
	return text[:eol+1] + strings.Repeat("-", utf8.RuneCountInString(line)) + "\n" + rest
}

// subject names the count and the first (newest) question:
// "3 new answers: How do I pace a marathon?".
func (d *Digest) subject(qs []*data.Question) string {
	first, _ := prose.Shorten(prose.OneLine(qs[0].Title), subjectRunes)
	return d.cfg.Locale.T("digest_subject", len(qs), first)
}

// md is message id in the digest's language, escaped for Markdown: the
// owner may have written any words for it.
func (d *Digest) md(id string, args ...any) string {
	return markdownText(prose.OneLine(d.cfg.Locale.T(id, args...)))
}

// questionURL is the public page of q.
func (d *Digest) questionURL(q *data.Question) string {
	return d.cfg.Site.Link + "/q/" + strconv.FormatInt(q.ID, 10) + "-" + q.Slug
}

// markdown writes the body of the digest. Only text we make ourselves is
// Markdown; reader text goes through markdownText. With plain set, each
// answer is a marker, and its text is appended to *plain.
func (d *Digest) markdown(qs []*data.Question, more int, plain *[]string) string {
	var b strings.Builder
	for i, q := range qs {
		if i > 0 {
			b.WriteString("\n---\n\n")
		}
		d.writeItem(&b, q, plain)
	}
	site := linkTarget(d.cfg.Site.Link + "/")
	if more > 0 {
		fmt.Fprintf(&b, "\n---\n\n**%s** [%s](%s)\n\n", d.md("digest_more", more), d.md("digest_read_all"), site)
	}
	fmt.Fprintf(&b, "\n---\n\n[%s](%s)\n\n", d.md("digest_see_all"), site)
	fmt.Fprintf(&b, "%s [%s](%s)\n", d.md("digest_why", d.cfg.Site.Name), d.md("digest_unsubscribe"), unsubscribeMarker)
	return b.String()
}

func (d *Digest) writeItem(b *strings.Builder, q *data.Question, plain *[]string) {
	link := linkTarget(d.questionURL(q))
	title, _ := prose.Shorten(prose.OneLine(q.Title), titleRunes)
	fmt.Fprintf(b, "### [%s](%s)\n\n", verbatim(title, plain), link)
	asker := d.cfg.Locale.T("a_reader")
	if name := prose.FirstName(q.AskerName); name != "" {
		asker = name
	}
	fmt.Fprintf(b, "*%s*\n\n", verbatim(prose.OneLine(d.cfg.Locale.T("digest_asked_by", asker)), plain))
	if question, cut := prose.Shorten(excerpt(q.Body), questionRunes); question != "" {
		// The text part is made from this HTML, which would write each
		// link's address a second time.
		md := markdownLinked(question, cut)
		if plain != nil {
			md = verbatim(question, plain)
		}
		fmt.Fprintf(b, "%s\n\n", md)
	}
	answer, cut := shortenUnits(units(q.Answer), answerRunes)
	b.WriteString("**" + d.md("digest_answer") + "**")
	if plain != nil {
		// textUnits begins with the space after "Answer:" or with the
		// blank line before a list or quote.
		b.WriteString(verbatim(textUnits(answer), plain))
	} else {
		writeUnits(b, answer)
	}
	if cut {
		fmt.Fprintf(b, "\n\n[%s](%s)", d.md("digest_read_full"), link)
	}
	b.WriteString("\n\n")
}

// writeUnits writes an answer's lines as Markdown: paragraphs with their
// meant line breaks, lists and quotes.
func writeUnits(b *strings.Builder, us []unit) {
	for i, u := range us {
		quote := strings.Repeat("> ", u.depth)
		switch {
		case i == 0 && u.kind == prose.Text && u.depth == 0:
			b.WriteString(" ")
		case u.br:
			b.WriteString("  \n" + quote) // a hard line break
		case i > 0 && u.next:
			// The next item of the same list, nested as Markdown reads
			// it: under the text of the item above.
			b.WriteString("\n" + quote + strings.Repeat(" ", 4*u.level))
		case i > 0 && u.kind != prose.Text && us[i-1].kind != prose.Text && u.depth == us[i-1].depth:
			// A list right after another: Markdown would read the two
			// as one, numbered on from the first.
			q := strings.TrimSpace(quote)
			b.WriteString("\n" + q + "\n" + quote + "<!-- -->\n" + q + "\n" + quote)
		case i > 0 && u.depth > 0 && u.depth == us[i-1].depth:
			b.WriteString("\n" + strings.TrimSpace(quote) + "\n" + quote)
		default:
			b.WriteString("\n\n" + quote)
		}
		switch u.kind {
		case prose.Bullet:
			b.WriteString("- ")
		case prose.Numbered:
			b.WriteString("1. " + u.opens)
		}
		b.WriteString(markdownLinked(u.text, u.cut))
	}
}

// textUnits writes an answer's lines as plain text, as a mail client
// shows them: quotes marked "> ", list items with their bullet or number,
// nested ones indented under the item above.
func textUnits(us []unit) string {
	var b strings.Builder
	for i, u := range us {
		quote := strings.Repeat("> ", u.depth)
		switch {
		case i == 0 && u.kind == prose.Text && u.depth == 0:
			b.WriteString(" ") // on the line of "Answer:"
		case i == 0:
			b.WriteString("\n\n" + quote)
		case u.br, u.next:
			b.WriteString("\n" + quote)
		case u.depth > 0 && u.depth == us[i-1].depth:
			b.WriteString("\n" + strings.TrimSpace(quote) + "\n" + quote)
		default:
			b.WriteString("\n\n" + quote)
		}
		b.WriteString(strings.Repeat("   ", u.level))
		switch u.kind {
		case prose.Bullet:
			b.WriteString("- ")
		case prose.Numbered:
			b.WriteString(u.mark + " ")
		}
		b.WriteString(u.text)
	}
	return b.String()
}

// shortenUnits keeps whole lines while they fit in max runes and shortens
// the first one that does not.
func shortenUnits(us []unit, max int) ([]unit, bool) {
	var out []unit
	left := max
	for i, u := range us {
		s, cut := prose.Shorten(u.text, left)
		if cut || s == "" {
			if s != "" && !strings.HasPrefix(s, "…") {
				u.text, u.cut = s, cut
				out = append(out, u)
			}
			return out, true
		}
		out = append(out, u)
		left -= len([]rune(s))
		if left <= 1 && i < len(us)-1 {
			return out, true
		}
	}
	return out, false
}

// linkTarget makes a URL we built safe as a Markdown link destination.
func linkTarget(u string) string {
	return strings.NewReplacer(" ", "%20", "(", "%28", ")", "%29", "<", "%3C", ">", "%3E").Replace(u)
}
