package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"

	dto "github.com/prometheus/client_model/go"

	"helpline/internal/dovecottest"
	"helpline/internal/smtptest"
	"helpline/internal/syncbuf"
	"helpline/internal/testcert"
)

// healthBody is what /healthz answers.
type healthBody struct {
	Status string                    `json:"status"`
	Checks map[string]map[string]any `json:"checks"`
}

// waitHealth asks base's /healthz until it answers code and, if it is
// not nil, cond holds for what it says, and returns what it said then.
func waitHealth(t *testing.T, base string, code int, cond func(healthBody) bool) healthBody {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	var last string
	for time.Now().Before(deadline) {
		got, body := httpGet(t, base+"/healthz")
		var h healthBody
		if err := json.Unmarshal([]byte(body), &h); err != nil {
			t.Fatalf("healthz is not JSON: %v\n%s", err, body)
		}
		if got == code && (cond == nil || cond(h)) {
			return h
		}
		last = fmt.Sprintf("%d %s", got, body)
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("healthz never answered %d; last %s", code, last)
	return healthBody{}
}

// binaryServe is the built binary serving with env, stopped when the
// test ends or by stop.
type binaryServe struct {
	cmd    *exec.Cmd
	stderr *syncbuf.Buffer
	web    string // host:port of the site
	metric string // host:port of /metrics
}

// startBinary runs `helpline serve` as a process, with JSON logs, and
// reads where it listens from its start-up line.
func startBinary(t *testing.T, bin string, env map[string]string) *binaryServe {
	t.Helper()
	cmd := exec.Command(bin, "serve")
	cmd.Dir = t.TempDir()
	cmd.Env = os.Environ()
	env["HELPLINE_LOG_FORMAT"], env["HELPLINE_LOG_LEVEL"] = "json", "info"
	for k, v := range env {
		cmd.Env = append(cmd.Env, k+"="+v)
	}
	b := &binaryServe{cmd: cmd, stderr: &syncbuf.Buffer{}}
	cmd.Stderr = b.stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.stop(t) })
	deadline := time.Now().Add(20 * time.Second)
	for b.web == "" {
		if time.Now().After(deadline) {
			t.Fatalf("serve did not start:\n%s", b.stderr.String())
		}
		time.Sleep(20 * time.Millisecond)
		sc := bufio.NewScanner(strings.NewReader(b.stderr.String()))
		for sc.Scan() {
			var rec map[string]any
			if json.Unmarshal(sc.Bytes(), &rec) == nil && rec["msg"] == "helpline is running" {
				b.web = strings.TrimPrefix(rec["web"].(string), "http://")
				b.metric = strings.TrimSuffix(strings.TrimPrefix(rec["metrics"].(string), "http://"), "/metrics")
			}
		}
	}
	return b
}

// stop sends SIGTERM and waits for a clean exit.
func (b *binaryServe) stop(t *testing.T) {
	if b.cmd.ProcessState != nil {
		return
	}
	b.cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan error, 1)
	go func() { done <- b.cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve exited with %v:\n%s", err, b.stderr.String())
		}
	case <-time.After(15 * time.Second):
		b.cmd.Process.Kill()
		t.Errorf("serve still running 15s after SIGTERM")
	}
}

// scrape reads /metrics at addr with Prometheus' own parser.
func scrape(t *testing.T, addr string) map[string]*dto.MetricFamily {
	t.Helper()
	resp, err := http.Get("http://" + addr + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("/metrics answered %d", resp.StatusCode)
	}
	parser := expfmt.NewTextParser(model.UTF8Validation)
	families, err := parser.TextToMetricFamilies(resp.Body)
	if err != nil {
		t.Fatalf("/metrics is not Prometheus text: %v", err)
	}
	return families
}

// value is the value of the metric in family name whose labels include
// labels (name=value pairs), or -1 when there is none.
func value(families map[string]*dto.MetricFamily, name string, labels ...string) float64 {
	f, ok := families[name]
	if !ok {
		return -1
	}
next:
	for _, m := range f.GetMetric() {
		have := map[string]string{}
		for _, l := range m.GetLabel() {
			have[l.GetName()] = l.GetValue()
		}
		for i := 0; i+1 < len(labels); i += 2 {
			if have[labels[i]] != labels[i+1] {
				continue next
			}
		}
		switch {
		case m.Counter != nil:
			return m.Counter.GetValue()
		case m.Gauge != nil:
			return m.Gauge.GetValue()
		case m.Histogram != nil:
			return float64(m.Histogram.GetSampleCount())
		}
	}
	return -1
}

