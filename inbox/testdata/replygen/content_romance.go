package main

func topicsFR() []topic {
	return []topic{{
		subject:  "Fractionné avant un 10 km",
		asker:    person{"Camille Laurent", "camille.laurent@example.fr"},
		question: lines("Bonjour,", "", "Je prépare un 10 km en 45 minutes.", "Combien de séances de fractionné par semaine ?", "", "Merci,", "Camille"),
		answer: lines("Bonjour Camille,", "", "Deux séances de fractionné par semaine suffisent : une courte (10 x 400 m) et une longue (3 x 2 km).", "",
			"Le reste en endurance fondamentale.", "", "Bien à vous,", "Maren"),
		inline: []pair{p("Je prépare un 10 km en 45 minutes.", "Objectif réaliste si tu cours déjà 50 minutes."),
			p("Combien de séances de fractionné par semaine ?", "Deux : une courte et une longue.")},
		short: "Deux séances : 10 x 400 m et 3 x 2 km.",
	}, {
		subject:  "Sortie longue trois semaines avant le marathon",
		asker:    person{"Julien Moreau", "julien.moreau@example.fr"},
		question: lines("Salut Maren,", "", "mon marathon est dans trois semaines.", "Est-ce que je dois encore faire une sortie longue de 30 km ?", "", "Julien"),
		answer: lines("Salut Julien,", "", "Non, la dernière sortie de 30 km se fait trois semaines avant au plus tard.", "",
			"Cette semaine, 24 km maximum, puis tu réduis le volume d'un tiers chaque semaine.", "", "Bonne course !", "Maren"),
		inline: []pair{p("mon marathon est dans trois semaines.", "Alors l'affûtage commence maintenant."),
			p("Est-ce que je dois encore faire une sortie longue de 30 km ?", "Non, 24 km maximum cette semaine.")},
		short: "Non, 24 km maximum, puis réduis le volume d'un tiers par semaine.",
	}, {
		subject:  "Douleur aux tibias",
		asker:    person{"Léa Dubois", "lea.dubois@example.be"},
		question: lines("Bonjour Maren,", "", "j'ai mal aux tibias depuis que j'ai repris la course.", "Faut-il arrêter complètement ?", "", "Cordialement,", "Léa Dubois"),
		answer: lines("Bonjour Léa,", "", "Pas forcément. Réduis à trois sorties par semaine, sur terrain souple, et glace 15 minutes après chaque sortie.", "",
			"Si la douleur persiste à la marche, consulte un médecin.", "", "Cordialement,", "Maren Holt"),
		inline: []pair{p("j'ai mal aux tibias depuis que j'ai repris la course.", "C'est très fréquent à la reprise."),
			p("Faut-il arrêter complètement ?", "Non, trois sorties par semaine sur terrain souple.")},
		short: "Non, réduis à trois sorties par semaine sur terrain souple.",
	}, {
		subject:  "Trop souvent en zone 4",
		asker:    person{"Thomas Petit", "thomas.petit@example.fr"},
		question: lines("Bonjour,", "", "ma montre me dit que je cours trop souvent en zone 4.", "Est-ce grave pour progresser ?", "", "Merci d'avance,", "Thomas"),
		answer: lines("Bonjour Thomas,", "", "Oui : 80 % de tes sorties devraient être en zone 2, où tu peux encore parler.", "",
			"Garde la zone 4 pour une séance par semaine.", "", "À bientôt,", "Maren"),
		inline: []pair{p("ma montre me dit que je cours trop souvent en zone 4.", "C'est l'erreur la plus courante."),
			p("Est-ce grave pour progresser ?", "Oui, 80 % des sorties devraient être en zone 2.")},
		short: "Oui : 80 % des sorties en zone 2, une seule séance en zone 4.",
	}, {
		subject:  "Quand changer de chaussures ?",
		asker:    person{"Manon Girard", "manon.girard@example.ch"},
		question: lines("Coucou Maren,", "", "tous les combien faut-il changer de chaussures ?", "Les miennes ont 700 km.", "", "Bises,", "Manon"),
		answer: lines("Coucou Manon,", "", "Entre 600 et 900 km en général. Si la semelle est tassée ou que tu as de nouvelles douleurs, change-les.", "",
			"Alterner deux paires prolonge leur vie.", "", "Bises,", "Maren"),
		inline: []pair{p("tous les combien faut-il changer de chaussures ?", "Entre 600 et 900 km en général."),
			p("Les miennes ont 700 km.", "Regarde la semelle : si elle est tassée, change-les.")},
		short: "Entre 600 et 900 km ; à 700 km, regarde l'usure de la semelle.",
	}}
}

