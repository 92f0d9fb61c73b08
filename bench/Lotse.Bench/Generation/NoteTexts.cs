namespace Lotse.Bench.Generation;

/// <summary>German building blocks for notes, goals, steps and assessments of the synthetic cases.</summary>
public static class NoteTexts
{
    private static readonly string[] Openers =
    [
        "Beratungsgespräch im Büro", "Telefonat", "Hausbesuch", "Gespräch mit Dolmetscherin", "Kurzer Kontakt per Messenger",
        "Gemeinsamer Termin beim Jobcenter", "Begleitung zur Ausländerbehörde", "Gespräch mit der Familie", "Termin in der Sprechstunde",
    ];

    private static readonly string[] Topics =
    [
        "Antrag auf Wohngeld", "Anmeldung zum Integrationskurs", "Anerkennung des Berufsabschlusses", "Kita-Platz für die Tochter",
        "Verlängerung der Aufenthaltserlaubnis", "Bescheid des Jobcenters", "Schulanmeldung des Sohnes", "Mietrückstand und Ratenzahlung",
        "Arzttermin und Krankenversicherung", "Bewerbungsunterlagen", "Sprachkurs B1 und Prüfungstermin", "Umschreibung des Führerscheins",
        "Wohnungssuche", "Kindergeldantrag bei der Familienkasse", "Berechtigungsschein für den Integrationskurs",
        "Praktikumsplatz in der Pflege", "Schulden und Schuldnerberatung", "Einbürgerungsvoraussetzungen", "Familiennachzug",
        "Therapieplatz und Traumaberatung", "Ausbildungsplatz als Elektroniker", "Rentenversicherungsnummer und Steuer-ID",
    ];

    private static readonly string[] Outcomes =
    [
        "Unterlagen werden bis zum nächsten Termin nachgereicht", "nächster Termin in zwei Wochen vereinbart",
        "Weiterleitung an die Migrationsberatung besprochen", "Rückmeldung des Jobcenters steht noch aus",
        "Antrag gemeinsam ausgefüllt und abgeschickt", "Klient:in kümmert sich selbst um den Termin",
        "Verweis an die Schuldnerberatung, Einwilligung liegt vor", "Sachstand mit der Ausländerbehörde geklärt",
        "Dolmetscher für den nächsten Termin angefragt", "Frist notiert, Erinnerung eingerichtet",
    ];

    public static readonly string[] Concerns =
    [
        "Wohnungssuche und Sprachkurs", "Arbeitssuche, Anerkennung der Ausbildung", "Aufenthaltsstatus und Familiennachzug",
        "Schulden, Briefe vom Jobcenter verstehen", "Kita- und Schulplätze für die Kinder", "Gesundheit, Arzt mit Dolmetscher",
    ];

    public static readonly string[] Situations =
        ["wohnt in einer Gemeinschaftsunterkunft", "Sprachniveau A2", "Aufenthalt befristet", "bezieht Leistungen", "Kinder ohne Kita-Platz", "Abschluss nicht anerkannt"];

    public static readonly string[] Resources =
        ["hohe Motivation", "Unterstützung durch Verwandte", "Berufserfahrung im Herkunftsland", "gute Englischkenntnisse"];

    public static readonly string[] Needs =
        ["Begleitung zu Behörden", "Sprachkurs vermitteln", "Wohnung finden", "Anerkennungsverfahren starten", "Arbeitsstelle finden"];

    public static readonly string[] Appointments =
        ["Beratungstermin", "Termin Jobcenter", "Termin Ausländerbehörde", "Re-Assessment", "Hausbesuch", "Zielvereinbarung besprechen"];

    public static readonly string[] SystemRemarks =
    [
        "Wartezeit auf den Integrationskurs über drei Monate.", "Zuständigkeit für den Berechtigungsschein unklar.",
        "Kein Kita-Platz im Regionalbereich verfügbar.", "Widersprüchliche Auflagen von Jobcenter und Ausländerbehörde.",
    ];

    public static string Note(Random rng)
    {
        var text = $"{Openers[rng.Next(Openers.Length)]}: {Topics[rng.Next(Topics.Length)]} besprochen; {Outcomes[rng.Next(Outcomes.Length)]}.";
        return rng.NextDouble() < 0.3 ? text + $" Außerdem: {Topics[rng.Next(Topics.Length)]}." : text;
    }

    public static string Goal(string domain, Random rng) => domain switch
    {
        "Housing" => "Eigene Wohnung bis Jahresende",
        "Language" => rng.NextDouble() < 0.5 ? "Sprachniveau B1 erreichen" : "Integrationskurs abschließen",
        "Residence" => "Aufenthalt dauerhaft sichern",
        "Livelihood" => "Lebensunterhalt ohne Leistungen sichern",
        "Health" => "Gesundheitliche Versorgung klären",
        "EducationSchool" => "Schulplatz für die Kinder",
        "QualificationRecognition" => "Berufsabschluss anerkennen lassen",
        "WorkTraining" => rng.NextDouble() < 0.5 ? "Ausbildungsplatz finden" : "Sozialversicherungspflichtige Arbeit aufnehmen",
        "ChildcareFamily" => "Kita-Platz finden",
        _ => "Kontakte im Stadtteil aufbauen",
    };

    public static string Step(string domain, Random rng) => (domain, rng.Next(3)) switch
    {
        ("Housing", 0) => "Wohnberechtigungsschein beantragen",
        ("Housing", _) => "Wohnungsangebote gemeinsam durchsehen",
        ("Language", 0) => "Berechtigungsschein beim Jobcenter anfragen",
        ("Language", _) => "Anmeldung bei der VHS",
        ("Residence", _) => "Termin bei der Ausländerbehörde wahrnehmen",
        ("QualificationRecognition", _) => "Zeugnisse übersetzen lassen",
        ("WorkTraining", 0) => "Lebenslauf erstellen",
        ("WorkTraining", _) => "Bewerbungen an drei Betriebe",
        ("ChildcareFamily", _) => "Kita-Anmeldung im Online-Portal",
        _ => "Unterlagen zusammenstellen",
    };
}
