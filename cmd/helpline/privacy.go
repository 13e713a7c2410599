package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	"helpline/internal/privacy"
	"helpline/mailer"
	"helpline/web"
)

var (
	_ web.Privacy   = (*privacy.Service)(nil)
	_ mailer.Footer = (*privacy.Service)(nil)
)

// newPrivacy builds the service that exports and forgets what is held
// about a person.
func newPrivacy(app *App) (*privacy.Service, error) {
	return privacy.New(app.DB, privacy.Config{BaseURL: app.Config.Site.BaseURL, Signer: app.Signer,
		SuppressionKey: app.SuppressionKey, Locale: app.Locale, Logger: app.Log.With("component", "privacy")})
}

func privacyCommands() []command {
	return []command{
		{name: "export", summary: "write everything held about an address as JSON", run: cmdPrivacyExport, readOnly: true},
		{name: "forget", summary: "delete or anonymise everything held about an address", run: cmdPrivacyForget},
	}
}

// withPrivacy parses a privacy subcommand's flags, which take one address,
// opens the app and runs fn.
func withPrivacy(ctx context.Context, m *Main, name, usage string, args []string,
	setup func(*flag.FlagSet), fn func(svc *privacy.Service, addr string) error) error {
	fs, cfgPath := m.flags("privacy "+name, "privacy "+usage)
	if setup != nil {
		setup(fs)
	}
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usagef("usage: helpline privacy %s", usage)
	}
	app, err := m.openApp(ctx, *cfgPath)
	if err != nil {
		return err
	}
	defer app.Close()
	svc, err := newPrivacy(app)
	if err != nil {
		return err
	}
	return fn(svc, fs.Arg(0))
}

func cmdPrivacyExport(ctx context.Context, m *Main, args []string) error {
	var out *string
	return withPrivacy(ctx, m, "export", "export EMAIL [--out FILE]", args,
		func(fs *flag.FlagSet) {
			out = fs.String("out", "", "write the JSON to `file` (readable by you alone) instead of standard output")
		},
		func(svc *privacy.Service, addr string) error {
			rec, err := svc.Export(ctx, addr)
			if err != nil {
				return err
			}
			if *out == "" {
				return printJSON(m.Stdout, rec)
			}
			f, err := os.OpenFile(*out, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
			if err != nil {
				return err
			}
			if err := printJSON(f, rec); err != nil {
				f.Close()
				return err
			}
			if err := f.Close(); err != nil {
				return err
			}
			fmt.Fprintf(m.Stdout, "wrote what is held about %s to %s\n", rec.Email, *out)
			return nil
		})
}

func cmdPrivacyForget(ctx context.Context, m *Main, args []string) error {
	var withdraw, asJSON *bool
	return withPrivacy(ctx, m, "forget", "forget EMAIL [--withdraw] [--json]", args,
		func(fs *flag.FlagSet) {
			withdraw = fs.Bool("withdraw", false, "also take their questions off the site (they stay, anonymous, without it)")
			asJSON = fs.Bool("json", false, "print what was removed as JSON")
		},
		func(svc *privacy.Service, addr string) error {
			r, err := svc.Forget(ctx, addr, *withdraw)
			if err != nil {
				return err
			}
			if *asJSON {
				return printJSON(m.Stdout, r)
			}
			if !r.Found {
				fmt.Fprintf(m.Stdout, "nothing was held about %s; it is blocked from signing up all the same\n", addr)
				return nil
			}
			fmt.Fprintf(m.Stdout, "forgot %s: subscriber %s, %s anonymised (%d withdrawn), %s anonymised, "+
				"%s, %s from them and %d to them deleted, %s deleted, "+
				"%s cleared of the address; only a keyed hash remains, to block signing up again\n",
				addr, yesNo(r.Subscriber, "deleted", "none"), plural(r.Questions, "question", "questions"), r.Withdrawn,
				plural(r.Comments, "comment", "comments"), plural(r.HeldQuestions, "unconfirmed question", "unconfirmed questions"),
				plural(r.MessagesDeleted, "mail", "mails"), r.OutboxDeleted,
				plural(r.RawDropped, "other mail's bytes", "other mails' bytes"), plural(r.Scrubbed, "other text", "other texts"))
			return nil
		})
}

func yesNo(b bool, yes, no string) string {
	if b {
		return yes
	}
	return no
}
