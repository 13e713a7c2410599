package newsletter

import (
	"fmt"
	"net/url"
	"strings"

	"helpline/internal/token"
)

// Links makes the signed per-subscriber links and the list headers that
// every mail to a subscriber carries (RFC 2369, RFC 2919, RFC 8058).
type Links struct {
	BaseURL string // the site's base URL, without a trailing slash
	Mailbox string // the helpline address; routes are its plus-addresses
	ListID  string // e.g. "Helpline digest <digest.helpline.localhost>"
	Signer  *token.Signer
}

// UnsubscribeURL is the page that unsubscribes subscriber id: a GET shows
// a confirm button, a POST (including the one-click POST) unsubscribes.
func (l Links) UnsubscribeURL(id int64) string {
	return l.BaseURL + "/unsubscribe/" + l.Signer.Sign(token.Unsubscribe, id)
}

// ConfirmURL is the double opt-in page for subscriber id.
func (l Links) ConfirmURL(id int64) string {
	return l.BaseURL + "/confirm/" + l.Signer.Sign(token.Confirm, id)
}

// UnsubscribeAddress is the mail route that unsubscribes subscriber id.
func (l Links) UnsubscribeAddress(id int64) string {
	return l.Signer.Route(l.Mailbox, token.Unsubscribe, id)
}

// SubscribeAddress is the mail route that signs up the sender.
func (l Links) SubscribeAddress() string {
	local, domain, _ := strings.Cut(l.Mailbox, "@")
	return local + "+subscribe@" + domain
}

// Headers returns the list headers for a mail to subscriber id.
func (l Links) Headers(id int64) map[string]string {
	mailto := "mailto:" + l.UnsubscribeAddress(id) + "?subject=" + url.PathEscape("unsubscribe")
	h := map[string]string{
		"List-Unsubscribe":      fmt.Sprintf("<%s>, <%s>", l.UnsubscribeURL(id), mailto),
		"List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
	}
	if l.ListID != "" {
		h["List-Id"] = l.ListID
	}
	return h
}
