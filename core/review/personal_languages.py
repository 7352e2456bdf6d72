"""How citizens of a German city's many communities say who they are, whose relative someone is, when someone was
born and in which month, in their own languages: the words personal_patterns joins to the German and English ones.
Each list is the everyday phrasing of one language (from its grammar, not from any labelled set), so a text that
says "Казвам се …", "mia nonna …" or "родился 07.10.2009" is read as a German one saying the same."""

# "my name is", "I am" (the name follows)
INTRO_WORDS = (
    "eu sou", "eu me chamo", "me chamo", "chamo-me", "meu nome é", "o meu nome é", "sou a", "sou o",  # Portuguese
    "mi nombre es", "yo soy",  # Spanish
    "il mio nome è", "io sono",  # Italian
    "moi c'est", "je me nomme",  # French
    "mă numesc", "ma numesc", "eu sunt", "mă cheamă", "ma cheama",  # Romanian
    "zovem se", "ja sam", "ime mi je", "moje ime je", "зовем се", "ја сам", "име ми је",  # Bosnian, Croatian, Serbian
    "аз съм", "казвам се", "името ми е",  # Bulgarian
    "я", "моё имя", "мое имя", "меня звать",  # Russian
    "мене звуть", "моє ім'я", "моє ім’я",  # Ukrainian
    "unë jam", "une jam", "quhem", "emri im është", "emri im eshte",  # Albanian
    "magacaygu waa", "magacayga waa", "waxaan ahay",  # Somali
    "με λένε", "ονομάζομαι", "λέγομαι", "είμαι η", "είμαι ο", "το όνομά μου είναι",  # Greek
    "a nevem", "az én nevem",  # Hungarian
    "volám sa", "jsem",  # Slovak, Czech
    "navê min", "navê min ê",  # Kurdish (Kurmanji)
    "jina langu ni", "naitwa", "mimi ni",  # Swahili
    "mera naam", "mera nam", "mera naam hai",  # Hindi, Urdu
    "nama saya", "tên tôi là", "tôi tên là", "tôi tên",  # Indonesian, Vietnamese
    "ismim", "benim ismim", "adım",  # Turkish
    "esmam", "esme man", "ismi",  # Farsi and Arabic written in Latin letters
)
# An intro that is also an ordinary word elsewhere: only at a sentence's start or after a greeting's comma
# ("Përshëndetje, jam Valbona"; not "traffic jam Monday")
START_INTRO_WORDS = ("jam", "sou", "sunt", "sam", "soy", "είμαι", "это", "ovo je", "ja sam", "to je")