func topicsES() []topic {
	return []topic{{
		subject:  "¿Cadencia de 180?",
		asker:    person{"Lucía García", "lucia.garcia@example.es"},
		question: lines("Hola,", "", "mi cadencia es de 160 pasos por minuto.", "¿Debería intentar llegar a 180?", "", "Gracias,", "Lucía"),
		answer: lines("Hola Lucía,", "", "No hace falta. Sube como mucho un 5 % y comprueba si la carrera te resulta más fluida.", "",
			"La cadencia ideal depende de tu altura y de tu ritmo.", "", "Un saludo,", "Maren"),
		inline: []pair{p("mi cadencia es de 160 pasos por minuto.", "Es una cadencia normal para rodajes suaves."),
			p("¿Debería intentar llegar a 180?", "No, sube como mucho un 5 %.")},
		short: "No hace falta: sube como mucho un 5 %.",
	}, {
		subject:  "Semanas de descarga antes del maratón",
		asker:    person{"Javier Martín", "javier.martin@example.es"},
		question: lines("Hola Maren,", "", "corro el maratón de Valencia en diciembre.", "¿Cuántas semanas de descarga necesito?", "", "Saludos,", "Javier"),
		answer: lines("Hola Javier,", "", "Dos o tres semanas. Reduce el volumen un 20 % la primera, un 40 % la segunda y a la mitad la última.", "",
			"Mantén algún cambio de ritmo corto para no perder chispa.", "", "Mucha suerte,", "Maren"),
		inline: []pair{p("corro el maratón de Valencia en diciembre.", "Buen circuito, muy rápido."),
			p("¿Cuántas semanas de descarga necesito?", "Dos o tres semanas.")},
		short: "Dos o tres semanas de descarga.",
	}, {
		subject:  "Hidratación con calor",
		asker:    person{"Carmen Ruiz", "carmen.ruiz@example.es"},
		question: lines("Buenas,", "", "en verano en Sevilla salgo a correr a las 7 y ya hace 28 grados.", "¿Cómo me hidrato?", "", "Carmen"),
		answer: lines("Hola Carmen,", "", "Bebe 500 ml en las dos horas previas y lleva agua con sales si corres más de una hora.", "",
			"Y baja el ritmo sin miedo: con calor manda la sensación, no el reloj.", "", "Un abrazo,", "Maren"),
		inline: []pair{p("en verano en Sevilla salgo a correr a las 7 y ya hace 28 grados.", "Entonces mejor aún más temprano si puedes."),
			p("¿Cómo me hidrato?", "500 ml en las dos horas previas y sales si pasas de una hora.")},
		short: "500 ml antes y agua con sales si corres más de una hora.",
	}, {
		subject:  "Pesas antes o después de correr",
		asker:    person{"Diego Fernández", "diego.fernandez@example.mx"},
		question: lines("Hola,", "", "entreno cuatro días por semana.", "¿Es mejor hacer pesas antes o después de correr?", "", "Gracias de antemano,", "Diego"),
		answer: lines("Hola Diego,", "", "Después, o mejor en otro momento del día. La fuerza va el mismo día que las series, no el día siguiente.", "",
			"Saludos,", "Maren"),
		inline: []pair{p("entreno cuatro días por semana.", "Perfecto para meter dos sesiones de fuerza."),
			p("¿Es mejor hacer pesas antes o después de correr?", "Después, o en otro momento del día.")},
		short: "Después de correr, o en otro momento del día.",
	}, {
		subject:  "Dolor en el talón",
		asker:    person{"Marta López", "marta.lopez@example.es"},
		question: lines("Hola Maren,", "", "me duele el talón por las mañanas al levantarme.", "¿Puedo seguir corriendo?", "", "Marta"),
		answer: lines("Hola Marta,", "", "Puedes, si el dolor no pasa de 3 sobre 10 y no empeora al día siguiente.", "",
			"Estira los gemelos dos veces al día y rueda la planta sobre una botella fría.", "", "Cuídate,", "Maren"),
		inline: []pair{p("me duele el talón por las mañanas al levantarme.", "Suena a fascitis plantar."),
			p("¿Puedo seguir corriendo?", "Sí, si el dolor no pasa de 3 sobre 10.")},
		short: "Sí, si el dolor no pasa de 3 sobre 10.",
	}}
}

