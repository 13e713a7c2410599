package inbox

import (
	"mime"
	"strings"
)

// isFeedbackReport reports whether m is a feedback-loop report (RFC 5965:
// multipart/report; report-type=feedback-report), a complaint about mail we
// sent. Like a bounce, it goes to the subscriptions service, which acts on
// it only when it names a mail we signed.
func isFeedbackReport(m *Message) bool {
	mt, params, err := mime.ParseMediaType(m.Header.Get("Content-Type"))
	return err == nil && mt == "multipart/report" && strings.EqualFold(params["report-type"], "feedback-report")
}
