package inbox

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file recognises the header block a client writes above the
// history ("From: / Sent: / To: / Subject:" and their translations), the
// "Original Message" line and rules that introduce it, and mailing-list
// footers.

// headerField is what a header line's name stands for.
type headerField int

const (
	fieldNone headerField = iota
	fieldFrom
	fieldDate
	fieldTo
	fieldCc
	fieldSubject
	fieldOther
)

// headerNames maps the names clients write in a history's header block, in
// the common languages, to what they stand for.
var headerNames = func() map[string]headerField {
	m := map[string]headerField{}
	add := func(f headerField, names string) {
		for _, n := range strings.Split(names, "|") {
			m[n] = f
		}
	}
	add(fieldFrom, "from|مِن|von|de|van|da|från|fra|od|lähettäjä|feladó|mittente|remetente|afzender|absender|expéditeur|expediteur|remitente|avsender|nadawca|odesílatel|от|від|kimden|发件人|寄件者|寄件人|差出人|từ|người gửi|apo|από|de la|feladó|보낸 사람|보낸사람|מאת|من|dari|от кого|від кого|šalje|nuo|saatja|daripada|از|จาก|प्रेषक|nga|frá|gönderen|отправитель|送信元|afsender|expeditor|frå|gönderici|göndərən|gửi từ|kimdan|kimdən|nondik|nork|oddi wrth|pengirim|remitent|sendanto|seolaí|siuntėjas|αποστολέας|ад|кімнен|од|шаље|ուղարկող|المرسل|فرستنده|প্রেরক|ผู้ส่ง|გამგზავნი|発信者|vun")
	add(fieldDate, "sent|date|gesendet|datum|envoyé|envoye|enviado|enviada|fecha|inviato|data|verzonden|skickat|sendt|dato|wysłano|wysłane|отправлено|отправленные|дата|надіслано|gönderildi|gönderilme tarihi|tarih|发送时间|发送日期|日期|傳送時間|送信日時|日時|gửi|ngày|lähetetty|päivämäärä|odesláno|message du|sent at|elküldve|dátum|στάλθηκε|ημερομηνία|trimis|보낸 날짜|날짜|נשלח|enviado el|enviada em|寄件日期|đã gửi|日付|تم الإرسال|التاريخ|dikirim|tanggal|poslano|poslato|odoslané|изпратено|išsiųsta|saatmisaeg|enviat el|dihantar|ارسال شده|ส่ง|भेजा गया|dërguar|nosūtīts|dată|päiväys|gönderilen|відправлено|dagsetning|datums|datë|dyddiad|dáta|kuupäev|tarikh|tarix|ημ/νία|датум|күні|ամսաթիվ|תאריך|التّاريخ|تاریخ|तिथि|दिनांक|তারিখ|วันที่|თარიღი")
	add(fieldTo, "to|an|à|a|para|aan|till|til|do|кому|до|kime|收件人|收件者|宛先|đến|vastaanottaja|komu|címzett|προς|către|catre|받는 사람|받는사람|אל|إلى|الى|kepada|za|prima|kam|adressaat|per a|به|ถึง|प्रति|për|adresat|pour|pre|送信先|adresát|alıcı|chuig|derbyniwr|destinatar|destinatari|destinatario|destinatario(a)|gavėjas|kellele|kimga|kimə|modtager|mottagare|mottaker|người nhận|nori|ontvanger|penerima|ricevanto|saaja|untuk|παραλήπτης|каму|кімге|прима|примач|ստացող|المستقبل|الي|گیرنده|প্রাপক|ผู้รับ")
	add(fieldCc, "cc|kopie|copie|cópia|copia|kopia|копия|копія|bilgi|抄送|副本|kopio|másolat|κοιν|참조|עותק|dw|másolatot kap|κοιν.|نسخة|kopija|koopia|a/c|رونوشت|สำเนา|copie à|kopie (cc)|kopi|kópia|kopiot|копие|копија|αντίγραφο|κοινοποίηση|đồng gửi|salinan|prima kopiju|kopija (cc)")
	add(fieldSubject, "subject|betreff|objet|asunto|oggetto|onderwerp|assunto|ämne|emne|temat|тема|konu|主题|主旨|件名|chủ đề|aihe|předmět|tárgy|θέμα|subiect|제목|נושא|sujet|الموضوع|perihal|subjek|zadeva|predmet|tema|относно|tēma|teema|assumpte|perkara|موضوع|เรื่อง|विषय|subjekti|subjekt|efni|naslov|asuntu|judul|mavzu|mövzu|pealkiri|pwnc|temats|temo|titill|tiêu đề|ábhar|ábhair|ûnderwerp|underwerp|evni|viðfangsefni|หัวเรื่อง|заглавие|наслов|тақырыбы|тэма|վերնագիր|বিষয়|หัวจดหมาย|სათაური")
	add(fieldOther, "reply-to|antwort an|répondre à|responder a|rispondi a|importance|priorität|wichtigkeit|priority|attachments|anlagen|pièces jointes")
	return m
}()

