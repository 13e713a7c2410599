package inbox

import "testing"

// TestTrimReplySignaturesInOtherScripts reads an owner's signature with no
// "-- " over it in scripts without capital letters, or labelled in words
// other than Latin: a name, a title and two phone numbers, under a closing
// or not. The signature goes as its English twin does; a closing and the
// name under it stay. Phone labels are read in their own script and digits
// in any script's.
func TestTrimReplySignaturesInOtherScripts(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"arabic under a closing",
			"نعم، يمكنك تقليم الأشجار في أواخر الشتاء.\n\nمع التحية،\nسارة أحمد\nمستشارة حدائق\nهاتف: +966 11 234 5678\nجوال: +966 55 123 4567",
			"نعم، يمكنك تقليم الأشجار في أواخر الشتاء.\n\nمع التحية،\nسارة أحمد"},
		{"arabic with no closing",
			"نعم، يمكنك تقليم الأشجار في أواخر الشتاء.\n\nسارة أحمد\nمستشارة حدائق\nهاتف: +966 11 234 5678\nجوال: +966 55 123 4567",
			"نعم، يمكنك تقليم الأشجار في أواخر الشتاء."},
		{"arabic in arabic-indic digits",
			"يرجى الجري ببطء.\n\nأحمد علي\nمدرب الجري\nهاتف: ٠١٢٣٤٥٦٧٨٩\nجوال: ٠٥٥٥١٢٣٤٥٦",
			"يرجى الجري ببطء."},
		{"persian in persian digits with a mail address",
			"بله، می‌توانید درختان را در اواخر زمستان هرس کنید.\n\nبا احترام،\nسارا احمدی\nمشاور باغبانی\nتلفن: ۰۲۱-۱۲۳۴۵۶۷۸\nایمیل: sara@example.com",
			"بله، می‌توانید درختان را در اواخر زمستان هرس کنید.\n\nبا احترام،\nسارا احمدی"},
		{"urdu",
			"ہاں، آپ سردیوں کے آخر میں کٹائی کر سکتے ہیں۔\n\nشکریہ،\nسارہ خان\nباغبانی مشیر\nفون: +92 21 1234567\nموبائل: +92 300 1234567",
			"ہاں، آپ سردیوں کے آخر میں کٹائی کر سکتے ہیں۔\n\nشکریہ،\nسارہ خان"},
		// Devanagari writes most vowels as marks on the letters: the
		// name and the title are words of letters and marks.
		{"hindi with one phone under a closing",
			"हाँ, आप देर सर्दियों में पेड़ों की छंटाई कर सकते हैं।\n\nधन्यवाद,\nसारा शर्मा\nबागवानी सलाहकार\nफ़ोन: +91 98765 43210",
			"हाँ, आप देर सर्दियों में पेड़ों की छंटाई कर सकते हैं।\n\nधन्यवाद,\nसारा शर्मा"},
		{"hindi in devanagari digits",
			"कृपया धीरे दौड़ें।\n\nराहुल शर्मा\nकोच\nफ़ोन: +९१ ९८७६५ ४३२१०\nमोबाइल: +९१ ९१२३४ ५६७८९",
			"कृपया धीरे दौड़ें।"},
		{"tamil",
			"ஆம், குளிர்காலத்தின் இறுதியில் கத்தரிக்கலாம்.\n\nநன்றி,\nசாரா குமார்\nதோட்ட ஆலோசகர்\nதொலைபேசி: +91 44 1234 5678\nகைபேசி: +91 98765 43210",
			"ஆம், குளிர்காலத்தின் இறுதியில் கத்தரிக்கலாம்.\n\nநன்றி,\nசாரா குமார்"},
		{"gujarati",
			"હા, શિયાળાના અંતે કાપણી કરી શકો છો.\n\nઆભાર\nસારા પટેલ\nબાગકામ સલાહકાર\nફોન: +91 79 1234 5678\nમોબાઇલ: +91 98765 43210",
			"હા, શિયાળાના અંતે કાપણી કરી શકો છો.\n\nઆભાર\nસારા પટેલ"},
		{"bengali",
			"হ্যাঁ, শীতের শেষে গাছ ছাঁটাই করতে পারেন।\n\nধন্যবাদান্তে,\nসারা রহমান\nবাগান পরামর্শদাতা\nফোন: +880 2 1234567\nমোবাইল: +880 1711 123456",
			"হ্যাঁ, শীতের শেষে গাছ ছাঁটাই করতে পারেন।\n\nধন্যবাদান্তে,\nসারা রহমান"},
		{"russian with a title in lower case",
			"Да, обрезать деревья можно в конце зимы.\n\nС уважением,\nМария Иванова\nконсультант по садоводству\nТел.: +7 495 123-45-67\nМоб.: +7 916 123-45-67",
			"Да, обрезать деревья можно в конце зимы.\n\nС уважением,\nМария Иванова"},
		{"chinese",
			"是的，您可以在冬末发芽之前修剪树木。\n\n此致\n王小明\n园艺顾问\n电话：+86 10 1234 5678\n手机：+86 138 1234 5678",
			"是的，您可以在冬末发芽之前修剪树木。\n\n此致\n王小明"},
		{"japanese",
			"はい、芽が出る前の冬の終わりに剪定できます。\n\nよろしくお願いします。\n田中 太郎\n園芸アドバイザー\n電話：03-1234-5678\n携帯：090-1234-5678",
			"はい、芽が出る前の冬の終わりに剪定できます。\n\nよろしくお願いします。\n田中 太郎"},
		{"korean",
			"네, 싹이 나기 전 늦겨울에 가지치기를 하시면 됩니다.\n\n감사합니다.\n김민수\n원예 상담사\n전화: 02-123-4567\n휴대폰: 010-1234-5678",
			"네, 싹이 나기 전 늦겨울에 가지치기를 하시면 됩니다.\n\n감사합니다.\n김민수"},
		{"hebrew",
			"כן, אפשר לגזום עצים בסוף החורף.\n\nבברכה,\nשרה כהן\nיועצת גינון\nטלפון: 03-1234567\nנייד: 050-1234567",
			"כן, אפשר לגזום עצים בסוף החורף.\n\nבברכה,\nשרה כהן"},
		{"thai",
			"ใช่ คุณสามารถตัดแต่งกิ่งไม้ได้ในช่วงปลายฤดูหนาว\n\nขอแสดงความนับถือ\nสมชาย ใจดี\nที่ปรึกษาด้านสวน\nโทร: 02-123-4567\nมือถือ: 081-234-5678",
			"ใช่ คุณสามารถตัดแต่งกิ่งไม้ได้ในช่วงปลายฤดูหนาว\n\nขอแสดงความนับถือ\nสมชาย ใจดี"},
		{"thai with no closing",
			"ใช่ ตัดแต่งกิ่งได้ในช่วงปลายฤดูหนาว\n\nสมชาย ใจดี\nที่ปรึกษาด้านสวน\nโทร: 02-123-4567\nมือถือ: 081-234-5678",
			"ใช่ ตัดแต่งกิ่งได้ในช่วงปลายฤดูหนาว"},
		// Polish, Czech, Russian and the Nordic languages write a title
		// in lower case.
		{"polish title in lower case with no closing",
			"Tak, przytnij drzewo późną zimą.\n\nJan Kowalski\nkierownik działu ogrodniczego\ntel. 22 123 45 67\nkom. 600 100 200",
			"Tak, przytnij drzewo późną zimą."},
		{"norwegian title in lower case under a closing",
			"Ja, du kan beskjære trærne sent på vinteren.\n\nMed vennlig hilsen\nKari Nordmann\nrådgiver\nTlf: 22 12 34 56\nMob: 912 34 567",
			"Ja, du kan beskjære trærne sent på vinteren.\n\nMed vennlig hilsen\nKari Nordmann"},
		{"russian title in lower case with no closing",
			"Да, обрезать можно в конце зимы.\n\nМария Иванова\nконсультант по садоводству\nТел.: +7 495 123-45-67\nМоб.: +7 916 123-45-67",
			"Да, обрезать можно в конце зимы."},
		{"vietnamese",
			"Vâng, bạn có thể tỉa cây vào cuối mùa đông.\n\nTrân trọng,\nNguyễn Văn An\nChuyên viên tư vấn\nĐT: 024 1234 5678\nDĐ: 0912 345 678",
			"Vâng, bạn có thể tỉa cây vào cuối mùa đông.\n\nTrân trọng,\nNguyễn Văn An"},
		{"french labels spaced from their colon",
			"Oui, vous pouvez tailler en fin d'hiver.\n\nCordialement,\nMarie Dupont\nchargée de clientèle\nTél : 01 23 45 67 89\nPort : 06 12 34 56 78",
			"Oui, vous pouvez tailler en fin d'hiver.\n\nCordialement,\nMarie Dupont"},
		{"hungarian closing with its colon",
			"Igen, a fák metszése tél végén ajánlott.\n\nÜdvözlettel:\nKovács Anna\nügyfélszolgálati munkatárs\nTel.: +36 1 234 5678\nMobil: +36 30 123 4567",
			"Igen, a fák metszése tél végén ajánlott.\n\nÜdvözlettel:\nKovács Anna"},
		{"turkish mobile label",
			"Evet, ağaçları kış sonunda budayabilirsiniz.\n\nİyi çalışmalar,\nAyşe Yılmaz\nsatış müdürü\nTel: +90 212 123 45 67\nCep: +90 532 123 45 67",
			"Evet, ağaçları kış sonunda budayabilirsiniz.\n\nİyi çalışmalar,\nAyşe Yılmaz"},
		{"turkish closing with no comma",
			"Evet, ağaçları kış sonunda budayabilirsiniz.\n\nİyi çalışmalar\nAyşe Yılmaz\nSatış Müdürü\n+90 212 123 45 67",
			"Evet, ağaçları kış sonunda budayabilirsiniz.\n\nİyi çalışmalar\nAyşe Yılmaz"},
		// A company and an address, as their English twins are read by
		// their capitals: "Green Gardens Ltd.", "Riyadh, Saudi Arabia".
		{"arabic company and town",
			"نعم، قم بالتقليم في أواخر الشتاء.\n\nسارة أحمد\nمديرة التسويق\nشركة الحدائق الخضراء\nالرياض، المملكة العربية السعودية\nهاتف: +966 11 234 5678\nwww.example.sa",
			"نعم، قم بالتقليم في أواخر الشتاء."},
		{"chinese company and street",
			"是的，冬末修剪。\n\n王小明\n市场经理\n绿色花园有限公司\n北京市朝阳区建国路88号\n电话：010-1234-5678\nwww.example.cn",
			"是的，冬末修剪。"},
		{"russian company in quotes and street",
			"Да, обрезайте в конце зимы.\n\nМария Иванова\nменеджер по маркетингу\nООО «Зелёный сад»\nг. Москва, ул. Тверская, д. 1\nТел.: +7 495 123-45-67\nwww.example.ru",
			"Да, обрезайте в конце зимы."},
		{"japanese company over the name, and a postcode",
			"はい、冬の終わりに剪定してください。\n\n株式会社グリーンガーデン\n営業部\u3000田中 太郎\n〒100-0001 東京都千代田区千代田1-1\nTEL：03-1234-5678\nhttps://example.jp",
			"はい、冬の終わりに剪定してください。"},
		{"korean company and road",
			"네, 늦겨울에 가지치기를 하세요.\n\n김민수\n원예 상담사\n주식회사 그린가든\n서울특별시 강남구 테헤란로 123\n전화: 02-123-4567\nwww.example.kr",
			"네, 늦겨울에 가지치기를 하세요."},

		// What the answer gives the reader stays.
		{"a clinic an arabic sentence names, with no stop",
			"يمكنك الاتصال بالعيادة\n\nعيادة النور\nهاتف: +966 11 234 5678\nجوال: +966 55 123 4567",
			"يمكنك الاتصال بالعيادة\n\nعيادة النور\nهاتف: +966 11 234 5678\nجوال: +966 55 123 4567"},
		{"a clinic an arabic sentence names",
			"يمكنك الاتصال بالعيادة.\n\nعيادة النور\nهاتف: +966 11 234 5678\nجوال: +966 55 123 4567",
			"يمكنك الاتصال بالعيادة.\n\nعيادة النور\nهاتف: +966 11 234 5678\nجوال: +966 55 123 4567"},
		{"a clinic a russian colon introduces",
			"Лучше всего обратиться к специалисту:\n\nКлиника Здоровье\nТел.: +7 495 123-45-67\nwww.zdorovie.ru",
			"Лучше всего обратиться к специалисту:\n\nКлиника Здоровье\nТел.: +7 495 123-45-67\nwww.zdorovie.ru"},
		{"a colleague's numbers over the chinese closing",
			"最好去看专科医生。这是我的同事，他会帮你。\n\n李医生\n电话：010-1234-5678\n手机：138-1234-5678\n\n祝好，\n玛丽",
			"最好去看专科医生。这是我的同事，他会帮你。\n\n李医生\n电话：010-1234-5678\n手机：138-1234-5678\n\n祝好，\n玛丽"},
		{"a persian clause over a physio",
			"یک هفته استراحت کن.\n\nاگر درد ادامه داشت،\nعلی رضایی\nفیزیوتراپیست\nتلفن: ۰۲۱-۱۲۳۴۵۶۷۸\nali@example.ir",
			"یک هفته استراحت کن.\n\nاگر درد ادامه داشت،\nعلی رضایی\nفیزیوتراپیست\nتلفن: ۰۲۱-۱۲۳۴۵۶۷۸\nali@example.ir"},
		{"an english sentence under a name goes on in lower case",
			"The best person to ask is\nAnna Nowak\nshe knows the trails\ntel. 22 123 45 67\nmob. 600 100 200",
			"The best person to ask is\nAnna Nowak\nshe knows the trails\ntel. 22 123 45 67\nmob. 600 100 200"},
		{"a hungarian colon that introduces a clinic",
			"Menj el egy gyógytornászhoz. Ezt ajánlom:\n\nKovács Anna\ngyógytornász\nTel.: +36 1 234 5678\nMobil: +36 30 123 4567",
			"Menj el egy gyógytornászhoz. Ezt ajánlom:\n\nKovács Anna\ngyógytornász\nTel.: +36 1 234 5678\nMobil: +36 30 123 4567"},
		{"a chinese clinic the answer sends the reader to",
			"去这家诊所看看。\n\n北京运动医学诊所\n北京市朝阳区建国路88号\n电话：010-1234-5678\nwww.example.cn",
			"去这家诊所看看。\n\n北京运动医学诊所\n北京市朝阳区建国路88号\n电话：010-1234-5678\nwww.example.cn"},
		{"a japanese clinic the answer sends the reader to",
			"このクリニックに行ってください。\n\n山田整形外科クリニック\n〒100-0001 東京都千代田区千代田1-1\nTEL：03-1234-5678\nhttps://example.jp",
			"このクリニックに行ってください。\n\n山田整形外科クリニック\n〒100-0001 東京都千代田区千代田1-1\nTEL：03-1234-5678\nhttps://example.jp"},
		{"a russian clinic the answer sends the reader to",
			"Сходите в эту клинику.\n\nКлиника «Здоровье»\nг. Москва, ул. Тверская, д. 1\nТел.: +7 495 123-45-67\nwww.example.ru",
			"Сходите в эту клинику.\n\nКлиника «Здоровье»\nг. Москва, ул. Тверская, д. 1\nТел.: +7 495 123-45-67\nwww.example.ru"},
		{"an arabic clinic the answer sends the reader to",
			"اذهب إلى هذه العيادة.\n\nعيادة النور\nالرياض، المملكة العربية السعودية\nهاتف: +966 11 234 5678\nwww.example.sa",
			"اذهب إلى هذه العيادة.\n\nعيادة النور\nالرياض، المملكة العربية السعودية\nهاتف: +966 11 234 5678\nwww.example.sa"},
		{"a hindi sentence under the name, ended by its danda",
			"हाँ, आप देर सर्दियों में छंटाई कर सकते हैं।\n\nधन्यवाद,\nसारा शर्मा\nकृपया सोमवार को कॉल करें।\nफ़ोन: +91 98765 43210\nमोबाइल: +91 91234 56789",
			"हाँ, आप देर सर्दियों में छंटाई कर सकते हैं।\n\nधन्यवाद,\nसारा शर्मा\nकृपया सोमवार को कॉल करें।\nफ़ोन: +91 98765 43210\nमोबाइल: +91 91234 56789"},
		{"an urdu sentence under the name, ended by its stop",
			"ہاں، آپ سردیوں کے آخر میں کٹائی کر سکتے ہیں۔\n\nشکریہ،\nسارہ خان\nبراہ کرم پیر کو فون کریں۔\nفون: +92 21 1234567\nموبائل: +92 300 1234567",
			"ہاں، آپ سردیوں کے آخر میں کٹائی کر سکتے ہیں۔\n\nشکریہ،\nسارہ خان\nبراہ کرم پیر کو فون کریں۔\nفون: +92 21 1234567\nموبائل: +92 300 1234567"},
		{"a thai sentence over two numbers",
			"ใช่ ตัดแต่งกิ่งได้ในช่วงปลายฤดูหนาว\n\nโทรหาคลินิกนี้\nโทร: 02-123-4567\nมือถือ: 081-234-5678",
			"ใช่ ตัดแต่งกิ่งได้ในช่วงปลายฤดูหนาว\n\nโทรหาคลินิกนี้\nโทร: 02-123-4567\nมือถือ: 081-234-5678"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := TrimReply(tt.in); got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestIsLabelledPhone(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"Tel.: +31 20 123 4567", true},
		{"Тел.: +7 495 123-45-67", true},
		{"моб. 8 916 123 45 67", true},
		{"Τηλ.: 210 123 4567", true},
		{"هاتف: +966 11 234 5678", true},
		{"تلفن: ۰۲۱-۱۲۳۴۵۶۷۸", true},
		{"טל' 03-1234567", true},
		{"फ़ोन: +91 98765 43210", true},
		{"电话：010-1234-5678", true},
		{"電話：０３-１２３４-５６７８", true},
		{"휴대폰: 010-1234-5678", true},
		{"โทร. 02-123-4567", true},
		{"điện thoại: 024 1234 5678", true},
		{"телевизор 43 дюйма", false},
		{"Телефон мой не работает", false},
		{"هاتفي معطل", false},
		{"电话号码在网站上", false},
		{"همراه ۲ نفر", false},
		{"сот 5 лет", false},
	} {
		if got := isLabelledPhone(tt.in); got != tt.want {
			t.Errorf("isLabelledPhone(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestCaselessNameWithMarks(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"सारा शर्मा", true},
		{"बागवानी सलाहकार", true},
		{"সারা রহমান", true},
		{"ที่ปรึกษาด้านสวน", true},
		{"مستشار باغبانی", true},
		{"أخصائي علاج طبيعي", true},
		{"王小明", true},
		{"कृपया धीरे दौड़ें।", false},
		{"Sarah Miller", false},
		{"请联系这家诊所的王医生他很有经验", false},
	} {
		if got := caselessName(tt.in); got != tt.want {
			t.Errorf("caselessName(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
