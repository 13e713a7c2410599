package inbox

import "testing"

// TestParseFileNameOnContentType checks parts that give their file name
// as a filename parameter of Content-Type, as some mailers write it, next
// to parameters that break the strict grammar.
func TestParseFileNameOnContentType(t *testing.T) {
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
		t.Run(tt.name, func(t *testing.T) { checkAttachmentName(t, tt.fields, tt.want) })
	}
}

// TestParseFileNameAsShown checks file names that carry the sender's path
// or a control character: the name kept is the one a mail client shows,
// the last piece of the path, with a line break read as a space; names
// without either stay as sent.
func TestParseFileNameAsShown(t *testing.T) {
	tests := []struct {
		name, fields, want string
	}{
		{"a Windows path", "Content-Type: image/png\nContent-Disposition: inline; filename=\"C:\\\\TEMP\\\\knee.png\"\n", "knee.png"},
		{"a relative path", "Content-Type: application/pdf\nContent-Disposition: attachment; filename=plans/week1.pdf\n", "week1.pdf"},
		{"a path on name only", "Content-Type: application/pdf; name=\"/home/ines/plan.pdf\"\n", "plan.pdf"},
		{"a path in RFC 2231 pieces", "Content-Type: application/pdf\nContent-Disposition: attachment;\n filename*0*=iso-8859-1''docs%2F;\n filename*1*=pl%E4n.pdf\n", "plän.pdf"},
		{"a trailing slash", "Content-Type: application/pdf; name=\"plans/\"\n", "plans"},
		{"a line break from an encoded word", "Content-Type: application/pdf\nContent-Disposition: attachment; filename=\"=?UTF-8?B?UGxhbiBmb3IgCndlZWsgMS5wZGY=?=\"\n", "Plan for week 1.pdf"},
		{"a tab between words", "Content-Type: application/pdf; name=\"=?UTF-8?Q?Plan=09A.pdf?=\"\n", "Plan A.pdf"},
		{"spaces and dots stay", "Content-Type: application/pdf; name=\"My  plan .v2.pdf\"\n", "My  plan .v2.pdf"},
		{"a colon stays", "Content-Type: application/pdf; name=\"Plan: week 1.pdf\"\n", "Plan: week 1.pdf"},
		{"an extended value with no charset", "Content-Type: application/pdf\nContent-Disposition: attachment; filename*=''pl%C3%A4n%20A.pdf\n", "plän A.pdf"},
		{"an extended value without its quotes", "Content-Type: application/pdf\nContent-Disposition: attachment; filename*=pl%E4n.pdf\n", "plän.pdf"},
		{"pieces with no charset", "Content-Type: application/pdf\nContent-Disposition: attachment;\n filename*0*=''pl%C3%A4n;\n filename*1=.pdf\n", "plän.pdf"},
		{"plain pieces stay as sent", "Content-Type: application/pdf\nContent-Disposition: attachment;\n filename*0=\"plan%41\";\n filename*1=\".pdf\"\n", "plan%41.pdf"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkAttachmentName(t, tt.fields, tt.want) })
	}
}

// checkAttachmentName parses a mail whose second part has the header
// fields given and checks that the part is kept under the name want, with
// the text beside it.
func checkAttachmentName(t *testing.T, fields, want string) {
	t.Helper()
	const head = "From: Ines <ines@example.pt>\nTo: ask@example.org\nSubject: My plan\nMIME-Version: 1.0\n" +
		"Content-Type: multipart/mixed; boundary=\"F1\"\n\n--F1\nContent-Type: text/plain\n\nMy plan is attached.\n--F1\n"
	m := mustParse(t, head+fields+"Content-Transfer-Encoding: base64\n\nJVBERi0=\n--F1--\n")
	if len(m.Attachments) != 1 || m.Attachments[0].Filename != want {
		t.Fatalf("got attachments %v, want one named %q", m.Attachments, want)
	}
	if m.Text != "My plan is attached." {
		t.Errorf("got text %q, want %q", m.Text, "My plan is attached.")
	}
}
