package inbox

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Mobile and app footers: the line a phone or mail app adds under what the
// owner typed, such as "Sent from my iPhone" or "Get Outlook for Android",
// in the languages clients ship them in.

// footerVerbRe is a footer that names how the mail was sent; it counts
// only when the rest names a device or an app (footerThingRe), so that
// "Sent from Paris." stays the owner's.
var footerVerbRe = regexp.MustCompile(`^(sent (from|with|via|using|by|on)|secured (with|by)|sent wirelessly (from|by|via)|envoy[ée] sans fil (par|depuis|de)|von .{1,50} gesendet|gesendet (von|mit|über|aus|vom)|diese nachricht wurde .{1,80} gesendet|envoy[ée]e? (de|depuis|à partir d[e']|a partir d[e']|avec|par|via)|enviad[oa] (desde|con|v[ií]a|de|do|da|por|pelo|pela|a partir d[eo]|com)|inviat[oa] (da|dal|dalla|con|tramite|via)|(verzonden|verstuurd|gestuurd) (vanaf|van|met|vanuit|via|op)|skickat?(des)? (från|med|via)|sendt (fra|med|via)|lähetetty|wysłan[eoa] (z|ze|za pomocą|przez)|wysłano (z|ze)|odeslán[oa] (z|ze|pomocí)|(отправлено|послано|надіслано|відправлено) (с|со|из|через|з|із|зі)|(được |đã )?gửi từ|dikirim (dari|dengan|melalui|menggunakan)|dihantar (dari|daripada|menggunakan)|odoslané (z|zo|pomocou)|poslané (z|zo)|saadetud minu|nosūtīts no|išsiųsta iš|αποστολή από|poslan[oa] (s|sa|iz|z)|poslato (sa|iz)|послато (са|из|с)|ارسال شده (از|با)|ส่งจาก|.{1,40} से भेजा गया|изпратено (от|с|чрез)|enviat (des de|amb|per)|στάλθηκε από|trimis de pe|(el)?küldve|.{1,40} küldve|.{1,60} gönderildi|.{1,40}から送信|.{1,30}에서 보냄|(发自|發自|来自|來自)|(从|從)[^，。！？、；：,!?;]{1,40}(发送|發送|傳送|发出|寄出|寄送)$|נשלח מ|(أرسلت|ارسلت|مرسل) من)`)

var footerThingRe = regexp.MustCompile(`iphon|ipad|ipod|android|galaxy|samsung|smartphone|phone|mobil|m[óo]vil|celular|handy|tablet|blackberry|huawei|xiaomi|pixel|nokia|motorola|oneplus|xperia|redmi|outlook|mail|yahoo|aol|gmx|web\.de|t-online|orange|spark|proton|tutanota|fastmail|airmail|newton|\bapp\b|appli|aplica|aplikac|apparaat|appareil|dispositivo|device|gerät|enhet|laite|urządzen|zařízení|устройств|телефон|смартфон|планшет|почт|яндекс|приложени|windows|icloud|kindle|watch|手机|手機|移动|行動|邮件|郵件|メール|메일|휴대|スマートフォン|מכשיר|ה-?iphone|جهاز|آيفون|superhuman|hey\.com|mailbox|\bnine$|\bsurface\b|\bcanary\b|\bcell$|\btuta$|(邮箱|郵箱)(大师|大師)?$`)

