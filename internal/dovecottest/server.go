package dovecottest

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// skipMessage tells a developer without Dovecot how to run the tests that
// need it.
const skipMessage = "dovecot not installed: apt-get install dovecot-imapd"

// password is the password of every user; the server listens on loopback
// only and lives as long as one test.
const password = "helpline"

// DefaultUser is the user Start creates when it is given none.
const DefaultUser = "ask"

// Mailbox is a mailbox that Start creates for every user besides INBOX
// and Sent, which the server marks \Sent (RFC 6154) as a mail host does.
// IMAP forbids deleting INBOX, so a test that needs the server to renumber a
// mailbox (see ChangeUIDValidity) polls this one instead.
const Mailbox = "helpline"

// startAttempts bounds the retries when the free port picked for Dovecot is
// taken by someone else before Dovecot binds it.
const startAttempts = 3

// validUser matches the user names Start accepts. Dovecot lowercases login
// names by default, so upper case would make a user who cannot log in.
var validUser = regexp.MustCompile(`^[a-z0-9][a-z0-9._+@-]*$`)

// Server is a running Dovecot owned by one test. Its methods that take a
// testing.TB must be called from the test's goroutine.
type Server struct {
	dir   string
	addr  string
	users []string
	proc  *process

	// certPEM and keyPEM, when set, are served on tlsAddr with implicit
	// TLS (imaps) besides the plain listener.
	certPEM, keyPEM []byte
	tlsPort         int
	tlsAddr         string
}

// Available reports the path of the dovecot binary, looking first where
// Debian installs it (root's PATH may lack /usr/sbin for other users).
func Available() (path string, ok bool) {
	if isExecutable("/usr/sbin/dovecot") {
		return "/usr/sbin/dovecot", true
	}
	path, err := exec.LookPath("dovecot")
	if err != nil {
		return "", false
	}
	return path, true
}

// isExecutable reports whether path is a regular file someone may execute.
func isExecutable(path string) bool {
	info, err := os.Stat(path)
	return err == nil && info.Mode().IsRegular() && info.Mode().Perm()&0o111 != 0
}

// Start runs a Dovecot for the test with the given users (DefaultUser when
// none), each with Password() and an empty INBOX and Mailbox. It skips the
// test when Dovecot is not installed and stops the server, with every
// process it started, when the test ends, passed or failed.
//
// Everything lives in one fresh directory under os.TempDir rather than
// t.TempDir: Dovecot's unix sockets must fit in 108 bytes, which the long
// t.TempDir paths of long test names exceed, and when run by root Dovecot's
// unprivileged processes must traverse the directory, which t.TempDir makes
// private to root.
func Start(t testing.TB, users ...string) *Server {
	t.Helper()
	return start(t, &Server{}, users)
}

// StartTLS is Start with an imaps listener as well (TLSAddr), presenting
// the PEM certificate and key given, such as a test CA's.
func StartTLS(t testing.TB, certPEM, keyPEM []byte, users ...string) *Server {
	t.Helper()
	return start(t, &Server{certPEM: certPEM, keyPEM: keyPEM}, users)
}

func start(t testing.TB, s *Server, users []string) *Server {
	t.Helper()
	path, ok := Available()
	if !ok {
		t.Skip(skipMessage)
	}
	if len(users) == 0 {
		users = []string{DefaultUser}
	}
	if err := checkUsers(users); err != nil {
		t.Fatalf("dovecottest: %v", err)
	}
	dir, err := os.MkdirTemp("", "helpline-dovecot-")
	if err != nil {
		t.Fatalf("dovecottest: %v", err)
	}
	// Registered first so that it runs after the server has stopped.
	t.Cleanup(func() {
		if err := os.RemoveAll(dir); err != nil {
			t.Errorf("dovecottest: remove %s: %v", dir, err)
		}
	})
	s.dir, s.users = dir, users
	if err := s.launch(t.Context(), path); err != nil {
		t.Fatalf("dovecottest: start %s: %v%s", path, err, s.logTail())
	}
	t.Cleanup(s.proc.stop)
	for _, user := range users {
		if err := s.session(user, createMailbox); err != nil {
			t.Fatalf("dovecottest: %v%s", err, s.logTail())
		}
	}
	return s
}

// checkUsers refuses names Dovecot would alter or the passwd-file would
// misread, and duplicates.
func checkUsers(users []string) error {
	seen := make(map[string]bool, len(users))
	for _, u := range users {
		if !validUser.MatchString(u) {
			return fmt.Errorf("user name %q: want lowercase letters, digits and ._+@-", u)
		}
		if seen[u] {
			return fmt.Errorf("user name %q given twice", u)
		}
		seen[u] = true
	}
	return nil
}

