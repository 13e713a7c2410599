package inbox

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Company signatures under a closing and the owner's name often hold more
// than ways to reach the company: a slogan, a certification, a tax number,
// a rule drawn of spaced underscores ("_ __ ___ ____ ___ __ _"). Those
// lines stop the block markContactBlock reads back from the end. Under a
// closing and a name, though, the owner has finished writing, so there a
// run of short lines down to the end is the signature when it also gives
// ways to reach the owner of two kinds, or ends in a confidentiality
// notice; names and ways alone need only one way ("Kind regards,\nMaren\n
// Maren Holt | Coach\nRunning Helpline | +31 20 123 4567").

// closingSignature returns the index in text of the first line under the
// owner's last closing and name ("Mit freundlichen Grüßen\nJonas Weber")
// when all that follows is a signature, or -1.
func (r *reply) closingSignature(text []int) int {
	n := len(text)
	for k := n - 2; k >= 0 && n-k <= maxBlockLines+2; k-- {
		if r.dashSigned(text, k) {
			// "-John Doe" is the closing and the name in one line.
			if r.signatureFrom(text, k+1, false) {
				return k + 1
			}
			return -1
		}
		if r.signedAlone(text, k) {
			// "Sam" over "Sam Rivera": the name signs the answer.
			if r.signatureFrom(text, k+1, false) {
				return k + 1
			}
			return -1
		}
		// A closing is a few words: most lines tried are sentences.
		// A name ending in a comma is no closing when it repeats the name
		// signed above it: "Anke" over "Anke McElligott,".
		if c := r.plain[text[k]]; k < n-2 && len(c) <= 60 && isClosing(c) && !r.greetsAt(text, k) && !(k > 0 && r.signsAbove(text, k-1, k)) {
			if ruled := r.ruledSignature(text, k); ruled > 0 {
				return ruled
			}
			if !isNameLike(r.plain[text[k+1]]) {
				continue
			}
			// "Freundliche Grüße\nAnke" over "Anke McElligott": the
			// block repeats the name that signs.
			repeated := isNameLine(strings.TrimRight(r.plain[text[k+2]], ",")) && r.signsAbove(text, k+1, k+2)
			if r.signatureFrom(text, k+2, repeated) {
				return k + 2
			}
			return -1
		}
	}
	return -1
}

// ruledSignature returns the index in text of a rule drawn right under
// the closing at text line k, over a name and a signature: many Outlook
// users draw one between their closing and their details ("Thanks,\n
// ____\nMaren Holt\nCoach\nTel: +31 20 123 4567"). The rule delimits the
// signature as "-- " does, so the name under it goes with the details.
// A rule of dashes or equals signs as wide as the closing underlines it
// as a heading instead ("Thanks\n------" over the people thanked, "Best\n
// ----" over a pick): what is under a heading is the answer. It returns
// -1 when there is none.
func (r *reply) ruledSignature(text []int, k int) int {
	if k+3 > len(text) || text[k+1] != text[k]+1 || !isDrawnRule(r.plain[text[k+1]]) ||
		underlines(r.plain[text[k]], strings.TrimSpace(r.plain[text[k+1]])) ||
		!isNameLike(r.plain[text[k+2]]) || !r.signatureFrom(text, k+3, false) {
		return -1
	}
	return k + 1
}

// dashSigned reports that text line k is the owner's name after a dash
// in a paragraph of its own, the way many sign an answer: "-Abhishek
// Kona", "— Lena". A dashed name right under another line is an item of
// a list ("Coaches near you:\n- Maria Lopez"), and so is one under a line
// that introduces what follows or whose sentence runs on into it ("The
// person to call is"), and one with another such name in the answer: the
// owner lists people and how to reach each.
func (r *reply) dashSigned(text []int, k int) bool {
	if !r.dashedName(text, k) {
		return false
	}
	if above := r.plain[text[k-1]]; introducesDetails(above) || runsOn(above) {
		return false
	}
	for j := range text {
		if j != k && r.dashedName(text, j) {
			return false
		}
	}
	return true
}

// dashSignOff reports a name after one or two dashes alone on a line,
// "-- Jan" or "—Lena", however indented: the owner signing, which
// answers nothing.
func dashSignOff(t string) bool {
	t = strings.TrimSpace(t)
	name := strings.TrimLeft(t, "-–—")
	if dashes := len(t) - len(name); dashes == 0 || dashes > len("——") {
		return false
	}
	name = strings.TrimSpace(name)
	return name != "" && len(strings.Fields(name)) <= 4 && isNameLike(name)
}