# "my son", "our neighbour", "my grandmother" (the name follows)
KIN_WORDS = (
    "jej syna", "jego syna", "mojego syna", "mojej córki", "jej córki", "mojego męża", "mojej żony",  # Polish
    "сина ми", "дъщерята ми",  # Bulgarian (the object forms; the others below)
    "моего сына", "моей дочери", "mog sina",  # Russian, Serbian (the object forms; the others below)
    "mio figlio", "mia figlia", "mio marito", "mia moglie", "mia nonna", "mio nonno", "mia madre", "mio padre",
    "mia sorella", "mio fratello", "mio vicino", "mia vicina", "mia mamma", "mio papà", "mia zia", "mio zio",
    "mia nipote", "mio nipote", "mia suocera", "mio suocero",
    # Italian (also after "il", "la")
    "mi hijo", "mi hija", "mi esposo", "mi esposa", "mi marido", "mi mujer", "mi abuela", "mi abuelo", "mi madre",
    "mi padre", "mi hermana", "mi hermano", "mi vecino", "mi vecina",  # Spanish
    "meu filho", "minha filha", "meu marido", "minha esposa", "minha mulher", "minha avó", "meu avô", "minha mãe",
    "meu pai", "minha irmã", "meu irmão", "meu vizinho", "minha vizinha",  # Portuguese
    "mon fils", "ma fille", "mon mari", "ma femme", "ma grand-mère", "mon grand-père", "ma mère", "mon père",
    "ma sœur", "ma soeur", "mon frère", "mon voisin", "ma voisine",  # French
    "fiul meu", "fiica mea", "soțul meu", "sotul meu", "soția mea", "sotia mea", "bunica mea", "bunicul meu",
    "mama mea", "tatăl meu", "vecinul meu", "vecina mea",  # Romanian
    "mój syn", "moja córka", "mój mąż", "moja żona", "moja babcia", "mój dziadek", "moja mama", "mój tata",
    "mój sąsiad", "moja sąsiadka", "moja siostra", "mój brat",  # Polish
    "мой сын", "моя дочь", "мой муж", "моя жена", "моя бабушка", "мой дедушка", "моя мама", "мой папа",
    "мой сосед", "моя соседка", "моя сестра", "мой брат", "наша бабушка", "наш дедушка", "наша мама", "наш сын",
    "наша дочь",  # Russian
    "мій син", "моя донька", "моя дочка", "мій чоловік", "моя дружина", "моя бабуся", "мій дідусь", "мій сусід",
    "моя сусідка",  # Ukrainian
    "синът ми", "дъщеря ми", "мъжът ми", "съпругът ми", "съпругата ми", "баба ми", "дядо ми", "съседът ми",
    "съседката ми",  # Bulgarian
    "moj sin", "moja kći", "moja kćerka", "moja ćerka", "moj muž", "moja žena", "moja baka", "moj djed",
    "moj komšija", "moja komšinica", "moj susjed", "moja susjeda", "мој син", "моја ћерка", "мој муж",
    "моја жена",  # Bosnian, Croatian, Serbian
    "oğlum", "kızım", "eşim", "kocam", "karım", "annem", "babam", "anneannem", "babaannem", "dedem", "komşum",
    "kardeşim", "ablam", "abim",  # Turkish
    "ο γιος μου", "η κόρη μου", "ο άντρας μου", "η γυναίκα μου", "η γιαγιά μου", "ο παππούς μου",
    "ο γείτονάς μου", "η γειτόνισσά μου", "η θεία μου", "ο θείος μου", "η ξαδέρφη μου", "ο ξάδερφός μου",  # Greek
    "djali im", "vajza ime", "burri im", "gruaja ime", "gjyshja ime", "gjyshi im", "fqinji im", "vëllai im",
    "motra ime",  # Albanian
    "mijn zoon", "mijn dochter", "mijn man", "mijn vrouw", "mijn oma", "mijn opa", "mijn buurman",
    "mijn buurvrouw",  # Dutch
    "kurê min", "keça min", "jina min", "mêrê min", "zarokên min",  # Kurdish
    "mera beta", "meri beti", "meri patni", "mere pati",  # Hindi, Urdu
    "con trai tôi", "con gái tôi", "chồng tôi", "vợ tôi",  # Vietnamese
    # friends and cousins, in the same languages
    "mio amico", "mia amica", "il mio amico", "la mia amica", "mio cugino", "mia cugina",  # Italian
    "mi amigo", "mi amiga", "mi primo", "mi prima",  # Spanish
    "meu amigo", "minha amiga", "meu primo", "minha prima",  # Portuguese
    "mon ami", "mon amie", "mon copain", "ma copine", "mon cousin", "ma cousine",  # French
    "prietenul meu", "prietena mea", "fratele meu", "sora mea", "vărul meu", "varul meu", "verișoara mea",  # Romanian
    "mój przyjaciel", "moja przyjaciółka", "mój kolega", "moja koleżanka", "mój kuzyn", "moja kuzynka",  # Polish
    "мой друг", "моя подруга", "мой двоюродный брат", "моя двоюродная сестра", "мой приятель",  # Russian
    "мій друг", "моя подруга", "мій брат", "моя сестра", "мій двоюрідний брат",  # Ukrainian
    "приятелят ми", "приятелката ми", "приятел ми", "братовчед ми", "братовчедка ми", "брат ми", "сестра ми",
    # Bulgarian
    "moj prijatelj", "moja prijateljica", "moj drug", "moja drugarica", "moj brat", "moja sestra", "moj rođak",
    "moja rođaka",  # Bosnian, Croatian, Serbian
    "arkadaşım", "kuzenim",  # Turkish
    "ο φίλος μου", "η φίλη μου",  # Greek
    "shoku im", "shoqja ime", "kushëriri im", "kushërira ime",  # Albanian
    "mijn vriend", "mijn vriendin", "mijn neef", "mijn nicht",  # Dutch
    "hevalê min",  # Kurdish
    "mera dost", "meri dost",  # Hindi, Urdu
    "bạn tôi",  # Vietnamese
)

