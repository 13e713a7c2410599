package inbox

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"helpline/data"
)

// strangerRefs is n Message-IDs of mail helpline never saw, as References
// folds them.
func strangerRefs(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "\n <old%d@reader.test>", i)
	}
	return b.String()
}

// A follow-up whose References holds tens of thousands of IDs is still
// found by our mail's ID at either end: the newest, where its reply
// added it, or the first, the thread's root.
func TestFollowupUnderAHugeReferences(t *testing.T) {
	for _, place := range []string{"newest", "root"} {
		t.Run(place, func(t *testing.T) {
			f := newFixture(t)
			q := f.ask(t)
			ack := "<" + f.outbox(data.KindAck)[0].MessageID + ">"
			refs := "References: " + ack + strangerRefs(30000)
			if place == "newest" {
				refs = "References:" + strangerRefs(30000) + "\n " + ack
			}
			m := f.deliver(question("Ann Runner <ann@reader.test>", "Re: How do I pace a marathon?", "Also: my race is in May.", refs))
			wantOutcome(t, m, data.OutcomeFollowup)
			if m.QuestionID != q.ID {
				t.Errorf("follow-up attached to %d, want %d", m.QuestionID, q.ID)
			}
		})
	}
}

func TestReferencedIsBounded(t *testing.T) {
	ids := func(prefix string, n int) []string {
		var out []string
		for i := range n {
			out = append(out, fmt.Sprintf("%s%d", prefix, i))
		}
		return out
	}
	tests := []struct {
		name                string
		inReplyTo, refs     []string
		wantLen             int
		wantFirst, wantLast string
	}{
		{"short thread", []string{"p"}, ids("r", 3), 4, "p", "r0"},
		{"long thread", []string{"p"}, ids("r", 5000), maxReferenced, "p", "r0"},
		{"references only", nil, ids("r", 5000), maxReferenced, "r4999", "r0"},
		{"huge in-reply-to", ids("p", 5000), ids("r", 3), maxReferenced, "p0", "r0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := referenced(&Message{InReplyTo: tt.inReplyTo, References: tt.refs})
			if len(got) != tt.wantLen || got[0] != tt.wantFirst || got[len(got)-1] != tt.wantLast {
				t.Errorf("got %d IDs from %q to %q, want %d from %q to %q",
					len(got), got[0], got[len(got)-1], tt.wantLen, tt.wantFirst, tt.wantLast)
			}
			if tt.wantLen == maxReferenced && tt.inReplyTo != nil && len(tt.refs) > maxReferenced &&
				!slices.Contains(got, tt.refs[len(tt.refs)-1]) {
				t.Errorf("got %q, want the newest reference kept", got)
			}
		})
	}
}
