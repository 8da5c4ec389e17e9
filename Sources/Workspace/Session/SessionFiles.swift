import Foundation

extension WorkspaceLayout {
    /// `chair/session.json`: the committee's session data for the protocol (number, place, order, dates, …).
    public var sessionFile: URL { chairFolder.appendingPathComponent("session.json") }
    /// `chair/exports.json`: every protocol and list the program wrote, with its SHA-256.
    public var exportLogFile: URL { chairFolder.appendingPathComponent("exports.json") }
}
