package inbox

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// Two more things a company's signature block holds: its opening hours,
// and a notice on how it handles personal data, which the GDPR has many
// European offices put under every mail.

// privacyLaw names the data-protection law in the languages of the
// offices that cite it: GDPR and its local names.
var privacyLaw = regexp.MustCompile(`\b(gdpr|rodo|dsgvo|rgpd|avg|2016/679)\b|general data protection regulation|datenschutz-grundverordnung`)

var (
	// privacyData are the words for personal data.
	privacyData = []string{"personal data", "dane osobowe", "danych osobowych", "personenbezogene", "données personnelles",
		"données à caractère personnel", "dati personali", "persoonsgegevens", "datos personales", "dados pessoais",
		"osobní údaje", "osobních údajů"}
	// privacyController are the words for whoever answers for the data.
	privacyController = []string{"administrator", "controller", "verantwortlich", "responsable du traitement", "titolare",
		"verwerkingsverantwoordelijke", "responsable del tratamiento"}
)

// minPrivacyNotice is the shortest paragraph taken for a data-protection
// notice: an owner's sentence about the law is shorter.
const minPrivacyNotice = 200

// isPrivacyNotice reports a paragraph, lowercased, that tells how the
// sender handles personal data: it cites the law, names personal data and
// whoever controls it, at the length of a legal clause.
func isPrivacyNotice(p string) bool {
	if len(p) < minPrivacyNotice || !privacyLaw.MatchString(p) {
		return false
	}
	return containsAny(p, privacyData) && containsAny(p, privacyController)
}

// officeHours is a span of clock times, "8.00 - 16.00", "9:00–17:30".
var officeHours = regexp.MustCompile(`\b\d{1,2}[.:]\d{2}\s*[-–—]\s*\d{1,2}[.:]\d{2}\b`)

// isOfficeHours reports a short line that gives opening hours:
// "poniedziałek-piątek 8.00 - 16.00", "Mon–Fri 9:00–17:00".
func isOfficeHours(t string) bool {
	t = strings.Trim(t, "*_ \t")
	return utf8.RuneCountInString(t) <= 60 && len(strings.Fields(t)) <= 8 && officeHours.MatchString(t)
}

// labelsHours reports text line j as a short label over the opening
// hours ("Godziny pracy:", "Office hours:"): part of a signature
// block though it gives no way to reach anyone.
func (r *reply) labelsHours(text []int, j int) bool {
	t := r.plain[text[j]]
	return strings.HasSuffix(t, ":") && len(strings.Fields(t)) <= 4 &&
		j+1 < len(text) && text[j+1] == text[j]+1 && isOfficeHours(r.plain[text[j+1]])
}