// dashedName reports a name after a dash at text line k, in a paragraph
// of its own.
func (r *reply) dashedName(text []int, k int) bool {
	t := strings.TrimSpace(r.plain[text[k]])
	d, size := utf8.DecodeRuneInString(t)
	if !strings.ContainsRune("-–—", d) || k == 0 || text[k-1] == text[k]-1 {
		return false
	}
	name := strings.TrimSpace(t[size:])
	if next, _ := utf8.DecodeRuneInString(name); strings.ContainsRune("-–—", next) {
		return false
	}
	return len(strings.Fields(name)) <= 4 && isNameLike(name)
}

// runsOn reports a line whose sentence goes on past its end: it ends in a
// lowercase letter and is no closing.
func runsOn(t string) bool {
	t = strings.TrimSpace(t)
	r, _ := utf8.DecodeLastRuneInString(t)
	return unicode.IsLower(r) && !isClosing(t)
}

// signatureFrom reports whether the owner's lines text[from:] are a
// signature: no sentence and no postscript among them, and enough ways to
// reach the owner, or a notice, to tell them from an answer. When named
// is set, the block opens with the name the owner signed with, in full:
// under a name the owner typed, that is the client's signature, whatever
// it holds (a title alone, a banner's slogan) but a postscript.
func (r *reply) signatureFrom(text []int, from int, named bool) bool {
	b := tally{kinds: map[contactKind]bool{}}
	notes := false
	for j := len(text) - 1; j >= from; j-- {
		t := r.plain[text[j]]
		if isPostscript(t) {
			return false
		}
		if isNameLine(t) || shortCaselessName(t) || isNameWithTitle(t) || isDrawnRule(t) || isLogo(t) || j > from && r.titleAt(text, j) {
			continue
		}
		if first := r.noticeStart(text, j); first >= from {
			b.notice = true
			j = first
			continue
		}
		if b.count(t, r.plain[text[j-1]]) {
			continue
		}
		if !isSignatureNote(t) && !named {
			return false
		}
		notes = true
	}
	// Names and ways alone under a closing are a signature with a single
	// way; slogans among them need the fuller evidence.
	return b.enough() || named || !notes && b.ways >= 1
}

// isSignatureNote reports a short line that is no sentence, as a slogan or
// a certification is: "ISO 9001 zertifiziert", "Runner-owned since 2009".
func isSignatureNote(t string) bool {
	t = strings.TrimSpace(t)
	return utf8.RuneCountInString(t) <= 80 && len(strings.Fields(t)) <= 10 && !endsInStop(t)
}

// isPostscript reports the first line of a postscript, which is the
// owner's even under their name.
func isPostscript(t string) bool {
	low := strings.ToLower(strings.TrimSpace(t))
	return strings.HasPrefix(low, "p.s") || strings.HasPrefix(low, "ps:") || strings.HasPrefix(low, "ps ") ||
		strings.HasPrefix(low, "pps")
}

// isDrawnRule reports a rule drawn of dashes, underscores, equals signs or
// stars, spaced or not: "_ __ ___ ____ ___ __ _".
func isDrawnRule(t string) bool {
	n := 0
	for _, c := range t {
		switch {
		case c == ' ':
		case strings.ContainsRune("_-=*~—–―─━═", c):
			n++
		default:
			return false
		}
	}
	return n >= 3
}

// answeredAbove reports that the quote ending at line end was not
// answered below: its last line asks nothing ("> Thanks,\n> Lena"), or
// the owner typed a sentence above the quote and nothing between its
// blocks. "Hi,\n\n> Best marathon?" over "Berlin Marathon\nChicago
// Marathon" is answered below.
func (r *reply) answeredAbove(end int) bool {
	if !strings.HasSuffix(strings.TrimSpace(r.lines[end-1]), "?") {
		return true
	}
	first := slices.Index(r.kinds, kindQuote)
	if first < 0 || slices.Contains(r.kinds[first:end], kindText) {
		return false
	}
	for i := range first {
		if r.kinds[i] == kindText && strings.ContainsRune(".!。！", lastRune(r.plain[i])) {
			return true
		}
	}
	return false
}

// maxNameBlock is how many lines a signature without its "-- " line may
// hold when it hangs from the quote.
const maxNameBlock = 3

