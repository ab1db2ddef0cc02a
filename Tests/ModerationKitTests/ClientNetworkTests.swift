import ModerationKit
import Testing

@Suite struct ClientNetworkTests {
    @Test(arguments: [
        ("203.0.113.77", "203.0.113.0/24"),
        ("10.1.2.3", "10.1.2.0/24"),
        ("2001:db8:1:2::5", "2001:db8:1::/48"),
        ("2001:0DB8:0001:ffff:0:0:0:1", "2001:db8:1::/48"),
        ("::ffff:198.51.100.9", "198.51.100.0/24"),
        ("::1", "::/48"),
        ("fe80::1%eth0", "fe80::/48"),
    ])
    func groupsAddresses(address: String, network: String) {
        #expect(ClientNetwork.of(address) == network)
    }

    @Test(arguments: ["", "localhost", "1.2.3", "1.2.3.256", "1.2.3.4.5", "2001:db8::1::2", "12345::", "١.٢.٣.٤"])
    func refusesWhatIsNotAnAddress(text: String) {
        #expect(ClientNetwork.of(text) == nil)
    }

    @Test(arguments: [
        ("0.0.0.0", "0.0.0.0/24"), ("255.255.255.255", "255.255.255.0/24"), ("01.002.3.4", "1.2.3.0/24"),
        ("198.51.100.199", "198.51.100.0/24"),
        ("::ffff:1.2.3.4", "1.2.3.0/24"),
    ])
    func dottedDecimalEdges(address: String, network: String) {
        #expect(ClientNetwork.of(address) == network)
    }

    @Test(arguments: [
        "0000.1.2.3", "1..2.3", ".1.2.3", "1.2.3.", "1.2.3.4.", "256.1.1.1", "1.2.3.1000", "1.2.3.4 ", "1.2.3.4/24",
        // Signs, which Swift's integer parsing accepts.
        "+1.2.3.4", "1.+2.3.4", "1.2.3.+4", "::ffff:+1.2.3.4", "+1::", "2001:db8::-0", "2001:+db8::1",
    ])
    func refusesNearAddresses(text: String) {
        #expect(ClientNetwork.of(text) == nil)
    }

    @Test func everyPrefixLengthIsWrittenInFull() {
        for prefix in 0...32 {
            let mask: UInt32 = prefix == 0 ? 0 : UInt32.max << (32 - prefix)
            let value = UInt32(203) << 24 | UInt32(113) << 16 | UInt32(77) << 8 | 201
            let masked = value & mask
            let expected = "\(masked >> 24).\(masked >> 16 & 0xff).\(masked >> 8 & 0xff).\(masked & 0xff)/\(prefix)"
            #expect(ClientNetwork.of("203.113.77.201", ipv4PrefixLength: prefix) == expected)
        }
        #expect(ClientNetwork.of("203.113.77.201", ipv4PrefixLength: 40) == "203.113.77.201/32")
        #expect(ClientNetwork.of("203.113.77.201", ipv4PrefixLength: -1) == "0.0.0.0/0")
    }

    @Test func prefixLengthsAreConfigurable() {
        #expect(ClientNetwork.of("203.0.113.77", ipv4PrefixLength: 16) == "203.0.0.0/16")
        #expect(ClientNetwork.of("203.0.113.77", ipv4PrefixLength: 32) == "203.0.113.77/32")
        #expect(ClientNetwork.of("2001:db8:1:2::5", ipv6PrefixLength: 64) == "2001:db8:1:2::/64")
    }
}
