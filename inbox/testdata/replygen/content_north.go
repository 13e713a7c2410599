package main

func topicsNL() []topic {
	return []topic{{
		subject:  "Intervallen op de loopband",
		asker:    person{"Daan de Vries", "daan.devries@example.nl"},
		question: lines("Hoi,", "", "het is hier nu elke avond donker en nat.", "Is intervaltraining op de loopband net zo goed als buiten?", "", "Groet,", "Daan"),
		answer:   lines("Hoi Daan,", "", "Bijna. Zet de loopband op 1 procent helling, dan lijkt het meer op buiten lopen.", "", "Succes,", "Maren"),
		inline: []pair{p("het is hier nu elke avond donker en nat.", "Herkenbaar, dan is de loopband een prima optie."),
			p("Is intervaltraining op de loopband net zo goed als buiten?", "Bijna, zet hem op 1 procent helling.")},
		short: "Bijna: zet de loopband op 1 procent helling.",
	}, {
		subject:  "Last van mijn scheenbenen",
		asker:    person{"Sanne Jansen", "sanne.jansen@example.nl"},
		question: lines("Hallo Maren,", "", "ik heb last van mijn scheenbenen sinds ik voor de marathon train.", "Moet ik stoppen?", "", "Groetjes,", "Sanne"),
		answer: lines("Hallo Sanne,", "", "Niet helemaal: loop twee weken maar drie keer per week, op zachte ondergrond.", "",
			"Doet het pijn bij wandelen, ga dan naar een fysiotherapeut.", "", "Groetjes,", "Maren"),
		inline: []pair{p("ik heb last van mijn scheenbenen sinds ik voor de marathon train.", "Dat komt vaak door te snel opbouwen."),
			p("Moet ik stoppen?", "Niet helemaal, drie keer per week op zachte ondergrond.")},
		short: "Twee weken drie keer per week, op zachte ondergrond.",
	}, {
		subject:  "Hartslag bij een rustige duurloop",
		asker:    person{"Bram Visser", "bram.visser@example.be"},
		question: lines("Beste Maren,", "", "mijn maximale hartslag is 195.", "Welke hartslag hoort bij een rustige duurloop?", "", "Met vriendelijke groet,", "Bram Visser"),
		answer:   lines("Beste Bram,", "", "Ongeveer 135 tot 150 slagen per minuut, zolang je nog hele zinnen kunt praten.", "", "Met vriendelijke groet,", "Maren Holt"),
		inline: []pair{p("mijn maximale hartslag is 195.", "Gemeten bij een test of door je horloge?"),
			p("Welke hartslag hoort bij een rustige duurloop?", "Ongeveer 135 tot 150 slagen per minuut.")},
		short: "Ongeveer 135 tot 150 slagen per minuut.",
	}, {
		subject:  "Snel buiten adem",
		asker:    person{"Eva Bakker", "eva.bakker@example.nl"},
		question: lines("Hoi Maren,", "", "ik raak snel buiten adem tijdens het hardlopen.", "Hoe moet ik ademen?", "", "Eva"),
		answer: lines("Hoi Eva,", "", "Loop eerst langzamer: als je niet kunt praten, ga je te snel.", "",
			"Adem door neus en mond tegelijk, in het ritme van je passen.", "", "Liefs,", "Maren"),
		inline: []pair{p("ik raak snel buiten adem tijdens het hardlopen.", "Dan loop je waarschijnlijk te snel."),
			p("Hoe moet ik ademen?", "Door neus en mond, in het ritme van je passen.")},
		short: "Loop langzamer en adem door neus en mond.",
	}}
}

