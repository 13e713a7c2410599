package mailer

import (
	"context"
	"crypto/tls"
	"errors"
	"net"
	"sync/atomic"
	"time"
)

// SMTPTimeouts bound how long the client waits for an SMTP server at each
// step of a session. Zero fields take the defaults beside them: RFC 5321
// 4.5.3.2's minimums, which a client should not go below, and 30s to
// connect.
type SMTPTimeouts struct {
	Connect   time.Duration // the TCP connection, and implicit TLS's handshake; default 30s
	Greeting  time.Duration // the 220 greeting, and each reply to EHLO, STARTTLS and AUTH; default 5m
	Mail      time.Duration // the reply to MAIL FROM, and to RSET; default 5m
	Rcpt      time.Duration // the reply to each RCPT TO; default 5m
	DataInit  time.Duration // the 354 reply to DATA; default 2m
	DataBlock time.Duration // each write of the message to the connection; default 3m
	// DataEnd is the wait for the reply to the final dot, while the
	// server takes responsibility for the mail (RFC 5321 4.5.3.2.6);
	// default 10m. A mail whose end got no reply may have been delivered:
	// the sender tries it again only after as long again.
	DataEnd time.Duration
}

func (t *SMTPTimeouts) setDefaults() {
	t.Connect = defaultDuration(t.Connect, 30*time.Second)
	t.Greeting = defaultDuration(t.Greeting, 5*time.Minute)
	t.Mail = defaultDuration(t.Mail, 5*time.Minute)
	t.Rcpt = defaultDuration(t.Rcpt, 5*time.Minute)
	t.DataInit = defaultDuration(t.DataInit, 2*time.Minute)
	t.DataBlock = defaultDuration(t.DataBlock, 3*time.Minute)
	t.DataEnd = defaultDuration(t.DataEnd, 10*time.Minute)
}

// deadlineConn is the TCP connection under a session, beneath TLS where
// there is TLS, so that its deadlines can be set whatever go-mail's client
// has layered above it. Every write must be done within the write bound,
// and the reply that follows must come within the read bound of the last
// write. The session sets both before each step: each command then gets
// its own timeout, every block of the message its own, and the reply to
// the final dot DataEnd from when its last byte went.
type deadlineConn struct {
	net.Conn
	write, read atomic.Int64 // time.Duration
	// writeFailed says that a write failed since the step began.
	writeFailed atomic.Bool
}

func newDeadlineConn(c net.Conn, write, read time.Duration) *deadlineConn {
	dc := &deadlineConn{Conn: c}
	dc.step(write, read)
	return dc
}

// step sets the bounds of the step that begins.
func (c *deadlineConn) step(write, read time.Duration) {
	c.write.Store(int64(write))
	c.read.Store(int64(read))
	c.writeFailed.Store(false)
}

// Write writes p within the write bound and arms the read bound.
func (c *deadlineConn) Write(p []byte) (int, error) {
	if err := c.Conn.SetWriteDeadline(time.Now().Add(time.Duration(c.write.Load()))); err != nil {
		c.writeFailed.Store(true)
		return 0, err
	}
	n, err := c.Conn.Write(p)
	if err != nil {
		c.writeFailed.Store(true)
		return n, err
	}
	return n, c.Conn.SetReadDeadline(time.Now().Add(time.Duration(c.read.Load())))
}

// dialSlot is where dialConn leaves the connection it made for one dial
// through go-mail's client, which hands back only its own session.
type dialSlot struct {
	ctx  context.Context // the caller's: its end cuts the dial short
	conn *deadlineConn
	stop func() bool // stops the watch on ctx; false if ctx ended first
}

type dialSlotKey struct{}

// dialConn is the go-mail client's dial function: a TCP connection within
// Connect, wrapped so that each step's deadline can be set, and for
// implicit TLS secured within the same bound. The wait for the greeting
// begins when it returns.
func (t *SMTP) dialConn(ctx context.Context, network, addr string) (net.Conn, error) {
	slot, ok := ctx.Value(dialSlotKey{}).(*dialSlot)
	if !ok {
		return nil, errors.New("mailer: dial outside a session")
	}
	to := t.cfg.Timeouts
	dctx, cancel := context.WithTimeout(ctx, to.Connect)
	defer cancel()
	raw, err := (&net.Dialer{}).DialContext(dctx, network, addr)
	if err != nil {
		return nil, err
	}
	dc := newDeadlineConn(raw, to.Greeting, to.Greeting)
	slot.conn = dc
	// The greeting, EHLO, STARTTLS and AUTH take no context: ending the
	// caller's closes the connection under them.
	slot.stop = context.AfterFunc(slot.ctx, func() { dc.Close() })
	var conn net.Conn = dc
	if t.cfg.TLS == TLSImplicit {
		tc := tls.Client(dc, t.tls)
		if err := tc.HandshakeContext(dctx); err != nil {
			dc.Close()
			return nil, err
		}
		conn = tc
	}
	if err := dc.SetReadDeadline(time.Now().Add(to.Greeting)); err != nil {
		dc.Close()
		return nil, err
	}
	return conn, nil
}
