package main

import (
	"context"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"helpline/data"
	"helpline/inbox"
	"helpline/mailer"
)

// stateCollector reads, at each scrape, what is a state rather than an
// event: the outbox and subscribers from the database, and the mail
// servers' connections from the parts that hold them.
type stateCollector struct {
	db     *data.DB
	poller *inbox.Poller
	sender *mailer.Sender

	outbox, oldestDue, subscribers          *prometheus.Desc
	digestID, digestCreated, digestMails    *prometheus.Desc
	imapLoggedIn, imapFailing, imapLastPoll *prometheus.Desc
	smtpFailing, smtpLastSent               *prometheus.Desc
}

func newStateCollector(db *data.DB, poller *inbox.Poller, sender *mailer.Sender) *stateCollector {
	d := func(name, help string, labels ...string) *prometheus.Desc {
		return prometheus.NewDesc(name, help, labels, nil)
	}
	return &stateCollector{db: db, poller: poller, sender: sender,
		outbox:      d("helpline_outbox_mails", "Mails in the outbox, by status.", "status"),
		oldestDue:   d("helpline_outbox_oldest_due_age_seconds", "How long the mail due longest has waited to be sent; 0 when none is due."),
		subscribers: d("helpline_subscribers", "Subscribers, by status.", "status"),
		digestID:    d("helpline_digest_last_id", "The newest digest's number; 0 before the first."),
		digestCreated: d("helpline_digest_last_created_timestamp_seconds",
			"When the newest digest was made, in seconds since 1970."),
		digestMails:  d("helpline_digest_last_mails", "The newest digest's mails, by status: how far it is delivered.", "status"),
		imapLoggedIn: d("helpline_imap_logged_in", "1 while the inbox is connected and logged in."),
		imapFailing:  d("helpline_imap_failing", "1 while the last attempt to connect to the mailbox failed."),
		imapLastPoll: d("helpline_imap_last_poll_timestamp_seconds", "When new mail was last fetched to the end, in seconds since 1970."),
		smtpFailing:  d("helpline_smtp_failing", "1 while the last attempt to reach the relay failed to connect."),
		smtpLastSent: d("helpline_smtp_last_sent_timestamp_seconds", "When the relay last took a mail, in seconds since 1970."),
	}
}

// Describe sends every metric's description.
func (c *stateCollector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{c.outbox, c.oldestDue, c.subscribers, c.digestID, c.digestCreated, c.digestMails,
		c.imapLoggedIn, c.imapFailing, c.imapLastPoll, c.smtpFailing, c.smtpLastSent} {
		ch <- d
	}
}

// Collect reads the database and the parts' states. A read that fails
// is reported as an invalid metric, which the handler logs, leaving the
// rest to be shown.
func (c *stateCollector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	reads := []struct {
		desc *prometheus.Desc
		read func(context.Context, chan<- prometheus.Metric) error
	}{{c.outbox, c.collectOutbox}, {c.subscribers, c.collectSubscribers}, {c.digestID, c.collectDigest}}
	for _, r := range reads {
		if err := r.read(ctx, ch); err != nil {
			ch <- prometheus.NewInvalidMetric(r.desc, err)
		}
	}
	c.collectServers(ch)
}

// outboxStatuses are the statuses the outbox gauges report, each every
// time, so that a status at zero is a series at zero.
var outboxStatuses = []string{data.OutboxQueued, data.OutboxSending, data.OutboxSent, data.OutboxFailed,
	data.OutboxUncertain, data.OutboxCancelled}

func (c *stateCollector) collectOutbox(ctx context.Context, ch chan<- prometheus.Metric) error {
	counts, err := c.db.OutboxCounts(ctx)
	if err != nil {
		return err
	}
	for _, s := range outboxStatuses {
		ch <- prometheus.MustNewConstMetric(c.outbox, prometheus.GaugeValue, float64(counts[s]), s)
	}
	age, err := oldestDueAge(ctx, c.db)
	if err != nil {
		return err
	}
	ch <- prometheus.MustNewConstMetric(c.oldestDue, prometheus.GaugeValue, age.Seconds())
	return nil
}

// oldestDueAge is how long the mail due longest has waited, 0 when none
// is due.
func oldestDueAge(ctx context.Context, db *data.DB) (time.Duration, error) {
	next, err := db.NextOutboxDue(ctx)
	if err != nil || next.IsZero() {
		return 0, err
	}
	return max(db.Now().Sub(next), 0), nil
}

func (c *stateCollector) collectSubscribers(ctx context.Context, ch chan<- prometheus.Metric) error {
	counts, err := c.db.CountSubscribers(ctx)
	if err != nil {
		return err
	}
	for _, s := range []string{data.SubscriberPending, data.SubscriberActive, data.SubscriberUnsubscribed, data.SubscriberBounced} {
		ch <- prometheus.MustNewConstMetric(c.subscribers, prometheus.GaugeValue, float64(counts[s]), s)
	}
	return nil
}

func (c *stateCollector) collectDigest(ctx context.Context, ch chan<- prometheus.Metric) error {
	list, err := c.db.ListDigests(ctx, 1)
	if err != nil {
		return err
	}
	var last data.DigestRecord
	if len(list) > 0 {
		last = *list[0]
	}
	ch <- prometheus.MustNewConstMetric(c.digestID, prometheus.GaugeValue, float64(last.ID))
	if last.ID == 0 {
		return nil
	}
	ch <- prometheus.MustNewConstMetric(c.digestCreated, prometheus.GaugeValue, float64(last.CreatedAt.Unix()))
	for _, s := range outboxStatuses {
		ch <- prometheus.MustNewConstMetric(c.digestMails, prometheus.GaugeValue, float64(last.Outbox[s]), s)
	}
	return nil
}

func (c *stateCollector) collectServers(ch chan<- prometheus.Metric) {
	gauge := func(d *prometheus.Desc, v float64) { ch <- prometheus.MustNewConstMetric(d, prometheus.GaugeValue, v) }
	if c.poller != nil {
		st := c.poller.Status()
		gauge(c.imapLoggedIn, oneIf(st.LoggedIn))
		gauge(c.imapFailing, oneIf(st.Failing != ""))
		if !st.LastPoll.IsZero() {
			gauge(c.imapLastPoll, float64(st.LastPoll.UnixMilli())/1000)
		}
	}
	if c.sender != nil {
		st := c.sender.Status()
		gauge(c.smtpFailing, oneIf(st.Failing != ""))
		if !st.LastSent.IsZero() {
			gauge(c.smtpLastSent, float64(st.LastSent.UnixMilli())/1000)
		}
	}
}

func oneIf(b bool) float64 {
	if b {
		return 1
	}
	return 0
}
