// Package tcpforward is a TCP forwarder for tests: a server that comes up
// at an address a client was already given, or a network that fails under
// a connection in use.
package tcpforward

import (
	"io"
	"net"
	"sync"
	"testing"
)

// Forwarder passes connections on to a target.
type Forwarder struct {
	ln    net.Listener
	mu    sync.Mutex
	conns []net.Conn
}

// At listens on addr ("127.0.0.1:0" for any port) and forwards every
// connection to target until the test ends, when the listener and every
// connection it forwarded close.
func At(t testing.TB, addr, target string) *Forwarder {
	t.Helper()
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	f := &Forwarder{ln: ln}
	t.Cleanup(func() { ln.Close(); f.Drop() })
	go func() {
		for {
			in, err := ln.Accept()
			if err != nil {
				return
			}
			out, err := net.Dial("tcp", target)
			if err != nil {
				in.Close()
				continue
			}
			f.mu.Lock()
			f.conns = append(f.conns, in, out)
			f.mu.Unlock()
			go func() { io.Copy(out, in); out.Close() }()
			go func() { io.Copy(in, out); in.Close() }()
		}
	}()
	return f
}

// Addr is the address the forwarder listens on.
func (f *Forwarder) Addr() string { return f.ln.Addr().String() }

// Drop cuts every connection forwarded so far, as a network failure or a
// server restart would; new connections are still taken.
func (f *Forwarder) Drop() {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, c := range f.conns {
		c.Close()
	}
	f.conns = nil
}
