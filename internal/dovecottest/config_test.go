package dovecottest

import (
	"errors"
	"io"
	"io/fs"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestParseVersion(t *testing.T) {
	tests := []struct {
		out     string
		want    version
		wantErr bool
	}{
		{out: "2.3.19.1 (9b53102964)\n", want: version{2, 3}},
		{out: "2.4.1-4 (7d8c0e5759)\n", want: version{2, 4}},
		{out: "2.4.0", want: version{2, 4}},
		{out: "", wantErr: true},
		{out: "2", wantErr: true},
		{out: "two.three", wantErr: true},
		{out: "2.x.1", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.out, func(t *testing.T) {
			got, err := parseVersion(tt.out)
			if tt.wantErr {
				if err == nil {
					t.Fatalf("parseVersion(%q): got %v, want an error", tt.out, got)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Fatalf("parseVersion(%q): got %v, %v, want %v", tt.out, got, err, tt.want)
			}
		})
	}
}

func testSettings() settings {
	return settings{
		BaseDir:       "/tmp/d/run",
		StateDir:      "/tmp/d/state",
		LogPath:       "/tmp/d/dovecot.log",
		UsersFile:     "/tmp/d/users",
		HomeRoot:      "/tmp/d/home",
		Port:          14300,
		InternalUser:  "dovecot",
		InternalGroup: "dovecot",
		LoginUser:     "dovenull",
		MailUID:       103,
		MailGID:       111,
	}
}

func TestRender(t *testing.T) {
	tests := []struct {
		name      string
		v         version
		firstLine string
		want      []string
		notWant   []string
	}{
		{
			name:      "2.3",
			v:         version{2, 3},
			firstLine: "# Written by helpline's tests for Dovecot 2.3.",
			want: []string{
				"disable_plaintext_auth = no", "mail_location = maildir:~/Maildir",
				"args = /tmp/d/users", "args = uid=103 gid=111 home=/tmp/d/home/%u",
				"port = 14300", "default_login_user = dovenull", "listen = 127.0.0.1",
			},
			notWant: []string{"dovecot_config_version", "auth_allow_cleartext", "%{user}"},
		},
		{
			name:      "2.4",
			v:         version{2, 4},
			firstLine: "dovecot_config_version = 2.4.0",
			want: []string{
				"dovecot_storage_version = 2.4.0", "auth_allow_cleartext = yes",
				"mail_driver = maildir", "passwd_file_path = /tmp/d/users",
				"home = /tmp/d/home/%{user}", "uid = 103", "port = 14300",
			},
			notWant: []string{"disable_plaintext_auth", "mail_location", "%u"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			conf, err := render(tt.v, testSettings())
			if err != nil {
				t.Fatalf("render: %v", err)
			}
			if first, _, _ := strings.Cut(conf, "\n"); first != tt.firstLine {
				t.Errorf("got first line %q, want %q", first, tt.firstLine)
			}
			for _, w := range tt.want {
				if !strings.Contains(conf, w) {
					t.Errorf("got config without %q, want it:\n%s", w, conf)
				}
			}
			for _, nw := range tt.notWant {
				if strings.Contains(conf, nw) {
					t.Errorf("got config with %q, want none:\n%s", nw, conf)
				}
			}
		})
	}
}

// TestRenderTLS checks the imaps listener and certificate settings in the
// syntax of each version, and that without a certificate TLS stays off.
func TestRenderTLS(t *testing.T) {
	withTLS := testSettings()
	withTLS.CertFile, withTLS.KeyFile, withTLS.TLSPort = "/tmp/d/cert.pem", "/tmp/d/key.pem", 14993
	tests := []struct {
		name    string
		v       version
		s       settings
		want    []string
		notWant []string
	}{
		{"2.3 plain", version{2, 3}, testSettings(), []string{"ssl = no", "port = 0"}, []string{"ssl = yes", "ssl_cert"}},
		{"2.4 plain", version{2, 4}, testSettings(), []string{"ssl = no", "port = 0"}, []string{"ssl = yes", "ssl_server_cert_file"}},
		{"2.3 tls", version{2, 3}, withTLS,
			[]string{"ssl = yes", "ssl_cert = </tmp/d/cert.pem", "ssl_key = </tmp/d/key.pem", "port = 14993", "port = 14300"},
			[]string{"ssl = no", "ssl_server_cert_file"}},
		{"2.4 tls", version{2, 4}, withTLS,
			[]string{"ssl = yes", "ssl_server_cert_file = /tmp/d/cert.pem", "ssl_server_key_file = /tmp/d/key.pem", "port = 14993"},
			[]string{"ssl = no", "ssl_cert =", "<"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			conf, err := render(tt.v, tt.s)
			if err != nil {
				t.Fatalf("render: %v", err)
			}
			for _, w := range tt.want {
				if !strings.Contains(conf, w) {
					t.Errorf("got config without %q, want it:\n%s", w, conf)
				}
			}
			for _, nw := range tt.notWant {
				if strings.Contains(conf, nw) {
					t.Errorf("got config with %q, want none:\n%s", nw, conf)
				}
			}
		})
	}
}

func TestRenderRefusesUnsafeValues(t *testing.T) {
	tests := []struct {
		name string
		edit func(*settings)
	}{
		{"percent in path", func(s *settings) { s.HomeRoot = "/tmp/100%u" }},
		{"space in path", func(s *settings) { s.UsersFile = "/tmp/my users" }},
		{"brace in path", func(s *settings) { s.BaseDir = "/tmp/}run" }},
		{"newline in user", func(s *settings) { s.InternalUser = "dovecot\nssl = yes" }},
		{"empty group", func(s *settings) { s.InternalGroup = "" }},
		{"key path with a space", func(s *settings) { s.CertFile, s.KeyFile = "/tmp/cert.pem", "/tmp/my key.pem" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := testSettings()
			tt.edit(&s)
			if conf, err := render(version{2, 3}, s); err == nil {
				t.Fatalf("render: got config, want an error:\n%s", conf)
			}
		})
	}
}

func TestCheckUsers(t *testing.T) {
	tests := []struct {
		users   []string
		wantErr bool
	}{
		{users: []string{"ask"}},
		{users: []string{"ask", "owner", "runner.1", "ask+a@example.org"}},
		{users: []string{"Ask"}, wantErr: true},
		{users: []string{""}, wantErr: true},
		{users: []string{"a:b"}, wantErr: true},
		{users: []string{"a b"}, wantErr: true},
		{users: []string{"../etc"}, wantErr: true},
		{users: []string{"ask", "ask"}, wantErr: true},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.users, ","), func(t *testing.T) {
			err := checkUsers(tt.users)
			if got := err != nil; got != tt.wantErr {
				t.Fatalf("checkUsers(%q): got error %v, want error %v", tt.users, err, tt.wantErr)
			}
		})
	}
}

