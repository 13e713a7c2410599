package main

func topicsPL() []topic {
	return []topic{{
		subject:  "Kadencja 156",
		asker:    person{"Katarzyna Nowak", "katarzyna.nowak@example.pl"},
		question: lines("Dzień dobry,", "", "moja kadencja to 156 kroków na minutę.", "Czy powinnam ją zwiększyć do 180?", "", "Pozdrawiam,", "Katarzyna Nowak"),
		answer: lines("Dzień dobry,", "", "Nie trzeba. Jeśli chce Pani coś zmienić, proszę zwiększyć kadencję najwyżej o 5 procent.", "",
			"Pozdrawiam serdecznie,", "Maren Holt"),
		inline: []pair{p("moja kadencja to 156 kroków na minutę.", "To normalna kadencja przy spokojnym biegu."),
			p("Czy powinnam ją zwiększyć do 180?", "Nie, najwyżej o 5 procent.")},
		short: "Nie trzeba, najwyżej o 5 procent.",
	}, {
		subject:  "Ile biegać przed maratonem?",
		asker:    person{"Piotr Wiśniewski", "piotr.wisniewski@example.pl"},
		question: lines("Cześć Maren,", "", "za dwa tygodnie biegnę maraton w Warszawie.", "Ile powinienem teraz biegać?", "", "Piotr"),
		answer: lines("Cześć Piotr,", "", "W tym tygodniu około dwóch trzecich zwykłego kilometrażu, w ostatnim tygodniu połowę.", "",
			"Powodzenia!", "Maren"),
		inline: []pair{p("za dwa tygodnie biegnę maraton w Warszawie.", "To czas na zmniejszenie objętości."),
			p("Ile powinienem teraz biegać?", "Około dwóch trzecich zwykłego kilometrażu.")},
		short: "Około dwóch trzecich zwykłego kilometrażu, potem połowę.",
	}, {
		subject:  "Kolka przy każdym biegu",
		asker:    person{"Agnieszka Kowalczyk", "aga.kowalczyk@example.pl"},
		question: lines("Cześć,", "", "prawie na każdym biegu łapie mnie kolka.", "Co mogę z tym zrobić?", "", "Dzięki,", "Agnieszka"),
		answer:   lines("Cześć Agnieszka,", "", "Nie jedz nic ciężkiego dwie godziny przed biegiem i zaczynaj wolniej.", "", "Pozdrawiam,", "Maren"),
		inline: []pair{p("prawie na każdym biegu łapie mnie kolka.", "To częste i zwykle niegroźne."),
			p("Co mogę z tym zrobić?", "Lżej jeść przed biegiem i zaczynać wolniej.")},
		short: "Lżej jeść przed biegiem i zaczynać wolniej.",
	}}
}