// markNameUnderQuote drops a signature that mutt or neomutt with
// sig_dashes unset append to the quote, with no "-- " line and no blank
// line between: a name and a title or two ("Maren Holt\nRunning
// Helpline") that end the reply right under the last quoted line, when the
// owner answered above (answeredAbove). Left, it reads as an answer below
// the quote and keeps the quote. One line, a closing ("Cheers,"), or
// names under a question the owner did not answer above stay.
func (r *reply) markNameUnderQuote() {
	kinds, plain := r.kinds, r.plain
	// A signature or footer after the name does not change what it is.
	end := len(kinds)
	for end > 0 && kinds[end-1] != kindText && kinds[end-1] != kindQuote {
		end--
	}
	from := end
	for from > 0 && end-from < maxNameBlock+2 && kinds[from-1] == kindText {
		from--
	}
	name := from
	if name < end && isQuoteTrailer(plain[name]) {
		// The line neomutt closes the quote with, when set, comes first.
		name++
	}
	// A name and a title at least: one word under a quote ("Yes",
	// "Asics") is as likely an answer.
	if end-name < 2 || end-name > maxNameBlock || from == 0 || kinds[from-1] != kindQuote ||
		!r.textBefore(from) || !isNameLike(plain[name]) || !r.answeredAbove(from) {
		return
	}
	for _, t := range plain[name:end] {
		if !isNameLine(t) || isSignOffLine(t) {
			return
		}
	}
	r.mark(from, end, kindDropped)
}

// maxDashedBlock is how many lines a signature whose "-- " runs into its
// first line may hold when it hangs from the quote.
const maxDashedBlock = 6

// markDashedUnderQuote drops a signature a client appends under the quote
// with its "-- " run into the first line and the rest under it ("--
// Jane Doe, M.Sc.\n   Coach\n   Running Helpline"), ending the reply,
// when the owner answered above (answeredAbove). Left, it reads as an
// answer below the quote and keeps the quote. The space after the dashes
// tells it from "--Maren", which signs an answer; one line, a line long
// enough to be a sentence or one asking something stay. A signature or
// footer dropped under it still leaves it ending the reply.
func (r *reply) markDashedUnderQuote() {
	kinds, plain := r.kinds, r.plain
	end := len(kinds)
	for end > 0 && (kinds[end-1] == kindBlank || kinds[end-1] == kindDropped) {
		end--
	}
	from := end
	for from > 0 && end-from < maxDashedBlock && kinds[from-1] == kindText {
		from--
	}
	if end-from < 2 {
		return
	}
	q := from - 1
	for q >= 0 && kinds[q] == kindBlank {
		q--
	}
	rest, ok := strings.CutPrefix(plain[from], "-- ")
	// A name comes first, its degree or title after a comma ("Maren
	// Holt, M.Sc."); "-- a week at least" and "-- Sunday is too long"
	// are the owner's dash before an answer.
	name, _, _ := strings.Cut(rest, ",")
	if !ok || q < 0 || kinds[q] != kindQuote || len(strings.Fields(rest)) > 6 || !isNameLine(name) ||
		!r.textBefore(q) || !r.answeredAbove(q+1) {
		return
	}
	for k, t := range plain[from:end] {
		if utf8.RuneCountInString(t) > 60 || strings.HasSuffix(t, "?") {
			return
		}
		// A second dashed line makes a list ("-- a banana\n-- water"),
		// a line ending in a stop a sentence, and so does one of many
		// small words typed without the stop: the owner's answer.
		if k > 0 && (strings.HasPrefix(strings.TrimSpace(t), "-") || isSentence(t) || lowerWords(t) >= 4) {
			return
		}
	}
	r.mark(from, end, kindDropped)
}

// isSentence reports a line of a few words that ends in a stop, as a
// sentence does and a signature's title ("Running Helpline Ltd.") does
// not.
func isSentence(t string) bool {
	t = strings.TrimSpace(t)
	return len(strings.Fields(t)) >= 3 && strings.ContainsRune(".!。！", lastRune(t)) && !endsInTitle(t)
}

// lowerWords counts the words of t that start with a lowercase letter,
// which a sentence has many of and a signature's title or company few.
func lowerWords(t string) int {
	n := 0
	for _, w := range strings.Fields(t) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
			n++
		}
	}
	return n
}

