package newsletter

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"helpline/data"
)

// Import formats: the tools whose exports Import recognises by their
// header row.
const (
	FormatHelpline   = "helpline"   // our own export
	FormatMailchimp  = "mailchimp"  // an audience export: one file each for subscribed, unsubscribed and cleaned
	FormatListmonk   = "listmonk"   // a subscribers export, or an import file (email, name, attributes)
	FormatGhost      = "ghost"      // a members export
	FormatSubstack   = "substack"   // a subscriber list export
	FormatButtondown = "buttondown" // a subscribers export
	FormatPlain      = "plain"      // a header naming an email column, or email,name,status without one
	FormatMapped     = "mapped"     // columns named by the owner with --map
)

// Fields an import column can be mapped to.
const (
	FieldEmail         = "email"
	FieldName          = "name"
	FieldFirstName     = "first_name"
	FieldLastName      = "last_name"
	FieldStatus        = "status"         // a word such as active, pending, unsubscribed, bounced, complained
	FieldConsentTime   = "consent_time"   // when they agreed to get mail
	FieldConsentSource = "consent_source" // how they agreed, such as the form they used
	FieldCreated       = "created_at"
	FieldLeftTime      = "unsubscribed_at" // when they left; a time here means they did
)

// MapFields are the fields --map may name.
var MapFields = []string{FieldEmail, FieldName, FieldFirstName, FieldLastName, FieldStatus, FieldConsentTime,
	FieldConsentSource, FieldCreated, FieldLeftTime}

// layout is how one file's columns become subscribers.
type layout struct {
	format string
	cols   map[string]int // field, or a column of the format's own, to index
	// status reads what the file says of one line: a status (pending,
	// active, unsubscribed or bounced), whether they complained, and when
	// they left.
	status func(get func(string) string) (status string, complained bool, left time.Time, err error)
	// consent reads when and how they agreed.
	consent func(get func(string) string) (time.Time, string)
}

// normalizeHeader makes "Email Address", "E-Mail" and "email_address" alike.
func normalizeHeader(h string) string {
	h = strings.ToLower(strings.Trim(strings.TrimSpace(h), `"'`))
	return strings.NewReplacer(" ", "_", "-", "_", ".", "_").Replace(h)
}

// emailColumns are the headers a file without a known layout may give its
// address column.
var emailColumns = []string{"email", "email_address", "e_mail", "e_mail_address", "emailaddress", "mail", "address"}

// detectLayout recognises the tool that wrote header, or a header that
// names an email column, after the owner's mapping (column header to
// field) is applied. It returns nil when header is no header at all.
func detectLayout(header []string, mapping map[string]string) (*layout, error) {
	cols := map[string]int{}
	for i, h := range header {
		if n := normalizeHeader(h); n != "" {
			if _, dup := cols[n]; !dup {
				cols[n] = i
			}
		}
	}
	has := func(names ...string) bool {
		for _, n := range names {
			if _, ok := cols[n]; !ok {
				return false
			}
		}
		return true
	}
	l := recognise(cols, has)
	for col, field := range mapping {
		i, ok := cols[normalizeHeader(col)]
		if !ok {
			return nil, fmt.Errorf("--map %s=%s: the header has no column %q (it has %s)", col, field, col, strings.Join(header, ", "))
		}
		if !slices.Contains(MapFields, field) {
			return nil, fmt.Errorf("--map %s=%s: unknown field %q (fields: %s)", col, field, field, strings.Join(MapFields, ", "))
		}
		if l == nil {
			l = plainLayout(FormatMapped, map[string]int{})
		}
		l.cols[field] = i
		if field == FieldStatus || field == FieldLeftTime {
			// The owner says what the status is: read it as words.
			l.status = wordStatus
		}
		if l.format == FormatPlain {
			l.format = FormatMapped
		}
	}
	if l == nil {
		return nil, nil
	}
	if _, ok := l.cols[FieldEmail]; !ok {
		return nil, fmt.Errorf("no email column among %s: name it with --map COLUMN=email", strings.Join(header, ", "))
	}
	return l, nil
}