// footerFixedRe is a footer that is recognisable on its own.
var footerFixedRe = regexp.MustCompile(`^(sent from my \S.{0,40}|von meinem \S.{0,40} gesendet|envoy[ée] de mon \S.{0,40}|enviado desde mi \S.{0,40}|enviado do meu \S.{0,40}|inviato dal mio \S.{0,40}|verzonden vanaf mijn \S.{0,40}|verstuurd vanaf mijn \S.{0,40}|skickat från min \S.{0,40}|sendt fra min \S.{0,40}|wysłane z mojego \S.{0,40}|отправлено с моего \S.{0,40}|(get|download) (the )?(outlook|bluemail|spark|newton|edison mail|yahoo mail|gmail)( app)? for (ios|android|iphone|ipad|mac|windows)|holen sie sich outlook für|outlook für (ios|android) (herunterladen|beziehen)|obtenir outlook pour|obtenez outlook pour|t[ée]l[ée]charger outlook pour|obtener outlook para|descargar outlook para|scarica outlook per|ottieni outlook per|outlook voor (ios|android) (downloaden|ophalen)|(download|haal) outlook voor|obter o outlook para|obtenha o outlook para|baixe o outlook para|hämta outlook för|(hent|få) outlook (til|for)|hanki outlook|pobierz (aplikację )?outlook dla|stáhněte si outlook pro|получите outlook для|скачайте outlook для|отримайте outlook для|outlook for (ios|android) を入手|获取 ?outlook for|取得 ?outlook for|outlook for (ios|android) 다운로드|(ios|android) için outlook.u edinin|(ios|android) ?用 ?outlook ?を入手)`)

// footerLink removes links a client writes into a footer: "Sent from
// Mail<https://go.microsoft.com/fwlink/?LinkId=550986> for Windows".
var footerLink = regexp.MustCompile(`<[^<>]*>|\(\s*(https?://|www\.)[^()]*\)|\[[^\[\]]*(https?://|www\.)[^\[\]]*\]|\s(https?://|www\.)\S+$`)

// footerEdgeWords are the words a footer starts with, or for a few
// languages ends with; a line with neither is not tried against the
// patterns.
var footerEdgeWords = map[string]bool{
	"sent": true, "secured": true, "von": true, "gesendet": true,
	"diese": true, "envoyé": true, "envoye": true, "envoyée": true, "enviado": true, "enviada": true,
	"inviato": true, "inviata": true, "verzonden": true, "verstuurd": true, "gestuurd": true, "skickat": true,
	"skickades": true, "skickad": true, "sendt": true, "lähetetty": true, "wysłane": true, "wysłano": true,
	"wysłana": true, "odesláno": true, "odeslána": true, "отправлено": true, "послано": true, "надіслано": true,
	"відправлено": true, "được": true, "gửi": true, "στάλθηκε": true, "trimis": true, "küldve": true,
	"gönderildi": true, "get": true, "holen": true, "outlook": true, "obtenir": true, "télécharger": true, "obtenez": true,
	"telecharger": true, "obtener": true, "descargar": true, "scarica": true, "ottieni": true, "download": true,
	"haal": true, "obter": true, "obtenha": true, "baixe": true, "hämta": true, "hent": true, "få": true,
	"hanki": true, "pobierz": true, "stáhněte": true, "получите": true, "скачайте": true, "отримайте": true,
	"发自": true, "發自": true, "来自": true, "來自": true, "从": true, "從": true, "获取": true, "取得": true,
	"נשלח": true, "أرسلت": true, "ارسلت": true, "مرسل": true, "보냄": true,
	"elküldve": true, "edinin": true, "đã": true, "dikirim": true, "dihantar": true, "odoslané": true,
	"poslano": true, "poslana": true, "poslato": true, "изпратено": true, "enviat": true,
	"poslané": true, "saadetud": true, "nosūtīts": true, "išsiųsta": true, "αποστολή": true,
	"послато": true, "ارسال": true, "ส่งจาก": true,
}

