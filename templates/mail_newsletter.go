package templates

import (
	"fmt"
	"html/template"
	"strings"
	"unicode"

	"github.com/matcornic/hermes/v2"
)

// NewsletterMail is what the confirmation and welcome mails say to one
// subscriber.
type NewsletterMail struct {
	// Name is what the reader typed, if anything. It only ever goes into
	// hermes fields that html/template escapes, never into Markdown.
	Name           string
	ConfirmURL     string // the double opt-in page; confirmation mail only
	UnsubscribeURL string
	EbookName      string // the attachment's file name; welcome mail only
}

// RenderedMail is a subject with its HTML and plain text bodies.
type RenderedMail struct {
	Subject string
	HTML    string
	Text    string
}

// ConfirmMail renders the double opt-in request.
func ConfirmMail(site MailSite, m NewsletterMail) (RenderedMail, error) {
	body := hermes.Body{
		Intros: []string{
			fmt.Sprintf("Someone, hopefully you, asked for the %s newsletter and the free ebook to be sent to this address.", site.Name),
			"Nothing will be sent until you confirm.",
		},
		Actions: []hermes.Action{{
			Instructions: "To confirm, open this page and press the button there:",
			Button:       hermes.Button{Text: "Confirm my subscription", Link: m.ConfirmURL},
		}},
		Outros: []string{
			"If it was not you, ignore this mail: without a confirmation you will not hear from us again.",
		},
	}
	return render(site, m, fmt.Sprintf("Please confirm your subscription to %s", site.Name), body)
}

// WelcomeMail renders the mail that greets a new subscriber and carries the
// ebook.
func WelcomeMail(site MailSite, m NewsletterMail) (RenderedMail, error) {
	body := hermes.Body{
		Intros: []string{
			fmt.Sprintf("Welcome to the %s newsletter, and thank you for confirming.", site.Name),
			fmt.Sprintf("Your free ebook is attached to this mail (%s).", m.EbookName),
			"From now on you will get a short digest of newly answered questions. Questions of your own are always welcome: just write to us.",
		},
		Actions: []hermes.Action{{
			Instructions: "Read the answered questions on the site:",
			Button:       hermes.Button{Text: "Visit " + site.Name, Link: site.Link + "/"},
		}},
	}
	return render(site, m, fmt.Sprintf("Welcome to %s: your free ebook", site.Name), body)
}

// render adds the greeting and the visible unsubscribe link every mail to a
// subscriber carries, and produces both bodies.
func render(site MailSite, m NewsletterMail, subject string, body hermes.Body) (RenderedMail, error) {
	if m.UnsubscribeURL == "" {
		return RenderedMail{}, fmt.Errorf("render %q: no unsubscribe link", subject)
	}
	if name := CleanName(m.Name); name != "" {
		body.Name = name
	} else {
		body.Title = "Hello,"
	}
	body.Signature = site.Closing()
	body.Outros = append(body.Outros, "To stop receiving these mails, unsubscribe here: "+m.UnsubscribeURL)
	h := Hermes(site)
	html, err := h.GenerateHTML(hermes.Email{Body: body})
	if err != nil {
		return RenderedMail{}, fmt.Errorf("render %q: %w", subject, err)
	}
	text, err := h.GeneratePlainText(hermes.Email{Body: body})
	if err != nil {
		return RenderedMail{}, fmt.Errorf("render %q: %w", subject, err)
	}
	// hermes prints outros as text; make the unsubscribe address a link.
	esc := template.HTMLEscapeString(m.UnsubscribeURL)
	html = strings.Replace(html, "here: "+esc, `here: <a href="`+esc+`">`+esc+`</a>`, 1)
	return RenderedMail{Subject: subject, HTML: html, Text: text}, nil
}

// CleanName makes a reader-given name fit for a greeting and a To header:
// control characters (line breaks included) become spaces, runs of spaces
// shrink to one, and it is cut to 100 characters.
func CleanName(name string) string {
	name = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == '\u2028' || r == '\u2029' {
			return ' '
		}
		return r
	}, name)
	name = strings.Join(strings.Fields(name), " ")
	if r := []rune(name); len(r) > 100 {
		name = strings.TrimSpace(string(r[:100]))
	}
	return name
}
