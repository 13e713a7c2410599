package web

import (
	"context"
	"errors"
	"sync"
)

// versioned keeps values made from one version of the site's data, and
// forgets them all when the version moves on. Any change to questions,
// answers, comments or ratings moves it.
//
// Requests that miss the same key at the same time wait for one of them to
// make the value, so a popular page is rendered once after a change rather
// than once per request in flight.
type versioned[V any] struct {
	mu      sync.Mutex
	limit   int // 0 keeps nothing and shares nothing
	version int64
	items   map[string]V
	making  map[makingKey]*making[V]
}

type makingKey struct {
	version int64
	key     string
}

// making is a value being made by one request for others to wait on.
type making[V any] struct {
	done  chan struct{}
	value V
	err   error
}

func newVersioned[V any](limit int) *versioned[V] {
	return &versioned[V]{limit: limit, items: map[string]V{}, making: map[makingKey]*making[V]{}}
}

// get returns the value under key for version, making it with build unless
// it is kept or being made. build runs without ctx's cancellation: others
// may be waiting for what it makes after the request that started it has
// gone.
func (c *versioned[V]) get(ctx context.Context, version int64, key string, build func(context.Context) (V, error)) (V, error) {
	if c.limit == 0 {
		return build(ctx)
	}
	c.mu.Lock()
	if version > c.version {
		c.version = version
		clear(c.items)
	}
	if v, ok := c.items[key]; ok && version == c.version {
		c.mu.Unlock()
		return v, nil
	}
	mk := makingKey{version, key}
	if m, ok := c.making[mk]; ok {
		c.mu.Unlock()
		select {
		case <-m.done:
			return m.value, m.err
		case <-ctx.Done():
			var zero V
			return zero, ctx.Err()
		}
	}
	m := &making[V]{done: make(chan struct{})}
	c.making[mk] = m
	c.mu.Unlock()

	// A panic in build still releases the requests waiting for it.
	m.err = errBuildPanicked
	defer c.finish(mk, m)
	m.value, m.err = build(context.WithoutCancel(ctx))
	return m.value, m.err
}

// errBuildPanicked is what requests waiting on a value get when making it
// panicked.
var errBuildPanicked = errors.New("page build panicked")

// finish keeps what m made and lets the requests waiting for it go.
func (c *versioned[V]) finish(mk makingKey, m *making[V]) {
	c.mu.Lock()
	delete(c.making, mk)
	if m.err == nil {
		c.put(mk.version, mk.key, m.value)
	}
	c.mu.Unlock()
	close(m.done)
}

// put keeps v unless it was made from older data than the cache now holds.
// Called with c.mu held.
func (c *versioned[V]) put(version int64, key string, v V) {
	if version < c.version {
		return
	}
	if len(c.items) >= c.limit {
		for k := range c.items { // drop an arbitrary value to make room
			delete(c.items, k)
			break
		}
	}
	c.items[key] = v
}