# "born", "date of birth" (the date follows or, for the words in BORN_AFTER_WORDS, comes first)
BIRTH_WORDS = (
    "родился", "родилась", "дата рождения", "народився", "народилася", "дата народження", "роден", "родена",
    "род.", "рођен", "рођена", "rođen", "rođena", "urodzony", "urodzona", "urodził się", "urodziła się", "ur.",
    "doğum tarihi", "doğumlu", "ditëlindjen", "ditëlindja", "rođendan", "doğdu", "d.t.", "né le", "née le", "né",
    "née", "n.", "பிறந்த தேதி", "பிறந்தது", "nato il", "nata il", "nato",
    "nata", "ipinanganak", "isinilang",  # Tagalog
    "mi cumple es el", "mi cumpleaños es el", "cumpleaños", "cumple",  # Spanish: a birthday
    "nacido el", "nacida el", "nacido", "nacida", "nació el", "nací el", "naci el", "doğum tarihim",
    "nascido em", "nascida em", "nascido", "nasceu", "nasci", "nasceram",
    "nascida", "născut", "născută", "nascut", "nascuta", "γεννήθηκε", "γεννημένος", "γεννημένη", "született",
    "lindur", "lindi", "e lindur", "i lindur", "geboren op", "sinh ngày", "sinh năm", "dhashay",
    "مواليد", "مولود", "مولودة", "ولد", "ولدت", "وُلد", "وُلدت", "وَلد", "تاريخ الميلاد", "تاریخ تولد", "متولد",
    "出生", "生日",
    "fecha de nacimiento", "data de nascimento", "date de naissance", "data di nascita", "data urodzenia",
    "data nașterii", "data nasterii", "doğum günü", "день рождения", "дата на раждане", "ημερομηνία γέννησης",
    "születési dátum", "datum rođenja", "tarehe ya kuzaliwa", "تاريخ ميلادي", "عيد ميلاد",
)
BORN_AFTER_WORDS = ("出生", "生まれ", "туған", "туылған", "tug'ilgan",  # (Kazakh, Uzbek)
                    "doğdu", "doğumlu", "dhashay", "born", "doğum günü", "urodziny",
                    "день рождения", "г.р.", "г. р.", "гр.", "р.н.", "р. н.", "року народження", "gebore", "gebor",
                    "doğumluyum", "doğumludur", "doğumlular")

# Kazakh months, the year written first ("1947 жылы 8 наурызда")
KAZAKH_MONTHS = ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан",
                 "қараша", "желтоқсан")
# Month names as each language writes them in a date ("15 marca 2012", "12 Μαΐου", "7 de março")
MONTH_WORDS = (
    "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября",
    "декабря",  # Russian
    "січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня",
    "листопада", "грудня",  # Ukrainian
    "януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември", "октомври", "ноември",
    "декември",  # Bulgarian
    "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października",
    "listopada", "grudnia",  # Polish
    "Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım",
    "Aralık",  # Turkish
    "janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre",
    "décembre",  # French
    "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
    "dicembre",  # Italian
    "enero", "febrero", "abril", "mayo", "junio", "julio", "septiembre", "octubre", "noviembre", "diciembre",
    # Spanish
    "janeiro", "fevereiro", "março", "maio", "junho", "julho", "setembro", "outubro", "novembro", "dezembro",
    # Portuguese
    "ianuarie", "februarie", "martie", "aprilie", "iunie", "iulie", "septembrie", "octombrie", "noiembrie",
    "decembrie",  # Romanian
    "Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Μαίου", "Ιουνίου", "Ιουλίου", "Αυγούστου",
    "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου",  # Greek
    "siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza", "rujna", "listopada",
    "studenoga", "prosinca", "januara", "februara", "aprila", "juna", "jula", "avgusta", "augusta", "septembra",
    "oktobra", "novembra", "decembra",  # Croatian, Bosnian, Serbian
    "január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember",
    "október",  # Hungarian
    "janar", "shkurt", "prill", "qershor", "korrik", "gusht", "shtator", "tetor", "nëntor", "dhjetor",  # Albanian
    "Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto", "Setyembre", "Oktubre", "Nobyembre",
    "Disyembre",  # Tagalog
)

# Scripts without capitals: a name is the words right after "my name is" / "I am" up to the next stop
# Arabic, Farsi, Urdu, Pashto
ARABIC_INTRO_WORDS = ("اسمي", "انا اسمي", "أنا اسمي", "اسم من", "اسمم", "نام من", "میرا نام", "زما نوم")
ARABIC_I_AM = ("أنا", "انا")  # "I am": only one word standing alone before a stop ("مرحبا أنا يوسف.")
# Words that end a name written in Arabic letters: "from", "in", "and I", "my age", "I have"
ARABIC_STOP = ("من", "في", "و", "وأنا", "وانا", "أنا", "انا", "عمري", "عندي", "هستم", "هستیم", "از", "در", "ہے", "ہوں",
               "است", "دی")
