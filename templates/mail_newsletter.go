package templates

import (
	"fmt"
	"html/template"
	"strings"

	"github.com/matcornic/hermes/v2"
)

// NewsletterMail is what the confirmation and welcome mails say to one
// subscriber.
type NewsletterMail struct {
	// FirstName greets the reader, if there is one to greet by. It only
	// ever goes into hermes fields that html/template escapes, never into
	// Markdown.
	FirstName      string
	ConfirmURL     string // the double opt-in page; confirmation mail only
	UnsubscribeURL string // welcome mail only: nobody is subscribed before
	EbookName      string // the attachment's file name; welcome mail only
}

// RenderedMail is a subject with its HTML and plain text bodies.
type RenderedMail struct {
	Subject string
	HTML    string
	Text    string
}

// ConfirmMail renders the double opt-in request, in the language of w. It
// has no unsubscribe link: the reader is not subscribed, and ignoring the
// mail is all it takes to stay so.
func ConfirmMail(site MailSite, m NewsletterMail, w Words) (RenderedMail, error) {
	if m.ConfirmURL == "" {
		return RenderedMail{}, fmt.Errorf("render confirmation: no confirmation link")
	}
	body := hermes.Body{
		Intros: []string{w.T("confirm_intro", site.Name), w.T("confirm_nothing")},
		Actions: []hermes.Action{{
			Instructions: w.T("confirm_instructions"),
			Button:       hermes.Button{Text: w.T("confirm_button"), Link: m.ConfirmURL},
		}},
		Outros: []string{w.T("confirm_ignore")},
	}
	return render(site, m, w, w.T("confirm_subject", site.Name), body)
}

// WelcomeMail renders the mail that greets a new subscriber and carries the
// ebook, with the visible unsubscribe link every mail to a subscriber has.
func WelcomeMail(site MailSite, m NewsletterMail, w Words) (RenderedMail, error) {
	if m.UnsubscribeURL == "" {
		return RenderedMail{}, fmt.Errorf("render welcome: no unsubscribe link")
	}
	body := hermes.Body{
		Intros: []string{
			w.T("welcome_intro", site.Name),
			w.T("welcome_ebook", m.EbookName),
			w.T("welcome_digest"),
		},
		Actions: []hermes.Action{{
			Instructions: w.T("welcome_instructions"),
			Button:       hermes.Button{Text: w.T("welcome_button", site.Name), Link: site.Link + "/"},
		}},
		Outros: []string{w.T("mail_unsubscribe", m.UnsubscribeURL)},
	}
	r, err := render(site, m, w, w.T("welcome_subject", site.Name), body)
	if err != nil {
		return r, err
	}
	// hermes prints outros as text; make the unsubscribe address a link.
	esc := template.HTMLEscapeString(m.UnsubscribeURL)
	r.HTML = strings.Replace(r.HTML, esc, `<a href="`+esc+`">`+esc+`</a>`, 1)
	return r, nil
}

// render adds the greeting and the signature and produces both bodies.
func render(site MailSite, m NewsletterMail, w Words, subject string, body hermes.Body) (RenderedMail, error) {
	Greet(&body, m.FirstName, w)
	body.Signature = site.Closing(w.T("mail_signature"))
	h := Hermes(site, w)
	html, err := h.GenerateHTML(hermes.Email{Body: body})
	if err != nil {
		return RenderedMail{}, fmt.Errorf("render %q: %w", subject, err)
	}
	text, err := h.GeneratePlainText(hermes.Email{Body: body})
	if err != nil {
		return RenderedMail{}, fmt.Errorf("render %q: %w", subject, err)
	}
	return RenderedMail{Subject: subject, HTML: html, Text: text}, nil
}