// recognise picks the layout of a known tool from the header's columns,
// or a plain one around an email column, or nil.
func recognise(cols map[string]int, has func(...string) bool) *layout {
	switch {
	case has("email", "status", "consent_source"):
		return helplineLayout(cols)
	case has("email_address") && (has("optin_time") || has("confirm_time") || has("member_rating") || has("leid") ||
		has("unsub_time") || has("clean_time")):
		return mailchimpLayout(cols)
	case has("uuid", "email", "status") && (has("attributes") || has("attribs")):
		return listmonkLayout(cols)
	case has("email", "subscribed_to_emails"):
		return ghostLayout(cols)
	case has("email") && (has("email_disabled") || has("active_subscription")):
		return substackLayout(cols)
	case (has("email") || has("email_address")) && has("subscriber_type"):
		return buttondownLayout(cols)
	case len(cols) == 3 && has("email", "name", "attributes"):
		return listmonkLayout(cols)
	}
	for _, c := range emailColumns {
		if i, ok := cols[c]; ok {
			l := plainLayout(FormatPlain, cols)
			l.cols[FieldEmail] = i
			return l
		}
	}
	return nil
}

// plainLayout reads email, name (or first and last name) and status
// columns by their usual names.
func plainLayout(format string, cols map[string]int) *layout {
	l := &layout{format: format, cols: map[string]int{}, status: wordStatus}
	alias := map[string][]string{
		FieldName:      {"name", "full_name", "fullname", "display_name"},
		FieldFirstName: {"first_name", "firstname", "fname", "given_name"},
		FieldLastName:  {"last_name", "lastname", "lname", "surname", "family_name"},
		FieldStatus:    {"status"},
	}
	for field, names := range alias {
		for _, n := range names {
			if i, ok := cols[n]; ok {
				l.cols[field] = i
				break
			}
		}
	}
	l.consent = func(get func(string) string) (time.Time, string) {
		return parseImportTime(get(FieldConsentTime)), get(FieldConsentSource)
	}
	return l
}

// headerless is email,name,status with no header row, as older exports
// of ours and hand-made lists are.
func headerless() *layout {
	l := plainLayout(FormatPlain, nil)
	l.cols = map[string]int{FieldEmail: 0, FieldName: 1, FieldStatus: 2}
	return l
}

func helplineLayout(cols map[string]int) *layout {
	l := plainLayout(FormatHelpline, cols)
	l.cols[FieldEmail] = cols["email"]
	setCols(l, cols, map[string]string{"confirmed_at": FieldConsentTime, "consent_source": FieldConsentSource,
		"created_at": FieldCreated, "unsubscribed_at": FieldLeftTime, "complained_at": "complained_at", "bounced_at": "bounced_at"})
	l.status = func(get func(string) string) (string, bool, time.Time, error) {
		status, complained, left, err := wordStatus(get)
		if status == data.SubscriberUnsubscribed && get("complained_at") != "" {
			complained, left = true, parseImportTime(get("complained_at"))
		}
		if status == data.SubscriberBounced && get("bounced_at") != "" {
			left = parseImportTime(get("bounced_at"))
		}
		return status, complained, left, err
	}
	return l
}

// Mailchimp exports subscribed, unsubscribed and cleaned contacts to a
// file each, with no status column: a time of unsubscribing or of
// cleaning (its word for a hard bounce) says which file a line is from.
func mailchimpLayout(cols map[string]int) *layout {
	l := plainLayout(FormatMailchimp, cols)
	setCols(l, cols, map[string]string{"email_address": FieldEmail, "optin_time": "optin_time",
		"confirm_time": FieldConsentTime, "unsub_time": "unsub_time", "clean_time": "clean_time"})
	l.status = func(get func(string) string) (string, bool, time.Time, error) {
		switch {
		case get("clean_time") != "":
			return data.SubscriberBounced, false, parseImportTime(get("clean_time")), nil
		case get("unsub_time") != "":
			return data.SubscriberUnsubscribed, false, parseImportTime(get("unsub_time")), nil
		}
		return data.SubscriberActive, false, time.Time{}, nil
	}
	l.consent = func(get func(string) string) (time.Time, string) {
		t := parseImportTime(get(FieldConsentTime))
		if t.IsZero() {
			t = parseImportTime(get("optin_time"))
		}
		return t, FormatMailchimp
	}
	return l
}

