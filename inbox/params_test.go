package inbox

import "testing"

// TestParseFileNameOnContentType checks parts that give their file name
// as a filename parameter of Content-Type, as some mailers write it, next
// to parameters that break the strict grammar.
func TestParseFileNameOnContentType(t *testing.T) {
	const head = "From: Ines <ines@example.pt>\nTo: ask@example.org\nSubject: My plan\nMIME-Version: 1.0\n" +
		"Content-Type: multipart/mixed; boundary=\"F1\"\n\n--F1\nContent-Type: text/plain\n\nMy plan is attached.\n--F1\n"
	tests := []struct {
		name, fields, want string
	}{
		{"quoted, beside unquoted dates",
			"Content-Type: application/pdf;\n creation-date=Tue, 22 Jul 2008 10:03:09 GMT;\n filename=\"plan.pdf\";\n modification-date=Tue, 22 Jul 2008 10:03:24 GMT\n",
			"plan.pdf"},
		{"an encoded-word without quotes",
			"Content-Type: application/msword; filename==?Windows-1251?B?7+vg7S5kb2M=?=\n", "план.doc"},
		{"name wins over filename",
			"Content-Type: application/pdf; name=\"plan.pdf\"; filename=\"other.pdf\"\n", "plan.pdf"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := mustParse(t, head+tt.fields+"Content-Transfer-Encoding: base64\n\nJVBERi0=\n--F1--\n")
			if len(m.Attachments) != 1 || m.Attachments[0].Filename != tt.want {
				t.Fatalf("got attachments %v, want one named %q", m.Attachments, tt.want)
			}
			if m.Text != "My plan is attached." {
				t.Errorf("got text %q, want %q", m.Text, "My plan is attached.")
			}
		})
	}
}
