// Command helpline runs the helpline service and its owner's tools.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"slices"
	"sort"
	"strings"
	"syscall"
	_ "time/tzdata" // the digest's time zone, on hosts without zoneinfo
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

// command is one command or subcommand. run gets the arguments after its
// name; a command with subcommands has subs instead.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, m *Main, args []string) error
	subs    func() []command
	// readOnly says that the command only reads the database, so it
	// refuses to start rather than create an empty one where none is.
	readOnly bool
}

func commands() []command {
	return []command{
		{name: "serve", summary: "run the service: inbox poller, outbox sender, digest schedule and web site", run: cmdServe},
		{name: "migrate", summary: "create the database or apply pending migrations, and exit", run: cmdMigrate},
		{name: "devmail", summary: "run only the embedded development mail server", run: cmdDevmail},
		{name: "outbox", summary: "list or retry outgoing mail", subs: outboxCommands},
		{name: "poll", summary: "fetch new mail once (poll --once)", run: cmdPoll},
		{name: "questions", summary: "list or show questions", subs: questionsCommands},
		{name: "inbox", summary: "list fetched mail or process it again", subs: inboxCommands},
		{name: "digest", summary: "preview, send or list the digest", subs: digestCommands},
		{name: "subscribers", summary: "manage newsletter subscribers", subs: subscribersCommands},
		{name: "privacy", summary: "export or forget everything held about a person", subs: privacyCommands},
		{name: "dkim", summary: "make a DKIM signing key and print its DNS record", subs: dkimCommands},
		{name: "backup", summary: "copy the database, consistently, while the service runs", run: cmdBackup, readOnly: true},
		{name: "check", summary: "check the database's integrity and foreign keys", run: cmdCheck, readOnly: true},
		{name: "version", summary: "print the version", run: cmdVersion, readOnly: true},
	}
}

// Main carries what every command shares: where to write and how to read
// the environment. No package-level state: tests build their own.
type Main struct {
	Stdout io.Writer
	Stderr io.Writer
	Getenv func(string) string
	// Environ, if set, lists the environment, so that a variable named
	// like a setting that is none is refused.
	Environ func() []string
	// Ready, if set, is called by serve and devmail once everything
	// listens; tests use it to know when and where to connect.
	Ready func(Listening)

	// cmd is the command being run, set as Run and dispatch find it.
	cmd command
	// path is its full name, such as "outbox list".
	path string
}

// Listening is where a running command can be reached.
type Listening struct {
	Web  string // host:port of the web site, "" for devmail
	IMAP string // host:port of the IMAP server in use
	SMTP string // host:port of the SMTP server in use
	// Metrics is the host:port that serves /metrics: the web site's, or
	// http.metrics_listen's.
	Metrics string
}

// usageError makes the binary exit 2.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return &usageError{fmt.Sprintf(format, args...)} }

// oneOf checks a flag's value against the values it may take, so that a
// misspelt one is a usage error rather than an empty listing.
func oneOf(flag, value string, allowed []string) error {
	if value == "" || slices.Contains(allowed, value) {
		return nil
	}
	return usagef("--%s %q must be one of %s", flag, value, strings.Join(allowed, ", "))
}

// Exit codes.
const (
	exitOK      = 0
	exitRuntime = 1
	exitUsage   = 2
)

func main() {
	// SIGHUP stops gracefully too, as SIGTERM does: a closed terminal or
	// a supervisor that uses it gets the mail in flight finished, not cut.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	defer stop()
	m := &Main{Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv, Environ: os.Environ}
	os.Exit(m.Run(ctx, os.Args[1:]))
}

// Run runs the command named by args[0] and returns the exit code.
func (m *Main) Run(ctx context.Context, args []string) int {
	if len(args) == 0 {
		m.usage(m.Stderr)
		return exitUsage
	}
	if isHelp(args[0]) {
		m.usage(m.Stdout)
		return exitOK
	}
	for _, c := range commands() {
		if c.name != args[0] {
			continue
		}
		return m.exitCode(m.run(ctx, "", c, args[1:]))
	}
	fmt.Fprintf(m.Stderr, "helpline: unknown command %q\n\n", args[0])
	m.usage(m.Stderr)
	return exitUsage
}

// run runs c, a subcommand of parent when parent is not empty, or the
// subcommand of c that args name.
func (m *Main) run(ctx context.Context, parent string, c command, args []string) error {
	m.cmd, m.path = c, strings.TrimSpace(parent+" "+c.name)
	if c.subs == nil {
		return c.run(ctx, m, args)
	}
	subs := c.subs()
	if len(args) == 0 {
		return usagef("%s needs a subcommand: %s (see helpline %s --help)", m.path, names(subs), m.path)
	}
	if isHelp(args[0]) {
		m.subUsage(subs)
		return nil
	}
	for _, s := range subs {
		if s.name == args[0] {
			return m.run(ctx, m.path, s, args[1:])
		}
	}
	return usagef("unknown %s subcommand %q (want %s)", m.path, args[0], names(subs))
}

