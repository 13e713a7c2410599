package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"helpline/data"
	"helpline/internal/newsletter"
	"helpline/templates"
	"helpline/web"
)

var _ web.Newsletter = (*newsletter.Service)(nil)

// newNewsletter builds the subscription service from the config.
func newNewsletter(app *App) (*newsletter.Service, error) {
	cfg := app.Config
	ebook, err := newsletter.LoadEbook(cfg.Newsletter.Ebook)
	if err != nil {
		return nil, &ConfigError{Key: "newsletter.ebook", Reason: err.Error()}
	}
	return newsletter.New(app.DB, newsletter.Config{
		SiteName: cfg.Site.Name,
		BaseURL:  cfg.Site.BaseURL,
		Links: newsletter.Links{BaseURL: cfg.Site.BaseURL, Mailbox: cfg.Site.Address, ListID: app.listID(),
			Signer: app.Signer},
		Mail:             mailSite(cfg),
		Ebook:            ebook,
		EbookName:        cfg.Newsletter.EbookName,
		ConfirmsPerDay:   cfg.Newsletter.ConfirmsPerDay,
		SoftBounceLimit:  cfg.Newsletter.SoftBounceLimit,
		SoftBounceWindow: cfg.Newsletter.SoftBounceWindow.Duration,
		SuppressionKey:   app.SuppressionKey,
		Locale:           app.Locale,
		Logger:           app.Log.With("component", "newsletter"),
	})
}

// mailSite is what styled mail says about the site.
func mailSite(cfg *Config) templates.MailSite {
	return templates.MailSite{Name: cfg.Site.Name, Link: cfg.Site.BaseURL, Logo: cfg.Site.LogoURL, Signoff: cfg.Site.Signoff}
}

// defaultListID is an RFC 2919 List-Id made from the site's name and mail
// domain: `"Helpline" <digest.example.org>`.
func defaultListID(name, address string) string {
	_, domain, _ := strings.Cut(address, "@")
	name = strings.Map(func(r rune) rune {
		if r < 0x20 || r == '"' || r == '\\' || r == 0x7f {
			return -1
		}
		return r
	}, name)
	return fmt.Sprintf("%q <digest.%s>", name, strings.ToLower(domain))
}

// subscriberRow is the JSON shape of `subscribers list --json`.
type subscriberRow struct {
	ID             int64      `json:"id"`
	Email          string     `json:"email"`
	Name           string     `json:"name"`
	Status         string     `json:"status"`
	Source         string     `json:"source"`
	ConsentSource  string     `json:"consent_source"`
	CreatedAt      time.Time  `json:"created_at"`
	ConfirmedAt    *time.Time `json:"confirmed_at"`
	WelcomeSentAt  *time.Time `json:"welcome_sent_at"`
	UnsubscribedAt *time.Time `json:"unsubscribed_at"`
}

func optTime(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	return &t
}

func subscribersCommands() []command {
	return []command{
		{name: "list", summary: "list subscribers", run: cmdSubscribersList, readOnly: true},
		{name: "add", summary: "add a subscriber, who confirms by mail unless you vouch for the address", run: cmdSubscribersAdd},
		{name: "remove", summary: "unsubscribe an address and cancel the mail queued to it", run: cmdSubscribersRemove},
		{name: "import", summary: "add the subscribers in a CSV file", run: cmdSubscribersImport},
		{name: "export", summary: "print every subscriber as CSV", run: cmdSubscribersExport, readOnly: true},
		{name: "forget", summary: "erase what is stored about an address, keeping only a hash that blocks it", run: cmdSubscribersForget},
		{name: "resend-welcome", summary: "queue the welcome mail with the ebook again", run: cmdSubscribersResend},
	}
}

// withNewsletter parses the flags of a subcommand that takes exactly nargs
// arguments, opens the app and runs fn with the service.
func withNewsletter(ctx context.Context, m *Main, name, usage string, args []string, nargs int,
	setup func(fs *flag.FlagSet), fn func(app *App, svc *newsletter.Service, args []string) error) error {
	fs, cfgPath := m.flags("subscribers "+name, "subscribers "+usage)
	if setup != nil {
		setup(fs)
	}
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != nargs {
		return usagef("usage: helpline subscribers %s", usage)
	}
	app, err := m.openApp(ctx, *cfgPath)
	if err != nil {
		return err
	}
	defer app.Close()
	svc, err := newNewsletter(app)
	if err != nil {
		return err
	}
	return fn(app, svc, fs.Args())
}

func cmdSubscribersList(ctx context.Context, m *Main, args []string) error {
	var status *string
	var asJSON *bool
	return withNewsletter(ctx, m, "list", "list [--status pending|active|unsubscribed|bounced] [--json]", args, 0,
		func(fs *flag.FlagSet) {
			status = fs.String("status", "", "only subscribers with this `status`")
			asJSON = fs.Bool("json", false, "print a JSON array")
		},
		func(app *App, _ *newsletter.Service, _ []string) error {
			switch *status {
			case "", data.SubscriberPending, data.SubscriberActive, data.SubscriberUnsubscribed, data.SubscriberBounced:
			default:
				return usagef("--status %q must be pending, active, unsubscribed or bounced", *status)
			}
			subs, err := app.DB.ListSubscribers(ctx, *status)
			if err != nil {
				return err
			}
			return printSubscribers(m, subs, *asJSON)
		})
}