func topicsIT() []topic {
	return []topic{{
		subject:  "Quante ripetute per la mezza?",
		asker:    person{"Giulia Rossi", "giulia.rossi@example.it"},
		question: lines("Ciao,", "", "preparo una mezza maratona in 1h45.", "Quante ripetute a settimana devo fare?", "", "Grazie,", "Giulia"),
		answer: lines("Ciao Giulia,", "", "Una seduta di ripetute a settimana basta, più un medio da 8 km al ritmo gara.", "",
			"Tutto il resto deve essere lento.", "", "Un saluto,", "Maren"),
		inline: []pair{p("preparo una mezza maratona in 1h45.", "Obiettivo alla tua portata."),
			p("Quante ripetute a settimana devo fare?", "Una seduta, più un medio al ritmo gara.")},
		short: "Una seduta a settimana, più un medio al ritmo gara.",
	}, {
		subject:  "Lungo a dieci giorni dalla maratona",
		asker:    person{"Marco Bianchi", "marco.bianchi@example.it"},
		question: lines("Ciao Maren,", "", "la maratona è tra dieci giorni.", "Devo ancora fare il lungo domenica?", "", "Marco"),
		answer: lines("Ciao Marco,", "", "No, domenica al massimo 14 km tranquilli.", "", "In settimana qualche allungo, niente di più.", "",
			"In bocca al lupo!", "Maren"),
		inline: []pair{p("la maratona è tra dieci giorni.", "Allora il grosso del lavoro è fatto."),
			p("Devo ancora fare il lungo domenica?", "No, al massimo 14 km tranquilli.")},
		short: "No, al massimo 14 km tranquilli.",
	}, {
		subject:  "Frequenza cardiaca nel lento",
		asker:    person{"Chiara Esposito", "chiara.esposito@example.it"},
		question: lines("Buongiorno,", "", "durante il lento il mio cuore arriva a 165.", "È troppo?", "", "Cordiali saluti,", "Chiara Esposito"),
		answer: lines("Buongiorno Chiara,", "", "Dipende dalla sua frequenza massima, ma di solito sì: il lento dovrebbe stare sotto il 75 % della massima.", "",
			"Provi a rallentare finché riesce a parlare senza fatica.", "", "Cordiali saluti,", "Maren Holt"),
		inline: []pair{p("durante il lento il mio cuore arriva a 165.", "Dipende dalla frequenza massima."),
			p("È troppo?", "Di solito sì: il lento dovrebbe stare sotto il 75 %.")},
		short: "Di solito sì: resti sotto il 75 % della massima.",
	}, {
		subject:  "Crampi ai polpacci nel lungo",
		asker:    person{"Luca Romano", "luca.romano@example.it"},
		question: lines("Ciao,", "", "negli ultimi km del lungo mi vengono i crampi ai polpacci.", "Cosa posso fare?", "", "Luca"),
		answer: lines("Ciao Luca,", "", "Spesso i crampi vengono dalla fatica, non dal sale. Allunga gradualmente il lungo e parti più piano.", "",
			"Nei lunghi oltre 90 minuti porta comunque acqua e sali.", "", "A presto,", "Maren"),
		inline: []pair{p("negli ultimi km del lungo mi vengono i crampi ai polpacci.", "Succede spesso quando il lungo è troppo veloce."),
			p("Cosa posso fare?", "Parti più piano e allunga il lungo gradualmente.")},
		short: "Parti più piano e allunga il lungo gradualmente.",
	}}
}