// mayBeFooter is the cheap test isFooter makes before its patterns.
func mayBeFooter(t string) bool {
	if len(t) < 6 || len(t) > 160 {
		return false
	}
	first := strings.IndexFunc(t, func(r rune) bool { return r == ' ' || r == '\'' || r == '-' })
	if first < 0 {
		first = len(t)
	}
	if w := strings.ToLower(t[:min(first, 20)]); footerEdgeWords[w] {
		// German prose starts with "Von" too; its footer ends "gesendet".
		return w != "von" || strings.HasSuffix(strings.TrimRight(t, ". "), "gesendet")
	}
	if head := t[:min(len(t), 6)]; !isASCII(head) && footerEdgeWords[head] {
		return true
	}
	last := strings.TrimRight(t, ".!… ")
	if i := strings.LastIndexByte(last, ' '); i >= 0 {
		last = last[i+1:]
	}
	if len(last) <= 20 && footerEdgeWords[strings.ToLower(last)] {
		return true
	}
	if isASCII(t) {
		return false
	}
	return strings.Contains(t, " gönderildi") || strings.Contains(t, " gesendet") || strings.HasSuffix(last, "送信") ||
		strings.HasSuffix(last, "보냄") || strings.HasSuffix(last, "を入手") || strings.HasPrefix(t, "发自") ||
		strings.HasPrefix(t, "發自") || strings.HasPrefix(t, "从") || strings.HasPrefix(t, "從") ||
		strings.HasSuffix(t, " से भेजा गया")
}

// isFooter reports a mobile or app footer line.
func isFooter(t string) bool {
	stops := strings.ContainsRune(".!。！", lastRune(strings.TrimSpace(t)))
	t = unwrapFooter(withoutArabicMarks(t))
	if outlookAppFooter(t) {
		return true
	}
	if !mayBeFooter(t) {
		return false
	}
	t = strings.ToLower(t)
	linked := false
	if strings.ContainsAny(t, "<([") {
		u := footerLink.ReplaceAllString(t, " ")
		linked = u != t
		t = u
	}
	t = strings.Join(strings.Fields(strings.NewReplacer("®", "", "™", "", "*", "", "_", "").Replace(t)), " ")
	t = strings.TrimRight(t, ".!… ")
	if strings.HasSuffix(t, ":") || strings.HasSuffix(t, ",") || strings.ContainsRune(t, '?') {
		// It introduces something, or asks: "Sent from my phone
		// number? No." is the owner's own line.
		return false
	}
	if head, tail, ok := strings.Cut(t, "，"); ok && strings.Contains(head, "我的") &&
		!strings.ContainsAny(strings.TrimRight(tail, "。！"), "，。；！？：") && isFooter(head) {
		// The owner's own words after the phone they name, as in
		// "Sent from my iPhone, please excuse typos": "发自我的iPhone，
		// 请原谅错别字" is the footer still.
		return true
	}
	if strings.ContainsAny(strings.TrimRight(t, "。！"), "，。；！？：") {
		// A sentence in Chinese or Japanese: "发自内心地说，这封邮件
		// 写得很好。" opens like "发自我的iPhone", but a footer names
		// its phone or app without a clause after it.
		return false
	}
	// What is sent from is named before any comma, or is all that follows
	// it: "Sent from my iPhone, please excuse typos" and "Sent from my
	// Verizon, Samsung Galaxy smartphone" are footers, but "Sent from the
	// track, between two intervals on my phone" is a sentence.
	head, tail, comma := strings.Cut(t, ", ")
	if comma && !footerThingRe.MatchString(head) && (len(strings.Fields(tail)) > 4 || !footerThingRe.MatchString(tail)) {
		return false
	}
	if comma && stops && introducesAnswer(tail) {
		// After the phone, a clause that introduces the answer is the
		// owner's: "Sent from my iPhone, so forgive the short answer:
		// yes, go to the doctor."
		return false
	}
	if m := footerFixedRe.FindString(t); m != "" && len(t) <= 70 {
		// "Sent from my Zorbex ZX9" names a phone this package may not
		// know. An app's line ends with the system it names: "Get
		// Outlook for iOS only if your work needs it" goes on as the
		// owner's sentence.
		return !(strings.HasPrefix(m, "get ") || strings.HasPrefix(m, "download ")) ||
			len(strings.Fields(t[len(m):])) < 2
	}
	if linked && len(t) <= 50 && footerVerbRe.MatchString(t) {
		// "Sent from TypeApp<http://...>": an app naming itself with
		// its link.
		return true
	}
	return len(t) <= 110 && footerVerbRe.MatchString(t) && footerThingRe.MatchString(t)
}

