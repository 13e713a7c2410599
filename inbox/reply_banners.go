package inbox

import (
	"regexp"
	"strings"
)

// Banners a mail gateway puts over the text of a mail it received from
// outside its organisation: a tag ("[External Email]"), a warning not to
// click links or open attachments, or Microsoft 365's note on a sender
// seldom heard from. Where the helpline's mailbox sits behind such a
// gateway, the banner stands over the owner's reply; the owner never typed
// it, so it is not published.

// bannerTagRe is a line that is a gateway's tag and nothing else, once
// brackets, stars and colons are taken off: "[EXTERNAL]", "*** External
// email ***", "EXTERNAL SENDER".
var bannerTagRe = regexp.MustCompile(`(?i)^(external|externe?|externo|esterna|extern)( (e-?mail|sender|message|mail|nachricht|absender|correo|courriel))?$`)

// bannerAboutRe is a warning's word for the mail it stands over, bannerFromRe
// its word for outside, and bannerRiskRe what it warns about.
var (
	bannerAboutRe = regexp.MustCompile(`(?i)\b(this (e-?mail|message|mail)|diese (e-?mail|nachricht)|ce (message|courriel|mail|e-mail)|este (correo|mensaje|e-?mail)|deze (e-?mail|mail|bericht))\b`)
	bannerFromRe  = regexp.MustCompile(`(?i)(external|outside|externe[mnr]?|außerhalb|ausserhalb|extérieur|exterieur|externo|fuera de|buiten)`)
	bannerRiskRe  = regexp.MustCompile(`(?i)(links?|attachments?|liens?|pièces jointes|anhänge?n?|enlaces|adjuntos|bijlagen)\b`)
)

// senderTipLink is the link Microsoft 365 writes under its note on a sender
// seldom heard from, in every language.
const senderTipLink = "aka.ms/learnaboutsenderidentification"

// bannerEnd returns the end of a gateway's banner that starts at line i of
// plain, a paragraph of at most five lines, or -1.
func bannerEnd(plain []string, i int) int {
	end := i
	for end < len(plain) && plain[end] != "" && end-i < 6 {
		end++
	}
	if end-i > 5 || end < len(plain) && plain[end] != "" {
		return -1
	}
	if tag := strings.Trim(plain[i], "[]*:-_!()<> \t"); end-i == 1 && bannerTagRe.MatchString(tag) &&
		(tag != plain[i] || tag == strings.ToUpper(tag)) {
		// Set apart by brackets, stars or capitals: "External" alone may
		// be the owner's.
		return end
	}
	para := strings.Join(plain[i:end], " ")
	if len(para) > 600 {
		return -1
	}
	if lower := strings.ToLower(para); strings.Contains(lower, senderTipLink) || strings.HasPrefix(lower, "you don't often get email from ") {
		return end
	}
	if bannerAboutRe.MatchString(para) && bannerFromRe.MatchString(para) && bannerRiskRe.MatchString(para) {
		return end
	}
	return -1
}
