import ModerationKit
import ModerationKitTesting
import PersonalDataRule
import Testing

@Suite("PersonalDataDetector")
struct PersonalDataDetectorTests {
    let rule = PersonalDataDetector(options: .init())

    func reasons(_ body: String) async throws -> [String] {
        try await rule.findings(for: body).map(\.reason)
    }

    @Test func identifierAndSummary() {
        #expect(PersonalDataDetector.identifier == "personal-data")
        #expect(!PersonalDataDetector.summary.isEmpty)
    }

    @Test func defaults() {
        let options = PersonalDataDetector.Options()
        #expect(options.phoneNumbers && options.emailAddresses && options.ibans && options.postalAddresses)
        #expect(options.score == 5)
        #expect(options.forceHold)
    }

    @Test func politeFirstCommentIsFine() async throws {
        let body = """
            Wat een herkenbaar verhaal. Ik heb in maart 2024 ook drie keer gebeld met de klantenservice, \
            om 14:30 en daarna nog om 16:05, en pas na twee weken kreeg ik € 12,50 terug. Sterkte!
            """
        #expect(try await rule.findings(for: body).isEmpty)
    }

    @Test func phoneNumberIsHeldAndMasked() async throws {
        let findings = try await rule.findings(for: "Bel die meneer gewoon zelf op 06-12345678, dan hoort hij het eens.")
        #expect(findings == [Finding(score: 5, reason: "contains a phone number (06-…78)", action: .hold)])
    }

    @Test(arguments: [
        ("Zijn nummer: 06-12345678.", "06-…78"),
        ("Zijn nummer: 06 12345678", "06 …78"),
        ("Zijn nummer: 0612345678", "061…78"),
        ("Zijn nummer is 06 1234 5678", "06 …78"),
        ("Zijn nummer is 06-12 34 56 78", "06-…78"),
        ("Bel +31 6 1234 5678 maar eens", "+31…78"),
        ("Bel +316 12345678 maar eens", "+31…78"),
        ("Bel +31 (0)20 1234567", "+31…67"),
        ("Bel 0031 6 12345678", "003…78"),
        ("Kantoor: 020-1234567", "020…67"),
        ("Kantoor: (020) 123 45 67", "(02…67"),
        ("Kantoor: 070 - 123 45 67", "070…67"),
        ("Kantoor: 0229-123456", "022…56"),
        ("tel:0201234567", "020…67"),
        ("Call him on +44 20 7946 0958", "+44…58"),
        ("Ruft an: +49 30 12345678", "+49…78"),
    ])
    func phoneNumbers(body: String, masked: String) async throws {
        #expect(try await reasons(body) == ["contains a phone number (\(masked))"])
    }

    @Test(arguments: [
        "In 2023 betaalde ik € 1.234,56 voor een wasmachine die na 3 dagen kapot was.",
        "Om 14:30 belde ik, om 09:45 nog een keer, en om 0:15 gaf ik het op.",
        "Mijn ordernummer is 0123456789 en ik wacht nog steeds.",
        "Factuur 0612345678 klopt niet.",
        "Op 06-12-2024 kwam de monteur, op 01/02/2025 weer.",
        "Afspraak 06-12-2024 12:00 werd afgezegd.",
        "Bel de klantenservice op 0800-0123, 0900-1234567 of 088-1234567.",
        "Het kost 0,99 per minuut en de app heeft versie 0.9.12.",
        "Artikel 8712345678901 was uitverkocht.",
        "Ik heb 12345678 punten gespaard, en +5 graden is koud.",
        "De 06-nummers van de medewerkers staan nergens.",
        "Ticket 2024-000123 is nog open.",
        "Wachten van 10 tot 12, en daarna 06 weken.",
        "Code 012345678901234 werkte niet.",
    ])
    func ordinaryNumbersAreNotPhoneNumbers(_ body: String) async throws {
        #expect(try await rule.findings(for: body).isEmpty)
    }

    @Test func emailAddress() async throws {
        #expect(try await reasons("Mail hem op jan.jansen@example.nl, dan weet hij het.") == ["contains an email address (j…@e….nl)"])
        #expect(try await reasons("Write to Mary.Smith+news@mail.example.co.uk.") == ["contains an email address (M…@m….uk)"])
    }

