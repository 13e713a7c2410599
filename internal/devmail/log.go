package devmail

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
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
	l.log.Log(context.Background(), level(args), strings.TrimSuffix(fmt.Sprintf(format, args...), "\n"))
}

// Println logs one message from the library.
func (l libLogger) Println(args ...any) {
	l.log.Log(context.Background(), level(args), strings.TrimSuffix(fmt.Sprintln(args...), "\n"))
}

// level is a warning, unless the library complains of a connection that
// was closed: every IDLE a client holds ends so when the server stops,
// which is no cause for a warning at each clean shutdown.
func level(args []any) slog.Level {
	for _, a := range args {
		if err, ok := a.(error); ok && errors.Is(err, net.ErrClosed) {
			return slog.LevelDebug
		}
	}
	return slog.LevelWarn
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
