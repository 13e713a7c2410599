package main

import (
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// locale holds the calendar words a client prints in one language. Lists
// start on Sunday and January.
type locale struct {
	wd, wdA        []string // weekday: full, abbreviated
	mon, monG      []string // month: full, full in the genitive (same as mon where none)
	monA           []string // month abbreviated
	am, pm         string
	ordinalEnglish bool
}

var locales = map[string]locale{
	"en": {
		wd:   words("Sunday Monday Tuesday Wednesday Thursday Friday Saturday"),
		wdA:  words("Sun Mon Tue Wed Thu Fri Sat"),
		mon:  words("January February March April May June July August September October November December"),
		monA: words("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"),
		am:   "AM", pm: "PM", ordinalEnglish: true,
	},
	"de": {
		wd:   words("Sonntag Montag Dienstag Mittwoch Donnerstag Freitag Samstag"),
		wdA:  words("So. Mo. Di. Mi. Do. Fr. Sa."),
		mon:  words("Januar Februar März April Mai Juni Juli August September Oktober November Dezember"),
		monA: words("Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez."),
	},
	"fr": {
		wd:   words("dimanche lundi mardi mercredi jeudi vendredi samedi"),
		wdA:  words("dim. lun. mar. mer. jeu. ven. sam."),
		mon:  words("janvier février mars avril mai juin juillet août septembre octobre novembre décembre"),
		monA: words("janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc."),
	},
	"es": {
		wd:   words("domingo lunes martes miércoles jueves viernes sábado"),
		wdA:  words("dom lun mar mié jue vie sáb"),
		mon:  words("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"),
		monA: words("ene feb mar abr may jun jul ago sept oct nov dic"),
	},
	"it": {
		wd:   words("domenica lunedì martedì mercoledì giovedì venerdì sabato"),
		wdA:  words("dom lun mar mer gio ven sab"),
		mon:  words("gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre"),
		monA: words("gen feb mar apr mag giu lug ago set ott nov dic"),
	},
	"nl": {
		wd:   words("zondag maandag dinsdag woensdag donderdag vrijdag zaterdag"),
		wdA:  words("zo ma di wo do vr za"),
		mon:  words("januari februari maart april mei juni juli augustus september oktober november december"),
		monA: words("jan feb mrt apr mei jun jul aug sep okt nov dec"),
	},
	"pt": {
		wd:   words("domingo segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado"),
		wdA:  words("dom. seg. ter. qua. qui. sex. sáb."),
		mon:  words("janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro"),
		monA: words("jan. fev. mar. abr. mai. jun. jul. ago. set. out. nov. dez."),
	},
	"sv": {
		wd:   words("söndag måndag tisdag onsdag torsdag fredag lördag"),
		wdA:  words("sön mån tis ons tors fre lör"),
		mon:  words("januari februari mars april maj juni juli augusti september oktober november december"),
		monA: words("jan. feb. mars apr. maj juni juli aug. sep. okt. nov. dec."),
	},
	"da": {
		wd:   words("søndag mandag tirsdag onsdag torsdag fredag lørdag"),
		wdA:  words("søn. man. tirs. ons. tors. fre. lør."),
		mon:  words("januar februar marts april maj juni juli august september oktober november december"),
		monA: words("jan. feb. mar. apr. maj jun. jul. aug. sep. okt. nov. dec."),
	},
	"no": {
		wd:   words("søndag mandag tirsdag onsdag torsdag fredag lørdag"),
		wdA:  words("søn. man. tir. ons. tor. fre. lør."),
		mon:  words("januar februar mars april mai juni juli august september oktober november desember"),
		monA: words("jan. feb. mar. apr. mai jun. jul. aug. sep. okt. nov. des."),
	},
	"pl": {
		wd:   words("niedziela poniedziałek wtorek środa czwartek piątek sobota"),
		wdA:  words("niedz. pon. wt. śr. czw. pt. sob."),
		mon:  words("styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień"),
		monG: words("stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia"),
		monA: words("sty lut mar kwi maj cze lip sie wrz paź lis gru"),
	},
	"ru": {
		wd:   words("воскресенье понедельник вторник среда четверг пятница суббота"),
		wdA:  words("вс пн вт ср чт пт сб"),
		mon:  words("январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь"),
		monG: words("января февраля марта апреля мая июня июля августа сентября октября ноября декабря"),
		monA: words("янв. февр. мар. апр. мая июн. июл. авг. сент. окт. нояб. дек."),
	},
	"uk": {
		wd:   words("неділя понеділок вівторок середа четвер пʼятниця субота"),
		wdA:  words("нд пн вт ср чт пт сб"),
		mon:  words("січень лютий березень квітень травень червень липень серпень вересень жовтень листопад грудень"),
		monG: words("січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня"),
		monA: words("січ. лют. бер. квіт. трав. черв. лип. серп. вер. жовт. лист. груд."),
	},
	"fi": {
		wd:   words("sunnuntai maanantai tiistai keskiviikko torstai perjantai lauantai"),
		wdA:  words("su ma ti ke to pe la"),
		mon:  words("tammikuu helmikuu maaliskuu huhtikuu toukokuu kesäkuu heinäkuu elokuu syyskuu lokakuu marraskuu joulukuu"),
		monG: words("tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta"),
		monA: words("tammik. helmik. maalisk. huhtik. toukok. kesäk. heinäk. elok. syysk. lokak. marrask. jouluk."),
	},
	"cs": {
		wd:   words("neděle pondělí úterý středa čtvrtek pátek sobota"),
		wdA:  words("ne po út st čt pá so"),
		mon:  words("leden únor březen duben květen červen červenec srpen září říjen listopad prosinec"),
		monG: words("ledna února března dubna května června července srpna září října listopadu prosince"),
		monA: words("led úno bře dub kvě čvn čvc srp zář říj lis pro"),
	},
	"tr": {
		wd:   words("Pazar Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi"),
		wdA:  words("Paz Pzt Sal Çar Per Cum Cmt"),
		mon:  words("Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık"),
		monA: words("Oca Şub Mar Nis May Haz Tem Ağu Eyl Eki Kas Ara"),
	},
	"ja": {
		wd:   words("日曜日 月曜日 火曜日 水曜日 木曜日 金曜日 土曜日"),
		wdA:  words("日 月 火 水 木 金 土"),
		mon:  words("1月 2月 3月 4月 5月 6月 7月 8月 9月 10月 11月 12月"),
		monA: words("1月 2月 3月 4月 5月 6月 7月 8月 9月 10月 11月 12月"),
		am:   "午前", pm: "午後",
	},
	"zh": {
		wd:   words("星期日 星期一 星期二 星期三 星期四 星期五 星期六"),
		wdA:  words("周日 周一 周二 周三 周四 周五 周六"),
		mon:  words("一月 二月 三月 四月 五月 六月 七月 八月 九月 十月 十一月 十二月"),
		monA: words("1月 2月 3月 4月 5月 6月 7月 8月 9月 10月 11月 12月"),
		am:   "上午", pm: "下午",
	},
	"vi": {
		wd:   []string{"Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"},
		wdA:  []string{"CN", "Th 2", "Th 3", "Th 4", "Th 5", "Th 6", "Th 7"},
		mon:  []string{"tháng 1", "tháng 2", "tháng 3", "tháng 4", "tháng 5", "tháng 6", "tháng 7", "tháng 8", "tháng 9", "tháng 10", "tháng 11", "tháng 12"},
		monA: []string{"thg 1", "thg 2", "thg 3", "thg 4", "thg 5", "thg 6", "thg 7", "thg 8", "thg 9", "thg 10", "thg 11", "thg 12"},
		am:   "SA", pm: "CH",
	},
}

func words(s string) []string { return strings.Fields(s) }

// loc returns the calendar of a fixture language; pt-BR and pt-PT share one.
func loc(lang string) locale {
	if strings.HasPrefix(lang, "pt") {
		lang = "pt"
	}
	l, ok := locales[lang]
	if !ok {
		panic("no locale " + lang)
	}
	if l.monG == nil {
		l.monG = l.mon
	}
	if l.am == "" {
		l.am, l.pm = "AM", "PM"
	}
	return l
}

// fdate formats t with brace tokens: {EEEE} {EEE} weekday full/short,
// {MMMM} {MMMMg} {MMM} {MM} {M} month, {dd} {d} {o} (English ordinal
// suffix), {yyyy} {yy}, {HH} {H} {hh} {h} {mm} {ss} {a}, {Z} +0200,
// {ZZ} +02:00, {z} zone name. A trailing ^ capitalises the word.
func fdate(lang, layout string, t time.Time) string {
	l := loc(lang)
	var b strings.Builder
	for {
		i := strings.IndexByte(layout, '{')
		if i < 0 {
			b.WriteString(layout)
			return b.String()
		}
		j := strings.IndexByte(layout[i:], '}')
		b.WriteString(layout[:i])
		b.WriteString(dateToken(l, layout[i+1:i+j], t))
		layout = layout[i+j+1:]
	}
}

func dateToken(l locale, tok string, t time.Time) string {
	capital := strings.HasSuffix(tok, "^")
	tok = strings.TrimSuffix(tok, "^")
	h12 := t.Hour() % 12
	if h12 == 0 {
		h12 = 12
	}
	ampm := l.am
	if t.Hour() >= 12 {
		ampm = l.pm
	}
	m := int(t.Month()) - 1
	v, ok := map[string]string{
		"EEEE": l.wd[t.Weekday()], "EEE": l.wdA[t.Weekday()],
		"MMMM": l.mon[m], "MMMMg": l.monG[m], "MMM": l.monA[m],
		"MM": fmt.Sprintf("%02d", m+1), "M": fmt.Sprint(m + 1),
		"dd": fmt.Sprintf("%02d", t.Day()), "d": fmt.Sprint(t.Day()), "o": ordinal(t.Day()),
		"yyyy": fmt.Sprint(t.Year()), "yy": fmt.Sprintf("%02d", t.Year()%100),
		"HH": fmt.Sprintf("%02d", t.Hour()), "H": fmt.Sprint(t.Hour()),
		"hh": fmt.Sprintf("%02d", h12), "h": fmt.Sprint(h12),
		"mm": fmt.Sprintf("%02d", t.Minute()), "ss": fmt.Sprintf("%02d", t.Second()),
		"a": ampm, "Z": t.Format("-0700"), "ZZ": t.Format("-07:00"), "z": t.Format("MST"),
	}[tok]
	if !ok {
		panic("unknown date token " + tok)
	}
	if capital {
		r, n := utf8.DecodeRuneInString(v)
		v = string(unicode.ToUpper(r)) + v[n:]
	}
	return v
}

func ordinal(d int) string {
	switch {
	case d%10 == 1 && d != 11:
		return "st"
	case d%10 == 2 && d != 12:
		return "nd"
	case d%10 == 3 && d != 13:
		return "rd"
	}
	return "th"
}

// zones gives each language a plausible home zone for the owner's client,
// summer and winter.
var zones = map[string][2]*time.Location{
	"en":   {time.FixedZone("GMT", 0), time.FixedZone("BST", 3600)},
	"de":   {time.FixedZone("CET", 3600), time.FixedZone("CEST", 7200)},
	"fr":   {time.FixedZone("CET", 3600), time.FixedZone("CEST", 7200)},
	"es":   {time.FixedZone("CET", 3600), time.FixedZone("CEST", 7200)},
	"it":   {time.FixedZone("CET", 3600), time.FixedZone("CEST", 7200)},
	"nl":   {time.FixedZone("CET", 3600), time.FixedZone("CEST", 7200)},
	"ptbr": {time.FixedZone("BRT", -3*3600), time.FixedZone("BRT", -3*3600)},
	"ptpt": {time.FixedZone("WET", 0), time.FixedZone("WEST", 3600)},
	"sv":   {time.FixedZone("CET", 3600), time.FixedZone("CEST", 7200)},
	"da":   {time.FixedZone("CET", 3600), time.FixedZone("CEST", 7200)},
	"no":   {time.FixedZone("CET", 3600), time.FixedZone("CEST", 7200)},
	"pl":   {time.FixedZone("CET", 3600), time.FixedZone("CEST", 7200)},
	"cs":   {time.FixedZone("CET", 3600), time.FixedZone("CEST", 7200)},
	"ru":   {time.FixedZone("MSK", 3*3600), time.FixedZone("MSK", 3*3600)},
	"uk":   {time.FixedZone("EET", 2*3600), time.FixedZone("EEST", 3*3600)},
	"fi":   {time.FixedZone("EET", 2*3600), time.FixedZone("EEST", 3*3600)},
	"tr":   {time.FixedZone("TRT", 3*3600), time.FixedZone("TRT", 3*3600)},
	"ja":   {time.FixedZone("JST", 9*3600), time.FixedZone("JST", 9*3600)},
	"zh":   {time.FixedZone("CST", 8*3600), time.FixedZone("CST", 8*3600)},
	"vi":   {time.FixedZone("ICT", 7*3600), time.FixedZone("ICT", 7*3600)},
}

// zoneFor picks the zone in force on a date (summer time April to October).
func zoneFor(lang string, t time.Time) *time.Location {
	z, ok := zones[lang]
	if !ok {
		panic("no zone for " + lang)
	}
	if t.Month() >= time.April && t.Month() <= time.October {
		return z[1]
	}
	return z[0]
}

// gmtOffset writes an offset as "GMT+01:00" / "GMT+1" styles.
func gmtOffset(t time.Time, long bool) string {
	_, off := t.Zone()
	sign := "+"
	if off < 0 {
		sign, off = "-", -off
	}
	if long {
		return fmt.Sprintf("GMT%s%02d:%02d", sign, off/3600, off%3600/60)
	}
	if off%3600 != 0 {
		return fmt.Sprintf("GMT%s%d:%02d", sign, off/3600, off%3600/60)
	}
	return fmt.Sprintf("GMT%s%d", sign, off/3600)
}