func topicsPTBR() []topic {
	return []topic{{
		subject:  "Como respirar na corrida",
		asker:    person{"Ana Souza", "ana.souza@example.com.br"},
		question: lines("Oi Maren,", "", "fico sem fôlego logo nos primeiros minutos de corrida.", "Como devo respirar?", "", "Obrigada,", "Ana"),
		answer: lines("Oi Ana,", "", "Comece mais devagar. Se você não consegue falar frases curtas enquanto corre, está rápido demais.", "",
			"Respire pela boca e pelo nariz, no ritmo dos passos.", "", "Abraços,", "Maren"),
		inline: []pair{p("fico sem fôlego logo nos primeiros minutos de corrida.", "Normal no começo, o corpo ainda está aquecendo."),
			p("Como devo respirar?", "Pela boca e pelo nariz, no ritmo dos passos.")},
		short: "Comece mais devagar e respire pela boca e pelo nariz.",
	}, {
		subject:  "Canelite com 40 km por semana",
		asker:    person{"Pedro Oliveira", "pedro.oliveira@example.com.br"},
		question: lines("Olá,", "", "estou com canelite depois que aumentei o treino para 40 km por semana.", "Posso continuar correndo?", "", "Valeu,", "Pedro"),
		answer: lines("Olá Pedro,", "", "Volte para uns 25 km por semana durante duas semanas, em terreno macio.", "",
			"Se doer para caminhar, procure um médico.", "", "Abraço,", "Maren"),
		inline: []pair{p("estou com canelite depois que aumentei o treino para 40 km por semana.", "Aumento rápido demais é a causa mais comum."),
			p("Posso continuar correndo?", "Pode, mas com uns 25 km por semana.")},
		short: "Pode, mas volte para uns 25 km por semana.",
	}, {
		subject:  "Ritmo do longão",
		asker:    person{"Juliana Costa", "ju.costa@example.com.br"},
		question: lines("Oi,", "", "qual deve ser o ritmo do meu longão?", "Meu ritmo de prova nos 10 km é 5:30.", "", "Beijos,", "Juliana"),
		answer:   lines("Oi Juliana,", "", "Entre 6:20 e 6:50 por km. O longão é para resistência, não para velocidade.", "", "Beijos,", "Maren"),
		inline: []pair{p("qual deve ser o ritmo do meu longão?", "Bem mais lento do que você imagina."),
			p("Meu ritmo de prova nos 10 km é 5:30.", "Então entre 6:20 e 6:50 por km.")},
		short: "Entre 6:20 e 6:50 por km.",
	}}
}

func topicsPTPT() []topic {
	return []topic{{
		subject:  "Zona para treinos fáceis",
		asker:    person{"Inês Carvalho", "ines.carvalho@example.pt"},
		question: lines("Olá Maren,", "", "a minha frequência cardíaca máxima é 190.", "Em que zona devo fazer os treinos fáceis?", "", "Obrigada,", "Inês"),
		answer:   lines("Olá Inês,", "", "Entre 130 e 150 batimentos por minuto. Deves conseguir conversar sem esforço.", "", "Um abraço,", "Maren"),
		inline: []pair{p("a minha frequência cardíaca máxima é 190.", "Foi medida num teste ou pelo relógio?"),
			p("Em que zona devo fazer os treinos fáceis?", "Entre 130 e 150 batimentos por minuto.")},
		short: "Entre 130 e 150 batimentos por minuto.",
	}, {
		subject:  "Reduzir o treino antes da maratona",
		asker:    person{"Tiago Ferreira", "tiago.ferreira@example.pt"},
		question: lines("Boa tarde,", "", "vou correr a maratona de Lisboa em outubro.", "Quantas semanas antes devo reduzir o treino?", "", "Cumprimentos,", "Tiago Ferreira"),
		answer: lines("Boa tarde Tiago,", "", "Duas a três semanas antes. Reduz o volume para metade na última semana, mas mantém alguns ritmos curtos.", "",
			"Cumprimentos,", "Maren Holt"),
		inline: []pair{p("vou correr a maratona de Lisboa em outubro.", "Boa escolha, é uma prova bonita."),
			p("Quantas semanas antes devo reduzir o treino?", "Duas a três semanas antes.")},
		short: "Duas a três semanas antes.",
	}, {
		subject:  "Quando trocar de ténis",
		asker:    person{"Rita Marques", "rita.marques@example.pt"},
		question: lines("Olá,", "", "de quanto em quanto tempo devo trocar de ténis?", "Os meus já têm 800 km.", "", "Beijinhos,", "Rita"),
		answer: lines("Olá Rita,", "", "Normalmente entre 600 e 900 km. Com 800 km, vê se a sola está gasta ou se tens dores novas.", "",
			"Beijinhos,", "Maren"),
		inline: []pair{p("de quanto em quanto tempo devo trocar de ténis?", "Normalmente entre 600 e 900 km."),
			p("Os meus já têm 800 km.", "Então está quase na hora de trocar.")},
		short: "Entre 600 e 900 km; com 800 está quase na hora.",
	}}
}
