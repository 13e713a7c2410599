package web

import (
	"context"
	"encoding/xml"
	"html"
	"net/http"
	"time"

	"helpline/data"
)

// feedSize is how many answered questions a feed carries.
const feedSize = 20

// rssFeed is an RSS 2.0 document.
type rssFeed struct {
	XMLName xml.Name   `xml:"rss"`
	Version string     `xml:"version,attr"`
	Channel rssChannel `xml:"channel"`
}

type rssChannel struct {
	Title string `xml:"title"`
	// Self is the feed's own address (an Atom link, as the RSS Advisory
	// Board recommends), so that a copy of the feed says where it lives.
	Self          atomLink  `xml:"http://www.w3.org/2005/Atom link"`
	Link          string    `xml:"link"`
	Description   string    `xml:"description"`
	Language      string    `xml:"language"`
	LastBuildDate string    `xml:"lastBuildDate,omitempty"`
	Items         []rssItem `xml:"item"`
}

type rssItem struct {
	Title       string  `xml:"title"`
	Link        string  `xml:"link"`
	GUID        rssGUID `xml:"guid"`
	PubDate     string  `xml:"pubDate"`
	Description string  `xml:"description"`
}

type rssGUID struct {
	IsPermaLink bool   `xml:"isPermaLink,attr"`
	Value       string `xml:",chardata"`
}

// atomFeed is an Atom 1.0 document (RFC 4287).
type atomFeed struct {
	XMLName xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	Title   string      `xml:"title"`
	ID      string      `xml:"id"`
	Updated string      `xml:"updated"`
	Links   []atomLink  `xml:"link"`
	Author  atomPerson  `xml:"author"`
	Entries []atomEntry `xml:"entry"`
}

type atomLink struct {
	Href string `xml:"href,attr"`
	Rel  string `xml:"rel,attr,omitempty"`
	Type string `xml:"type,attr,omitempty"`
}

type atomPerson struct {
	Name string `xml:"name"`
}

type atomEntry struct {
	Title     string   `xml:"title"`
	ID        string   `xml:"id"`
	Updated   string   `xml:"updated"`
	Published string   `xml:"published"`
	Link      atomLink `xml:"link"`
	Content   atomText `xml:"content"`
}

type atomText struct {
	Type string `xml:"type,attr"`
	Body string `xml:",chardata"`
}

// feedHTML is an item's content: the question and the answer as HTML,
// which the XML encoder then escapes as text.
func (s *Server) feedHTML(q *data.Summary) string {
	return "<h2>" + html.EscapeString(s.loc.T("feed_question")) + "</h2>\n" + string(formatText(q.Body)) +
		"<h2>" + html.EscapeString(s.loc.T("feed_answer")) + "</h2>\n" + string(formatText(q.Answer))
}

func (s *Server) handleRSS(w http.ResponseWriter, r *http.Request) {
	base := s.baseURL(r)
	err := s.serveCached(w, r, "rss|"+base, func(ctx context.Context, _ *siteState) (rendered, error) {
		qs, err := s.db.ListSummaries(ctx, data.QuestionFilter{Limit: feedSize, WithAnswer: true})
		if err != nil {
			return rendered{}, err
		}
		ch := rssChannel{Title: s.cfg.Site.Name, Link: base + "/", Language: s.loc.Lang(),
			Self:        atomLink{Href: base + "/feed.rss", Rel: "self", Type: "application/rss+xml"},
			Description: s.loc.T("feed_description", s.ownerName())}
		var built time.Time
		for _, q := range qs {
			link := base + questionPath(q.ID, q.Slug)
			// An item is dated by its latest answer, so that readers see a
			// replaced answer as new.
			changed := answerDate(q)
			if changed.After(built) {
				built = changed
			}
			ch.Items = append(ch.Items, rssItem{Title: q.Title, Link: link,
				GUID: rssGUID{IsPermaLink: true, Value: link}, PubDate: changed.UTC().Format(time.RFC1123Z),
				Description: s.feedHTML(q)})
		}
		if !built.IsZero() {
			ch.LastBuildDate = built.UTC().Format(time.RFC1123Z)
		}
		return encodeXML(rssFeed{Version: "2.0", Channel: ch}, "application/rss+xml; charset=utf-8")
	})
	if err != nil {
		s.serverError(w, r, err)
	}
}

func (s *Server) handleAtom(w http.ResponseWriter, r *http.Request) {
	base := s.baseURL(r)
	err := s.serveCached(w, r, "atom|"+base, func(ctx context.Context, _ *siteState) (rendered, error) {
		qs, err := s.db.ListSummaries(ctx, data.QuestionFilter{Limit: feedSize, WithAnswer: true})
		if err != nil {
			return rendered{}, err
		}
		f := atomFeed{Title: s.cfg.Site.Name, ID: base + "/", Author: atomPerson{Name: s.ownerName()},
			Links: []atomLink{{Href: base + "/feed.atom", Rel: "self", Type: "application/atom+xml"},
				{Href: base + "/", Rel: "alternate", Type: "text/html"}}}
		updated := s.started // an empty feed changes only with the software
		for i, q := range qs {
			link := base + questionPath(q.ID, q.Slug)
			if i == 0 || q.UpdatedAt.After(updated) {
				updated = q.UpdatedAt
			}
			f.Entries = append(f.Entries, atomEntry{Title: q.Title, ID: link,
				Updated: q.UpdatedAt.UTC().Format(time.RFC3339), Published: q.AnsweredAt.UTC().Format(time.RFC3339),
				Link:    atomLink{Href: link, Rel: "alternate", Type: "text/html"},
				Content: atomText{Type: "html", Body: s.feedHTML(q)}})
		}
		f.Updated = updated.UTC().Format(time.RFC3339)
		return encodeXML(f, "application/atom+xml; charset=utf-8")
	})
	if err != nil {
		s.serverError(w, r, err)
	}
}

// answerDate is when q's answer last changed: its first answer, or the
// latest change after it.
func answerDate(q *data.Summary) time.Time {
	if q.UpdatedAt.After(q.AnsweredAt) {
		return q.UpdatedAt
	}
	return q.AnsweredAt
}

// ownerName is who answers, for feeds: the configured name or the site's.
func (s *Server) ownerName() string {
	if s.cfg.Site.OwnerName != "" {
		return s.cfg.Site.OwnerName
	}
	return s.cfg.Site.Name
}
