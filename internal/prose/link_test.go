package prose

import (
	"reflect"
	"testing"
)

func TestLinks(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"See https://example.org/a?b=1&c=2.", []string{"https://example.org/a?b=1&c=2"}},
		{"(http://example.org/x)", []string{"http://example.org/x"}},
		{"http://e.org/A_(b)", []string{"http://e.org/A_(b)"}},
		{`https://e.org/"onclick="x`, []string{"https://e.org/"}},
		{"HTTPS://E.ORG/x and http://f.org!", []string{"HTTPS://E.ORG/x", "http://f.org"}},
		{"javascript:alert(1) www.example.org ftp://e.org mailto:a@e.org", nil},
		{"https:// nothing", nil},
		{"https://evil.example/\u202egro.elpmaxe", []string{"https://evil.example/"}},
		{"https://exa\u200bmple.org/x", []string{"https://exa"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			var got []string
			for _, l := range Links(tt.in) {
				got = append(got, tt.in[l[0]:l[1]])
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
