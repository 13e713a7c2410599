package inbox

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Signature blocks set in a client hold more than a name and ways to
// reach: the owner's social accounts, office hours, a motto in quotes,
// and a line asking not to print the mail. None of them is a way to reach
// of the kinds contactOf reads, and none reads as a name, so each would
// stop markContactBlock reading back from the end and leave the block
// above it on the site. They are told by their shape, which the owner's
// answer does not take: a network's name as the label of a handle, a
// label for hours, a line that is a quotation and nothing else.

// socialLine is an account on a network, labelled with the network:
// "Instagram: @runwithsam", "X/Twitter: @samruns".
var socialLine = regexp.MustCompile(`(?i)^(instagram|insta|ig|facebook|fb|linkedin|x|twitter|x/twitter|twitter/x|` +
	`strava|tiktok|youtube|mastodon|bluesky|threads|telegram|whatsapp|signal|skype|teams)\s*[:|]\s*@?[\w.+-]`)

// hoursLabel opens a line of office hours: "Office hours: Mon–Fri 9–17",
// "Sprechzeiten: Mo–Fr 9–17 Uhr", "Aanwezig op ma, di en do". A label
// other than the Dutch and German words for "present" is followed by a
// colon: "Hours of easy running build the base" is the owner's.
var hoursLabel = regexp.MustCompile(`(?i)^((office hours|opening hours|working hours|hours|working days|` +
	`sprechzeiten|öffnungszeiten|bürozeiten|horaires?|permanence|heures d'ouverture|horario( de atención)?|` +
	`orari|orario|horário|godziny pracy|godziny otwarcia|openingstijden|werktijden|werkdagen)\s*:|(aanwezig|bereikbaar|erreichbar)\s)`)

// printWords and greenWords together make the line asking not to print
// the mail: "Please consider the environment before printing this email."
var (
	printWords = []string{"print", "druck", "imprim", "stamp", "drukuj", "druku", "afdruk"}
	greenWords = []string{"environment", "umwelt", "environnement", "ambiente", "milieu", "środowisk", "natur",
		"tree", "paper", "papier", "papel", "carta", "planet", "planeet", "planète"}
)

// isSignaturePart reports a line of a signature block that gives no way
// to reach and is no name: a social account, office hours, a motto, the
// line asking not to print.
func isSignaturePart(t string) bool {
	t = strings.Trim(t, "*_ \t")
	if t == "" || utf8.RuneCountInString(t) > 160 {
		return false
	}
	return socialLine.MatchString(t) && !isLabelledSentence(t) || isHoursLine(t) || isMotto(t) || isPrintNote(t) || isHoursNote(t)
}

// isLabelledSentence reports a line of more than a few words that ends as
// a sentence does, which is the owner's whatever label it opens with:
// "WhatsApp: send her a photo first, she answers the same day."
func isLabelledSentence(t string) bool {
	return len(strings.Fields(t)) > 5 && strings.ContainsRune(".!?", lastRune(t))
}

// isHoursNote reports the line that tells the reader they need not answer
// outside their own working hours.
func isHoursNote(t string) bool {
	low := strings.ToLower(t)
	return strings.Contains(low, "hours") && containsAny(low, []string{"reply", "respond"}) &&
		containsAny(low, []string{"obliged", "not expect", "no need", "don't expect", "do not expect"})
}

// isHoursLine reports office hours, a label and a short line, and no
// sentence of the owner's under the label: "Hours: she works late on
// Tuesdays, so ring after six."
func isHoursLine(t string) bool {
	return utf8.RuneCountInString(t) <= 80 && hoursLabel.MatchString(t) && !isLabelledSentence(t)
}

// mottoQuotes are the marks a quotation opens with, and those it closes
// with.
const (
	mottoOpen  = `"“„«‚'‘`
	mottoClose = `"”“»’'‘`
)

// isMotto reports a line that is a quotation and nothing else, with at
// most its author after it: "“Every mile begins with a single step.”",
// "« Courir, c'est rêver les yeux ouverts. » – Anonyme".
func isMotto(t string) bool {
	first, _ := utf8.DecodeRuneInString(t)
	if !strings.ContainsRune(mottoOpen, first) || utf8.RuneCountInString(t) > 120 {
		return false
	}
	body := t[utf8.RuneLen(first):]
	end := strings.LastIndexFunc(body, func(r rune) bool { return strings.ContainsRune(mottoClose, r) })
	if end < 1 {
		return false
	}
	rest := strings.TrimSpace(body[end:])
	_, size := utf8.DecodeRuneInString(rest)
	rest = strings.TrimSpace(rest[size:])
	if rest == "" {
		return true
	}
	// An author after a dash: "– Emil Zátopek".
	d, size := utf8.DecodeRuneInString(rest)
	return strings.ContainsRune("-–—", d) && isNameLine(strings.TrimSpace(rest[size:]))
}

// isPrintNote reports the line that asks the reader not to print the
// mail, in any of several languages.
func isPrintNote(t string) bool {
	low := strings.ToLower(t)
	return containsAny(low, printWords) && containsAny(low, greenWords)
}

// containsAny reports whether s holds one of words.
func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// academicTitles are titles written in lowercase before a name, as Dutch
// and Polish signatures write them: "drs. Sam Rivera", "mgr Jan Nowak".
var academicTitles = []string{"dr ", "dr. ", "drs. ", "ir. ", "ing. ", "mr. ", "prof. ", "mgr ", "mgr. ", "inż. ", "lic. ", "dott. ", "dott.ssa "}

