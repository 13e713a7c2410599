package inbox

import "testing"

// TestTrimHTMLReplyMarkupEdges covers client markup whose marker of the
// history or the signature says less than it seems: an empty marker with
// the owner's text under it, a separator drawn with Unicode hyphens, and
// a signature id copied onto the lines typed inside it.
func TestTrimHTMLReplyMarkupEdges(t *testing.T) {
	const q = `<div>Hi, how long should I rest?</div><div><br></div><div>Lena</div>`
	tests := []struct{ name, in, want string }{
		{"proton flat layout, rule drawn with hyphen characters",
			`<div>Rest a week.<br></div><div><br></div><div class="protonmail_signature_block"><div class="protonmail_signature_block-proton">Sent with <a href="https://proton.me">Proton Mail</a> secure email.</div></div><div><br></div><div>‐‐‐‐‐‐‐ Original Message ‐‐‐‐‐‐‐<br></div><div>On Tuesday, June 3rd, 2025 at 10:12, Lena &lt;lena@example.net&gt; wrote:<br></div><div><br></div><blockquote class="protonmail_quote" type="cite">` + q + `</blockquote>`,
			"Rest a week."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := TrimHTMLReply(tt.in); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestHTMLToTextHyphenRules checks that only a run of hyphen characters
// is redrawn with '-': a hyphen the owner typed inside a word stays.
func TestHTMLToTextHyphenRules(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"rule", `<div>‐‐‐‐ Original Message ‐‐‐‐</div>`, "---- Original Message ----"},
		{"non-breaking hyphens", `<div>‑‑‑</div>`, "---"},
		{"word", `<div>a well‐known route, ‐‐ two</div>`, "a well‐known route, ‐‐ two"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := HTMLToText(tt.in); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
