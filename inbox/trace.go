package inbox

import (
	"bytes"
	"io"
	"regexp"
	"strings"
	"sync"
)

// A transcript of an IMAP session (log.trace) helps when a server does
// something unexpected, but both directions reach it through one writer,
// and the login carries the password. transcript passes the session on
// line by line with its credentials replaced.
//
// The secret travels in the LOGIN or AUTHENTICATE command (RFC 9051
// 6.2.3, 6.2.2) and in the client's lines that follow it up to the
// command's tagged completion: literals, and answers to the server's "+"
// continuations. Those alternate with the server's lines, so after the
// command every line is the server's until a "+" asks the client for one;
// a non-synchronising literal ("{8+}", RFC 7888) is followed by the
// client's next line directly.
type transcript struct {
	mu     sync.Mutex
	w      io.Writer
	prefix []byte
	buf    []byte
	tag    []byte // the authenticating command's tag, while it runs
	client bool   // the next line is the client's, and secret
	authed bool   // logged in: what follows carries no credentials
	secret [][]byte
}

// authCommand matches a command that carries credentials, and keeps what
// may be shown of it: the tag, the command and a mechanism's name.
var authCommand = regexp.MustCompile(`(?i)^([^\s*+]+ (?:LOGIN|AUTHENTICATE(?: [A-Z0-9_-]+)?))(?: |\r?\n?$)`)

// literalEnd matches a line that announces a literal: "{8}" waits for
// the server's "+", "{8+}" does not.
var literalEnd = regexp.MustCompile(`\{\d+(\+?)\}\r?\n?$`)

const redacted = " [redacted]"

// newTranscript writes the session to w, each line after prefix. The
// password, should it turn up where the rules above do not expect it (in
// a line that a reply split in two, say), is replaced wherever it is.
func newTranscript(w io.Writer, prefix, password string) *transcript {
	t := &transcript{w: w, prefix: []byte(prefix)}
	if len(password) >= 4 {
		quoted := strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(password)
		t.secret = [][]byte{[]byte(password), []byte(quoted)}
	}
	return t
}

// Write copies whole lines to the underlying writer, redacted; a partial
// line waits for its end. It never fails: a transcript must not break the
// session it records.
func (t *transcript) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.buf = append(t.buf, p...)
	for {
		i := bytes.IndexByte(t.buf, '\n')
		if i < 0 {
			break
		}
		t.line(t.buf[:i+1])
		t.buf = t.buf[i+1:]
	}
	t.buf = append(t.buf[:0:0], t.buf...) // let the written lines go
	return len(p), nil
}

func (t *transcript) line(l []byte) {
	out := l
	switch {
	case t.authed:
	case t.tag == nil:
		if m := authCommand.FindSubmatch(l); m != nil {
			t.tag = append([]byte(nil), bytes.Fields(l)[0]...)
			out = append(append(m[1][:len(m[1]):len(m[1])], redacted...), '\n')
			t.afterClient(l)
		}
	case t.client:
		out = []byte(redacted[1:] + "\n")
		t.afterClient(l)
	case bytes.HasPrefix(l, append(t.tag, ' ')):
		// The command is done. Once it succeeded, no later line, such as
		// one of a fetched message, is taken for a login.
		t.authed = bytes.HasPrefix(bytes.ToUpper(l[len(t.tag)+1:]), []byte("OK"))
		t.tag = nil
	case l[0] == '+':
		t.client = true
	}
	for _, s := range t.secret {
		out = bytes.ReplaceAll(out, s, []byte(redacted[1:]))
	}
	t.w.Write(append(append([]byte(nil), t.prefix...), out...))
}

// afterClient decides whose the next line is after a line of the client's.
func (t *transcript) afterClient(l []byte) {
	m := literalEnd.FindSubmatch(l)
	t.client = m != nil && len(m[1]) > 0
}