// unwrapFooter takes off the brackets some owners put their footer in,
// "(Sent from my phone)" or "<<sent by Galaxy>>", and the signature's
// dashes run onto it ("--Sent from my iPhone"): the words inside are
// judged as the footer. Only a line wholly inside one pair is unwrapped,
// and only when the pair holds a footer's few words and no more: a
// bracketed aside in the middle of an answer, "(Sent via email because
// the app keeps crashing.)" or "(Sent by mail to the club too.)", is the
// owner's, and taking it for a footer would cut every line under it.
func unwrapFooter(t string) string {
	t = strings.TrimSpace(t)
	for _, p := range [][2]string{{"(", ")"}, {"<<", ">>"}} {
		if inner, ok := strings.CutPrefix(t, p[0]); ok {
			if inner, ok = strings.CutSuffix(inner, p[1]); ok && !strings.ContainsAny(inner, "()<>") {
				if inner = strings.TrimSpace(inner); bareFooter(inner) {
					return inner
				}
			}
		}
	}
	if rest, ok := strings.CutPrefix(t, "--"); ok {
		// The signature's dashes on the footer's line, as some phones
		// write it: "--Sent from my iPhone".
		if inner := strings.TrimSpace(strings.TrimLeft(rest, "-")); bareFooter(inner) {
			return inner
		}
	}
	return t
}

// bareFooter reports words that can be a footer and nothing else: a few,
// with no sentence inside, ending on the device or the app, as "Sent
// from my phone" does and "Sent by mail to the club too" does not, or
// naming "my" device as "Sent from my Galaxy S23" does.
func bareFooter(t string) bool {
	t = strings.ToLower(strings.TrimRight(t, ".! "))
	words := strings.Fields(t)
	return len(t) <= 40 && len(words) > 0 && !strings.ContainsAny(t, ",.;:!?") &&
		(footerThingRe.MatchString(words[len(words)-1]) || footerFixedRe.MatchString(t))
}

// withoutArabicMarks drops the vowel marks Arabic may be written with or
// without: iOS writes its footer "أُرسلت من الـ iPhone", with a damma
// over the first letter, and the patterns hold the bare letters.
func withoutArabicMarks(t string) string {
	if !strings.ContainsFunc(t, isArabicMark) {
		return t
	}
	return strings.Map(func(r rune) rune {
		if isArabicMark(r) {
			return -1
		}
		return r
	}, t)
}

// isArabicMark reports an Arabic vowel mark or the superscript alef.
func isArabicMark(r rune) bool {
	return r >= '\u064b' && r <= '\u065f' || r == '\u0670'
}

// isTrackerMark reports a line of only "ᐧ" (U+1427), the alt text of the
// image some mail trackers for Gmail add under the text. At the end of
// the reply it is no word of the owner's.
func isTrackerMark(t string) bool {
	return strings.TrimSpace(t) == "\u1427"
}

// outlookAppLinks are the links Outlook on phones writes after its footer
// in the plain part, the same in every language the app ships in.
var outlookAppLinks = []string{"aka.ms/o0ukef", "aka.ms/ghei36", "aka.ms/aab9ysg"}

// outlookAppFooter reports Outlook's footer on phones in any language by
// its link: "Λήψη του Outlook για iOS<https://aka.ms/o0ukef>", "iOS용
// Outlook 다운로드<https://aka.ms/o0ukef>". Only a short line that names
// the app and holds the link: a sentence of the owner's that passes the
// link on ("Outlook for iOS is here <https://aka.ms/o0ukef>, it is
// free.") is longer or goes on after it.
func outlookAppFooter(t string) bool {
	if len(t) > 160 || !strings.Contains(t, "Outlook") || !strings.Contains(t, "aka.ms/") {
		return false
	}
	lower := strings.ToLower(t)
	for _, link := range outlookAppLinks {
		i := strings.Index(lower, link)
		if i < 0 {
			continue
		}
		rest := strings.TrimLeft(lower[i+len(link):], "/")
		text := strings.TrimSpace(footerLink.ReplaceAllString(t, " "))
		return (rest == ">" || rest == ")" || rest == "]" || rest == "") && text != "" &&
			len(strings.Fields(text)) <= 7 && !strings.ContainsAny(text, ".,;:!?")
	}
	return false
}

