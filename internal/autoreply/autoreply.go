// Package autoreply knows the marks of an automatic answer: the headers
// autoresponders write besides RFC 3834's Auto-Submitted, and the subjects,
// in the languages they are written in, of out-of-office replies and
// receipts that carry no header at all.
//
// Two readers use it. The inbox must not answer an autoresponder as if a
// reader had asked, and takes only the phrases that open the subject, so
// that a question titled "Vacation with a toddler?" is still a question.
// The bounce reader must not count an out-of-office reply as a failed
// delivery, and also takes looser words anywhere in the subject.
package autoreply

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Header is a mail's header, as either reader holds it.
type Header interface {
	Get(key string) string
}

// replyHeaders are set by autoresponders (vacation programs, Yahoo,
// FirstClass, help desks) on their answers.
var replyHeaders = []string{"X-Autoreply", "X-Autorespond", "X-Autoresponder", "X-Auto-Reply",
	"X-Mail-Autoreply", "X-AutoReply-From", "X-FC-MachineGenerated"}

// MarkedBy names the header by which an autoresponder marked h, or is "".
// Auto-Submitted is not one of them: Exim marks its bounces
// "auto-replied" too, so each reader weighs it itself.
func MarkedBy(h Header) string {
	for _, k := range replyHeaders {
		if h.Get(k) != "" {
			return k
		}
	}
	if strings.Contains(strings.ToLower(h.Get("X-POST-MessageClass")), "autoresponder") {
		return "X-POST-MessageClass"
	}
	return ""
}

// phrases name an automatic answer unmistakably, in the languages an
// out-of-office reply comes in; none is how a person titles a question.
const phrases = `auto(matic|matische|matique|matica|mático|matyczna)?[ -]?(reply|response|antwort|answer|respuesta|risposta|resposta|réponse|svar|odpowied[źz])|` +
	`out of (the )?office|abwesenheits?(notiz|meldung)?|abwesend|nicht im büro|absente? du bureau|absence du bureau|` +
	`r[ée]ponse automatique|respuesta autom[áa]tica|risposta automatica|resposta autom[áa]tica|automatisch antwoord|` +
	`niet aanwezig|fuera de la oficina|ausente|fora do escritório|fuori ufficio|autosvar|automatiskt svar|frånvaro|` +
	`poza biurem|odpowiedź automatyczna|automatická odpověď|mimo kancelář|otomatik yanıt|ofis dışında|` +
	`automatisk svar|automaattinen vastaus|automatikus válasz|automatická odpoveď|automatski odgovor|` +
	`samodejni odgovor|răspuns automat|αυτόματη απάντηση|자동 회신|자동 응답|` +
	// Lotus Notes: "AUTO: Ann Lee is out of the office (returning
	// 02.06.2025)", and nothing after it: a reader's "Auto: out of the
	// office by five, then run?" is a question about a car.
	`auto: [^:?]+ is out of (the )?office\.?(?: \(returning [^()]*\))?\.?\s*$|` +
	`автоответ|автоматический ответ|нет на месте|` +
	`自動応答|自動返信|不在通知|不在のお知らせ|ただいま不在|自动回复|自动答复|自動回覆|自動回复`

// opening matches a subject that begins with one of phrases, after
// brackets ("[Auto-Reply]", "【自動返信】").
var opening = regexp.MustCompile(`(?i)^[\s\[(【（]*(?:` + phrases + `)`)

// followers are the words an autoresponder writes right after its phrase:
// the date it is back, or the subject it answers. Any other word makes the
// phrase the start of a reader's sentence ("Out of office romance?",
// "Ausente en clase").
var followers = map[string]bool{
	"until": true, "till": true, "through": true, "from": true, "re": true, "aw": true, "sv": true,
	"wg": true, "tr": true, "fw": true, "fwd": true, "autoreply": true, "bis": true, "vom": true,
	"jusqu'au": true, "du": true, "hasta": true, "desde": true, "fino": true, "dal": true,
	"tot": true, "van": true, "do": true, "od": true, "до": true, "с": true,
}

// cjkFollowers are what an autoresponder writes straight after its phrase
// in a script without spaces: "mail", "message", "notice". Anything else
// makes the phrase the subject of a reader's question ("自動返信の設定に
// ついて", about setting one up; "自动回复怎么设置", how to).
var cjkFollowers = []string{"メール", "メッセージ", "のお知らせ", "のご案内", "にしております", "にしています",
	"邮件", "郵件", "信件", "消息", "訊息", "信息"}

func opensWithFollower(rest string) bool {
	for _, f := range cjkFollowers {
		if strings.HasPrefix(rest, f) {
			return true
		}
	}
	return false
}

// OpensSubject reports a subject that opens as an automatic answer's does:
// with one of the phrases, alone, before punctuation or one of the
// followers, or running straight on in a script written without spaces
// into one of its own ("自動返信メール"). Callers strip "Re:" and the like
// first when they want it read past.
func OpensSubject(subject string) bool {
	loc := opening.FindStringIndex(subject)
	if loc == nil {
		return false
	}
	rest := subject[loc[1]:]
	r, _ := utf8.DecodeRuneInString(rest)
	switch {
	case rest == "":
		return true
	case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana):
		return opensWithFollower(rest)
	case unicode.IsLetter(r) || unicode.IsNumber(r):
		return false // inside a longer word: "Automatic replying"
	}
	rest = strings.TrimLeftFunc(rest, unicode.IsSpace)
	r, _ = utf8.DecodeRuneInString(rest)
	if rest == "" || !unicode.IsLetter(r) {
		return true
	}
	word, _, _ := strings.Cut(rest, " ")
	return followers[strings.ToLower(strings.TrimRight(word, ":,"))]
}

// looser are words an automatic answer uses that a person may also write;
// together with phrases they are read anywhere in a subject, which only a
// reader that already knows the mail is automatic can afford.
const looser = `abwesen|absent|afwezig|vacation|on leave|on holiday|thank you for your (e-?mail|message)|` +
	`resposta autom|respuesta autom|ausência|assente|nepřítomn|izindeyim|休假|` +
	`request received|received your (request|message|e-?mail)|\[ticket|ticket #`

var anywhere = regexp.MustCompile(`(?i)(?:` + phrases + `|` + looser + `)`)

// Mentioned reports words of an automatic answer anywhere in s.
func Mentioned(s string) bool {
	return anywhere.MatchString(s)
}
