package web

import (
	"context"
	"encoding/xml"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"helpline/data"
)

// Parsed shapes of the feeds, independent of the types that write them.
type rssDoc struct {
	XMLName xml.Name `xml:"rss"`
	Version string   `xml:"version,attr"`
	Channel struct {
		Title       string `xml:"title"`
		Link        string `xml:"link"`
		Description string `xml:"description"`
		Items       []struct {
			Title       string `xml:"title"`
			Link        string `xml:"link"`
			GUID        string `xml:"guid"`
			PubDate     string `xml:"pubDate"`
			Description string `xml:"description"`
		} `xml:"item"`
	} `xml:"channel"`
}

type atomDoc struct {
	XMLName xml.Name `xml:"http://www.w3.org/2005/Atom feed"`
	Title   string   `xml:"title"`
	ID      string   `xml:"id"`
	Updated string   `xml:"updated"`
	Author  struct {
		Name string `xml:"name"`
	} `xml:"author"`
	Links []struct {
		Href string `xml:"href,attr"`
		Rel  string `xml:"rel,attr"`
	} `xml:"link"`
	Entries []struct {
		Title   string `xml:"title"`
		ID      string `xml:"id"`
		Updated string `xml:"updated"`
		Link    struct {
			Href string `xml:"href,attr"`
		} `xml:"link"`
		Content struct {
			Type string `xml:"type,attr"`
			Body string `xml:",chardata"`
		} `xml:"content"`
	} `xml:"entry"`
}

func TestFeeds(t *testing.T) {
	f := newFixture(t, nil)
	for i := 1; i <= 25; i++ {
		f.question(fmt.Sprintf("Feed question %d & more", i), "Body", fmt.Sprintf("Answer <%d>\n\n- point", i), "Ann Lee")
	}
	f.question("Open question", "b", "", "X")

	res, body := f.get("/feed.rss")
	wantStatus(t, res, http.StatusOK)
	if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/rss+xml") {
		t.Errorf("got Content-Type %q", ct)
	}
	var rss rssDoc
	if err := xml.Unmarshal([]byte(body), &rss); err != nil {
		t.Fatalf("RSS does not parse: %v", err)
	}
	c := rss.Channel
	if rss.Version != "2.0" || c.Title != "Running Helpline" || c.Link == "" || c.Description == "" {
		t.Errorf("channel: got version %q, title %q, link %q, description %q", rss.Version, c.Title, c.Link, c.Description)
	}
	if len(c.Items) != feedSize {
		t.Fatalf("got %d items, want %d", len(c.Items), feedSize)
	}
	it := c.Items[0]
	if it.Title != "Feed question 25 & more" || !strings.HasPrefix(it.Link, f.srv.URL+"/q/") || it.GUID != it.Link {
		t.Errorf("first item: got %+v", it)
	}
	if _, err := time.Parse(time.RFC1123Z, it.PubDate); err != nil {
		t.Errorf("pubDate %q: %v", it.PubDate, err)
	}
	wantContains(t, it.Description, "Answer &lt;25&gt;", "<ul>\n<li>point</li>")
	wantNoAddresses(t, body)

	res, body = f.get("/feed.atom")
	wantStatus(t, res, http.StatusOK)
	var atom atomDoc
	if err := xml.Unmarshal([]byte(body), &atom); err != nil {
		t.Fatalf("Atom does not parse: %v", err)
	}
	if atom.Title == "" || atom.ID == "" || atom.Author.Name != "Coach Kim" || len(atom.Entries) != feedSize {
		t.Errorf("feed: got title %q, id %q, author %q, %d entries", atom.Title, atom.ID, atom.Author.Name, len(atom.Entries))
	}
	if _, err := time.Parse(time.RFC3339, atom.Updated); err != nil {
		t.Errorf("updated %q: %v", atom.Updated, err)
	}
	self := false
	for _, l := range atom.Links {
		self = self || (l.Rel == "self" && l.Href == f.srv.URL+"/feed.atom")
	}
	if !self {
		t.Errorf("no self link in %+v", atom.Links)
	}
	for _, e := range atom.Entries {
		if e.Title == "" || e.ID == "" || e.Updated == "" || e.Link.Href == "" || e.Content.Type != "html" || e.Content.Body == "" {
			t.Fatalf("entry lacks a required element: %+v", e)
		}
	}
	wantNoAddresses(t, body)
}

func TestRSSNamesItselfAndDatesReplacedAnswers(t *testing.T) {
	f := newFixture(t, nil)
	first := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	f.db.Now = func() time.Time { return first }
	q := f.question("Pacing", "How fast?", "Slowly.", "Ann")
	later := first.Add(3 * time.Hour)
	f.db.Now = func() time.Time { return later }
	err := f.db.InTx(context.Background(), func(tx *data.Tx) error {
		return tx.AddAnswer(context.Background(), &data.Answer{QuestionID: q.ID, Body: "Slowly, then faster."})
	})
	if err != nil {
		t.Fatal(err)
	}
	_, body := f.get("/feed.rss")
	var doc struct {
		Channel struct {
			Self []struct {
				Href string `xml:"href,attr"`
				Rel  string `xml:"rel,attr"`
				Type string `xml:"type,attr"`
			} `xml:"http://www.w3.org/2005/Atom link"`
			LastBuildDate string `xml:"lastBuildDate"`
			Items         []struct {
				PubDate     string `xml:"pubDate"`
				Description string `xml:"description"`
			} `xml:"item"`
		} `xml:"channel"`
	}
	if err := xml.Unmarshal([]byte(body), &doc); err != nil {
		t.Fatal(err)
	}
	c := doc.Channel
	if len(c.Self) != 1 || c.Self[0].Rel != "self" || c.Self[0].Href != f.srv.URL+"/feed.rss" || c.Self[0].Type != "application/rss+xml" {
		t.Errorf("got atom links %+v, want one rel=self to %s/feed.rss", c.Self, f.srv.URL)
	}
	if len(c.Items) != 1 {
		t.Fatalf("got %d items, want 1", len(c.Items))
	}
	want := later.Format(time.RFC1123Z)
	if c.Items[0].PubDate != want || c.LastBuildDate != want {
		t.Errorf("got pubDate %q, lastBuildDate %q, want both %q, the replaced answer's", c.Items[0].PubDate, c.LastBuildDate, want)
	}
	if !strings.Contains(c.Items[0].Description, "then faster") {
		t.Errorf("item shows the old answer: %q", c.Items[0].Description)
	}
}
