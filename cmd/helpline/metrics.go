package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"helpline/data"
	"helpline/inbox"
	"helpline/mailer"
	"helpline/web"
)

// Metrics is what /metrics shows, in a registry of its own.
//
// The packages that do the work know nothing of Prometheus. Each says
// what happens through a one- or two-method Observer interface of its
// own, which the types below implement with counters and histograms:
// events such as a message processed or a mail sent can only be counted
// as they happen. What is a state rather than an event (mail waiting,
// subscribers, a digest's progress) is read from the database when
// /metrics is asked, by stateCollector, so that no package keeps counts
// that could drift from the data, and they are right after a restart.
type Metrics struct {
	reg    *prometheus.Registry
	Inbox  *inboxMetrics
	Mailer *mailerMetrics
	Web    *webMetrics
}

var (
	_ inbox.Observer  = (*inboxMetrics)(nil)
	_ mailer.Observer = (*mailerMetrics)(nil)
	_ web.Observer    = (*webMetrics)(nil)
)

// newMetrics registers every collector: the service's own, Go's runtime
// and the process's.
func newMetrics() *Metrics {
	reg := prometheus.NewRegistry()
	m := &Metrics{reg: reg, Inbox: newInboxMetrics(), Mailer: newMailerMetrics(), Web: newWebMetrics()}
	info := prometheus.NewGauge(prometheus.GaugeOpts{Name: "helpline_build_info", Help: "Always 1, labelled with the version.",
		ConstLabels: prometheus.Labels{"version": version}})
	info.Set(1)
	reg.MustRegister(info, collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	reg.MustRegister(m.Inbox.messages, m.Inbox.fetch, m.Mailer.attempts, m.Mailer.send, m.Mailer.latency,
		m.Web.requests, m.Web.duration)
	return m
}

// watch adds the collector of what the database and the running parts
// know at the moment of asking.
func (m *Metrics) watch(db *data.DB, poller *inbox.Poller, sender *mailer.Sender) {
	m.reg.MustRegister(newStateCollector(db, poller, sender))
}

// Handler serves the metrics in Prometheus' text format. A collector
// that fails leaves its metrics out, and says why in the log.
func (m *Metrics) Handler(log *slog.Logger) http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{
		ErrorLog:      slog.NewLogLogger(log.Handler(), slog.LevelWarn),
		ErrorHandling: promhttp.ContinueOnError,
		Registry:      m.reg,
	})
}

// Buckets in seconds: from a fast local fetch or send to a slow relay.
var latencyBuckets = []float64{.005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30, 60}

// Buckets in seconds from queueing to sending: from at once to a digest
// that takes days under a daily cap.
var queueBuckets = []float64{1, 5, 15, 60, 300, 900, 3600, 4 * 3600, 24 * 3600, 3 * 24 * 3600}

// inboxMetrics counts what the inbox does.
type inboxMetrics struct {
	messages *prometheus.CounterVec
	fetch    *prometheus.HistogramVec
}

func newInboxMetrics() *inboxMetrics {
	m := &inboxMetrics{
		messages: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "helpline_inbox_messages_total",
			Help: "Messages processed, by what they came to."}, []string{"outcome"}),
		fetch: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "helpline_inbox_fetch_duration_seconds",
			Help:    "Time to fetch and store new mail, by what led to the fetch: a new connection, the end of IDLE, or a poll.",
			Buckets: latencyBuckets}, []string{"trigger"}),
	}
	for _, o := range []string{data.OutcomeQuestion, data.OutcomeFollowup, data.OutcomeAnswer, data.OutcomeCommand,
		data.OutcomeComment, data.OutcomeSubscribe, data.OutcomeUnsubscribe, data.OutcomeBounce, data.OutcomeAuto,
		data.OutcomeLoop, data.OutcomeRejected, data.OutcomeRateLimited, data.OutcomeDuplicate, data.OutcomeQuarantined} {
		m.messages.WithLabelValues(o)
	}
	for _, t := range []string{inbox.FetchAtConnect, inbox.FetchAfterIdle, inbox.FetchAfterPoll} {
		m.fetch.WithLabelValues(t)
	}
	return m
}

func (m *inboxMetrics) Processed(outcome string) { m.messages.WithLabelValues(outcome).Inc() }

func (m *inboxMetrics) Fetched(trigger string, elapsed time.Duration, stored int) {
	m.fetch.WithLabelValues(trigger).Observe(elapsed.Seconds())
}

// mailerMetrics counts delivery attempts and times them.
type mailerMetrics struct {
	attempts *prometheus.CounterVec
	send     prometheus.Histogram
	latency  *prometheus.HistogramVec
}

func newMailerMetrics() *mailerMetrics {
	m := &mailerMetrics{
		attempts: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "helpline_outbox_attempts_total",
			Help: "Delivery attempts, by kind of mail and result: sent, retry (a temporary failure) or failed."},
			[]string{"kind", "result"}),
		send: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "helpline_smtp_send_duration_seconds",
			Help: "Time the relay took to take one mail.", Buckets: latencyBuckets}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "helpline_outbox_delivery_latency_seconds",
			Help: "Time from queueing a mail to the relay taking it, by kind.", Buckets: queueBuckets}, []string{"kind"}),
	}
	for _, k := range []string{data.KindAck, data.KindNotify, data.KindAnswered, data.KindNoText, data.KindConfirm,
		data.KindWelcome, data.KindDigest, data.KindComment} {
		for _, r := range []string{mailer.ResultSent, mailer.ResultRetry, mailer.ResultFailed} {
			m.attempts.WithLabelValues(k, r)
		}
		m.latency.WithLabelValues(k)
	}
	return m
}

func (m *mailerMetrics) Attempted(a mailer.Attempt) {
	m.attempts.WithLabelValues(a.Kind, a.Result).Inc()
	if a.Result == mailer.ResultSent {
		m.send.Observe(a.Send.Seconds())
		m.latency.WithLabelValues(a.Kind).Observe(a.Queued.Seconds())
	}
}

// webMetrics counts the site's requests by route and status.
type webMetrics struct {
	requests *prometheus.CounterVec
	duration *prometheus.HistogramVec
}

func newWebMetrics() *webMetrics {
	return &webMetrics{
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "helpline_http_requests_total",
			Help: "Requests answered, by route (the pattern that answered, \"none\" for none) and status code."},
			[]string{"route", "code"}),
		duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "helpline_http_request_duration_seconds",
			Help: "Time to answer a request, by route.", Buckets: latencyBuckets}, []string{"route"}),
	}
}

func (m *webMetrics) Request(route string, code int, elapsed time.Duration) {
	if route == "" {
		route = "none"
	}
	m.requests.WithLabelValues(route, strconv.Itoa(code)).Inc()
	m.duration.WithLabelValues(route).Observe(elapsed.Seconds())
}

// serveMetrics answers GET /metrics on ln until ctx is done.
func serveMetrics(ctx context.Context, ln net.Listener, h http.Handler, log *slog.Logger) error {
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", h)
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second, WriteTimeout: 30 * time.Second,
		ErrorLog: slog.NewLogLogger(log.Handler(), slog.LevelWarn)}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("metrics: %w", err)
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	srv.Shutdown(shutdown)
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("metrics: %w", err)
	}
	return nil
}
