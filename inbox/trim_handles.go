package inbox

import (
	"regexp"
	"strings"
)

// chatHandle is a signature's line that gives the owner's name on a chat
// or social service, after the service's name: "skype: maren.holt",
// "WhatsApp: +44 7700 900123", "LinkedIn: in/jdoe".
var chatHandle = regexp.MustCompile(`(?i)^(skype|teams|whatsapp|signal|telegram|wechat|viber|linkedin|twitter|instagram|facebook)(\s+(id|name))?\s*[:：]\s*(\S+|\+?[\d\s().-]{7,})$`)

// isChatHandle reports a chatHandle line.
func isChatHandle(t string) bool {
	return len(t) <= 100 && chatHandle.MatchString(strings.Trim(t, "*_ \t"))
}
