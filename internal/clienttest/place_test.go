package clienttest

import (
	"strings"
	"testing"
)

func TestPlace(t *testing.T) {
	const quote = "On Mon, Nov 23, 2026 at 09:14:00AM +0000, Helpline wrote:\n> How far?\n"
	const sig = "\n-- \nDominique\n"
	tests := []struct {
		name      string
		draft     string
		text      string
		placement Placement
		want      string
	}{
		{"top", quote, "Ten km.\n", Top,
			"Ten km.\n\n" + quote},
		{"top of a draft opening with empty lines", "\n\nDominique\n\n" + quote, "Ten km.\n", Top,
			"Ten km.\n\nDominique\n\n" + quote},
		{"top above a signature below the quote", quote + sig, "Ten km.", Top,
			"Ten km.\n\n" + quote + sig},
		{"bottom", quote, "Ten km.\n", Bottom,
			quote + "\nTen km.\n"},
		{"bottom of a draft ending in empty lines", quote + "\n\n", "Ten km.\n", Bottom,
			quote + "\nTen km.\n"},
		{"bottom above the signature", quote + sig, "Ten km.\n", Bottom,
			quote + "\nTen km.\n" + sig},
		{"bottom above a signature right below the quote", quote + "-- \nDominique\n", "Ten km.\n", Bottom,
			quote + "\nTen km.\n" + sig},
		{"bottom above the last of two separators", quote + "> -- \n> Runner\n" + sig, "Ten km.\n", Bottom,
			quote + "> -- \n> Runner\n\nTen km.\n" + sig},
		{"inline, under the question", quote + "> Thanks\n" + sig, "Ten km.\n", Inline,
			"On Mon, Nov 23, 2026 at 09:14:00AM +0000, Helpline wrote:\n> How far?\n\nTen km.\n\n> Thanks\n" + sig},
		{"inline with no question quoted goes below", "> Thanks\n", "Ten km.\n", Inline,
			"> Thanks\n\nTen km.\n"},
		{"several lines", quote, "Ten km.\n\nCheers,\nDominique\n\n", Bottom,
			quote + "\nTen km.\n\nCheers,\nDominique\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Place(tt.draft, tt.text, tt.placement); got != tt.want {
				t.Errorf("Place() = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestPlaceAboveUndashed places text by a signature the client wrote with
// no "-- " line over it.
func TestPlaceAboveUndashed(t *testing.T) {
	const quote = "On Mon Nov 23, 2026 at 9:14 AM UTC, Helpline wrote:\n> How far?\n"
	const sig = "Dominique\nCoach\n"
	tests := []struct {
		name      string
		draft     string
		placement Placement
		want      string
	}{
		{"bottom, above the signature", quote + "\n" + sig, Bottom,
			quote + "\nTen km.\n\n" + sig},
		{"bottom, the signature's last line not ended", quote + "\n" + strings.TrimSuffix(sig, "\n"), Bottom,
			quote + "\nTen km.\n\n" + strings.TrimSuffix(sig, "\n")},
		{"bottom, no signature in the draft", quote, Bottom,
			quote + "\nTen km.\n"},
		{"bottom, the signature's lines quoted", quote + "> Dominique\n> Coach\n", Bottom,
			quote + "> Dominique\n> Coach\n\nTen km.\n"},
		{"top", quote + "\n" + sig, Top,
			"Ten km.\n\n" + quote + "\n" + sig},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := placeAbove(tt.draft, "Ten km.", tt.placement, sig); got != tt.want {
				t.Errorf("placeAbove() = %q, want %q", got, tt.want)
			}
		})
	}
}