func topicsRU() []topic {
	return []topic{{
		subject:  "Пульсовые зоны для лёгкого бега",
		asker:    person{"Анна Смирнова", "anna.smirnova@example.ru"},
		question: lines("Здравствуйте!", "", "Мой максимальный пульс 190, пульс покоя 58.", "В какой зоне бегать лёгкие тренировки?", "", "Спасибо,", "Анна"),
		answer: lines("Здравствуйте, Анна!", "", "Лёгкий бег — примерно 137–157 ударов в минуту, это 60–75 % резерва пульса.", "",
			"Главный признак: вы можете говорить полными фразами.", "", "С уважением,", "Марен"),
		inline: []pair{p("Мой максимальный пульс 190, пульс покоя 58.", "Хорошие данные для расчёта."),
			p("В какой зоне бегать лёгкие тренировки?", "Примерно 137–157 ударов в минуту.")},
		short: "Примерно 137–157 ударов в минуту.",
	}, {
		subject:  "Болят голени",
		asker:    person{"Дмитрий Иванов", "d.ivanov@example.ru"},
		question: lines("Привет!", "", "После пробежек болят голени спереди.", "Нужно прекращать бегать?", "", "Дмитрий"),
		answer: lines("Привет, Дмитрий!", "", "Не обязательно. Сократите бег до трёх раз в неделю по мягкому покрытию на две недели.", "",
			"Если болит при ходьбе, покажитесь врачу.", "", "Удачи,", "Марен"),
		inline: []pair{p("После пробежек болят голени спереди.", "Похоже на перегрузку надкостницы."),
			p("Нужно прекращать бегать?", "Не обязательно, три раза в неделю по мягкому покрытию.")},
		short: "Не обязательно: три раза в неделю по мягкому покрытию.",
	}, {
		subject:  "Подводка к первому марафону",
		asker:    person{"Ольга Кузнецова", "olga.kuznetsova@example.ru"},
		question: lines("Добрый день!", "", "Через три недели мой первый марафон.", "Когда начинать снижать объём?", "", "С уважением,", "Ольга"),
		answer: lines("Добрый день, Ольга!", "", "Прямо сейчас: минус треть объёма на этой неделе, минус половина в последнюю.", "",
			"Одну короткую темповую тренировку оставьте.", "", "С уважением,", "Марен"),
		inline: []pair{p("Через три недели мой первый марафон.", "Поздравляю, осталось немного."),
			p("Когда начинать снижать объём?", "Прямо сейчас, на треть.")},
		short: "Прямо сейчас: минус треть, в последнюю неделю минус половина.",
	}, {
		subject:  "Каденс 160",
		asker:    person{"Сергей Попов", "sergey.popov@example.ru"},
		question: lines("Здравствуйте,", "", "у меня каденс 160 шагов в минуту.", "Надо ли доводить до 180?", "", "Сергей"),
		answer:   lines("Здравствуйте, Сергей!", "", "Не надо. Если хотите, увеличивайте не больше чем на 5 %.", "", "Всего доброго,", "Марен"),
		inline: []pair{p("у меня каденс 160 шагов в минуту.", "Это нормально для лёгкого бега."),
			p("Надо ли доводить до 180?", "Нет, максимум плюс 5 %.")},
		short: "Не надо, максимум плюс 5 %.",
	}, {
		subject:  "Бег в мороз",
		asker:    person{"Мария Волкова", "masha.volkova@example.ru"},
		question: lines("Привет, Марен!", "", "Можно ли бегать при минус 20?", "У меня начинает болеть горло.", "", "Маша"),
		answer: lines("Привет, Маша!", "", "Можно, но коротко и спокойно. Закройте рот и нос бафом и дышите через него.", "",
			"Интервалы в такой мороз лучше перенести в манеж.", "", "Обнимаю,", "Марен"),
		inline: []pair{p("Можно ли бегать при минус 20?", "Можно, но коротко и спокойно."),
			p("У меня начинает болеть горло.", "Закройте рот и нос бафом.")},
		short: "Можно, но коротко, спокойно и с бафом на лице.",
	}}
}

func topicsUK() []topic {
	return []topic{{
		subject:  "Пульс на легкій пробіжці",
		asker:    person{"Олена Шевченко", "olena.shevchenko@example.com.ua"},
		question: lines("Добрий день!", "", "Мій максимальний пульс 185.", "Який пульс має бути на легкій пробіжці?", "", "Дякую,", "Олена"),
		answer:   lines("Добрий день, Олено!", "", "Приблизно 130–150 ударів на хвилину. Ви маєте вільно розмовляти.", "", "З повагою,", "Марен"),
		inline: []pair{p("Мій максимальний пульс 185.", "Це гарна основа для розрахунку."),
			p("Який пульс має бути на легкій пробіжці?", "Приблизно 130–150 ударів на хвилину.")},
		short: "Приблизно 130–150 ударів на хвилину.",
	}, {
		subject:  "Розтяжка перед пробіжкою",
		asker:    person{"Андрій Коваленко", "andrii.kovalenko@example.com.ua"},
		question: lines("Привіт!", "", "Чи потрібно розтягуватися перед пробіжкою?", "Я зазвичай одразу починаю бігти.", "", "Андрій"),
		answer: lines("Привіт, Андрію!", "", "Перед пробіжкою краще динамічна розминка: 5 хвилин ходьби, махи ногами, кілька прискорень.", "",
			"Статичну розтяжку залиште на після тренування.", "", "Успіхів,", "Марен"),
		inline: []pair{p("Чи потрібно розтягуватися перед пробіжкою?", "Краще динамічна розминка."),
			p("Я зазвичай одразу починаю бігти.", "Почніть хоча б з 5 хвилин ходьби.")},
		short: "Краще динамічна розминка, розтяжку залиште на потім.",
	}}
}

