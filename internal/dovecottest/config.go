package dovecottest

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"os/user"
	"regexp"
	"strconv"
	"strings"
	"text/template"
	"time"
)

// version is the major.minor of an installed Dovecot.
type version struct {
	major, minor int
}

// at24 reports whether v speaks the configuration syntax of Dovecot 2.4,
// which renamed or restructured most of the settings used here.
func (v version) at24() bool {
	return v.major > 2 || (v.major == 2 && v.minor >= 4)
}

// parseVersion reads the first line of `dovecot --version`, such as
// "2.3.19.1 (9b53102964)".
func parseVersion(out string) (version, error) {
	fields := strings.Fields(out)
	if len(fields) == 0 {
		return version{}, fmt.Errorf("empty version output")
	}
	parts := strings.Split(fields[0], ".")
	if len(parts) < 2 {
		return version{}, fmt.Errorf("version %q: want major.minor", fields[0])
	}
	major, err := strconv.Atoi(parts[0])
	if err != nil {
		return version{}, fmt.Errorf("version %q: %w", fields[0], err)
	}
	minor, err := strconv.Atoi(parts[1])
	if err != nil {
		return version{}, fmt.Errorf("version %q: %w", fields[0], err)
	}
	return version{major: major, minor: minor}, nil
}

// installedVersion asks the binary at path for its version.
func installedVersion(ctx context.Context, path string) (version, error) {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, path, "--version").Output()
	if err != nil {
		return version{}, fmt.Errorf("%s --version: %w", path, err)
	}
	return parseVersion(string(out))
}

// identity names the accounts Dovecot's processes and mail files run as.
//
// Run by root, Dovecot drops privileges: its internal processes and the
// login processes must be unprivileged accounts, and it refuses to touch mail
// as uid 0. The package's own accounts (dovecot, dovenull) serve, and mail
// belongs to the dovecot account. Run by anyone else, Dovecot cannot switch
// users, so every role is the current user.
type identity struct {
	internalUser  string
	internalGroup string
	loginUser     string
	mailUID       int
	mailGID       int
	root          bool
}

// currentIdentity picks the accounts for the effective user running the test.
func currentIdentity() (identity, error) {
	if os.Geteuid() == 0 {
		return rootIdentity()
	}
	u, err := user.LookupId(strconv.Itoa(os.Geteuid()))
	if err != nil {
		return identity{}, fmt.Errorf("look up current user: %w", err)
	}
	g, err := user.LookupGroupId(strconv.Itoa(os.Getegid()))
	if err != nil {
		return identity{}, fmt.Errorf("look up current group: %w", err)
	}
	return identity{
		internalUser:  u.Username,
		internalGroup: g.Name,
		loginUser:     u.Username,
		mailUID:       os.Geteuid(),
		mailGID:       os.Getegid(),
	}, nil
}

// rootIdentity uses the accounts the Debian package creates.
func rootIdentity() (identity, error) {
	internal, err := user.Lookup("dovecot")
	if err != nil {
		return identity{}, fmt.Errorf("running as root needs the dovecot account of the package: %w", err)
	}
	login, err := user.Lookup("dovenull")
	if err != nil {
		return identity{}, fmt.Errorf("running as root needs the dovenull account of the package: %w", err)
	}
	group, err := user.LookupGroupId(internal.Gid)
	if err != nil {
		return identity{}, fmt.Errorf("look up group of the dovecot account: %w", err)
	}
	uid, err := strconv.Atoi(internal.Uid)
	if err != nil {
		return identity{}, fmt.Errorf("uid of the dovecot account: %w", err)
	}
	gid, err := strconv.Atoi(internal.Gid)
	if err != nil {
		return identity{}, fmt.Errorf("gid of the dovecot account: %w", err)
	}
	return identity{
		internalUser:  internal.Username,
		internalGroup: group.Name,
		loginUser:     login.Username,
		mailUID:       uid,
		mailGID:       gid,
		root:          true,
	}, nil
}

// settings fills a configuration template. The fields are exported only
// because text/template reads nothing else.
type settings struct {
	BaseDir       string
	StateDir      string
	LogPath       string
	UsersFile     string
	HomeRoot      string
	Port          int
	InternalUser  string
	InternalGroup string
	LoginUser     string
	MailUID       int
	MailGID       int
	// CertFile and KeyFile, when set, are the PEM certificate and key of
	// an implicit-TLS listener on TLSPort.
	CertFile string
	KeyFile  string
	TLSPort  int
}

