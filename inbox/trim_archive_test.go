package inbox

import "testing"

// TestTrimReplyArchiveShapes runs shapes seen in replies kept by public
// mailing-list archives: attributions that name the sender and the date
// with no verb, and the footers old list software put under a lone dash.
func TestTrimReplyArchiveShapes(t *testing.T) {
	tests := []trimCase{
		{"name and date over a quote, greeting above",
			"Hi Lena,\n\nLena Berg, Jun 3, 2025 at 10:12:\n> How long is the taper?\n\nTwo weeks.\n\nThanks!",
			"Hi Lena,\n\n> How long is the taper?\n\nTwo weeks.\n\nThanks!"},
		{"name and date over a quote, answer below",
			"Lena Berg, 3 Jun 2025 at 10:12:\n> How long is the taper?\n\nTwo weeks.",
			"Two weeks."},
		{"name with a particle and date",
			"Anne van Dijk, Jun 3, 2025 at 10:12:\n> How long?\n\nTwo weeks.",
			"Two weeks."},
		{"lone dash over a majordomo footer",
			"Two weeks.\n\nDominique\n-\nTo unsubscribe from this list: send the line \"unsubscribe runners\" in\nthe body of a message to majordomo@lists.example.org",
			"Two weeks.\n\nDominique"},
	}
	checkTrims(t, tests)
}

// TestTrimReplyKeepsArchiveLookalikes holds the owner's lines that look
// like this round's shapes: a one-word heading with a date over a quote,
// a phrase with a date, a lone dash that a footer does not follow.
func TestTrimReplyKeepsArchiveLookalikes(t *testing.T) {
	tests := []trimCase{
		{"one word and a date over a quote",
			"Update, Jun 3, 2025 at 10:12:\n> How long?\n\nTwo weeks.",
			"Update, Jun 3, 2025 at 10:12:\n> How long?\n\nTwo weeks."},
		{"a phrase and a date over a quote",
			"Notes from the call, Jun 3, 2025 at 10:12:\n> How long?\n\nTwo weeks.",
			"Notes from the call, Jun 3, 2025 at 10:12:\n> How long?\n\nTwo weeks."},
		{"name and date with no quote under it",
			"Lena Berg, Jun 3, 2025 at 10:12:\nTwo weeks of taper.",
			"Lena Berg, Jun 3, 2025 at 10:12:\nTwo weeks of taper."},
		{"lone dash as a list item marker",
			"Plan:\n-\nEasy runs only. To unsubscribe from the club newsletter, write to Maren.",
			"Plan:\n-\nEasy runs only. To unsubscribe from the club newsletter, write to Maren."},
		{"lone dash with the footer words further down",
			"Two weeks.\n-\nThen race.\nAsk the mailing list if unsure.",
			"Two weeks.\n-\nThen race.\nAsk the mailing list if unsure."},
	}
	checkTrims(t, tests)
}