// headerFieldOf returns what the header line t names, or fieldNone. Clients
// write the names capitalised, and a sender's value is a name or an
// address, not a sentence: "From: the start I thought so" is prose.
func headerFieldOf(t string) headerField {
	name, value, ok := splitField(t)
	if !ok {
		return fieldNone
	}
	f := headerNames[strings.ToLower(name)]
	if f == fieldFrom || f == fieldTo {
		// A sender or recipient is an address or a name; "From: the
		// start, keep it slow" is prose.
		if strings.ContainsAny(value, "@<[") {
			return f
		}
		if r, _ := utf8.DecodeRuneInString(value); unicode.IsLower(r) && strings.Contains(value, " ") {
			return fieldNone
		}
		if f == fieldFrom && (len(value) > 120 || strings.Count(value, " ") > 5) {
			return fieldNone
		}
	}
	return f
}

// senderOverDate reports a sender's field that headerFieldOf reads as
// prose for its lower-case words ("From: anna smith", "From: smith, anna
// P."), right over the block's sent time: a name as a client copies it
// from an address book, not a sentence.
func senderOverDate(plain []string, i int) bool {
	name, value, ok := splitField(plain[i])
	if !ok || headerNames[strings.ToLower(name)] != fieldFrom || i+1 == len(plain) || headerFieldOf(plain[i+1]) != fieldDate {
		return false
	}
	words := strings.Fields(value)
	if len(words) == 0 || len(words) > 5 || strings.ContainsAny(value, "!?") {
		return false
	}
	last := words[len(words)-1]
	return !strings.HasSuffix(last, ".") || utf8.RuneCountInString(last) <= 2
}

// splitField cuts a line shaped as a header field into its capitalised
// name and its value, at an ASCII colon or, in scripts that write one, a
// full-width colon.
func splitField(t string) (name, value string, ok bool) {
	head := t[:min(len(t), 46)]
	c, size := strings.IndexByte(head, ':'), len(":")
	if w := strings.Index(head, "："); w >= 0 && (c < 0 || w < c) {
		// "发送时间： 2024-03-05 09:12": the name ends at the first
		// colon, of either width.
		c, size = w, len("：")
	}
	if c <= 0 || c > 40 || len(t) > 300 {
		return "", "", false
	}
	name = strings.Trim(t[:c], "*_ \t")
	if r, _ := utf8.DecodeRuneInString(name); unicode.IsLower(r) {
		return "", "", false
	}
	return name, strings.Trim(t[c+size:], "*_ \t"), true
}

// yearRe is a year as clients write one in a date field: four digits,
// "2025" or "2025年", or the last of three numbers, "6/2/25".
var yearRe = regexp.MustCompile(`\p{Nd}{4}|\p{Nd}{1,2}[./-]\p{Nd}{1,2}[./-]\p{Nd}{2}`)

// readDate reads the value of the date field t: whether it gives a year,
// as clients write one, and whether it holds no digit at all, as "Date:
// tomorrow" or "Datum: ab morgen" in the owner's own list.
func readDate(t string) (year, noDigit bool) {
	_, value, _ := splitField(t)
	return yearRe.MatchString(value), value != "" && strings.IndexFunc(value, unicode.IsDigit) < 0
}

// looksLikeField reports a line shaped as a header field, "Name: value",
// with a short capitalised name this package may not know.
func looksLikeField(t string) bool {
	c := strings.IndexAny(t, ":：")
	if c <= 0 || c > 30 || strings.Count(t[:c], " ") > 2 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(r)
}

