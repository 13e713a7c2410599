package inbox

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A signature block without a "-- " line above it is what most Outlook and
// webmail users send: a name, a title, phone numbers, an address, a web
// site, company numbers, and often a confidentiality notice. Published, it
// puts the owner's phone number and address on the site. It is told from an
// answer that ends in a few links or a phone number by three things
// together: it starts at a line that reads as a name, every line from there
// on is a name or title, a way to reach someone, or the notice, and it
// holds at least two such ways of two kinds (a phone and a web site, say)
// or the notice.

// maxBlockLines is the longest signature block, notice included, that is
// dropped.
const maxBlockLines = 24

// contactKind is what a line of a signature block gives.
type contactKind int

const (
	notContact contactKind = iota
	contactPhone
	contactMail
	contactWeb
	contactCompany
	contactAddress
	contactHandle
)

// phoneLabelWords are the Latin-script words that label a phone number.
const phoneLabelWords = `tel|tél|phone|telephone|telefon|telefoon|telefone|telefono|teléfono|tfno|fax|mob|mobile|` +
	`mobil|mobiel|móvil|movil|cell|cellulare|cep|handy|portable|gsm|direct|office`

var (
	// The short labels that are words of their own elsewhere ("Kom 5
	// minuten eerder") are labels only with their stop or colon.
	phoneLabel = regexp.MustCompile(`(?i)^((` + phoneLabelWords + `|bel mij|call me|[tfmpd])\b\.?|` +
		`(tlf|tlm|cel|kom|port|fon)\s?[.:])\s*[:.]?\s*[+(]?\d`)
	// phoneWords are the labels of scripts other than Latin, which end
	// no word in the regexp's sense: "Тел.:", "هاتف:", "电话：", "फ़ोन:".
	phoneWords = regexp.MustCompile(`(?i)^(` + strings.Join([]string{
		"тел", "телефон", "моб", "мобильный", "мобільний", "сот", "сотовый", "факс", // Cyrillic
		"τηλ", "τηλέφωνο", "κιν", "κινητό", "φαξ", // Greek
		"هاتف", "الهاتف", "جوال", "الجوال", "موبايل", "محمول", "نقال", "تلفون", "فاكس", "الفاكس", // Arabic
		"تلفن", "همراه", "تلفن همراه", "موبایل", "فکس", "فون", "موبائل", "فیکس", // Persian, Urdu
		"טל", "טלפון", "נייד", "פקס", // Hebrew
		"फोन", "फ़ोन", "\u095eोन", "मोबाइल", "मो", "दूरभाष", "फैक्स", // Devanagari; फ़ as a letter and a mark, and as one character
		"ফোন", "মোবাইল", "ফ্যাক্স", // Bengali
		"தொலைபேசி", "கைபேசி", "ఫోన్", "మొబైల్", "ಫೋನ್", "ಮೊಬೈಲ್", "ഫോൺ", "മൊബൈൽ", "ਫੋਨ", "ਫ਼ੋਨ", "ફોન", "મોબાઇલ", // Tamil, Telugu, Kannada, Malayalam, Punjabi, Gujarati
		"โทร", "โทรศัพท์", "มือถือ", "แฟกซ์", // Thai
		"电话", "電話", "手机", "手機", "传真", "傳真", "座机", "携帯", "携帯電話", "直通", "ファックス", "ファクス", // Chinese, Japanese
		"전화", "휴대폰", "핸드폰", "휴대전화", "팩스", "직통", // Korean
		"điện thoại", "đt", "dđ", "đtdđ", "di động", "hotline", "puh", "puhelin", "tfn", "telemóvel", "celular", "telp", "ponsel", // Latin the list above lacks
	}, "|") + `)['׳]?\.?\s*[.:：]?\s*[+(（]?\d`)
	// phoneLabelPhrase is a phone label of a few words, its first a
	// label: "Fax to e-mail: 086 558 6973", "Phone (office): …". A colon
	// ends it, and the number must be as long as a phone number is:
	// "Office hours: 9-17" is none.
	phoneLabelPhrase = regexp.MustCompile(`(?i)^(` + phoneLabelWords + `)\b[^\d:]{1,24}:\s*[+(]?\d`)
	// extensionLine is a phone's extension on a line of its own under
	// the number: "Ext 12312", "Durchwahl: 212", "Poste 4410".
	extensionLine = regexp.MustCompile(`(?i)^(ext|extn|extension|durchwahl|poste|toestel|ramal|interno)\b\.?\s*[:.]?\s*\d{1,6}$`)
	// bareLabel is a number whose label was an image, as Outlook's plain
	// version leaves it: "      : 053 831 1710".
	bareLabel   = regexp.MustCompile(`^\s*[:：]\s*[+(]?\d`)
	phoneDigits = regexp.MustCompile(`\+?\(?\d[\d\s().\-/]{7,}\d`)
	mailAddr    = regexp.MustCompile(`[\w.+-]+@[\w-]+(\.[\w-]+)+`)
	webAddr     = regexp.MustCompile(`(?i)\b(https?://|www\.)\S+|\b[\w-]+\.(com|org|net|nl|de|fr|be|ch|at|uk|io|co|eu)\b|` +
		`^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,12}(/\S*)?$`) // the last: a domain alone, any top level
	// The short tax labels that are words elsewhere ("Nip in on
	// Thursday") are labels only with the number after them.
	companyID = regexp.MustCompile(`(?i)^((kvk|btw|vat|iban|bic|swift|ust-?idnr|siret|siren|abn|regon|krs|p\.? ?iva|partita iva|` +
		`nipc|cnpj|steuer-?nr|company (no|number|reg)|reg(istered)?\.? (no|number|office)|registered in|handelsregister|amtsgericht|coc)\b|` +
		`(nip|cif|nif|uid)(-nr\.?)?(\s*[:.]\s*|\s+)[a-z]{0,3}-?\d)`)
	postcode = regexp.MustCompile(`\b\d{4}\s?[A-Z]{2}\b|\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b|\b\d{5}\b.*[A-Za-z]|[A-Za-z].*\b\d{4,5}\b|\b\d{2}-\d{3}\s+\pL`)
)

