import StempelServer
import Testing

@Suite struct LoginConfigurationTests {
    @Test func theLoginSectionSetsTheThrottleAndSessionLifetime() throws {
        let configuration = try StempelConfiguration.parse(
            yaml: """
                login:
                  max_failures_per_account: 3
                  max_failures_per_address: 30
                  lockout_seconds: 600
                  session_hours: 8
                """)
        #expect(configuration.login.maxFailuresPerAccount == 3)
        #expect(configuration.login.maxFailuresPerAddress == 30)
        #expect(configuration.login.lockoutSeconds == 600)
        #expect(configuration.login.sessionHours == 8)
        #expect(try StempelConfiguration.parse(yaml: "login: {}").login == LoginConfiguration())
    }

    @Test func unknownKeysAndNonPositiveNumbersAreRefusedWithTheKey() {
        for (yaml, key) in [("login: {lockout_minutes: 5}", "lockout_minutes"), ("login: {session_hours: 0}", "session_hours")] {
            #expect {
                try StempelConfiguration.parse(yaml: yaml, file: "stempel.yaml")
            } throws: { error in
                "\(error)".contains(key) && "\(error)".contains("stempel.yaml")
            }
        }
    }
}