// A virus scanner on the owner's computer or in their webmail writes its
// own line under what the owner typed, often over its address: "This
// email has been checked for viruses by Avast antivirus software." under
// a "---" rule, or Gmail's "Virus-free.www.avast.com" between links to
// the scanner. The pattern asks for the check and the mail together, so
// the owner's advice to scan a laptop with Avast is no notice. A company's
// mail system writes a line of the same kind, asking the reader to think
// of the environment before printing the mail; the pattern asks for the
// whole line, so the owner's own word on printing the plan goes on.
var virusNoticeRe = regexp.MustCompile(`^(this (e-?mail|message)( message)? (has been|was|is) (checked|scanned) for viruses` +
	`|this (e-?mail|message) (has been|was) scanned by (the )?[\w.-]+( [\w.-]+){0,3} (e-?mail|security|anti-?virus|anti-?spam)` +
	`|(p )?please consider the environment before printing( this (e-?mail|message))?[.!]?$` +
	`|bitte denken sie an die umwelt,? bevor sie diese (e-?mail|nachricht) ausdrucken[.!]?$` +
	`|(merci de )?pensez? à l'environnement avant d'imprimer (ce|cet) (courriel|message|e-?mail|mail)[.!]?$` +
	`|denk aan het milieu voordat u (deze|dit) (e-?mail|bericht) (af)?print[.!]?$` +
	`|pensa all'ambiente prima di stampare (questa e-?mail|questo messaggio)[.!]?$` +
	`|antes de imprimir este (correo|mensaje|e-?mail),? piense? (bien )?si es (realmente )?necesario( hacerlo)?[.!]?$` +
	`|virus-free\.? ?(www\.)?(avast|avg)\.com` +
	`|no virus found in this (incoming |outgoing )?message` +
	`|diese (e-?mail|nachricht) wurde von .{1,40} auf viren (geprüft|überprüft)` +
	`|deze e-?mail is (gecontroleerd|gescand) op virussen` +
	`|l'absence de virus dans ce courrier [ée]lectronique a [ée]t[ée] v[ée]rifi[ée]e` +
	`|este correo electr[óo]nico (ha sido|se ha) (comprobado|analizado|revisado) en busca de virus` +
	`|este e-?mail foi (verificado|analisado|escaneado) (em busca de v[íi]rus|pelo)` +
	`|questa e-?mail [èe] stata (controllata|analizzata) per (individuare )?virus)`)

// isVirusNotice reports the line a virus scanner writes under the mail,
// or the mail system's line asking not to print it. A company's gateway
// may go on for a paragraph about itself ("This email has been scanned
// for viruses and malware, and may have been automatically archived by
// ..."), so a line of up to 600 bytes is read.
func isVirusNotice(t string) bool {
	return len(t) <= 600 && virusNoticeRe.MatchString(strings.ToLower(strings.TrimSpace(t)))
}

// isScannerLink reports the link to the scanner that Gmail writes right
// over its notice: "<https://www.avast.com/sig-email?utm_medium=email>".
// Left alone, it would close the answer.
func isScannerLink(plain []string, i int) bool {
	t := plain[i]
	return i+1 < len(plain) && strings.HasPrefix(t, "<http") && strings.HasSuffix(t, ">") &&
		(strings.Contains(t, "avast.com/") || strings.Contains(t, "avg.com/")) && isVirusNotice(plain[i+1])
}

// passesOnOutlookLink reports the owner's line at i that names Outlook's
// app with its link as Outlook's footer does, but which the owner wrote
// into the answer: under a line that introduces it ("The app I use:"),
// or with more of their text straight under it. Outlook sets its footer
// apart, with only the history under it, or puts it over everything.
func (r *reply) passesOnOutlookLink(i int) bool {
	return r.textBefore(i) && outlookAppFooter(withoutArabicMarks(r.plain[i])) && r.passesOn(i, isFooter)
}

