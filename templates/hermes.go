package templates

import (
	"html"
	"strconv"
	"strings"
	"time"

	"github.com/matcornic/hermes/v2"
)

// MailSite is what every styled mail says about the site.
type MailSite struct {
	Name    string
	Link    string // the site's base URL
	Logo    string // absolute URL of a logo image, optional
	Signoff string // closes the mail above the site's name; "" for the language's own
}

// Closing is the sign-off of the site's mail: the owner's, or def, the
// language's own.
func (s MailSite) Closing(def string) string {
	if strings.TrimSpace(s.Signoff) == "" {
		return def
	}
	return s.Signoff
}

// Hermes returns the hermes settings for helpline's mail in the language
// of w: the default theme with the site's name, link and logo, and hermes's
// own words (greeting, the help under a button, the copyright line) in
// that language. Text hermes renders from Markdown or intros is not
// escaped by hermes: callers must escape reader text first.
func Hermes(s MailSite, w Words) hermes.Hermes {
	return hermes.Hermes{
		Theme: &theme{lang: w.Lang()},
		Product: hermes.Product{
			Name:        s.Name,
			Link:        s.Link + "/",
			Logo:        s.Logo,
			Copyright:   w.T("mail_copyright", strconv.Itoa(time.Now().Year()), s.Name),
			TroubleText: w.T("mail_trouble"),
		},
		DisableCSSInlining: false,
	}
}

// theme is hermes's default theme with the mail's language on its <html>
// element, so that screen readers and translators know it, and a few
// styles changed: headings no smaller than the text, and quotes and the
// footer in colours that can be read, and long words that wrap.
type theme struct {
	hermes.Default
	lang string
}

// themeCSS comes after the default theme's styles and wins over them. Long
// words, such as addresses in reader text, wrap rather than widen the mail
// past a phone's screen.
const themeCSS = `
    .content-cell { overflow-wrap: anywhere; word-break: break-word; }
    h2 { font-size: 20px; }
    h3 { font-size: 18px; }
    blockquote p { font-size: 16px; color: #51545E; }
    .email-footer p { color: #6B6E76; }
`

// HTMLTemplate is the default theme's, changed as the type says.
func (t *theme) HTMLTemplate() string {
	s := t.Default.HTMLTemplate()
	s = strings.Replace(s, `<html xmlns=`, `<html lang="`+html.EscapeString(t.lang)+`" xmlns=`, 1)
	return strings.Replace(s, "</style>", themeCSS+"  </style>", 1)
}

// Greet sets the mail's greeting in the language of w: "Hi Sam," with a
// first name, "Hello," without one.
func Greet(body *hermes.Body, firstName string, w Words) {
	if name := firstName; name != "" {
		body.Greeting, body.Name = w.T("mail_greeting"), name
		return
	}
	body.Title = w.T("mail_hello")
}
