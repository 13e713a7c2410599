package newsletter

import (
	"bytes"
	"errors"
	"fmt"
	"os"

	"helpline/templates"
)

// maxEbookSize keeps the welcome mail within what every mail server takes.
const maxEbookSize = 15 << 20

// LoadEbook reads the ebook configured as newsletter.ebook: "" gives the
// embedded "Running tips" sample; anything else is read once and must look
// like a whole PDF file. Its errors name the file; the caller names the
// setting.
func LoadEbook(path string) ([]byte, error) {
	if path == "" {
		return templates.SampleEbook(), nil
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read ebook: %w", err)
	}
	if err := checkPDF(b); err != nil {
		return nil, fmt.Errorf("ebook %s: %w", path, err)
	}
	return b, nil
}

// checkPDF accepts b if it starts with the PDF header and ends (allowing
// for trailing whitespace and a little junk) with the end-of-file marker,
// which catches truncated copies and files that are not PDFs at all.
func checkPDF(b []byte) error {
	if len(b) > maxEbookSize {
		return fmt.Errorf("larger than %d MiB", maxEbookSize>>20)
	}
	if !bytes.HasPrefix(b, []byte("%PDF-")) {
		return errors.New("not a PDF file (no %PDF- header)")
	}
	tail := b[max(0, len(b)-1024):]
	if !bytes.Contains(tail, []byte("%%EOF")) {
		return errors.New("PDF file looks truncated (no %%EOF near the end)")
	}
	return nil
}