// groupMembers counts the live (not zombie) processes in process group
// pgid, from /proc.
func groupMembers(t *testing.T, pgid int) int {
	t.Helper()
	stats, err := filepath.Glob("/proc/[0-9]*/stat")
	if err != nil {
		t.Fatalf("list /proc: %v", err)
	}
	n := 0
	for _, path := range stats {
		data, err := os.ReadFile(path)
		if err != nil {
			continue // the process has gone
		}
		// The command name is in parentheses and may hold anything, so
		// fields are counted after its closing one: state, ppid, pgrp.
		i := strings.LastIndexByte(string(data), ')')
		fields := strings.Fields(string(data)[i+1:])
		if len(fields) < 3 || fields[0] == "Z" {
			continue
		}
		if fields[2] == strconv.Itoa(pgid) {
			n++
		}
	}
	return n
}

func TestStopLeavesNothing(t *testing.T) {
	if _, ok := Available(); !ok {
		t.Skip(skipMessage)
	}
	if _, err := os.Stat("/proc/self/stat"); err != nil {
		t.Skipf("no /proc to count processes: %v", err)
	}
	var (
		pgid      int
		dir, addr string
		client    io.Closer
	)
	t.Run("server", func(t *testing.T) {
		s := Start(t)
		pgid, dir, addr = s.proc.cmd.Process.Pid, s.dir, s.addr
		// A client still logged in keeps an imap process alive through the
		// stop; it is closed only after the server.
		c, err := s.login(DefaultUser, nil, time.Now().Add(sessionTimeout))
		if err != nil {
			t.Fatalf("login: %v", err)
		}
		client = c
		// master, log, config, anvil, imap-login, auth and imap at least
		if n := groupMembers(t, pgid); n < 5 {
			t.Fatalf("got %d processes in dovecot's group, want 5 or more", n)
		}
	})
	if client != nil {
		defer client.Close()
	}
	if n := groupMembers(t, pgid); n != 0 {
		t.Errorf("got %d processes left in dovecot's group after the test, want 0", n)
	}
	if _, err := os.Stat(dir); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("stat %s after the test: got %v, want it removed", dir, err)
	}
	if conn, err := net.DialTimeout("tcp", addr, time.Second); err == nil {
		conn.Close()
		t.Errorf("dial %s after the test: got a connection, want none", addr)
	}
}

// BenchmarkStartStop measures what each test pays for its own Dovecot:
// writing the configuration, starting it until it greets, and stopping it.
func BenchmarkStartStop(b *testing.B) {
	path, ok := Available()
	if !ok {
		b.Skip(skipMessage)
	}
	for b.Loop() {
		dir, err := os.MkdirTemp("", "helpline-dovecot-")
		if err != nil {
			b.Fatal(err)
		}
		s := &Server{dir: dir, users: []string{DefaultUser}}
		if err := s.launch(b.Context(), path); err != nil {
			os.RemoveAll(dir)
			b.Fatalf("launch: %v%s", err, s.logTail())
		}
		s.proc.stop()
		if err := os.RemoveAll(dir); err != nil {
			b.Fatal(err)
		}
	}
}