// listmonk's statuses are enabled, disabled and blocklisted; its import
// file has no status at all.
func listmonkLayout(cols map[string]int) *layout {
	l := plainLayout(FormatListmonk, cols)
	setCols(l, cols, map[string]string{"email": FieldEmail, "created_at": FieldCreated})
	l.consent = func(get func(string) string) (time.Time, string) { return time.Time{}, FormatListmonk }
	return l
}

// Ghost says whether a member gets newsletters in subscribed_to_emails.
// Members sign up through a link mailed to them, so the time of signing
// up is the time of consent.
func ghostLayout(cols map[string]int) *layout {
	l := plainLayout(FormatGhost, cols)
	setCols(l, cols, map[string]string{"email": FieldEmail, "created_at": FieldCreated,
		"subscribed_to_emails": "subscribed_to_emails", "deleted_at": "deleted_at"})
	l.status = func(get func(string) string) (string, bool, time.Time, error) {
		sub, err := parseBool(get("subscribed_to_emails"))
		switch {
		case err != nil:
			return "", false, time.Time{}, fmt.Errorf("subscribed_to_emails: %w", err)
		case get("deleted_at") != "":
			return data.SubscriberUnsubscribed, false, parseImportTime(get("deleted_at")), nil
		case !sub:
			return data.SubscriberUnsubscribed, false, time.Time{}, nil
		}
		return data.SubscriberActive, false, time.Time{}, nil
	}
	l.consent = func(get func(string) string) (time.Time, string) {
		return parseImportTime(get(FieldCreated)), FormatGhost
	}
	return l
}

// Substack marks readers who get no more mail with email_disabled.
func substackLayout(cols map[string]int) *layout {
	l := plainLayout(FormatSubstack, cols)
	setCols(l, cols, map[string]string{"email": FieldEmail, "created_at": FieldCreated, "email_disabled": "email_disabled"})
	l.status = func(get func(string) string) (string, bool, time.Time, error) {
		off, err := parseBool(get("email_disabled"))
		if err != nil {
			return "", false, time.Time{}, fmt.Errorf("email_disabled: %w", err)
		}
		if off {
			return data.SubscriberUnsubscribed, false, time.Time{}, nil
		}
		return data.SubscriberActive, false, time.Time{}, nil
	}
	l.consent = func(get func(string) string) (time.Time, string) {
		return parseImportTime(get(FieldCreated)), FormatSubstack
	}
	return l
}

// Buttondown's subscriber types, by what they mean here.
var buttondownTypes = map[string]string{
	"regular": data.SubscriberActive, "premium": data.SubscriberActive, "trialed": data.SubscriberActive,
	"unpaid": data.SubscriberActive, "gifted": data.SubscriberActive, "churning": data.SubscriberActive,
	"paused": data.SubscriberActive, "past_due": data.SubscriberActive,
	"unactivated":  data.SubscriberPending,
	"unsubscribed": data.SubscriberUnsubscribed, "removed": data.SubscriberUnsubscribed,
	// Sign-ups its checks took for bots: kept from getting mail.
	"spammy":        data.SubscriberUnsubscribed,
	"undeliverable": data.SubscriberBounced, "bounced": data.SubscriberBounced,
	"complained": data.SuppressedComplained,
}

