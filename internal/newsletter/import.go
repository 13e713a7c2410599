package newsletter

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"helpline/internal/prose"
)

// Reasons a line of an import is skipped.
const (
	SkipSuppressed = "suppressed" // the address unsubscribed, bounced, complained or was forgotten
	SkipInvalid    = "invalid"    // no usable address, or a status that cannot be read
	SkipDuplicate  = "duplicate"  // the address came earlier in the file
)

// ImportOptions say how to read a file and what to do with it.
type ImportOptions struct {
	// Map names columns the layout does not know: column header to field
	// (see MapFields).
	Map map[string]string
	// DryRun reads and checks everything and reports what would change,
	// changing nothing.
	DryRun bool
	// Resubscribe sends a confirmation to the suppressed addresses the
	// file has as active or pending, for Reason, instead of skipping them.
	// None of them becomes active but by their own confirmation.
	Resubscribe bool
	Reason      string
	// Name is the file's name, kept in each new subscriber's history.
	Name string
	// Progress, if set, is called now and then with the lines read and
	// the bytes of the file read so far.
	Progress func(lines int, offset int64)
}

// ImportSummary says what an import did, or would do on a dry run.
type ImportSummary struct {
	Format        string        `json:"format"`
	Delimiter     string        `json:"delimiter"`
	Lines         int           `json:"lines"` // lines of data read, the header not counted
	Added         int           `json:"added"`
	Updated       int           `json:"updated"`
	Unchanged     int           `json:"unchanged"`
	Confirmations int           `json:"confirmations"` // confirmation mails queued
	Skipped       []SkippedLine `json:"skipped"`
	DryRun        bool          `json:"dry_run"`
}

// SkippedLine is one line an import left alone, and why.
type SkippedLine struct {
	Line   int    `json:"line"`
	Email  string `json:"email"`
	Reason string `json:"reason"` // SkipSuppressed, SkipInvalid or SkipDuplicate
	Detail string `json:"detail"`
}

// importBatch is how many lines share a transaction: the writer is held
// for a few milliseconds at a time, so the running service is not kept
// waiting, and a lookup serves the whole batch.
const importBatch = 500

// Import adds and updates subscribers from a CSV file exported by another
// tool (see the Format constants), recognised by its header row, or one
// whose columns are named with opt.Map. It reads UTF-8 with or without a
// byte order mark, with commas, semicolons or tabs between fields.
//
// Consent is never made up: an address that unsubscribed, bounced,
// complained or was forgotten is skipped when the file has it as active
// or pending (with opt.Resubscribe it gets a confirmation mail instead),
// while a file that says someone left is always followed. Lines without a
// usable address or status, and repeated addresses, are skipped and
// named. The file is applied in batches of importBatch lines, each in a
// transaction of its own: an error stops the import with the batches
// before it applied, and running it again changes nothing more for them.
func (s *Service) Import(ctx context.Context, r io.Reader, opt ImportOptions) (*ImportSummary, error) {
	if opt.Resubscribe && strings.TrimSpace(opt.Reason) == "" {
		return nil, errors.New("import: resubscribing needs a reason, kept on record")
	}
	cr, delim, err := openCSV(r)
	if err != nil {
		return nil, err
	}
	im := &importer{s: s, opt: opt, seen: map[string]int{},
		sum: &ImportSummary{Delimiter: string(delim), DryRun: opt.DryRun, Skipped: []SkippedLine{}}}
	if err := im.run(ctx, cr); err != nil {
		return im.sum, err
	}
	return im.sum, nil
}

// openCSV reads past a byte order mark and finds the delimiter from the
// first line: whichever of comma, semicolon and tab it has most of
// outside quotes.
func openCSV(r io.Reader) (*csv.Reader, rune, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	head, _ := br.Peek(3)
	switch {
	case bytes.HasPrefix(head, []byte("\xef\xbb\xbf")):
		br.Discard(3)
	case bytes.HasPrefix(head, []byte("\xff\xfe")), bytes.HasPrefix(head, []byte("\xfe\xff")):
		return nil, 0, errors.New("import: the file is UTF-16; save it as UTF-8 (\"CSV UTF-8\") and import it again")
	}
	peek, _ := br.Peek(64 << 10)
	if i := bytes.IndexByte(peek, '\n'); i >= 0 {
		peek = peek[:i]
	}
	delim, best := ',', 0
	for _, d := range []rune{',', ';', '\t'} {
		if n := countOutsideQuotes(peek, byte(d)); n > best {
			delim, best = d, n
		}
	}
	cr := csv.NewReader(br)
	cr.Comma = delim
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	return cr, delim, nil
}

