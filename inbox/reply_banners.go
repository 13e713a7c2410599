package inbox

import (
	"regexp"
	"slices"
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
// (bannerLeadRe), says that it came from outside the organisation or from
// an external sender (bannerFromRe), and what not to click or open
// (bannerRiskRe, bannerActRe). "Important: when you run outside, open
// the links below" is the owner's.
var (
	bannerLeadRe = regexp.MustCompile(`(?i)^\W*(caution|warning|attention|external|notice|important|achtung|warnung|vorsicht|hinweis|extern|attenzione|atenci[oó]n|aviso|let op|waarschuwing|(this|diese|ce|este|deze) (e-?mail|message|mail|nachricht|courriel|correo|mensaje|bericht))\b`)
	bannerFromRe = regexp.MustCompile(`(?i)\b(outside (of )?(the |your |our |this )?(organi[sz]ation|company|network|domain)|external (sender|source|e-?mail|mail|message)|from an external|au(ß|ss)erhalb (der|unserer|ihrer|Ihrer) organisation|externen? absender|externe[nr]? (e-?mail|quelle|nachricht)|(à l'|de l')?extérieur (de|à) (l'|votre |notre )organisation|exp[ée]diteur externe|fuera de (la|su|nuestra) organizaci[oó]n|remitente externo|buiten (de|uw|onze) organisatie|externe afzender)\b`)
	bannerRiskRe = regexp.MustCompile(`(?i)\b(links?|attachments?|liens?|pièces jointes|anhänge?n?|enlaces|adjuntos|bijlagen)\b`)
	bannerActRe  = regexp.MustCompile(`(?i)(^|[^\p{L}])(click|open|klicken|öffnen|cliquer|ouvrir|ouvrez|clic|abr[ai]r?|openen|klikken)\b`)
)

// senderTipLink is the link Microsoft 365 writes under its note on a sender
// seldom heard from, in every language.
const senderTipLink = "aka.ms/learnaboutsenderidentification"

// bannerEnd returns the end of a gateway's banner that starts at line i of
// plain: a paragraph of at most five lines of text with more of the
// owner's text below it, or -1. A paragraph that is all there is stays.
func bannerEnd(plain []string, kinds []lineKind, i int) int {
	end := i
	for end < len(plain) && kinds[end] == kindText && plain[end] != "" && end-i < 6 {
		end++
	}
	if end-i > 5 || !slices.Contains(kinds[end:], kindText) {
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
