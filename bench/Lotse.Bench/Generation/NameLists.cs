namespace Lotse.Bench.Generation;

/// <summary>
/// Multi-origin name lists for the synthetic dataset. Every entry is a group of spellings of one name
/// ("Mohammed|Muhammad|Mohamed|محمد"): the first spelling is the one most often registered in Germany, the
/// others are transliteration variants (and, where given, the name in its own script). A client's registered
/// name uses a Latin spelling; recorded name variants and the benchmark's search input use other spellings of
/// the same group. Origins are weighted roughly like the clients of KIM case management in NRW.
/// </summary>
public sealed record Origin(
    string Name, double Weight, string[] Nationalities, string[] Languages,
    string[] MaleGiven, string[] FemaleGiven, string[] Family, string? VariantSource);

public static class NameLists
{
    public static readonly Origin[] Origins =
    [
        new("Arabic (Syria, Iraq)", 22, ["SYR", "SYR", "SYR", "IRQ", "LBN", "PSE"], ["ar"],
            [
                "Mohammed|Muhammad|Mohamed|Mohammad|Muhammed|Mohamad|محمد", "Ahmad|Ahmed|Achmed|Ahmet|أحمد",
                "Ali|Aly|علي", "Hassan|Hasan|Hassen|حسن", "Hussein|Hussain|Hosein|Husein|Hüseyin|حسين",
                "Omar|Umar|Omer|عمر", "Khaled|Khalid|Chalid|Haled|خالد", "Mahmoud|Mahmud|Mahmood|محمود",
                "Abdullah|Abdallah|Abdulla|عبدالله", "Yousef|Youssef|Yusuf|Jusuf|Yosef|Josef|يوسف",
                "Ibrahim|Ebrahim|Ibraheem|إبراهيم", "Mustafa|Mostafa|Moustafa|مصطفى", "Samer|Sameer|Samir|سامر",
                "Rami|Ramy|رامي", "Karim|Kareem|Carim|كريم", "Walid|Waleed|Oualid|وليد", "Bilal|Belal|بلال",
                "Anas|Anass|أنس", "Fadi|Fady|فادي", "Tarek|Tariq|Tarik|طارق", "Majed|Majid|Maged|ماجد",
                "Nasser|Naser|Nasir|ناصر", "Jamal|Gamal|Djamal|جمال", "Osama|Usama|Ousama|أسامة",
                "Saleh|Salih|Salah|صالح", "Hamza|Hamsa|حمزة", "Amjad|Amgad|أمجد", "Ayman|Aiman|أيمن",
                "Zaid|Zayd|Said|زيد", "Mazen|Mazin|مازن", "Qasim|Kassem|Kasim|Qassem|قاسم", "Adnan|Adnane|عدنان"
            ],
            [
                "Fatima|Fatma|Fatmeh|Fatimah|فاطمة", "Aisha|Aischa|Ayesha|Aïcha|عائشة", "Maryam|Mariam|Meryem|مريم",
                "Noor|Nour|Nur|نور", "Rana|Ranaa|رنا", "Hiba|Heba|هبة", "Rasha|Rascha|رشا", "Amal|Amel|أمل",
                "Huda|Hoda|هدى", "Layla|Leila|Laila|Leyla|ليلى", "Zainab|Zeinab|Zaynab|Seinab|زينب",
                "Samira|Sameera|سميرة", "Yasmin|Jasmin|Yasmeen|Yasmine|ياسمين", "Rania|Ranya|رانيا",
                "Dima|Deema|ديما", "Lina|Leena|لينا", "Reem|Rim|ريم", "Salma|Selma|سلمى", "Asmaa|Asma|أسماء",
                "Khadija|Chadidscha|Khadidja|Hatice|خديجة", "Nadia|Nadja|Nadiya|نادية", "Ghada|Rada|غادة"
            ],
            [
                "Al-Hassan|Alhasan|El Hassan|Al Hasan|Elhassan|الحسن", "Al-Ahmad|Alahmad|Al Ahmed|El-Ahmad|الأحمد",
                "Al-Ali|Alali|El Ali|العلي", "Haddad|Hadad|Al-Haddad|حداد", "Khalil|Chalil|Halil|Kalil|خليل",
                "Al-Khatib|Alkhatib|El Khatib|Al Chatib|الخطيب", "Darwish|Derwisch|Darwich|درويش",
                "Hamdan|Hamdane|حمدان", "Al-Masri|Elmasri|Al Masry|المصري", "Saleh|Salih|Salah|صالح",
                "Othman|Osman|Usman|Uthman|عثمان", "Ibrahim|Ebrahim|Ibraheem|إبراهيم", "Mansour|Mansur|Mansoor|منصور",
                "Al-Hamwi|Alhamwi|Al Hamawi|الحموي", "Al-Halabi|Alhalabi|El Halaby|الحلبي", "Aziz|Abdulaziz|Asis|عزيز",
                "Hussein|Hussain|Hosein|Husein|حسين", "Youssef|Yousef|Yusuf|Jusuf|يوسف", "Nasser|Naser|Nasir|ناصر",
                "Sabbagh|Sabagh|Al-Sabbagh|صباغ", "Al-Jasem|Aljasim|Al Jassem|الجاسم", "Al-Shami|Alshami|Schami|الشامي",
                "Kanaan|Kanan|Canaan|كنعان", "Al-Mohammad|Almohamad|Al Muhammad|المحمد", "Qasim|Kassem|Kasim|قاسم",
                "Abdo|Abdou|Abdu|عبده", "Hijazi|Hejazi|Higazi|حجازي", "Al-Rifai|Alrifai|El Refai|الرفاعي",
                "Suleiman|Sulaiman|Soliman|Süleyman|سليمان", "Mahmoud|Mahmud|Mahmood|محمود"
            ], "arabische Schrift"),
        new("Ukrainian, Russian", 20, ["UKR", "UKR", "UKR", "UKR", "RUS", "BLR", "MDA"], ["uk", "ru"],
            [
                "Oleksandr|Alexander|Aleksandr|Olexandr|Oleksander|Олександр", "Serhiy|Sergey|Sergej|Serhij|Serhii|Сергій",
                "Dmytro|Dmitri|Dmitrij|Dmitry|Dmytrij|Дмитро", "Andriy|Andrij|Andrei|Andrey|Andrii|Андрій",
                "Volodymyr|Wolodymyr|Vladimir|Wladimir|Володимир", "Mykola|Mikola|Nikolai|Nikolaj|Микола",
                "Oleh|Oleg|Олег", "Yuriy|Juri|Yuri|Jurij|Iurii|Юрій", "Ivan|Iwan|Іван", "Vasyl|Wassyl|Vasily|Wassili|Василь",
                "Maksym|Maxim|Maksim|Maxym|Максим", "Artem|Artjom|Artyom|Артем", "Bohdan|Bogdan|Богдан",
                "Taras|Тарас", "Viktor|Victor|Wiktor|Віктор", "Yevhen|Evgeni|Jewgeni|Yevgeny|Ievgen|Євген",
                "Mykhailo|Michail|Mikhail|Mychajlo|Михайло", "Pavlo|Pawel|Pavel|Pawlo|Павло"
            ],
            [
                "Olena|Elena|Jelena|Yelena|Olena|Олена", "Tetiana|Tatjana|Tatiana|Tetyana|Тетяна",
                "Nataliia|Natalia|Natalija|Nataliya|Natalja|Наталія", "Iryna|Irina|Iryna|Ирина|Ірина",
                "Yuliia|Julia|Yulia|Iuliia|Julija|Юлія", "Oksana|Oxana|Оксана", "Svitlana|Swetlana|Svetlana|Світлана",
                "Anastasiia|Anastasia|Anastasija|Анастасія", "Kateryna|Ekaterina|Jekaterina|Katerina|Катерина",
                "Mariia|Maria|Marija|Марія", "Olha|Olga|Olya|Ольга", "Liudmyla|Ludmila|Ljudmila|Lyudmila|Людмила",
                "Halyna|Galina|Halina|Галина", "Viktoriia|Viktoria|Wiktorija|Вікторія", "Daria|Darja|Dariia|Дарія",
                "Valentyna|Valentina|Walentina|Валентина", "Alina|Alyna|Аліна", "Sofiia|Sofia|Sofija|Софія"
            ],
            [
                "Kovalenko|Kowalenko|Коваленко", "Shevchenko|Schewtschenko|Sevcenko|Shevtchenko|Шевченко",
                "Bondarenko|Bondarenko|Бондаренко", "Tkachenko|Tkatschenko|Tkacenko|Ткаченко",
                "Melnyk|Melnik|Melnyk|Мельник", "Kravchenko|Krawtschenko|Kravcenko|Кравченко",
                "Boyko|Boiko|Bojko|Бойко", "Kovalchuk|Kowaltschuk|Kovalcuk|Ковальчук", "Oliinyk|Olijnyk|Oleinik|Олійник",
                "Shevchuk|Schewtschuk|Шевчук", "Polishchuk|Polischtschuk|Polishuk|Поліщук", "Lysenko|Lyssenko|Lisenko|Лисенко",
                "Marchenko|Martschenko|Марченко", "Moroz|Moros|Мороз", "Petrenko|Петренко", "Savchenko|Sawtschenko|Савченко",
                "Ivanov|Iwanow|Ivanow|Иванов", "Petrov|Petrow|Петров", "Kuznetsov|Kusnezow|Kuznecov|Кузнецов",
                "Smirnov|Smirnow|Смирнов", "Popov|Popow|Попов", "Sokolov|Sokolow|Соколов", "Lebedev|Lebedew|Лебедев",
                "Rudenko|Руденко", "Hrytsenko|Grizenko|Hrycenko|Гриценко", "Pavlenko|Pawlenko|Павленко",
                "Zinchenko|Sintschenko|Зінченко", "Kostenko|Костенко", "Romanenko|Романенко", "Vasylenko|Wassylenko|Василенко"
            ], "kyrillische Schrift"),
        new("Afghan (Dari, Pashto)", 11, ["AFG"], ["fa-AF", "ps"],
            [
                "Mohammad|Mohammed|Muhammad|Mohamad|محمد", "Ahmad|Ahmed|احمد", "Ali|Aly|علی", "Farid|Fareed|فرید",
                "Zabihullah|Sabiullah|Zabiullah|Sabihullah|ذبیح الله", "Rahmatullah|Rahmatulla|رحمت الله",
                "Mirwais|Mir Wais|Mirways|میرویس", "Hamid|Hameed|حمید", "Jawad|Javad|Dschawad|جواد", "Nasir|Naser|Nasser|ناصر",
                "Shafiq|Shafik|Schafik|شفیق", "Sayed|Sayyed|Seyed|Said|سید", "Abdul Rahman|Abdurrahman|Abdulrahman|عبدالرحمن",
                "Habib|Habeeb|حبیب", "Wahid|Waheed|وحید", "Ismail|Esmail|Ismayil|اسماعیل", "Samiullah|Samiulla|سمیع الله",
                "Najib|Najeeb|Nadschib|نجیب", "Khalid|Khaled|Chalid|خالد", "Noorullah|Nurullah|نورالله"
            ],
            [
                "Fatima|Fatema|Fatemah|فاطمه", "Maryam|Mariam|Marjam|مریم", "Zahra|Sahra|Zohra|زهرا", "Shabnam|Schabnam|شبنم",
                "Nazanin|Nasanin|نازنین", "Mursal|Morsal|مرسل", "Parwana|Parvana|Parwane|پروانه", "Freshta|Fereshteh|Fereshta|فرشته",
                "Nilofar|Nilufar|Nelofar|نیلوفر", "Sima|Seema|سیما", "Laila|Leila|Layla|لیلا", "Roya|Rooya|رویا",
                "Madina|Medina|مدینه", "Zarghona|Zarghuna|زرغونه", "Hosna|Husna|حسنا"
            ],
            [
                "Ahmadzai|Ahmadsai|Ahmedzai|احمدزی", "Popal|Popalzai|پوپل", "Stanekzai|Stanikzai|ستانکزی",
                "Noori|Nuri|Nouri|نوری", "Hashimi|Hashemi|Haschemi|هاشمی", "Sultani|Soltani|سلطانی", "Rahmani|Rahmany|رحمانی",
                "Sadat|Saadat|سادات", "Amiri|Emiri|امیری", "Karimi|Karimy|Karemi|کریمی", "Haidari|Heidari|Haidary|حیدری",
                "Mohammadi|Muhammadi|Mohamadi|محمدی", "Safi|Saafi|صافی", "Wardak|Wardag|وردک", "Yousufzai|Yusufzai|Yousafzai|یوسفزی",
                "Nazari|Nasari|Nazary|نظری", "Rasuli|Rasooli|Rassouli|رسولی", "Habibi|Habiby|حبیبی", "Azizi|Asisi|Azizy|عزیزی",
                "Jalali|Dschalali|Djalali|جلالی"
            ], "Dari-Schrift"),
        new("Turkish", 10, ["TUR"], ["tr"],
            [
                "Mehmet|Mehmed|Mehmet", "Mustafa|Mustapha", "Ahmet|Ahmed", "Ali|Aly", "Hüseyin|Hueseyin|Huseyin|Hüssein",
                "Hasan|Hassan", "İbrahim|Ibrahim", "Murat|Murad", "Emre|Emreh", "Osman|Usman", "Yusuf|Jusuf|Yousef",
                "Kemal|Kamal", "Burak|Buraq", "Serkan|Sercan", "Cem|Djem|Dschem", "Özgür|Oezguer|Ozgur", "Ömer|Oemer|Omer",
                "Recep|Receb|Redschep", "Halil|Khalil|Chalil", "Şükrü|Sukru|Schükrü"
            ],
            [
                "Ayşe|Ayse|Ayshe|Aysche", "Fatma|Fatima", "Emine|Emina", "Hatice|Hatidsche|Hatije", "Zeynep|Zeinab|Seynep",
                "Elif|Elīf", "Meryem|Meryam|Maryam", "Şerife|Serife|Scherife", "Sultan|Sultane", "Hülya|Huelya|Hulya",
                "Esra|Esrah", "Büşra|Busra|Buesra", "Gülsüm|Gulsum|Guelsuem", "Özlem|Oezlem|Ozlem", "Derya|Deria"
            ],
            [
                "Yılmaz|Yilmaz|Jilmas|Yilmas", "Kaya|Kaja", "Demir|Demirr", "Şahin|Sahin|Schahin|Shahin", "Çelik|Celik|Tschelik",
                "Yıldız|Yildiz|Jildis", "Yıldırım|Yildirim", "Öztürk|Ozturk|Oeztuerk|Öztürk", "Aydın|Aydin|Aidin",
                "Özdemir|Ozdemir|Oezdemir", "Arslan|Aslan|Arslan", "Doğan|Dogan|Doan", "Kılıç|Kilic|Kilitsch",
                "Aslan|Arslan", "Çetin|Cetin|Tschetin", "Kara|Karra", "Koç|Koc|Kotsch", "Kurt|Kurd", "Özkan|Ozkan|Oezkan",
                "Şimşek|Simsek|Schimschek", "Polat|Pollat", "Korkmaz|Korkmas", "Erdoğan|Erdogan|Erdoan", "Güler|Guler|Gueler",
                "Osmanoğlu|Osmanoglu|Osmanoğlu"
            ], "Pass"),
        new("Kurdish", 7, ["SYR", "IRQ", "TUR", "IRN"], ["ku", "kmr", "ckb"],
            [
                "Xalid|Khalid|Chalid|Halit", "Azad|Asad|Azat", "Şivan|Shivan|Schiwan|Sivan", "Hesen|Hassan|Hasan|Hesan",
                "Dilşad|Dilshad|Dilschad", "Rêbîn|Rebin|Rebîn", "Baran|Barran", "Kawa|Kaveh|Kava", "Serdar|Sardar",
                "Welat|Walat|Velat", "Berzan|Barzan", "Ciwan|Jwan|Djiwan", "Mihemed|Mohammed|Muhammed|Mihammed", "Jiyan|Jian|Zhiyan"
            ],
            [
                "Rojda|Roza|Rozhda", "Dilan|Delan", "Berfîn|Berfin|Barfin", "Nesrîn|Nesrin|Nasrin", "Hêvî|Hevi|Hewi",
                "Zozan|Sosan", "Gulistan|Gülistan|Golestan", "Şîrîn|Shirin|Schirin|Sirin", "Rûken|Ruken", "Jîn|Jin|Zhin",
                "Nûjîn|Nujin|Nojin", "Avesta|Awesta"
            ],
            [
                "Berzanî|Barzani|Berzani|Barsani", "Şêx|Sheikh|Scheich|Shekh|Şeyh", "Omer|Omar|Ömer|Umar", "Ezîz|Aziz|Asis",
                "Silêman|Suleiman|Sulaiman|Süleyman", "Mistefa|Mustafa|Mostafa", "Hisên|Hussein|Husein|Hüseyin",
                "Xelîl|Khalil|Chalil|Halil", "Biro|Birro", "Reşîd|Rashid|Raschid|Reşit", "Temo|Tamo", "Zaxoyî|Zakhoyi|Sakhoi",
                "Mehmûd|Mahmoud|Mahmud", "Îbrahîm|Ibrahim|Ebrahim", "Ehmed|Ahmad|Ahmed"
            ], "kurdische Schreibweise"),
        new("Persian (Iran)", 4, ["IRN"], ["fa"],
            [
                "Reza|Resa|Rezā|رضا", "Ali|Aly|علی", "Hossein|Hussein|Hosein|Husain|حسین", "Mohammad|Mohammed|Mohamad|محمد",
                "Amir|Emir|امیر", "Mehdi|Mahdi|Mehdy|مهدی", "Saeed|Said|Saied|سعید", "Hamid|Hameed|حمید",
                "Behnam|Benham|بهنام", "Farhad|Farhaad|فرهاد", "Arash|Arasch|آرش", "Kourosh|Kurosch|Koorosh|Cyrus|کوروش",
                "Majid|Madschid|Madjid|مجید", "Javad|Jawad|Dschawad|جواد"
            ],
            [
                "Fatemeh|Fatima|Fatemah|فاطمه", "Zahra|Sahra|زهرا", "Maryam|Mariam|مریم", "Narges|Nargis|نرگس",
                "Shirin|Schirin|Sheereen|شیرین", "Parisa|Parissa|پریسا", "Niloofar|Nilufar|Nilofar|نیلوفر",
                "Mahsa|Mahssa|مهسا", "Leila|Layla|Laila|لیلا", "Sara|Sarah|Zahra|سارا", "Azadeh|Asadeh|آزاده", "Roya|Rooya|رویا"
            ],
            [
                "Hosseini|Husseini|Hoseini|Hosseyni|حسینی", "Mohammadi|Muhammadi|Mohamadi|محمدی", "Rezaei|Rezaie|Rezai|Resai|رضایی",
                "Ahmadi|Ahmady|احمدی", "Karimi|Karimy|کریمی", "Rahimi|Rahimy|رحیمی", "Jafari|Djafari|Dschafari|Jaafari|جعفری",
                "Moradi|Morady|مرادی", "Ghasemi|Qasemi|Kasemi|قاسمی", "Sadeghi|Sadeqi|Sadegi|صادقی", "Heidari|Haidari|Heydari|حیدری",
                "Kazemi|Kasemi|Kazimi|کاظمی", "Abbasi|Abassi|عباسی", "Najafi|Nadschafi|نجفی", "Tehrani|Teherani|تهرانی"
            ], "Pass"),
        new("Eritrean, Ethiopian (Tigrinya)", 4, ["ERI", "ERI", "ETH"], ["ti", "am"],
            [
                "Yohannes|Johannes|Yohanes|Yohannis|ዮሃንስ", "Tesfaye|Tesfay|Tesfai|ተስፋይ", "Mehari|Meheri|Mehary|መሓሪ",
                "Haile|Hayle|Hailu|ሃይለ", "Tekle|Teklay|Teklai|ተኽለ", "Berhane|Berhe|Birhane|ብርሃነ", "Filmon|Philemon|Filemon|ፊልሞን",
                "Samuel|Samiel|Semere|ሳሙኤል", "Dawit|Dawitt|Davit|ዳዊት", "Ermias|Jeremias|Ermyas|ኤርምያስ",
                "Abraham|Abrham|Abraha|ኣብርሃም", "Michael|Mikael|Michele|ሚካኤል", "Tsegay|Tsegaye|Zegai|Segay|ጸጋይ",
                "Kibrom|Kbrom|Kiflom|ክብሮም", "Yonas|Jonas|Yonatan|ዮናስ"
            ],
            [
                "Semhar|Semhar|Semhar|ሰምሃር", "Selam|Selamawit|Salam|ሰላም", "Luwam|Luam|Lwam|ልዋም", "Helen|Hellen|Hilina|ሄለን",
                "Senait|Senayt|Sennait|ሰናይት", "Winta|Wintana|ዊንታ", "Saba|Sabba|ሳባ", "Mebrat|Mebrahtu|መብራት",
                "Feven|Fewen|Fiyori|ፌቨን", "Tsega|Tsehay|Zega|ጸጋ", "Hiwet|Hiwot|Heywet|ሕይወት", "Rahel|Rachel|Raheal|ራሄል"
            ],
            [
                "Gebremedhin|Gebre Medhin|Gebremedin|Ghebremedhin|ገብረመድህን", "Tesfamariam|Tesfa Mariam|Tesfamaryam|ተስፋማርያም",
                "Kidane|Kidanemariam|Kidane Mariam|ኪዳነ", "Haile|Hayle|Hailemariam|ሃይለ", "Tesfay|Tesfaye|Tesfai|ተስፋይ",
                "Berhe|Berhane|Birhane|በርሀ", "Mebrahtu|Mebratu|Mebrahtom|መብራህቱ", "Ghebreyesus|Gebreyesus|Gebre Yesus|ገብረየሱስ",
                "Woldu|Weldu|Wolde|ወልዱ", "Habte|Habtom|Habtu|ሃብቴ", "Asmerom|Asmelash|Asmerom|ኣስመሮም", "Tekle|Teklay|Tekleab|ተኽለ",
                "Andemariam|Ande Mariam|Andemaryam|ኣንደማርያም", "Negash|Negasi|Nigusse|ነጋሽ", "Abraha|Abreha|Abrha|ኣብርሃ"
            ], "Tigrinya-Schrift"),
        new("Balkan (Bosnia, Kosovo, Serbia, Albania)", 8, ["BIH", "XKX", "SRB", "ALB", "MKD"], ["bs", "sq", "sr"],
            [
                "Amir|Emir|Ameer", "Edin|Eddin", "Senad|Senaad", "Adnan|Adnaan", "Haris|Harris", "Jasmin|Yasmin|Jasmine",
                "Arben|Arbëna", "Fatmir|Fatimir", "Besnik|Besnick", "Driton|Dritton", "Dragan|Dragann", "Nikola|Nicola|Nikolla",
                "Marko|Marco", "Stefan|Stephan|Stevan", "Miloš|Milos|Milosch", "Nenad|Nenadd"
            ],
            [
                "Amela|Amella", "Lejla|Leila|Layla", "Emina|Emine", "Selma|Salma", "Azra|Asra", "Blerina|Blerine",
                "Arta|Artah", "Drita|Dritta", "Valbona|Walbona", "Jelena|Elena|Yelena", "Milica|Militsa|Militza",
                "Ana|Anna", "Ivana|Iwana", "Dragana|Dragane"
            ],
            [
                "Hodžić|Hodzic|Hodschitsch|Hodzhich", "Begović|Begovic|Begowitsch", "Kovačević|Kovacevic|Kowatschewitsch",
                "Jovanović|Jovanovic|Jowanowitsch", "Petrović|Petrovic|Petrowitsch", "Nikolić|Nikolic|Nikolitsch",
                "Hadžić|Hadzic|Hadschitsch", "Mehmedović|Mehmedovic|Memedovic", "Delić|Delic|Delitsch", "Hasanović|Hasanovic|Hassanovic",
                "Krasniqi|Krasniki|Krasnici", "Berisha|Berischa|Berisa", "Gashi|Gaschi|Gasi", "Hoxha|Hodscha|Hodza|Hoxa",
                "Shala|Schala|Sala", "Morina|Murina", "Bytyqi|Bytyci|Bütütschi", "Kelmendi|Kelmendy", "Stojanović|Stojanovic|Stojanowitsch",
                "Marković|Markovic|Markowitsch"
            ], "Pass"),
        new("Somali", 2, ["SOM"], ["so"],
            [
                "Abdirahman|Abdulrahman|Abdurahman|Cabdiraxmaan", "Abdullahi|Abdallah|Cabdullaahi", "Mohamed|Mohammed|Maxamed",
                "Ahmed|Axmed|Ahmad", "Hassan|Xasan|Hasan", "Ali|Cali", "Omar|Cumar|Umar", "Yusuf|Yuusuf|Jusuf", "Ismail|Ismaaciil|Ismael"
            ],
            [
                "Hodan|Hodaan", "Fadumo|Faduma|Fatuma|Faadumo", "Ayaan|Ayan|Ayaana", "Amina|Aamina|Ameena", "Hawa|Xaawo|Hawo",
                "Sahra|Zahra|Saxra", "Ifrah|Ifraax|Ifra", "Nimco|Nimo|Nimko"
            ],
            [
                "Farah|Faarax|Fara", "Warsame|Warsami|Warsame", "Jama|Jaamac|Jaama", "Abdi|Cabdi|Abdy", "Osman|Cusmaan|Othman",
                "Hussein|Xuseen|Husein", "Aden|Aadan|Adan", "Mohamud|Maxamuud|Mahmoud", "Egal|Cigaal|Igal", "Hirsi|Xirsi|Hersi"
            ], "somalische Schreibweise"),
        new("West African (Guinea, Nigeria, Gambia)", 4, ["GIN", "NGA", "GMB", "SEN", "CIV"], ["fr", "en", "ff"],
            [
                "Mamadou|Mamadu|Mamoudou|Mohamadou", "Ibrahima|Ibrahim|Ebrima", "Alpha|Alfa", "Ousmane|Usman|Osman|Ousman",
                "Abdoulaye|Abdoulie|Abdulai|Abdullahi", "Boubacar|Bubacarr|Bubakar|Aboubakar", "Chinedu|Chinedum",
                "Emeka|Chukwuemeka", "Oluwaseun|Seun|Oluseun", "Moussa|Musa|Mousa", "Lamin|Lamine|Amin"
            ],
            [
                "Fatoumata|Fatumata|Fatou|Fatima", "Aissatou|Aisatu|Aissata|Aisha", "Mariama|Mariam|Maryam", "Kadiatou|Kadijatu|Khadija",
                "Hawa|Hawaa|Awa", "Ngozi|Ngozie", "Chioma|Chiomma", "Aminata|Aminatta|Aminatou"
            ],
            [
                "Diallo|Jallow|Djalo|Jalloh|Diallo", "Bah|Ba|Baa", "Barry|Bari|Barrie", "Sow|Sou|Sowe", "Camara|Kamara|Kamarah",
                "Touré|Toure|Ture", "Keita|Keïta|Keyta", "Sylla|Silla|Sila", "Okafor|Okaafor", "Adeyemi|Adeyemy|Adejemi",
                "Okonkwo|Okonkow", "Ceesay|Sise|Cissé|Cisse", "Jobe|Job|Diop", "Conteh|Conte|Konte"
            ], "Pass"),
        new("German and EU", 6, ["DEU", "DEU", "POL", "ROU", "BGR", "ITA", "GRC"], ["de", "pl", "ro", "bg"],
            [
                "Thomas|Tomas|Tomasz", "Michael|Michal|Mihail|Mikhail", "Stefan|Stephan|Ştefan", "Andreas|Andrzej|Andrei",
                "Lukas|Lucas|Łukasz", "Jan|Johann|Ion|Jean", "Peter|Piotr|Petru|Petar", "Alexander|Aleksander|Alexandru",
                "Daniel|Danijel", "Georg|Georgi|Giorgos|Jerzy"
            ],
            [
                "Anna|Ana|Ania", "Maria|Marija|Mariya", "Julia|Julija|Iulia", "Katarzyna|Katharina|Ekaterina|Katerina",
                "Elena|Helena|Jelena", "Monika|Monica", "Agnieszka|Agnes|Agnesa", "Ioana|Joanna|Johanna", "Sofia|Sophia|Zofia",
                "Magdalena|Madalina|Magda"
            ],
            [
                "Müller|Mueller|Muller|Miller", "Schmidt|Schmitt|Schmid", "Meier|Meyer|Maier|Mayer", "Schneider|Schnaider",
                "Fischer|Fisher", "Weber|Waeber", "Wagner|Wegner", "Becker|Bekker", "Hoffmann|Hofmann|Hoffman",
                "Nowak|Novak|Nowack", "Kowalski|Kovalski|Kowalsky", "Wiśniewski|Wisniewski|Wischnewski", "Popescu|Popesku",
                "Ionescu|Ionesku", "Dimitrov|Dimitrow|Dimitrovv", "Papadopoulos|Papadopulos", "Rossi|Rossy", "Lewandowski|Lewandowsky"
            ], "Pass"),
    ];

    public static readonly string[] Cities =
    [
        "Aachen", "Bielefeld", "Bochum", "Bonn", "Dortmund", "Duisburg", "Düsseldorf", "Essen", "Gelsenkirchen",
        "Hagen", "Hamm", "Herne", "Köln", "Krefeld", "Leverkusen", "Mönchengladbach", "Mülheim", "Münster",
        "Oberhausen", "Paderborn", "Recklinghausen", "Remscheid", "Siegen", "Solingen", "Wuppertal", "Gütersloh",
        "Lünen", "Marl", "Minden", "Neuss", "Bergisch Gladbach", "Moers", "Witten", "Iserlohn", "Ratingen",
        "Dorsten", "Arnsberg", "Bottrop", "Castrop-Rauxel", "Detmold", "Düren", "Velbert", "Viersen", "Troisdorf",
    ];

    public static readonly string[] Streets =
    [
        "Hauptstraße", "Bahnhofstraße", "Schulstraße", "Gartenstraße", "Kirchstraße", "Lindenstraße", "Am Markt",
        "Bergstraße", "Waldweg", "Ringstraße", "Mühlenweg", "Friedhofstraße", "Dorfstraße", "Wiesenweg", "Rosenstraße",
    ];
}