func buttondownLayout(cols map[string]int) *layout {
	l := plainLayout(FormatButtondown, cols)
	email := "email"
	if _, ok := cols[email]; !ok {
		email = "email_address"
	}
	setCols(l, cols, map[string]string{email: FieldEmail, "creation_date": FieldCreated,
		"subscriber_type": "subscriber_type", "source": FieldConsentSource})
	l.status = func(get func(string) string) (string, bool, time.Time, error) {
		t := strings.ToLower(get("subscriber_type"))
		s, ok := buttondownTypes[t]
		switch {
		case !ok:
			return "", false, time.Time{}, fmt.Errorf("unknown subscriber_type %q", t)
		case s == data.SuppressedComplained:
			return data.SubscriberUnsubscribed, true, time.Time{}, nil
		}
		return s, false, time.Time{}, nil
	}
	l.consent = func(get func(string) string) (time.Time, string) {
		src := FormatButtondown
		if s := get(FieldConsentSource); s != "" {
			src += " (" + s + ")"
		}
		return parseImportTime(get(FieldCreated)), src
	}
	return l
}

// setCols maps the file's columns (by normalised header) to fields.
func setCols(l *layout, cols map[string]int, names map[string]string) {
	for col, field := range names {
		if i, ok := cols[col]; ok {
			l.cols[field] = i
		}
	}
}

// statusWords are the status words of our export and of other tools, by
// what they mean here. An empty status means active: the owner vouches
// for the list.
var statusWords = map[string]string{
	"": data.SubscriberActive, "active": data.SubscriberActive, "subscribed": data.SubscriberActive,
	"confirmed": data.SubscriberActive, "enabled": data.SubscriberActive,
	"pending": data.SubscriberPending, "unconfirmed": data.SubscriberPending,
	"unsubscribed": data.SubscriberUnsubscribed, "disabled": data.SubscriberUnsubscribed,
	"blocklisted": data.SubscriberUnsubscribed, "blacklisted": data.SubscriberUnsubscribed,
	"removed": data.SubscriberUnsubscribed,
	"bounced": data.SubscriberBounced, "cleaned": data.SubscriberBounced, "undeliverable": data.SubscriberBounced,
	"complained": data.SuppressedComplained, "spam": data.SuppressedComplained,
}

// wordStatus reads the status column as a word. A time in the left column
// means they left, whatever the status says: older versions of helpline
// exported people who had left as active with that time set.
func wordStatus(get func(string) string) (string, bool, time.Time, error) {
	w := strings.ToLower(get(FieldStatus))
	s, ok := statusWords[w]
	if !ok {
		return "", false, time.Time{}, fmt.Errorf("unknown status %q", w)
	}
	left := parseImportTime(get(FieldLeftTime))
	switch {
	case s == data.SuppressedComplained:
		return data.SubscriberUnsubscribed, true, left, nil
	case !left.IsZero() && (s == data.SubscriberActive || s == data.SubscriberPending):
		return data.SubscriberUnsubscribed, false, left, nil
	}
	return s, false, left, nil
}

func parseBool(s string) (bool, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "true", "t", "yes", "y", "1":
		return true, nil
	case "false", "f", "no", "n", "0", "":
		return false, nil
	}
	return false, fmt.Errorf("%q is neither true nor false", s)
}

// importTimeLayouts are the ways the tools write times: RFC 3339,
// Mailchimp's "2006-01-02 15:04:05" (UTC), Go's own time.String (listmonk),
// and a bare date.
var importTimeLayouts = []string{time.RFC3339Nano, "2006-01-02 15:04:05", "2006-01-02T15:04:05",
	"2006-01-02 15:04:05.999999999 -0700 MST", "2006-01-02 15:04:05.999999999 -0700",
	"2006-01-02T15:04:05.999Z", "2006-01-02"}

// parseImportTime reads a time in any of importTimeLayouts, as UTC when it
// names no zone; anything else is the zero time, since a time that cannot
// be read is no reason to drop a subscriber.
func parseImportTime(s string) time.Time {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}
	}
	if i := strings.Index(s, " m="); i > 0 { // time.String's monotonic reading
		s = s[:i]
	}
	// time.String names a zone without a name by its offset, a second
	// time: "2022-03-04 05:06:07 +0000 +0000".
	if f := strings.Fields(s); len(f) == 4 && (f[3][0] == '+' || f[3][0] == '-') {
		s = strings.Join(f[:3], " ")
	}
	for _, l := range importTimeLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.UTC()
		}
	}
	return time.Time{}
}