func topicsSV() []topic {
	return []topic{{
		subject:  "Hur många intervallpass?",
		asker:    person{"Erik Lindqvist", "erik.lindqvist@example.se"},
		question: lines("Hej,", "", "jag springer fyra gånger i veckan.", "Hur många intervallpass bör jag köra?", "", "Mvh", "Erik"),
		answer:   lines("Hej Erik,", "", "Ett intervallpass i veckan räcker, till exempel 5 x 1000 m. Resten lugnt.", "", "Hälsningar", "Maren"),
		inline: []pair{p("jag springer fyra gånger i veckan.", "Bra grund."),
			p("Hur många intervallpass bör jag köra?", "Ett i veckan, till exempel 5 x 1000 m.")},
		short: "Ett pass i veckan, till exempel 5 x 1000 m.",
	}, {
		subject:  "Nedtrappning inför Stockholm Marathon",
		asker:    person{"Maja Andersson", "maja.andersson@example.se"},
		question: lines("Hej Maren!", "", "Stockholm Marathon är om två veckor.", "Hur mycket ska jag springa nu?", "", "Kram", "Maja"),
		answer:   lines("Hej Maja!", "", "Ungefär två tredjedelar av din vanliga volym den här veckan och hälften nästa.", "", "Lycka till!", "Maren"),
		inline: []pair{p("Stockholm Marathon är om två veckor.", "Då är det dags att trappa ner."),
			p("Hur mycket ska jag springa nu?", "Två tredjedelar av vanlig volym nu, hälften nästa vecka.")},
		short: "Två tredjedelar av vanlig volym nu, hälften nästa vecka.",
	}, {
		subject:  "Kadens 162",
		asker:    person{"Oskar Nilsson", "oskar.nilsson@example.se"},
		question: lines("Hej,", "", "min kadens är 162 steg per minut.", "Är det för lågt?", "", "Oskar"),
		answer:   lines("Hej Oskar,", "", "Nej, det är helt normalt på lugna pass. Vill du öka, höj med högst 5 procent.", "", "Hälsningar", "Maren"),
		inline: []pair{p("min kadens är 162 steg per minut.", "Helt normalt på lugna pass."),
			p("Är det för lågt?", "Nej. Höj i så fall med högst 5 procent.")},
		short: "Nej, helt normalt på lugna pass.",
	}}
}

func topicsDA() []topic {
	return []topic{{
		subject:  "Ondt i skinnebenet",
		asker:    person{"Mads Jensen", "mads.jensen@example.dk"},
		question: lines("Hej,", "", "jeg har ondt i skinnebenet efter mine løbeture.", "Skal jeg holde pause?", "", "Hilsen", "Mads"),
		answer: lines("Hej Mads,", "", "Hold en uges pause fra løb, og cykl eller svøm i stedet.", "",
			"Start derefter med tre korte ture om ugen på blødt underlag.", "", "Venlig hilsen", "Maren"),
		inline: []pair{p("jeg har ondt i skinnebenet efter mine løbeture.", "Det er typisk for overbelastning."),
			p("Skal jeg holde pause?", "Ja, en uge, og cykl eller svøm i stedet.")},
		short: "Ja, en uges pause, og cykl eller svøm i stedet.",
	}, {
		subject:  "Puls på rolige ture",
		asker:    person{"Ida Larsen", "ida.larsen@example.dk"},
		question: lines("Hej Maren,", "", "hvilken puls skal jeg løbe mine rolige ture i?", "Min maxpuls er 186.", "", "Mange hilsner", "Ida"),
		answer:   lines("Hej Ida,", "", "Mellem 130 og 148 slag i minuttet. Du skal kunne tale i hele sætninger.", "", "Mange hilsner", "Maren"),
		inline: []pair{p("hvilken puls skal jeg løbe mine rolige ture i?", "Mellem 130 og 148 slag i minuttet."),
			p("Min maxpuls er 186.", "Så passer det med 70 til 80 procent.")},
		short: "Mellem 130 og 148 slag i minuttet.",
	}, {
		subject:  "Løb i frostvejr",
		asker:    person{"Sofie Møller", "sofie.moller@example.dk"},
		question: lines("Hej,", "", "er det farligt at løbe i frostvejr?", "Det er minus 8 grader her.", "", "Sofie"),
		answer:   lines("Hej Sofie,", "", "Nej, ikke for raske løbere. Tag lag på, dæk mund og næse til og løb roligere.", "", "Knus", "Maren"),
		inline: []pair{p("er det farligt at løbe i frostvejr?", "Ikke for raske løbere."),
			p("Det er minus 8 grader her.", "Så dæk mund og næse til og løb roligere.")},
		short: "Nej, men dæk mund og næse til og løb roligere.",
	}}
}