func topicsCS() []topic {
	return []topic{{
		subject:  "Bolest holení",
		asker:    person{"Tereza Nováková", "tereza.novakova@example.cz"},
		question: lines("Dobrý den,", "", "po běhu mě bolí holeně.", "Mám přestat běhat?", "", "Děkuji,", "Tereza Nováková"),
		answer: lines("Dobrý den,", "", "Nemusíte úplně. Na dva týdny omezte běh na třikrát týdně a běhejte na měkkém povrchu.", "",
			"S pozdravem", "Maren Holt"),
		inline: []pair{p("po běhu mě bolí holeně.", "To je typické přetížení."),
			p("Mám přestat běhat?", "Úplně ne, jen třikrát týdně na měkkém povrchu.")},
		short: "Ne úplně: třikrát týdně na měkkém povrchu.",
	}, {
		subject:  "Kadence 164",
		asker:    person{"Jakub Dvořák", "jakub.dvorak@example.cz"},
		question: lines("Ahoj Maren,", "", "moje kadence je 164 kroků za minutu.", "Je to málo?", "", "Jakub"),
		answer:   lines("Ahoj Jakube,", "", "Není. Pokud ji chceš zvýšit, tak maximálně o 5 procent.", "", "Měj se,", "Maren"),
		inline: []pair{p("moje kadence je 164 kroků za minutu.", "To je při klidném běhu normální."),
			p("Je to málo?", "Není, nanejvýš přidej 5 procent.")},
		short: "Není, nanejvýš přidej 5 procent.",
	}}
}

func topicsTR() []topic {
	return []topic{{
		subject:  "Maraton öncesi son haftalar",
		asker:    person{"Elif Yılmaz", "elif.yilmaz@example.com.tr"},
		question: lines("Merhaba,", "", "iki hafta sonra İstanbul Maratonu'nu koşacağım.", "Bu hafta ne kadar koşmalıyım?", "", "Teşekkürler,", "Elif"),
		answer:   lines("Merhaba Elif,", "", "Bu hafta normal hacminin üçte ikisi, son hafta yarısı kadar koş.", "", "Başarılar,", "Maren"),
		inline: []pair{p("iki hafta sonra İstanbul Maratonu'nu koşacağım.", "Harika, artık yükü azaltma zamanı."),
			p("Bu hafta ne kadar koşmalıyım?", "Normal hacminin üçte ikisi kadar.")},
		short: "Normal hacminin üçte ikisi, son hafta yarısı.",
	}, {
		subject:  "Kolay koşuda nabız",
		asker:    person{"Emre Demir", "emre.demir@example.com.tr"},
		question: lines("Merhaba Maren,", "", "maksimum nabzım 187.", "Kolay koşularda nabzım kaç olmalı?", "", "Emre"),
		answer:   lines("Merhaba Emre,", "", "Yaklaşık 130 ile 148 arası. Rahatça konuşabilmelisin.", "", "Sevgiler,", "Maren"),
		inline: []pair{p("maksimum nabzım 187.", "Güzel, hesaplamak için yeterli."),
			p("Kolay koşularda nabzım kaç olmalı?", "Yaklaşık 130 ile 148 arası.")},
		short: "Yaklaşık 130 ile 148 arası.",
	}}
}

func topicsJA() []topic {
	return []topic{{
		subject:  "テーパリングの時期",
		asker:    person{"佐藤 美咲", "misaki.sato@example.jp"},
		question: lines("マレンさん", "", "初めてのフルマラソンまであと3週間です。", "練習量はいつから減らせばいいですか？", "", "よろしくお願いします。", "佐藤"),
		answer: lines("佐藤さん", "", "今週から減らし始めましょう。今週は普段の3分の2、最後の週は半分くらいが目安です。", "",
			"短いペース走は1回残してください。", "", "マレン"),
		inline: []pair{p("初めてのフルマラソンまであと3週間です。", "いよいよですね。"),
			p("練習量はいつから減らせばいいですか？", "今週から、普段の3分の2にしてください。")},
		short: "今週から普段の3分の2、最後の週は半分です。",
	}, {
		subject:  "すねの痛み",
		asker:    person{"鈴木 健太", "kenta.suzuki@example.jp"},
		question: lines("こんにちは。", "", "走った後にすねが痛みます。", "休んだほうがいいでしょうか？", "", "鈴木健太"),
		answer: lines("鈴木さん", "", "1週間は走るのを休んで、自転車や水泳に切り替えてください。", "",
			"歩いても痛い場合は病院で診てもらいましょう。", "", "マレン"),
		inline: []pair{p("走った後にすねが痛みます。", "典型的な使いすぎの症状です。"),
			p("休んだほうがいいでしょうか？", "はい、1週間は休んでください。")},
		short: "はい、1週間は休んで自転車や水泳にしてください。",
	}}
}

