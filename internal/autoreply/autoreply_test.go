package autoreply

import (
	"net/textproto"
	"testing"
)

func TestOpensSubject(t *testing.T) {
	tests := []struct {
		subject string
		want    bool
	}{
		{"Out of office", true},
		{"Out of Office: How long should I taper?", true},
		{"Out of the office until 9 June", true},
		{"Out of office from Monday", true},
		{"Automatic reply: How long should I taper?", true},
		{"Auto-Reply: question", true},
		{"[Auto-Reply] question", true},
		{"AutoReply", true},
		{"Abwesenheitsnotiz", true},
		{"Abwesend bis 12.06.", true},
		{"Réponse automatique : question", true},
		{"Respuesta automática: pregunta", true},
		{"Risposta automatica - domanda", true},
		{"Automatisch antwoord: vraag", true},
		{"Automatiskt svar", true},
		{"Odpowiedź automatyczna: pytanie", true},
		{"Automatická odpověď: dotaz", true},
		{"Otomatik yanıt: soru", true},
		{"Автоответ: вопрос", true},
		{"【自動返信】ご質問", true},
		{"自動返信メール", true},
		{"自动回复：问题", true},
		{"自動回覆: 問題", true},
		{"Automatisk svar: spørgsmål", true},
		{"Automaattinen vastaus: kysymys", true},
		{"Automatikus válasz: kérdés", true},
		{"Αυτόματη απάντηση: ερώτηση", true},
		{"자동 회신: 질문", true},
		{"Răspuns automat: întrebare", true},
		{"AUTO: Ann Lee is out of the office (returning 02.06.2025)", true},
		{"AUTO: Ann Lee is out of the office.", true},
		{"AUTO: Ann Lee is out of the office", true},
		// What readers title their questions.
		{"Auto: which shoes to keep in the car?", false},
		{"Auto: is running to work out of the question?", false},
		{"Auto: out of the office by five, then run?", false},
		{"Auto: running home straight out of the office", false},
		{"AUTO: carpool or run out of the office.", false},
		{"Auto: my coach is out of the office, so who plans my week?", false},
		{"Automatisk svar på løb?", false},
		{"Out of office romance?", false},
		{"Ausente en clase, ¿qué hago?", false},
		{"Abwesend in der Schule", false},
		{"Automatic replying to my ex?", false},
		{"Autoresponders for my shop", false},
		{"Vacation with a toddler?", false},
		{"How long should I taper?", false},
		{"Absence of pain after long runs?", false},
		{"自動返信の設定について", false}, // about setting one up
		{"自动回复怎么设置？", false},   // how to set one up
		{"自動返信のお知らせ", true},
		{"Re: Out of office", false}, // callers strip the marker first
		{"", false},
	}
	for _, tt := range tests {
		if got := OpensSubject(tt.subject); got != tt.want {
			t.Errorf("OpensSubject(%q) = %v, want %v", tt.subject, got, tt.want)
		}
	}
}

func TestMentioned(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Re: your mail [Out of Office]", true},
		{"I am on vacation until Monday", true},
		{"Thank you for your email, we will answer within a day", true},
		{"Ticket #4411 opened", true},
		{"Undelivered Mail Returned to Sender", false},
		{"Mail delivery failed: returning message to sender", false},
	}
	for _, tt := range tests {
		if got := Mentioned(tt.text); got != tt.want {
			t.Errorf("Mentioned(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// header is a header as net/textproto holds it, with a Get method.
type header textproto.MIMEHeader

func (h header) Get(k string) string { return textproto.MIMEHeader(h).Get(k) }

func TestMarkedBy(t *testing.T) {
	tests := []struct {
		field, value, want string
	}{
		{"X-Autoreply", "yes", "X-Autoreply"},
		{"X-Autorespond", "Out of office", "X-Autorespond"},
		{"X-AutoReply-From", "lena@example.net", "X-AutoReply-From"},
		{"X-POST-MessageClass", "9; Autoresponder", "X-POST-MessageClass"},
		{"X-POST-MessageClass", "1; Normal", ""},
		{"Auto-Submitted", "auto-replied", ""}, // each reader weighs it
		{"Subject", "Out of office", ""},
	}
	for _, tt := range tests {
		h := header{}
		textproto.MIMEHeader(h).Set(tt.field, tt.value)
		if got := MarkedBy(h); got != tt.want {
			t.Errorf("MarkedBy(%s: %s) = %q, want %q", tt.field, tt.value, got, tt.want)
		}
	}
}
