import Foundation
import Moderation
import ModerationKit
import Storage

/// A large published site for benchmarks: Dutch-flavoured columns of realistic length, each with
/// tags, and approved comments spread over them. Deterministic, so that runs compare.
struct SyntheticSite {
    let columns: Int
    let comments: Int

    /// The words of the sample columns in `Feeds/columns.atom`: text that compresses like real prose.
    private static let words = """
        aan aanbiedingen aandacht aanvragen aar acht achter achterband achterkant adres adreswijziging afdeling afdelingen afgekeurd \
        afscheept afspraak afvalcontainers algemene allang alleen allemaal alles als altijd ambassadeur ambtenaar ander anne antwoord apart \
        apk appeltaart apps arloes astvrijheid auto avond bakker balie band banden bedrag beetje belangrijk belde beloofd ben beoordelen \
        beslissen beslissing betaald betaalde betalen bezoek bij bijbleef bijzonders binnenband blij boos boven bracht brief briefje \
        briefjes brood buiten buurvrouw collega column columns daar daarna daarvan dan dat deed denken derde deur dicht die dinsdagavond \
        directe document doen donderdag door doorbladerde doorverbindt doorverbonden dorp dossiernummer drie duur duurde duurder echt \
        edactie edrijven eef een eerder eerlijk eerlijkheid eerst eerste eertig eigen eindelijk elkaar elke endriks ene enige enk enkele \
        entiel erbij ergens erhagen erheen erkstraat erop ertegen ervan ervaring etrek euro even factuur feit fiets fietsenmaker \
        formulieren fortuinen foto fout gaat gaf garage gebeld gebeuren geboekt gebroken gedacht geen gegaan gehad geheugen gekeken geld \
        gelegd geloofde gemeente genoeg geregeld gerekend geslapen gesprek geven gevoel gevonden gevraagd gewapend geweest gewoon gezet \
        gezien ging glazen goed goede goedkoopste haar haast had half halve heb hebben hebt heeft heel heette helaas hele hem het hij hoe \
        hoeft hoek hoewel hoger hoofd hoogte hooguit hotel houding huis iedere iemand iet iets ieuwe ijn ijne inchecken indsdien ineens \
        inmiddels internet invullen isschien jaar jongen juiste juni kaartje kamer kan kans kant keek keer kende keuzemenu kijken klaar \
        klacht klant klanten klantenkaarten klantenservice klantnummer kleins klinkt klopte knikte koffie komen konden kop kost kreeg \
        kregen krentenbollen krijgen krijgt kunnen kwam kwart kwartier laat laatste labeltje lag lange lastpost laten later leek legde \
        lekke leren les leuk levert liep liet lijn lijstje lke loket loyaliteit lukte maakt maand maar maart mail makkelijk man manier mee \
        meedacht meent meer mening met meteen mij mijn minuten mis misgaat miste moest moeten moment monteur morgen naam naambordje naar \
        nacht nders nee neem negen negenenveertig netjes niemand niet niets nieuwe nodig nog nooit nouk nummertje ochtend oedemorgen oen \
        oer officieel oktober omdat onthoudt onze ook oor oost opgelet opgelost opgeloste opgepompte oploste opties opzegt orte over \
        overgestapt overvallen paar pakte papieren papiertje parkeergarage parkeervergunning pas paspoort passen past pen per persoonlijke \
        plaats potlood precies prijs prijsverhoging prima probleem problemen punt receptie receptioniste redactie redden regelde regels \
        rekening remblokken rest rij ruim ruitenwisser rustig rvaringscolumns scherm schreef september sindsdien slecht sleutel snelheid \
        sneller somde staat stad stapel start station steeds stem stond stonden strand stukje sturen stuur stuurt systeem tafel tag \
        techniek tegenspraken tel telefonisch telefoonabonnement telefoonnummer teleurgesteld terug teruggekomen tevoren tien tijd trein \
        trouw trouwdag twaalf twee tweede twintig uist uit uitchecken uiteindelijk uitpraten uitspreken uitverkocht uitzicht uploaden uur \
        vaak vakantie vaker van vandaag vanuit vast vaste veel veertig verdieping vergeeft vergeten verhaal verhuizing verjaardagen \
        verkeerde verliest vernieuwen verplicht verrassingen verschil versleten vertel verteld vertelde vertellen vervelende verwachtingen \
        verwachtte via vier vierde vierhonderdzeventig vindt vlekkeloze vloeistof voelde voelen voeren voet vol voldongen volgden volgende \
        volgens volgepland volkoren voor voorband voordat voorwaarden vraag vragen vriendelijke vrienden vrijwel vroeg waarmaakt waarom \
        waarop waarvan wachten wachtmuziek wachtrij wachtruimte want was wat website week weekend weer weet weg weken wel werd weten \
        wijzigen wilde wilt winkel wist worden wél xcuses zag zat zaterdagochtend zee zeezicht zeg zeggen zei zeker zelden zelf zes zestig \
        zeven zich zien ziet zijn zinnetje zit zogenaamd zonder zou zucht één
        """.split(separator: " ").map(String.init)
    private static let tags = ["klantbeleving", "klantenservice", "gastvrijheid", "klachten", "verwachtingen", "retail"]

