package inbox

import "testing"

// TestHTMLToTextMarginlessParagraphs reads paragraphs whose inline style
// takes their margins away, as Outlook on the web writes each line: they
// are lines, an empty one is an empty line. A paragraph that keeps a
// margin above or below is a paragraph still.
func TestHTMLToTextMarginlessParagraphs(t *testing.T) {
	const p = `<p style="margin-top:0;margin-bottom:0">`
	checkStructure(t, []structureCase{
		{"lines and an empty line",
			`<div style="font-family: Calibri, sans-serif; font-size: 12pt;">` + p + `Rest a week.</p>` + p + `Then run easy.</p>` + p + `<br></p>` + p + `Best,</p>` + p + `Maren</p></div>`,
			"Rest a week.\nThen run easy.\n\nBest,\nMaren"},
		{"margin shorthand, units and important",
			`<p style="margin:0px">Rest a week.</p><p style="margin: 0cm 0cm 0cm 0cm">Then run easy.</p><p style="margin-top:0pt !important; margin-bottom:.0001pt">Maren</p>`,
			"Rest a week.\nThen run easy.\nMaren"},
		{"a list between lines",
			p + `For two weeks:</p><ul><li>easy runs</li><li>no hills</li></ul>` + p + `Maren</p>`,
			"For two weeks:\n\n- easy runs\n- no hills\n\nMaren"},
		{"plain paragraphs stay apart",
			`<p>Rest a week.</p><p>Then run easy.</p>`,
			"Rest a week.\n\nThen run easy."},
		{"a margin left below keeps the paragraph",
			`<p style="margin-top:0;margin-bottom:1em">Rest a week.</p><p style="margin:0 0 12px">Then run easy.</p><p>Maren</p>`,
			"Rest a week.\n\nThen run easy.\n\nMaren"},
		{"a margin on the sides only keeps the paragraph",
			`<p style="margin-left:0;margin-right:0">Rest a week.</p><p style="margin-left:0">Then run easy.</p>`,
			"Rest a week.\n\nThen run easy."},
	})
}