HAN_INTRO_WORDS = ("我叫", "我的名字是", "我名叫", "我儿子", "我女儿", "我丈夫", "我妻子", "我老公", "我老婆",
                   "我妈妈", "我爸爸", "我邻居")

# "the family …" in other languages ("семья Фризен", "famiglia Russo")
FAMILY_WORDS = ("семья", "семьи", "сім'я", "famiglia", "familia", "família", "famille", "rodzina", "rodziny",
                "οικογένεια", "familja", "porodica", "obitelj", "ailesi")
# A form's name field ("Magac: …", "Nom : …") and an account's holder ("titular: …")
FORM_NAME_WORDS = ("Nom", "Nome", "Nombre", "Имя", "Ім'я", "Име", "İsim", "Isim", "Ad Soyad", "Imię", "Imię i nazwisko",
                   "Emri", "Numele", "Nume", "Ime", "Ime i prezime", "Név", "Όνομα", "Magac", "Naam", "Navê", "Tên",
                   "Họ tên", "Jina")
ACCOUNT_WORDS = ("titular", "titulaire", "intestatario", "intestataria", "beneficiario", "beneficiária",
                 "właściciel", "odbiorca", "владелец", "получатель", "власник", "отримувач", "titularul",
                 "hesap sahibi", "alıcı", "δικαιούχος", "vlasnik", "primatelj", "rekeninghouder")

# The family names nine in ten Vietnamese carry: a name where one stands before given names ("Trần Văn Minh")
VIETNAMESE_SURNAMES = ("Nguyễn", "Nguyen", "Trần", "Tran", "Lê", "Phạm", "Pham", "Hoàng", "Hoang", "Huỳnh", "Huynh",
                       "Phan", "Vũ", "Vu", "Võ", "Đặng", "Dang", "Bùi", "Bui", "Đỗ", "Hồ", "Ngô", "Ngo", "Dương",
                       "Duong", "Lý", "Trịnh", "Trinh", "Đinh", "Dinh", "Trương", "Truong")

# Words that name a licence plate, in the languages of the city's drivers ("Kennzeichen", "plakalı", "rendszáma")
PLATE_WORDS = ("Kennzeiche", "Versicherungskennzeiche", "Nummernschild", "Autonummer", "plate", "registration", "plaka",
               "rendszám", "tablic",
               "rejestracja", "numer rejestracyjny", "номер", "immatriculation", "immatriculée", "plaque", "targa",
               "targato", "matrícula", "matricula", "număr de înmatriculare", "numărul", "registarska", "πινακίδα",
               "kenteken")  # each also as the start of a longer word: "Kennzeichen", "plakalı", "tablicą", "plates"
# Digits spelled out, as a phone number is sometimes written ("null eins fünf zwei …", "zero one seven six …")
DIGIT_WORDS = ("null", "eins", "ein", "zwei", "zwo", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun",
               "zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")

# "I live (on)", "we live in", "at our home", "our street": a home, in the writer's own language (a German street
# follows: "Я живу на Königstraße 112", "نسكن في Mannheimer Straße 88")
HOME_WORDS = ("я живу", "мы живём", "мы живем", "живу на", "живём на", "я живу на", "я мешкаю", "ми живемо",
              "живея", "живеем", "живим", "живимо", "mieszkam", "mieszkamy", "oturuyorum", "oturuyoruz", "evimiz",
              "bizim sokak", "sokağımız", "vivo en", "vivimos en", "en casa", "moro na", "moro em", "moramos",
              "j'habite", "nous habitons", "chez nous", "abito in", "abitiamo", "locuiesc", "locuim",
              "locuiește", "locuieste",
              "mir wohne", "mer wohne", "ich wohn", "banoj në", "shtëpinë time", "shtëpinë tonë", "shtëpia ime",
              "jetoj në", "živim u", "živimo u", "lakom", "lakunk", "κατοικώ", "μένω", "μένουμε", "ninaishi",
              "tunaishi", "woon", "wonen", "sa bahay", "bahay ni", "نسكن", "أسكن", "اسكن", "نعيش", "أعيش", "ساکن",
              "زندگی می‌کنم", "منزلنا",
              "بيتنا", "خانه ما")