// TestHealthAndMetricsThroughTheBinary runs the service against a real
// Dovecot with a wrong password: /healthz answers 503 naming the refused
// login, and the log says so. Run again with the right one, it answers
// 200, reads a question, sends its mail, and /metrics, on a listener of
// its own, shows all of it in Prometheus' format.
func TestHealthAndMetricsThroughTheBinary(t *testing.T) {
	bin := buildBinary(t)
	dc := dovecottest.Start(t)
	relay := smtptest.Start(t)
	env := servedEnv(t)
	env["HELPLINE_SITE_ADDRESS"] = "ask@example.org"
	env["HELPLINE_SITE_OWNER_ADDRESSES"] = "owner@example.org"
	env["HELPLINE_IMAP_ADDR"], env["HELPLINE_IMAP_TLS"] = dc.Addr(), "none"
	env["HELPLINE_IMAP_USERNAME"], env["HELPLINE_IMAP_PASSWORD"] = dovecottest.DefaultUser, "not the password"
	env["HELPLINE_SMTP_ADDR"], env["HELPLINE_SMTP_TLS"] = relay.Addr(), "none"

	wrong := startBinary(t, bin, env)
	h := waitHealth(t, "http://"+wrong.web, http.StatusServiceUnavailable, func(h healthBody) bool {
		return h.Checks["imap"]["last_error"] != nil
	})
	imap := h.Checks["imap"]
	if h.Status != "failing" || imap["status"] != "failing" || !strings.Contains(fmt.Sprint(imap["error"]), "login as "+dovecottest.DefaultUser) {
		t.Errorf("healthz with a wrong password: %+v, want imap failing at login", h)
	}
	if h.Checks["database"]["status"] != "ok" || h.Checks["smtp"]["status"] != "ok" {
		t.Errorf("healthz: %+v, want the database and smtp ok", h.Checks)
	}
	if wrong.metric != wrong.web {
		t.Errorf("metrics at %s, want on the site at %s", wrong.metric, wrong.web)
	}
	if got := value(scrape(t, wrong.web), "helpline_imap_failing"); got != 1 {
		t.Errorf("helpline_imap_failing = %v, want 1", got)
	}
	wrong.stop(t)
	if log := wrong.stderr.String(); !strings.Contains(log, "imap login refused") || strings.Contains(log, "connection lost") {
		t.Errorf("the log does not name the refused login:\n%s", log)
	}

	dc.Deliver(t, dovecottest.DefaultUser, []byte(strings.ReplaceAll("From: Pat <pat@example.net>\nTo: ask@example.org\n"+
		"Subject: Cadence?\nMessage-ID: <cadence@example.net>\n\nWhat cadence should I aim for?\n", "\n", "\r\n")))
	env["HELPLINE_IMAP_PASSWORD"] = dc.Password()
	env["HELPLINE_HTTP_METRICS_LISTEN"] = "127.0.0.1:0"
	right := startBinary(t, bin, env)
	h = waitHealth(t, "http://"+right.web, http.StatusOK, nil)
	if h.Checks["imap"]["logged_in"] != true || h.Checks["imap"]["error"] != nil {
		t.Errorf("healthz with the right password: %+v", h.Checks["imap"])
	}
	if !relay.WaitAccepted(2, 20*time.Second) {
		t.Fatalf("the acknowledgement and the notification were not sent: %v", relay)
	}
	if code, _ := httpGet(t, "http://"+right.web+"/metrics"); code != http.StatusNotFound {
		t.Errorf("/metrics on the site answered %d with a metrics listener of its own, want 404", code)
	}
	want := []struct {
		name   string
		labels []string
		min    float64
	}{
		{"helpline_inbox_messages_total", []string{"outcome", "question"}, 1},
		{"helpline_inbox_messages_total", []string{"outcome", "quarantined"}, 0},
		{"helpline_inbox_fetch_duration_seconds", []string{"trigger", "connect"}, 1},
		{"helpline_outbox_attempts_total", []string{"kind", "ack", "result", "sent"}, 1},
		{"helpline_outbox_attempts_total", []string{"kind", "notify", "result", "sent"}, 1},
		{"helpline_outbox_attempts_total", []string{"kind", "digest", "result", "retry"}, 0},
		{"helpline_outbox_delivery_latency_seconds", []string{"kind", "ack"}, 1},
		{"helpline_smtp_send_duration_seconds", nil, 2},
		{"helpline_outbox_mails", []string{"status", "sent"}, 2},
		{"helpline_outbox_mails", []string{"status", "failed"}, 0},
		{"helpline_outbox_oldest_due_age_seconds", nil, 0},
		{"helpline_subscribers", []string{"status", "active"}, 0},
		{"helpline_digest_last_id", nil, 0},
		{"helpline_http_requests_total", []string{"route", "GET /healthz", "code", "200"}, 1},
		{"helpline_imap_logged_in", nil, 1},
		{"helpline_imap_failing", nil, 0},
		{"helpline_smtp_failing", nil, 0},
		{"helpline_build_info", nil, 1},
		{"go_goroutines", nil, 1},
	}
	var families map[string]*dto.MetricFamily
	deadline := time.Now().Add(10 * time.Second)
	for {
		families = scrape(t, right.metric)
		// The sender records a mail sent just after the relay takes it,
		// and one scrape reads the counters and the database's counts
		// at different moments: wait for both to show the two mails.
		done := value(families, "helpline_outbox_mails", "status", "sent") >= 2 &&
			value(families, "helpline_smtp_send_duration_seconds") >= 2
		if done || time.Now().After(deadline) {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	for _, w := range want {
		if got := value(families, w.name, w.labels...); got < w.min {
			t.Errorf("%s%v = %v, want at least %v", w.name, w.labels, got, w.min)
		}
	}
	if got := value(families, "helpline_imap_failing"); got != 0 {
		t.Errorf("helpline_imap_failing = %v, want 0", got)
	}
}

// TestHealthNamesAnUntrustedCertificate serves against a Dovecot whose
// certificate a private CA signed, without imap.ca_file: /healthz says
// the inbox is failing, and why.
func TestHealthNamesAnUntrustedCertificate(t *testing.T) {
	ca := testcert.New(t, "127.0.0.1")
	dc := dovecottest.StartTLS(t, ca.ServerCertPEM, ca.ServerKeyPEM)
	relay := smtptest.Start(t, smtptest.WithTLS(ca.ServerConfig(t)))
	env := realServersEnv(t, dc, relay)
	env["HELPLINE_SMTP_CA_FILE"] = ca.CAFile(t)
	l := startServe(t, env)
	h := waitHealth(t, "http://"+l.Web, http.StatusServiceUnavailable, func(h healthBody) bool {
		return h.Checks["imap"]["last_error"] != nil
	})
	if err := fmt.Sprint(h.Checks["imap"]["error"]); !strings.Contains(err, "certificate signed by unknown authority") {
		t.Errorf("healthz imap error %q, want the untrusted certificate named", err)
	}
}