    /// Adds the columns and comments unless the store has them; returns the ids of the comments added.
    func seed(into store: SQLiteStore) async throws -> [String] {
        guard try await store.publishedColumnCount(tag: nil) < columns else {
            return try await store.recentApprovedComments(onColumn: nil, limit: 1_000).map(\.id)
        }
        let start = Date(timeIntervalSince1970: 1_735_689_600)  // 2025-01-01
        let site = (0..<columns).map { index in
            let published = start.addingTimeInterval(Double(index) * 6 * 3_600)
            return StoredColumn(
                slug: "column-\(index)",
                title: "Column \(index): \(Self.phrase(5, seed: index))",
                author: "Auteur \(index % 40)",
                summary: Self.phrase(30, seed: index + 1),
                contentHTML: (0..<5).map { "<p>\(Self.phrase(60, seed: index * 7 + $0))</p>" }.joined(separator: "\n"),
                link: "https://columns.example.nl/columns/column-\(index)",
                tags: [Self.tags[index % Self.tags.count], Self.tags[(index / 3) % Self.tags.count]],
                publishedAt: published,
                updatedAt: published
            )
        }
        try await store.saveColumns(site)
        let ids = (0..<comments).map { _ in UUID().uuidString.lowercased() }
        try await withThrowingTaskGroup(of: Void.self) { group in
            // Many writers at once: the store commits them in groups, as it does under load.
            for (index, id) in ids.enumerated() {
                if index >= 256 { try await group.next() }
                let column = site[(index &* 7_919) % site.count]  // spread over the columns, the same every run
                let date = column.publishedAt.addingTimeInterval(Double(index % 500) * 60)
                group.addTask {
                    let submission = Submission(
                        body: Self.phrase(25, seed: index), author: .init(name: "Lezer \(index % 900)", email: "lezer\(index % 900)@example.nl"),
                        column: column.slug, clientAddress: "192.0.2.\(index % 250)", receivedAt: date)
                    try await store.insertComment(
                        StoredComment(
                            id: id, columnSlug: column.slug, submission: submission, status: .approved, totalScore: 0, findings: [], runs: [],
                            createdAt: date, updatedAt: date))
                }
            }
            try await group.waitForAll()
        }
        return ids
    }

    private static func phrase(_ count: Int, seed: Int) -> String {
        // A linear congruential sequence per seed: varied like prose, the same in every run.
        var state = UInt64(truncatingIfNeeded: seed) &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return words[Int((state >> 33) % UInt64(words.count))]
        }.joined(separator: " ")
    }
}