// safeValue matches what may be written unquoted into a Dovecot setting: no
// spaces, quotes, braces or '%', which Dovecot would expand as a variable.
var safeValue = regexp.MustCompile(`^[A-Za-z0-9/._+-]+$`)

// check refuses values that the configuration syntax would misread.
func (s settings) check() error {
	values := []string{s.BaseDir, s.StateDir, s.LogPath, s.UsersFile, s.HomeRoot,
		s.InternalUser, s.InternalGroup, s.LoginUser}
	if s.CertFile != "" || s.KeyFile != "" {
		values = append(values, s.CertFile, s.KeyFile)
	}
	for _, v := range values {
		if !safeValue.MatchString(v) {
			return fmt.Errorf("value %q cannot be written into a dovecot configuration", v)
		}
	}
	return nil
}

// The configuration listens on loopback only, through the global listen
// setting, which both versions read (2.4 dropped the per-listener address).
// A failed login is answered at once rather than after the usual delay, so
// that tests of bad passwords stay fast. Login processes are not chrooted:
// chroot needs root, and the tests gain nothing from it. Without a
// certificate ssl is off and the imaps listener is disabled by port 0;
// with one, imaps listens on its own port and the plain listener stays
// open for the tests' own set-up. Dovecot 2.3 reads the files named after
// '<'; 2.4 takes the path itself under new setting names.
const config23 = `# Written by helpline's tests for Dovecot 2.3.
protocols = imap
listen = 127.0.0.1
base_dir = {{.BaseDir}}
state_dir = {{.StateDir}}
log_path = {{.LogPath}}
{{if .CertFile}}ssl = yes
ssl_cert = <{{.CertFile}}
ssl_key = <{{.KeyFile}}
{{else}}ssl = no
{{end}}disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
default_internal_user = {{.InternalUser}}
default_internal_group = {{.InternalGroup}}
default_login_user = {{.LoginUser}}
first_valid_uid = 1
first_valid_gid = 0
mail_location = maildir:~/Maildir
namespace inbox {
  inbox = yes
  mailbox Sent {
    auto = create
    special_use = \Sent
  }
}
passdb {
  driver = passwd-file
  args = {{.UsersFile}}
}
userdb {
  driver = static
  args = uid={{.MailUID}} gid={{.MailGID}} home={{.HomeRoot}}/%u
}
service imap-login {
  chroot =
  inet_listener imap {
    port = {{.Port}}
  }
  inet_listener imaps {
    port = {{.TLSPort}}
  }
}
service anvil {
  chroot =
}
`

// config24 says the same in the syntax of Dovecot 2.4, where the version
// lines must come first and the namespace is no longer implied.
const config24 = `dovecot_config_version = 2.4.0
dovecot_storage_version = 2.4.0
# Written by helpline's tests for Dovecot 2.4.
protocols = imap
listen = 127.0.0.1
base_dir = {{.BaseDir}}
state_dir = {{.StateDir}}
log_path = {{.LogPath}}
{{if .CertFile}}ssl = yes
ssl_server_cert_file = {{.CertFile}}
ssl_server_key_file = {{.KeyFile}}
{{else}}ssl = no
{{end}}auth_allow_cleartext = yes
auth_mechanisms = plain login
auth_failure_delay = 0
default_internal_user = {{.InternalUser}}
default_internal_group = {{.InternalGroup}}
default_login_user = {{.LoginUser}}
first_valid_uid = 1
first_valid_gid = 0
mail_driver = maildir
mail_path = ~/Maildir
namespace inbox {
  inbox = yes
  mailbox Sent {
    auto = create
    special_use = \Sent
  }
}
passdb passwd-file {
  passwd_file_path = {{.UsersFile}}
}
userdb static {
  fields {
    uid = {{.MailUID}}
    gid = {{.MailGID}}
    home = {{.HomeRoot}}/%{user}
  }
}
service imap-login {
  chroot =
  inet_listener imap {
    port = {{.Port}}
  }
  inet_listener imaps {
    port = {{.TLSPort}}
  }
}
service anvil {
  chroot =
}
`

var (
	template23 = template.Must(template.New("dovecot-2.3").Parse(config23))
	template24 = template.Must(template.New("dovecot-2.4").Parse(config24))
)

// render writes the configuration for version v.
func render(v version, s settings) (string, error) {
	if err := s.check(); err != nil {
		return "", err
	}
	tmpl := template23
	if v.at24() {
		tmpl = template24
	}
	var b strings.Builder
	if err := tmpl.Execute(&b, s); err != nil {
		return "", fmt.Errorf("render dovecot %d.%d config: %w", v.major, v.minor, err)
	}
	return b.String(), nil
}
