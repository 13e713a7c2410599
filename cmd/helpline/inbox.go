package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strconv"
	"text/tabwriter"
	"time"

	"helpline/data"
	"helpline/inbox"
)

// newProcessor builds the inbox processor from the config. subs, comm and
// obs may be nil where a command does not act on such mail or count it.
func newProcessor(app *App, subs inbox.Subscriptions, comm inbox.Comments, obs inbox.Observer) *inbox.Processor {
	c := app.Config
	return inbox.NewProcessor(app.DB, app.Signer, inbox.Config{
		Mailbox:            c.Site.Address,
		OwnerAddresses:     append([]string(nil), c.Site.OwnerAddresses...),
		OwnerName:          c.Site.OwnerName,
		SiteName:           c.Site.Name,
		BaseURL:            c.Site.BaseURL,
		TrustedAuthservID:  c.Site.TrustedAuthservID,
		QuestionsPerDay:    c.Inbox.QuestionsPerDay,
		AcksPerDay:         c.Inbox.AcksPerDay,
		Locale:             app.Locale,
		Observer:           obs,
		NoConfirmations:    !c.Inbox.ConfirmOwnerActions,
		DirectAnswerNotice: c.Inbox.NotifyDirectAnswers,
		// On the embedded server no one but the accounts can send.
		TrustOwnerFrom: c.UseDevmail(),
		ConfirmWait:    c.Inbox.ConfirmWait.Duration,
	}, subs, comm, app.Log.With("component", "inbox"))
}

// pollers are the inbox's poller and, unless the config says none, the
// poller of the account's sent mail.
func pollers(app *App, ic inbox.IMAPConfig, proc *inbox.Processor) []*inbox.Poller {
	ps := []*inbox.Poller{inbox.NewPoller(app.DB, ic, proc, app.Log.With("component", "poller"))}
	if name := app.Config.IMAP.SentMailbox; name != "none" {
		sc := ic
		sc.Mailbox, sc.Sent = name, true
		ps = append(ps, inbox.NewPoller(app.DB, sc, proc, app.Log.With("component", "poller", "source", "sent")))
	}
	return ps
}

// imapConfig is where the poller reads: the configured server, or the
// embedded one at the address it listens on.
func imapConfig(c *Config, devIMAP string) (inbox.IMAPConfig, error) {
	tc, err := c.imapTLS()
	if err != nil {
		return inbox.IMAPConfig{}, err
	}
	ic := inbox.IMAPConfig{TLSConfig: tc,
		Addr: c.IMAP.Addr, TLS: c.IMAP.TLS, Username: c.IMAP.Username, Password: c.IMAP.Password,
		Mailbox: c.IMAP.Mailbox, ProcessedMailbox: c.IMAP.ProcessedMailbox,
		PollInterval: c.IMAP.PollInterval.Duration, MaxMessageSize: c.IMAP.MaxMessageSize,
	}
	if c.Log.Trace {
		ic.Trace = os.Stderr
	}
	if devIMAP != "" {
		ic.Addr, ic.TLS, ic.Username, ic.Password = devIMAP, "none", c.Site.Address, c.Devmail.Password
	}
	return ic, nil
}

func cmdPoll(ctx context.Context, m *Main, args []string) error {
	fs, cfgPath := m.flags("poll", "poll --once [--config FILE]")
	once := fs.Bool("once", false, "fetch what is new once, then exit")
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := noArgs(fs); err != nil {
		return err
	}
	if !*once {
		return usagef("poll runs once (--once); serve polls continuously")
	}
	app, err := m.openApp(ctx, *cfgPath)
	if err != nil {
		return err
	}
	defer app.Close()
	dev := ""
	if app.Config.UseDevmail() {
		dev = app.Config.Devmail.IMAPAddr
	}
	subs, err := newSubscriptions(app)
	if err != nil {
		return err
	}
	ic, err := imapConfig(app.Config, dev)
	if err != nil {
		return err
	}
	n := 0
	for _, p := range pollers(app, ic, newProcessor(app, subs, app.comments(), nil)) {
		got, err := p.PollOnce(ctx)
		if err != nil && !errors.Is(err, inbox.ErrNoSentMailbox) {
			return err
		}
		n += got
	}
	fmt.Fprintf(m.Stdout, "stored %s\n", plural(n, "new message", "new messages"))
	return nil
}

