package main

import (
	"context"
	"fmt"
	"strconv"
	"text/tabwriter"
	"time"

	"helpline/data"
	"helpline/mailer"
)

// outboxRow is the JSON shape of `outbox list --json`.
type outboxRow struct {
	ID          int64     `json:"id"`
	Kind        string    `json:"kind"`
	To          string    `json:"to"`
	Subject     string    `json:"subject"`
	Status      string    `json:"status"`
	Attempts    int       `json:"attempts"`
	NextAttempt time.Time `json:"next_attempt"`
	LastError   string    `json:"last_error"`
	CreatedAt   time.Time `json:"created_at"`
	MessageID   string    `json:"message_id"`
}

func outboxCommands() []command {
	return []command{
		{name: "list", summary: "list mail waiting, being sent, failed and uncertain, with the reason and the next attempt", run: cmdOutboxList, readOnly: true},
		{name: "retry", summary: "send failed, cancelled or uncertain mail again", run: cmdOutboxRetry},
		{name: "drop", summary: "give up on queued, failed or uncertain mail", run: cmdOutboxDrop},
	}
}

func cmdOutboxList(ctx context.Context, m *Main, args []string) error {
	fs, cfgPath := m.flags("outbox list", "outbox list [--status queued|sending|sent|failed|uncertain|cancelled] [--all] [--limit N] [--json]")
	status := fs.String("status", "", "only rows with this `status`")
	all := fs.Bool("all", false, "include sent and cancelled rows")
	limit := fs.Int("limit", 200, "at most `N` rows")
	asJSON := fs.Bool("json", false, "print a JSON array")
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := noArgs(fs); err != nil {
		return err
	}
	if err := oneOf("status", *status, []string{data.OutboxQueued, data.OutboxSending, data.OutboxSent,
		data.OutboxFailed, data.OutboxUncertain, data.OutboxCancelled}); err != nil {
		return err
	}
	f := data.OutboxFilter{Limit: *limit}
	switch {
	case *status != "":
		f.Statuses = []string{*status}
	case !*all:
		f.Statuses = []string{data.OutboxQueued, data.OutboxSending, data.OutboxFailed, data.OutboxUncertain}
	}
	app, err := m.openApp(ctx, *cfgPath)
	if err != nil {
		return err
	}
	defer app.Close()
	rows, err := app.DB.ListOutbox(ctx, f)
	if err != nil {
		return err
	}
	out := make([]outboxRow, 0, len(rows))
	for _, r := range rows {
		out = append(out, outboxRow{r.ID, r.Kind, r.To, r.Subject, r.Status, r.Attempts, r.NextAttempt,
			r.LastError, r.CreatedAt, r.MessageID})
	}
	if *asJSON {
		return printJSON(m.Stdout, out)
	}
	if err := printCapped(ctx, m, app); err != nil {
		return err
	}
	tw := tabwriter.NewWriter(m.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tKIND\tTO\tSTATUS\tATTEMPTS\tNEXT\tLAST ERROR")
	for _, r := range out {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%d\t%s\t%s\n", r.ID, r.Kind, r.To, r.Status, r.Attempts,
			r.NextAttempt.Format(time.RFC3339), r.LastError)
	}
	return tw.Flush()
}

func cmdOutboxRetry(ctx context.Context, m *Main, args []string) error {
	fs, cfgPath := m.flags("outbox retry", "outbox retry ID... | --failed")
	failed := fs.Bool("failed", false, "requeue every failed row")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *failed == (fs.NArg() > 0) {
		return usagef("give row IDs or --failed")
	}
	ids, err := rowIDs(fs.Args())
	if err != nil {
		return err
	}
	app, err := m.openApp(ctx, *cfgPath)
	if err != nil {
		return err
	}
	defer app.Close()
	n, err := app.DB.ChangeOutbox(ctx, data.OutboxChange{To: data.OutboxQueued, IDs: ids, AllFailed: *failed})
	if err != nil {
		return err
	}
	if *failed {
		fmt.Fprintf(m.Stdout, "requeued %s\n", plural(n, "failed mail", "failed mails"))
	} else {
		fmt.Fprintf(m.Stdout, "requeued %s\n", plural(n, "mail", "mails"))
	}
	return nil
}

// cmdOutboxDrop cancels mail the owner gives up on, most often an
// uncertain one they know arrived.
func cmdOutboxDrop(ctx context.Context, m *Main, args []string) error {
	fs, cfgPath := m.flags("outbox drop", "outbox drop ID...")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usagef("give the IDs of the rows to drop")
	}
	ids, err := rowIDs(fs.Args())
	if err != nil {
		return err
	}
	app, err := m.openApp(ctx, *cfgPath)
	if err != nil {
		return err
	}
	defer app.Close()
	n, err := app.DB.ChangeOutbox(ctx, data.OutboxChange{To: data.OutboxCancelled, IDs: ids})
	if err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "dropped %s\n", plural(n, "mail", "mails"))
	return nil
}

// rowIDs reads the row IDs given on the command line.
func rowIDs(args []string) ([]int64, error) {
	ids := make([]int64, 0, len(args))
	for _, a := range args {
		id, err := strconv.ParseInt(a, 10, 64)
		if err != nil || id <= 0 {
			return nil, usagef("%q is not a row ID", a)
		}
		ids = append(ids, id)
	}
	return ids, nil
}

// printCapped says when the next mail may go while a sending cap holds
// the queue back.
func printCapped(ctx context.Context, m *Main, app *App) error {
	c := app.Config.SMTP
	if c.MaxPerHour == 0 && c.MaxPerDay == 0 {
		return nil
	}
	now := app.DB.Now()
	sent, err := app.DB.SentSince(ctx, now.Add(-24*time.Hour))
	if err != nil {
		return err
	}
	next, reason := mailer.NextSend(sent, now, c.MaxPerHour, c.MaxPerDay)
	if reason != "" {
		fmt.Fprintf(m.Stdout, "Sending capped, %s: the next mail may go at %s.\n\n", reason, next.Format(time.RFC3339))
	}
	return nil
}