// A confidentiality notice names the mail confidential and says whom it
// is for, or what to do when it came by mistake.
var (
	noticeSecret = []string{"confidential", "privileged", "vertrouwelijk", "vertraulich", "confidentiel", "riservat",
		"confidenci", "confidențial", "poufn", "důvěrn", "konfidentiel", "konfidensiell", "fortrolig", "luottamuksellinen", "luottamuksellis", "bizalmas",
		"gizli", "εμπιστευτικ", "конфиденциал", "конфіденційн", "機密", "保密", "기밀"}
	noticeRecipient = []string{"intended", "recipient", "addressee", "geadresseerde", "empfänger", "adressat",
		"destinataire", "destinatar", "destinatário", "adresat", "adresát", "mottagare", "modtager", "mottaker", "vastaanottaja",
		"címzett", "alıcı", "παραλήπτ", "адресат", "受信者", "收件人", "收件者", "수신인"}
	noticeMistake = []string{"in error", "by mistake", "irrtümlich", "per abuis", "par erreur", "por error", "por erro",
		"por engano", "per errore", "przez pomyłkę", "omylem", "erehdyksessä", "誤って", "誤送信", "错收", "误收", "誤收", "錯收", "잘못 수신", "잘못 전달"}
	// noticeWrongReader are the words a notice addresses whoever got the
	// mail in another's place with: "If you are not the intended
	// recipient", which many notices say without calling the mail
	// confidential or naming a mistake. They count with what the notice
	// tells that reader to do or not to do (noticeDuty), in a paragraph
	// that names the mail it stands under (noticeThisMail).
	noticeWrongReader = []string{"not the intended recipient", "not an intended recipient", "not the named recipient",
		"not the intended addressee", "not the addressee", "nicht der beabsichtigte empfänger", "nicht der vorgesehene empfänger",
		"nicht der richtige adressat", "pas le destinataire", "niet de beoogde ontvanger", "niet de geadresseerde",
		"no es el destinatario", "non è il destinatario", "não é o destinatário", "nejste adresátem", "nejste zamýšleným adresátem"}
	noticeDuty = []string{"prohibited", "delete", "destroy", "notify", "disclos", "copying", "distribut", "untersagt",
		"löschen", "vernichten", "benachrichtigen", "supprimer", "détruire", "interdit", "verwijder", "vernietig", "verboden",
		"elimin", "prohibid", "distrugg", "vietat", "proibid", "zakázán", "smažte", "vymažte", "informujte"}
	// noticeThisMail are the words a notice names the very mail it stands
	// under with, "this e-mail", "diese Nachricht", "the information
	// transmitted": an owner's advice to a reader who got someone else's
	// mail names that mail, "the email".
	noticeThisMail = []string{"this e-mail", "this email", "this mail", "this message", "this communication",
		"this transmission", "diese e-mail", "dieser e-mail", "diese email", "dieser email", "diese nachricht",
		"dieser nachricht", "diese mail", "dieser mail", "ce message", "ce courriel", "ce mail", "cet e-mail", "cet email",
		"ce e-mail", "dit bericht", "dit e-mailbericht", "deze e-mail", "deze email", "deze mail", "este mensaje",
		"este correo", "este e-mail", "este email", "esta mensagem", "questo messaggio", "questa e-mail", "questa email",
		"questa mail", "questa comunicazione", "esta comunicación", "esta comunicação", "tato zpráva", "této zprávy",
		"tento e-mail", "tohoto e-mailu", "received this",
		"information transmitted"}
	// noticeMeantFor are the words a notice says whom the mail is meant
	// for with: "intended", "destinati", "indirizzati", "Empfänger".
	noticeMeantFor = []string{"intended", "addressee", "recipient", "destinat", "indirizzat", "empfänger", "adressat", "bestemd", "adresát",
		"určen", "tarkoitettu", "beregnet"}
	// noticeMessage are the words a notice names the mail by, which a
	// note of the owner's about confidentiality need not use.
	noticeMessage = []string{"mail", "message", "transmission", "communication", "information", "attachment",
		"nachricht", "anhang", "bericht", "bijlage", "informatie", "courriel", "pièce", "mensaje", "mensagem",
		"messaggio", "allegat", "informazion", "wiadomoś", "zpráv", "meddelande", "e-post", "viesti", "üzenet",
		"ileti", "mesaj", "μήνυμα", "сообщени", "повідомлен", "информаци", "メール", "邮件", "郵件", "메일"}
)