// isLoneDash reports a line of one or two dashes, "—" or "--" among
// them, that some clients write above a footer or a signature: once what
// it stood above is gone, it says nothing.
func isLoneDash(t string) bool {
	t = strings.TrimSpace(t)
	n := utf8.RuneCountInString(t)
	return n >= 1 && n <= 2 && strings.Trim(t, "-—–―") == ""
}

// unglueFooterDash takes the dash off the owner's line right above the
// footer at line i, where Mailbox writes it when the answer does not end
// in a newline: "Yes — " over "Sent from Mailbox". The dash stands
// between the answer and the footer, as its lone-line form does, so it
// goes with the footer. A dash with a blank line under it, or none
// before it, is the owner's.
func (r *reply) unglueFooterDash(i int) {
	if i == 0 || r.kinds[i-1] != kindText {
		return
	}
	l := strings.TrimRight(r.lines[i-1], " \t")
	head, ok := strings.CutSuffix(l, "—")
	if !ok || !strings.HasSuffix(head, " ") || strings.TrimSpace(head) == "" {
		return
	}
	r.lines[i-1] = strings.TrimRight(head, " ")
	r.plain[i-1] = plainLine(r.lines[i-1])
}

// answersLast reports a lone dash at line i that is the last line of
// the answer, right under a quote, blank lines aside: it answers the
// quote ("> Pain after the run?\n-", none), as a form is filled in. The
// owner's "-- " signature may follow it, and a footer or another
// signature after a blank line. A dash right over a footer or such a
// signature stood above it.
func (r *reply) answersLast(i int) bool {
	for j := i + 1; j < len(r.kinds); j++ {
		if r.kinds[j] == kindBlank {
			continue
		}
		if r.kinds[j] != kindDropped || j == i+1 && !isSignatureMarker(r.lines[j]) {
			return false
		}
		break
	}
	i--
	for i >= 0 && r.kinds[i] == kindBlank {
		i--
	}
	return i >= 0 && r.kinds[i] == kindQuote
}

// answerEnd returns the owner's last line of answer, given their last
// line: the line above a closing that hangs alone under the last quote.
// Apple Mail, with its signature placed below the quoted text, sets
// "Best regards,\nSam Reyes" there, a blank line under the quote that
// the owner answered above: the closing stays, but it answers nothing,
// so the quote goes. Thunderbird, set to put the signature below the
// quote, does the same with a closing and name on one line ("Regards,
// Sam").
func (r *reply) answerEnd(last int) int {
	if last < 1 {
		return last
	}
	from := last
	for from > 0 && last-from < maxNameBlock && r.kinds[from-1] == kindText {
		from--
	}
	// Right under the quote line, with no blank line between, a closing
	// may answer it ("> Is that all?\nCheers,"): that stays as typed.
	named := closingWithName(r.plain[from]) || from == last && dashSignOff(r.plain[from])
	if from == 0 || r.kinds[from-1] == kindText || r.kinds[from-1] == kindQuote || !isClosing(r.plain[from]) && !named {
		return last
	}
	for _, t := range r.plain[from+1 : last+1] {
		if !isNameLine(t) {
			return last
		}
	}
	quote := from - 1
	for quote >= 0 && r.kinds[quote] != kindQuote && r.kinds[quote] != kindText {
		quote--
	}
	if quote < 0 || r.kinds[quote] != kindQuote {
		return last
	}
	// Under a question, a line ending in a comma may start its answer
	// ("Ask for the coach,\nMaren Holt"): only a closing by its words
	// answers nothing there.
	if strings.HasSuffix(strings.TrimSpace(r.lines[quote]), "?") && !named && !closingByWords(r.plain[from]) {
		return last
	}
	for i := quote; i >= 0; i-- {
		if r.kinds[i] == kindText {
			return i
		}
	}
	return last
}

// attributionUnderClosing reports an attribution of n lines at line i,
// ending in its colon, right under the owner's closing. Even one without
// a date ("On Mon, Bob Smith wrote:") is then the client's: the owner has
// finished writing.
func (r *reply) attributionUnderClosing(i, n int) bool {
	last := r.plain[i+n-1]
	return endsWithColon(last) && r.signedOffAbove(i)
}

