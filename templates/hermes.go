package templates

import (
	"fmt"
	"strings"
	"time"

	"github.com/matcornic/hermes/v2"
)

// MailSite is what every styled mail says about the site.
type MailSite struct {
	Name    string
	Link    string // the site's base URL
	Logo    string // absolute URL of a logo image, optional
	Signoff string // closes the mail above the site's name; default "Best wishes"
}

// Closing is the sign-off of the site's mail.
func (s MailSite) Closing() string {
	if strings.TrimSpace(s.Signoff) == "" {
		return "Best wishes"
	}
	return s.Signoff
}

// Hermes returns the hermes settings for helpline's mail: the default theme
// with the site's name, link and logo. Text hermes renders from Markdown or
// intros is not escaped by hermes: callers must escape reader text first
// (see EscapeMarkdown).
func Hermes(s MailSite) hermes.Hermes {
	return hermes.Hermes{
		Theme: new(hermes.Default),
		Product: hermes.Product{
			Name:        s.Name,
			Link:        s.Link + "/",
			Logo:        s.Logo,
			Copyright:   fmt.Sprintf("© %d %s", time.Now().Year(), s.Name),
			TroubleText: "If the {ACTION} button does not work, copy this address into your browser:",
		},
		DisableCSSInlining: false,
	}
}