// looksLikeAnyField is looksLikeField that also takes a name in a script
// without capitals, as Evolution's Hindi "यहाँ से:", where known names
// stand beside it: alone, such lines are as often the owner's list.
func looksLikeAnyField(t string) bool {
	c := strings.IndexAny(t, ":：")
	if c <= 0 || c > 48 || strings.Count(t[:c], " ") > 2 {
		return false // counted in bytes: Devanagari takes three a letter
	}
	r, _ := utf8.DecodeRuneInString(t)
	return looksLikeField(t) || unicode.IsLetter(r) && !unicode.IsLower(r) && unicode.SimpleFold(r) == r
}

// labelHasSpace reports a line shaped as a field whose name is more than
// one word.
func labelHasSpace(t string) bool {
	c := strings.IndexAny(t, ":：")
	return c > 0 && strings.Contains(strings.TrimSpace(t[:c]), " ")
}

// headerRun reports a history header written on one line, as some web
// clients and flattened HTML do: "From: Lena <l@example.net> Sent: Monday
// To: ask@example.org Subject: Taper". It needs the sender or the date and
// two more fields.
func headerRun(t string) bool {
	if len(t) > 600 || strings.Count(t, ":") < 2 {
		return false
	}
	seen := map[headerField]bool{}
	for i := 0; i < len(t); i++ {
		if t[i] != ':' {
			continue
		}
		if f := fieldBefore(strings.TrimRight(t[:i], "*_ ")); f != fieldNone && f != fieldOther {
			seen[f] = true
		}
	}
	addr := strings.ContainsRune(t, '@')
	if len(seen) == 2 && seen[fieldFrom] && seen[fieldDate] && addr {
		return true // "From: bob@example.com Date: Thu, 24 Mar 2016"
	}
	// With no address, a client's run gives the year in its date, as a
	// header block does: "Date: Saturday 14 June. To: Beginners.
	// Subject: long run." is the owner's announcement.
	return len(seen) >= 3 && (seen[fieldFrom] || seen[fieldDate]) && (addr || yearRe.MatchString(t))
}

// fieldBefore reads the header name that s ends with, also where it is run
// onto the value before it ("ask@example.orgSubject"): the shortest
// capitalised tail of the letters before the colon that is a name.
func fieldBefore(s string) headerField {
	_, f := fieldNameAt(s)
	return f
}

// fieldNameAt is fieldBefore that also gives where in s the name starts.
func fieldNameAt(s string) (int, headerField) {
	start := len(s)
	for start > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:start])
		if !unicode.IsLetter(r) {
			break
		}
		start -= size
		if unicode.IsUpper(r) {
			if f := headerNames[strings.ToLower(s[start:])]; f != fieldNone {
				return start, f
			}
		}
	}
	return start, fieldNone
}

// isHeaderBlock reports a history's header block starting at line i: at
// least two header lines close together naming different things, one of
// them the sender or the date, with an address or with the subject and
// the sender or recipient. "Date: Sunday" over "From: Amsterdam", a route,
// is as likely the owner's.
func isHeaderBlock(plain []string, i int) bool {
	return headerBlockAt(plain, i, true)
}

// headerBlockAt is isHeaderBlock, which asks for the subject or an
// address only when named is set: a block that the markup already marks
// as one needs neither.
func headerBlockAt(plain []string, i int, named bool) bool {
	first := headerFieldOf(plain[i])
	if first == fieldNone && senderOverDate(plain, i) {
		first = fieldFrom
	}
	if first == fieldNone || first == fieldOther || first == fieldCc {
		return false
	}
	seen := map[headerField]bool{first: true}
	gap, addr := 0, strings.ContainsAny(plain[i], "@<")
	var year, undated, stamped, grouped bool
	date := func(t string) {
		y, u := readDate(t)
		year, undated = year || y, undated || u
		stamped = stamped || clientStamp(t)
	}
	if first == fieldDate {
		date(plain[i])
	}
	// Blank lines in a row count as one, as they are published: a block
	// is read alike before and after trimming.
	for k, steps := i+1, 1; k < len(plain) && steps <= 8; k++ {
		t := plain[k]
		if t == "" && plain[k-1] == "" {
			continue
		}
		steps++
		f := headerFieldOf(t)
		addr = addr || (f != fieldNone && strings.ContainsAny(t, "@<"))
		grouped = grouped || groupRecipient(t)
		if f == fieldNone {
			// A wrapped address list or one blank line may sit between
			// header lines.
			if gap++; gap > 1 {
				break
			}
			continue
		}
		gap = 0
		seen[f] = true
		if f == fieldDate {
			date(t)
		}
	}
	n := 0
	for f := range seen {
		if f != fieldOther {
			n++
		}
	}
	if named && !addr && !(seen[fieldSubject] && (seen[fieldFrom] || seen[fieldTo]) && year) &&
		!(first == fieldFrom && stamped && !grouped) {
		// With no address, only a date makes "From: Paul / To: the
		// beginners / Subject: hills" a client's block, not a list, and
		// a client's date gives the year: "Date: 14 June, 9:00 / Subject:
		// long run / To: Beginners" is the owner's plan. Windows Mail
		// writes names alone and no subject ("From: Paul / Sent: Friday,
		// November 28, 2014 12:35 PM / To: jeff"): a sender's name over a
		// full date with its time of day is the client's, unless it is
		// sent to a group, "To: the beginners", as only the owner writes.
		return false
	}
	if n < 2 || !(seen[fieldFrom] || seen[fieldDate]) {
		return false
	}
	// Markup that sets a block apart is the client's; plain text that
	// names a date without one is the owner's list.
	return !named || !undated
}

