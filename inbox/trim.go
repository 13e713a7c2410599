package inbox

import (
	"regexp"
	"strings"
	"unicode"
)

// lineKind says what a line of a reply is.
type lineKind int

const (
	kindText lineKind = iota
	kindBlank
	kindQuote
	kindAttribution // "On <date>, <name> wrote:" and its wrapped tail
	kindCut         // starts history or a footer: it and all after go
)

// Attribution verbs at the end of the line ("... wrote:") or followed by
// the sender ("... schrieb Anna <a@example.org>:").
var (
	attrEnd  = regexp.MustCompile(`(?i)(\bwrote|\bwrites|a écrit|\bescribió|ha scritto|\bescreveu|\bskrev|\bschrieb|\bschreef|napisał\(a\)|napisała|napisał|написала?|kirjoitti|\bgeschreven|\bschreibt|\bécrit)\s*:$`)
	attrMid  = regexp.MustCompile(`(?i)\b(schrieb|schreef|skrev|escribió|escreveu|wrote|kirjoitti)\b.{1,160}:$`)
	attrLead = regexp.MustCompile(`(?i)^(on|am|le|el|il|op|em|den|på|w dniu|dne)\b`)

	originalRe = regexp.MustCompile(`(?i)^[-=_*\s]{2,}\s*(original message|ursprüngliche nachricht|originalnachricht|message d'origine|message original|mensaje original|messaggio originale|oorspronkelijk bericht|origineel bericht|mensagem original|ursprungligt meddelande|originalmeddelande|oprindelig meddelelse|opprinnelig melding|opprinnelig e-post|alkuperäinen viesti|wiadomość oryginalna|forwarded message|weitergeleitete nachricht|message transféré|mensaje reenviado|messaggio inoltrato|doorgestuurd bericht|mensagem encaminhada|vidarebefordrat meddelande|videresendt meddelelse|videresendt melding)\s*[-=_*\s]{2,}$`)

	fromKey     = regexp.MustCompile(`(?i)^[*_]*(from|von|de|van|da|från|fra|od|lähettäjä|feladó|mittente|remetente|afzender)[*_]*\s*:`)
	headerKey2  = regexp.MustCompile(`(?i)^[*_]*(sent|date|to|cc|subject|gesendet|datum|an|betreff|envoyé|à|a|objet|enviado|enviada|fecha|para|asunto|inviato|data|oggetto|verzonden|aan|onderwerp|assunto|skickat|till|ämne|sendt|til|emne|dato|reply-to|antwort an|importance|wysłano|do|temat)[*_]*\s*:`)
	separatorRe = regexp.MustCompile(`^(_{8,}|-{8,}|={8,})$`)

	footerRe = regexp.MustCompile(`(?i)^(sent from my \S.{0,30}|sent from (mail|outlook|yahoo mail|aol|samsung|my mobile|proton ?mail)\b.{0,40}|sent (with|via) .{0,30}(app|mail|iphone|android|ipad)|get outlook for (ios|android|mac)\b.{0,60}|sent from mail for windows( 1\d)?|von meinem .{1,30} gesendet|gesendet von meinem .{1,30}|gesendet von (mail|outlook|yahoo).{0,30}|holen sie sich outlook für .{1,60}|outlook für (ios|android) (herunterladen|beziehen)|envoyé de(puis)? mon .{1,30}|envoyé (de|depuis) (mail|outlook|yahoo).{0,30}|obtenir outlook pour .{1,60}|enviado desde mi .{1,30}|enviado (desde|do meu|de meu|do|de) .{0,10}(iphone|ipad|android|samsung|outlook|yahoo|celular|móvil).{0,20}|obtener outlook para .{1,60}|baixe o outlook para .{1,60}|inviato da(l mio)? .{1,30}|scarica outlook per .{1,60}|verzonden (vanaf|met|van) (mijn )?.{1,30}|outlook voor (ios|android) downloaden|skickat från (min )?.{1,30}|hämta outlook för .{1,60}|sendt fra (min )?.{1,30}|hent outlook til .{1,60}|få outlook til .{1,60})$`)
)

