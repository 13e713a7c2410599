package clienttest

import (
	"bytes"
	"context"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// mailrc is the owner's s-nail configuration, the only one read: the
// relay, who they are, the Reply-To honoured as the manual advises, quotes
// marked with "> " as Debian's system-wide file sets them (s-nail's own
// default is a tab), and where a mail that could not be sent goes, so
// that the test can tell.
const mailrc = `set v15-compat
set mta=smtp://%[1]s smtp-auth=none
wysh set from=%[2]s
set hostname=%[3]s
set reply-to-honour
wysh set indentprefix='> '
wysh set DEAD=%[4]s
`

// sendSNail replies as the owner in s-nail's batch mode: open the INBOX,
// reply to the mail chosen by its Message-ID, and type. With the text at
// the bottom the client quotes the mail first (quote); at the top the text
// comes first and the ~Q escape reads the quote in after it. A signature
// is the manual's message-inject-tail, with the "-- " line s-nail does not
// add by itself.
func sendSNail(t testing.TB, r Reply) {
	t.Helper()
	dir := t.TempDir()
	dead := filepath.Join(dir, "dead.letter")
	rc := fmt.Sprintf(mailrc, r.SMTPAddr, quoteSNail(r.From), domain(r.From), quoteSNail(dead))
	if r.Placement == Bottom {
		rc += "set quote\n"
	}
	if r.Signature != "" {
		rc += "wysh set message-inject-tail=" + quoteSNail("-- \n"+strings.TrimRight(r.Signature, "\n")) + "\n"
	}
	mailrcPath := filepath.Join(dir, ".mailrc")
	if err := os.WriteFile(mailrcPath, []byte(rc+r.Settings), 0o600); err != nil {
		t.Fatalf("clienttest: %v", err)
	}
	writeOwn(t, dir, r)
	var in strings.Builder
	fmt.Fprintf(&in, "Reply @message-id@%s\n", r.MessageID)
	text := strings.TrimRight(r.Text, "\n") + "\n"
	if r.Placement == Bottom {
		in.WriteString("\n" + text)
	} else {
		in.WriteString(text + "\n~Q\n")
	}
	in.WriteString("~.\n")

	ctx, cancel := context.WithTimeout(context.Background(), runTimeout)
	defer cancel()
	mailbox := fmt.Sprintf("imap://%s:%s@%s/INBOX", url.QueryEscape(r.User), url.QueryEscape(r.Password), r.IMAPAddr)
	// Batch mode goes on after a failed command unless told otherwise;
	// errexit makes a reply that found no mail or was not sent an exit
	// status.
	cmd := exec.CommandContext(ctx, "s-nail", "-#", "-:u", "-S", "errexit", "-f", mailbox)
	// MAILRC names the file, since s-nail ignores HOME when run by root.
	cmd.Env = []string{"PATH=" + os.Getenv("PATH"), "HOME=" + dir, "MAILRC=" + mailrcPath, "TMPDIR=" + dir, "LANG=C.UTF-8"}
	cmd.Stdin = strings.NewReader(in.String())
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	what := describe(SNail, r)
	err := cmd.Run()
	t.Logf("%s: typed:\n%s\noutput:\n%s", what, in.String(), out.String())
	if err != nil {
		t.Fatalf("clienttest: %s: %v\n%s", what, err, out.String())
	}
	if b, err := os.ReadFile(dead); err == nil {
		t.Fatalf("clienttest: %s: not sent, kept in dead.letter:\n%s\noutput:\n%s", what, b, out.String())
	}
}

// quoteSNail quotes s as s-nail reads a value with v15-compat: within
// dollar-single-quotes, where \n is a newline.
func quoteSNail(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `'`, `\'`, "\n", `\n`)
	return "$'" + r.Replace(s) + "'"
}
