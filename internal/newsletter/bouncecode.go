package newsletter

import (
	"strings"
)

// The status of a failure written in words. Mail servers that send no
// RFC 3464 report still say why a mail failed, in three ways that this file
// reads, strongest first: an enhanced status code (RFC 3463, "5.1.1", or
// qmail's "(#5.1.1)"), an SMTP reply code (RFC 5321 4.2, "550"), and the
// words that servers in many languages write for the failures that matter
// to a list: no such user, no such host, mailbox full.

// failure is what one stretch of a bounce's text says about a failure.
type failure struct {
	enhanced string // the first enhanced status code of class 4 or 5
	reply    byte   // the class of the first SMTP reply code, '4' or '5'
	detail   string // subject and detail from the words, e.g. "1.1"
	// permanent is the words' phrase's: see phrase.
	permanent bool
	// sender is set when the refusal is of us, not of the recipient: it
	// came before any recipient was named, or says our host or address
	// is refused. The recipient's address may be fine.
	sender bool
}

// phrase is words that name a failure, with the status detail (RFC 3463
// subject.detail) they stand for.
type phrase struct {
	words  []string
	detail string
	// permanent failures of this kind are hard even without a code: an
	// address that does not exist will not start to. A full mailbox may
	// be emptied, so without a code or a notice saying it is final it
	// stays soft.
	permanent bool
}

// phrases are tried in order: host words before user words, because "does
// not exist" is said of domains too, and refusal words last. Lowercase; matched as substrings of
// the lowercased text. "Mailbox unavailable" is left out: it is the
// standard text of 550 for policy refusals as well.
var phrases = []phrase{
	{detail: "1.2", permanent: true, words: []string{ // host unknown
		"host not found", "host unknown", "unknown host", "couldn't find any host", "could not find any host",
		"no such domain", "domain not found", "domain does not exist", "unrouteable address", "unroutable address",
		"no mx record", "domain name not found", "domaine inexistant", "domain existiert nicht",
	}},
	{detail: "2.2", words: []string{ // mailbox full
		"mailbox full", "mailbox is full", "mailbox has exceeded", "mailbox exceeds", "mailbox size limit exceeded",
		"over quota", "overquota", "quota exceeded", "exceeded storage", "exceeds quota", "disk quota",
		"insufficient storage", "inbox is full", "mail box full", "user's mailbox is full",
		"postfach voll", "postfach ist voll", "postfach des empfängers ist voll", "speicherplatz",
		"boîte aux lettres pleine", "boite aux lettres pleine", "boîte pleine", "boite pleine", "quota dépassé",
		"buzón lleno", "buzon lleno", "buzón está lleno", "cuota excedida",
		"casella piena", "casella di posta piena", "quota superata",
		"caixa postal cheia", "caixa de correio cheia", "caixa cheia", "cota excedida",
		"mailbox vol", "postvak vol", "brievenbus vol", "skrzynka pełna", "skrzynka jest pełna", "przepełnion",
		"ящик переполнен", "переполнен", "メールボックスがいっぱい", "容量オーバー", "容量を超え", "邮箱已满", "邮箱空间不足", "信箱已满",
	}},
	{detail: "2.1", permanent: true, words: []string{ // account disabled
		"account is disabled", "account has been disabled", "account disabled", "mailbox disabled",
		"mailbox is disabled", "deactivated mailbox", "mailbox is inactive", "account is inactive",
		"account has been suspended", "account is suspended", "account is expired", "account has expired",
		"account expired",
	}},
	{detail: "1.1", permanent: true, words: []string{ // user unknown
		"user unknown", "unknown user", "no such user", "no such recipient", "no such mailbox", "no mailbox here",
		"no mail box available", "mailbox not found", "mailbox does not exist", "recipient unknown",
		"unknown recipient", "invalid recipient", "recipient not found", "user not found", "unknown address",
		"address unknown", "invalid mailbox", "unknown local part", "unknown or illegal alias",
		"recipient name is not recognized", "not listed in domino directory", "not listed in public name & address book",
		"account that you tried to reach does not exist", "user doesn't exist", "user does not exist",
		"address does not exist", "recipient does not exist", "no longer available", "mailbox unknown",
		"no account by that name", "no such account", "not a known user", "no longer on server",
		"address couldn't be found", "address could not be found", "address not found", "wasn't found at",
		"address you entered couldn't be found", "address you entered could not be found", "user doesn't have a",
		"user does not have a",
		"empfänger unbekannt", "benutzer unbekannt", "unbekannter empfänger", "unbekannter benutzer", "existiert nicht",
		"empfänger ist unbekannt", "benutzer ist unbekannt", "kein solcher benutzer", "ungültiger empfänger",
		"utilisateur inconnu", "destinataire inconnu", "adresse inconnue", "n'existe pas", "n’existe pas",
		"n'existe plus", "n’existe plus", "adresse introuvable", "destinataire introuvable", "utilisateur introuvable", "inexistant", "inexistente", "inesistente",
		"usuario desconocido", "destinatario desconocido", "no existe", "usuario no encontrado",
		"destinatario no encontrado", "utente sconosciuto",
		"destinatario sconosciuto", "non esiste", "usuário desconhecido", "usuario desconhecido",
		"destinatário desconhecido", "não existe", "onbekende gebruiker", "gebruiker onbekend", "bestaat niet",
		"nie istnieje", "konto niedostepne", "konto niedostępne", "nieznany użytkownik", "не существует",
		"пользователь не найден", "нет такого пользователя", "見つかりません", "存在しません", "宛先不明", "ユーザーがいません", "ユーザがいません", "用户不存在", "不存在",
	}},
	// Last, so that any words above name the failure first: a refusal
	// that gives no reason about the address is most often a policy
	// (our host's reputation, the content), never proof it is gone.
	{detail: "7.1", words: []string{ // refused
		"rejected", "refused", "not allowed", "not permitted", "not authorized", "denied", "blocked",
		"policy", "spam", "unsolicited", "prohibited",
	}},
}