// foreignHeaderBlock reports a header block starting at line i in a
// language whose names this package knows only in part, as Latvian's "No:
// / Nosūtīts: / Kam: / Tēma:": three to six lines in a row shaped as
// fields, the first one where a paragraph starts or under the client's
// framed separator ("-------- Oarspronklik Berjocht --------"), one
// giving an address,
// and two naming different known things. A list of the owner's ("Name: /
// Email: / Phone:") names none of them.
func foreignHeaderBlock(plain []string, i int) bool {
	// A name in a script without capitals is read only right under a
	// separator: after a blank line, "नाम: / ईमेल: / विषय:" is as often
	// the owner's own list.
	caseless := i > 0 && (isFramedSeparator(plain[i-1]) || isOriginalLine(plain[i-1]))
	field := func(t string) bool {
		t = strings.TrimLeft(t, "*_")
		return looksLikeField(t) || caseless && looksLikeAnyField(t)
	}
	if i > 0 && plain[i-1] != "" && !isRule(plain[i-1]) && (!isFramedSeparator(plain[i-1]) || !clientField(plain[i])) ||
		!field(plain[i]) {
		return false
	}
	// Under a framed line the block must also date the original to the
	// minute, as clients do: the owner's own "-------- Plan --------"
	// over "Date: 12.04.2026 / Place: ... / Subject: ..." does not.
	framed := i > 0 && plain[i-1] != "" && !isRule(plain[i-1])
	seen := map[headerField]bool{}
	addr, n, ways, clocked, said := false, 0, true, false, true
	for k := i; k < len(plain) && k < i+6 && field(plain[k]); k++ {
		f := headerFieldOf(plain[k])
		if f == fieldDate {
			_, value, _ := splitField(plain[k])
			_, clock := dateParts(value)
			clocked = clocked || clock
		}
		if k > i && (ways && f == fieldFrom || said) && isHeaderBlock(plain, k) {
			// A known block starts below ways to reach the owner,
			// "Email: / Tel:", that end their signature, or below the
			// owner's sentences led by a few words ("Long answer: ...",
			// "PS: and rest."), where a client names a field in one word.
			return false
		}
		said = said && f == fieldNone && saysAfterLabel(plain[k])
		// A message id, "<abc@example.net>", reads as an address.
		ways = ways && f == fieldNone && !strings.ContainsRune(plain[k], '<') &&
			(contactOf(plain[k]) != notContact || labelHasSpace(plain[k]))
		if f != fieldNone && f != fieldOther {
			seen[f] = true
		}
		addr = addr || strings.ContainsRune(plain[k], '@')
		n++
	}
	return n >= 3 && addr && len(seen) >= 2 && (!framed || clocked)
}

// clientField reports a field as a client's first one under its
// separator reads: a name this package knows, or the sender's address or
// the date. The owner's "PS: bring water" under their own framed heading
// is neither.
func clientField(t string) bool {
	return headerFieldOf(t) != fieldNone || clientValue(t)
}

