package inbox

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Business signatures in much of Europe give the postal address on two
// lines, street and number over postcode and town, and the company's
// officers as "Geschäftsführer: Name". Neither line has the comma or the
// digits the one-line forms of contactOf look for.

var (
	// streetLine is a street and house number, in either order, with a
	// word that says it is a street.
	streetLine = regexp.MustCompile(`(?i)^(\p{L}[\p{L}.' -]*(straße|strasse|str\.|weg|gasse|platz|allee|damm|laan|straat|` +
		`gracht|kade|plein|singel|street|st\.|road|rd\.|avenue|ave\.|lane|drive|boulevard|blvd\.|vej|gade|gatan|vägen|` +
		`veien|katu|utca|ulica)\s+\d{1,4}\s?[a-z]?|\d{1,4}[a-z]?,?\s+(\p{L}[\p{L}.' -]*\s(street|road|avenue|lane|drive|` +
		`way|place|square|st\.?|rd\.?|ave\.?)|(rue|avenue|boulevard|chemin|place|allée|quai|cours|impasse|route|via|viale|` +
		`piazza|calle|avenida|rua)\s+\p{L}[\p{L}.' -]*))(,\s*(suite|ste\.?|unit|apt\.?|floor|fl\.?|#)\s*\w+)?$|` +
		// The kind of street first, then its name and number, as Spain,
		// Italy, Portugal and Poland write it: "Calle de Alcalá, 123, 2º
		// B", "Via Roma 15", "ul. Marszałkowska 10/12".
		`(?i)^(calle|c/|avda\.|avenida|av\.|paseo|plaza|carrer|via|viale|corso|piazza|piazzale|largo|rua|travessa|ul\.|al\.|` +
		`os\.|pl\.)\s*\p{L}[\p{L}.' -]*,?\s+\d{1,4}[a-z]?(/\d{1,4})?(,\s*\S{1,4}(\s\S{1,3})?)?$|` +
		// A post office box.
		`(?i)^(postbus|p\.?\s?o\.? box|postfach|bp|boîte postale|apartado( de correos)?|casella postale|caixa postal)\s+\d[\d ]*$`)
	// postcodeTown is a postcode and a town: "10115 Berlin", "1012 AB
	// Amsterdam", "CH-8001 Zürich", "00-590 Warszawa", "4000-447 Porto".
	postcodeTown = regexp.MustCompile(`^([A-Z]{1,2}-)?(\d{4,5}|\d{2}-\d{3}|\d{4}-\d{3})(\s?[A-Z]{2})?\s+\p{Lu}[\p{L}.-]*(\s[\p{L}.()-]+){0,3}$`)
	// townPostcode is a town and a British postcode after it: "London
	// NW1 6XE".
	townPostcode = regexp.MustCompile(`^\p{Lu}[\p{L}.' -]*\s[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}$`)
	// officerLine is a company's officer or register office by name:
	// "Geschäftsführerin: Maren Holt", "Registered office: Leeds".
	officerLine = regexp.MustCompile(`^\p{L}[\p{L} -]{1,40}:\s*(.+)$`)
)

// isStreetLine reports a line of a postal address that names the street.
func isStreetLine(t string) bool {
	t = asciiDigits(t)
	if !strings.ContainsAny(t, "0123456789") {
		return false
	}
	if utf8.RuneCountInString(t) <= 60 && (cyrillicStreet.MatchString(t) || eastAsianAddress.MatchString(t)) {
		return true
	}
	// The cheap tests first: most lines tried are sentences.
	if len(t) > 60 || len(strings.Fields(t)) > 6 {
		return false
	}
	t = strings.Trim(t, "*_ \t")
	// A unit before the street, as British addresses write it: "Unit 4,
	// Mill Lane".
	if m := unitFirst.FindStringIndex(t); m != nil {
		return streetLine.MatchString(t[m[1]:]) || streetName.MatchString(t[m[1]:])
	}
	return streetLine.MatchString(t)
}

var (
	// cyrillicStreet is an address with the abbreviation of a street and
	// a number: "ул. Тверская, д. 1", "г. Москва, пр-т Мира 12".
	cyrillicStreet = regexp.MustCompile(`(?i)(^|[\s,])(ул\.|улица|пр-т|просп\.|проспект|пер\.|переулок|наб\.|ш\.|шоссе|бул\.|` +
		`бульвар|вул\.|вулиця)\s*\pL[\pL.' -]*,?\s*(д\.|дом|буд\.)?\s*\d`)
	// eastAsianAddress is a Chinese, Japanese or Korean address: a
	// Japanese postcode mark, or a district, road or block word and then
	// a number, "北京市朝阳区建国路88号", "東京都千代田区千代田1-1",
	// "서울특별시 강남구 테헤란로 123".
	eastAsianAddress = regexp.MustCompile(`^〒\s*\d{3}-?\d{4}|[\p{Han}\p{Hangul}\p{Katakana}\p{Hiragana}](市|区|區|县|縣|町|村|路|街|道|大街|丁目|로|길|동|구)\s*\d`)

	// unitFirst is a unit, suite or flat before the street.
	unitFirst = regexp.MustCompile(`(?i)^(unit|suite|flat|apartment|apt\.?|floor)\s+\w{1,4},\s+`)
	// streetName is a street named without its number: "Mill Lane".
	streetName = regexp.MustCompile(`(?i)^\p{L}[\p{L}.' -]*\s(street|road|lane|avenue|drive|way|place|square|close|court|crescent|st\.?|rd\.?)$`)
)

