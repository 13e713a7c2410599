package privacy

import (
	"context"
	"errors"
	"fmt"
	"html"
	"log/slog"
	"net/mail"
	"strings"

	"helpline/data"
	"helpline/internal/locale"
	"helpline/internal/token"
)

// Config is what the service needs to know about the site.
type Config struct {
	BaseURL string // the site's, without a trailing slash
	Signer  *token.Signer
	// SuppressionKey keys the hash under which a forgotten address is
	// kept, the newsletter's: it must stay the same for the life of the
	// database.
	SuppressionKey []byte
	Locale         *locale.Locale // nil means English
	Logger         *slog.Logger
}

// Service exports and forgets what is held about a person.
type Service struct {
	db  *data.DB
	cfg Config
	log *slog.Logger
}

// New returns a Service over db.
func New(db *data.DB, cfg Config) (*Service, error) {
	if db == nil || cfg.Signer == nil || cfg.BaseURL == "" || len(cfg.SuppressionKey) < 16 {
		return nil, errors.New("privacy: needs a database, a signer, a base URL and a suppression key")
	}
	if cfg.Locale == nil {
		en, err := locale.New(locale.Default, nil)
		if err != nil {
			return nil, err
		}
		cfg.Locale = en
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	return &Service{db: db, cfg: cfg, log: cfg.Logger}, nil
}

// checkAddress returns addr as a bare address, or an error.
func checkAddress(addr string) (string, error) {
	a, err := mail.ParseAddress(strings.TrimSpace(addr))
	if err != nil || a.Name != "" || !strings.Contains(a.Address, "@") {
		return "", fmt.Errorf("%q is not an email address", addr)
	}
	return data.NormalizeEmail(a.Address), nil
}

// Forget removes or anonymises everything held about addr (see
// data.DB.ForgetPerson); with withdraw their questions also leave the
// site. The address stays only as a keyed hash on the suppression list.
func (s *Service) Forget(ctx context.Context, addr string, withdraw bool) (data.ForgetReport, error) {
	addr, err := checkAddress(addr)
	if err != nil {
		return data.ForgetReport{}, err
	}
	return s.db.ForgetPerson(ctx, addr, data.SuppressionHash(s.cfg.SuppressionKey, addr), withdraw)
}

// ForgetURL is the "delete my data" page for the recipient of outbox row
// id: opening it shows a button, and only pressing it forgets.
func (s *Service) ForgetURL(outboxID int64) string {
	return s.cfg.BaseURL + "/forget/" + s.cfg.Signer.Sign(token.Forget, outboxID)
}

// CheckForgetLink verifies a forget token without acting on it, for the
// page that shows the button.
func (s *Service) CheckForgetLink(tok string) error {
	_, err := s.cfg.Signer.Verify(token.Forget, tok)
	return err
}

// ForgetByLink forgets the recipient of the mail a forget token names,
// leaving their questions on the site with the asker anonymous. A forged
// token gives an error wrapping token.ErrInvalid and changes nothing; a
// token whose mail is gone (forgotten already) changes nothing either and
// is not an error, so that the answer says nothing about what is stored.
func (s *Service) ForgetByLink(ctx context.Context, tok string) error {
	id, err := s.cfg.Signer.Verify(token.Forget, tok)
	if err != nil {
		return fmt.Errorf("forget: %w", err)
	}
	mails, err := s.db.ListOutbox(ctx, data.OutboxFilter{ID: id})
	if err != nil || len(mails) == 0 {
		return err
	}
	r, err := s.Forget(ctx, mails[0].To, false)
	if err != nil {
		return err
	}
	s.log.Info("forgotten at their request, from a mail's link", "outbox_id", id, "questions", r.Questions,
		"messages_deleted", r.MessagesDeleted, "subscriber", r.Subscriber)
	return nil
}

// readerKinds are the mails that go to a reader rather than to the owner:
// each carries the link that forgets its recipient.
var readerKinds = map[string]bool{
	data.KindAck: true, data.KindAnswered: true, data.KindConfirm: true, data.KindWelcome: true,
	data.KindDigest: true, data.KindAskConfirm: true,
}

// Footer returns the lines that end a mail to a reader, in both parts:
// the link with which they can have everything held about them deleted.
// Mail to the owner gets none.
func (s *Service) Footer(row *data.OutboxMail) (text, htmlPart string) {
	if !readerKinds[row.Kind] {
		return "", ""
	}
	u := s.ForgetURL(row.ID)
	say := s.cfg.Locale.T("forget_footer")
	text = "\n\n" + say + ":\n" + u + "\n"
	htmlPart = `<p style="font-size:13px;color:#6B6E76;text-align:center;margin:24px 16px">` +
		`<a href="` + html.EscapeString(u) + `" style="color:#6B6E76">` + html.EscapeString(say) + "</a></p>\n"
	return text, htmlPart
}
