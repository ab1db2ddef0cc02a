/// How signing in is protected: the throttle on failed attempts and how long a session lasts.
public struct LoginConfiguration: Sendable, Hashable {
    /// Failed sign-ins on one account before it is locked for ``lockoutSeconds``. Default 5.
    public var maxFailuresPerAccount = 5
    /// Failed sign-ins (and unknown API tokens) from one client address before it is locked.
    /// Default 20: higher than per account, since several moderators may share an office address.
    public var maxFailuresPerAddress = 20
    /// How long a lock lasts, counted from the first failure. Default 900 (15 minutes).
    public var lockoutSeconds = 900
    /// How long a web UI session lasts after signing in. Default 12 hours.
    public var sessionHours = 12

    /// The defaults.
    public init() {}
}
