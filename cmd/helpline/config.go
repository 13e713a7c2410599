package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"time"

	"github.com/BurntSushi/toml"

	"helpline/internal/locale"
)

// Config is helpline's whole configuration: defaults, then the TOML file,
// then HELPLINE_<SECTION>_<KEY> environment variables. A key marked secret
// can also be read from a file named by <key>_file in TOML or
// HELPLINE_<SECTION>_<KEY>_FILE in the environment.
type Config struct {
	Site       SiteConfig       `toml:"site"`
	Database   DatabaseConfig   `toml:"database"`
	IMAP       IMAPConfig       `toml:"imap"`
	SMTP       SMTPConfig       `toml:"smtp"`
	Inbox      InboxConfig      `toml:"inbox"`
	Digest     DigestConfig     `toml:"digest"`
	Newsletter NewsletterConfig `toml:"newsletter"`
	Web        WebConfig        `toml:"web"`
	HTTP       HTTPConfig       `toml:"http"`
	Devmail    DevmailConfig    `toml:"devmail"`
	Log        LogConfig        `toml:"log"`
	DKIM       DKIMConfig       `toml:"dkim"`
	// Words replace the site's and the mail's words, by message ID (see
	// internal/locale/catalog), in the language of site.language.
	Words map[string]locale.Entry `toml:"words"`
}

// SiteConfig names the site, its mailbox and its owner.
type SiteConfig struct {
	Name           string   `toml:"name"`
	BaseURL        string   `toml:"base_url"`
	Address        string   `toml:"address"`
	OwnerName      string   `toml:"owner_name"`
	OwnerAddresses []string `toml:"owner_addresses"`
	Secret         string   `toml:"secret" secret:"true"`
	SecretFile     string   `toml:"secret_file"`
	LogoURL        string   `toml:"logo_url"`
	// Language is the BCP 47 tag of the language the site and its mail
	// speak, such as "en" or "de".
	Language string `toml:"language"`
	// TrustedAuthservID is the authserv-id of the receiving server whose
	// Authentication-Results headers are believed (RFC 8601).
	TrustedAuthservID string `toml:"trusted_authserv_id"`
	// Signoff closes the welcome mail and the digest.
	Signoff string `toml:"signoff"`
	// EbookTitle is what the site and the welcome mail call the ebook.
	EbookTitle string `toml:"ebook_title"`
	// NewsletterBlurb is the line under the newsletter box's heading;
	// empty says what the digest is and names the ebook.
	NewsletterBlurb string `toml:"newsletter_blurb"`
}

// DatabaseConfig locates the SQLite file.
type DatabaseConfig struct {
	Path string `toml:"path"`
}

// IMAPConfig is the mailbox the inbox reads.
type IMAPConfig struct {
	Addr             string `toml:"addr"`
	TLS              string `toml:"tls"`
	Username         string `toml:"username"`
	Password         string `toml:"password" secret:"true"`
	PasswordFile     string `toml:"password_file"`
	Mailbox          string `toml:"mailbox"`
	ProcessedMailbox string `toml:"processed_mailbox"`
	// SentMailbox is where the account keeps its sent mail: "" finds the
	// mailbox the server marks \Sent, "none" reads no sent mail.
	SentMailbox    string   `toml:"sent_mailbox"`
	PollInterval   Duration `toml:"poll_interval"`
	MaxMessageSize int64    `toml:"max_message_size"`
	// CAFile adds the certificates in a PEM file to the system's roots.
	CAFile string `toml:"ca_file"`
	// ServerName is the name the server's certificate must carry, when it
	// is not the host of addr.
	ServerName string `toml:"server_name"`
}

// SMTPConfig is the relay all mail leaves through.
type SMTPConfig struct {
	Addr         string  `toml:"addr"`
	TLS          string  `toml:"tls"`
	Username     string  `toml:"username"`
	Password     string  `toml:"password" secret:"true"`
	PasswordFile string  `toml:"password_file"`
	Connections  int     `toml:"connections"`
	Rate         float64 `toml:"rate"`
	MaxPerHour   int     `toml:"max_per_hour"`
	MaxPerDay    int     `toml:"max_per_day"`
	MaxAttempts  int     `toml:"max_attempts"`
	CAFile       string  `toml:"ca_file"`
	ServerName   string  `toml:"server_name"`
	// Timeout bounds the wait for the relay at each step of a session.
	Timeout SMTPTimeoutConfig `toml:"timeout"`
}