// delayWords mark a warning about mail that is still being tried: never a
// final failure, whatever code it quotes.
var delayWords = []string{
	"will retry", "will be retried", "still trying", "will keep trying", "will continue trying", "continue to try",
	"this is a warning", "warning message only", "do not need to resend", "delivery is delayed",
	"delivery has been delayed", "has been delayed", "delivery delayed", "not yet been delivered", "delivery will continue",
	"warning: message", "delayed mail", "still being retried", "(delay)",
}

// senderWords mark a refusal of the sending host or address: after MAIL
// FROM or at connection, before any recipient was named, or by a block
// list. A list cannot fix that by dropping the recipient.
var senderWords = []string{
	"after mail from", "in reply to mail from", ">>> mail from", "after initial connection", "after helo",
	"after ehlo", "in reply to helo", "in reply to ehlo", "sender address rejected", "unroutable sender",
	"sender verify failed", "reverse dns", "no ptr record", "blacklisted", "blocklisted", "spamhaus", "dnsbl",
	"sender rejected", "sender denied", "sender blocked", "sender not allowed", "sender domain",
}

// temporaryWords soften a failure read from a reply code or words alone;
// an enhanced code says more than they do.
var temporaryWords = []string{
	"try again later", "temporarily", "temporary failure", "temporary error", "vorübergehend", "temporaire", "temporal",
}

// permanentWords say the sender has given up: a full mailbox that is
// reported this way is as final as a missing one.
var permanentWords = []string{
	"permanent error", "permanent fatal", "permanent failure", "permanently", "i've given up", "gave up",
	"will not try to redeliver", "unrecoverable error",
}