# Titles before a name, as other languages write them ("пані Ганни", "Señora Ruiz", "Bayan Demir")
TITLE_WORDS = ("пані", "пан", "пана", "госпожа", "господин", "г-жа", "г-н", "госпожица", "κυρία", "κύριος", "κυρίου",
               "Pani", "Pana", "Bayan", "doamna", "doamnei", "domnul", "Señora", "Señor", "Sra.", "Sr.",
               "Signora", "Signor", "Sig.ra", "Sig.", "Madame", "Monsieur", "Mme", "Senhora", "Senhor",
               "Zonja", "Ate", "Kuya", "Tita", "Tito", "Chị", "Bà", "Ông", "Dapîr", "Bapîr", "gospođa", "gospodin",
               "gospa", "Mevrouw", "Meneer", "Mw.", "Dhr.")
# Vehicles, in the languages of the city's drivers, for a plate in brackets after one ("камиона (PB 4471 KM)")
VEHICLE_WORDS = ("кола", "колата", "камион", "камиона", "машина", "машину", "машины", "автомобиль", "грузовик",
                 "araba", "arabası", "aracı", "kamyon", "samochód", "samochodu", "auto", "mașina", "mașină", "masina",
                 "coche", "carro", "voiture", "camion", "macchina", "αυτοκίνητο", "kamion", "kombi", "furgon",
                 "furgone", "caminhão", "سيارة", "سيارته", "ماشین", "汽车", "xe", "sprinter", "camper", "wohnmobil",
                 "motorhome", "wohnwagen", "caravan", "autem", "samochodem", "autom", "kolima", "mașinii",
                 "gaari", "gadi", "گاڑی")
# Month names in Arabic (the Levant's and Egypt's) for a date of birth ("22 نيسان 2016")
ARABIC_MONTHS = ("كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
                 "تشرين الثاني", "كانون الأول", "يناير", "فبراير", "مارس", "أبريل", "ابريل", "مايو", "يونيو", "يوليو",
                 "أغسطس", "سبتمبر", "أكتوبر", "اكتوبر", "نوفمبر", "ديسمبر",
                 # and Farsi's, of the Gregorian and the Persian calendar
                 "ژانویه", "فوریه", "آوریل", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر",
                 "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن",
                 "اسفند")
# "my son", "my daughter", … in Arabic and Farsi: a one-word name follows ("ابني يوسف وُلد …")
ARABIC_KIN_WORDS = ("ابني", "ابنتي", "بنتي", "زوجي", "زوجتي", "جاري", "جارتي", "أخي", "أختي", "پسرم", "دخترم",
                    "همسرم", "شوهرم", "صديقي", "صديقتي", "رفيقي", "ابن عمي", "بنت عمي", "دوستم", "برادرم", "خواهرم",
                    "پسرعمویم", "دخترخاله‌ام", "همسایه‌ام", "لابني", "لابنتي", "لبنتي", "لزوجي", "لزوجتي", "لأخي",
                    "لأختي", "وابني", "وابنتي", "أبي", "بأبي", "لأبي", "وأبي", "أمي", "بأمي", "لأمي")
# The same in Tigrinya and Amharic, written in Ge'ez: "my brother", "my sister", "my friend", "my son", "my daughter"
ETHIOPIC_KIN_WORDS = ("ሓወይ", "ሓብተይ", "ዓርከይ", "ዓርከይቲ", "ወደይ", "ጓለይ", "ሰበይተይ", "ሰብኣየይ",  # Tigrinya
                      "ወንድሜ", "እህቴ", "ጓደኛዬ", "ልጄ", "ባለቤቴ")  # Amharic
# "my name is …" (the name follows; "… is" after it in Tigrinya: "ሽመይ ሳባ እዩ"), in Ge'ez
ETHIOPIC_INTRO_WORDS = ("ሽመይ", "ስመይ", "ስሜ")  # not "ኣነ" (I am): "ኣነ ኤርትራዊ እየ", I am Eritrean

# Thanks and greetings that end a text in another alphabet: no signature ("… Спасибо")
THANKS = ("спасибо", "дякую", "благодаря", "хвала", "ευχαριστώ", "ευχαριστούμε", "привет", "пока", "целую",
          "до свидания", "всего", "γεια", "φιλιά")
