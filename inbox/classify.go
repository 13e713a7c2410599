package inbox

import (
	"regexp"
	"strings"
)

// autoSubjects are the subjects of out-of-office and similar automatic
// replies that carry none of the standard headers.
var autoSubjects = regexp.MustCompile(`(?i)^\s*(auto(matic)?[ -]?(reply|response|antwort)|out of (the )?office|abwesenheitsnotiz|abwesend|absence|r[ée]ponse automatique|respuesta autom[áa]tica|risposta automatica|automatisch antwoord|fuera de la oficina|autosvar|frånvaro|ausente|delivery status notification|undeliverable|undelivered mail|mail delivery failed|returned mail)\b`)

// autoSenders are local parts that only machines write from.
var autoSenders = map[string]bool{
	"mailer-daemon": true, "postmaster": true, "noreply": true, "no-reply": true, "do-not-reply": true,
	"donotreply": true, "bounce": true, "bounces": true, "autoresponder": true,
}

// automatic reports why m is automatic mail, or "" when a person sent it.
// RFC 3834 section 2 and the headers that common autoresponders and list
// servers add instead.
func automatic(m *Message) string {
	h := m.Header
	if v := strings.ToLower(strings.TrimSpace(h.Get("Auto-Submitted"))); v != "" && v != "no" {
		return "Auto-Submitted: " + v
	}
	switch p := strings.ToLower(strings.TrimSpace(h.Get("Precedence"))); p {
	case "bulk", "junk", "list", "auto_reply":
		return "Precedence: " + p
	}
	for _, k := range []string{"X-Autoreply", "X-Autorespond", "X-Autoresponder", "X-Auto-Reply"} {
		if h.Get(k) != "" {
			return k
		}
	}
	if h.Get("List-Id") != "" || h.Get("List-Unsubscribe") != "" {
		return "mailing list"
	}
	if strings.EqualFold(h.Get("X-Loop"), "yes") {
		return "X-Loop"
	}
	if m.ReturnPath == "<>" {
		return "null return path"
	}
	local, _, _ := strings.Cut(m.From.Addr, "@")
	if autoSenders[strings.ToLower(local)] {
		return "sender " + local
	}
	if autoSubjects.MatchString(m.Subject) {
		return "automatic subject"
	}
	return ""
}

// command is an owner's one-line instruction at the top of a reply.
type command string

// The commands an owner can send instead of an answer.
const (
	cmdNone command = ""
	cmdHide command = "hide" // "!hide", "!reject" or "!delete": withdraw the question
	cmdShow command = "show" // "!show": publish a hidden question again
)

// ownerCommand reads a command from the first line of the owner's own
// text in a reply: quote lines kept for an inline answer are not the
// owner's.
func ownerCommand(text string) command {
	for _, line := range strings.Split(text, "\n") {
		line = strings.ToLower(strings.TrimSpace(line))
		if line == "" || isQuoteLine(line) {
			continue
		}
		switch strings.TrimRight(line, ".") {
		case "!hide", "!reject", "!delete":
			return cmdHide
		case "!show", "!publish":
			return cmdShow
		}
		return cmdNone
	}
	return cmdNone
}

// moderation reads "approve" or "reject" from the first word of an owner's
// reply to a comment notification.
func moderation(text string) string {
	f := strings.Fields(strings.ToLower(ownText(text)))
	if len(f) == 0 {
		return ""
	}
	switch strings.Trim(f[0], "!.,:;") {
	case "approve", "approved", "yes", "ok", "publish":
		return "approve"
	case "reject", "rejected", "no", "delete", "spam":
		return "reject"
	}
	return ""
}

// ownText is text without the quote lines an inline answer keeps.
func ownText(text string) string {
	lines := strings.Split(text, "\n")
	own := lines[:0]
	for _, l := range lines {
		if !isQuoteLine(l) {
			own = append(own, l)
		}
	}
	return strings.Join(own, "\n")
}

// authFailure reports a DKIM or DMARC failure recorded by the trusted
// receiving server (RFC 8601). Headers from any other authserv-id may have
// been written by the sender and are ignored.
func authFailure(m *Message, trusted string) string {
	if trusted == "" {
		return ""
	}
	for _, v := range m.Header.Values("Authentication-Results") {
		id, rest, _ := strings.Cut(v, ";")
		id = strings.ToLower(strings.TrimSpace(id))
		if f := strings.Fields(id); len(f) > 0 {
			id = f[0] // drop an optional version number
		}
		if id != strings.ToLower(trusted) {
			continue
		}
		for _, part := range strings.Split(rest, ";") {
			part = strings.ToLower(strings.TrimSpace(part))
			for _, method := range []string{"dkim=", "dmarc="} {
				if res, ok := strings.CutPrefix(part, method); ok {
					res, _, _ = strings.Cut(res, " ")
					if res == "fail" || res == "permerror" {
						return method + res
					}
				}
			}
		}
	}
	return ""
}

// recipients is every address the message was delivered to, as far as its
// headers tell: To, Cc and the delivery headers.
func recipients(m *Message) []string {
	var out []string
	for _, a := range m.To {
		out = append(out, a.Addr)
	}
	for _, a := range m.Cc {
		out = append(out, a.Addr)
	}
	out = append(out, m.DeliveredTo...)
	return out
}

// referenced is every Message-ID the message replies to, nearest first.
func referenced(m *Message) []string {
	out := append([]string(nil), m.InReplyTo...)
	for i := len(m.References) - 1; i >= 0; i-- {
		out = append(out, m.References[i])
	}
	return out
}
