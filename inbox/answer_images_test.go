package inbox

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// sigCard is a signature's text, a line of plain text each.
var sigCard = []string{"Anna Weber", "Sports physician | City Clinic", "Tel. 030 1234567", "www.cityclinic.example"}

// TestAnswerSignatureImages drops the placeholders a plain part writes for
// the images inside the signature the HTML part marks, wherever they stand
// in it, and keeps every other image the owner put in the answer.
func TestAnswerSignatureImages(t *testing.T) {
	const answer = "Ice the knee for ten minutes, three times a day."
	card := strings.Join(sigCard, "\n")
	cardHTML := strings.Join(sigCard, "<br>")
	logo := `<img src="cid:image001.png@01DA2B3C.4D5E6F70" alt="City Clinic logo" width="120">`
	badge := `<img src="https://cityclinic.example/img/badge.png" width="40">`
	tests := []struct {
		name, text, sig, body, want string
	}{
		{"logo in its own paragraph above the name",
			answer + "\n\n[image: City Clinic logo]\n\n" + card + "\n",
			"<p>" + logo + "</p><p>" + cardHTML + "</p>", "", answer},
		{"logo under the phone",
			answer + "\n\n" + strings.Join(sigCard[:3], "\n") + "\n\n[image: City Clinic logo]\n\n" + sigCard[3] + "\n",
			"<p>" + strings.Join(sigCard[:3], "<br>") + "</p><p>" + logo + "</p><p>" + sigCard[3] + "</p>", "", answer},
		{"logo at the bottom as outlook writes it",
			answer + "\n\n" + card + "\n[City Clinic logo]\n",
			"<p>" + cardHTML + "</p><p>" + logo + "</p>", "", answer},
		{"two logos, one named by its file",
			answer + "\n\n[image: City Clinic logo]\n\n" + card + "\n\n[image: badge.png]\n",
			"<p>" + logo + "</p><p>" + cardHTML + "</p><p>" + badge + "</p>", "", answer},
		{"an image of the answer with another name stays",
			"Here is the stretch I meant:\n\n[image: hamstring stretch]\n\n" + card + "\n",
			"<p>" + logo + "</p><p>" + cardHTML + "</p>",
			`<p>Here is the stretch I meant:</p><p><img src="cid:ii_stretch" alt="hamstring stretch"></p>`,
			"Here is the stretch I meant:\n\n[image: hamstring stretch]"},
		{"an image of the answer named as the logo stays",
			"Our new logo, as you asked:\n\n[image: City Clinic logo]\n\nDoes it read well small?\n\n[image: City Clinic logo]\n\n" + card + "\n",
			"<p>" + logo + "</p><p>" + cardHTML + "</p>",
			"<p>Our new logo, as you asked:</p><p>" + logo + "</p><p>Does it read well small?</p>",
			"Our new logo, as you asked:\n\n[image: City Clinic logo]\n\nDoes it read well small?"},
		{"an image of the answer named as the logo right above a logo-less signature stays",
			"Our new logo, as you asked:\n\n[image: City Clinic logo]\n\n" + card + "\n",
			"<p>" + cardHTML + "</p>",
			"<p>Our new logo, as you asked:</p><p>" + logo + "</p>",
			"Our new logo, as you asked:\n\n[image: City Clinic logo]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := tt.body
			if body == "" {
				body = "<p>" + answer + "</p>"
			}
			m := &Message{Text: tt.text, HTML: "<html><body>" + body + `<div id="Signature">` + tt.sig + "</div></body></html>"}
			if got := Answer(m); got != tt.want {
				t.Errorf("Answer() = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestSignatureImagesOfMarkup reads the images of the signatures Gmail,
// Outlook, Thunderbird and iOS mark, by the names the plain part gives
// them, and which of them stand over the signature's text.
func TestSignatureImagesOfMarkup(t *testing.T) {
	tests := []struct {
		name, html string
		want       []string // each image's first name, "^" before one over the text
	}{
		{"gmail logo over the name",
			`<div class="gmail_signature"><div><img src="https://ci3.example/logo.png" alt="Clinic"></div><div>Anna Weber</div></div>`,
			[]string{"^[image: clinic]"}},
		{"outlook logo under the phone",
			`<div id="Signature"><p>Anna Weber<br>Tel. 030 1234567</p><p><img src="cid:image002.png@01DA"></p></div>`,
			[]string{"[cid:image002.png@01da]"}},
		{"thunderbird two logos",
			`<div class="moz-signature"><img alt="A"><img alt="B"><br>Anna Weber<br><img alt="C"></div>`,
			[]string{"^[image: a]", "^[image: b]", "[image: c]"}},
		{"ios signature after its marker",
			`<div>Ice it.</div><br id="lineBreakAtBeginningOfSignature"><div dir="ltr"><img alt="logo">Anna Weber</div>`,
			[]string{"^[image: logo]"}},
		{"an emoji is text, an image of the answer is not the signature's",
			`<p><img alt="stretch"></p><div class="gmail_signature"><img alt="🏃">Anna Weber</div>`,
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(tt.html))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, s := range removeQuoteContainers(doc, false) {
				for _, img := range s.images {
					n := img.names[0]
					if img.lead {
						n = "^" + n
					}
					got = append(got, n)
				}
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("images = %q, want %q", got, tt.want)
			}
		})
	}
}
