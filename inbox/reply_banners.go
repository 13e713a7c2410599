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

// A warning starts with a warning word or names the mail it stands over
// (bannerLeadRe), and says that it came from outside (bannerFromRe) and
// what not to click or open (bannerRiskRe, bannerActRe).
var (
	bannerLeadRe = regexp.MustCompile(`(?i)^\W*(caution|warning|attention|external|notice|important|achtung|warnung|vorsicht|hinweis|extern|attenzione|atenci[oó]n|aviso|let op|waarschuwing|(this|diese|ce|este|deze) (e-?mail|message|mail|nachricht|courriel|correo|mensaje|bericht))\b`)
	bannerFromRe = regexp.MustCompile(`(?i)(external|outside|externe[mnr]?|außerhalb|ausserhalb|extérieur|exterieur|externo|fuera de|buiten)`)
	bannerRiskRe = regexp.MustCompile(`(?i)(links?|attachments?|liens?|pièces jointes|anhänge?n?|enlaces|adjuntos|bijlagen)\b`)
	bannerActRe  = regexp.MustCompile(`(?i)(click|open|klicken|öffnen|cliquer|ouvr|clic|abr[ai]|openen|klikken)`)
)

// senderTipLink is the link Microsoft 365 writes under its note on a sender
// seldom heard from, in every language.
const senderTipLink = "aka.ms/learnaboutsenderidentification"

// bannerEnd returns the end of a gateway's banner that starts at line i of
// plain: a paragraph of at most five lines of text, or -1.
func bannerEnd(plain []string, kinds []lineKind, i int) int {
	end := i
	for end < len(plain) && kinds[end] == kindText && plain[end] != "" && end-i < 6 {
		end++
	}
	if end-i > 5 {
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
	if bannerLeadRe.MatchString(para) && bannerFromRe.MatchString(para) && bannerRiskRe.MatchString(para) && bannerActRe.MatchString(para) {
		return end
	}
	return -1
}
