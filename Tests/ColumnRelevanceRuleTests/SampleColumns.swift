import ModerationKit
import ModerationKitTesting

/// Columns written for these tests.
enum SampleColumns {
    static let bakery = ColumnInfo(
        slug: "de-bakker-op-de-hoek",
        title: "De bakker op de hoek",
        tags: ["brood", "klantbeleving"],
        text: """
            Vorige week ging ik naar de bakker op de hoek om een volkorenbrood te kopen. De winkel was vol, want het was \
            zaterdagochtend. Achter de toonbank stond een jongen die duidelijk nieuw was. Hij zocht lang naar de zakken, maar \
            bleef vriendelijk, en toen ik eindelijk aan de beurt was, gaf hij mij een krentenbol omdat ik zo lang had moeten wachten.
            """
    )

    static let hardwareStore = ColumnInfo(
        slug: "the-hardware-store",
        title: "The man at the hardware store",
        tags: ["shopping", "service"],
        text: """
            Last Tuesday I went to the hardware store to buy a new lock for the garden shed. The man behind the counter drew three \
            doors on a scrap of paper and told me to point at the one that looked most like mine. It saved me a second trip.
            """
    )

    /// A history that knows both columns.
    static var history: RecordedHistory {
        var history = RecordedHistory()
        history.record(bakery)
        history.record(hardwareStore)
        return history
    }
}