// SMTPTimeoutConfig is how long to wait for the relay at each step. The
// defaults are RFC 5321's minimums (4.5.3.2); data_end in particular
// gives the server ten minutes to take the mail, since giving up sooner
// invites a second copy of a mail that arrived.
type SMTPTimeoutConfig struct {
	Connect   Duration `toml:"connect"`
	Greeting  Duration `toml:"greeting"`
	Mail      Duration `toml:"mail"`
	Rcpt      Duration `toml:"rcpt"`
	DataInit  Duration `toml:"data_init"`
	DataBlock Duration `toml:"data_block"`
	DataEnd   Duration `toml:"data_end"`
}

// InboxConfig holds the limits on what readers may send, and how long
// the bytes of their mail are kept.
type InboxConfig struct {
	QuestionsPerDay int `toml:"questions_per_day"`
	AcksPerDay      int `toml:"acks_per_day"`
	// ConfirmOwnerActions sends the owner a one-line note of what each of
	// their mails did.
	ConfirmOwnerActions bool `toml:"confirm_owner_actions"`
	// NotifyDirectAnswers is what an asker the owner answered by mail
	// directly gets: "link" or "none".
	NotifyDirectAnswers string `toml:"notify_direct_answers"`
	// ConfirmWait is how long a reply of the owner's that needs their
	// confirmation waits for its copy in Sent before they are asked.
	ConfirmWait Duration `toml:"confirm_wait"`
	// KeepRaw is how long the bytes of a processed mail are kept; its
	// sender, subject and outcome stay. 0 keeps them for good.
	KeepRaw Duration `toml:"keep_raw"`
}

// DigestConfig schedules the digest.
type DigestConfig struct {
	Enabled  bool   `toml:"enabled"`
	Schedule string `toml:"schedule"`
	TimeZone string `toml:"time_zone"`
	MaxItems int    `toml:"max_items"`
}

// NewsletterConfig is about subscribers and the free ebook.
type NewsletterConfig struct {
	Ebook            string   `toml:"ebook"`
	EbookName        string   `toml:"ebook_name"`
	ListID           string   `toml:"list_id"`
	ConfirmsPerDay   int      `toml:"confirms_per_day"`
	SoftBounceLimit  int      `toml:"soft_bounce_limit"`
	SoftBounceWindow Duration `toml:"soft_bounce_window"`
}

// WebConfig is about the public site.
type WebConfig struct {
	PublishComments bool `toml:"publish_comments"`
}

// HTTPConfig is where the site listens.
type HTTPConfig struct {
	Listen string `toml:"listen"`
	// TrustedProxies are the networks (CIDRs) of reverse proxies whose
	// Forwarded and X-Forwarded-For headers name the client.
	TrustedProxies []string `toml:"trusted_proxies"`
	// MetricsListen is where /metrics is served: "" serves it on Listen.
	MetricsListen string `toml:"metrics_listen"`
}

// DevmailConfig is the embedded development mail server, started when no
// IMAP and SMTP servers are configured.
type DevmailConfig struct {
	IMAPAddr string   `toml:"imap_addr"`
	SMTPAddr string   `toml:"smtp_addr"`
	Password string   `toml:"password"`
	Accounts []string `toml:"accounts"`
}

// LogConfig sets the log level and format; trace writes IMAP and SMTP
// transcripts to standard error, with passwords redacted but with the
// mail itself, which is why it is off by default.
type LogConfig struct {
	Level  string `toml:"level"`
	Format string `toml:"format"`
	Trace  bool   `toml:"trace"`
}

// DKIMConfig signs outgoing mail (RFC 6376). All three keys or none.
type DKIMConfig struct {
	Domain   string `toml:"domain"`
	Selector string `toml:"selector"`
	KeyFile  string `toml:"key_file"`
}

// Duration is a time.Duration written as "90s" or "1h30m", or in whole
// days as "90d".
type Duration struct{ time.Duration }

// UnmarshalText parses a Go duration string, or a number of days.
func (d *Duration) UnmarshalText(b []byte) error {
	v, err := parseDuration(string(b))
	if err != nil {
		return err
	}
	d.Duration = v
	return nil
}

// parseDuration reads "90d" as 90 days and anything else as Go does.
func parseDuration(s string) (time.Duration, error) {
	if days, ok := strings.CutSuffix(strings.TrimSpace(s), "d"); ok {
		n, err := strconv.Atoi(days)
		if err != nil || n < 0 {
			return 0, fmt.Errorf("%q is not a number of days", s)
		}
		return time.Duration(n) * 24 * time.Hour, nil
	}
	return time.ParseDuration(s)
}

// MarshalText writes the duration as Go does.
func (d Duration) MarshalText() ([]byte, error) { return []byte(d.Duration.String()), nil }