// isStreetTownLine reports a street and the postcode and town after a
// comma: "ul. Floriańska 3, 31-019 Kraków".
func isStreetTownLine(t string) bool {
	i := strings.LastIndex(t, ", ")
	return i > 0 && len(t) <= 80 && isStreetLine(t[:i]) && postcodeTown.MatchString(strings.Trim(t[i+2:], "*_ \t"))
}

// isCaselessPlace reports a town and its country or region in a script
// without capitals, parts of a name or two between commas of any script:
// "الرياض، المملكة العربية السعودية". isNameLine reads "Riyadh, Saudi
// Arabia" by its capitals.
func isCaselessPlace(t string) bool {
	t = strings.Trim(t, "*_ \t")
	isComma := func(r rune) bool { return strings.ContainsRune(",،，、", r) }
	parts := strings.FieldsFunc(t, isComma)
	if len(parts) < 2 || len(parts) > 4 || isComma(lastRune(t)) {
		return false
	}
	for _, p := range parts {
		if !caselessName(strings.TrimSpace(p)) {
			return false
		}
	}
	return true
}

// isTownLine reports a postcode and town, or a town and a British
// postcode, under a street line.
func isTownLine(t, above string) bool {
	t = strings.Trim(t, "*_ \t")
	digits := strings.TrimLeft(t, "ABCDEFGHIJKLMNOPQRSTUVWXYZ-") // past a country prefix
	return len(t) <= 60 && (digits != "" && isDigit(digits[0]) && postcodeTown.MatchString(t) || townPostcode.MatchString(t)) &&
		isStreetLine(above)
}

// isOfficerLine reports "Label: Name", as a company's legal details name
// its directors and seat.
func isOfficerLine(t string) bool {
	if !strings.Contains(t, ":") {
		return false
	}
	m := officerLine.FindStringSubmatch(strings.Trim(t, "*_ \t"))
	return m != nil && isNameLine(m[1])
}

// isTitleUnder reports line t, written right under line name, as a job
// title in sentence case, as Dutch, Polish or French signatures give it
// under the full name: "Merijn de Vries" over "Medewerker online
// marketing", "Jan Nowak" over "Kierownik ds. sprzedaży", or with the
// organisation beside it, "Responsable des inscriptions | Club de course
// de Lyon". isNameLine, which looks for capitals, does not take it. It is
// a short line that starts with a capital and reads as no sentence, under
// a name of two words or more: a first name alone signs the answer, and
// what follows it may be the owner's. In a script without capitals the
// title is a few words of its letters alone: "ランニングコーチ", "跑步教练".
// Polish, Czech, Russian and the Nordic languages often write the title
// in lower case: "kierownik działu", "консультант", "rådgiver".
func isTitleUnder(t, name string) bool {
	if !isNameLine(name) || len(strings.Fields(strings.Trim(name, "*_ \t"))) < 2 {
		return false
	}
	if isSentenceTitle(t) || isLowerTitle(t) || caselessName(strings.Trim(t, "*_ \t")) {
		return true
	}
	for _, sep := range []string{" | ", ", ", " – "} {
		if a, b, ok := strings.Cut(t, sep); ok && !strings.Contains(b, sep) {
			return (isSentenceTitle(a) || isNameLine(a)) && (isSentenceTitle(b) || isNameLine(b))
		}
	}
	return false
}

// isSentenceTitle reports a short line in sentence case that reads as no
// sentence, as a job title or a club's name is written in many languages.
func isSentenceTitle(t string) bool {
	t = strings.Trim(t, "*_ \t")
	words := strings.Fields(t)
	if len(words) == 0 || len(words) > 6 || utf8.RuneCountInString(t) > 50 || strings.ContainsAny(t, "0123456789@:;?!") {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(t); !unicode.IsUpper(r) || strings.ContainsRune(".,", lastRune(t)) && !endsInTitle(t) {
		return false
	}
	for _, w := range words {
		if notInTitles[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// isLowerTitle reports a job title in lower case: at most four words of
// letters, with no stop or comma at its end, none of them a word no title
// holds (notInTitles, notInLowerTitles).
func isLowerTitle(t string) bool {
	t = strings.Trim(t, "*_ \t")
	words := strings.Fields(t)
	if len(words) == 0 || len(words) > 4 || utf8.RuneCountInString(t) > 40 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(t); !unicode.IsLower(r) {
		return false
	}
	notInWord := func(c rune) bool { return !unicode.IsLetter(c) && !strings.ContainsRune(".-/&", c) }
	for _, w := range words {
		low := strings.ToLower(w)
		if notInTitles[low] || notInLowerTitles[low] || strings.ContainsFunc(w, notInWord) {
			return false
		}
	}
	return !endsInStop(t) && lastRune(t) != ',' || endsInTitle(t)
}

// notInLowerTitles are the English words that carry a sentence on under
// a name, "Anna Nowak\nshe knows the trails": English writes its titles
// in capitals, so a line of it in lower case is no title.
var notInLowerTitles = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("she he they is are was were has have had will can could would should the a an this that there who") {
		m[w] = true
	}
	return m
}()

// notInTitles are words a job title never holds but the owner's short
// advice or postscript under their name does: a day, or a person spoken
// to or of, "Rest day tomorrow", "Call me on Friday".
var notInTitles = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("today tomorrow tonight yesterday monday tuesday wednesday thursday friday saturday sunday " +
		"i me my you your we us it vandaag morgen gisteren heute gestern demain aujourd'hui hier jutro dzisiaj dziś wczoraj") {
		m[w] = true
	}
	return m
}()

// isAddressPart reports one part of an address written on a line with
// others, between bars or dashes: "Hafenstraße 12", "20457 Hamburg".
func isAddressPart(t string) bool {
	t = strings.Trim(t, "*_ \t")
	return isStreetLine(t) || len(t) <= 60 && postcodeTown.MatchString(t)
}
