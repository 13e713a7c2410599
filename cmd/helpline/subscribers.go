package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
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
	ComplainedAt   *time.Time `json:"complained_at"`
	BouncedAt      *time.Time `json:"bounced_at"`
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
			subs, err := app.DB.ListSubscribers(ctx, data.SubscriberFilter{Status: *status})
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
			optTime(s.ConfirmedAt), optTime(s.WelcomeSentAt), optTime(s.UnsubscribedAt), optTime(s.ComplainedAt),
			optTime(s.BouncedAt)})
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
	var name, reason *string
	var confirmed, resubscribe *bool
	// Flags may follow the address, as in "add ann@example.org --confirmed".
	args = flagsFirst(args)
	return withNewsletter(ctx, m, "add", "add EMAIL [--name N] [--confirmed] [--resubscribe --reason WHY]", args, 1,
		func(fs *flag.FlagSet) {
			name = fs.String("name", "", "the subscriber's `name`")
			confirmed = fs.Bool("confirmed", false, "you vouch for the address: skip the confirmation mail and make it active at once (never for an address that left)")
			resubscribe = fs.Bool("resubscribe", false, "send a confirmation to an address that unsubscribed, bounced, complained or was forgotten; it stays out until it confirms")
			reason = fs.String("reason", "", "`why` you resubscribe the address, kept in its history (required with --resubscribe)")
		},
		func(_ *App, svc *newsletter.Service, args []string) error {
			if *resubscribe && strings.TrimSpace(*reason) == "" {
				return usagef("--resubscribe needs --reason: why the address may be asked again")
			}
			s, queued, err := svc.Add(ctx, args[0], *name, newsletter.AddOptions{Confirmed: *confirmed,
				Resubscribe: *resubscribe, Reason: *reason})
			if errors.Is(err, newsletter.ErrSuppressed) {
				return fmt.Errorf("%w; to ask them by mail, add --resubscribe --reason WHY", err)
			}
			if err != nil {
				return err
			}
			switch {
			case s.Status == data.SubscriberActive:
				fmt.Fprintf(m.Stdout, "subscriber %d (%s) is active; the welcome mail is queued unless it was sent before\n", s.ID, s.Email)
			case queued:
				fmt.Fprintf(m.Stdout, "subscriber %d (%s) is %s; a confirmation mail is queued, and only confirming makes it active\n", s.ID, s.Email, s.Status)
			default:
				fmt.Fprintf(m.Stdout, "subscriber %d (%s) is %s; no confirmation mail was queued: today's limit for the address is reached\n", s.ID, s.Email, s.Status)
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

// mapFlag collects --map COLUMN=FIELD flags.
type mapFlag map[string]string

func (f mapFlag) String() string { return fmt.Sprint(map[string]string(f)) }

func (f mapFlag) Set(v string) error {
	col, field, ok := strings.Cut(v, "=")
	if !ok || strings.TrimSpace(col) == "" || strings.TrimSpace(field) == "" {
		return fmt.Errorf("want COLUMN=FIELD, such as \"E-Mail=email\"; fields: %s", strings.Join(newsletter.MapFields, ", "))
	}
	f[strings.TrimSpace(col)] = strings.TrimSpace(field)
	return nil
}

const importUsage = "import FILE [--map COLUMN=FIELD ...] [--dry-run] [--resubscribe --reason WHY] [--json]"

func cmdSubscribersImport(ctx context.Context, m *Main, args []string) error {
	mapping := mapFlag{}
	var dryRun, resubscribe, asJSON *bool
	var reason *string
	return withNewsletter(ctx, m, "import", importUsage, args, 1,
		func(fs *flag.FlagSet) {
			fs.Var(mapping, "map", "read the file's column `COLUMN=FIELD` as that field (repeat it); fields: "+strings.Join(newsletter.MapFields, ", "))
			dryRun = fs.Bool("dry-run", false, "read and check everything and say what would change, changing nothing")
			resubscribe = fs.Bool("resubscribe", false, "send a confirmation to addresses that left but are active in the file, instead of skipping them")
			reason = fs.String("reason", "", "`why` those addresses may be asked again, kept in their history (required with --resubscribe)")
			asJSON = fs.Bool("json", false, "print the summary as JSON")
		},
		func(_ *App, svc *newsletter.Service, args []string) error {
			if *resubscribe && strings.TrimSpace(*reason) == "" {
				return usagef("--resubscribe needs --reason: why the addresses may be asked again")
			}
			f, err := os.Open(args[0])
			if err != nil {
				return err
			}
			defer f.Close()
			var size int64
			if fi, err := f.Stat(); err == nil {
				size = fi.Size()
			}
			p := m.progress("importing "+filepath.Base(args[0]), "bytes", size)
			var read int64
			sum, err := svc.Import(ctx, f, newsletter.ImportOptions{Map: mapping, DryRun: *dryRun, Resubscribe: *resubscribe,
				Reason: *reason, Name: filepath.Base(args[0]),
				Progress: func(_ int, offset int64) { p.Add(offset - read); read = offset }})
			if err == nil {
				p.Add(size - read) // the last lines, read to the end
			}
			p.Done()
			if err != nil {
				if sum != nil && sum.Lines > 0 {
					printImport(m, sum)
				}
				return err
			}
			if *asJSON {
				return printJSON(m.Stdout, sum)
			}
			printImport(m, sum)
			return nil
		})
}

// delimiterNames say in words what separated the fields.
var delimiterNames = map[string]string{",": "comma", ";": "semicolon", "\t": "tab"}

func printImport(m *Main, sum *newsletter.ImportSummary) {
	for _, s := range sum.Skipped {
		detail := s.Reason
		if s.Detail != "" {
			detail += ": " + s.Detail
		}
		fmt.Fprintf(m.Stdout, "line %d: %s skipped, %s\n", s.Line, orNone(s.Email), detail)
	}
	verb := "imported"
	if sum.DryRun {
		verb = "would import"
	}
	fmt.Fprintf(m.Stdout, "%s a %s file (%s-separated), %d lines: %d added, %d updated, %d unchanged, %d skipped; %d confirmation mails\n",
		verb, sum.Format, delimiterNames[sum.Delimiter], sum.Lines, sum.Added, sum.Updated, sum.Unchanged, len(sum.Skipped), sum.Confirmations)
	if sum.DryRun {
		fmt.Fprintln(m.Stdout, "dry run: nothing was changed")
	}
}

func orNone(s string) string {
	if s == "" {
		return "(no address)"
	}
	return s
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
		case a == "--name" || a == "-name" || a == "--config" || a == "-config" || a == "--reason" || a == "-reason":
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