// addressValue is a field's value that is an address alone, with or
// without a name: "Lena <l@example.net>", "l@example.net".
var addressValue = regexp.MustCompile(`^(?:[^<>@]*<[^<>\s@]+@[^<>\s]+>|[^\s<>@]+@[^\s<>@]+)$`)

// clientValue reports a field whose value is what a client writes there:
// addresses alone, or a date with its time of day and no more. The
// owner's "PS: Send your times to coach@example.org." or "PS: The race
// is on 12.04.2026." holds an address or a date in a sentence.
func clientValue(t string) bool {
	_, v, ok := splitField(t)
	v = strings.TrimSpace(v)
	if !ok || v == "" {
		return false
	}
	all := true
	for _, a := range strings.Split(v, ",") {
		all = all && addressValue.MatchString(strings.TrimSpace(a))
	}
	if all {
		return true
	}
	day, clock := dateParts(v)
	return day && clock && fullDay(v) && !strings.ContainsAny(v, "@") && !strings.ContainsAny(v[len(v)-1:], ".!?") &&
		!strings.Contains(v, ". ")
}

// saysAfterLabel reports a line led by a word and a colon that goes on
// as a sentence of a few words to its stop, as a postscript or the
// owner's "Update: I called them." does, and a header field's value
// does not.
func saysAfterLabel(t string) bool {
	return isPostscript(t) || introducesAnswer(t) && strings.ContainsRune(".!?", lastRune(strings.TrimSpace(t)))
}

// originalPhrases are the words of a line that introduces the original or
// a forwarded message, "-----Original Message-----", in the languages
// clients write them in.
var originalPhrases, originalFirstWords = func() (map[string]bool, map[string]bool) {
	m, first := map[string]bool{}, map[string]bool{}
	// The reply and forward separators clients write, in each language.
	const phrases = "original message|reply message|reply separator|ursprüngliche nachricht|originalnachricht|antwort nachricht|" +
		"message d'origine|message original|mensaje original|messaggio originale|oorspronkelijk bericht|" +
		"origineel bericht|mensagem original|ursprungligt meddelande|originalmeddelande|" +
		"oprindelig meddelelse|oprindelig besked|opprinnelig melding|opprinnelig e-post|" +
		"alkuperäinen viesti|wiadomość oryginalna|oryginalna wiadomość|původní zpráva|" +
		"исходное сообщение|пересылаемое сообщение|оригінальне повідомлення|orijinal mesaj|原始邮件|原始郵件|" +
		"元のメッセージ|forwarded message|begin forwarded message|weitergeleitete nachricht|message transféré|" +
		"mensaje reenviado|messaggio inoltrato|doorgestuurd bericht|mensagem encaminhada|" +
		"vidarebefordrat meddelande|videresendt meddelelse|videresendt besked|videresendt melding|" +
		"välitetty viesti|przekazana wiadomość|přeposlaná zpráva|iletilen mesaj|转发的邮件|轉寄的郵件|転送されたメッセージ|以下是转发的邮件|以下是轉寄的郵件|下面是被转发的邮件|" +
		"ursprüngliche mail|mail original|correo original|messaggio originale|thư gốc|thư chuyển tiếp|" +
		"özgün ileti|orijinal ileti|replied message|原始消息|回复的邮件|回复的原邮件|回覆的原郵件|eredeti üzenet|mesaj original|" +
		"αρχικό μήνυμα|邮件原件|pesan asli|الرسالة الأصلية|anfang der weitergeleiteten nachricht|" +
		"début du message réexpédié|inicio del mensaje reenviado|inizio messaggio inoltrato|" +
		"begin doorgestuurd bericht|início da mensagem reencaminhada|início da mensagem encaminhada|" +
		"början på vidarebefordrat brev|start på videresendt besked|videresendt melding start|" +
		"välitetty viesti alkaa|początek przekazywanej wiadomości|начало переадресованного сообщения|начало переадресованного письма|" +
		"転送メッセージ|전달된 메일|전달된 메시지|iletilen ileti|továbbított levél|továbbított üzenet|mesaj redirecționat|" +
		"προωθημένο μήνυμα|переслане повідомлення|הודעה שהועברה|الرسالة المعاد توجيهها|" +
		"thư đã chuyển tiếp|pesan terusan|pesan yang diteruskan|original-nachricht|původní e-mail|원본 메일|원본 메시지|" +
		"original message processed by david®|original message processed by david|" +
		"début du message transféré|začátek přeposílané zprávy|započni proslijeđenu poruku|továbbított levél kezdete|" +
		"proslijeđena poruka|перенаправленное сообщение|перенаправлене повідомлення|treść przekazanej wiadomości|" +
		"mensagem reencaminhada|preposlaná správa|edelleenlähetetty viesti|iletilmiş mesaj|wiadomość przesłana dalej|" +
		"メッセージを転送|vidarebefordrat mejl|začiatok preposlanej správy|începe mesajul redirecționat|ileti başlangıcı|" +
		"початок листа, що пересилається"
	for _, p := range strings.Split(phrases, "|") {
		m[p] = true
		first[firstWord(p)] = true
	}
	return m, first
}()

