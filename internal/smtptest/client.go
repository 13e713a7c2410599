package smtptest

import "github.com/emersion/go-smtp"

// SendLoop sends raw to addr over one plain go-smtp client connection, one
// transaction for each recipient next hands out until it returns "". It is
// the least any sender could do per mail, for benchmarks to measure
// against.
func SendLoop(addr string, raw []byte, from string, next func() string) error {
	c, err := smtp.Dial(addr)
	if err != nil {
		return err
	}
	defer c.Close()
	if err := c.Hello("localhost"); err != nil {
		return err
	}
	for to := next(); to != ""; to = next() {
		if err := transact(c, from, to, raw); err != nil {
			return err
		}
	}
	return c.Quit()
}

// transact runs one mail transaction on c and returns the error of the
// step that failed.
func transact(c *smtp.Client, from, to string, raw []byte) error {
	if err := c.Mail(from, nil); err != nil {
		return err
	}
	if err := c.Rcpt(to, nil); err != nil {
		return err
	}
	w, err := c.Data()
	if err != nil {
		return err
	}
	if _, err := w.Write(raw); err != nil {
		return err
	}
	return w.Close()
}