// DefaultConfig is what a newcomer gets: everything on loopback, the
// embedded dev mail server, ./helpline.db.
func DefaultConfig() Config {
	return Config{
		Site: SiteConfig{
			Name:           "Helpline",
			BaseURL:        "http://127.0.0.1:8080",
			Address:        "ask@helpline.localhost",
			OwnerName:      "The Owner",
			OwnerAddresses: []string{"owner@helpline.localhost"},
			Language:       locale.Default,
		},
		Database: DatabaseConfig{Path: "helpline.db"},
		IMAP:     IMAPConfig{TLS: "implicit", Mailbox: "INBOX", PollInterval: Duration{time.Minute}, MaxMessageSize: 25 << 20},
		SMTP: SMTPConfig{TLS: "starttls", Connections: 2, Rate: 10, MaxAttempts: 8,
			Timeout: SMTPTimeoutConfig{Connect: Duration{30 * time.Second}, Greeting: Duration{5 * time.Minute},
				Mail: Duration{5 * time.Minute}, Rcpt: Duration{5 * time.Minute}, DataInit: Duration{2 * time.Minute},
				DataBlock: Duration{3 * time.Minute}, DataEnd: Duration{10 * time.Minute}}},
		Inbox: InboxConfig{QuestionsPerDay: 5, AcksPerDay: 1, ConfirmOwnerActions: true, NotifyDirectAnswers: "link",
			ConfirmWait: Duration{2 * time.Minute}, KeepRaw: Duration{90 * 24 * time.Hour}},
		Digest: DigestConfig{Enabled: true, Schedule: "0 8 * * 1", TimeZone: "UTC", MaxItems: 20},
		Newsletter: NewsletterConfig{EbookName: "helpline-running-tips.pdf", ConfirmsPerDay: 3,
			SoftBounceLimit: 3, SoftBounceWindow: Duration{30 * 24 * time.Hour}},
		HTTP: HTTPConfig{Listen: "127.0.0.1:8080"},
		Devmail: DevmailConfig{IMAPAddr: "127.0.0.1:1143", SMTPAddr: "127.0.0.1:1025", Password: "helpline",
			Accounts: []string{"runner@helpline.localhost", "reader@helpline.localhost"}},
		Log: LogConfig{Level: "info", Format: "text"},
	}
}

// Locale is the language of site.language with the owner's words.
func (c *Config) Locale() (*locale.Locale, error) {
	l, err := locale.New(c.Site.Language, c.Words)
	var le *locale.Error
	if errors.As(err, &le) {
		if le.ID == "" {
			return nil, &ConfigError{Key: "site.language", Reason: le.Reason}
		}
		return nil, &ConfigError{Key: "words." + le.ID, Reason: le.Reason}
	}
	return l, err
}

// ownerNotesTo is where confirmations of the owner's actions go, "" when
// the owner wants none.
func (c *Config) ownerNotesTo() string {
	if !c.Inbox.ConfirmOwnerActions {
		return ""
	}
	return strings.ToLower(c.Site.OwnerAddresses[0])
}

// UseDevmail reports whether no real mail servers are configured, so the
// embedded one stands in.
func (c *Config) UseDevmail() bool { return c.IMAP.Addr == "" && c.SMTP.Addr == "" }

// ConfigError names the key at fault and why; it makes the binary exit 2.
type ConfigError struct {
	Key    string
	Reason string
}

func (e *ConfigError) Error() string { return fmt.Sprintf("config %s: %s", e.Key, e.Reason) }

// LoadConfig reads the defaults, then the TOML file at path (if path is not
// empty), then the environment.
func LoadConfig(path string, env func(string) string) (*Config, error) {
	cfg := DefaultConfig()
	if dir := stateDirectory(env); dir != "" {
		cfg.Database.Path = filepath.Join(dir, "helpline.db")
	}
	if path != "" {
		md, err := toml.DecodeFile(path, &cfg)
		if err != nil {
			var perr toml.ParseError
			if errors.As(err, &perr) {
				return nil, &ConfigError{Key: path, Reason: perr.ErrorWithPosition()}
			}
			return nil, &ConfigError{Key: path, Reason: err.Error()}
		}
		if undec := md.Undecoded(); len(undec) > 0 {
			return nil, &ConfigError{Key: undec[0].String(), Reason: "unknown key"}
		}
	}
	if err := applyEnv(reflect.ValueOf(&cfg).Elem(), "HELPLINE", env); err != nil {
		return nil, err
	}
	if err := cfg.readSecretFiles(env); err != nil {
		return nil, err
	}
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	return &cfg, nil
}