// scannerNotice reports a scanner's notice, or Gmail's link over it, at
// line i, unless the owner wrote it into the answer: quoted under a line
// that introduces it ("Avast shows this when it is done:"), or with more
// of their text straight under it. A scanner writes its notice under all
// the owner typed, with only its address, its links or the history under
// it.
func (r *reply) scannerNotice(i int) bool {
	if !isVirusNotice(r.plain[i]) && !isScannerLink(r.plain, i) {
		return false
	}
	return !r.textBefore(i) || !r.passesOn(i, func(t string) bool {
		return isFooter(t) || isVirusNotice(t) || namesLink(t)
	})
}

// namesLink reports a line holding a link or a web address, as a
// scanner's notice has under it ("Checked by AVG - www.avg.com").
func namesLink(t string) bool {
	return strings.HasPrefix(t, "<") || strings.Contains(t, "://") || strings.Contains(strings.ToLower(t), "www.")
}

// introducesAnswer reports a clause that a colon or semicolon leads into
// a few words ("so be brief: yes, go to the doctor"), as the footer a
// phone's owner writes ("excuse typos: tiny keys") does not. The line
// they make ends in a stop.
func introducesAnswer(t string) bool {
	_, v, ok := strings.Cut(strings.ReplaceAll(t, ";", ":"), ":")
	return ok && len(strings.Fields(v)) >= 3
}

// footerRunsOn reports a footer's words at line i that the owner's
// sentence runs through: a line of theirs with no stop opens the sentence
// straight over them, and with no stop after them, the line straight
// under them carries it on in lowercase to its stop, and ends its
// paragraph ("A reply that says\nSent from my Galaxy\nto a job offer
// looks hurried."). What a client puts under its footer starts apart from
// it: a blank line, an attribution, a header block, the original's lines,
// which may be one lowercase line ("can i run with a sore calf?") under
// a footer that stands apart from the answer.
func (r *reply) footerRunsOn(i int) bool {
	return i > 0 && opensSentence(r.plain[i-1]) && i+1 < len(r.plain) && r.kinds[i+1] == kindText &&
		!endsInStop(r.plain[i]) && closesSentence(r.plain, i+1)
}

// opensSentence reports a line of text that a sentence goes on past: it
// holds words and ends in no stop.
func opensSentence(l string) bool {
	t := strings.TrimSpace(l)
	return t != "" && !isQuoteLine(l) && !endsInStop(t)
}

// closesSentence reports line k of plain as the end of a sentence begun
// above it: it opens in lowercase, holds a few words, ends in a stop, and
// ends its paragraph.
func closesSentence(plain []string, k int) bool {
	t := strings.TrimSpace(plain[k])
	first, _ := utf8.DecodeRuneInString(t)
	return unicode.IsLower(first) && len(strings.Fields(t)) >= 3 && endsInStop(t) &&
		(k+1 == len(plain) || strings.TrimSpace(plain[k+1]) == "")
}

// passesOn reports line i, shaped as something a client adds, introduced
// by the owner's line over it or carried on by theirs straight under it.
// footer reports a line that goes with what the client added.
func (r *reply) passesOn(i int, footer func(string) bool) bool {
	plain := r.plain
	p := i - 1
	for p > 0 && plain[p] == "" {
		p--
	}
	if p >= 0 && strings.HasSuffix(strings.TrimSpace(plain[p]), ":") {
		return true
	}
	// Under a blank line may come the original, unquoted: only text
	// straight under the line goes on with the answer.
	k := i + 1
	if k >= len(plain) || plain[k] == "" || r.kinds[k] != kindText || separatesHistory(plain, k) ||
		isSignatureMarker(plain[k]) || footer(plain[k]) {
		return false
	}
	n, _ := attributionLines(plain, k)
	return n == 0
}