// imprintTerm matches the words of a company's legal details, which the
// law in many countries has it put under its mail: where it is
// registered and under what number, its registered office, its
// directors, its tax number.
var imprintTerm = regexp.MustCompile(`(?i)\b(registered in (england|scotland|wales|ireland|northern ireland)|` +
	`registered office|registered (no|number)|company (no|number|registration)|registration (no|number)|vat (no|number|reg)|` +
	`amtsgericht|handelsregister|registergericht|hrb|hra|sitz der gesellschaft|sitz|geschäftsführer|geschäftsführerin|` +
	`geschäftsführung|vorstand|aufsichtsrat|ust-?idnr|ust-?id|steuernummer|rcs|siret|siren|capital social|siège social|` +
	`kvk|kamer van koophandel|partita iva|p\.\s?iva|codice fiscale|capitale sociale|sede legale|registro mercantil|` +
	`domicilio social)\b`)

// isImprint reports a paragraph, in lower case, that is a company's
// legal details: two different terms of them in a few lines ("Riverside
// Runners Ltd is registered in England and Wales, company number …",
// "Sitz: Berlin | Amtsgericht Charlottenburg HRB 12345").
func isImprint(p string) bool {
	if len(p) > 600 {
		return false
	}
	terms := imprintTerm.FindAllString(p, 8)
	for _, t := range terms {
		if t != terms[0] {
			return true
		}
	}
	return false
}

