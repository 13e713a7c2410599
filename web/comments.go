package web

import (
	"context"
	"fmt"
	"html"
	"net/http"
	"strconv"
	"strings"
	"time"

	"helpline/data"
	"helpline/internal/prose"
	"helpline/internal/token"
)

// Per-IP limits on the reader forms.
const (
	commentsPerHour = 10
	commentBurst    = 5
	ratingsPerHour  = 60
	ratingBurst     = 20
)

// handleComment stores a comment from the form on a question page: held
// for the owner's approval, or published at once if so configured.
func (s *Server) handleComment(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, maxFormBytes)
	q, ok := s.lookupQuestion(w, r)
	if !ok {
		return
	}
	if err := r.ParseForm(); err != nil {
		s.renderError(w, r, http.StatusBadRequest, "form_unreadable_title", "form_unreadable")
		return
	}
	form := commentForm{
		Name:  oneLine(r.PostFormValue("name")),
		Email: strings.TrimSpace(r.PostFormValue("email")),
		Title: oneLine(r.PostFormValue("title")),
		Text:  cleanText(r.PostFormValue("text")),
	}
	path := questionPath(q.ID, q.Slug)
	if honeypotFilled(r) {
		// Tell the bot it worked; store nothing.
		http.Redirect(w, r, path+"?notice=comment-pending#comments", http.StatusSeeOther)
		return
	}
	check := s.formCheck()
	check.line("field_name", form.Name, 1, 60)
	check.email("field_email", form.Email, false)
	check.line("field_title", form.Title, 0, 120)
	check.text("field_comment", form.Text, 2, 4000)
	code := http.StatusUnprocessableEntity
	if !check.failed() && !s.limits.allow("comment:"+s.clientKey(r), commentsPerHour, time.Hour, commentBurst) {
		check.add("comment_too_often")
		code = http.StatusTooManyRequests
	}
	if check.failed() {
		s.renderQuestionForm(w, r, code, q, func(p *questionPage) { p.Form, p.Errors = form, check.errs })
		return
	}
	// A comment is published: addresses typed into it never are. A name
	// that was nothing but one is shown as "a reader".
	name := prose.HideAddresses(form.Name)
	if name == prose.AddressHidden {
		name = ""
	}
	c := &data.Comment{QuestionID: q.ID, Name: name, Email: form.Email,
		Title: prose.HideAddresses(form.Title), Body: prose.HideAddresses(form.Text), ClientKey: s.visitorKey(r, "comment")}
	if s.cfg.PublishComments {
		c.Status = data.CommentApproved
	}
	if err := s.storeComment(r.Context(), q, c); err != nil {
		s.serverError(w, r, err)
		return
	}
	s.versions.touch()
	s.log.Info("comment received", "question_id", q.ID, "comment_id", c.ID, "status", c.Status)
	notice := "comment-pending"
	if c.Status == data.CommentApproved {
		notice = "comment-published"
	}
	http.Redirect(w, r, path+"?notice="+notice+"#comments", http.StatusSeeOther)
}

// storeComment saves c and, when it waits for approval, queues the mail
// that asks the owner, in the same transaction.
func (s *Server) storeComment(ctx context.Context, q *data.Question, c *data.Comment) error {
	moderate := c.Status != data.CommentApproved
	canAsk := s.cfg.Signer != nil && s.cfg.Mailbox != "" && s.cfg.OwnerAddress != ""
	if moderate && !canAsk {
		s.log.Warn("comment held, but no owner address or signer to ask for approval", "question_id", q.ID)
	}
	return s.db.InTx(ctx, func(tx *data.Tx) error {
		if err := tx.AddComment(ctx, c); err != nil {
			return err
		}
		if !moderate || !canAsk {
			return nil
		}
		return tx.Enqueue(ctx, s.moderationMail(q, c))
	})
}

