import Terminal

extension TerminalSession {
    /// Starts the terminal for one of the interfaces; when it cannot, refuses with why (exit code 1).
    static func startForInterface() throws -> TerminalSession {
        do {
            return try TerminalSession.start()
        } catch {
            throw CLIError(lines: [String(describing: error)])
        }
    }
}
