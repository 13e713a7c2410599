package devmail

import (
	"net"
	"sync"
)

// connSet tracks the connections accepted on one listener and whether each
// is waiting for its client. Neither go-imap's nor go-smtp's server can
// close only the connections that are idle, which a graceful shutdown
// needs, so the set does it below them.
type connSet struct {
	mu    sync.Mutex
	conns map[*trackedConn]struct{}
}

func newConnSet() *connSet {
	return &connSet{conns: make(map[*trackedConn]struct{})}
}

// listener wraps ln so that every connection it accepts joins the set.
func (s *connSet) listener(ln net.Listener) net.Listener {
	return &trackedListener{Listener: ln, set: s}
}

// closeIdle closes every connection that is waiting for its client outside
// a transfer, and returns how many connections remain open.
//
// Such a connection has answered everything it was asked and holds no
// half-done work: an IMAP client idling or between commands reconnects, and
// an SMTP client between transactions has had every message acknowledged.
func (s *connSet) closeIdle() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	busy := 0
	for c := range s.conns {
		if c.idle() {
			c.Conn.Close()
			delete(s.conns, c)
			continue
		}
		busy++
	}
	return busy
}

// closeAll closes every connection at once.
func (s *connSet) closeAll() {
	s.mu.Lock()
	defer s.mu.Unlock()
	for c := range s.conns {
		c.Conn.Close()
		delete(s.conns, c)
	}
}

func (s *connSet) add(c *trackedConn) {
	s.mu.Lock()
	s.conns[c] = struct{}{}
	s.mu.Unlock()
}

func (s *connSet) remove(c *trackedConn) {
	s.mu.Lock()
	delete(s.conns, c)
	s.mu.Unlock()
}

type trackedListener struct {
	net.Listener
	set *connSet
}

// Accept wraps each new connection and records it in the set.
func (l *trackedListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	tc := &trackedConn{Conn: c, set: l.set}
	l.set.add(tc)
	return tc, nil
}

// trackedConn knows whether its server is waiting for the client, and
// whether a transfer (an SMTP transaction, an IMAP APPEND) is under way.
type trackedConn struct {
	net.Conn
	set *connSet

	mu      sync.Mutex
	reading bool
	holds   int
}

// holdConn marks c, if it is tracked, as busy until the returned release
// is called, so that a graceful shutdown waits for the transfer to end.
func holdConn(c net.Conn) (release func()) {
	tc, ok := c.(*trackedConn)
	if !ok {
		return func() {}
	}
	tc.mu.Lock()
	tc.holds++
	tc.mu.Unlock()
	var once sync.Once
	return func() {
		once.Do(func() {
			tc.mu.Lock()
			tc.holds--
			tc.mu.Unlock()
		})
	}
}

// Read marks the connection as waiting for its client while it blocks.
// Both servers read through a bufio.Reader, so a Read happens only once
// everything already received has been handled.
func (c *trackedConn) Read(p []byte) (int, error) {
	c.setReading(true)
	n, err := c.Conn.Read(p)
	c.setReading(false)
	return n, err
}

// Close removes the connection from its set and closes it.
func (c *trackedConn) Close() error {
	c.set.remove(c)
	return c.Conn.Close()
}

func (c *trackedConn) setReading(v bool) {
	c.mu.Lock()
	c.reading = v
	c.mu.Unlock()
}

func (c *trackedConn) idle() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.reading && c.holds == 0
}