func isHelp(arg string) bool {
	switch arg {
	case "-h", "-help", "--help", "help":
		return true
	}
	return false
}

// names lists the commands' names as "a, b or c".
func names(cs []command) string {
	var b strings.Builder
	for i, c := range cs {
		switch {
		case i == 0:
		case i == len(cs)-1:
			b.WriteString(" or ")
		default:
			b.WriteString(", ")
		}
		b.WriteString(c.name)
	}
	return b.String()
}

func (m *Main) exitCode(err error) int {
	var uerr *usageError
	var cerr *ConfigError
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		return exitOK
	case errors.As(err, &uerr), errors.As(err, &cerr):
		fmt.Fprintf(m.Stderr, "helpline %s: %v\n", m.path, err)
		return exitUsage
	default:
		fmt.Fprintf(m.Stderr, "helpline %s: %v\n", m.path, err)
		return exitRuntime
	}
}

func (m *Main) usage(w io.Writer) {
	fmt.Fprintln(w, "Usage: helpline <command> [flags]\n\nCommands:")
	cs := commands()
	sort.Slice(cs, func(i, j int) bool { return cs[i].name < cs[j].name })
	for _, c := range cs {
		fmt.Fprintf(w, "  %-12s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nEvery command takes --config FILE (or HELPLINE_CONFIG) and --help.")
}

// subUsage lists the subcommands of the command being run.
func (m *Main) subUsage(subs []command) {
	fmt.Fprintf(m.Stdout, "Usage: helpline %s <subcommand> [flags]\n\n%s.\n\nSubcommands:\n", m.path, capitalize(m.cmd.summary))
	for _, s := range subs {
		fmt.Fprintf(m.Stdout, "  %-15s %s\n", s.name, s.summary)
	}
	fmt.Fprintf(m.Stdout, "\nSee helpline %s <subcommand> --help for each one's flags.\n", m.path)
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// flags returns a FlagSet for a command with the shared --config flag.
// Its --help prints the usage, the command's summary and its flags on
// standard output; a mistake in the flags is returned by parse, for
// exitCode to print on standard error.
func (m *Main) flags(name, usage string) (*flag.FlagSet, *string) {
	fs := flag.NewFlagSet("helpline "+name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	cfg := fs.String("config", m.Getenv("HELPLINE_CONFIG"), "TOML config `file` (default none: built-in defaults)")
	summary := m.cmd.summary
	fs.Usage = func() {
		fmt.Fprintf(m.Stdout, "Usage: helpline %s\n", usage)
		if summary != "" {
			fmt.Fprintf(m.Stdout, "\n%s.\n", capitalize(summary))
		}
		fmt.Fprintln(m.Stdout, "\nFlags:")
		fs.SetOutput(m.Stdout)
		fs.PrintDefaults()
		fs.SetOutput(io.Discard)
	}
	return fs, cfg
}

// parse parses args, allowing flags after positional arguments
// ("questions show 3 --json"), and turns flag errors into usage errors.
// Afterwards fs.Args() holds the positional arguments.
func parse(fs *flag.FlagSet, args []string) error {
	// The flag package shows the usage on every mistake; only --help
	// should, on standard output.
	usage := fs.Usage
	fs.Usage = func() {}
	defer func() { fs.Usage = usage }()
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				usage()
				return err
			}
			return usagef("%v (see %s --help)", err, fs.Name())
		}
		rest := fs.Args()
		if len(rest) == 0 {
			break
		}
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			positional = append(positional, rest...) // everything after "--"
			break
		}
		positional, args = append(positional, rest[0]), rest[1:]
	}
	return fs.Parse(append([]string{"--"}, positional...))
}

// noArgs refuses leftover arguments.
func noArgs(fs *flag.FlagSet) error {
	if fs.NArg() > 0 {
		return usagef("unexpected argument %q", strings.Join(fs.Args(), " "))
	}
	return nil
}

func cmdVersion(ctx context.Context, m *Main, args []string) error {
	fs, _ := m.flags("version", "version")
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := noArgs(fs); err != nil {
		return err
	}
	fmt.Fprintln(m.Stdout, "helpline", version)
	return nil
}

// plural is n with the word for that many: "1 question", "2 questions".
func plural[N ~int | ~int64](n N, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}
