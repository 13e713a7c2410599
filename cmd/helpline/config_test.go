package main

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

func envOf(m map[string]string) func(string) string {
	return func(k string) string { return m[k] }
}

func writeFile(t *testing.T, name, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestConfigDefaults(t *testing.T) {
	cfg, err := LoadConfig("", envOf(nil))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Site.Address != "ask@helpline.localhost" || cfg.Site.OwnerAddresses[0] != "owner@helpline.localhost" {
		t.Errorf("site = %+v", cfg.Site)
	}
	if cfg.Database.Path != "helpline.db" || cfg.HTTP.Listen != "127.0.0.1:8080" {
		t.Errorf("database/http = %q %q", cfg.Database.Path, cfg.HTTP.Listen)
	}
	if cfg.Devmail.IMAPAddr != "127.0.0.1:1143" || cfg.Devmail.SMTPAddr != "127.0.0.1:1025" || cfg.Devmail.Password != "helpline" {
		t.Errorf("devmail = %+v", cfg.Devmail)
	}
	if !cfg.UseDevmail() {
		t.Error("no mail servers configured, but devmail is not used")
	}
}

func TestConfigFileAndEnv(t *testing.T) {
	path := writeFile(t, "h.toml", `
[site]
name = "Running Training Helpline"
base_url = "https://help.example.org/"
address = "ask@example.org"
owner_addresses = ["coach@example.org"]

[imap]
addr = "imap.example.org:993"
username = "ask@example.org"
poll_interval = "30s"

[smtp]
addr = "smtp.example.org:587"
connections = 4
`)
	cfg, err := LoadConfig(path, envOf(map[string]string{
		"HELPLINE_SMTP_CONNECTIONS":     "3",
		"HELPLINE_DATABASE_PATH":        "/var/lib/helpline/h.db",
		"HELPLINE_SITE_OWNER_ADDRESSES": "coach@example.org, Coach2@Example.org",
	}))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Site.BaseURL != "https://help.example.org" {
		t.Errorf("base_url = %q, want the trailing slash trimmed", cfg.Site.BaseURL)
	}
	if cfg.SMTP.Connections != 3 {
		t.Errorf("smtp.connections = %d, want the env's 3", cfg.SMTP.Connections)
	}
	if cfg.Database.Path != "/var/lib/helpline/h.db" {
		t.Errorf("database.path = %q", cfg.Database.Path)
	}
	if cfg.IMAP.PollInterval.Duration != 30*time.Second {
		t.Errorf("imap.poll_interval = %v", cfg.IMAP.PollInterval)
	}
	if got := strings.Join(cfg.Site.OwnerAddresses, ","); got != "coach@example.org,coach2@example.org" {
		t.Errorf("owner addresses = %q", got)
	}
	if cfg.UseDevmail() {
		t.Error("mail servers configured, but devmail would be used")
	}
}

func TestConfigSecretFromFile(t *testing.T) {
	secret := writeFile(t, "secret", "a-very-long-site-secret-value\n")
	pw := writeFile(t, "pw", "hunter2hunter2\n")
	cfg, err := LoadConfig("", envOf(map[string]string{
		"HELPLINE_SITE_SECRET_FILE":   secret,
		"HELPLINE_SMTP_PASSWORD_FILE": pw,
	}))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Site.Secret != "a-very-long-site-secret-value" || cfg.SMTP.Password != "hunter2hunter2" {
		t.Errorf("secrets = %q %q", cfg.Site.Secret, cfg.SMTP.Password)
	}
	_, err = LoadConfig("", envOf(map[string]string{"HELPLINE_IMAP_PASSWORD_FILE": "/nonexistent/pw"}))
	var cerr *ConfigError
	if !errors.As(err, &cerr) || cerr.Key != "HELPLINE_IMAP_PASSWORD_FILE" {
		t.Errorf("missing secret file: %v, want an error naming HELPLINE_IMAP_PASSWORD_FILE", err)
	}
}

func TestConfigValidation(t *testing.T) {
	notPEM := writeFile(t, "not.pem", "not a certificate or key\n")
	dkimEnv := func(domain, selector, keyFile string) map[string]string {
		return map[string]string{"HELPLINE_DKIM_DOMAIN": domain, "HELPLINE_DKIM_SELECTOR": selector, "HELPLINE_DKIM_KEY_FILE": keyFile}
	}
	tests := []struct {
		name string
		env  map[string]string
		file string
		key  string
	}{
		{"bad base url", map[string]string{"HELPLINE_SITE_BASE_URL": "help.example.org"}, "", "site.base_url"},
		{"bad address", map[string]string{"HELPLINE_SITE_ADDRESS": "not an address"}, "", "site.address"},
		{"plus address", map[string]string{"HELPLINE_SITE_ADDRESS": "ask+x@example.org"}, "", "site.address"},
		{"owner is mailbox", map[string]string{"HELPLINE_SITE_OWNER_ADDRESSES": "ask@helpline.localhost"}, "", "site.owner_addresses"},
		{"short secret", map[string]string{"HELPLINE_SITE_SECRET": "short"}, "", "site.secret"},
		{"imap without smtp", map[string]string{"HELPLINE_IMAP_ADDR": "imap.example.org:993", "HELPLINE_IMAP_USERNAME": "u"}, "", "smtp.addr"},
		{"plain to remote", map[string]string{"HELPLINE_IMAP_ADDR": "imap.example.org:143", "HELPLINE_IMAP_TLS": "none",
			"HELPLINE_IMAP_USERNAME": "u", "HELPLINE_SMTP_ADDR": "smtp.example.org:25"}, "", "imap.tls"},
		{"bad tls", map[string]string{"HELPLINE_IMAP_ADDR": "imap.example.org:993", "HELPLINE_IMAP_TLS": "maybe",
			"HELPLINE_IMAP_USERNAME": "u", "HELPLINE_SMTP_ADDR": "smtp.example.org:25"}, "", "imap.tls"},
		{"imap tls beside the dev server", nil, "[imap]\ntls = \"sometimes\"\n", "imap.tls"},
		{"smtp tls beside the dev server", map[string]string{"HELPLINE_SMTP_TLS": "sometimes"}, "", "smtp.tls"},
		{"metrics listen", map[string]string{"HELPLINE_HTTP_METRICS_LISTEN": "9100"}, "", "http.metrics_listen"},
		{"connections", map[string]string{"HELPLINE_SMTP_CONNECTIONS": "0"}, "", "smtp.connections"},
		{"not a number", map[string]string{"HELPLINE_SMTP_CONNECTIONS": "many"}, "", "HELPLINE_SMTP_CONNECTIONS"},
		{"schedule", map[string]string{"HELPLINE_DIGEST_SCHEDULE": "every monday"}, "", "digest.schedule"},
		{"time zone", map[string]string{"HELPLINE_DIGEST_TIME_ZONE": "Mars/Olympus"}, "", "digest.time_zone"},
		{"listen", map[string]string{"HELPLINE_HTTP_LISTEN": "8080"}, "", "http.listen"},
		{"listen port out of range", map[string]string{"HELPLINE_HTTP_LISTEN": "127.0.0.1:99999"}, "", "http.listen"},
		{"imap port not a number", map[string]string{"HELPLINE_IMAP_ADDR": "imap.example.org:imap4s", "HELPLINE_IMAP_USERNAME": "u",
			"HELPLINE_SMTP_ADDR": "smtp.example.org:587"}, "", "imap.addr"},
		{"metrics on the site's address", map[string]string{"HELPLINE_HTTP_LISTEN": "127.0.0.1:8081",
			"HELPLINE_HTTP_METRICS_LISTEN": "127.0.0.1:8081"}, "", "http.metrics_listen"},
		{"log level", map[string]string{"HELPLINE_LOG_LEVEL": "loud"}, "", "log.level"},
		{"log format", map[string]string{"HELPLINE_LOG_FORMAT": "xml"}, "", "log.format"},
		{"hourly cap", map[string]string{"HELPLINE_SMTP_MAX_PER_HOUR": "-1"}, "", "smtp.max_per_hour"},
		{"daily cap", map[string]string{"HELPLINE_SMTP_MAX_PER_DAY": "-5"}, "", "smtp.max_per_day"},
		{"imap ca file missing", map[string]string{"HELPLINE_IMAP_CA_FILE": "/nonexistent/ca.pem"}, "", "imap.ca_file"},
		{"smtp ca file not pem", map[string]string{"HELPLINE_SMTP_CA_FILE": notPEM}, "", "smtp.ca_file"},
		{"server name", map[string]string{"HELPLINE_SMTP_SERVER_NAME": "mail example org"}, "", "smtp.server_name"},
		{"imap server name", map[string]string{"HELPLINE_IMAP_SERVER_NAME": "-imap.example.org"}, "", "imap.server_name"},
		{"long blurb", map[string]string{"HELPLINE_SITE_NEWSLETTER_BLURB": strings.Repeat("Answers weekly. ", 30)}, "", "site.newsletter_blurb"},
		{"dkim domain", dkimEnv("helpline..localhost", "sel", notPEM), "", "dkim.domain"},
		{"trusted proxy", nil, "[http]\ntrusted_proxies = [\"10.0.0.0/8\", \"proxy.local\"]\n", "http.trusted_proxies"},
		{"empty signoff", nil, "[site]\nsignoff = \" \"\n", "site.signoff"},
		{"ebook title on two lines", nil, "[site]\nebook_title = \"Running\\ntips\"\n", "site.ebook_title"},
		{"dkim without selector", dkimEnv("helpline.localhost", "", notPEM), "", "dkim.selector"},
		{"dkim without key", dkimEnv("helpline.localhost", "sel", ""), "", "dkim.key_file"},
		{"dkim other domain", dkimEnv("example.com", "sel", notPEM), "", "dkim.domain"},
		{"dkim bad selector", dkimEnv("helpline.localhost", "a selector", notPEM), "", "dkim.selector"},
		{"dkim key missing", dkimEnv("helpline.localhost", "sel", "/nonexistent/dkim.pem"), "", "dkim.key_file"},
		{"dkim not a key", dkimEnv("helpline.localhost", "sel", notPEM), "", "dkim.key_file"},
		{"unknown key", nil, "[site]\nnmae = \"x\"\n", "site.nmae"},
		{"language", map[string]string{"HELPLINE_SITE_LANGUAGE": "tlh"}, "", "site.language"},
		{"not a language", map[string]string{"HELPLINE_SITE_LANGUAGE": "german please"}, "", "site.language"},
		{"unknown word", nil, "[words]\nnav_qestions = \"Fragen\"\n", "words.nav_qestions"},
		{"word without its count", nil, "[words]\ncomment_count = \"Kommentare\"\n", "words.comment_count"},
		{"word with a wrong verb", nil, "[words]\nanswer_by = \"Antwort von %d\"\n", "words.answer_by"},
		{"bad toml", nil, "[site\n", "h.toml"},
		{"duration", nil, "[imap]\npoll_interval = \"soon\"\n", "h.toml"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := ""
			if tt.file != "" {
				path = writeFile(t, "h.toml", tt.file)
			}
			_, err := LoadConfig(path, envOf(tt.env))
			var cerr *ConfigError
			if !errors.As(err, &cerr) {
				t.Fatalf("err = %v, want a ConfigError", err)
			}
			if !strings.Contains(cerr.Key, tt.key) {
				t.Errorf("error names %q (%v), want %q", cerr.Key, err, tt.key)
			}
		})
	}
}

