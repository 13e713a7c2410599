package inbox

import (
	"strings"
	"testing"
)

// TestTrimReplyFooterWordsInTheAnswer covers an answer about the line a
// phone adds, which holds that line's words in a sentence of the owner's:
// they stay, while the footer itself, under the answer, still goes.
func TestTrimReplyFooterWordsInTheAnswer(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"the footer's words carried on in lowercase",
			"Turn it off in the settings. It says\nSent from my iPhone\nunder every mail by default.\n\nMaren",
			"Turn it off in the settings. It says\nSent from my iPhone\nunder every mail by default.\n\nMaren"},
		{"a sentence running through the footer's words",
			"A reply that says\nSent from my Galaxy\nto a job offer looks hurried.\n\nMaren",
			"A reply that says\nSent from my Galaxy\nto a job offer looks hurried.\n\nMaren"},
		{"in German",
			"die Zeile\nVon meinem iPhone gesendet\nkönnen Sie in den Einstellungen löschen.\n\nMaren",
			"die Zeile\nVon meinem iPhone gesendet\nkönnen Sie in den Einstellungen löschen.\n\nMaren"},
		{"the phone named before a clause that introduces the answer",
			"Hi,\n\nSent from my iPhone, so forgive the short answer: yes, go to the doctor.\n\nMaren",
			"Hi,\n\nSent from my iPhone, so forgive the short answer: yes, go to the doctor.\n\nMaren"},
		{"the same in Spanish",
			"Hola:\n\nEnviado desde mi iPhone, así que seré breve: sí, vaya al médico.\n\nMaren",
			"Hola:\n\nEnviado desde mi iPhone, así que seré breve: sí, vaya al médico.\n\nMaren"},
		{"an app's line that goes on as a sentence",
			"Hi,\n\nGet Outlook for iOS only if your work needs it.\n\nMaren",
			"Hi,\n\nGet Outlook for iOS only if your work needs it.\n\nMaren"},

		// The footers still go.
		{"an app's line", "Yes.\n\nGet Outlook for iOS\n", "Yes."},
		{"an app's line with its link", "Yes.\n\nGet Outlook for Android<https://aka.ms/AAb9ysg>\n", "Yes."},
		{"the footer under the answer", "Yes, rest.\n\nSent from my iPhone\n", "Yes, rest."},
		{"the footer straight under the answer", "see you then\nSent from my iPhone\n", "see you then"},
		{"the footer with the owner's excuse after its comma", "Yes.\n\nSent from my iPhone, please excuse typos\n", "Yes."},
		{"the footer over the original's first line", "Yes.\n\nSent from my iPhone\nHi Maren, can I run?\n", "Yes."},
		{"the footer over the original's first lines in lowercase", "Yes.\n\nSent from my iPhone\nhi maren,\nmy calves hurt after every run.\n", "Yes."},
		{"the footer over a lowercase line that ends nothing", "Yes.\n\nSent from my iPhone\nsee below\n", "Yes."},
		{"the footer apart from the answer over the original's one lowercase line",
			"Yes, rest.\n\nSent from my iPhone\ncan i run with a sore calf?\n", "Yes, rest."},
		{"the same ending in a stop", "Yes, rest.\n\nSent from my iPhone\nmy calf hurts after every run.\n\nLena\n", "Yes, rest."},
		{"the footer under an answer's stop over the original's lowercase line",
			"Yes.\nSent from my Galaxy\nthanks for the quick answer!\n", "Yes."},
		{"the phone's owner's excuse after a colon", "Yes, rest.\n\nSent from my iPhone, excuse typos: tiny keys\n", "Yes, rest."},
		{"the same after a semicolon", "Yes, rest.\n\nSent from my iPad, please excuse brevity; typed on the go\n", "Yes, rest."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := TrimReply(tc.in); got != tc.want {
				t.Errorf("TrimReply(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestAnswerKeepsSignatureWordsInTheAnswer checks that the signature the
// HTML part marks is taken out of the plain part where it stands under
// the answer, not where the answer holds its words in a sentence.
func TestAnswerKeepsSignatureWordsInTheAnswer(t *testing.T) {
	answer := []string{"Turn it off in the settings. It says", "Sent from my iPhone", "under every mail by default.", "", "Maren"}
	var divs strings.Builder
	for _, l := range answer {
		if l == "" {
			l = "<br>"
		}
		divs.WriteString("<div>" + l + "</div>")
	}
	htm := `<html><body dir="auto">` + divs.String() + `<div><br></div><div id="AppleMailSignature">Sent from my iPhone</div>` +
		`<div><br>On 3 Jun 2025, at 10:12, Helpline &lt;ask@example.org&gt; wrote:<br><br></div>` +
		`<blockquote type="cite"><div>Can I run?</div></blockquote></body></html>`
	plain := strings.Join(answer, "\n") + "\n\nSent from my iPhone\n\n> On 3 Jun 2025, at 10:12, Helpline <ask@example.org> wrote:\n>\n> Can I run?\n"
	m, err := Parse([]byte(altMail(plain, htm, "quoted-printable")))
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Join(answer, "\n")
	if got := Answer(m); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