func printSubscribers(m *Main, subs []*data.Subscriber, asJSON bool) error {
	rows := make([]subscriberRow, 0, len(subs))
	for _, s := range subs {
		rows = append(rows, subscriberRow{s.ID, s.Email, s.Name, s.Status, s.Source, s.ConsentSource, s.CreatedAt,
			optTime(s.ConfirmedAt), optTime(s.WelcomeSentAt), optTime(s.UnsubscribedAt)})
	}
	if asJSON {
		return printJSON(m.Stdout, rows)
	}
	tw := tabwriter.NewWriter(m.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tEMAIL\tNAME\tSTATUS\tSOURCE\tCREATED")
	for _, r := range rows {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\n", r.ID, r.Email, r.Name, r.Status, r.Source, r.CreatedAt.Format(time.DateOnly))
	}
	return tw.Flush()
}

func cmdSubscribersAdd(ctx context.Context, m *Main, args []string) error {
	var name *string
	var confirmed *bool
	// Flags may follow the address, as in "add ann@example.org --confirmed".
	args = flagsFirst(args)
	return withNewsletter(ctx, m, "add", "add EMAIL [--name N] [--confirmed]", args, 1,
		func(fs *flag.FlagSet) {
			name = fs.String("name", "", "the subscriber's `name`")
			confirmed = fs.Bool("confirmed", false, "you vouch for the address: skip the confirmation mail and make it active at once")
		},
		func(_ *App, svc *newsletter.Service, args []string) error {
			s, err := svc.Add(ctx, args[0], *name, *confirmed)
			if err != nil {
				return err
			}
			if *confirmed {
				fmt.Fprintf(m.Stdout, "subscriber %d (%s) is active; the welcome mail is queued unless it was sent before\n", s.ID, s.Email)
			} else {
				fmt.Fprintf(m.Stdout, "subscriber %d (%s) is %s; a confirmation mail is queued if today's limit allows\n", s.ID, s.Email, s.Status)
			}
			return nil
		})
}

func cmdSubscribersRemove(ctx context.Context, m *Main, args []string) error {
	return withNewsletter(ctx, m, "remove", "remove EMAIL", args, 1, nil,
		func(app *App, svc *newsletter.Service, args []string) error {
			if _, err := app.DB.SubscriberByEmail(ctx, args[0]); err != nil {
				return fmt.Errorf("remove %s: %w", args[0], err)
			}
			if err := svc.UnsubscribeAddress(ctx, args[0]); err != nil {
				return err
			}
			fmt.Fprintf(m.Stdout, "unsubscribed %s; queued mail to them is cancelled\n", args[0])
			return nil
		})
}

func cmdSubscribersImport(ctx context.Context, m *Main, args []string) error {
	return withNewsletter(ctx, m, "import", "import FILE.csv", args, 1, nil,
		func(_ *App, svc *newsletter.Service, args []string) error {
			f, err := os.Open(args[0])
			if err != nil {
				return err
			}
			defer f.Close()
			res, err := svc.ImportCSV(ctx, f)
			if err != nil {
				return err
			}
			fmt.Fprintf(m.Stdout, "imported %d subscribers; skipped %d forgotten addresses\n", res.Added, res.Suppressed)
			return nil
		})
}

func cmdSubscribersExport(ctx context.Context, m *Main, args []string) error {
	return withNewsletter(ctx, m, "export", "export", args, 0, nil,
		func(_ *App, svc *newsletter.Service, _ []string) error { return svc.ExportCSV(ctx, m.Stdout) })
}

func cmdSubscribersForget(ctx context.Context, m *Main, args []string) error {
	return withNewsletter(ctx, m, "forget", "forget EMAIL", args, 1, nil,
		func(_ *App, svc *newsletter.Service, args []string) error {
			err := svc.Forget(ctx, args[0])
			if errors.Is(err, data.ErrNotFound) {
				fmt.Fprintf(m.Stdout, "nothing was stored for %s; it is blocked from signing up all the same\n", args[0])
				return nil
			}
			if err != nil {
				return err
			}
			fmt.Fprintf(m.Stdout, "forgot %s; only a keyed hash remains, to block signing up again\n", args[0])
			return nil
		})
}

func cmdSubscribersResend(ctx context.Context, m *Main, args []string) error {
	return withNewsletter(ctx, m, "resend-welcome", "resend-welcome EMAIL", args, 1, nil,
		func(_ *App, svc *newsletter.Service, args []string) error {
			if err := svc.ResendWelcome(ctx, args[0]); err != nil {
				return err
			}
			fmt.Fprintf(m.Stdout, "welcome mail with the ebook queued for %s\n", args[0])
			return nil
		})
}

// flagsFirst moves flags given after the positional arguments in front of
// them, since the flag package stops at the first non-flag.
func flagsFirst(args []string) []string {
	var flags, rest []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--name" || a == "-name" || a == "--config" || a == "-config":
			flags = append(flags, a)
			if i+1 < len(args) {
				i++
				flags = append(flags, args[i])
			}
		case strings.HasPrefix(a, "-"):
			flags = append(flags, a)
		default:
			rest = append(rest, a)
		}
	}
	return append(flags, rest...)
}
