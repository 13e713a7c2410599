package mailer

import (
	"context"
	"fmt"
	"net"
	"strconv"
	"time"

	gomail "github.com/wneessen/go-mail"
	"github.com/wneessen/go-mail/smtp"
)

// newDialer returns the go-mail client that opens, secures and
// authenticates connections. Workers share it only to dial: each keeps the
// connection it gets and runs its own transactions on it.
func newDialer(cfg *Config) (*gomail.Client, error) {
	host, p, err := net.SplitHostPort(cfg.Addr)
	if err != nil {
		return nil, fmt.Errorf("mailer: SMTP address %q: %w", cfg.Addr, err)
	}
	port, err := strconv.Atoi(p)
	if err != nil {
		return nil, fmt.Errorf("mailer: SMTP port %q: %w", p, err)
	}
	opts := []gomail.Option{
		gomail.WithPort(port),
		gomail.WithTimeout(cfg.Timeout),
		gomail.WithHELO(cfg.HelloName),
	}
	switch cfg.TLS {
	case TLSImplicit:
		opts = append(opts, gomail.WithSSL())
	case TLSStartTLS:
		opts = append(opts, gomail.WithTLSPolicy(gomail.TLSMandatory))
	case TLSNone:
		opts = append(opts, gomail.WithTLSPolicy(gomail.NoTLS))
	}
	if cfg.Username != "" {
		// Without TLS go-mail sends PLAIN credentials only to a loopback
		// server; with TLS it picks the best mechanism offered.
		auth := gomail.SMTPAuthAutoDiscover
		if cfg.TLS == TLSNone {
			auth = gomail.SMTPAuthPlain
		}
		opts = append(opts, gomail.WithSMTPAuth(auth), gomail.WithUsername(cfg.Username), gomail.WithPassword(cfg.Password))
	}
	c, err := gomail.NewClient(host, opts...)
	if err != nil {
		return nil, fmt.Errorf("mailer: smtp client: %w", err)
	}
	return c, nil
}

// conn is one open SMTP session, used by one worker at a time.
type conn struct {
	c       *smtp.Client
	timeout time.Duration
	// pipelining is set when the server takes MAIL, RCPT and DATA in one
	// go (RFC 2920); mailParams are the MAIL parameters go-mail would add.
	pipelining bool
	mailParams string
}

func dial(ctx context.Context, d *gomail.Client, timeout time.Duration, oneByOne bool) (*conn, error) {
	c, err := d.DialToSMTPClientWithContext(ctx)
	if err != nil {
		return nil, classify("connect", err)
	}
	cn := &conn{c: c, timeout: timeout}
	cn.pipelining, _ = c.Extension("PIPELINING")
	cn.pipelining = cn.pipelining && !oneByOne
	if ok, _ := c.Extension("8BITMIME"); ok {
		cn.mailParams += " BODY=8BITMIME"
	}
	if ok, _ := c.Extension("SMTPUTF8"); ok {
		cn.mailParams += " SMTPUTF8"
	}
	return cn, nil
}

// send runs one SMTP transaction: MAIL, RCPT, DATA with wire, the whole
// message already dot-stuffed by appendStuffed. It returns nil only when
// the server answered the end of DATA with 250. beforeEnd runs just before
// the dot that ends DATA, the last moment the server cannot yet have
// accepted the mail.
func (cn *conn) send(wire []byte, from, to string, beforeEnd func()) error {
	if err := cn.c.UpdateDeadline(cn.timeout); err != nil {
		return classify("MAIL", err)
	}
	var err error
	if cn.pipelining {
		err = cn.envelopePipelined(from, to)
	} else {
		err = cn.envelope(from, to)
	}
	if err != nil {
		return err
	}
	// After the command's flush the buffer is empty, so bufio hands a
	// message longer than its buffer to the socket in one write.
	t := cn.c.Text
	if _, err := t.W.Write(wire); err != nil {
		// The dot that ends DATA was never sent, so the session is in an
		// unknown state.
		se := classify("DATA", err)
		se.broken = true
		return se
	}
	beforeEnd()
	t.W.WriteString(".\r\n")
	if err := t.W.Flush(); err != nil {
		return classify("DATA", err)
	}
	if _, _, err := t.ReadResponse(250); err != nil {
		return classify("DATA", err)
	}
	return nil
}