// signedOffAbove reports the owner's closing right above line i, with or
// without their name, under text of theirs: "Cheers, Peter", or "Regards"
// over "Alice". A first line ending in a comma is a greeting ("Hi
// Priya,"), not a closing.
func (r *reply) signedOffAbove(i int) bool {
	k := r.lineAbove(i)
	if k < 0 {
		return false
	}
	t := r.plain[k]
	if isClosing(t) || closingWithName(t) {
		return r.textBefore(k)
	}
	above := r.lineAbove(k)
	return above >= 0 && above == k-1 && isNameLine(t) && isClosing(r.plain[above]) && r.textBefore(above)
}

// closingWithName reports a closing and a name on one line: "Cheers,
// Peter".
func closingWithName(t string) bool {
	head, name, ok := strings.Cut(t, ", ")
	return ok && closingByWords(head) && isNameLine(name)
}

// lineAbove is the nearest line above i that is not blank, or -1.
func (r *reply) lineAbove(i int) int {
	for k := i - 1; k >= 0; k-- {
		if r.kinds[k] != kindBlank {
			return k
		}
	}
	return -1
}

// isSignOffLine reports a closing such as "Best regards," or "Cheers",
// under which the owner's own name stays. Many languages write it without
// a comma ("Viele Grüße", "Pozdrawiam"): those are known by their words.
func isSignOffLine(t string) bool {
	t = strings.TrimSpace(t)
	// A closing in two languages is one on each side of its slash: "Met
	// vriendelijke groet / Kind regards,".
	return isOneSignOff(t) || strings.Contains(t, " / ") && strings.Count(t, " / ") <= 2 &&
		!slices.ContainsFunc(strings.Split(t, " / "), func(p string) bool { return !isOneSignOff(p) })
}

// isOneSignOff reports a closing in one language, as isSignOffLine reads it.
func isOneSignOff(t string) bool {
	t = strings.TrimSpace(t)
	n := len(strings.Fields(t))
	if n == 0 || n > 4 || strings.ContainsAny(t, "0123456789@") {
		return false
	}
	// Only the ASCII comma or mark makes a closing of a few words it
	// ends: Chinese and Japanese write no spaces, so that any clause of
	// theirs broken after its comma ("如果一周后还疼，") would be a few
	// words. Those end a closing when its words are known.
	return strings.HasSuffix(t, ",") || strings.HasSuffix(t, "!") || closingByWords(t)
}

// closingByWords reports a closing known by its words, not only by its
// comma: "Best regards,", "Cheers", "Herzliche Grüße,", or the colon
// Hungarian writes after it, "Üdvözlettel:".
func closingByWords(t string) bool {
	low := strings.ToLower(strings.TrimRight(asciiEnd(strings.TrimSpace(t)), ".,!: "))
	return closings[low] || closingNouns[low[strings.LastIndexByte(low, ' ')+1:]]
}

// knownClosing reports one of closings, ended in the ASCII full stop or
// exclamation mark or in another script's comma, stop or mark: "Cheers!",
// "祝好，", "مع التحية،".
func knownClosing(t string) bool {
	w := asciiEnd(t)
	if w != t {
		w = strings.TrimSuffix(w, ",")
	}
	return closings[strings.ToLower(strings.TrimRight(w, ".!: "))]
}

// asciiEnd writes the full-width comma, full stop or exclamation mark
// that ends t in Chinese or Japanese, or the Arabic comma, as the ASCII
// one, so that "祝好，", "よろしくお願いします。" and "مع التحية،" read as
// the closings they are.
func asciiEnd(t string) string {
	for wide, ascii := range wideEnds {
		if strings.HasSuffix(t, wide) {
			return strings.TrimSuffix(t, wide) + ascii
		}
	}
	return t
}

// wideEnds are the marks asciiEnd writes in ASCII.
var wideEnds = map[string]string{"，": ",", "。": ".", "！": "!", "、": ",", "،": ","}

// closingNouns end a closing whatever words come before them: "Sportliche
// Grüße", "Warmest regards", "Sonnige groeten".
var closingNouns = map[string]bool{"regards": true, "wishes": true, "grüße": true, "grüßen": true, "grüsse": true,
	"gruß": true, "groeten": true, "groet": true, "salutations": true, "saludos": true, "saluti": true,
	"cumprimentos": true, "hilsen": true, "hälsningar": true, "terveisin": true, "pozdrowienia": true}