// TrimReply returns the new text of a plain-text reply: quoted lines, the
// attribution line, Outlook header blocks and "Original Message" history,
// "-- " signatures and mobile footers go; the owner's own lines stay in
// order, sign-off included. It returns "" when nothing new is left.
func TrimReply(text string) string {
	text = normalizeNewlines(strings.ToValidUTF8(limitText(text), ""))
	text = strings.Map(dropControls, text)
	lines := strings.Split(text, "\n")
	kinds := classifyLines(lines)
	return assembleReply(lines, kinds)
}

// maxText is how much of a mail's text is read for a reply or a question.
// It is far more than anyone types, and it bounds the work one hostile mail
// can cause: trimming reads every line against the patterns above.
const maxText = 128 << 10

// limitText cuts text to maxText bytes, at the end of a line when there is
// one in the last quarter.
func limitText(text string) string {
	if len(text) <= maxText {
		return text
	}
	text = text[:maxText]
	if i := strings.LastIndexByte(text, '\n'); i > maxText*3/4 {
		text = text[:i+1]
	}
	return text
}

// dropControls removes control characters other than line feed and tab:
// published text goes into pages, feeds and mail, where a stray form feed
// or escape is at best invisible and at worst invalid (XML forbids most
// C0 controls).
func dropControls(r rune) rune {
	if r != '\n' && r != '\t' && unicode.IsControl(r) {
		return -1
	}
	return r
}

// classifyLines marks every line, then decides which attribution starts the
// quoted history and which merely introduces inline quotes.
func classifyLines(lines []string) []lineKind {
	kinds := make([]lineKind, len(lines))
	for i, l := range lines {
		t := strings.TrimSpace(l)
		switch {
		case t == "":
			kinds[i] = kindBlank
		case strings.HasPrefix(strings.TrimLeft(l, " \t"), ">"):
			kinds[i] = kindQuote
		case isHardCut(lines, i):
			return markCut(lines, kinds, i)
		}
	}
	after := scanAfter(kinds)
	ownerBefore := false
	for i := 0; i < len(lines); i++ {
		if kinds[i] != kindText {
			continue
		}
		n := attributionLines(lines, i)
		if n == 0 {
			ownerBefore = true
			continue
		}
		quoted, unquoted := after[i+n-1].quote, after[i+n-1].text
		// It starts the history when only quoted lines follow it, or when
		// the owner wrote above it and the history after it is not quoted.
		if !unquoted || (ownerBefore && !quoted) {
			return markCut(lines, kinds, i)
		}
		for k := i; k < i+n; k++ {
			kinds[k] = kindAttribution
		}
		i += n - 1
	}
	return kinds
}

// markCut marks line i and everything after it, and pulls in a separator
// line ("_____") that introduces the history.
func markCut(lines []string, kinds []lineKind, i int) []lineKind {
	j := i - 1
	for j >= 0 && kinds[j] == kindBlank {
		j--
	}
	if j >= 0 && separatorRe.MatchString(strings.TrimSpace(lines[j])) {
		i = j
	}
	for k := i; k < len(kinds); k++ {
		kinds[k] = kindCut
	}
	return kinds
}

func isHardCut(lines []string, i int) bool {
	t := strings.TrimSpace(strings.ReplaceAll(lines[i], "\u00a0", " "))
	if strings.TrimRight(lines[i], " \t") == "--" {
		return true // RFC 3676 4.3 signature separator
	}
	if len(t) <= 100 && (isOriginalLine(t) || isFooter(t)) {
		return true
	}
	return isHeaderBlock(lines, i)
}

// The checks below run on every line of every mail; each tests what its
// pattern needs before running it, which spares most lines of prose the
// regular expressions.

// isOriginalLine reports a "-----Original Message-----" line.
func isOriginalLine(t string) bool {
	return t != "" && strings.IndexByte("-=_*", t[0]) >= 0 && originalRe.MatchString(t)
}