func topicsNO() []topic {
	return []topic{{
		subject:  "Trening etter maraton",
		asker:    person{"Ingrid Hansen", "ingrid.hansen@example.no"},
		question: lines("Hei,", "", "jeg løp mitt første maraton i helgen.", "Når kan jeg begynne å trene igjen?", "", "Hilsen", "Ingrid"),
		answer: lines("Hei Ingrid,", "", "Gratulerer! Gå eller sykle den første uken, så rolige turer i to uker.", "",
			"Hurtige økter kan vente til om en måned.", "", "Hilsen", "Maren"),
		inline: []pair{p("jeg løp mitt første maraton i helgen.", "Gratulerer!"),
			p("Når kan jeg begynne å trene igjen?", "Rolige turer etter en uke, hurtige økter etter en måned.")},
		short: "Rolige turer etter en uke, hurtige økter etter en måned.",
	}, {
		subject:  "Bakkeintervaller",
		asker:    person{"Magnus Berg", "magnus.berg@example.no"},
		question: lines("Hei Maren,", "", "hvor ofte bør jeg løpe bakkeintervaller?", "Jeg trener til Holmenkollstafetten.", "", "Mvh", "Magnus"),
		answer:   lines("Hei Magnus,", "", "En gang i uken holder, for eksempel 8 x 45 sekunder i bakke med rolig jogg ned.", "", "Lykke til!", "Maren"),
		inline: []pair{p("hvor ofte bør jeg løpe bakkeintervaller?", "En gang i uken holder."),
			p("Jeg trener til Holmenkollstafetten.", "Da passer 8 x 45 sekunder i bakke godt.")},
		short: "En gang i uken, for eksempel 8 x 45 sekunder.",
	}, {
		subject:  "Styrke før eller etter løping?",
		asker:    person{"Nora Johansen", "nora.johansen@example.no"},
		question: lines("Hei,", "", "jeg løper tre ganger i uken.", "Bør jeg ta styrketrening før eller etter løping?", "", "Takk,", "Nora"),
		answer:   lines("Hei Nora,", "", "Etter løping, eller på en annen tid av dagen.", "", "Hilsen", "Maren"),
		inline: []pair{p("jeg løper tre ganger i uken.", "Da holder det med styrke to ganger i uken."),
			p("Bør jeg ta styrketrening før eller etter løping?", "Etter, eller på en annen tid av dagen.")},
		short: "Etter løping, eller på en annen tid av dagen.",
	}}
}

func topicsFI() []topic {
	return []topic{{
		subject:  "Sykealue peruskestävyyteen",
		asker:    person{"Aino Virtanen", "aino.virtanen@example.fi"},
		question: lines("Hei,", "", "maksimisykkeeni on 191.", "Millä sykkeellä peruskestävyyslenkit pitäisi juosta?", "", "Kiitos,", "Aino"),
		answer:   lines("Hei Aino,", "", "Noin 135–150 lyöntiä minuutissa. Sinun pitäisi pystyä puhumaan kokonaisin lausein.", "", "Terveisin", "Maren"),
		inline: []pair{p("maksimisykkeeni on 191.", "Hyvä, sillä on helppo laskea."),
			p("Millä sykkeellä peruskestävyyslenkit pitäisi juosta?", "Noin 135–150 lyöntiä minuutissa.")},
		short: "Noin 135–150 lyöntiä minuutissa.",
	}, {
		subject:  "Pakkasella juokseminen",
		asker:    person{"Mikko Korhonen", "mikko.korhonen@example.fi"},
		question: lines("Moi Maren,", "", "onko pakkasella juokseminen vaarallista?", "Täällä on nyt -15 astetta.", "", "Mikko"),
		answer:   lines("Moi Mikko,", "", "Ei terveelle juoksijalle. Peitä suu ja nenä buffilla ja juokse rauhallisemmin.", "", "Terveisin", "Maren"),
		inline: []pair{p("onko pakkasella juokseminen vaarallista?", "Ei terveelle juoksijalle."),
			p("Täällä on nyt -15 astetta.", "Peitä silloin suu ja nenä buffilla.")},
		short: "Ei, mutta peitä suu ja nenä buffilla.",
	}}
}