// withoutAcademicTitle is t without a lowercase title in front of a
// capitalised name, or t.
func withoutAcademicTitle(t string) string {
	for _, p := range academicTitles {
		if rest, ok := strings.CutPrefix(t, p); ok {
			if r, _ := utf8.DecodeRuneInString(rest); unicode.IsUpper(r) {
				return rest
			}
		}
	}
	return t
}

// signedAlone reports that text line k is the owner's first name in a
// paragraph of its own over a block whose first line repeats it in full:
// "Sam" over "Sam Rivera". The name signs the answer; the block is the
// client's.
func (r *reply) signedAlone(text []int, k int) bool {
	if k == 0 || k+1 >= len(text) || text[k-1] == text[k]-1 || text[k+1] == text[k]+1 {
		return false
	}
	t, full := r.plain[text[k]], r.plain[text[k+1]]
	return len(strings.Fields(t)) <= 2 && len(t) <= 40 && isNameLike(t) && isNameLine(full) &&
		len(strings.Fields(full)) >= 2 && r.signsAbove(text, k, k+1)
}

// titleAt reports that text line j is a job title or an organisation in
// sentence case under a full name, right under it or under a title that
// is: "Sam Rivera\nResponsable des inscriptions\nClub de course de Lyon".
func (r *reply) titleAt(text []int, j int) bool {
	if j == 0 || text[j-1] != text[j]-1 {
		return false
	}
	t, above := r.plain[text[j]], r.plain[text[j-1]]
	if isTitleUnder(t, above) {
		return true
	}
	return j >= 2 && text[j-2] == text[j-1]-1 && isSentenceTitle(t) && isTitleUnder(above, r.plain[text[j-2]])
}

// isNameWithTitle reports a name with the owner's title beside it after a
// dash or a bar, and the organisation after a comma: "Sam Rivera – Head
// Coach, Run Club North", "Dr. Sam Rivera, DPT | Running Coach".
func isNameWithTitle(t string) bool {
	t = strings.Trim(t, "*_ \t")
	if utf8.RuneCountInString(t) > 100 || strings.ContainsAny(t, "0123456789@:;?!") {
		return false
	}
	for _, sep := range []string{" – ", " — ", " | ", " - "} {
		name, title, ok := strings.Cut(t, sep)
		if !ok {
			continue
		}
		if !isNameLine(name) || len(strings.Fields(name)) < 2 {
			return false
		}
		if isNameLine(title) || isSentenceTitle(title) {
			return true
		}
		role, org, ok := strings.Cut(title, ", ")
		return ok && (isNameLine(role) || isSentenceTitle(role)) && (isNameLine(org) || isSentenceTitle(org))
	}
	return false
}

// answerNamesBlock reports that the last line of the answer over a block
// starting at text line cut names what the block's first line names:
// "hilft dir das Finanzamt weiter" over "Finanzamt Berlin-Mitte", "Ask
// Anna, she knows the trails" over "Anna Weber". The block is then the
// contact the answer gives, as one a colon introduces is (see
// introducesDetails); the owner's own block does not repeat the last
// sentence of the answer. A name alone over the block signs it instead
// (see signsAbove). Of three words or more, only a name in capitals is
// known for one: in a script without capitals, "يمكنك الاتصال بالعيادة"
// ("you can call the clinic") reads as a name would.
func (r *reply) answerNamesBlock(text []int, cut int) bool {
	if cut <= 0 || text[cut-1] == text[cut]-1 {
		return false
	}
	above := r.plain[text[cut-1]]
	if len(strings.Fields(above)) < 3 || isSignOffLine(above) || isNameLike(above) && !caselessName(above) {
		return false
	}
	aboveWords := letterWords(above)
	for _, w := range letterWords(r.plain[text[cut]]) {
		if utf8.RuneCountInString(w) < 4 {
			continue
		}
		for _, v := range aboveWords {
			if sameStem(w, v) {
				return true
			}
		}
	}
	return false
}

// letterWords are the words of t in lowercase, split at all but letters
// and the marks written on them: the vowel signs of Devanagari or Thai
// are marks, and a word of theirs is whole only with them.
func letterWords(t string) []string {
	return strings.FieldsFunc(strings.ToLower(t), func(c rune) bool {
		return !unicode.IsLetter(c) && !unicode.IsMark(c)
	})
}

// sameStem reports two words that are one, or share their first six
// letters as a word's forms do: "poradni" and "poradnia", or where one is
// the other of at least four letters after the prefixes Arabic and Hebrew
// join to a word: "عيادة" and "بالعيادة" ("clinic", "at the clinic").
func sameStem(a, b string) bool {
	if a == b {
		return true
	}
	ra, rb := []rune(a), []rune(b)
	if len(ra) > len(rb) {
		ra, rb = rb, ra
	}
	if len(ra) >= 4 && strings.HasSuffix(string(rb), string(ra)) && slices.ContainsFunc(ra, joinsPrefixes) {
		return true
	}
	if len(ra) < 6 {
		return false
	}
	return string(ra[:6]) == string(rb[:6])
}

// joinsPrefixes reports a letter of a script that writes its articles and
// prepositions as one word with the noun: Arabic's and Hebrew's.
func joinsPrefixes(c rune) bool { return unicode.In(c, unicode.Arabic, unicode.Hebrew) }
