//go:build ignore

// Command ebookgen writes the sample ebook that new subscribers receive,
// "Running tips", as a small PDF 1.4 file using only the standard Helvetica
// fonts, so it needs no font files and stays a few kilobytes.
//
//	go run internal/newsletter/ebookgen/main.go -o templates/ebook/running-tips.pdf
//
// The output is deterministic: running it twice gives the same bytes.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"log"
	"os"
	"strings"
)

// page is one page of the booklet: a heading and paragraphs. A paragraph
// starting with "# " is a subheading.
type page struct {
	heading string
	paras   []string
}

var book = []page{
	{"Running tips", []string{
		"A short booklet for runners who want to keep running: a few habits that make training steadier, safer and more fun.",
		"None of this replaces advice from a doctor or physiotherapist who knows you. If something hurts in a way that changes how you move, stop and get it looked at.",
		"# 1. Most miles easy",
		"Most of your running should feel relaxed. A good check is the talk test: if you can speak in full sentences, the pace is right for an easy run. Many runners who feel stuck are running their easy days too hard and their hard days too easy.",
		"Easy running builds the heart, the blood vessels and the tendons that carry you on race day, and it does so without leaving you tired for the next session.",
		"Keep one or two sessions a week for faster work: strides at the end of an easy run, hill repeats, or a steady tempo run. Everything else stays gentle.",
		"Walking breaks are not cheating. Run-walk intervals let new runners cover more distance with less strain, and many experienced runners use them in long races.",
	}},
	{"2. Build up slowly", []string{
		"Tendons and bones adapt more slowly than lungs. Fitness often arrives before the body is ready for it, which is why injuries tend to come a few weeks into a new plan.",
		"Raise your weekly distance in small steps and hold it for a week or two before the next step. Every third or fourth week, run a little less and let the body catch up.",
		"Change one thing at a time: more distance, more speed, new shoes or a new surface, but not all of them in the same week.",
		"Soreness that fades as you warm up and is gone the next day is usually normal. Pain that sharpens during a run, or that makes you limp, is a reason to stop and rest.",
	}},
	{"3. Strength, sleep and food", []string{
		"Two short strength sessions a week help a lot: squats, lunges, calf raises, step-ups and a plank. Twenty minutes is enough, and no gym is needed.",
		"Sleep is where training turns into fitness. A week of short nights undoes more than a missed run ever could.",
		"Eat enough, especially carbohydrate around longer runs, and drink to thirst. Runners who under-eat often feel flat and get hurt more often.",
		"A short warm-up of brisk walking and easy jogging before faster running makes the first minutes feel better and the session go better.",
	}},
	{"4. Race week and afterwards", []string{
		"Nothing new on race day: wear shoes and clothes you have run in, and eat a breakfast you have tried before a long run.",
		"In the last week, run less but keep a little pace in your legs with a few short strides. Feeling restless is a good sign.",
		"Start slower than you think you should. An even pace, or a faster second half, almost always gives a better time than a fast start.",
		"After the race, take a few easy days, or a few days off, before planning the next goal. Then start again from easy miles.",
		"Happy running, and send your questions to the helpline: every answer is published for other runners to read.",
	}},
}

func main() {
	out := flag.String("o", "running-tips.pdf", "output `file`")
	flag.Parse()
	if err := os.WriteFile(*out, build(book), 0o644); err != nil {
		log.Fatal(err)
	}
}

// escape makes s safe inside a PDF literal string (PDF 1.4, 3.2.3).
func escape(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `(`, `\(`, `)`, `\)`)
	return r.Replace(s)
}

// wrap breaks s into lines of at most width characters, which for 11 point
// Helvetica fits inside the page margins.
func wrap(s string, width int) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(s) {
		if line != "" && len(line)+1+len(w) > width {
			lines = append(lines, line)
			line = w
			continue
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

// content is the content stream of one page: a bold heading, then the
// subheadings and paragraphs in 11 point text with a blank line between them, and the page
// number at the foot.
func content(p page, num int) []byte {
	var b bytes.Buffer
	b.WriteString("BT\n/F2 20 Tf\n72 720 Td\n")
	fmt.Fprintf(&b, "(%s) Tj\n", escape(p.heading))
	b.WriteString("/F1 11 Tf\n15 TL\n0 -36 Td\n")
	for i, para := range p.paras {
		if i > 0 {
			b.WriteString("T*\n")
		}
		if sub, ok := strings.CutPrefix(para, "# "); ok {
			fmt.Fprintf(&b, "/F2 13 Tf\n(%s) Tj T*\n/F1 11 Tf\n", escape(sub))
			continue
		}
		for _, l := range wrap(para, 88) {
			fmt.Fprintf(&b, "(%s) Tj T*\n", escape(l))
		}
	}
	b.WriteString("ET\n")
	fmt.Fprintf(&b, "BT\n/F1 9 Tf\n300 40 Td\n(%d) Tj\nET\n", num)
	return b.Bytes()
}

// build lays out the objects: 1 catalog, 2 page tree, 3 and 4 fonts, 5 info,
// then a page and its content stream for each page. It records each
// object's byte offset for the cross-reference table (PDF 1.4, 3.4.3).
func build(pages []page) []byte {
	var b bytes.Buffer
	var offsets []int
	obj := func(body string) {
		offsets = append(offsets, b.Len())
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", len(offsets), body)
	}
	b.WriteString("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
	const first = 6
	kids := make([]string, len(pages))
	for i := range pages {
		kids[i] = fmt.Sprintf("%d 0 R", first+2*i)
	}
	obj("<< /Type /Catalog /Pages 2 0 R >>")
	obj(fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d /MediaBox [0 0 612 792] >>", strings.Join(kids, " "), len(pages)))
	obj("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
	obj("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
	obj("<< /Title (Running tips) /Author (Helpline) /Producer (helpline ebookgen) >>")
	for i, p := range pages {
		obj(fmt.Sprintf("<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>", first+2*i+1))
		c := content(p, i+1)
		obj(fmt.Sprintf("<< /Length %d >>\nstream\n%sendstream", len(c), c))
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(offsets)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(offsets)+1, xref)
	return b.Bytes()
}
