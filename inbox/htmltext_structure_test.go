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
