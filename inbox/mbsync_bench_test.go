package inbox

import (
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// mbsyncPull times isync's mbsync copying the server's INBOX into an empty
// Maildir, as a reference for what a mail client costs per message. mbsync
// keeps its default settings; the configuration names the server, turns
// off TLS, which the test servers lack, and so allows a plain login, and
// keeps the sync state inside the Maildir. ok is false when mbsync is not
// installed.
func mbsyncPull(b *testing.B, s imapServer, n int) (d time.Duration, ok bool) {
	b.Helper()
	bin, err := exec.LookPath("mbsync")
	if err != nil {
		return 0, false
	}
	host, port, err := net.SplitHostPort(s.addr)
	if err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	maildir := filepath.Join(dir, "mail")
	if err := os.Mkdir(maildir, 0o700); err != nil {
		b.Fatal(err)
	}
	conf := fmt.Sprintf(`IMAPAccount bench
Host %s
Port %s
User %s
Pass %s
SSLType None
AuthMechs LOGIN

IMAPStore bench-far
Account bench

MaildirStore bench-near
Path %s/
Inbox %s/INBOX

Channel bench
Far :bench-far:
Near :bench-near:
Patterns INBOX
Create Near
SyncState *
`, host, port, s.user, s.password, maildir, maildir)
	path := filepath.Join(dir, "mbsyncrc")
	if err := os.WriteFile(path, []byte(conf), 0o600); err != nil {
		b.Fatal(err)
	}
	start := time.Now()
	out, err := exec.Command(bin, "-c", path, "-q", "bench").CombinedOutput()
	d = time.Since(start)
	if err != nil {
		b.Fatalf("mbsync: %v\n%s", err, out)
	}
	got := 0
	for _, sub := range []string{"new", "cur"} {
		files, err := os.ReadDir(filepath.Join(maildir, "INBOX", sub))
		if err != nil {
			b.Fatal(err)
		}
		got += len(files)
	}
	if got != n {
		b.Fatalf("mbsync copied %d messages, want %d (%s)", got, n, strings.TrimSpace(string(out)))
	}
	return d, true
}
