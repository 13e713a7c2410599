package main

import (
	"context"
	"fmt"
	"os"
	"text/tabwriter"
	"time"

	"helpline/digest"
	"helpline/internal/newsletter"
)

// newDigest builds the digest from the configuration; serve runs it on its
// schedule and the digest commands use it directly.
func newDigest(app *App) (*digest.Digest, error) {
	cfg := app.Config
	loc, err := time.LoadLocation(cfg.Digest.TimeZone)
	if err != nil {
		return nil, &ConfigError{Key: "digest.time_zone", Reason: err.Error()}
	}
	return digest.New(app.DB, digest.Config{
		Site: mailSite(cfg),
		Links: newsletter.Links{BaseURL: cfg.Site.BaseURL, Mailbox: cfg.Site.Address,
			ListID: app.listID(), Signer: app.Signer},
		Schedule: cfg.Digest.Schedule,
		Location: loc,
		MaxItems: cfg.Digest.MaxItems,
		Locale:   app.Locale,
		Owner:    cfg.ownerNotesTo(),
	}, app.Log.With("component", "digest"))
}

func digestCommands() []command {
	return []command{
		{name: "preview", summary: "show the digest that would be sent now, without sending it", run: cmdDigestPreview, readOnly: true},
		{name: "send", summary: "make the digest that is due and queue it to every active subscriber", run: cmdDigestSend},
		{name: "list", summary: "list the digests made and how far each was delivered", run: cmdDigestList, readOnly: true},
	}
}

// openDigest opens the app and builds the digest from its configuration.
func (m *Main) openDigest(ctx context.Context, cfgPath string) (*App, *digest.Digest, error) {
	app, err := m.openApp(ctx, cfgPath)
	if err != nil {
		return nil, nil, err
	}
	d, err := newDigest(app)
	if err != nil {
		app.Close()
		return nil, nil, err
	}
	return app, d, nil
}

func cmdDigestPreview(ctx context.Context, m *Main, args []string) error {
	fs, cfgPath := m.flags("digest preview", "digest preview [--html FILE]")
	htmlPath := fs.String("html", "", "also write the HTML part to `FILE`")
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := noArgs(fs); err != nil {
		return err
	}
	app, d, err := m.openDigest(ctx, *cfgPath)
	if err != nil {
		return err
	}
	defer app.Close()
	p, err := d.Preview(ctx)
	if err != nil {
		return err
	}
	period := fmt.Sprintf("%s to %s", p.PeriodStart.Format(time.RFC3339), p.PeriodEnd.Format(time.RFC3339))
	if p.Rendered == nil {
		fmt.Fprintf(m.Stdout, "No questions answered from %s: the digest would send nothing.\n", period)
		return nil
	}
	html, text := p.Sample("Reader", app.Config.Site.BaseURL+"/unsubscribe/...")
	fmt.Fprintf(m.Stdout, "Subject: %s\nPeriod: %s\nQuestions: %d shown of %d\nRecipients: %s\n\n%s",
		p.Subject, period, p.Items, p.Answered, plural(p.Queued, "active subscriber", "active subscribers"), text)
	if *htmlPath != "" {
		if err := os.WriteFile(*htmlPath, []byte(html), 0o644); err != nil {
			return fmt.Errorf("write html preview: %w", err)
		}
		fmt.Fprintf(m.Stderr, "wrote the HTML part to %s\n", *htmlPath)
	}
	return nil
}

func cmdDigestSend(ctx context.Context, m *Main, args []string) error {
	fs, cfgPath := m.flags("digest send", "digest send [--now] [--wait]")
	now := fs.Bool("now", false, "make the digest now even if no scheduled run was missed")
	wait := fs.Bool("wait", false, "then show its delivery, which the running service does, until every mail is sent or failed")
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := noArgs(fs); err != nil {
		return err
	}
	app, d, err := m.openDigest(ctx, *cfgPath)
	if err != nil {
		return err
	}
	defer app.Close()
	if !*now {
		due, err := d.Due(ctx)
		if err != nil {
			return err
		}
		if !due {
			fmt.Fprintln(m.Stdout, "The digest is not due: it ran at its last scheduled time (or never ran). Use --now to make it anyway.")
			return nil
		}
	}
	res, err := d.RunOnce(ctx)
	if err != nil {
		return err
	}
	switch {
	case res.AlreadyDone:
		fmt.Fprintln(m.Stdout, "The digest for this period was already made: nothing to do.")
	case res.Empty:
		fmt.Fprintf(m.Stdout, "No questions answered since %s: nothing sent.\n", res.PeriodStart.Format(time.RFC3339))
	default:
		fmt.Fprintf(m.Stdout, "Digest %d: %s, queued to %s.\n", res.DigestID, plural(res.Items, "question", "questions"),
			plural(res.Queued, "subscriber", "subscribers"))
		if *wait {
			return followDigest(ctx, m, app, res.DigestID, res.Queued)
		}
	}
	return nil
}

// digestRow is the JSON shape of `digest list --json`.
type digestRow struct {
	ID          int64     `json:"id"`
	PeriodStart time.Time `json:"period_start"`
	PeriodEnd   time.Time `json:"period_end"`
	Subject     string    `json:"subject"`
	Items       int       `json:"items"`
	Queued      int64     `json:"queued"`
	Sending     int64     `json:"sending"`
	Sent        int64     `json:"sent"`
	Failed      int64     `json:"failed"`
	Cancelled   int64     `json:"cancelled"`
	CreatedAt   time.Time `json:"created_at"`
}

func cmdDigestList(ctx context.Context, m *Main, args []string) error {
	fs, cfgPath := m.flags("digest list", "digest list [--limit N] [--json]")
	limit := fs.Int("limit", 50, "at most `N` digests, newest first")
	asJSON := fs.Bool("json", false, "print a JSON array")
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := noArgs(fs); err != nil {
		return err
	}
	app, d, err := m.openDigest(ctx, *cfgPath)
	if err != nil {
		return err
	}
	defer app.Close()
	list, err := app.DB.ListDigests(ctx, *limit)
	if err != nil {
		return err
	}
	out := make([]digestRow, 0, len(list))
	for _, s := range list {
		out = append(out, digestRow{s.ID, s.PeriodStart, s.PeriodEnd, s.Subject, s.ItemCount,
			s.Outbox["queued"], s.Outbox["sending"], s.Outbox["sent"], s.Outbox["failed"], s.Outbox["cancelled"], s.CreatedAt})
	}
	if *asJSON {
		return printJSON(m.Stdout, out)
	}
	tw := tabwriter.NewWriter(m.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tPERIOD\tITEMS\tQUEUED\tSENDING\tSENT\tFAILED\tCANCELLED\tSUBJECT")
	for _, r := range out {
		fmt.Fprintf(tw, "%d\t%s .. %s\t%d\t%d\t%d\t%d\t%d\t%d\t%s\n", r.ID, r.PeriodStart.Format("2006-01-02 15:04"),
			r.PeriodEnd.Format("2006-01-02 15:04"), r.Items, r.Queued, r.Sending, r.Sent, r.Failed, r.Cancelled, r.Subject)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	empty, err := d.LastEmptyRun(ctx)
	if err != nil {
		return err
	}
	if !empty.IsZero() {
		fmt.Fprintf(m.Stdout, "\nLast run with no new answers (nothing sent): %s\n", empty.Format(time.RFC3339))
	}
	return nil
}
