import Terminal

extension TerminalSession {
    /// Starts the terminal for one of the interfaces; when it cannot, prints why and fails with exit code 1.
    static func startForInterface() throws -> TerminalSession {
        do {
            return try TerminalSession.start()
        } catch {
            Console.error(String(describing: error))
            throw ExitCodeError.failure
        }
    }
}