func countOutsideQuotes(line []byte, c byte) int {
	n, quoted := 0, false
	for _, b := range line {
		switch {
		case b == '"':
			quoted = !quoted
		case b == c && !quoted:
			n++
		}
	}
	return n
}

// importRow is one line of the file, read.
type importRow struct {
	line          int
	email         string
	name          string
	status        string // pending, active, unsubscribed or bounced
	complained    bool
	created       time.Time
	consentAt     time.Time
	consentSource string
	left          time.Time
}

// importer carries one import's state.
type importer struct {
	s      *Service
	opt    ImportOptions
	layout *layout
	sum    *ImportSummary
	seen   map[string]int // lowercased address to the line it was first on
	batch  []importRow
}

func (im *importer) run(ctx context.Context, cr *csv.Reader) error {
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			// A csv.ParseError names the line and column.
			return fmt.Errorf("import: %w", err)
		}
		line, _ := cr.FieldPos(0)
		if im.layout == nil {
			header, err := im.start(rec, line)
			if err != nil {
				return err
			}
			if header {
				continue
			}
		}
		im.sum.Lines++
		im.read(rec, line)
		if len(im.batch) >= importBatch {
			if err := im.flush(ctx); err != nil {
				return err
			}
		}
		if im.opt.Progress != nil && im.sum.Lines%1000 == 0 {
			im.opt.Progress(im.sum.Lines, cr.InputOffset())
		}
	}
	if im.layout == nil {
		return errors.New("import: the file is empty")
	}
	if err := im.flush(ctx); err != nil {
		return err
	}
	if im.opt.Progress != nil {
		im.opt.Progress(im.sum.Lines, cr.InputOffset())
	}
	return nil
}

// start reads the first line: a header the layout comes from, or the
// first line of a file of addresses without one. It reports whether the
// line was a header.
func (im *importer) start(rec []string, line int) (header bool, err error) {
	l, err := detectLayout(rec, im.opt.Map)
	if err != nil {
		return false, fmt.Errorf("import line %d: %w", line, err)
	}
	header = l != nil
	if l == nil {
		if !looksLikeAddress(rec) {
			return false, fmt.Errorf("import line %d: neither a header this import knows nor an address: %q; name the email column with --map COLUMN=email",
				line, strings.Join(rec, ","))
		}
		l = headerless()
	}
	im.layout, im.sum.Format = l, l.format
	return header, nil
}

func looksLikeAddress(rec []string) bool {
	if len(rec) == 0 {
		return false
	}
	_, err := CheckAddress(undefuse(strings.TrimSpace(rec[0])))
	return err == nil
}

// read turns one record into a row of the batch, or a skipped line.
func (im *importer) read(rec []string, line int) {
	l := im.layout
	get := func(field string) string {
		i, ok := l.cols[field]
		if !ok || i >= len(rec) {
			return ""
		}
		return strings.ToValidUTF8(undefuse(strings.TrimSpace(rec[i])), "\uFFFD")
	}
	raw := get(FieldEmail)
	addr, err := CheckAddress(raw)
	if err != nil {
		im.skip(line, raw, SkipInvalid, err.Error())
		return
	}
	key := strings.ToLower(addr)
	if first, dup := im.seen[key]; dup {
		im.skip(line, addr, SkipDuplicate, fmt.Sprintf("the address is on line %d already", first))
		return
	}
	im.seen[key] = line
	status, complained, left, err := l.status(get)
	if err != nil {
		im.skip(line, addr, SkipInvalid, err.Error())
		return
	}
	row := importRow{line: line, email: addr, name: importName(get), status: status, complained: complained,
		created: parseImportTime(get(FieldCreated)), left: left}
	row.consentAt, row.consentSource = l.consent(get)
	if row.consentSource == "" {
		row.consentSource = SourceImport
	}
	im.batch = append(im.batch, row)
}

func importName(get func(string) string) string {
	name := get(FieldName)
	if name == "" {
		name = strings.TrimSpace(get(FieldFirstName) + " " + get(FieldLastName))
	}
	return prose.Name(name)
}

func (im *importer) skip(line int, email, reason, detail string) {
	if !utf8.ValidString(email) || len(email) > 320 {
		email = strings.ToValidUTF8(email, "\uFFFD")
		if len(email) > 320 {
			email = email[:320]
		}
	}
	im.sum.Skipped = append(im.sum.Skipped, SkippedLine{Line: line, Email: email, Reason: reason, Detail: detail})
}
