package main

import (
	"context"
	"time"

	"helpline/data"
	"helpline/inbox"
	"helpline/mailer"
	"helpline/web"
)

// healthChecks are the parts /healthz reports besides the database,
// each from what it knows already, without trying its server again.
func healthChecks(db *data.DB, poller *inbox.Poller, sender *mailer.Sender) map[string]web.Check {
	return map[string]web.Check{
		"imap": func(context.Context) web.Health { return imapHealth(poller.Status(), time.Now()) },
		"smtp": func(ctx context.Context) web.Health {
			h := smtpHealth(sender.Status(), time.Now())
			age, err := oldestDueAge(ctx, db)
			if err != nil {
				h.Details["oldest_due_error"] = err.Error()
			} else {
				h.Details["oldest_due_age_seconds"] = int64(age.Seconds())
			}
			return h
		},
	}
}

// imapHealth is the inbox's state: failing while it cannot connect, with
// when it last fetched mail and its last error.
func imapHealth(st inbox.Status, now time.Time) web.Health {
	d := map[string]any{"logged_in": st.LoggedIn}
	since(d, "last_poll", st.LastPoll, now)
	if st.LastError != "" {
		d["last_error"] = st.LastError
		since(d, "last_error", st.LastErrorAt, now)
	}
	return web.Health{Failing: st.Failing, Details: d}
}

// smtpHealth is the sender's state: failing while the relay cannot be
// reached, with when it last took a mail and the last error.
func smtpHealth(st mailer.Status, now time.Time) web.Health {
	d := map[string]any{}
	since(d, "last_sent", st.LastSent, now)
	if st.LastError != "" {
		d["last_error"] = st.LastError
		since(d, "last_error", st.LastErrorAt, now)
	}
	return web.Health{Failing: st.Failing, Details: d}
}

// since shows t as key_at and its age as key_age_seconds, unless it is
// zero (never).
func since(d map[string]any, key string, t, now time.Time) {
	if t.IsZero() {
		return
	}
	d[key+"_at"] = t.UTC().Format(time.RFC3339)
	d[key+"_age_seconds"] = int64(now.Sub(t).Seconds())
}
