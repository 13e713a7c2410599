package mailer

import (
	"net"
	"sync"
	"testing"
	"time"
)

// proxy forwards every connection it accepts on loopback to a server,
// handing each chunk read in either direction on oneWay after it arrived,
// as a link with that latency would (bandwidth is not limited), and
// passing what the server says through fromServer when that is set. It
// stands in for a network delay on loopback, which needs privileges a test
// does not have, and for a server that hangs up or offers less.
type proxy struct {
	ln         net.Listener
	target     string
	oneWay     time.Duration
	fromServer func([]byte) []byte

	mu    sync.Mutex
	conns []net.Conn
}

func startProxy(tb testing.TB, target string, oneWay time.Duration, fromServer func([]byte) []byte) *proxy {
	tb.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	p := &proxy{ln: ln, target: target, oneWay: oneWay, fromServer: fromServer}
	tb.Cleanup(func() { ln.Close(); p.cut() })
	go p.serve()
	return p
}

// latencyProxy is a proxy to target that delays each direction by oneWay.
func latencyProxy(tb testing.TB, target string, oneWay time.Duration) string {
	return startProxy(tb, target, oneWay, nil).Addr()
}

// Addr is the host:port to connect to instead of the server's.
func (p *proxy) Addr() string { return p.ln.Addr().String() }

func (p *proxy) serve() {
	for {
		client, err := p.ln.Accept()
		if err != nil {
			return
		}
		server, err := net.Dial("tcp", p.target)
		if err != nil {
			client.Close()
			continue
		}
		p.mu.Lock()
		p.conns = append(p.conns, client, server)
		p.mu.Unlock()
		go p.copy(server, client, nil)
		go p.copy(client, server, p.fromServer)
	}
}

// cut closes every connection made so far, at both ends.
func (p *proxy) cut() {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, c := range p.conns {
		c.Close()
	}
	p.conns = nil
}

type delayed struct {
	due  time.Time
	data []byte
}

// copy copies src to dst, each chunk oneWay after it was read and changed
// by change if set, and closes both when either side ends.
func (p *proxy) copy(dst, src net.Conn, change func([]byte) []byte) {
	q := make(chan delayed, 4096)
	go func() {
		defer close(q)
		buf := make([]byte, 64<<10)
		for {
			n, err := src.Read(buf)
			if n > 0 {
				b := append([]byte(nil), buf[:n]...)
				if change != nil {
					b = change(b)
				}
				q <- delayed{time.Now().Add(p.oneWay), b}
			}
			if err != nil {
				return
			}
		}
	}()
	t := time.NewTimer(0)
	defer t.Stop()
	for c := range q {
		t.Reset(time.Until(c.due))
		<-t.C
		if _, err := dst.Write(c.data); err != nil {
			break
		}
	}
	dst.Close()
	src.Close()
	for range q {
	}
}
