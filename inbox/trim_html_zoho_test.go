package inbox

import "testing"

// TestTrimHTMLReplyZohoAnsweredInContainer runs Zoho replies in which the
// owner typed into the container Zoho keeps the history in: under its
// quote, or between the parts of it. The attribution over the quote goes,
// whichever language it is in; what the owner typed stays, in order; a
// container with nothing typed in it goes whole, as before.
func TestTrimHTMLReplyZohoAnsweredInContainer(t *testing.T) {
	const hr = `<div class="zmail_extra_hr" style="border-top: 1px solid rgb(204, 204, 204); height: 0px; margin-top: 10px; margin-bottom: 10px; line-height: 0px;"><br></div>`
	open := func(attr string) string {
		return hr + `<div class="zmail_extra" data-zbluepencil-ignore="true"><div><br></div><div id="Zm-_Id_-Sgn1">` + attr + `<br></div><div><br></div>`
	}
	const en = `---- On Tue, 03 Jun 2025 10:12:33 +0200 <b>Lena &lt;lena@example.net&gt;</b> wrote ---`
	const ro = `---- Pe mar, 03 iun. 2025 10:12:33 +0200 <b>Lena &lt;lena@example.net&gt;</b> a scris ---`
	const q = `<blockquote style="margin: 0px;"><div>How long should I rest?</div><div><br></div><div>Lena</div></blockquote>`
	wrap := func(s string) string {
		return `<div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;">` + s + `</div>`
	}
	tests := []struct{ name, in, want string }{
		{"answer under the quote",
			wrap(`<div><br></div>` + open(en) + q + `<div><br></div><div>Rest a week.</div><div><br></div><div>Maren</div></div>`),
			"Rest a week.\n\nMaren"},
		{"answer under the quote, attribution in another language",
			wrap(`<div><br></div>` + open(ro) + q + `<div><br></div><div>Rest a week, then run easy.</div></div>`),
			"Rest a week, then run easy."},
		{"answer and signature under the quote",
			wrap(`<div><br></div>` + open(en) + q + `<div>Rest a week.</div><div><br></div><div id="Zm-_Id_-Sgn" data-zbluepencil-ignore="true"><div>Maren Holt<br>Running coach<br></div></div></div>`),
			"Rest a week."},
		{"answers between the parts of the quote",
			wrap(open(en) + `<blockquote style="margin: 0px;"><div>How long should I rest?</div></blockquote><div>A week.</div>` +
				`<blockquote style="margin: 0px;"><div>And then?</div></blockquote><div>Easy runs for three days.</div></div>`),
			"> How long should I rest?\n\nA week.\n\n> And then?\n\nEasy runs for three days."},
		{"answer over the quote, nothing typed in it",
			wrap(`<div>Rest a week.</div><div><br></div>` + open(en) + q + `<div><br></div></div>`),
			"Rest a week."},
		{"answer over the quote in another language",
			wrap(`<div>Rest a week.</div>` + open(ro) + q + `</div>`),
			"Rest a week."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := TrimHTMLReply(tt.in); got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}
