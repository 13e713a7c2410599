package devmail

import (
	"fmt"
	"io"
	"log/slog"
	"strings"
	"sync"
)

// libLogger hands the printf-style complaints of go-imap's and go-smtp's
// servers (a client that vanished, a recovered panic) to slog.
type libLogger struct {
	log *slog.Logger
}

// Printf logs one message from the library.
func (l libLogger) Printf(format string, args ...any) {
	l.log.Warn(strings.TrimSuffix(fmt.Sprintf(format, args...), "\n"))
}

// Println logs one message from the library.
func (l libLogger) Println(args ...any) {
	l.log.Warn(strings.TrimSuffix(fmt.Sprintln(args...), "\n"))
}

// traceWriter serialises the transcripts of every connection into the one
// Trace writer, tagging each chunk with its protocol. Chunks are whatever
// the libraries write at once, usually a line or a response.
type traceWriter struct {
	mu    *sync.Mutex
	w     io.Writer
	proto string
}

// Write copies p to the trace after a "proto: " prefix. It never fails:
// the libraries tee the connection through it, and a broken terminal must
// not break a mail session.
func (t *traceWriter) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	fmt.Fprintf(t.w, "%s: %s", t.proto, p)
	return len(p), nil
}

// trace returns the transcript writer for proto, or nil without a Trace.
func (s *Server) trace(proto string) io.Writer {
	if s.cfg.Trace == nil {
		return nil
	}
	return &traceWriter{mu: &s.traceMu, w: s.cfg.Trace, proto: proto}
}
