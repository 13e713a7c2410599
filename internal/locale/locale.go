package locale

import (
	"embed"
	"fmt"
	"io/fs"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"
)

//go:embed catalog/*.toml
var catalogFS embed.FS

// Default is the language of a site that names none.
const Default = "en"

// Locale is the words of one language, with the owner's own in place of
// any of them. It is safe for concurrent use.
type Locale struct {
	tag     language.Tag
	printer *message.Printer
	months  []string
}

// Languages lists the languages that have a catalog, as BCP 47 tags.
func Languages() []string {
	names, _ := fs.Glob(catalogFS, "catalog/*.toml")
	var out []string
	for _, n := range names {
		out = append(out, strings.TrimSuffix(strings.TrimPrefix(n, "catalog/"), ".toml"))
	}
	slices.Sort(out)
	return out
}

// Catalog returns the messages of one language as its catalog file has
// them, by ID.
func Catalog(lang string) (map[string]Entry, error) {
	b, err := catalogFS.ReadFile("catalog/" + lang + ".toml")
	if err != nil {
		return nil, fmt.Errorf("no words for language %q", lang)
	}
	m := map[string]Entry{}
	if err := toml.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("catalog %s: %w", lang, err)
	}
	return m, nil
}

// Error names the setting at fault: the language, or one of the owner's
// words by its message ID.
type Error struct {
	ID     string // "" for the language itself
	Reason string
}

func (e *Error) Error() string {
	if e.ID == "" {
		return "language: " + e.Reason
	}
	return "words." + e.ID + ": " + e.Reason
}

// New returns the locale for lang, a BCP 47 tag such as "de" or "de-AT"
// ("" means Default), with words replacing catalog messages by ID. A
// language without a catalog, an unknown ID, or words whose formatting
// directives do not fit the message are errors.
func New(lang string, words map[string]Entry) (*Locale, error) {
	if lang == "" {
		lang = Default
	}
	tag, err := language.Parse(lang)
	if err != nil {
		return nil, &Error{Reason: fmt.Sprintf("%q is not a BCP 47 language tag", lang)}
	}
	base, err := match(tag)
	if err != nil {
		return nil, err
	}
	en, err := Catalog(Default)
	if err != nil {
		return nil, err
	}
	own, err := Catalog(base)
	if err != nil {
		return nil, err
	}
	for id, w := range words {
		e, ok := en[id]
		if !ok {
			return nil, &Error{ID: id, Reason: "no such message"}
		}
		if err := w.fits(e); err != nil {
			return nil, &Error{ID: id, Reason: err.Error()}
		}
		own[id] = w
	}
	b := catalog.NewBuilder()
	for id, e := range en {
		m, ok := own[id]
		if !ok || m.fits(e) != nil {
			m = e // a message the catalog lacks is shown in English
		}
		if err := set(b, tag, id, m, pluralArg(e)); err != nil {
			return nil, &Error{ID: id, Reason: err.Error()}
		}
	}
	l := &Locale{tag: tag, printer: message.NewPrinter(tag, message.Catalog(b))}
	l.months = strings.Fields(l.T("months"))
	if len(l.months) != 12 {
		return nil, &Error{ID: "months", Reason: "want the twelve month names, separated by spaces"}
	}
	return l, nil
}

// match returns the catalog language that serves tag: the one of its base
// language, so that "de-AT" is served by "de".
func match(tag language.Tag) (string, error) {
	langs := Languages()
	base, _ := tag.Base()
	if slices.Contains(langs, base.String()) {
		return base.String(), nil
	}
	return "", &Error{Reason: fmt.Sprintf("no words for %q; the languages are %s", tag, strings.Join(langs, ", "))}
}

func set(b *catalog.Builder, tag language.Tag, id string, e Entry, arg int) error {
	if e.Forms == nil {
		return b.SetString(tag, id, e.Text)
	}
	var cases []any
	for _, f := range pluralForms {
		if s, ok := e.Forms[f]; ok {
			cases = append(cases, formSelector(f), s)
		}
	}
	return b.Set(tag, id, plural.Selectf(arg, "", cases...))
}

func formSelector(f string) plural.Form {
	switch f {
	case "zero":
		return plural.Zero
	case "one":
		return plural.One
	case "two":
		return plural.Two
	case "few":
		return plural.Few
	case "many":
		return plural.Many
	}
	return plural.Other
}

// T returns message id with args in it. Numbers are written as the
// language writes them ("1.234" in German), so pass a number that is not
// a quantity, such as a year or an ID, as a string.
func (l *Locale) T(id string, args ...any) string { return l.printer.Sprintf(id, args...) }

// Lang is the language as a BCP 47 tag, for lang attributes and feeds.
func (l *Locale) Lang() string { return l.tag.String() }

// Date writes the day of t in words, as in "2 January 2006".
func (l *Locale) Date(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return l.T("date", strconv.Itoa(t.Day()), l.months[t.Month()-1], strconv.Itoa(t.Year()))
}
