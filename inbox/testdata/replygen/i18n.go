package main

import (
	"time"
)

// hdrLabels are the field names of an Outlook-style header block, with
// the separator Outlook puts after them (" :" in French).
type hdrLabels struct {
	from, sent, to, cc, subject, date, colon string
	sentDate                                 string // fdate layout of the Sent: value
}

var outlookLabels = map[string]hdrLabels{
	"en":   {"From", "Sent", "To", "Cc", "Subject", "Date", ":", "{EEEE}, {MMMM} {d}, {yyyy} {h}:{mm} {a}"},
	"de":   {"Von", "Gesendet", "An", "Cc", "Betreff", "Datum", ":", "{EEEE}, {d}. {MMMM} {yyyy} {HH}:{mm}"},
	"fr":   {"De", "Envoyé", "À", "Cc", "Objet", "Date", " :", "{EEEE} {d} {MMMM} {yyyy} {HH}:{mm}"},
	"es":   {"De", "Enviado", "Para", "CC", "Asunto", "Fecha", ":", "{EEEE}, {d} de {MMMM} de {yyyy} {H}:{mm}"},
	"it":   {"Da", "Inviato", "A", "Cc", "Oggetto", "Data", ":", "{EEEE} {d} {MMMM} {yyyy} {HH}:{mm}"},
	"nl":   {"Van", "Verzonden", "Aan", "CC", "Onderwerp", "Datum", ":", "{EEEE} {d} {MMMM} {yyyy} {HH}:{mm}"},
	"ptbr": {"De", "Enviado", "Para", "Cc", "Assunto", "Data", ":", "{EEEE}, {d} de {MMMM} de {yyyy} {HH}:{mm}"},
	"ptpt": {"De", "Enviado", "Para", "Cc", "Assunto", "Data", ":", "{EEEE}, {d} de {MMMM} de {yyyy} {HH}:{mm}"},
	"sv":   {"Från", "Skickat", "Till", "Kopia", "Ämne", "Datum", ":", "den {d} {MMMM} {yyyy} {HH}:{mm}"},
	"da":   {"Fra", "Sendt", "Til", "Cc", "Emne", "Dato", ":", "{d}. {MMMM} {yyyy} {HH}:{mm}"},
	"no":   {"Fra", "Sendt", "Til", "Kopi", "Emne", "Dato", ":", "{EEEE} {d}. {MMMM} {yyyy} {HH}:{mm}"},
	"pl":   {"Od", "Wysłano", "Do", "DW", "Temat", "Data", ":", "{EEEE}, {d} {MMMMg} {yyyy} {HH}:{mm}"},
	"ru":   {"От", "Отправлено", "Кому", "Копия", "Тема", "Дата", ":", "{EEEE}, {d} {MMMMg} {yyyy} г. {H}:{mm}"},
	"uk":   {"Від", "Надіслано", "Кому", "Копія", "Тема", "Дата", ":", "{d} {MMMMg} {yyyy} р. {H}:{mm}"},
	"fi":   {"Lähettäjä", "Lähetetty", "Vastaanottaja", "Kopio", "Aihe", "Päivämäärä", ":", "{EEEE} {d}. {MMMMg} {yyyy} {H}.{mm}"},
	"cs":   {"Od", "Odesláno", "Komu", "Kopie", "Předmět", "Datum", ":", "{EEEE} {d}. {MMMMg} {yyyy} {H}:{mm}"},
	"tr":   {"Kimden", "Gönderildi", "Kime", "Bilgi", "Konu", "Tarih", ":", "{d} {MMMM} {yyyy} {EEEE} {HH}:{mm}"},
	"ja":   {"差出人", "送信日時", "宛先", "CC", "件名", "日付", ":", "{yyyy}年{M}月{d}日 {H}:{mm}"},
	"zh":   {"发件人", "发送时间", "收件人", "抄送", "主题", "日期", ":", "{yyyy}年{M}月{d}日 {H}:{mm}"},
	"vi":   {"Từ", "Đã gửi", "Đến", "Cc", "Chủ đề", "Ngày", ":", "{EEEE}, {d} {MMMM}, {yyyy} {H}:{mm}"},
}

func labels(lang string) hdrLabels {
	l, ok := outlookLabels[lang]
	if !ok {
		panic("no header labels for " + lang)
	}
	return l
}

// originalMessage is Outlook's "-----Original Message-----" line.
var originalMessage = map[string]string{
	"en": "Original Message", "de": "Ursprüngliche Nachricht", "fr": "Message d'origine", "es": "Mensaje original",
	"it": "Messaggio originale", "nl": "Oorspronkelijk bericht", "ptbr": "Mensagem original", "ptpt": "Mensagem original",
	"sv": "Ursprungligt meddelande", "da": "Oprindelig meddelelse", "no": "Opprinnelig melding", "pl": "Oryginalna wiadomość",
	"ru": "Исходное сообщение", "uk": "Початкове повідомлення", "fi": "Alkuperäinen viesti", "cs": "Původní zpráva",
	"tr": "Özgün İleti", "ja": "Original Message", "zh": "原始邮件", "vi": "Thư gốc",
}

// headerBlock writes an Outlook header block for the quoted mail: From,
// Sent, To, Subject with the language's labels. pre and post wrap each
// label (e.g. "*" for bold in plain text, "<b>" in HTML).
func headerBlock(lang string, h history, pre, post, sentLayout string) []string {
	l := labels(lang)
	if sentLayout == "" {
		sentLayout = l.sentDate
	}
	return []string{
		pre + l.from + l.colon + post + " " + h.from.String(),
		pre + l.sent + l.colon + post + " " + fdate(lang, sentLayout, h.date),
		pre + l.to + l.colon + post + " " + h.to.String(),
		pre + l.subject + l.colon + post + " " + h.subject,
	}
}

// reply prefixes Outlook puts on subjects, by language.
var outlookRe = map[string]string{
	"en": "RE:", "de": "AW:", "fr": "RE :", "es": "RE:", "it": "R:", "nl": "RE:", "ptbr": "RE:", "ptpt": "RE:",
	"sv": "SV:", "da": "SV:", "no": "SV:", "pl": "RE:", "ru": "RE:", "uk": "RE:", "fi": "VS:", "cs": "RE:",
	"tr": "YNT:", "ja": "RE:", "zh": "答复:", "vi": "RE:",
}

// summer reports whether the date falls in European summer time.
func summer(t time.Time) bool { return t.Month() >= time.April && t.Month() <= time.October }