// isOriginalLine reports a "-----Original Message-----" line: one of
// originalPhrases, alone or framed by dashes, equals signs or stars, or a
// framed line naming the original's sender (framesSender).
func isOriginalLine(t string) bool {
	if len(t) > 200 || t == "" {
		return false
	}
	if framesSender(t) {
		return true
	}
	inner := strings.Trim(t, "-=_*━:： \t")
	if len(inner) > 120 || len(inner) < 6 {
		return false
	}
	// Lowercasing the Turkish dotted İ leaves a combining dot on the i,
	// which ends the first word early: "i̇leti" is read as "i".
	first := firstWord(inner)
	if strings.HasPrefix(inner, "İ") {
		first = firstWord(strings.ReplaceAll(strings.ToLower(inner), "\u0307", ""))
	}
	if !originalFirstWords[first] {
		return false
	}
	lower := strings.ReplaceAll(strings.ToLower(inner), "\u0307", "")
	return originalPhrases[strings.Join(strings.Fields(lower), " ")]
}

// isGroupWiseHeader reports the line GroupWise writes above the original,
// unquoted: ">>> Lena Berg <lena@example.net> 6/3/2025 10:12 AM >>>". It
// starts like a quote, so it is told apart by its closing arrows, date and
// time.
func isGroupWiseHeader(t string) bool {
	if len(t) < 6 || len(t) > 200 || !strings.HasPrefix(t, ">>>") || !strings.HasSuffix(t, ">>>") {
		return false
	}
	inner := strings.TrimSpace(t[3 : len(t)-3])
	day, clock := dateParts(inner)
	return day && clock && !strings.HasPrefix(inner, ">")
}

// notesSectionTitle reports the title Lotus Notes writes over the
// original's header fields, its sender and subject between dashes:
// "Lena Berg --- Re: Knee pain ---". Only over a header block is it one:
// the same dashes may set off the owner's own heading.
func notesSectionTitle(plain []string, i int) bool {
	t := plain[i]
	if len(t) > 300 || !strings.HasSuffix(t, " ---") {
		return false
	}
	name, subject, ok := strings.Cut(strings.TrimSuffix(t, " ---"), " --- ")
	if !ok || strings.TrimSpace(name) == "" || strings.TrimSpace(subject) == "" {
		return false
	}
	for k := i + 1; k < len(plain) && k <= i+3; k++ {
		if plain[k] != "" {
			return isHeaderBlock(plain, k) || headerRun(plain[k]) || foreignHeaderBlock(plain, k)
		}
	}
	return false
}

// earlierPosts are the headings a forum's notification writes over the
// posts before the one it brings, which a reply sent without quoting
// carries under the answer: Discourse's "Previous Replies".
var earlierPosts = map[string]bool{"previous replies": true, "previous discussion": true, "earlier replies": true,
	"vorherige antworten": true, "vorherige diskussion": true, "réponses précédentes": true,
	"discussion précédente": true, "respuestas anteriores": true, "discusión anterior": true,
	"risposte precedenti": true, "discussione precedente": true, "eerdere reacties": true,
	"vorige reacties": true, "respostas anteriores": true, "discussão anterior": true, "tidigare svar": true,
	"tidligere svar": true, "poprzednie odpowiedzi": true, "předchozí odpovědi": true,
	"предыдущие ответы": true, "предыдущее обсуждение": true, "以前的回复": true, "之前的回复": true,
	"以前の返信": true, "過去の返信": true}

