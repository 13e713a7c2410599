package mailer

import (
	"net"
	"testing"
	"time"
)

// latencyProxy forwards every connection it accepts on loopback to target,
// handing each chunk read in either direction on oneWay after it arrived,
// as a link with that latency would; bandwidth is not limited. It stands
// in for a network delay on loopback, which needs privileges a test does
// not have.
func latencyProxy(tb testing.TB, target string, oneWay time.Duration) string {
	tb.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { ln.Close() })
	go func() {
		for {
			client, err := ln.Accept()
			if err != nil {
				return
			}
			server, err := net.Dial("tcp", target)
			if err != nil {
				client.Close()
				continue
			}
			go delayCopy(server, client, oneWay)
			go delayCopy(client, server, oneWay)
		}
	}()
	return ln.Addr().String()
}

type delayed struct {
	due  time.Time
	data []byte
}

// delayCopy copies src to dst, each chunk d after it was read, and closes
// both when either side ends.
func delayCopy(dst, src net.Conn, d time.Duration) {
	q := make(chan delayed, 4096)
	go func() {
		defer close(q)
		buf := make([]byte, 64<<10)
		for {
			n, err := src.Read(buf)
			if n > 0 {
				q <- delayed{time.Now().Add(d), append([]byte(nil), buf[:n]...)}
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