func TestConfigLanguageAndWords(t *testing.T) {
	path := writeFile(t, "h.toml", `[site]
language = "de-AT"

[words]
nav_ask = "Frag den Coach"
comment_count = { one = "eine Antwort", other = "%d Antworten" }
`)
	cfg, err := LoadConfig(path, envOf(nil))
	if err != nil {
		t.Fatal(err)
	}
	loc, err := cfg.Locale()
	if err != nil {
		t.Fatal(err)
	}
	got := []string{loc.Lang(), loc.T("nav_ask"), loc.T("nav_questions"), loc.T("comment_count", 1), loc.T("comment_count", 2)}
	want := []string{"de-AT", "Frag den Coach", "Fragen", "eine Antwort", "2 Antworten"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
	if cfg, err = LoadConfig("", envOf(map[string]string{"HELPLINE_SITE_LANGUAGE": "fr"})); err != nil {
		t.Fatal(err)
	}
	if loc, _ := cfg.Locale(); loc.T("nav_questions") != "Questions" || loc.T("nav_ask") != "Poser une question" {
		t.Errorf("HELPLINE_SITE_LANGUAGE=fr: got %q", loc.T("nav_ask"))
	}
}

func TestBadConfigExitsTwo(t *testing.T) {
	var out, errb strings.Builder
	m := &Main{Stdout: &out, Stderr: &errb, Getenv: envOf(map[string]string{"HELPLINE_SMTP_CONNECTIONS": "0"})}
	if code := m.Run(t.Context(), []string{"migrate"}); code != 2 {
		t.Fatalf("exit code %d, want 2", code)
	}
	if !strings.Contains(errb.String(), "smtp.connections") {
		t.Fatalf("stderr %q does not name the key", errb.String())
	}
}

// The example file must load as it is and mention every key, so that it
// stays the complete reference.
func TestExampleConfigIsCompleteAndValid(t *testing.T) {
	const path = "../../helpline.example.toml"
	if _, err := LoadConfig(path, envOf(nil)); err != nil {
		t.Fatalf("example config does not load: %v", err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	for _, key := range configKeys(reflect.TypeOf(Config{}), "") {
		i := strings.LastIndexByte(key, '.')
		section, name := key[:i], key[i+1:]
		i = strings.Index(text, "["+section+"]")
		if i < 0 {
			t.Errorf("example lacks section [%s]", section)
			continue
		}
		rest := text[i:]
		if j := strings.Index(rest[1:], "\n["); j >= 0 {
			rest = rest[:j+1]
		}
		if name == "" {
			continue // a table of the owner's own keys, such as [words]
		}
		if !strings.Contains(rest, "\n"+name+" = ") && !strings.Contains(rest, "\n# "+name+" = ") {
			t.Errorf("example does not document %s", key)
		}
	}
}

func configKeys(t reflect.Type, prefix string) []string {
	var keys []string
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		name := f.Tag.Get("toml")
		if f.Type.Kind() == reflect.Struct && f.Type != reflect.TypeOf(Duration{}) {
			keys = append(keys, configKeys(f.Type, prefix+name+".")...)
			continue
		}
		if f.Type.Kind() == reflect.Map {
			keys = append(keys, prefix+name+".")
			continue
		}
		keys = append(keys, prefix+name)
	}
	return keys
}

// TestConfigStateDirectory puts the database where systemd's
// StateDirectory= says, unless the database path is set.
func TestConfigStateDirectory(t *testing.T) {
	tests := []struct {
		env  map[string]string
		want string
	}{
		{map[string]string{}, "helpline.db"},
		{map[string]string{"STATE_DIRECTORY": "/var/lib/helpline"}, "/var/lib/helpline/helpline.db"},
		{map[string]string{"STATE_DIRECTORY": "/var/lib/helpline:/var/lib/other"}, "/var/lib/helpline/helpline.db"},
		{map[string]string{"STATE_DIRECTORY": "/var/lib/helpline", "HELPLINE_DATABASE_PATH": "/srv/h.db"}, "/srv/h.db"},
	}
	for _, tt := range tests {
		t.Run(tt.env["STATE_DIRECTORY"], func(t *testing.T) {
			cfg, err := LoadConfig("", envOf(tt.env))
			if err != nil {
				t.Fatal(err)
			}
			if cfg.Database.Path != tt.want {
				t.Errorf("got database.path %q, want %q", cfg.Database.Path, tt.want)
			}
		})
	}
}

// A bad ebook is a configuration error that names the key once and the
// file, so the operator knows which setting to fix and what it points at.
func TestBadEbookNamesKeyAndFile(t *testing.T) {
	notPDF := writeFile(t, "book.pdf", "some notes\n")
	for _, path := range []string{filepath.Join(t.TempDir(), "none.pdf"), notPDF} {
		t.Run(filepath.Base(path), func(t *testing.T) {
			cfg := DefaultConfig()
			cfg.Newsletter.Ebook = path
			_, err := newNewsletter(&App{Config: &cfg})
			var cerr *ConfigError
			if !errors.As(err, &cerr) || cerr.Key != "newsletter.ebook" {
				t.Fatalf("got %v, want a ConfigError for newsletter.ebook", err)
			}
			if msg := err.Error(); strings.Count(msg, "newsletter.ebook") != 1 || !strings.Contains(msg, path) {
				t.Errorf("got %q, want the key named once and the file named", msg)
			}
		})
	}
}

// A variable named like a setting that is none is refused, naming it,
// as an unknown key of the file is; others are left alone.
func TestEnvNamesMustBeSettings(t *testing.T) {
	tests := []struct {
		name    string
		environ []string
		bad     string
	}{
		{"settings", []string{"HELPLINE_SITE_NAME=x", "HELPLINE_SMTP_TIMEOUT_DATA_END=20m", "HELPLINE_CONFIG=h.toml"}, ""},
		{"secret files", []string{"HELPLINE_SMTP_PASSWORD_FILE=/run/p", "HELPLINE_SITE_SECRET_FILE=/run/s"}, ""},
		{"the tests' own and others'", []string{"HELPLINE_TEST_REPLIES=dir", "HOME=/root", "HELPLINEX=1"}, ""},
		{"the benchmarks'", []string{"HELPLINE_BENCH_SMTP_ADDR=127.0.0.1:25", "HELPLINE_BENCH_N=100"}, ""},
		{"misspelt key", []string{"HELPLINE_SITE_NAME=x", "HELPLINE_IMAP_PASWORD=secret"}, "HELPLINE_IMAP_PASWORD"},
		{"misspelt section", []string{"HELPLINE_SITEE_NAME=x"}, "HELPLINE_SITEE_NAME"},
		{"a section alone", []string{"HELPLINE_SMTP=x"}, "HELPLINE_SMTP"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := CheckEnvNames(tt.environ)
			var cerr *ConfigError
			switch {
			case tt.bad == "" && err != nil:
				t.Fatalf("got %v, want none", err)
			case tt.bad != "" && (!errors.As(err, &cerr) || cerr.Key != tt.bad):
				t.Fatalf("got %v, want a config error naming %s", err, tt.bad)
			}
		})
	}
	var out, errb strings.Builder
	env := servedEnv(t)
	m := &Main{Stdout: &out, Stderr: &errb, Getenv: envOf(env),
		Environ: func() []string { return []string{"HELPLINE_DIGEST_SHEDULE=0 9 * * 1"} }}
	if code := m.Run(t.Context(), []string{"migrate"}); code != exitUsage || !strings.Contains(errb.String(), "HELPLINE_DIGEST_SHEDULE") {
		t.Errorf("migrate: exit %d, %q; want 2 and the variable named", code, errb.String())
	}
}