func containsAny(lower string, words []string) bool {
	for _, w := range words {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

// readFailure scans lowercased text once for codes and once per phrase
// list: linear in the text.
func readFailure(lower string) failure {
	f := failure{enhanced: firstEnhancedCode(lower), reply: firstReplyClass(lower), sender: containsAny(lower, senderWords)}
	for _, p := range phrases {
		if containsAny(lower, p.words) {
			f.detail, f.permanent = p.detail, p.permanent
			break
		}
	}
	return f
}

// status decides the RFC 3463 status of a failure, "" when the text says
// nothing. notice is what the whole bounce says: a delay warning, a
// temporary or a final failure. In doubt the class is 4: a soft bounce
// stops mail only when it keeps happening.
func (f failure) status(notice string) string {
	st := ""
	switch {
	case f.enhanced != "":
		st = f.enhanced
		if f.reply != 0 && f.reply != f.enhanced[0] {
			// "452 5.2.2" or "550 4.2.0": the two codes disagree, so
			// neither is trusted to be final.
			st = "4" + f.enhanced[1:]
		}
	case f.reply != 0:
		st = string(f.reply) + ".0.0"
		if f.detail != "" {
			st = string(f.reply) + "." + f.detail
		}
		if f.reply == '5' && notice == "temporary" {
			st = "4" + st[1:]
		}
	case f.detail != "":
		st = "4." + f.detail
		if f.permanent && notice != "temporary" || notice == "permanent" {
			st = "5." + f.detail
		}
	}
	if st != "" && (notice == "delay" || f.sender) {
		st = "4" + st[1:]
	}
	return st
}

// noticeKind reads what the whole bounce says of its failures: "delay",
// "temporary", "permanent" or "".
func noticeKind(lower string) string {
	switch {
	case containsAny(lower, delayWords):
		return "delay"
	case containsAny(lower, temporaryWords):
		return "temporary"
	case containsAny(lower, permanentWords):
		return "permanent"
	}
	return ""
}

// statusFromDiagnostic reads the status a DSN's Diagnostic-Code gives
// ("smtp; 550 5.1.1 user unknown") for a report whose Status field is
// missing or not a status. "" when it says nothing.
func statusFromDiagnostic(d string) string {
	lower := strings.ToLower(d)
	return readFailure(lower).status(noticeKind(lower))
}

// validStatus reports whether s is an RFC 3463 status: class.subject.detail.
func validStatus(s string) bool {
	end, ok := scanCode(s, 0)
	return ok && end == len(s)
}

// firstEnhancedCode finds the first class 4 or 5 enhanced status code that
// stands as a word: not part of an address, a version number ("8.14.4/"),
// a dotted IP address or an engine string ("=5.0.0-1005").
func firstEnhancedCode(s string) string {
	for i := 0; i+4 < len(s); i++ {
		c := s[i]
		if (c != '4' && c != '5') || s[i+1] != '.' || (i > 0 && !codeOpener(s[i-1])) {
			continue
		}
		end, ok := scanCode(s, i)
		if ok && codeCloser(s, end) {
			return s[i:end]
		}
	}
	return ""
}

// scanCode reads class.subject.detail at s[i:]: one class digit, a subject
// of up to three digits (RFC 3463 defines 0 to 7) and a detail of up to
// three.
func scanCode(s string, i int) (int, bool) {
	if i >= len(s) || (s[i] != '2' && s[i] != '4' && s[i] != '5') || i+1 >= len(s) || s[i+1] != '.' {
		return i, false
	}
	j, n := digits(s, i+2)
	if n == 0 || n > 3 || j >= len(s) || s[j] != '.' {
		return i, false
	}
	if n == 1 && s[i+2] > '7' {
		return i, false
	}
	k, m := digits(s, j+1)
	if m == 0 || m > 3 {
		return i, false
	}
	return k, true
}

func digits(s string, i int) (int, int) {
	j := i
	for j < len(s) && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	return j, j - i
}

func codeOpener(c byte) bool {
	return strings.IndexByte(" \t\r\n#([<;:\"'", c) >= 0
}

// codeCloser reports whether the code ending at s[end] ends there: at the
// end, before a space or punctuation, but not before ".7" or "-1".
func codeCloser(s string, end int) bool {
	if end >= len(s) {
		return true
	}
	c := s[end]
	if c == '.' || c == '-' {
		return end+1 >= len(s) || s[end+1] < '0' || s[end+1] > '9'
	}
	return strings.IndexByte(" \t\r\n)]>,;:\"'", c) >= 0
}

// firstReplyClass finds the first SMTP reply code of class 4 or 5 where a
// server's answer stands: at the start of a line or of a transcript line
// ("<<< 550"), or after a colon or "said". Its second digit is 0 to 5
// (RFC 5321 4.2.1), and words or a hyphen follow it: "550 ", "550-".
func firstReplyClass(s string) byte {
	for i := 0; i+3 <= len(s); i++ {
		c := s[i]
		if c != '4' && c != '5' {
			continue
		}
		if s[i+1] < '0' || s[i+1] > '5' || s[i+2] < '0' || s[i+2] > '9' {
			continue
		}
		if i+3 < len(s) && s[i+3] != ' ' && s[i+3] != '-' && s[i+3] != '\n' && s[i+3] != '\r' {
			continue
		}
		if replyOpener(s, i) {
			return c
		}
	}
	return 0
}

// replyOpener reports whether what comes before s[i] on its line is
// nothing but spacing and transcript marks, or ends in ':', ';', '#', "(" or
// "said".
func replyOpener(s string, i int) bool {
	j := i
	for j > 0 && (s[j-1] == ' ' || s[j-1] == '\t') {
		j--
	}
	if j == 0 || s[j-1] == '\n' || s[j-1] == '\r' {
		return true
	}
	switch s[j-1] {
	case ':', ';', '#', '(':
		return true
	case '<':
		k := j
		for k > 0 && s[k-1] == '<' {
			k--
		}
		return k == 0 || s[k-1] == '\n' || s[k-1] == ' ' || s[k-1] == '\t'
	}
	return strings.HasSuffix(s[:j], "said")
}