// CheckEnvNames refuses a variable of environ named like a setting
// (HELPLINE_...) that is none, such as HELPLINE_IMAP_PASWORD: the
// environment, unlike the TOML file, cannot say which keys it holds, and
// a misspelt name would leave its setting at the default without a word.
// The test suite's own HELPLINE_TEST_ and HELPLINE_BENCH_ variables are
// not settings: a developer who exports one for the benchmarks still runs
// the binary, and the tests that start it, from that shell.
func CheckEnvNames(environ []string) error {
	known := map[string]bool{"HELPLINE_CONFIG": true}
	envNames(reflect.TypeOf(Config{}), "HELPLINE", known)
	for _, kv := range environ {
		name, _, _ := strings.Cut(kv, "=")
		if !strings.HasPrefix(name, "HELPLINE_") || strings.HasPrefix(name, "HELPLINE_TEST_") ||
			strings.HasPrefix(name, "HELPLINE_BENCH_") || known[name] {
			continue
		}
		return &ConfigError{Key: name, Reason: "no such setting (variables are named HELPLINE_<SECTION>_<KEY> " +
			"after the keys of helpline.example.toml)"}
	}
	return nil
}

// envNames adds to known the variable of every field of t, as applyEnv
// and readSecretFiles read them.
func envNames(t reflect.Type, prefix string, known map[string]bool) {
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		key := strings.ToUpper(prefix + "_" + f.Tag.Get("toml"))
		if f.Type.Kind() == reflect.Struct && f.Type != reflect.TypeOf(Duration{}) {
			envNames(f.Type, key, known)
			continue
		}
		known[key] = true
	}
}

// stateDirectory is the first of the directories systemd made for the
// service (StateDirectory=), which it names in $STATE_DIRECTORY,
// colon-separated.
func stateDirectory(env func(string) string) string {
	dir, _, _ := strings.Cut(env("STATE_DIRECTORY"), ":")
	return dir
}

// applyEnv overrides every field of v from HELPLINE_<SECTION>_<KEY>.
func applyEnv(v reflect.Value, prefix string, env func(string) string) error {
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		key := strings.ToUpper(prefix + "_" + f.Tag.Get("toml"))
		fv := v.Field(i)
		if f.Type.Kind() == reflect.Struct && f.Type != reflect.TypeOf(Duration{}) {
			if err := applyEnv(fv, key, env); err != nil {
				return err
			}
			continue
		}
		s := env(key)
		if s == "" {
			continue
		}
		if err := setField(fv, s); err != nil {
			return &ConfigError{Key: key, Reason: err.Error()}
		}
	}
	return nil
}

func setField(fv reflect.Value, s string) error {
	switch fv.Interface().(type) {
	case string:
		fv.SetString(s)
	case bool:
		b, err := strconv.ParseBool(s)
		if err != nil {
			return fmt.Errorf("%q is not true or false", s)
		}
		fv.SetBool(b)
	case int, int64:
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return fmt.Errorf("%q is not a whole number", s)
		}
		fv.SetInt(n)
	case float64:
		n, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return fmt.Errorf("%q is not a number", s)
		}
		fv.SetFloat(n)
	case []string:
		var list []string
		for _, p := range strings.Split(s, ",") {
			if p = strings.TrimSpace(p); p != "" {
				list = append(list, p)
			}
		}
		fv.Set(reflect.ValueOf(list))
	case Duration:
		d, err := parseDuration(s)
		if err != nil {
			return fmt.Errorf("%q is not a duration such as 90s, 1h or 90d", s)
		}
		fv.Set(reflect.ValueOf(Duration{d}))
	default:
		return fmt.Errorf("cannot be set from the environment")
	}
	return nil
}

// readSecretFiles fills each secret from its file when one is named, so
// that secrets can live outside the config and the environment.
func (c *Config) readSecretFiles(env func(string) string) error {
	secrets := []struct {
		key    string
		file   string
		envKey string
		dst    *string
	}{
		{"site.secret_file", c.Site.SecretFile, "HELPLINE_SITE_SECRET_FILE", &c.Site.Secret},
		{"imap.password_file", c.IMAP.PasswordFile, "HELPLINE_IMAP_PASSWORD_FILE", &c.IMAP.Password},
		{"smtp.password_file", c.SMTP.PasswordFile, "HELPLINE_SMTP_PASSWORD_FILE", &c.SMTP.Password},
	}
	for _, s := range secrets {
		key, file := s.key, s.file
		if f := env(s.envKey); f != "" {
			key, file = s.envKey, f
		}
		if file == "" {
			continue
		}
		b, err := os.ReadFile(file)
		if err != nil {
			return &ConfigError{Key: key, Reason: err.Error()}
		}
		v := strings.TrimRight(string(b), "\r\n")
		if v == "" {
			return &ConfigError{Key: key, Reason: "file is empty"}
		}
		*s.dst = v
	}
	return nil
}