// footerWords are the words footerRe's lines start with.
var footerWords = map[string]bool{
	"sent": true, "get": true, "von": true, "gesendet": true, "holen": true, "outlook": true, "envoyé": true,
	"obtenir": true, "enviado": true, "obtener": true, "baixe": true, "inviato": true, "scarica": true,
	"verzonden": true, "skickat": true, "hämta": true, "sendt": true, "hent": true, "få": true,
}

// isFooter reports a mobile footer such as "Sent from my iPhone".
func isFooter(t string) bool {
	return footerWords[firstWord(t)] && footerRe.MatchString(t)
}

// leadWords are the words attrLead matches.
var leadWords = map[string]bool{
	"on": true, "am": true, "le": true, "el": true, "il": true, "op": true, "em": true, "den": true, "på": true,
	"w": true, "dne": true,
}

// firstWord is the run of letters s starts with, lowercased.
func firstWord(s string) string {
	if i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
		s = s[:i]
	}
	return strings.ToLower(s)
}

// isHeaderBlock reports an Outlook-style "From: / Sent: / To:" block at i.
func isHeaderBlock(lines []string, i int) bool {
	t := strings.TrimSpace(strings.ReplaceAll(lines[i], "\u00a0", " "))
	if c := strings.IndexByte(t, ':'); c < 0 || c > 20 || !fromKey.MatchString(t) {
		return false
	}
	for k := i + 1; k < len(lines) && k <= i+6; k++ {
		t := strings.TrimSpace(strings.ReplaceAll(lines[k], "\u00a0", " "))
		if headerKey2.MatchString(t) {
			return true
		}
	}
	return false
}

// attributionLines returns how many lines (1 to 3) form an attribution
// starting at i, or 0.
func attributionLines(lines []string, i int) int {
	joined := ""
	for n := 1; n <= 3 && i+n <= len(lines); n++ {
		t := strings.TrimSpace(lines[i+n-1])
		if n == 1 {
			t = strings.TrimLeft(t, "-–— ") // "--- On Wed, 4/4/12, Anna wrote:"
		}
		if t == "" || (n > 1 && strings.HasPrefix(t, ">")) {
			return 0
		}
		if joined != "" {
			joined += " "
		}
		joined += t
		if len(joined) > 300 {
			return 0
		}
		if isAttribution(joined) {
			return n
		}
		if n == 1 && !strings.ContainsAny(joined, "0123456789@") && !(leadWords[firstWord(joined)] && attrLead.MatchString(joined)) {
			return 0
		}
	}
	return 0
}

func isAttribution(s string) bool {
	if !strings.HasSuffix(s, ":") || !strings.ContainsAny(s, "0123456789@") {
		return false
	}
	return attrEnd.MatchString(s) || attrMid.MatchString(s)
}

// following says whether quoted or owner's lines come after a line.
type following struct{ quote, text bool }

// scanAfter computes, for each line, what kinds of line follow it.
func scanAfter(kinds []lineKind) []following {
	after := make([]following, len(kinds))
	var cur following
	for k := len(kinds) - 1; k >= 0; k-- {
		after[k] = cur
		switch kinds[k] {
		case kindQuote:
			cur.quote = true
		case kindText:
			cur.text = true
		}
	}
	return after
}

// assembleReply keeps the owner's lines, turns a removed quote block between
// two of them into a paragraph break, and tidies the blank lines.
func assembleReply(lines []string, kinds []lineKind) string {
	out := make([]string, 0, len(lines))
	dropped := false
	for i, l := range lines {
		switch kinds[i] {
		case kindCut:
			return joinReply(out)
		case kindQuote, kindAttribution:
			dropped = true
			continue
		case kindBlank:
			out = appendBlank(out)
			continue
		}
		if dropped {
			out = appendBlank(out)
			dropped = false
		}
		out = append(out, strings.TrimRightFunc(l, unicode.IsSpace))
	}
	return joinReply(out)
}

func appendBlank(out []string) []string {
	if len(out) == 0 || out[len(out)-1] == "" {
		return out
	}
	return append(out, "")
}

func joinReply(out []string) string {
	for len(out) > 0 && out[len(out)-1] == "" {
		out = out[:len(out)-1]
	}
	return strings.Join(out, "\n")
}
