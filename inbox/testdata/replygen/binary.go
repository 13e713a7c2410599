package main

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
)

// pngBytes is a small logo or screenshot, different per fixture.
func pngBytes(r *reply) []byte {
	img := image.NewRGBA(image.Rect(0, 0, 4, 2))
	for x := 0; x < 4; x++ {
		img.Set(x, 0, color.RGBA{uint8(r.num), 120, 200, 255})
		img.Set(x, 1, color.RGBA{40, uint8(r.num * 3), 90, 255})
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		panic(err)
	}
	return b.Bytes()
}

// pdfBytes is a one-page PDF naming the training plan it stands for.
func pdfBytes(r *reply) []byte {
	text := fmt.Sprintf("Training plan %d", r.num)
	content := fmt.Sprintf("BT /F1 12 Tf 72 720 Td (%s) Tj ET", text)
	return []byte(fmt.Sprintf("%%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"+
		"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"+
		"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n"+
		"4 0 obj<</Length %d>>stream\n%s\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%%%EOF\n", len(content), content))
}