// Addr returns the host:port of the server's plain IMAP listener.
func (s *Server) Addr() string { return s.addr }

// TLSAddr returns the host:port of the imaps listener of a server started
// with StartTLS, and "" for one started with Start.
func (s *Server) TLSAddr() string { return s.tlsAddr }

// Password returns the password of every user of the server.
func (s *Server) Password() string { return password }

// Users returns the users the server was started with.
func (s *Server) Users() []string { return append([]string(nil), s.users...) }

// launch writes the accounts and the configuration and runs Dovecot until it
// greets on its port.
func (s *Server) launch(ctx context.Context, path string) error {
	v, err := installedVersion(ctx, path)
	if err != nil {
		return err
	}
	id, err := currentIdentity()
	if err != nil {
		return err
	}
	if err := s.prepare(id); err != nil {
		return err
	}
	for attempt := 1; ; attempt++ {
		port, err := freePort()
		if err != nil {
			return err
		}
		if s.certPEM != nil {
			if s.tlsPort, err = freePort(); err != nil {
				return err
			}
		}
		err = s.run(path, v, id, port)
		if err == nil || attempt == startAttempts {
			return err
		}
	}
}

// prepare lays out the directory: readable by Dovecot's processes, with the
// mail homes owned by the account that will write mail.
func (s *Server) prepare(id identity) error {
	if err := os.Chmod(s.dir, 0o755); err != nil {
		return fmt.Errorf("open up %s: %w", s.dir, err)
	}
	var users strings.Builder
	for _, u := range s.users {
		fmt.Fprintf(&users, "%s:{PLAIN}%s\n", u, password)
	}
	if err := os.WriteFile(s.usersFile(), []byte(users.String()), 0o644); err != nil {
		return fmt.Errorf("write users: %w", err)
	}
	if s.certPEM != nil {
		// Read by the master before it drops privileges, as root or as
		// the user running the test: no one else needs the key.
		if err := os.WriteFile(s.certFile(), s.certPEM, 0o644); err != nil {
			return fmt.Errorf("write certificate: %w", err)
		}
		if err := os.WriteFile(s.keyFile(), s.keyPEM, 0o600); err != nil {
			return fmt.Errorf("write key: %w", err)
		}
	}
	home := s.homeRoot()
	if err := os.Mkdir(home, 0o755); err != nil {
		return fmt.Errorf("make homes: %w", err)
	}
	if id.root {
		if err := os.Chown(home, id.mailUID, id.mailGID); err != nil {
			return fmt.Errorf("give homes to uid %d: %w", id.mailUID, err)
		}
	}
	return nil
}

// settings describes this server's files for the configuration.
func (s *Server) settings(id identity, port int) settings {
	st := settings{
		BaseDir:       filepath.Join(s.dir, "run"),
		StateDir:      filepath.Join(s.dir, "state"),
		LogPath:       s.logPath(),
		UsersFile:     s.usersFile(),
		HomeRoot:      s.homeRoot(),
		Port:          port,
		InternalUser:  id.internalUser,
		InternalGroup: id.internalGroup,
		LoginUser:     id.loginUser,
		MailUID:       id.mailUID,
		MailGID:       id.mailGID,
	}
	if s.certPEM != nil {
		st.CertFile, st.KeyFile, st.TLSPort = s.certFile(), s.keyFile(), s.tlsPort
	}
	return st
}

func (s *Server) usersFile() string  { return filepath.Join(s.dir, "users") }
func (s *Server) homeRoot() string   { return filepath.Join(s.dir, "home") }
func (s *Server) logPath() string    { return filepath.Join(s.dir, "dovecot.log") }
func (s *Server) stderrPath() string { return filepath.Join(s.dir, "stderr.log") }
func (s *Server) configPath() string { return filepath.Join(s.dir, "dovecot.conf") }
func (s *Server) certFile() string   { return filepath.Join(s.dir, "cert.pem") }
func (s *Server) keyFile() string    { return filepath.Join(s.dir, "key.pem") }

// logTail returns the end of Dovecot's log and standard error, to explain a
// failure in the test's output.
func (s *Server) logTail() string {
	var b strings.Builder
	for _, path := range []string{s.stderrPath(), s.logPath()} {
		data, err := os.ReadFile(path)
		if err != nil || len(data) == 0 {
			continue
		}
		lines := strings.Split(strings.TrimRight(string(data), "\n"), "\n")
		if len(lines) > 20 {
			lines = lines[len(lines)-20:]
		}
		fmt.Fprintf(&b, "\n--- %s:\n%s", filepath.Base(path), strings.Join(lines, "\n"))
	}
	return b.String()
}