// isNotice reports a paragraph that is a confidentiality notice, a
// notice on how the sender handles personal data, or a company's legal
// details.
func isNotice(para string) bool {
	p := strings.ToLower(para)
	has := func(words []string) bool { return containsAny(p, words) }
	if strings.HasPrefix(p, "p.s") || strings.HasPrefix(p, "ps ") {
		return false
	}
	if isPrivacyNotice(p) || isImprint(p) {
		return true
	}
	if !has(noticeMessage) {
		return false
	}
	// "may contain privileged information. If you have received it in
	// error": a mail named secret needs no recipient named to be a notice.
	return has(noticeSecret) && (has(noticeRecipient) || has(noticeMistake)) ||
		strings.Contains(p, "received this") && has(noticeMistake) ||
		has(noticeWrongReader) && has(noticeDuty) && has(noticeThisMail) ||
		// Italy's common notice calls the mail neither secret nor the
		// reader wrong: it is meant for the persons named, and whoever got
		// it by mistake must tell the sender and destroy it. Only at the
		// length of a legal clause, and only saying whom the mail is meant
		// for, do this mail, the mistake and the duty make one: the owner
		// who sent this mail to the group by mistake and asks to delete
		// the older copy says no such thing.
		len(p) >= minPrivacyNotice && has(noticeMeantFor) && has(noticeThisMail) && has(noticeMistake) && has(noticeDuty)
}

// isLabelledPhone reports a phone number after its label, in any script
// and any script's digits: "Tel.: +31 20 123 4567", "تلفن: ۰۲۱-۱۲۳۴۵۶۷۸",
// or an extension under it.
// Some of the other scripts' labels are words as well ("همراه", "with"),
// so after them the number must be as long as a phone number is.
func isLabelledPhone(t string) bool {
	t = asciiDigits(t)
	return phoneLabel.MatchString(t) || extensionLine.MatchString(strings.TrimSpace(t)) ||
		(phoneWords.MatchString(t) || phoneLabelPhrase.MatchString(t) || bareLabel.MatchString(t)) && phoneDigits.MatchString(t)
}

// contactOf says how line (plain, without markup) lets someone be reached,
// its digits read in any script.
func contactOf(t string) contactKind {
	t = asciiDigits(strings.Trim(t, "*_ \t"))
	if isChatHandle(t) {
		return contactHandle
	}
	if len(t) > 200 || !strings.ContainsAny(t, "0123456789@.") {
		return notContact
	}
	switch {
	case utf8.RuneCountInString(t) > 100:
		return notContact
	case companyID.MatchString(t):
		return contactCompany
	case isLabelledPhone(t) || phoneDigits.MatchString(t) && !strings.Contains(t, "@"):
		return contactPhone
	case mailAddr.MatchString(t):
		return contactMail
	case webAddr.MatchString(t):
		return contactWeb
	case strings.Count(t, ",") >= 1 && postcode.MatchString(t) && (len(strings.Fields(t)) <= 10 || isListedAddress(t)):
		return contactAddress
	}
	return notContact
}