// questionRow is the JSON shape of `questions list --json`.
type questionRow struct {
	ID         int64      `json:"id"`
	Slug       string     `json:"slug"`
	Title      string     `json:"title"`
	Status     string     `json:"status"`
	AskerName  string     `json:"asker_name"`
	AskedAt    time.Time  `json:"asked_at"`
	AnsweredAt *time.Time `json:"answered_at"`
	Answer     string     `json:"answer"`
	Body       string     `json:"body,omitempty"`
}

func toQuestionRow(q *data.Question, withBody bool) questionRow {
	r := questionRow{ID: q.ID, Slug: q.Slug, Title: q.Title, Status: q.Status, AskerName: q.AskerName,
		AskedAt: q.AskedAt, Answer: q.Answer}
	if !q.AnsweredAt.IsZero() {
		t := q.AnsweredAt
		r.AnsweredAt = &t
	}
	if withBody {
		r.Body = q.Body
	}
	return r
}

func questionsCommands() []command {
	return []command{
		{name: "list", summary: "list questions, newest first", run: cmdQuestionsList, readOnly: true},
		{name: "show", summary: "show one question with its answer", run: cmdQuestionsShow, readOnly: true},
		{name: "retitle", summary: "give a question a new title (old links still lead to it)", run: cmdQuestionsRetitle},
	}
}

func cmdQuestionsList(ctx context.Context, m *Main, args []string) error {
	fs, cfgPath := m.flags("questions list", "questions list [--status S] [--limit N] [--json]")
	status := fs.String("status", "", "only questions with this `status` (open, answered, hidden)")
	asJSON := fs.Bool("json", false, "print a JSON array")
	limit := fs.Int("limit", 100, "at most `N` questions")
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := noArgs(fs); err != nil {
		return err
	}
	app, err := m.openApp(ctx, *cfgPath)
	if err != nil {
		return err
	}
	defer app.Close()
	qs, err := app.DB.ListQuestions(ctx, data.QuestionFilter{Status: *status, Limit: *limit})
	if err != nil {
		return err
	}
	rows := make([]questionRow, 0, len(qs))
	for _, q := range qs {
		rows = append(rows, toQuestionRow(q, false))
	}
	if *asJSON {
		return printJSON(m.Stdout, rows)
	}
	tw := tabwriter.NewWriter(m.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tSTATUS\tASKED\tASKER\tTITLE")
	for _, r := range rows {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\n", r.ID, r.Status, r.AskedAt.Format("2006-01-02 15:04"), r.AskerName, r.Title)
	}
	return tw.Flush()
}

func cmdQuestionsShow(ctx context.Context, m *Main, args []string) error {
	fs, cfgPath := m.flags("questions show", "questions show ID [--json]")
	asJSON := fs.Bool("json", false, "print JSON")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usagef("questions show takes one question ID")
	}
	id, err := strconv.ParseInt(fs.Arg(0), 10, 64)
	if err != nil {
		return usagef("%q is not a question ID", fs.Arg(0))
	}
	app, err := m.openApp(ctx, *cfgPath)
	if err != nil {
		return err
	}
	defer app.Close()
	q, err := app.DB.QuestionByID(ctx, id)
	if err != nil {
		return fmt.Errorf("question %d: %w", id, err)
	}
	if *asJSON {
		return printJSON(m.Stdout, toQuestionRow(q, true))
	}
	fmt.Fprintf(m.Stdout, "#%d %s\nstatus: %s\nasker: %s\nasked: %s\n\n%s\n", q.ID, q.Title, q.Status,
		q.AskerName, q.AskedAt.Format(time.RFC3339), q.Body)
	if q.Answer != "" {
		fmt.Fprintf(m.Stdout, "\nanswer (%s):\n%s\n", q.AnsweredAt.Format(time.RFC3339), q.Answer)
	}
	return nil
}

