package inbox

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// replyClients maps the client names in reply fixture file names to the
// family each is counted in.
var replyClients = map[string]string{
	"gmail": "gmail", "gmailandroid": "gmailmobile", "gmailios": "gmailmobile",
	"applemail": "applemail", "iphone": "iosmail", "ipad": "iosmail",
	"outlook": "outlook", "outlookmac": "outlook", "owa": "owa", "newoutlook": "owa",
	"outlookios": "outlookmobile", "outlookandroid": "outlookmobile", "windowsmail": "windowsmail",
	"thunderbird": "thunderbird", "mutt": "mutt", "neomutt": "mutt", "snail": "mailx", "mailx": "mailx",
	"yahoo": "yahoo", "yahooapp": "yahoo", "proton": "proton", "fastmail": "fastmail",
	"k9": "k9", "fairemail": "k9", "samsung": "samsung", "spark": "spark",
	"roundcube": "roundcube", "sogo": "sogo", "zimbra": "zimbra", "mailru": "mailru", "yandex": "yandex",
	"blackberry": "blackberry",
	// Other apps, most of them known by their footers.
	"mailbox": "other", "airmail": "other", "aquamail": "other", "bluemail": "other", "typeapp": "other",
	"edison": "other", "newton": "other", "mymail": "other", "superhuman": "other", "windowsphone": "other",
	"huawei": "other", "htcmail": "other", "nine": "other", "zoho": "other", "notes": "other",
	"qqmail": "other", "mailmaster": "other",
}

// requiredLanguages must each have fixtures; pt-BR and pt-PT count apart.
var requiredLanguages = []string{"en", "de", "fr", "es", "it", "nl", "ptbr", "ptpt", "sv", "da", "no", "pl", "ru"}

var otherLanguages = []string{"fi", "cs", "tr", "ja", "zh", "uk", "vi", "he", "ko", "hu", "el", "ar"}

var replyName = regexp.MustCompile(`^(\d{3})-([a-z0-9]+)-([a-z]+)-(top|bottom|inline)-(none|dashdash|client|footer)$`)

// Minimums the corpus must keep so that every client family, language,
// layout and kind of signature is tried many times over.
const (
	minPerFamily    = 10
	minLanguages    = 12
	minPerLanguage  = 4
	minPerLayout    = 60
	minPerSignature = 50
)

// TestReplyCorpusCoverage checks the reply fixtures' names and that the
// corpus covers what it must: NNN-client-lang-layout-sig.eml with a .want
// beside it, enough of every client family, language, layout and
// signature kind.
func TestReplyCorpusCoverage(t *testing.T) {
	counts := map[string]map[string]int{"family": {}, "client": {}, "lang": {}, "layout": {}, "sig": {}}
	seen := map[string]string{}
	for _, f := range replyFixtures(t) {
		name := strings.TrimSuffix(filepath.Base(f), ".eml")
		m := replyName.FindStringSubmatch(name)
		if m == nil {
			t.Errorf("%s: name is not NNN-client-lang-layout-sig", name)
			continue
		}
		if prev, dup := seen[m[1]]; dup {
			t.Errorf("%s: number %s is taken by %s", name, m[1], prev)
		}
		seen[m[1]] = name
		family, ok := replyClients[m[2]]
		if !ok {
			t.Errorf("%s: unknown client %q", name, m[2])
		}
		if _, err := os.Stat(strings.TrimSuffix(f, ".eml") + ".want"); err != nil {
			t.Errorf("%s: %v", name, err)
		}
		counts["family"][family]++
		counts["client"][m[2]]++
		counts["lang"][m[3]]++
		counts["layout"][m[4]]++
		counts["sig"][m[5]]++
	}
	for _, kind := range []string{"family", "client", "lang", "layout", "sig"} {
		t.Logf("%s: %s", kind, formatCounts(counts[kind]))
	}
	families := map[string]bool{}
	for _, f := range replyClients {
		families[f] = true
	}
	for f := range families {
		if n := counts["family"][f]; n < minPerFamily {
			t.Errorf("client family %s: got %d fixtures, want at least %d", f, n, minPerFamily)
		}
	}
	for _, l := range requiredLanguages {
		if n := counts["lang"][l]; n < minPerLanguage {
			t.Errorf("language %s: got %d fixtures, want at least %d", l, n, minPerLanguage)
		}
	}
	if n := len(counts["lang"]); n < minLanguages {
		t.Errorf("got %d languages, want at least %d", n, minLanguages)
	}
	for _, l := range append(append([]string{}, requiredLanguages...), otherLanguages...) {
		delete(counts["lang"], l)
	}
	for l := range counts["lang"] {
		t.Errorf("unknown language %q", l)
	}
	for _, l := range []string{"top", "bottom", "inline"} {
		if n := counts["layout"][l]; n < minPerLayout {
			t.Errorf("layout %s: got %d fixtures, want at least %d", l, n, minPerLayout)
		}
	}
	for _, s := range []string{"none", "dashdash", "client", "footer"} {
		if n := counts["sig"][s]; n < minPerSignature {
			t.Errorf("signature kind %s: got %d fixtures, want at least %d", s, n, minPerSignature)
		}
	}
}

func formatCounts(m map[string]int) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s=%d", k, m[k])
	}
	return strings.Join(parts, " ")
}
