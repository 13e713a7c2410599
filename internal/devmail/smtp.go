package devmail

import (
	"context"
	"crypto/subtle"
	"errors"
	"fmt"
	"io"
	"net"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

// Session limits, generous for a local server but bounded so that a stuck
// client cannot hold a connection for ever.
const (
	smtpMaxRecipients = 100
	smtpReadTimeout   = 10 * time.Minute
	smtpWriteTimeout  = time.Minute
)

// newSMTPServer builds the SMTP server. It takes mail from anyone on
// loopback, with or without AUTH, for any domain.
func (s *Server) newSMTPServer() *smtp.Server {
	srv := smtp.NewServer(smtp.BackendFunc(func(c *smtp.Conn) (smtp.Session, error) {
		return &smtpSession{srv: s, conn: c}, nil
	}))
	srv.Domain = hostname
	srv.MaxMessageBytes = s.cfg.MaxMessageBytes
	srv.MaxRecipients = smtpMaxRecipients
	srv.ReadTimeout = smtpReadTimeout
	srv.WriteTimeout = smtpWriteTimeout
	srv.AllowInsecureAuth = true
	srv.EnableSMTPUTF8 = true
	srv.ErrorLog = libLogger{s.log.With("proto", "smtp")}
	if w := s.trace("smtp"); w != nil {
		srv.Debug = w
	}
	return srv
}

// smtpSession is one SMTP connection. It collects an envelope and hands
// each message to Server.deliver.
type smtpSession struct {
	srv  *Server
	conn *smtp.Conn

	user    string // authenticated user, "" if none
	from    string
	utf8    bool
	to      []string
	release func() // ends the hold on the connection taken at MAIL
}

var _ smtp.AuthSession = (*smtpSession)(nil)

// AuthMechanisms lists PLAIN and LOGIN; mail clients use one or the other.
func (sess *smtpSession) AuthMechanisms() []string {
	return []string{sasl.Plain, sasl.Login}
}

// Auth accepts any non-empty user name with the dev password: senders need
// not have an account, as every address is local.
func (sess *smtpSession) Auth(mech string) (sasl.Server, error) {
	switch mech {
	case sasl.Plain:
		return sasl.NewPlainServer(func(identity, username, password string) error {
			if identity != "" && identity != username {
				return &smtp.SMTPError{Code: 535, EnhancedCode: smtp.EnhancedCode{5, 7, 8}, Message: "Authorization identity must match user name"}
			}
			return sess.authenticate(username, password)
		}), nil
	case sasl.Login:
		return &loginServer{authenticate: sess.authenticate}, nil
	}
	return nil, smtp.ErrAuthUnknownMechanism
}

func (sess *smtpSession) authenticate(username, password string) error {
	if username == "" || subtle.ConstantTimeCompare([]byte(password), []byte(sess.srv.cfg.Password)) != 1 {
		sess.srv.log.Warn("smtp auth refused", "user", username)
		return smtp.ErrAuthFailed
	}
	sess.user = username
	return nil
}

// Mail starts a transaction; "" is the null sender of RFC 5321 4.5.5.
func (sess *smtpSession) Mail(from string, opts *smtp.MailOptions) error {
	if from != "" {
		if err := checkAddress(from); err != nil {
			return &smtp.SMTPError{Code: 553, EnhancedCode: smtp.EnhancedCode{5, 1, 7}, Message: "Bad sender address syntax"}
		}
	}
	sess.from = from
	sess.utf8 = opts != nil && opts.UTF8
	if sess.release == nil {
		sess.release = holdConn(sess.conn.Conn())
	}
	return nil
}

// Rcpt adds a recipient. Any domain is accepted; the address must still
// name a mailbox.
func (sess *smtpSession) Rcpt(to string, _ *smtp.RcptOptions) error {
	if _, err := BaseAddress(to); err != nil {
		return &smtp.SMTPError{Code: 553, EnhancedCode: smtp.EnhancedCode{5, 1, 3}, Message: "Bad recipient address syntax"}
	}
	sess.to = append(sess.to, to)
	return nil
}

// Data reads the message and delivers it. go-smtp has already removed the
// dot-stuffing and enforces the size limit while reading.
func (sess *smtpSession) Data(r io.Reader) error {
	raw, err := io.ReadAll(r)
	if err != nil {
		return err // smtp.ErrDataTooLarge carries its own 552
	}
	err = sess.srv.deliver(context.Background(), sess.envelope(), raw)
	switch {
	case err == nil:
		return nil
	case errors.Is(err, ErrMessageTooLarge):
		return smtp.ErrDataTooLarge
	case errors.Is(err, ErrBadAddress):
		return &smtp.SMTPError{Code: 550, EnhancedCode: smtp.EnhancedCode{5, 1, 3}, Message: err.Error()}
	default:
		sess.srv.log.Error("delivery failed", "from", sess.from, "err", err)
		return &smtp.SMTPError{Code: 451, EnhancedCode: smtp.EnhancedCode{4, 3, 0}, Message: "Delivery failed, try again later"}
	}
}

// envelope describes the current transaction for the Received header.
func (sess *smtpSession) envelope() envelope {
	env := envelope{from: sess.from, to: sess.to, helo: sess.conn.Hostname(), with: "ESMTP"}
	if host, _, err := net.SplitHostPort(sess.conn.Conn().RemoteAddr().String()); err == nil {
		env.ip = host
	}
	// RFC 3848 and RFC 6531 3.7.3 protocol names.
	switch {
	case sess.utf8 && sess.user != "":
		env.with = "UTF8SMTPA"
	case sess.utf8:
		env.with = "UTF8SMTP"
	case sess.user != "":
		env.with = "ESMTPA"
	}
	return env
}

// Reset ends the transaction; go-smtp calls it after DATA and on RSET.
func (sess *smtpSession) Reset() {
	sess.from, sess.to, sess.utf8 = "", nil, false
	if sess.release != nil {
		sess.release()
		sess.release = nil
	}
}

// Logout releases the connection when the client leaves.
func (sess *smtpSession) Logout() error {
	sess.Reset()
	return nil
}

// loginServer is the server side of the LOGIN mechanism
// (draft-murchison-sasl-login), which go-sasl implements only for clients.
// Outlook and older clients still offer nothing else.
type loginServer struct {
	authenticate func(username, password string) error
	step         int
	username     string
}

// Next asks for the user name unless the client sent it as an initial
// response, then for the password, then checks both.
func (a *loginServer) Next(response []byte) (challenge []byte, done bool, err error) {
	switch a.step {
	case 0:
		a.step = 1
		if response == nil {
			return []byte("Username:"), false, nil
		}
		fallthrough
	case 1:
		a.username = string(response)
		a.step = 2
		return []byte("Password:"), false, nil
	case 2:
		a.step = 3
		return nil, true, a.authenticate(a.username, string(response))
	}
	return nil, false, fmt.Errorf("login mechanism: %w", sasl.ErrUnexpectedClientResponse)
}