func topicsZH() []topic {
	return []topic{{
		subject:  "轻松跑的心率",
		asker:    person{"王芳", "wangfang@example.cn"},
		question: lines("你好，", "", "我的最大心率是188。", "轻松跑应该保持在什么心率？", "", "谢谢！", "王芳"),
		answer:   lines("王芳你好，", "", "轻松跑的心率大约在130到150之间，跑的时候应该还能完整地说话。", "", "祝训练顺利！", "Maren"),
		inline: []pair{p("我的最大心率是188。", "这个数据可以用来计算区间。"),
			p("轻松跑应该保持在什么心率？", "大约130到150之间。")},
		short: "大约130到150之间。",
	}, {
		subject:  "步频要提高到180吗",
		asker:    person{"李伟", "liwei@example.cn"},
		question: lines("Maren你好，", "", "我的步频是每分钟160步。", "需要提高到180吗？", "", "李伟"),
		answer:   lines("李伟你好，", "", "不需要。如果想提高，每次最多增加5%。", "", "Maren"),
		inline: []pair{p("我的步频是每分钟160步。", "轻松跑时这个步频很正常。"),
			p("需要提高到180吗？", "不需要，最多增加5%。")},
		short: "不需要，最多增加5%。",
	}}
}

func topicsVI() []topic {
	return []topic{{
		subject:  "Nhịp tim khi chạy nhẹ",
		asker:    person{"Nguyễn Thu Hà", "thuha.nguyen@example.vn"},
		question: lines("Chào chị Maren,", "", "nhịp tim tối đa của em là 190.", "Chạy nhẹ thì nên giữ nhịp tim bao nhiêu ạ?", "", "Cảm ơn chị,", "Thu Hà"),
		answer:   lines("Chào Thu Hà,", "", "Khoảng 135 đến 150 nhịp mỗi phút. Em vẫn phải nói chuyện được khi chạy.", "", "Thân mến,", "Maren"),
		inline: []pair{p("nhịp tim tối đa của em là 190.", "Con số này đủ để tính các vùng."),
			p("Chạy nhẹ thì nên giữ nhịp tim bao nhiêu ạ?", "Khoảng 135 đến 150 nhịp mỗi phút.")},
		short: "Khoảng 135 đến 150 nhịp mỗi phút.",
	}, {
		subject:  "Đau ống chân sau khi chạy",
		asker:    person{"Trần Minh Tuấn", "tuan.tran@example.vn"},
		question: lines("Chào chị,", "", "em bị đau ống chân sau khi chạy.", "Em có nên nghỉ không ạ?", "", "Tuấn"),
		answer: lines("Chào Tuấn,", "", "Em nên giảm xuống ba buổi mỗi tuần trong hai tuần và chạy trên nền mềm.", "",
			"Nếu đi bộ cũng đau thì hãy đi khám.", "", "Maren"),
		inline: []pair{p("em bị đau ống chân sau khi chạy.", "Đây là dấu hiệu tập quá sức."),
			p("Em có nên nghỉ không ạ?", "Giảm xuống ba buổi mỗi tuần trong hai tuần.")},
		short: "Giảm xuống ba buổi mỗi tuần trong hai tuần.",
	}}
}

// topicsFor returns the topics of a fixture language.
func topicsFor(lang string) []topic {
	f, ok := map[string]func() []topic{
		"en": topicsEN, "de": topicsDE, "fr": topicsFR, "es": topicsES, "it": topicsIT, "nl": topicsNL,
		"ptbr": topicsPTBR, "ptpt": topicsPTPT, "sv": topicsSV, "da": topicsDA, "no": topicsNO, "fi": topicsFI,
		"pl": topicsPL, "ru": topicsRU, "uk": topicsUK, "cs": topicsCS, "tr": topicsTR, "ja": topicsJA,
		"zh": topicsZH, "vi": topicsVI,
	}[lang]
	if !ok {
		panic("no topics for " + lang)
	}
	return f()
}

// commenterFor and commentFor give the held comment that approve and
// reject answer.
func commenterFor(lang string) string {
	if lang == "de" {
		return "Jan"
	}
	return "Ben"
}

func commentFor(lang string) []string {
	if lang == "de" {
		return lines("Hatte ich auch. Bei mir hat weniger Umfang geholfen.")
	}
	return lines("I had the same problem last year.", "Fewer runs and softer ground helped me too.")
}