// earlierPostsUnder reports a rule at line i of plain right over such a
// heading, set in bold or not: "---" over "*Previous Replies*". Without
// the rule the heading may be the owner's.
func earlierPostsUnder(plain []string, i int) bool {
	if !isRule(plain[i]) {
		return false
	}
	k := i + 1
	if k < len(plain) && plain[k] == "" {
		k++
	}
	return k < len(plain) && earlierPosts[strings.ToLower(strings.Trim(plain[k], "*_#: "))]
}

// isFramedSeparator reports a short line framed by dashes or equals signs,
// "----- Ursprüngliche Mail -----", as clients write above a header block
// in words this package may not know.
func isFramedSeparator(t string) bool {
	// Counted in characters: a Cyrillic or Greek line is twice as
	// long in bytes.
	if n := utf8.RuneCountInString(t); n > 80 || n < 8 {
		return false
	}
	inner, framed := unframe(t)
	return framed && inner != "" && utf8.RuneCountInString(inner) <= 50 && !strings.ContainsAny(inner, "@<>")
}

// isRule reports a line of underscores, dashes, equals signs or stars,
// or of em or box-drawing dashes, that clients and people draw above a
// history, a signature or a list footer.
func isRule(t string) bool {
	c, size := utf8.DecodeRuneInString(t)
	if !strings.ContainsRune("_-=*—–―─━═~", c) || utf8.RuneCountInString(t) < 3 {
		return false
	}
	return strings.Trim(t[size:], string(c)) == ""
}

// listFooterWords are what a mailing list writes under the rule at a
// mail's end.
var listFooterWords = []string{"mailing list", "unsubscribe", "listinfo", "mailman", "list-info", "list info",
	"you received this", "googlegroups", "groups.io", "abmelden", "abbestellen", "désinscri", "desinscri",
	"darse de baja", "suscripción", "l'iscrizione", "afmelden", "uitschrijven", "avregistrera", "afmeld",
	"avslutt abonnement", "odhlásit", "отписаться", "wypisz się"}

// isRuledFooter reports a rule followed closely by a list's footer, or
// right above a notice that a sender's server writes under every mail
// ("________" over "This e-mail is confidential and intended solely for
// the addressee..."). A lone dash counts only right above a footer's
// opening words, as old majordomo lists wrote it: "-" then "To
// unsubscribe from this list".
func isRuledFooter(plain []string, kinds []lineKind, i int) bool {
	t := plain[i]
	if t == "-" {
		return i+1 < len(plain) && opensListFooter(plain[i+1])
	}
	if len(t) < 2 || strings.IndexByte("_-=*", t[0]) < 0 || strings.Trim(t, t[:1]) != "" {
		return false
	}
	for k := i + 1; k < len(plain) && k <= i+5; k++ {
		if t := plain[k]; len(t) < 200 && containsAny(strings.ToLower(t), listFooterWords) {
			return true
		}
	}
	// A rule as wide as the line over it underlines a heading, of
	// underscores as of dashes: what is under it is the answer.
	if i > 0 && plain[i-1] != "" && sameWidth(plain[i-1], t) {
		return false
	}
	return noticeUnder(plain, kinds, i)
}

// noticeUnder reports a notice in the paragraph under the rule at line i,
// past a blank line or two, that a server writes (servesNotice), with
// nothing but notices, paragraphs on the mail, rules and the line asking
// not to print under it up to the end or the history: a server writes
// its notice last. Words under it are the owner's, and the rule and
// notice over them the owner's too, as an example of one: "Something
// like this:" over a notice framed by two rules, then "Keep it short."
func noticeUnder(plain []string, kinds []lineKind, i int) bool {
	k := i + 1
	for k < len(plain) && k <= i+2 && plain[k] == "" {
		k++
	}
	notices, paras := 0, 0
	for k < len(plain) {
		if kinds[k] == kindBlank || isRule(plain[k]) && notices > 0 {
			k++
			continue
		}
		if kinds[k] == kindQuote || startsHistory(plain, k) {
			break
		}
		if n, a := attributionLines(plain, k); n > 0 && (a == strongAttribution || quoteFollows(kinds, k+n)) {
			break
		}
		if paras++; paras > maxNoticeParas {
			return false
		}
		var para []string
		size := 0
		for ; k < len(plain) && kinds[k] != kindBlank && kinds[k] != kindQuote; k++ {
			if size += len(plain[k]) + 1; size > 2000 {
				return false
			}
			para = append(para, plain[k])
		}
		if notices > 0 && len(para) == 1 && isPrintNote(para[0]) {
			continue // "Please consider the environment before printing"
		}
		// Under the first notice, a paragraph on this mail is the
		// footer's too: "We monitor email ... The information in this
		// e-mail may not be disclosed".
		p := strings.Join(para, " ")
		if notices == 0 && !(isNotice(p) && servesNotice(p)) || !isNotice(p) && !servesNotice(p) {
			return false
		}
		notices++
	}
	return notices > 0
}

