package smtptest

import (
	"bytes"
	"io"
	"strings"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

type backend struct{ s *Server }

var _ smtp.Backend = backend{}

// NewSession is called once per connection, at its first EHLO or HELO.
func (b backend) NewSession(c *smtp.Conn) (smtp.Session, error) {
	s := b.s
	s.mu.Lock()
	s.conns++
	s.active++
	s.maxActive = max(s.maxActive, s.active)
	n := s.conns
	s.mu.Unlock()
	return &session{s: s, c: c, conn: n}, nil
}

// session is one SMTP connection's state.
type session struct {
	s      *Server
	c      *smtp.Conn
	conn   int
	authed bool
	from   string
	body   string
	to     []string
	steps  []Step
}

var _ smtp.AuthSession = (*session)(nil)

func (ss *session) AuthMechanisms() []string {
	if ss.s.username == "" {
		return nil
	}
	return []string{sasl.Plain}
}

func (ss *session) Auth(mech string) (sasl.Server, error) {
	if mech != sasl.Plain || ss.s.username == "" {
		return nil, smtp.ErrAuthUnknownMechanism
	}
	return sasl.NewPlainServer(func(identity, username, password string) error {
		if username != ss.s.username || password != ss.s.password {
			return smtp.ErrAuthFailed
		}
		ss.authed = true
		return nil
	}), nil
}

func (ss *session) Mail(from string, opts *smtp.MailOptions) error {
	if ss.s.username != "" && !ss.authed {
		return smtp.ErrAuthRequired
	}
	ss.from, ss.body = from, ""
	if opts != nil {
		ss.body = string(opts.Body)
	}
	return nil
}

func (ss *session) Rcpt(to string, _ *smtp.RcptOptions) error {
	if ss.s.discard {
		ss.to = append(ss.to, to)
		return nil
	}
	st := ss.s.next(to)
	if st.Stage == AtRcpt && !st.accepts() {
		return st.err()
	}
	ss.to = append(ss.to, to)
	ss.steps = append(ss.steps, st)
	return nil
}

func (ss *session) Data(r io.Reader) error {
	if ss.s.discard {
		n, err := io.Copy(io.Discard, r)
		if err != nil {
			return err
		}
		ss.s.wait()
		ss.s.record(Message{}, int(n))
		return nil
	}
	for _, st := range ss.steps {
		if st.Drop {
			return ss.drop(r)
		}
	}
	var buf bytes.Buffer
	if _, err := io.Copy(&buf, r); err != nil {
		return err
	}
	ss.s.wait()
	for _, st := range ss.steps {
		if !st.accepts() {
			return st.err()
		}
	}
	ss.s.record(Message{
		From: ss.from,
		To:   append([]string(nil), ss.to...),
		Data: buf.Bytes(),
		Conn: ss.conn,
		Body: ss.body,
	}, buf.Len())
	return nil
}

// drop reads a little of the message, so the client is surely inside DATA,
// then closes the connection without answering.
func (ss *session) drop(r io.Reader) error {
	head := make([]byte, 64)
	io.ReadFull(r, head)
	ss.c.Conn().Close()
	return errDropped
}

func (ss *session) Reset() {
	ss.from, ss.to, ss.steps = "", nil, nil
}

func (ss *session) Logout() error {
	ss.s.mu.Lock()
	ss.s.active--
	ss.s.mu.Unlock()
	return nil
}

// Header returns the first value of header name in a raw message, unfolded,
// or "" when it is absent. It is a convenience for tests that check a few
// headers without parsing MIME.
func Header(raw []byte, name string) string {
	head, _, _ := bytes.Cut(raw, []byte("\r\n\r\n"))
	lines := strings.Split(string(head), "\r\n")
	for i := 0; i < len(lines); i++ {
		k, v, ok := strings.Cut(lines[i], ":")
		if !ok || !strings.EqualFold(strings.TrimSpace(k), name) {
			continue
		}
		for i+1 < len(lines) && (strings.HasPrefix(lines[i+1], " ") || strings.HasPrefix(lines[i+1], "\t")) {
			i++
			v += lines[i]
		}
		return strings.TrimSpace(v)
	}
	return ""
}