// isListedAddress reports a whole postal address on one line, its parts
// between commas: "Acme Ltd, Building 4, 12 Main Street, Springfield,
// IL 62701, USA". Each part is a few words and opens with a capital or a
// digit, as a sentence's clauses after their commas do not; and the line
// ends in no stop.
func isListedAddress(t string) bool {
	t = strings.TrimSpace(t)
	parts := strings.Split(t, ",")
	if len(parts) < 3 || len(strings.Fields(t)) > 20 || strings.ContainsAny(t[len(t)-1:], ".!?") {
		return false
	}
	for _, p := range parts {
		words := strings.Fields(p)
		if len(words) == 0 || len(words) > 5 {
			return false
		}
		if r, _ := utf8.DecodeRuneInString(words[0]); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// contactSeparators split one line of a signature into the ways it
// gives: "maren@runhelp.example | +31 20 123 4567".
var contactSeparators = []string{" | ", " · ", " • ", " ● ", " ▪ ", " – "}

// contactsOf returns the ways a line gives to reach someone: one for each
// of its parts when every part is a way or a name, or else its contactOf.
func contactsOf(t string) []contactKind {
	var kinds []contactKind
	if strings.ContainsAny(t, "|·•●▪–") {
		kinds = partContacts(t)
	}
	if c := contactOf(t); len(kinds) == 0 && c != notContact {
		return []contactKind{c}
	}
	return kinds
}

// partContacts returns the way each part of a line gives, or nil when a
// part is neither a way nor a name.
func partContacts(t string) []contactKind {
	parts := []string{t}
	for _, sep := range contactSeparators {
		var split []string
		for _, p := range parts {
			split = append(split, strings.Split(p, sep)...)
		}
		parts = split
	}
	var kinds []contactKind
	for _, p := range parts {
		if c := contactOf(p); c != notContact {
			kinds = append(kinds, c)
		} else if isAddressPart(p) {
			kinds = append(kinds, contactAddress)
		} else if strings.TrimSpace(p) != "" && !isNameLine(p) && !isSentenceTitle(p) {
			return nil
		}
	}
	return kinds
}

// leadsWithName reports a line that is a name with ways to reach beside
// it, as a signature laid out in a table writes its first row: "Maren
// Holt | Tel: +1 555 0100".
func leadsWithName(t string) bool {
	cut := -1
	for _, sep := range contactSeparators {
		if i := strings.Index(t, sep); i >= 0 && (cut < 0 || i < cut) {
			cut = i
		}
	}
	return cut > 0 && isNameLine(t[:cut]) && slices.ContainsFunc(partContacts(t), func(c contactKind) bool { return c != notContact })
}

// isNameLine reports a line that reads as a name or a job title: a few
// words, the first capitalised, most of them too, no digits and no
// sentence's end. Parts after "|" or "," (a title beside the name) count.
func isNameLine(t string) bool {
	t = withoutAcademicTitle(strings.Trim(t, "*_ \t"))
	if t == "" || utf8.RuneCountInString(t) > 60 || strings.ContainsAny(t, "0123456789@:;?!") {
		return false
	}
	if last, _ := utf8.DecodeLastRuneInString(t); strings.ContainsRune(".,", last) && !endsInTitle(t) {
		return false
	}
	words := strings.FieldsFunc(t, func(r rune) bool { return unicode.IsSpace(r) || r == '|' || r == ',' || r == '*' || r == '_' })
	if len(words) == 0 || len(words) > 7 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(words[0])
	if !unicode.IsUpper(first) {
		return false
	}
	upper := 0
	for _, w := range words {
		// A company's name in quotes counts by its first letter: ООО
		// «Зелёный сад», Firma „Ogród”.
		if r, _ := utf8.DecodeRuneInString(strings.TrimLeft(w, "«»\"„“'")); unicode.IsUpper(r) || r == '&' || r == '-' {
			upper++
		}
	}
	return 2*upper >= len(words)
}

// markContactBlock drops an undelimited signature block at the end of the
// owner's text, as the comment at the top of this file describes. It reads
// back from the last line and stops at the first line of the answer, so
// its cost does not grow with the text.
func (r *reply) markContactBlock() {
	kinds, plain := r.kinds, r.plain
	var text []int // the owner's lines, in order
	for i, k := range kinds {
		if k == kindText {
			text = append(text, i)
		}
	}
	cut := -1
	b := tally{kinds: map[contactKind]bool{}}
	for j := len(text) - 1; j > 0 && len(text)-j <= maxBlockLines; j-- {
		if j+1 < len(text) && slices.Contains(kinds[text[j]:text[j+1]], kindQuote) {
			// A block does not run across a quote. A notice alone under
			// it is what a server adds under the whole mail.
			if b.notice && cut < 0 && b.ways == 0 {
				cut = j + 1
			}
			break
		}
		if r.labelsHours(text, j) {
			continue
		}
		t := plain[text[j]]
		addressed, lead := isAddressedName(t), leadsWithName(t)
		if addressed || lead {
			b.count(t, plain[text[j-1]]) // the address is a way to reach too
		}
		lead = lead || isNameWithTitle(t)
		name := (isNameLine(t) || caselessName(t) || addressed || lead) && !isSignOffLine(t)
		if !name && !isLogo(t) && !b.count(t, plain[text[j-1]]) {
			if r.titleAt(text, j) {
				continue
			}
			if first := r.noticeStart(text, j); first >= 0 {
				b.notice = true
				j = first // the whole paragraph
				continue
			}
			break // a line of the answer: the block cannot start above it
		}
		if name && (isNameLine(t) || shortCaselessName(t) || caselessCompany(t) || addressed || lead) && b.enough() {
			if cut > 0 && r.signsAbove(text, j, cut) {
				break // "Eva" over "Mag. Eva Musterfrau": the name signs the answer
			}
			cut = j
		}
	}
	if r.answerNamesBlock(text, cut) {
		cut = -1 // the contact the answer gives
	}
	if rule := r.ruleSignature(text); rule > 0 && (cut <= 0 || rule < cut) {
		cut = rule
	}
	if c := r.closingSignature(text); c > 0 && (cut <= 0 || c < cut) {
		cut = c
	}
	if cut <= 0 {
		return
	}
	for cut > 1 && isLogo(plain[text[cut-1]]) {
		cut-- // a logo over the name is the block's
	}
	if introducesDetails(plain[text[cut-1]]) || leadsInto(plain[text[cut-1]]) || r.greetsAt(text, cut-1) {
		// "See a physio near you:", a clause that goes on into the
		// block, or "Hi Ben," and nothing else above: the details are
		// the answer's.
		return
	}
	if isSignOffLine(plain[text[cut-1]]) {
		// "Best regards,\nKaren": the name signs the answer.
		cut++
	}
	for _, i := range text[cut:] {
		kinds[i] = kindDropped
	}
}

// addressedName is a name with its address beside it, the first line of a
// signature Apple Mail and others write: "Jimmy Doe <jimmy@example.com>",
// "Jimmy Doe / example.com <jimmy@example.com>".
var addressedName = regexp.MustCompile(`^([^<>@]+?)\s*<[^<>@\s]+@[^<>\s]+>$`)

// isAddressedName reports an addressedName line whose name, before any
// " / " or " | " and what follows it, is a name: "Write to Jane Doe
// <jane@example.com>" in an answer is not one.
func isAddressedName(t string) bool {
	m := addressedName.FindStringSubmatch(strings.Trim(t, "*_ \t"))
	if m == nil {
		return false
	}
	name, _, _ := strings.Cut(m[1], " / ")
	name, _, _ = strings.Cut(name, " | ")
	return isNameLike(strings.TrimSpace(name)) && len(strings.Fields(name)) <= 4
}

// signsAbove reports that text line j, a short name in a paragraph of its
// own, is the name the owner typed under the answer rather than the first
// line of the signature block starting at text line cut: the block's own
// name line repeats it ("Eva" over "Mag. Eva Musterfrau", "Shay" over
// "shay markarian").
func (r *reply) signsAbove(text []int, j, cut int) bool {
	if text[j+1] == text[j]+1 || len(strings.Fields(r.plain[text[j]])) > 2 {
		return false
	}
	first := strings.ToLower(strings.Fields(r.plain[text[j]])[0])
	return slices.Contains(letterWords(r.plain[text[cut]]), first)
}

// tally is what the lines of a would-be signature block give.
type tally struct {
	kinds    map[contactKind]bool
	ways     int
	labelled int // phone lines with a label: "Tel.", "Mobile"
	notice   bool
}

// count adds line t, written under line above, and reports false for a
// line that gives no way to reach anyone and is no part of an address or
// of a company's details: a line of the answer, or a notice.
func (b *tally) count(t, above string) bool {
	cs := contactsOf(t)
	if len(cs) == 0 && (isStreetLine(t) || isStreetTownLine(t)) {
		cs = []contactKind{contactAddress}
	}
	if len(cs) == 0 {
		// A town is counted with its street; an officer, a town and
		// country in a script without capitals, or the opening hours
		// are no way.
		return isOfficerLine(t) || isTownLine(t, above) || isCaselessPlace(t) || isSignaturePart(t) || isOfficeHours(t)
	}
	for _, c := range cs {
		b.kinds[c] = true
	}
	b.ways += len(cs)
	if isLabelledPhone(strings.Trim(t, "*_ \t")) {
		b.labelled++
	}
	return true
}

// enough reports a block that holds what tells a signature from an answer
// that ends in a few links: two ways of two kinds, two labelled phone
// numbers, or a confidentiality notice.
func (b *tally) enough() bool {
	return b.notice || b.ways >= 2 && (len(b.kinds) >= 2 || b.labelled >= 2)
}

// isClosing reports a sign-off line that can be nothing else: a known
// closing, or a short line ending in a comma. "Try this clinic!" is not.
func isClosing(t string) bool {
	t = strings.TrimSpace(t)
	return isSignOffLine(t) && (strings.HasSuffix(t, ",") || knownClosing(t))
}

// introducesDetails reports a line that ends in a colon to introduce
// what follows it. One that ends in an emoji shortcode (":+1:", "Done
// :tada:"), as chat-minded people type, introduces nothing, and neither
// does a closing Hungarian ends in a colon ("Üdvözlettel:").
func introducesDetails(t string) bool {
	t = strings.TrimSpace(t)
	if !strings.HasSuffix(t, ":") || knownClosing(t) {
		return false
	}
	fields := strings.Fields(t)
	return !emojiShortcode.MatchString(fields[len(fields)-1])
}

// leadsInto reports a line whose sentence goes on into the line under it:
// it ends in a comma of any script and is no closing. "إذا استمر الألم،"
// ("if the pain goes on,") over a physio's name and number sends the
// reader to them.
func leadsInto(t string) bool {
	t = strings.TrimSpace(t)
	return strings.HasSuffix(asciiEnd(t), ",") && !isSignOffLine(t)
}

// emojiShortcode is an emoji written as its name between colons.
var emojiShortcode = regexp.MustCompile(`^:[a-z0-9_+-]+:$`)

// underlines reports a rule of dashes or equals signs about as wide as the
// line above it: a heading, underlined as plain text does.
func underlines(above, rule string) bool {
	return (rule[0] == '-' || rule[0] == '=') && sameWidth(above, rule)
}

// sameWidth reports a rule within three characters of the width of the
// line above it, as one drawn under a heading is.
func sameWidth(above, rule string) bool {
	d := utf8.RuneCountInString(strings.TrimSpace(above)) - utf8.RuneCountInString(rule)
	return d >= -3 && d <= 3
}

// ruleSignature returns the index in text of a rule ("_____", "———")
// that the owner's last few lines stand under, a name first and then short
// lines with no sentence in them, such as a title or ways to reach the
// owner: the rule is the signature's delimiter. It returns -1 when there
// is none.
func (r *reply) ruleSignature(text []int) int {
	rule := -1
	for j := len(text) - 2; j > 0 && len(text)-j <= 5 && rule < 0; j-- {
		if isRule(r.plain[text[j]]) {
			rule = j
		}
	}
	if rule < 0 || !isNameLike(r.plain[text[rule+1]]) {
		return -1 // as in nearly every reply: the cheap test first
	}
	if above := text[rule-1]; above == text[rule]-1 && underlines(r.plain[above], r.plain[text[rule]]) {
		return -1 // "Shopping list" over "-------------": a heading
	}
	for _, i := range text[rule+1:] {
		t := r.plain[i]
		if utf8.RuneCountInString(t) > 40 || len(strings.Fields(t)) > 5 || strings.ContainsAny(t, ":：") ||
			endsInStop(t) && !endsInTitle(t) {
			if contactOf(t) == notContact && !isLogo(t) {
				return -1
			}
		}
	}
	return rule
}

// isLogo reports the line a client writes for an image: "[image: logo]".
func isLogo(t string) bool {
	return strings.HasPrefix(t, "[image:") && strings.HasSuffix(t, "]")
}

// noticeStart reports whether text[j] is the last line of a paragraph that
// is a confidentiality notice, and if so returns the index in text of the
// paragraph's first line; otherwise -1.
func (r *reply) noticeStart(text []int, j int) int {
	if j+1 < len(text) && text[j+1] == text[j]+1 {
		return -1 // not the last line of its paragraph
	}
	first, size := j, len(r.plain[text[j]])
	for first > 0 && text[first-1] == text[first]-1 && size <= 2000 {
		first--
		size += len(r.plain[text[first]]) + 1
	}
	if size > 2000 {
		return -1
	}
	parts := make([]string, 0, j-first+1)
	for _, i := range text[first : j+1] {
		parts = append(parts, r.plain[i])
	}
	if !isNotice(strings.Join(parts, " ")) {
		return -1
	}
	return first
}
