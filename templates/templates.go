package templates

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"strings"
	"time"
)

//go:embed pages/*.html
var pageFS embed.FS

//go:embed static
var staticFS embed.FS

// Static returns the embedded static files (stylesheet, logo), to be
// served under /static/.
func Static() fs.FS {
	sub, err := fs.Sub(staticFS, "static")
	if err != nil {
		panic(err) // the embed pattern guarantees the folder
	}
	return sub
}

// Pages is the parsed set of page templates. Each page template defines
// "title" and "content" and is rendered inside "layout".
type Pages struct {
	pages map[string]*template.Template
}

// Words gives pages and mail their text in the site's language: message
// id with args in it, the language's BCP 47 tag, and a day in words.
type Words interface {
	T(id string, args ...any) string
	Lang() string
	Date(t time.Time) string
}

// Funcs are the helpers every page template can use; t, date and lang
// speak the language of w.
func Funcs(w Words) template.FuncMap {
	return template.FuncMap{
		"t":       w.T,
		"lang":    w.Lang,
		"date":    w.Date,
		"isodate": func(t time.Time) string { return t.UTC().Format(time.RFC3339) },
		"add":     func(a, b int) int { return a + b },
		"sub":     func(a, b int) int { return a - b },
		"seq": func(n int) []int {
			s := make([]int, n)
			for i := range s {
				s[i] = i + 1
			}
			return s
		},
	}
}

// ParsePages parses the embedded page templates, in the language of w.
// Files named partials*.html hold shared {{define}} blocks that every page
// can use.
func ParsePages(w Words) (*Pages, error) {
	layout, err := template.New("layout.html").Funcs(Funcs(w)).ParseFS(pageFS, "pages/layout.html", "pages/partials*.html")
	if err != nil {
		return nil, fmt.Errorf("parse layout: %w", err)
	}
	names, err := fs.Glob(pageFS, "pages/*.html")
	if err != nil {
		return nil, err
	}
	p := &Pages{pages: map[string]*template.Template{}}
	for _, name := range names {
		base := strings.TrimPrefix(name, "pages/")
		if base == "layout.html" || strings.HasPrefix(base, "partials") {
			continue
		}
		t, err := template.Must(layout.Clone()).ParseFS(pageFS, name)
		if err != nil {
			return nil, fmt.Errorf("parse %s: %w", base, err)
		}
		p.pages[strings.TrimSuffix(base, ".html")] = t
	}
	return p, nil
}

// Render writes page name with data inside the layout. It renders to a
// buffer first so that a template error never sends half a page.
func (p *Pages) Render(w io.Writer, name string, data any) error {
	t, ok := p.pages[name]
	if !ok {
		return fmt.Errorf("no page template %q", name)
	}
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, "layout.html", data); err != nil {
		return fmt.Errorf("render %s: %w", name, err)
	}
	_, err := buf.WriteTo(w)
	return err
}