func cmdQuestionsRetitle(ctx context.Context, m *Main, args []string) error {
	fs, cfgPath := m.flags("questions retitle", "questions retitle ID TITLE")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 2 {
		return usagef("questions retitle takes a question ID and the new title, quoted as one argument")
	}
	id, err := strconv.ParseInt(fs.Arg(0), 10, 64)
	if err != nil {
		return usagef("%q is not a question ID", fs.Arg(0))
	}
	title := inbox.Title(fs.Arg(1))
	if title == "" {
		return usagef("the new title is empty")
	}
	app, err := m.openApp(ctx, *cfgPath)
	if err != nil {
		return err
	}
	defer app.Close()
	err = app.DB.InTx(ctx, func(tx *data.Tx) error {
		_, err := tx.SetQuestionTitle(ctx, id, title)
		return err
	})
	if err != nil {
		return err
	}
	q, err := app.DB.QuestionByID(ctx, id)
	if err != nil {
		return fmt.Errorf("question %d: %w", id, err)
	}
	// Only an answered question has a page; the address is still worth
	// knowing for the others, said as what it will be.
	where := ""
	switch q.Status {
	case data.QuestionOpen:
		where = " (on the site once answered)"
	case data.QuestionHidden:
		where = " (withdrawn from the site)"
	}
	fmt.Fprintf(m.Stdout, "#%d is now titled %q\n%s%s\n", id, title, inbox.QuestionURL(app.Config.Site.BaseURL, q), where)
	return nil
}

// messageRow is the JSON shape of `inbox list --json`.
type messageRow struct {
	ID         int64     `json:"id"`
	UID        uint32    `json:"uid"`
	MessageID  string    `json:"message_id"`
	From       string    `json:"from"`
	Subject    string    `json:"subject"`
	Outcome    string    `json:"outcome"`
	Reason     string    `json:"reason"`
	QuestionID int64     `json:"question_id,omitempty"`
	Received   time.Time `json:"received_at"`
}

func inboxCommands() []command {
	return []command{
		{name: "list", summary: "list fetched mail and what became of each", run: cmdInboxList, readOnly: true},
		{name: "reprocess", summary: "process stored mail again, such as quarantined mail after an upgrade", run: cmdInboxReprocess},
	}
}

func cmdInboxList(ctx context.Context, m *Main, args []string) error {
	fs, cfgPath := m.flags("inbox list", "inbox list [--outcome X] [--limit N] [--json]")
	outcome := fs.String("outcome", "", "only messages with this `outcome` (question, answer, rejected, quarantined, ...)")
	asJSON := fs.Bool("json", false, "print a JSON array")
	limit := fs.Int("limit", 100, "at most `N` messages")
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := noArgs(fs); err != nil {
		return err
	}
	if err := oneOf("outcome", *outcome, data.Outcomes()); err != nil {
		return err
	}
	app, err := m.openApp(ctx, *cfgPath)
	if err != nil {
		return err
	}
	defer app.Close()
	msgs, err := app.DB.ListMessages(ctx, data.MessageFilter{Outcome: *outcome, Limit: *limit})
	if err != nil {
		return err
	}
	rows := make([]messageRow, 0, len(msgs))
	for _, x := range msgs {
		rows = append(rows, messageRow{x.ID, x.UID, x.MessageID, x.From, x.Subject, x.Outcome, x.Reason, x.QuestionID, x.ReceivedAt})
	}
	if *asJSON {
		return printJSON(m.Stdout, rows)
	}
	tw := tabwriter.NewWriter(m.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tRECEIVED\tFROM\tOUTCOME\tSUBJECT\tREASON")
	for _, r := range rows {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\n", r.ID, r.Received.Format("2006-01-02 15:04"), r.From, r.Outcome, r.Subject, r.Reason)
	}
	return tw.Flush()
}