// envelope sends MAIL, RCPT and DATA one at a time, each awaiting its
// reply, up to the server's go-ahead for the message.
func (cn *conn) envelope(from, to string) error {
	if err := cn.c.Mail("<" + from + ">"); err != nil {
		return cn.abort("MAIL", err)
	}
	if err := cn.c.Rcpt("<" + to + ">"); err != nil {
		return cn.abort("RCPT", err)
	}
	// DATA goes through the exported textproto connection rather than
	// Client.Data, whose dot writer stuffs a byte at a time; that writer
	// is never opened, so nothing of it is left to close later.
	t := cn.c.Text
	id, err := t.Cmd("DATA")
	if err != nil {
		return classify("DATA", err)
	}
	t.StartResponse(id)
	_, _, err = t.ReadResponse(354)
	t.EndResponse(id)
	if err != nil {
		return cn.abort("DATA", err)
	}
	return nil
}

// envelopePipelined sends MAIL, RCPT and DATA in one write and then reads
// their three replies (RFC 2920), which saves two round trips per mail.
// When MAIL or RCPT is refused, the server refuses DATA as well and the
// session is reset; should it accept DATA anyway, the session is dropped.
func (cn *conn) envelopePipelined(from, to string) error {
	t := cn.c.Text
	fmt.Fprintf(t.W, "MAIL FROM:<%s>%s\r\nRCPT TO:<%s>\r\nDATA\r\n", from, cn.mailParams, to)
	if err := t.W.Flush(); err != nil {
		se := classify("MAIL", err)
		se.broken = true
		return se
	}
	stages := [...]string{"MAIL", "RCPT", "DATA"}
	wants := [...]int{250, 25, 354}
	var failed *SendError
	dataAccepted := false
	for i, stage := range stages {
		_, _, err := t.ReadResponse(wants[i])
		if err == nil {
			dataAccepted = stage == "DATA"
			continue
		}
		se := classify(stage, err)
		if se.broken {
			return se // the replies can no longer be told apart
		}
		if failed == nil {
			failed = se
		}
	}
	if failed == nil {
		return nil
	}
	if dataAccepted {
		// Ending the message, even empty, could deliver it; hanging up in
		// the middle of DATA cannot (RFC 5321 4.1.1.4).
		failed.broken = true
		return failed
	}
	if err := cn.c.Reset(); err != nil {
		failed.broken = true
	}
	return failed
}

// abort resets the session after a refused command, so that the next
// transaction starts clean (RFC 5321 4.1.1.5).
func (cn *conn) abort(stage string, err error) error {
	se := classify(stage, err)
	if !se.broken {
		if rerr := cn.c.Reset(); rerr != nil {
			se.broken = true
		}
	}
	return se
}

// eightBit reports whether the server takes 8-bit bodies (RFC 6152).
func (cn *conn) eightBit() bool {
	ok, _ := cn.c.Extension("8BITMIME")
	return ok
}

// noop checks that an idle session is still open.
func (cn *conn) noop() error {
	if err := cn.c.UpdateDeadline(cn.timeout); err != nil {
		return err
	}
	return cn.c.Noop()
}

// quit ends the session politely, bounded by the deadline.
func (cn *conn) quit() {
	cn.c.UpdateDeadline(5 * time.Second)
	if err := cn.c.Quit(); err != nil {
		cn.c.Close()
	}
}

// close drops the connection at once, interrupting a transaction in flight.
func (cn *conn) close() { cn.c.Close() }
