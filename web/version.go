package web

import (
	"context"
	"sync"
	"sync/atomic"
	"time"

	"helpline/data"
)

// versionCheckEvery is how long the site trusts the version it last read
// before reading it again. Changes made in this process are seen at once
// (Server.Touch); changes made by another (the command line) show within
// this time.
const versionCheckEvery = 100 * time.Millisecond

// siteState is the site's data versions as last read.
type siteState struct {
	data.SiteVersions
	checked time.Time // when they were read
	touches uint64    // the touch count read before they were
}

// versionCheck knows the site's data versions without asking the database
// on every request: it reads them at most once per versionCheckEvery, and
// at once after touch.
type versionCheck struct {
	read    func(context.Context) (data.SiteVersions, error)
	every   time.Duration
	now     func() time.Time
	touches atomic.Uint64
	state   atomic.Pointer[siteState]
	mu      sync.Mutex // held while reading, so one request reads for all
}

func newVersionCheck(read func(context.Context) (data.SiteVersions, error)) *versionCheck {
	return &versionCheck{read: read, every: versionCheckEvery, now: time.Now}
}

// touch says that this server has just changed the site (a comment, a
// rating), so the next request reads the versions again rather than show
// the reader a page without their change.
func (c *versionCheck) touch() { c.touches.Add(1) }

// current returns the site's versions, reading them again if the ones
// known are too old or the site was touched since.
func (c *versionCheck) current(ctx context.Context) (*siteState, error) {
	if st := c.state.Load(); c.fresh(st) {
		return st, nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if st := c.state.Load(); c.fresh(st) {
		return st, nil // another request read it while this one waited
	}
	// The touch count is taken before the read, so a touch during the read
	// makes the next request read again.
	touches := c.touches.Load()
	v, err := c.read(ctx)
	if err != nil {
		return nil, err
	}
	st := &siteState{SiteVersions: v, checked: c.now(), touches: touches}
	c.state.Store(st)
	return st, nil
}

func (c *versionCheck) fresh(st *siteState) bool {
	return st != nil && st.touches == c.touches.Load() && c.now().Sub(st.checked) < c.every
}