// maxNoticeParas is the most paragraphs read under a rule for a notice:
// a server's runs to a few, in a language or two.
const maxNoticeParas = 8

// servesNotice reports a notice as a server writes it under a rule: it
// names the mail it stands under ("This e-mail is confidential"), or it
// is a data-protection clause. The owner's own words under a rule that
// ends a part of the answer speak of the reader's mail: "Your message
// stays confidential with me; if you sent it in error, just say so."
func servesNotice(para string) bool {
	p := strings.ToLower(para)
	return containsAny(p, noticeThisMail) || isPrivacyNotice(p)
}

// opensListFooter reports a line that starts as list footers do.
func opensListFooter(t string) bool {
	t = strings.ToLower(t)
	return strings.HasPrefix(t, "to unsubscribe") || strings.HasPrefix(t, "you received this")
}

// groupRecipient reports a "To" field addressed to a group of readers,
// "To: the beginners", "To: all runners": a client writes the names of
// the recipients there. headerFieldOf takes "the beginners" for no
// recipient, so the label is read here.
func groupRecipient(t string) bool {
	name, value, ok := splitField(t)
	if !ok || !toLabels[strings.ToLower(strings.TrimSpace(name))] {
		return false
	}
	w, _, _ := strings.Cut(strings.TrimSpace(value), " ")
	return groupWords[strings.ToLower(w)]
}

// toLabels name the recipients' field.
var toLabels = map[string]bool{"to": true, "an": true, "aan": true, "à": true, "a": true, "para": true, "till": true, "til": true}

// groupWords open the name of a group rather than a person's.
var groupWords = map[string]bool{"the": true, "all": true, "our": true, "my": true, "every": true, "everyone": true,
	"everybody": true, "alle": true, "die": true, "tous": true}

// replyMarkerRe is what a help desk or forum writes at the top of its
// notification for the reply to go above, once its framing is taken off:
// "##- Please type your reply above this line -##", "-- REPLY ABOVE THIS
// LINE --", "=-=-= To answer by email, write above this line =-=-=".
var replyMarkerRe = regexp.MustCompile(`^(please )?(type |write |add |enter )?(your )?(reply|response|answer)( by e-?mail)? above this line\b|` +
	`^to (answer|reply|respond)( by e-?mail)?,? (please )?(write|reply|type|respond) above this line\b`)

// aboveThisLine is "above this line" in the languages services write
// their reply markers in.
var aboveThisLine = []string{"oberhalb dieser zeile", "über dieser zeile", "au-dessus de cette ligne",
	"encima de esta línea", "por encima de esta línea", "sopra questa riga", "sopra questa linea", "boven deze regel",
	"boven deze lijn", "acima desta linha", "ovanför denna rad", "ovanför den här raden", "over denne linje",
	"over denne linjen", "powyżej tej linii", "nad tímto řádkem", "nad touto čarou", "выше этой строки",
	"выше этой линии", "この行より上", "此行以上", "在此行上方", "此行上方"}

// isReplyMarker reports the marker line of a notification the owner
// answers without quoting it: what is under it is the notification's,
// however the client marked it. A service frames its marker or writes it
// in capitals; the owner's "Reply above this line in the form." is advice.
func isReplyMarker(t string) bool {
	if len(t) > 120 {
		return false
	}
	bare := strings.Trim(t, "#-=*_~[]() \t.")
	framed := bare != strings.Trim(t, " \t.")
	lower := strings.ToLower(bare)
	if !strings.Contains(lower, "above this line") {
		// In other languages a framed line only: "## Bitte gib deine
		// Antwort oberhalb dieser Zeile ein. ##".
		return framed && containsAny(lower, aboveThisLine)
	}
	if !framed && !strings.Contains(t, "ABOVE THIS LINE") {
		return false
	}
	return replyMarkerRe.MatchString(lower)
}
