package inbox

import "testing"

// structureCase is an HTML body and the text it must read as.
type structureCase struct {
	name, html, want string
}

func checkStructure(t *testing.T, cases []structureCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := HTMLToText(c.html); got != c.want {
				t.Errorf("got  %q\nwant %q", got, c.want)
			}
		})
	}
}

func TestHTMLToTextListBesideItem(t *testing.T) {
	checkStructure(t, []structureCase{
		{"bullets under a bullet", `<ul><li>strength</li><ul><li>calf raises</li><li>squats</li></ul><li>rest</li></ul>`,
			"- strength\n  - calf raises\n  - squats\n- rest"},
		{"bullets under a number", `<ol><li>strength</li><ul><li>calf raises</li></ul><li>rest</li></ol>`,
			"1. strength\n   - calf raises\n2. rest"},
		{"two levels down", `<ul><li>a</li><ul><li>b</li><ul><li>c</li></ul></ul></ul>`,
			"- a\n  - b\n    - c"},
		// With no item before it there is nothing to indent under.
		{"list first in a list", `<ul><ul><li>calf raises</li></ul><li>rest</li></ul>`,
			"- calf raises\n\n- rest"},
		{"list inside its item", `<ul><li>strength<ul><li>calf raises</li></ul></li><li>rest</li></ul>`,
			"- strength\n  - calf raises\n- rest"},
	})
}

func TestHTMLToTextEmojiImage(t *testing.T) {
	checkStructure(t, []structureCase{
		{"picked emoji", `<div>Good luck <img data-emoji="🏃" class="an1" alt="🏃" src="https://example.org/e/1f3c3.png"> and rest!</div>`,
			"Good luck 🏃 and rest!"},
		{"joined emoji", `<p>Go <img alt="🏃‍♀️" src="https://example.org/e/1f3c3_200d_2640.png">!</p>`, "Go 🏃‍♀️!"},
		{"skin tone", `<p>Well done <img alt="👍🏽" src="cid:e1"></p>`, "Well done 👍🏽"},
		{"picture named in alt", `<div>Stretch <img src="cid:ii_m1calf01" alt="calf.png"> like this</div>`, "Stretch like this"},
		{"picture described", `<p><img alt="a runner stretching ★" src="cid:x"></p><p>Hold it.</p>`, "Hold it."},
		{"picture without alt", `<p>See<img src="cid:x">this</p>`, "Seethis"},
	})
}

// wordItem is a list paragraph as Word writes it, with its mark in a span
// for readers without lists.
func wordItem(level, mark, text string) string {
	return `<p class=MsoListParagraphCxSpMiddle style='text-indent:-18.0pt;mso-list:l0 level` + level + ` lfo1'>` +
		`<![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>` + mark +
		`<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>` + text + `<o:p></o:p></p>`
}

func TestHTMLToTextWordLists(t *testing.T) {
	checkStructure(t, []structureCase{
		{"bullets", `<p class=MsoNormal>Do:</p>` + wordItem("1", "·", "rest") + wordItem("1", "·", "stretch") + `<p class=MsoNormal>Then run.</p>`,
			"Do:\n- rest\n- stretch\nThen run."},
		{"numbers with bullets under", wordItem("1", "1.", "strength") + wordItem("2", "o", "calf raises") +
			wordItem("3", "§", "slow") + wordItem("1", "2.", "rest"),
			"1. strength\n   - calf raises\n     - slow\n2. rest"},
		{"letters and brackets", wordItem("1", "a)", "rest") + wordItem("1", "(b)", "run"), "a) rest\n(b) run"},
		{"level under a plain paragraph", `<p class=MsoNormal>x</p>` + wordItem("2", "o", "alone"), "x\n- alone"},
		// A paragraph styled as a list with no mark of its own is Word's
		// indent, and reads as a paragraph.
		{"no mark", `<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'>indented</p><p class=MsoNormal>next</p>`,
			"indented\n\nnext"},
		{"mark without a list style", `<p class=MsoNormal><span style='mso-list:Ignore'>1.</span> typed</p>`, "1. typed"},
		{"a real list of Outlook's", `<ul type=disc><li class=MsoListParagraph style='mso-list:l0 level1 lfo1'>rest</li></ul>`,
			"- rest"},
	})
}
