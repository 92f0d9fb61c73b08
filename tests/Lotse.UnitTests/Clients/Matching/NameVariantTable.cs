namespace Lotse.UnitTests.Clients.Matching;

/// <summary>
/// Real-world name-variant pairs with the answer a case manager expects from the duplicate check.
/// Columns: phenomenon, given A, family A, birth A, given B, family B, birth B, likely duplicate?
/// Birth dates are written as case managers type them (German form, "1990" for year only).
/// </summary>
public static class NameVariantTable
{
    public static TheoryData<string, string, string, string?, string, string, string?, bool> Rows => new()
    {
        // ----- Arabic -----
        { "Arabisch: o/u-Vokale, Doppel-m, Artikel al- mit Bindestrich vs. angeschrieben, ss/s",
            "Mohammed", "Al-Hassan", "20.05.1990", "Muhammad", "Alhasan", "20.05.1990", true },
        { "Arabisch: Artikel al-/el- (ägyptisch/maghrebinisch) getrennt geschrieben",
            "Mohammed", "Al-Hassan", "20.05.1990", "Mohamad", "El Hasan", "20.05.1990", true },
        { "Arabisch: angeschriebener Artikel vs. getrennter el-, beide ohne Doppelkonsonant",
            "Muhammad", "Alhasan", "20.05.1990", "Mohamad", "El Hasan", "20.05.1990", true },
        { "Arabische Schrift (ohne Kurzvokale, Artikel angeschrieben) vs. englische Umschrift",
            "محمد", "الحسن", "20.05.1990", "Mohammed", "Al-Hassan", "20.05.1990", true },
        { "Arabisch: e/i in Khaled/Khalid, Kompositum Abdulrahman zusammen/getrennt, nur Jahr bekannt",
            "Khaled", "Abdulrahman", "1987", "Khalid", "Abdul Rahman", "03.02.1987", true },
        { "Arabisch: ou/u und ss/s (Youssef/Yusuf), Anlaut-Vokal I/E (Ibrahim/Ebrahim)",
            "Youssef", "Ibrahim", "11.11.1999", "Yusuf", "Ebrahim", "11.11.1999", true },
        { "Maghrebinisch-französisch ch = sch (Aicha/Aisha), Partikel ben getrennt vs. angeschrieben",
            "Aicha", "Ben Salah", "1994", "Aisha", "Bensalah", "1994", true },
        { "Arabisch: O/U im Anlaut, Sonnenbuchstaben-Assimilation as-/al-, Sayed/Sayyid",
            "Omar", "Al-Sayed", "1975", "Umar", "As-Sayyid", "1975", true },
        { "Arabisch: Hassan und Hussein sind verschiedene Namen, Geburtsdaten 3 Jahre auseinander",
            "Ali", "Hassan", "12.03.1990", "Ali", "Hussein", "01.07.1987", false },
        { "Arabisch: Zwillinge Hasan und Husain (klassische Namenswahl) mit gleichem Datum – anzeigen, aber nicht als wahrscheinliches Duplikat",
            "Hassan", "Ali", "12.03.1990", "Hussein", "Ali", "12.03.1990", false },
        { "Arabisch: Ahmad und Mahmoud sind verschiedene Vornamen (Geschwister, gleiches Jahr)",
            "Ahmad", "Karimi", "1990", "Mahmoud", "Karimi", "1990", false },

        // ----- Persian / Dari -----
        { "Persisch: gleicher Name, Geburtsjahre 11 Jahre auseinander – andere Person",
            "Ahmad", "Karimi", "1985", "Ahmed", "Karimi", "1996", false },
        { "Persisch: Hosseini/Husseini (o/u, ei/i)",
            "Zahra", "Hosseini", "07.09.1993", "Zahra", "Husseini", "07.09.1993", true },
        { "Persisch: Hosseyni/Hosseini (ey/ei), nur Jahr vs. volles Datum",
            "Ali", "Hosseyni", "1968", "Ali", "Hosseini", "14.02.1968", true },
        { "Persisch: -zadeh/-zade, zusammen vs. getrennt geschrieben",
            "Mohammad", "Hosseinzadeh", "21.03.1980", "Mohammad", "Hossein Zade", "21.03.1980", true },
        { "Persisch: Karimi und Karami sind verschiedene Familiennamen; volle Daten im selben Jahr, aber anderer Monat",
            "Reza", "Karimi", "14.03.1992", "Reza", "Karami", "02.11.1992", false },
        { "Persisch: e für arabisches a (Mehdi/Mahdi), Endung -ei/-ie",
            "Mehdi", "Rezaei", "1990", "Mahdi", "Rezaie", "1990", true },
        { "Persisch/Arabisch: Fatemeh/Fatima (persisches e, stummes h), ou/u und w/v",
            "Fatemeh", "Mousavi", "1985", "Fatima", "Musawi", "1985", true },
        { "Persische Schrift (ض wird persisch z gesprochen) vs. Umschrift",
            "رضا", "کریمی", "1988", "Reza", "Karimi", "1988", true },

        // ----- Kurdish -----
        { "Kurdisch (Kurmancî): x = kh (Xalid/Khalid), Mihemed für Mohammed",
            "Xalid", "Mihemed", "1979", "Khalid", "Mohammed", "1979", true },
        { "Kurdisch: Şêx/Sheikh (ş = sh, ê, x = kh), Ehmed/Ahmad",
            "Şêx", "Ehmed", "02.06.1971", "Sheikh", "Ahmad", "02.06.1971", true },
        { "Kurdisch: c = dsch (Ciwan/Djiwan), e/a (Bekir/Bakir)",
            "Ciwan", "Bekir", "1998", "Djiwan", "Bakir", "1998", true },
        { "Kurdisch: Dilan und Dilşad sind verschiedene Vornamen (Geschwister)",
            "Dilan", "Mustafa", "2001", "Dilşad", "Mustafa", "2001", false },

        // ----- Tigrinya -----
        { "Tigrinya: Tesfay/Tesfaye, Gebremedhin zusammen vs. getrennt",
            "Tesfay", "Gebremedhin", "1990", "Tesfaye", "Gebre Medhin", "1990", true },
        { "Tigrinya: Tesfai/Tesfay, italienisches gh (Ghebremedhin)",
            "Tesfai", "Ghebremedhin", "15.05.1990", "Tesfay", "Gebremedhin", "15.05.1990", true },
        { "Tigrinya in äthiopischer Schrift (Ge'ez) vs. Umschrift",
            "ተስፋይ", "ገብረመድህን", "1990", "Tesfay", "Gebremedhin", "1990", true },
        { "Tigrinya: Haile/Hayle, nur Jahr vs. volles Datum",
            "Haile", "Kidane", "1986", "Hayle", "Kidane", "23.08.1986", true },
        { "Tigrinya: Tesfay und Tesfamariam sind verschiedene Namen; Familienname = Vatersname, also Brüder",
            "Tesfay", "Kidane", "1995", "Tesfamariam", "Kidane", "1995", false },
        { "Eritreisch: Vor- und Vatersname bei der Registrierung vertauscht",
            "Tsegay", "Berhane", "12.12.1992", "Berhane", "Tsegay", "12.12.1992", true },

        // ----- Russian / Ukrainian -----
        { "Russisch/Ukrainisch: Sergei (russ. g) vs. Serhii (ukr. h)",
            "Sergei", "Kovalenko", "12.09.1984", "Serhii", "Kovalenko", "12.09.1984", true },
        { "Russisch/Ukrainisch: Sergey/Serhiy, v/w (Kowalenko), nur Jahr vs. volles Datum",
            "Sergey", "Kowalenko", "1984", "Serhiy", "Kovalenko", "12.09.1984", true },
        { "Kyrillische Schrift vs. deutsche Umschrift (й = j, в = w)",
            "Сергей", "Коваленко", "12.09.1984", "Sergej", "Kowalenko", "12.09.1984", true },
        { "Ukrainisch: x/ks (Olexandr), englische sh/ch vs. deutsche sch/tsch (Schewtschenko)",
            "Olexandr", "Shevchenko", "1979", "Oleksandr", "Schewtschenko", "1979", true },
        { "Russisch Aleksandr vs. ukrainisch Oleksandr, -ov/-off",
            "Aleksandr", "Ivanov", "30.01.1965", "Oleksandr", "Ivanoff", "30.01.1965", true },
        { "Ukrainisch Yuliia (Passumschrift) vs. deutsch Julija",
            "Yuliia", "Bondarenko", "2000", "Julija", "Bondarenko", "2000", true },
        { "Ukrainisch in kyrillischer Schrift (Юлія) vs. Passumschrift",
            "Юлія", "Бондаренко", "2000", "Yuliia", "Bondarenko", "2000", true },
        { "Ukrainisch: Oleksandr/Oleksandra – Bruder und Schwester (Zwillinge), nicht dieselbe Person",
            "Oleksandr", "Petrenko", "03.04.2001", "Oleksandra", "Petrenko", "03.04.2001", false },
        { "Ukrainisch: Vater und Sohn gleichen Namens, 30 Jahre auseinander",
            "Ivan", "Melnyk", "1958", "Ivan", "Melnyk", "1988", false },

        // ----- Turkish -----
        { "Türkisch: Cedille in deutschen Registern verloren (Çelik/Celik)",
            "Mehmet", "Çelik", "1977", "Mehmet", "Celik", "1977", true },
        { "Türkisch: ç/ş vs. deutsche Lautschrift (Çelik/Tschelik, Ayşe/Ayse)",
            "Ayşe", "Çelik", "04.04.1982", "Ayse", "Tschelik", "04.04.1982", true },
        { "Türkisch: ö/ü vs. deutsche Ersatzschreibung oe/ue (Öztürk/Oeztuerk)",
            "Hüseyin", "Öztürk", "1969", "Hueseyin", "Oeztuerk", "1969", true },
        { "Türkisch: Öztürk/Ozturk ohne Umlautpunkte",
            "Hüseyin", "Öztürk", "1969", "Huseyin", "Ozturk", "12.07.1969", true },
        { "Türkisch: ş vs. deutsches sch (Şahin/Schahin)",
            "Emine", "Şahin", "1990", "Emine", "Schahin", "1990", true },
        { "Türkisch: Auslautverhärtung Ahmet/Ahmed, punktloses ı (Yılmaz/Yilmaz)",
            "Ahmet", "Yılmaz", "10.10.1975", "Ahmed", "Yilmaz", "10.10.1975", true },
        { "Türkisch: sehr häufiger Name, 14 Jahre auseinander – andere Person",
            "Mehmet", "Yılmaz", "1980", "Mehmet", "Yilmaz", "1994", false },

        // ----- Order, dates, placeholder -----
        { "Vor- und Nachname vertauscht, 01.01. als Platzhalter für das Jahr",
            "Karimi", "Ahmad", "1990", "Ahmad", "Karimi", "01.01.1990", true },
        { "Nur Geburtsjahr vs. volles Datum, Artikel angeschrieben",
            "Hassan", "Al-Khalil", "1988", "Hassan", "Alkhalil", "12.06.1988", true },
        { "Platzhalter 01.01. gilt als 'nur Jahr', passt zu jedem Tag im Jahr",
            "Amina", "Yusuf", "01.01.1985", "Amina", "Youssef", "15.08.1985", true },
        { "Geburtsjahr ±1 (Umrechnung aus dem persischen Kalender), nur Jahr bekannt",
            "Abdullah", "Rahimi", "1979", "Abdulla", "Rahimi", "1980", true },
        { "Tag und Monat vertauscht (Dokument im Format MM/TT)",
            "Samira", "Haddad", "05.03.1991", "Samira", "Haddad", "03.05.1991", true },
        { "Ganz andere Namen am selben Tag geboren",
            "Amina", "Yusuf", "15.08.1985", "Fatima", "Rahimi", "15.08.1985", false },
        { "Sehr häufiger Name, gleiches Jahr, aber zwei volle Daten in verschiedenen Monaten",
            "Mohammed", "Ali", "14.03.1990", "Mohammed", "Ali", "22.09.1990", false },
    };
}
