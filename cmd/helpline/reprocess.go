package main

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"helpline/data"
)

// cmdInboxReprocess processes stored mail again: the messages named, or
// every message with an outcome, such as the mail quarantined before an
// upgrade that reads it.
func cmdInboxReprocess(ctx context.Context, m *Main, args []string) error {
	fs, cfgPath := m.flags("inbox reprocess", "inbox reprocess ID... | --outcome X [--limit N]")
	outcome := fs.String("outcome", "", "process every message with this `outcome` again, such as quarantined")
	limit := fs.Int("limit", 1000, "with --outcome, at most `N` messages, newest first")
	if err := parse(fs, args); err != nil {
		return err
	}
	if (*outcome == "") == (fs.NArg() == 0) {
		return usagef("give message IDs or --outcome, not both")
	}
	if err := oneOf("outcome", *outcome, data.Outcomes()); err != nil {
		return err
	}
	var ids []int64
	for _, a := range fs.Args() {
		id, err := strconv.ParseInt(a, 10, 64)
		if err != nil || id <= 0 {
			return usagef("%q is not a message ID", a)
		}
		ids = append(ids, id)
	}
	app, err := m.openApp(ctx, *cfgPath)
	if err != nil {
		return err
	}
	defer app.Close()
	if *outcome != "" {
		msgs, err := app.DB.ListMessages(ctx, data.MessageFilter{Outcome: *outcome, Limit: *limit})
		if err != nil {
			return err
		}
		for _, x := range msgs {
			ids = append(ids, x.ID)
		}
		slices.Sort(ids) // in the order they came
	}
	return reprocess(ctx, m, app, ids)
}

// reprocess processes each message again and says what became of it: one
// line each for a few, a count by outcome for many.
func reprocess(ctx context.Context, m *Main, app *App, ids []int64) error {
	if len(ids) == 0 {
		fmt.Fprintln(m.Stdout, "no messages to process")
		return nil
	}
	subs, err := newSubscriptions(app)
	if err != nil {
		return err
	}
	proc := newProcessor(app, subs, app.comments(), nil)
	bar := m.progress("reprocess", "messages", int64(len(ids)))
	outcomes := map[string]int{}
	var lines []string
	for _, id := range ids {
		if err := proc.Process(ctx, id); err != nil {
			bar.Done()
			return err
		}
		msg, err := app.DB.MessageByID(ctx, id)
		if err != nil {
			bar.Done()
			return err
		}
		outcomes[msg.Outcome]++
		lines = append(lines, strings.TrimSpace(fmt.Sprintf("message %d: %s %s", id, msg.Outcome, msg.Reason)))
		bar.Add(1)
	}
	bar.Done()
	if len(ids) <= 20 {
		fmt.Fprintln(m.Stdout, strings.Join(lines, "\n"))
		return nil
	}
	var counts []string
	for _, o := range slices.Sorted(maps.Keys(outcomes)) {
		counts = append(counts, fmt.Sprintf("%d %s", outcomes[o], o))
	}
	fmt.Fprintf(m.Stdout, "processed %s again: %s\n", plural(len(ids), "message", "messages"), strings.Join(counts, ", "))
	return nil
}