// moderationMail is the mail to the owner about a held comment. Its
// Reply-To route carries a token for the comment, so the owner's reply of
// "approve" or "reject" is recognised and applied.
func (s *Server) moderationMail(q *data.Question, c *data.Comment) *data.OutboxMail {
	signer := s.cfg.Signer
	_, domain, _ := strings.Cut(s.cfg.Mailbox, "@")
	title := strings.Join(strings.Fields(q.Title), " ")
	link := s.cfg.Site.BaseURL + questionPath(q.ID, q.Slug)
	t := s.loc.T
	// A name that was only an address is stored empty; the page says "a
	// reader" for it, and so does the mail, rather than "From:" and nothing.
	name := c.Name
	if name == "" {
		name = t("a_reader")
	}
	var text strings.Builder
	text.WriteString(t("moderate_intro", title) + "\n\n")
	text.WriteString(t("moderate_from") + " " + name + "\n")
	if c.Title != "" {
		text.WriteString(t("moderate_title") + " " + c.Title + "\n")
	}
	fmt.Fprintf(&text, "\n%s\n\n%s\n\n%s\n", c.Body, t("moderate_how"), link)

	esc := html.EscapeString
	var h strings.Builder
	fmt.Fprintf(&h, "<!doctype html>\n<html lang=\"%s\">\n<body>\n", esc(s.loc.Lang()))
	fmt.Fprintf(&h, "<p>%s</p>\n", strings.Replace(esc(t("moderate_intro", title)), esc(title),
		`<a href="`+esc(link)+`">`+esc(title)+`</a>`, 1))
	fmt.Fprintf(&h, "<p><strong>%s</strong> %s", esc(t("moderate_from")), esc(name))
	if c.Title != "" {
		fmt.Fprintf(&h, "<br>\n<strong>%s</strong> %s", esc(t("moderate_title")), esc(c.Title))
	}
	fmt.Fprintf(&h, "</p>\n<blockquote>%s</blockquote>\n", formatText(c.Body))
	fmt.Fprintf(&h, "<p>%s</p>\n</body>\n</html>\n", esc(t("moderate_how")))

	return &data.OutboxMail{
		Kind:       data.KindComment,
		To:         s.cfg.OwnerAddress,
		ToName:     s.cfg.Site.OwnerName,
		ReplyTo:    signer.Route(s.cfg.Mailbox, token.Comment, c.ID),
		Subject:    t("moderate_subject", title),
		Text:       text.String(),
		HTML:       h.String(),
		MessageID:  signer.MessageID(domain, token.Comment, c.ID),
		QuestionID: q.ID,
	}
}

// handleRate records a visitor's rating; voting again changes it.
func (s *Server) handleRate(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, maxFormBytes)
	q, ok := s.lookupQuestion(w, r)
	if !ok {
		return
	}
	if err := r.ParseForm(); err != nil {
		s.renderError(w, r, http.StatusBadRequest, "form_unreadable_title", "form_unreadable")
		return
	}
	path := questionPath(q.ID, q.Slug)
	if honeypotFilled(r) {
		http.Redirect(w, r, path+"?notice=rated#rating", http.StatusSeeOther)
		return
	}
	stars, err := strconv.Atoi(r.PostFormValue("stars"))
	if err != nil || stars < 1 || stars > 5 {
		s.renderQuestionForm(w, r, http.StatusUnprocessableEntity, q, func(p *questionPage) {
			p.RateErrors = []string{s.loc.T("rate_choose")}
		})
		return
	}
	if !s.limits.allow("rate:"+s.clientKey(r), ratingsPerHour, time.Hour, ratingBurst) {
		s.renderQuestionForm(w, r, http.StatusTooManyRequests, q, func(p *questionPage) {
			p.RateErrors = []string{s.loc.T("rate_too_often")}
		})
		return
	}
	if err := s.db.Rate(r.Context(), q.ID, s.visitorKey(r, "rating"), stars); err != nil {
		s.serverError(w, r, err)
		return
	}
	s.versions.touch()
	http.Redirect(w, r, path+"?notice=rated#rating", http.StatusSeeOther)
}