    @Test(arguments: [
        "Mail naar klantenservice@example.nl of Info@Example.nl, daar reageren ze wel.",
        "Via @KPNwebcare op Twitter kreeg ik eindelijk antwoord.",
        "Stuur het naar jan@localhost of naar a@b.c.",
    ])
    func roleAddressesAndNonAddressesAreFine(_ body: String) async throws {
        #expect(try await rule.findings(for: body).isEmpty)
    }

    @Test(arguments: [
        ("Maak het maar over naar NL91ABNA0417164300.", "NL…00"),
        ("Rekening NL91 ABNA 0417 1643 00 van die oplichter.", "NL…00"),
        ("rekening nl91abna0417164300", "NL…00"),
        ("Belgische rekening BE68 5390 0754 7034", "BE…34"),
        ("Deutsches Konto DE89 3704 0044 0532 0130 00", "DE…00"),
    ])
    func ibans(body: String, masked: String) async throws {
        #expect(try await reasons(body) == ["contains a bank account number (\(masked))"])
    }

    @Test(arguments: [
        "Rekening NL92ABNA0417164300 bestaat niet.",
        "Rekening NL91ABNA041716430 is te kort.",
        "Type NL91ABNA0417164300X is een productcode.",
        "Kenteken AB12CD en model XY99 ZZ",
    ])
    func invalidIBANsAreFine(_ body: String) async throws {
        #expect(try await rule.findings(for: body).isEmpty)
    }

    @Test(arguments: [
        "Hij woont op de Dorpsstraat 12, 1234 AB Ergenshuizen.",
        "Adres: Kerkweg 7a\n3511 AB Utrecht",
        "Ga maar langs: 1234AB 12",
        "Ga maar langs: 1234 AB, 12b",
        "postcode 1234ab 3",
    ])
    func postalAddresses(_ body: String) async throws {
        let found = try await reasons(body)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("contains a postal address (postcode ") == true)
    }

    @Test(arguments: [
        "Mijn postcode is 1234 AB, dus het pakket had er moeten zijn.",
        "In 2024 en 2025 ging het mis.",
        "Het kost 1500 EUR 12 keer per jaar.",
        "Het depot in 3511 AB stuurde het terug.",
        "Pakket 1234 SS 12 bestaat niet.",
        "Het was 1234 AB 12:30 toen ik belde.",
    ])
    func postcodesWithoutHouseNumbersAreFine(_ body: String) async throws {
        #expect(try await rule.findings(for: body).isEmpty)
    }

    @Test func everyKindGivesItsOwnFinding() async throws {
        let body = "Bel 06-12345678 of 06-87654321, mail piet@example.com, stort op NL91ABNA0417164300, Dorpsstraat 12, 1234 AB."
        let findings = try await rule.findings(for: body)
        #expect(
            findings.map(\.reason) == [
                "contains 2 phone numbers (06-…78, 06-…21)",
                "contains an email address (p…@e….com)",
                "contains a bank account number (NL…00)",
                "contains a postal address (postcode 12…)",
            ])
        #expect(findings.allSatisfy { $0.score == 5 && $0.action == .hold })
    }

    @Test func manyOfOneKindAreQuotedUpToThree() async throws {
        let body = "06-11111111, 06-22222222, 06-33333333 en 06-44444444"
        #expect(try await reasons(body) == ["contains 4 phone numbers (06-…11, 06-…22, 06-…33, …)"])
    }

    @Test func onlyTheBodyIsJudged() async throws {
        let submission = Submission.sample(
            body: "Netjes opgelost, dank!", authorName: "Jan 06-12345678", email: "jan@example.nl", url: "https://jan.nl")
        #expect(rule.evaluate(submission, in: RecordedHistory().context()).isEmpty)
    }

    @Test(arguments: ["", "@", "+", "0", "(0", "06-", "+31 (0)", "NL91", "1234 AB"])
    func fragmentsAreFine(_ body: String) async throws {
        #expect(try await rule.findings(for: body).isEmpty)
    }

    // Each "06-1" starts a candidate; none may read the rest of the text again. A quadratic scan
    // would take minutes: the time limit catches it without timing a healthy run.
    @Test(.timeLimit(.minutes(1))) func hostileInputStaysLinear() async throws {
        #expect(try await rule.findings(for: String(repeating: "06-1 ", count: 20_000)).isEmpty)
        #expect(try await rule.findings(for: String(repeating: "a@", count: 20_000)).isEmpty)
        #expect(try await rule.findings(for: String(repeating: "NL91 ", count: 20_000)).isEmpty)
        #expect(try await rule.findings(for: String(repeating: "1234 AB. ", count: 20_000)).isEmpty)
    }
}