// closings are sign-offs written without a comma, in the common
// languages.
var closings = func() map[string]bool {
	m := map[string]bool{}
	for _, c := range strings.Split("cheers|best|regards|best regards|kind regards|warm regards|thanks|thank you|"+
		"many thanks|sincerely|yours sincerely|sincerely yours|yours truly|yours faithfully|take care|warmly|"+
		"best wishes|all the best|viele grüße|liebe grüße|beste grüße|herzliche grüße|schöne grüße|"+
		"mit freundlichen grüßen|freundliche grüße|lg|vg|gruß|grüße|cordialement|bien cordialement|"+
		"bien à vous|amitiés|bises|saludos|un saludo|atentamente|saluti|cordiali saluti|un saluto|"+
		"abraços|atenciosamente|cumprimentos|met vriendelijke groet|met vriendelijke groeten|groet|groeten|"+
		"hartelijke groet|hälsningar|vänliga hälsningar|mvh|med vänlig hälsning|med venlig hilsen|"+
		"venlig hilsen|hilsen|vennlig hilsen|med vennlig hilsen|vennlige hilsener|kh|kærlig hilsen|bedste hilsner|ystävällisin terveisin|terveisin|pozdrawiam|serdecznie pozdrawiam|"+
		"pozdrowienia|s pozdravem|zdravím|zdraví|s pozdravom|üdvözlettel|üdv|tisztelettel|baráti üdvözlettel|köszönettel|cu stimă|cu drag|с уважением|всего доброго|"+
		"з повагою|με εκτίμηση|saygılarımla|sevgiler|よろしくお願いします|宜しくお願いします|祝好|此致|"+
		"감사합니다|בברכה|مع التحية|مع التحيات|trân trọng|salam|hormat saya|谢谢|謝謝|ありがとうございます|よろしく|"+
		"תודה|شكرا|تحياتي|مع خالص التحيات|با احترام|با سپاس|با تشکر|ارادتمند|شکریہ|والسلام|"+
		"धन्यवाद|सादर|शुभकामनाओं सहित|ধন্যবাদ|ধন্যবাদান্তে|শুভেচ্ছান্তে|நன்றி|ధన్యవాదాలు|ಧನ್ಯವಾದಗಳು|നന്ദി|ਧੰਨਵਾਦ|આભાર|ขอแสดงความนับถือ|ขอบคุณ|ขอบคุณครับ|ขอบคุณค่ะ|"+
		"спасибо|с наилучшими пожеланиями|дякую|ευχαριστώ|φιλικά|teşekkürler|iyi çalışmalar|terima kasih|salam hangat|cảm ơn|"+
		"敬具|草々|此致敬礼|"+
		// Thanks and closings typed on their own line, as common as
		// the ones above in their languages.
		"thanks again|thanks so much|thank you so much|with thanks|thx|respectfully|cordially|"+
		"talk soon|speak soon|good luck|best of luck|love|hugs|xx|xo|xoxo|ta|"+
		"dankie|baie dankie|groete|vriendelike groete|beste groete|"+
		"danke|vielen dank|danke schön|dankeschön|besten dank|mfg|gruss|bis bald|"+
		"merci|merci beaucoup|merci d'avance|à bientôt|bonne journée|belle journée|bonne soirée|salutations distinguées|"+
		"gracias|muchas gracias|saludos cordiales|un abrazo|abrazos|cordialmente|atte|att|"+
		"grazie|grazie mille|a presto|un abbraccio|"+
		"obrigado|obrigada|muito obrigado|muito obrigada|abs|beijos|"+
		"bedankt|dank je|dank je wel|dank u|dank u wel|mvg|groetjes|"+
		"tack|tack så mycket|takk|tusen takk|tak|mange tak|kiitos|"+
		"dziękuję|dzięki|z poważaniem|děkuji|díky|ďakujem|köszönöm|köszi|"+
		"mulțumesc|mulţumesc|cu respect|numai bine|toate cele bune|"+
		"hvala|pozdrav|srdačan pozdrav|lijep pozdrav|lep pozdrav|srdačno|"+
		"lugupidamisega|aitäh|ar cieņu|paldies|pagarbiai|ačiū|"+
		"saygılar|selamlar|iyi günler|χαιρετισμούς|всего хорошего|"+
		"gràcies|moltes gràcies|salutacions|kveðja|bestu kveðjur|takk fyrir|"+
		"salamat|maraming salamat|asante|hormat kami|"+
		"よろしくお願いいたします|よろしくお願い致します|宜しくお願い致します|顺祝商祺|고맙습니다", "|") {
		m[c] = true
	}
	return m
}()
