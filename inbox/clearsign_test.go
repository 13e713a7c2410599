package inbox

import "testing"

func TestUnwrapClearsigned(t *testing.T) {
	const sig = "-----BEGIN PGP SIGNATURE-----\n\niHUEARYKAB0WIQTk2Vx8cPl0zQ9b\n=Xy1Q\n-----END PGP SIGNATURE-----"
	tests := []struct{ name, in, want string }{
		{"a signed question",
			"-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA512\n\nShould I run with a cold?\n\nPiet\n" + sig + "\n",
			"Should I run with a cold?\n\nPiet\n"},
		{"dash-escaped lines and signature marker",
			"-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA256\n\nRest a week.\n- ---\n- -- \nMaren\n" + sig,
			"Rest a week.\n---\n-- \nMaren"},
		{"text around the block stays",
			"Forwarding my signed note:\n\n-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA256\n\nRest.\n" + sig + "\nThanks",
			"Forwarding my signed note:\n\nRest.\nThanks"},
		{"a block without its signature stays",
			"-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA256\n\nRest a week.",
			"-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA256\n\nRest a week."},
		{"a quoted block stays",
			"> -----BEGIN PGP SIGNED MESSAGE-----\n> Hash: SHA256\n>\n> Rest.\n> " + sig,
			"> -----BEGIN PGP SIGNED MESSAGE-----\n> Hash: SHA256\n>\n> Rest.\n> " + sig},
		{"no armor headers line", "-----BEGIN PGP SIGNED MESSAGE-----\nnot a header\n\nRest.\n" + sig,
			"-----BEGIN PGP SIGNED MESSAGE-----\nnot a header\n\nRest.\n" + sig},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := unwrapClearsigned(tt.in); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestClearsignedReplyPublishesTheText runs a signed reply through Parse
// and Answer: the armor, the signature and the quote all go.
func TestClearsignedReplyPublishesTheText(t *testing.T) {
	raw := "From: Maren <owner@example.org>\r\nSubject: Re: Cold\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
		"-----BEGIN PGP SIGNED MESSAGE-----\r\nHash: SHA256\r\n\r\nOnly an easy jog, and only above the neck.\r\n\r\n" +
		"- -- \r\nMaren Holt\r\n\r\nOn Tue, Jun 3, 2025 at 10:12 AM Piet <piet@example.nl> wrote:\r\n> Should I run with a cold?\r\n" +
		"-----BEGIN PGP SIGNATURE-----\r\n\r\niHUEARYKAB0WIQTk2Vx8cPl0zQ9b\r\n=Xy1Q\r\n-----END PGP SIGNATURE-----\r\n"
	m, err := Parse([]byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := Answer(m), "Only an easy jog, and only above the neck."; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
