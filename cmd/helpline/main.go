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
	"sort"
	"strings"
	"syscall"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

// command is one subcommand. run gets the arguments after the command name.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, m *Main, args []string) error
}

func commands() []command {
	return []command{
		{"serve", "run the service: inbox poller, outbox sender, digest schedule and web site", cmdServe},
		{"migrate", "apply pending database migrations and exit", cmdMigrate},
		{"devmail", "run only the embedded development mail server", cmdDevmail},
		{"outbox", "list or retry outgoing mail (outbox list|retry)", cmdOutbox},
		{"poll", "fetch new mail once (poll --once)", cmdPoll},
		{"questions", "list or show questions (questions list|show ID)", cmdQuestions},
		{"inbox", "list fetched mail or process one again (inbox list|reprocess ID)", cmdInbox},
		{"digest", "preview, send or list the digest (digest preview|send|list)", cmdDigest},
		{"subscribers", "manage newsletter subscribers (subscribers list|add|remove|import|export|forget|resend-welcome)", cmdSubscribers},
		{"privacy", "export or forget everything held about a person (privacy export|forget EMAIL)", cmdPrivacy},
		{"dkim", "make a DKIM signing key and print its DNS record (dkim keygen)", cmdDKIM},
		{"version", "print the version", cmdVersion},
	}
}

// Main carries what every command shares: where to write and how to read
// the environment. No package-level state: tests build their own.
type Main struct {
	Stdout io.Writer
	Stderr io.Writer
	Getenv func(string) string
	// Ready, if set, is called by serve and devmail once everything
	// listens; tests use it to know when and where to connect.
	Ready func(Listening)
}

// Listening is where a running command can be reached.
type Listening struct {
	Web  string // host:port of the web site, "" for devmail
	IMAP string // host:port of the IMAP server in use
	SMTP string // host:port of the SMTP server in use
}

// usageError makes the binary exit 2.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return &usageError{fmt.Sprintf(format, args...)} }

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
	m := &Main{Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv}
	os.Exit(m.Run(ctx, os.Args[1:]))
}

// Run runs the command named by args[0] and returns the exit code.
func (m *Main) Run(ctx context.Context, args []string) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		m.usage()
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	for _, c := range commands() {
		if c.name != args[0] {
			continue
		}
		err := c.run(ctx, m, args[1:])
		return m.exitCode(c.name, err)
	}
	fmt.Fprintf(m.Stderr, "helpline: unknown command %q\n\n", args[0])
	m.usage()
	return exitUsage
}

func (m *Main) exitCode(name string, err error) int {
	var uerr *usageError
	var cerr *ConfigError
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		return exitOK
	case errors.As(err, &uerr):
		fmt.Fprintf(m.Stderr, "helpline %s: %v\n", name, err)
		return exitUsage
	case errors.As(err, &cerr):
		fmt.Fprintf(m.Stderr, "helpline %s: %v\n", name, err)
		return exitUsage
	default:
		fmt.Fprintf(m.Stderr, "helpline %s: %v\n", name, err)
		return exitRuntime
	}
}

func (m *Main) usage() {
	fmt.Fprintln(m.Stderr, "Usage: helpline <command> [flags]\n\nCommands:")
	cs := commands()
	sort.Slice(cs, func(i, j int) bool { return cs[i].name < cs[j].name })
	for _, c := range cs {
		fmt.Fprintf(m.Stderr, "  %-12s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(m.Stderr, "\nEvery command takes --config FILE (or HELPLINE_CONFIG) and --help.")
}

// flags returns a FlagSet for a command with the shared --config flag.
func (m *Main) flags(name, usage string) (*flag.FlagSet, *string) {
	fs := flag.NewFlagSet("helpline "+name, flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	cfg := fs.String("config", m.Getenv("HELPLINE_CONFIG"), "TOML config `file` (default none: built-in defaults)")
	fs.Usage = func() {
		fmt.Fprintf(m.Stderr, "Usage: helpline %s\n\nFlags:\n", usage)
		fs.PrintDefaults()
	}
	return fs, cfg
}

// parse parses args, allowing flags after positional arguments
// ("questions show 3 --json"), and turns flag errors into usage errors.
// Afterwards fs.Args() holds the positional arguments.
func parse(fs *flag.FlagSet, args []string) error {
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return err
			}
			return &usageError{err.Error()}
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
	fmt.Fprintln(m.Stdout, "helpline", version)
	return nil
}
