package inbox

import (
	"fmt"
	"os"
	"testing"
)

func TestZZProbe(t *testing.T) {
	raw, err := os.ReadFile(os.Getenv("PROBE"))
	if err != nil {
		t.Skip()
	}
	m, err := Parse(raw)
	if err != nil {
		fmt.Println("ERR", err)
		return
	}
	fmt.Printf("from=%q subj=%q ct=%q warns=%q\natts=%d\ntext=%q\nhtml=%.200q\nanswer=%q\n", m.From, m.Subject, m.ContentType, m.Warnings, len(m.Attachments), m.Text, m.HTML, Answer(m))
	for _, a := range m.Attachments {
		fmt.Printf("att %q %q %d\n", a.Filename, a.ContentType, a.Size)
	}
}
