// Package digest makes the periodic digest of newly answered questions:
// the cron schedule (with catch-up of a run missed while the service was
// down), choosing the questions, rendering the mail once with hermes, and
// filling in each subscriber's copy when the outbox sends it.
//
// A digest covers the questions first answered since the previous digest's
// period ended; the first one reaches back Config.LookBack (a week by
// default). A run that finds nothing new sends nothing and records its time
// under the LastEmptyRunSetting setting. The digest, its items and one
// outbox row per active subscriber are written in one transaction, and a
// period is unique by its start, so a repeated run is a no-op.
//
// Reader text is escaped before it reaches hermes, which passes Markdown
// through as HTML. Each copy's name and unsubscribe link replace
// placeholders made of Unicode noncharacters, which reader text is cleaned
// of, so no question can smuggle one in.
//
// It imports data, templates and the newsletter links; nothing imports it
// but cmd/helpline.
package digest
