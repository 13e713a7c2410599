package data

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"
)

// inTx runs fn in a transaction and fails the test on error.
func inTx(t *testing.T, db *DB, fn func(ctx context.Context, tx *Tx) error) {
	t.Helper()
	ctx := context.Background()
	if err := db.InTx(ctx, func(tx *Tx) error { return fn(ctx, tx) }); err != nil {
		t.Fatal(err)
	}
}

func TestSuppressionSticks(t *testing.T) {
	for _, reason := range []string{SuppressedUnsubscribed, SuppressedBounced, SuppressedComplained} {
		t.Run(reason, func(t *testing.T) {
			db, now := openSubscriberDB(t)
			ctx := context.Background()
			s := subscribe(t, db, "ann@example.org", "Ann")
			inTx(t, db, func(ctx context.Context, tx *Tx) error {
				_, _, err := tx.ConfirmSubscriber(ctx, s.ID, ConsentDoubleOptIn)
				return err
			})
			*now = now.Add(time.Hour)
			inTx(t, db, func(ctx context.Context, tx *Tx) error {
				changed, err := tx.SuppressSubscriber(ctx, s.ID, reason)
				if !changed {
					t.Errorf("leaving changed nothing")
				}
				return err
			})
			got, _ := db.subscriberByID(ctx, s.ID)
			if got.Suppression != reason || !got.SuppressedSince.Equal(*now) {
				t.Fatalf("got suppression %q since %v, want %q since %v", got.Suppression, got.SuppressedSince, reason, *now)
			}
			// Neither the owner's word nor a sign-up by anyone makes
			// them active.
			err := db.InTx(ctx, func(tx *Tx) error {
				_, err := tx.AddSubscriber(ctx, NewSubscriber{Email: "ANN@example.org", Status: SubscriberActive, Source: "import"})
				return err
			})
			if !errors.Is(err, ErrSuppressed) {
				t.Errorf("owner's add: got %v, want ErrSuppressed", err)
			}
			inTx(t, db, func(ctx context.Context, tx *Tx) error {
				if _, err := tx.SubscribePending(ctx, "ann@example.org", "", "web"); err != nil {
					return err
				}
				ok, err := tx.ActivateSubscriber(ctx, s.ID, ConsentOwner, tx.Now())
				if ok {
					t.Errorf("activated a subscriber who left")
				}
				return err
			})
			got, _ = db.subscriberByID(ctx, s.ID)
			if got.Status == SubscriberActive || got.Suppression != reason {
				t.Fatalf("after sign-up: got %s, suppression %q", got.Status, got.Suppression)
			}
			// Their own confirmation does, and clears the times.
			inTx(t, db, func(ctx context.Context, tx *Tx) error {
				if _, err := tx.RequestResubscribe(ctx, s.ID, "asked at the race"); err != nil {
					return err
				}
				_, changed, err := tx.ConfirmSubscriber(ctx, s.ID, ConsentDoubleOptIn)
				if err == nil && !changed {
					t.Errorf("confirming again: got changed false, want true")
				}
				return err
			})
			got, _ = db.subscriberByID(ctx, s.ID)
			if got.Status != SubscriberActive || got.Suppression != "" || !got.UnsubscribedAt.IsZero() {
				t.Errorf("after confirming: got %+v", got)
			}
			events, err := db.subscriberEvents(ctx, s.ID)
			if err != nil {
				t.Fatal(err)
			}
			if len(events) < 4 || events[0].Event != EventCreated || events[len(events)-1].Event != EventConfirmed {
				t.Errorf("got events %+v, want created ... confirmed", events)
			}
		})
	}
}

func TestAddSubscriberKeepsWhatTheFileSays(t *testing.T) {
	db, now := openSubscriberDB(t)
	ctx := context.Background()
	consent := now.Add(-400 * 24 * time.Hour)
	var ids []int64
	inTx(t, db, func(ctx context.Context, tx *Tx) error {
		for _, n := range []NewSubscriber{
			{Email: "a@x.example", Status: SubscriberActive, Source: "import", ConsentSource: "mailchimp", ConfirmedAt: consent},
			{Email: "b@x.example", Status: SubscriberUnsubscribed, Complained: true, Source: "import", LeftAt: consent},
			{Email: "c@x.example", Status: SubscriberBounced, Source: "import"},
		} {
			s, err := tx.AddSubscriber(ctx, n)
			if err != nil {
				return err
			}
			// What it returns is the row as a read gives it.
			if read, err := tx.subscriberByID(ctx, s.ID); err != nil || fmt.Sprintf("%+v", *read) != fmt.Sprintf("%+v", *s) {
				t.Errorf("got %+v, want the row as read: %+v (%v)", *s, read, err)
			}
			ids = append(ids, s.ID)
		}
		again, err := tx.AddSubscriber(ctx, NewSubscriber{Email: "A@x.example", Status: SubscriberActive})
		if err != nil || again.ID != ids[0] {
			t.Errorf("second add for an address: got %+v, %v, want the first row, %d", again, err, ids[0])
		}
		return nil
	})
	a, _ := db.subscriberByID(ctx, ids[0])
	b, _ := db.subscriberByID(ctx, ids[1])
	c, _ := db.subscriberByID(ctx, ids[2])
	if !a.ConfirmedAt.Equal(consent) || a.ConsentSource != "mailchimp" || a.Suppression != "" {
		t.Errorf("active: got %+v", a)
	}
	if b.Suppression != SuppressedComplained || !b.UnsubscribedAt.Equal(consent) {
		t.Errorf("complained: got %+v", b)
	}
	if c.Suppression != SuppressedBounced || !c.BouncedAt.Equal(*now) {
		t.Errorf("bounced: got %+v", c)
	}
}

func TestReplaceAddress(t *testing.T) {
	tests := []struct {
		in, want string
		found    bool
	}{
		{"From: Ann <ANN@Example.org>", "From: Ann <[forgotten]>", true},
		{"ann@example.org, ann@example.org.", "[forgotten], [forgotten].", true},
		{"joann@example.org", "joann@example.org", false},
		{"ann@example.org.uk", "ann@example.org.uk", false},
		{"ann@example.organic", "ann@example.organic", false},
		{"mailto:ann@example.org?subject=x", "mailto:[forgotten]?subject=x", true},
		{"no address here", "no address here", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, found := replaceAddress(tt.in, "ann@example.org")
			if got != tt.want || found != tt.found {
				t.Errorf("got %q, %v; want %q, %v", got, found, tt.want, tt.found)
			}
		})
	}
}

func TestSuppressSubscriberRefusesAnUnknownReason(t *testing.T) {
	db, _ := openSubscriberDB(t)
	ctx := context.Background()
	s := subscribe(t, db, "ann@example.org", "Ann")
	err := db.InTx(ctx, func(tx *Tx) error {
		_, err := tx.SuppressSubscriber(ctx, s.ID, SuppressForgotten)
		return err
	})
	if err == nil {
		t.Fatal("suppressing a subscriber as forgotten: got nil, want an error")
	}
	if got, _ := db.subscriberByID(ctx, s.ID); got.Status != SubscriberPending {
		t.Errorf("got status %s, want pending: nothing changed", got.Status)
	}
}
