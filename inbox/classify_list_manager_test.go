package inbox

import (
	"testing"

	"helpline/data"
)

// TestListManagerNotice checks that a list manager's notice about a post
// the helpline address made is automatic mail, and that readers whose
// address ends in "-owner" still ask.
func TestListManagerNotice(t *testing.T) {
	tests := []struct {
		name       string
		returnPath string
		from       string
		subject    string
		want       string
	}{
		{"post denied", "<trail-runners+bounces-help@lists.club.test>", "trail-runners+owner@lists.club.test",
			"Post to trail-runners denied: Re: Sunday long run", data.OutcomeAuto},
		{"post held", "<trail-runners-bounces@lists.club.test>", "trail-runners-owner@lists.club.test",
			"Your message to trail-runners awaits moderator approval", data.OutcomeAuto},
		{"shop owner", "<shop-owner@bakery.test>", "shop-owner@bakery.test",
			"Running before work", data.OutcomeQuestion},
		{"owner without an envelope", "", "club-owner@club.test",
			"Which shoes for trails?", data.OutcomeQuestion},
		// Readers whose address ends in "-owner" posting through a list
		// the helpline address reads: the envelope sender is the list's
		// bounce address, named after the list, not after them.
		{"owner address through a list", "<runners-bounces+pet-owner=reader.test@lists.club.test>", "pet-owner@reader.test",
			"Running with my dog", data.OutcomeQuestion},
		{"owner address through a list on the same host", "<runners-bounces@club.test>", "club-owner@club.test",
			"Which shoes for trails?", data.OutcomeQuestion},
		{"plus owner through an mlmmj list", "<runners+bounces-123@lists.club.test>", "shop+owner@reader.test",
			"Running before work", data.OutcomeQuestion},
		{"owner of another list", "<walkers-bounces@lists.club.test>", "runners-owner@lists.club.test",
			"Which shoes for trails?", data.OutcomeQuestion},
		{"post denied, bounce address with a return route", "<trail-runners-bounces+ask=help.test@lists.club.test>", "trail-runners-owner@lists.club.test",
			"Post to trail-runners requires approval", data.OutcomeAuto},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t)
			var extra []string
			if tt.returnPath != "" {
				extra = append(extra, "Return-Path: "+tt.returnPath)
			}
			m := f.deliver(question(tt.from, tt.subject, "I stand at the counter all day. When should I run?", extra...))
			wantOutcome(t, m, tt.want)
		})
	}
}
